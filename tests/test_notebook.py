"""The walkthrough notebook runs top to bottom (so it cannot rot)."""

import os

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT


@pytest.mark.slow
def test_walkthrough_notebook_runs_top_to_bottom(tmp_path):
    path = ROOT / "notebooks" / "walkthrough.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit it without outputs"
    os.environ["MPLBACKEND"] = "Agg"
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "OneStepAttention agrees: True True" in outputs
    assert "3 May 1979                 small:" in outputs
    assert "ambiguous" in outputs
