"""The hand-written real-world sets, benchmarks/realworld*.tsv: every row read right, or a known miss.

Each file is read in three runs: models/default with each row's language as its hint (`default`),
models/default without hints (`default-nohint`), and models/en (`en`). A row is right as
`datenorm.evaluate.score` judges it: valid with its iso, or, for a label with 00 parts, incomplete
with those parts. The `misses` column names the runs in which the row is a known miss:

    default-nohint   a known miss in that run: no answer is fine there, a wrong valid answer is not
    default!         a known wrong answer (a valid date that is not the label): the row is an xfail

models/en reads English: on a row in another language no answer is its right answer, any valid date
but the label is wrong, and only `en!` marks one it answers wrong.

After a change of model or rules, rewrite the column from a fresh run and read the diff:

    python tests/test_realworld.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `python tests/test_realworld.py`

import datenorm  # noqa: E402
from datenorm.evaluate import known_lang, read_labelled  # noqa: E402

from conftest import ROOT  # noqa: E402

FILES = sorted((ROOT / "benchmarks").glob("realworld*.tsv"), key=lambda p: (len(p.name), p.name))
RUNS = {"default": ("default", True), "default-nohint": ("default", False), "en": ("en", False)}  # model, hints
MISSES = "misses"


def label_partial(label: str) -> str | None:
    """The reduced ISO form a label with 00 parts stands for ("1979-05-00" -> "1979-05"), else None."""
    year, month, day = label[:4], label[5:7], label[8:]
    if year == "0000":
        return f"--{month}-{day}"
    if month == "00":
        return year
    return f"{year}-{month}" if day == "00" else None


def is_right(row: dict, result) -> bool:
    partial = label_partial(row["iso"])
    return (result.valid and result.iso == row["iso"]) or (partial is not None and result.partial == partial)


def is_wrong(row: dict, result) -> bool:
    """A valid answer that is not the label: worse than no answer."""
    return result.valid and not is_right(row, result)


def read_file(path: Path, run: str) -> list:
    """Every row's Result in `run`, each (order, hint) group of the file read in one call."""
    model, hints = RUNS[run]
    translator = datenorm.load_model(ROOT / "models" / model)
    rows = read_labelled(path)
    groups: dict[tuple, list[int]] = {}
    for i, row in enumerate(rows):
        hint = known_lang(translator, row.get("lang")) if hints else None
        groups.setdefault((row.get("order") or None, hint), []).append(i)
    results = [None] * len(rows)
    for (order, hint), indices in groups.items():
        for i, result in zip(indices, translator.translate([rows[i]["text"] for i in indices], order, lang=hint)):
            results[i] = result
    return results


def applies(run: str, row: dict) -> bool:
    """Whether `run` is expected to read `row` (models/en reads only the English rows)."""
    return run != "en" or row.get("lang") == "en"


def tags(row: dict) -> dict[str, str]:
    """{run: "miss" or "wrong"} from the row's misses column."""
    found = {}
    for tag in (row.get(MISSES) or "").split():
        run = tag.rstrip("!")
        assert run in RUNS, f"unknown run {tag!r} in {MISSES}"
        found[run] = "wrong" if tag.endswith("!") else "miss"
    return found


ROWS = [(path, number, row) for path in FILES for number, row in enumerate(read_labelled(path))]


@pytest.fixture(scope="module")
def results() -> dict[tuple[str, str], list]:
    """{(file name, run): one Result per row}; each file read once per run."""
    return {(path.name, run): read_file(path, run) for path in FILES for run in RUNS}


def test_every_set_is_here_and_every_row_has_its_misses_column():
    assert [p.name for p in FILES] == ["realworld.tsv"] + [f"realworld{n}.tsv" for n in range(2, 8)]
    for path in FILES:
        header = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
        assert header[-1] == MISSES, path.name


@pytest.mark.parametrize("path, number, row", ROWS,
                         ids=[f"{path.stem}:{number + 2}" for path, number, _ in ROWS])
def test_each_real_world_row_is_read_right_or_is_a_known_miss(path, number, row, results):
    expected = tags(row)
    failures, known_wrong = [], []
    for run in RUNS:
        result = results[(path.name, run)][number]
        got = f"{run}: {row['text']!r} -> iso={result.iso} partial={result.partial} reason={result.reason!r}"
        if expected.get(run) == "wrong":
            if is_wrong(row, result):
                known_wrong.append(got)
        elif expected.get(run) == "miss" or not applies(run, row):
            if is_wrong(row, result):
                failures.append(f"a wrong answer (label {row['iso']}): {got}")
        elif not is_right(row, result):
            failures.append(f"a miss (label {row['iso']}; tag {run} in {MISSES} if it is known): {got}")
    assert not failures, failures
    if known_wrong:
        pytest.xfail(f"known wrong answers: {known_wrong}")


def rewrite_misses() -> None:
    """Rewrite every file's misses column from a fresh run of each model (adding the column if absent)."""
    for path in FILES:
        lines = path.read_text(encoding="utf-8").splitlines()
        header = lines[0].split("\t")
        if header[-1] != MISSES:
            header.append(MISSES)
        rows = read_labelled(path)
        answers = {run: read_file(path, run) for run in RUNS}
        body = [line for line in lines[1:] if line.strip()]
        assert len(body) == len(rows), path
        out = ["\t".join(header)]
        for i, (line, row) in enumerate(zip(body, rows)):
            fields = line.split("\t")[: len(header) - 1]
            fields += [""] * (len(header) - 1 - len(fields))
            found = []
            for run in RUNS:
                result = answers[run][i]
                if is_wrong(row, result):
                    found.append(run + "!")
                elif applies(run, row) and not is_right(row, result):
                    found.append(run)
            out.append("\t".join(fields + [" ".join(found)]))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{path.name}: {sum(1 for line in out[1:] if line.split(chr(9))[-1])} rows with misses")


if __name__ == "__main__":
    rewrite_misses()
