"""Attention maps: the API, the story they tell, and the heatmap file."""

import numpy as np
import pytest

from datenorm.attention import attention_map
from datenorm.errors import DatenormError


@pytest.fixture(scope="module")
def model(default_model_dir):
    from datenorm.runtime import load_model

    return load_model(default_model_dir)


def test_attention_map_has_one_normalised_row_per_output_character(model):
    amap = attention_map("  3   MAY 1979 ", model=model)
    assert amap.input_chars == list("3 may 1979")
    assert "".join(amap.output_chars) == "1979-05-03"
    assert amap.weights.shape == (10, len("3 may 1979"))
    np.testing.assert_allclose(amap.weights.sum(axis=1), 1.0, atol=1e-6)
    assert (amap.weights >= 0).all()


def test_year_digits_look_at_the_year(model):
    amap = attention_map("3 May 1979", model=model)
    year = range(amap.input_chars.index("1"), amap.input_chars.index("1") + 4)  # "1979"
    looked = [int(np.argmax(amap.weights[t])) in year for t in range(4)]
    assert sum(looked) >= 3


def test_month_digits_look_at_the_month_name_and_weekday_is_ignored(model):
    amap = attention_map("Tue 10 Jul 2007", model=model)
    month = range(7, 10)  # "jul"
    assert all(int(np.argmax(amap.weights[t])) in month for t in (5, 6))
    weekday_weight = amap.weights[:, 0:3].sum(axis=1)  # "tue"
    assert weekday_weight.max() < 0.5


def test_attention_map_rejects_what_it_cannot_read(model):
    with pytest.raises(DatenormError, match="empty"):
        attention_map("   ", model=model)
    with pytest.raises(DatenormError, match="too long"):
        attention_map("3 May 1979" + " x" * 100, model=model)
    with pytest.raises(DatenormError, match="does not know"):
        attention_map("3 May 1979 𓀀", model=model)
