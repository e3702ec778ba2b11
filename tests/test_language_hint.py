"""The optional language hint: words that are different months in different languages."""

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from datenorm.cli import app
from datenorm.config import HINT_IDS, HINT_NONE, ModelConfig
from datenorm.errors import DatenormError
from datenorm.runtime import load_model, normalize
from datenorm.text import normalize_text, without_clock

runner = CliRunner()


def test_the_language_token_follows_the_order_hint():
    config = ModelConfig(tx=10, vocab=list("abc 123"), langs=["fr", "hr", "pl"])
    ids = config.encode(["a 1"], "DMY", langs="hr")
    assert ids.shape == (1, 12) and config.prefix == 2
    assert ids[0, 0] == HINT_IDS["DMY"]
    assert ids[0, 1] == config.vocab_size - 2  # "hr", after the characters
    assert config.encode(["a 1"])[0, 1] == HINT_NONE  # no language given
    assert ModelConfig(tx=10, vocab=list("abc")).prefix == 1  # models without languages are unchanged


def test_language_codes_are_checked():
    config = ModelConfig(tx=10, vocab=list("abc"), langs=["fr", "pl"])
    assert config.check_lang("PL") == "pl" and config.check_lang("fr_CA") == "fr" and config.check_lang(None) is None
    with pytest.raises(DatenormError, match="unknown language 'xx'"):
        config.check_lang("xx")
    # older and other codes of a known language, as CLDR aliases them: Tagalog, Hebrew, Indonesian
    aliased = ModelConfig(tx=10, vocab=list("abc"), langs=["fil", "he", "id"])
    assert [aliased.check_lang(code) for code in ("tl", "iw", "in_ID")] == ["fil", "he", "id"]
    with pytest.raises(DatenormError, match="takes no language hint"):
        ModelConfig(tx=10, vocab=list("abc")).check_lang("fr")


@pytest.mark.slow
def test_a_model_grows_a_language_hint_keeping_its_weights():
    pytest.importorskip("keras")
    from datenorm.model import build_model
    from datenorm.train import with_language_hint

    config = ModelConfig(tx=12, n_a=4, n_s=8, attention_units=3, embedding_dim=4, vocab=list("abc 123"))
    model = build_model(config)
    grown, grown_config = with_language_hint(model, config, ["fr", "pl"])
    old, new = model.get_layer("embedding").get_weights()[0], grown.get_layer("embedding").get_weights()[0]
    assert new.shape == (old.shape[0] + 2, old.shape[1])
    np.testing.assert_array_equal(new[: old.shape[0]], old)
    np.testing.assert_array_equal(model.get_layer("decoder").get_weights()[0], grown.get_layer("decoder").get_weights()[0])
    assert grown.input.shape[1] == config.input_length + 1 == grown_config.input_length
    assert grown_config.lang_dim > 0 and grown.get_layer("language").get_weights()[0].shape == (3, grown_config.lang_dim)
    # A model with the hint token only (lang_dim 0) grows the per-character language embedding with
    # zero encoder weights: before fine-tuning it answers exactly as before, whatever language it is told.
    token_model, token_config = with_language_hint(model, config, ["fr", "pl"], lang_dim=0)
    assert token_config.lang_dim == 0 and len(token_model.weights) == len(model.weights)
    regrown, regrown_config = with_language_hint(token_model, token_config, ["fr", "pl"])
    before = token_model.predict(token_config.encode(["3 a 12", "c 1"], "DMY"), verbose=0)[0]
    for lang in (None, "fr", "pl"):
        after = regrown.predict(regrown_config.encode(["3 a 12", "c 1"], "DMY", langs=lang), verbose=0)[0]
        np.testing.assert_allclose(after, before, atol=1e-4)  # float round-off of a wider matmul


@pytest.fixture(scope="module")
def translator(default_model_dir):
    translator = load_model(default_model_dir)
    if not translator.config.langs:
        pytest.fail("models/default should take a language hint")
    return translator


def test_translate_and_evaluate_take_the_language_hint(default_model_dir, tmp_path):
    model = ["--model", str(default_model_dir)]
    assert runner.invoke(app, ["translate", *model, "--lang", "hr", "7 listopada 2019"]).stdout == "2019-10-07\n"
    bad = runner.invoke(app, ["translate", *model, "--lang", "klingon", "7 listopada 2019"])
    assert bad.exit_code == 2 and "unknown language" in bad.stderr
    gold = tmp_path / "gold.tsv"
    gold.write_text("text\tiso\tlang\n7 listopada 2019\t2019-10-07\thr\n7 listopada 2019\t2019-11-07\tpl\n")
    report = json.loads(runner.invoke(app, ["evaluate", str(gold), *model, "--json", "--lang-hint"]).stdout)
    assert report["exact"] == 1.0
    without = json.loads(runner.invoke(app, ["evaluate", str(gold), *model, "--json", "--no-lang-hint"]).stdout)
    assert without["exact"] == 0.5  # one reading for both rows: the language is what tells them apart


def test_a_column_language_is_found_from_month_names_only_its_language_has():
    from datenorm.months import column_language

    def column(texts, langs=("pl", "hr", "cs", "fr", "de", "bas", "bal", "scn")):
        return column_language([without_clock(normalize_text(t)) for t in texts], langs)

    croatian = ["7 listopada 2019", "3. studenoga 2019", "12. siječnja 2020", "5.3.2019."]
    assert column(croatian) == ("hr", 3, 3)  # "studenoga" and "siječnja" are Croatian only
    assert column(["7 listopada 2019", "1 listopada 2018"]) == (None, 2, 2)  # Polish November or Croatian October
    assert column(["3 May 1979", "Sat, 12 Mar 1938", "Fri, 5/17/2013", "1979-05-03"]) == (None, 0, 0)  # English
    assert column(["10 mpu 1995", "3 may 2001", "kɔndɔŋ 2020"])[0] == "bas"  # Basaa's own words decide
    assert column(["3 mai 1979", "3 listopada 1979", "3 stycznia 1980", "7 janvier 1990"])[0] is None  # half and half
    assert column(["3 mai 1979", "4 mai 1979", "7 janvier 1990", "3 listopada 1979"])[0] == "fr"  # mostly French


def test_lang_auto_reads_a_column_in_the_language_its_month_names_show(translator):
    texts = ["7 listopada 2019", "3. studenoga 2019", "12. siječnja 2020", "5.3.2019.", "Sat, 10 Mar 2084"]
    found = []
    auto = list(translator.stream(texts, "DMY", lang="auto", on_language=lambda *a: found.append(a)))
    assert found == [("hr", 3, 3)]
    assert auto == translator.translate(texts[:3], "DMY", lang="hr") + translator.translate(texts[3:], "DMY")
    assert auto[0].iso == "2019-10-07" and translator.translate(texts[:1], "DMY")[0].iso == "2019-11-07"
    assert [r.iso for r in normalize(["3 May 1979", "1979-05-03"], lang="auto", model=translator)] == ["1979-05-03"] * 2
    # a long column decides from its first chunk and keeps that language
    chunks = list(translator.stream(["1 listopada 2018"] * 3 + ["3. studenoga 2019"], "DMY", lang="auto", chunk=2,
                                    on_language=lambda *a: found.append(a)))
    assert found[1:] == [(None, 2, 2)] and chunks[0].iso == "2018-11-01"


def test_translate_lang_auto_says_what_it_found(default_model_dir, english_model_dir):
    model = ["--model", str(default_model_dir)]
    result = runner.invoke(app, ["translate", *model, "--lang", "auto", "--order", "DMY"],
                           input="7 listopada 2019\n3. studenoga 2019\n")
    assert (result.exit_code, result.stdout) == (0, "2019-10-07\n2019-11-03\n")
    assert result.stderr == "datenorm: --lang auto: hr, from the month names of 2 of 2 dates\n"
    english = runner.invoke(app, ["translate", *model, "--lang", "auto", "3 May 1979"])
    assert english.stdout == "1979-05-03\n" and "no month names but English ones" in english.stderr
    refused = runner.invoke(app, ["translate", "--model", str(english_model_dir), "--lang", "auto", "3 May 1979"])
    assert refused.exit_code == 2 and refused.stderr.startswith("datenorm: error: this model takes no language hint")


@pytest.mark.slow
def test_a_model_grows_new_characters_answering_old_texts_as_before():
    pytest.importorskip("keras")
    from datenorm.model import build_model
    from datenorm.train import with_characters

    config = ModelConfig(tx=12, n_a=4, n_s=8, attention_units=3, embedding_dim=4, vocab=list("abc 123"),
                         langs=["fr", "pl"], lang_dim=2)
    model = build_model(config)
    grown, grown_config = with_characters(model, config, ["時", "分", "a"])
    assert grown_config.vocab == config.vocab + ["時", "分"]  # appended: old characters keep their ids
    assert grown_config.first_lang_id == config.first_lang_id + 2
    old, new = model.get_layer("embedding").get_weights()[0], grown.get_layer("embedding").get_weights()[0]
    np.testing.assert_array_equal(new[: config.first_lang_id], old[: config.first_lang_id])
    np.testing.assert_array_equal(new[grown_config.first_lang_id:], old[config.first_lang_id:])  # language tokens moved up
    for lang in (None, "pl"):
        before = model.predict(config.encode(["3 a 12", "c 1"], "DMY", langs=lang), verbose=0)[0]
        after = grown.predict(grown_config.encode(["3 a 12", "c 1"], "DMY", langs=lang), verbose=0)[0]
        np.testing.assert_allclose(after, before, atol=1e-6)
    assert grown_config.unknown_chars("1時分") == set()
    assert grown_config.encode(["時"])[0, 2] == config.first_lang_id  # the first new character's id
