"""The network: shapes, attention, padding independence, save/load; and the config that encodes its input.

Keras is imported by the tests that build a network (marked slow), not when the module is collected,
so the fast tier (`-m "not slow"`) runs the config tests without loading it.
"""

import json

import numpy as np
import pytest

from datenorm.config import HINT_IDS, ModelConfig

VOCAB = list("abcdefghijklmnopqrstuvwxyz0123456789 ,./-")
TEXTS = ["3 may 1979", "03/04/2001", "the 29th of august 1958"]


@pytest.fixture(scope="module")
def config():
    return ModelConfig(tx=30, n_a=8, n_s=16, attention_units=6, embedding_dim=8, vocab=VOCAB, seed=3)


@pytest.fixture(scope="module")
def keras():
    return pytest.importorskip("keras")


@pytest.fixture(scope="module")
def model(config, keras):
    from datenorm.model import build_model

    return build_model(config)


@pytest.mark.slow
def test_every_output_has_the_documented_shape(model, config, keras):
    date, attention = model.predict(config.encode(TEXTS, "DMY"), verbose=0)
    assert date.shape == (3, 10, 11)
    assert attention.shape == (3, 10, 31)
    encoder = keras.Model(model.input, model.get_layer("encoder").output)
    assert encoder.predict(config.encode(TEXTS), verbose=0).shape == (3, 31, 16)  # a<1..Tx>: 2 * n_a
    assert model.get_layer("attention_keys").output.shape == (None, 31, 6)


@pytest.mark.slow
def test_attention_rows_sum_to_one_and_ignore_padding(model, config):
    _, attention = model.predict(config.encode(TEXTS), verbose=0)
    np.testing.assert_allclose(attention.sum(-1), 1.0, atol=1e-5)
    for row, text in enumerate(TEXTS):
        assert attention[row, :, len(text) + 1:].max() == 0.0


@pytest.mark.slow
def test_one_step_attention_equals_the_repeat_and_concatenate_form(keras):
    """Dense(tanh) on [repeat(s), a] is what OneStepAttention computes with the keys split off."""
    from datenorm.model import OneStepAttention

    rng = np.random.default_rng(0)
    batch, tx, n_s, n_a2, units = 2, 7, 5, 6, 4
    s = rng.normal(size=(batch, n_s)).astype("float32")
    a = rng.normal(size=(batch, tx, n_a2)).astype("float32")
    w = rng.normal(size=(n_s + n_a2, units)).astype("float32")
    b = rng.normal(size=(units,)).astype("float32")
    v = rng.normal(size=(units, 1)).astype("float32")
    layer = OneStepAttention(units)
    layer.build((batch, n_s), (batch, tx, n_a2), (batch, tx, units), (batch, tx))
    layer.query.set_weights([w[:n_s], b])
    layer.energy.set_weights([v, np.zeros(1, "float32")])
    context, alphas = layer(s, a, a @ w[n_s:], np.ones((batch, tx), "float32"))

    concat = np.concatenate([np.repeat(s[:, None, :], tx, axis=1), a], axis=-1)  # the textbook form
    energies = np.maximum(np.tanh(concat @ w + b) @ v, 0)[..., 0]
    expected_alphas = np.exp(energies) / np.exp(energies).sum(1, keepdims=True)
    np.testing.assert_allclose(np.asarray(alphas), expected_alphas, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(np.asarray(context), (expected_alphas[..., None] * a).sum(1), rtol=1e-5, atol=1e-5)


@pytest.mark.slow
def test_a_shorter_unrolled_copy_gives_the_same_answers(model, config):
    from datenorm.model import build_model

    short = build_model(config, input_length=24)
    short.set_weights(model.get_weights())
    long_date, long_att = model.predict(config.encode(TEXTS, "MDY"), verbose=0)
    short_date, short_att = short.predict(config.encode(TEXTS, "MDY", length=23), verbose=0)
    np.testing.assert_allclose(long_date, short_date, atol=1e-6)
    np.testing.assert_allclose(long_att[:, :, :24], short_att, atol=1e-6)


def test_the_hint_token_comes_first(config):
    ids = config.encode(["3 may"], "YMD")
    assert ids[0, 0] == HINT_IDS["YMD"]
    assert config.encode(["3 may"])[0, 0] == HINT_IDS[None]
    assert (ids[0, 6:] == 0).all()


def test_encoding_never_truncates(config):
    with pytest.raises(ValueError):
        config.encode(["x" * 31])


@pytest.mark.slow
def test_save_and_load_in_safe_mode_gives_identical_predictions(model, config, keras, tmp_path):
    model.save(tmp_path / "m.keras")
    loaded = keras.saving.load_model(tmp_path / "m.keras", safe_mode=True)
    ids = config.encode(TEXTS, "DMY")
    for before, after in zip(model.predict(ids, verbose=0), loaded.predict(ids, verbose=0)):
        np.testing.assert_array_equal(before, after)


def test_config_json_round_trips(config, tmp_path):
    config.buckets = config.export_buckets()
    config.save(tmp_path / "config.json")
    again = ModelConfig.load(tmp_path / "config.json")
    assert again == config
    assert json.loads((tmp_path / "config.json").read_text())["vocab"] == VOCAB
    np.testing.assert_array_equal(again.encode(TEXTS), config.encode(TEXTS))


@pytest.mark.parametrize("field, value", [("n_a", 0), ("tx", -3), ("learning_rate", 0.0), ("batch_size", 2.5)])
def test_bad_hyperparameters_are_rejected(field, value):
    from datenorm.errors import DatenormError

    with pytest.raises(DatenormError, match=field.replace("_", "-")):
        ModelConfig(**{field: value})
