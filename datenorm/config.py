"""The model's hyperparameters and vocabulary: one dataclass, saved as `config.json` beside every model.

This module is numpy-only: both training (Keras) and serving (LiteRT) encode text through
`ModelConfig.encode`, so what the model saw in training is exactly what it sees in production.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import numpy as np

from datenorm.errors import DatenormError
from datenorm.months import names_a_month
from datenorm.clock import without_clock
from datenorm.text import ORDERS

PAD, UNK, HINT_NONE = 0, 1, 2
HINT_IDS = {None: HINT_NONE, "DMY": 3, "MDY": 4, "YMD": 5}
FIRST_CHAR_ID = 6
OUTPUT_CHARS = "0123456789-"
# What a model that writes times adds to its output characters (after the date's, so their ids keep
# their meaning), and the filler that ends a shorter answer: "1979-05-03T22:42" is 16 of its ty.
TIME_CHARS = "T:.+Z"
FILLER = " "
# What a model that writes dates said relative to today adds (`datenorm.relative`: "-P3D", "PT2H",
# "W-1", "FR+1"): the letters of its units and weekdays, the sign and the filler after the form.
RELATIVE_CHARS = "PDWMYHSTOUEFRA+"
_APOSTROPHES = frozenset("‘’‛′ʹʼ`´")  # typed for the apostrophe of '79
# scripts whose dates numbers write in full, and the month word a model must know to read them
_COUNTERS = frozenset("个個ヶヵケ")  # a count of months: 2个月, 3ヶ月
_CJK_MONTH_WORDS = (("CJK UNIFIED IDEOGRAPH", "月"), ("CJK COMPATIBILITY IDEOGRAPH", "月"), ("HIRAGANA", "月"),
                    ("KATAKANA", "月"), ("HANGUL SYLLABLE", "월"))
# a word: a run of anything but spaces, digits and ASCII punctuation (so letters keep their marks)
_WORD_OF_LETTERS = re.compile(r"[^\s\d!-/:-@\[-`{-~]+")
TY = 10  # len("YYYY-MM-DD"): a date's decoder steps, whatever else a model writes after them
# The steps of a model that writes times: len("YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM"), a fraction to
# the nanosecond (Go's, Java's and .NET's stamps write 7 to 9 digits); a model of 32 steps, grown
# before, writes it to the microsecond ("...SS.ffffff+HH:MM") and reads a finer one cut there.
DATETIME_TY = 35
TIME_TYS = (32, DATETIME_TY)
DEFAULT_YEARS = (1900, 2099)  # the years of a config (or data) that says nothing else
AUTO_LANG = "auto"  # a language hint that asks the runtime to work out a column's language
AUTO_ORDER = "auto"  # an order that asks the runtime to work out a column's order from its dates
# Bounds of a config: the runtime allocates arrays of batch x (hint tokens + tx) from a config it
# reads, and training layers of its sizes, so a config.json cannot ask for absurd ones.
MAX_TX = 1024
MAX_UNITS = 4096  # LSTM units, embedding and attention widths
MAX_BATCH_SIZE = 65536
MAX_CONFIG_BYTES = 1 << 20  # a config.json is a few kB to a few tens of kB


@dataclass
class ModelConfig:
    """Everything needed to rebuild, reload and explain a model."""

    tx: int = 48  # longest normalised text the model reads; the input is one order-hint token + tx
    n_a: int = 32  # encoder LSTM units, each direction
    n_s: int = 64  # post-attention (decoder) LSTM units
    attention_units: int = 16  # hidden size of the one-step attention's Dense(tanh)
    embedding_dim: int = 32
    vocab: list[str] = field(default_factory=list)  # input characters; ids start at FIRST_CHAR_ID
    learning_rate: float = 0.005
    batch_size: int = 32  # measured: 20k rows reach 99% valid exact in 10 epochs; 128 stalls near 95%
    seed: int = 0
    ty: int = TY
    output_chars: str = OUTPUT_CHARS
    # Text lengths the LiteRT export has a signature for (`serve_<n>`); the runtime runs each text
    # with the shortest that fits. Padding is masked, so every bucket gives the same answer.
    buckets: list[int] = field(default_factory=list)
    # Languages (Babel codes) the model takes as an optional hint token after the order hint; empty:
    # no language token. Some words are month names in two languages for different months (Polish
    # "listopada" is November, Croatian "listopada" October): only the language can tell them apart.
    langs: list[str] = field(default_factory=list)
    # Width of the language embedding concatenated to every character's embedding (0: the language
    # is only the hint token). A token read once is easy for a trained encoder to ignore; a language
    # vector at every position reaches each month name directly.
    lang_dim: int = 0
    # First and last year of the training labels. A text whose only full years lie outside is
    # reported out of range rather than guessed (a model that saw 1900-2099 reads "1789" as 1989).
    years: list[int] = field(default_factory=lambda: list(DEFAULT_YEARS))
    # The LiteRT export keeps its matrices as int8 with a float scale per output (dynamic-range
    # quantization; activations stay float): XNNPACK then runs them as int8 dot products, faster on
    # CPUs with VNNI. Only the exported model.tflite changes, never model.keras.
    int8_weights: bool = False
    # Languages of the training texts (train.tsv's `lang` column). A model trained on one language's
    # texts guesses at other languages' month words ("3 mai 2022" read as March by the English
    # model): the runtime reports its answer when the text neither writes the month as a number nor
    # names it in any language. Empty (unknown, or a model of older versions): no such check.
    text_langs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        problems = self._problems()
        if problems:
            raise DatenormError("; ".join(problems))
        self._charset = frozenset(self.vocab)
        # id of every code point up to the vocabulary's highest (NUL is padding); anything above is UNK
        codes = [ord(c) for c in self.vocab]
        self._code_ids = np.full(max(codes, default=0) + 2, UNK, dtype=np.int32)
        self._code_ids[0] = PAD
        self._code_ids[codes] = np.arange(FIRST_CHAR_ID, FIRST_CHAR_ID + len(codes))
        self._output_bytes = np.frombuffer(self.output_chars.encode("utf-32-le"), dtype=np.uint32)
        self._lang_index = {lang: i + self.first_lang_id for i, lang in enumerate(self.langs)}

    def _problems(self) -> list[str]:
        """Every way the fields are not those of a model, one message each (a config.json is read
        from a file: any field may hold any JSON value)."""
        problems = []
        for name, most in (("tx", MAX_TX), ("n_a", MAX_UNITS), ("n_s", MAX_UNITS), ("attention_units", MAX_UNITS),
                           ("embedding_dim", MAX_UNITS), ("batch_size", MAX_BATCH_SIZE)):
            value = getattr(self, name)
            if not _is_int(value) or not 0 < value <= most:
                problems.append(f"{name.replace('_', '-')} must be a positive integer of at most {most}, "
                                f"got {_short(value)}")
        if not _is_int(self.lang_dim) or not 0 <= self.lang_dim <= MAX_UNITS:
            problems.append(f"lang_dim must be an integer from 0 to {MAX_UNITS}, got {_short(self.lang_dim)}")
        rate = self.learning_rate
        if not (isinstance(rate, (int, float)) and not isinstance(rate, bool) and math.isfinite(rate) and rate > 0):
            problems.append(f"learning-rate must be positive and finite, got {_short(rate)}")
        if not _is_int(self.seed) or not 0 <= self.seed < 2**32:  # what numpy's and Keras' seeding take
            problems.append(f"seed must be an integer from 0 to {2**32 - 1}, got {_short(self.seed)}")
        if not _is_int(self.ty) or self.ty not in (TY, *TIME_TYS):  # the runtime reads YYYY-MM-DD first
            problems.append(f"ty must be {TY} (a date) or one of {', '.join(map(str, TIME_TYS))} (a date and its "
                            f"time), got {_short(self.ty)}")
        if not (isinstance(self.vocab, list) and all(isinstance(c, str) and len(c) == 1 and c != "\0"
                                                     for c in self.vocab)):  # NUL is the padding
            problems.append(f"vocab must be a list of one-character strings other than NUL, got {_short(self.vocab)}")
        elif len(set(self.vocab)) != len(self.vocab):
            twice = next(c for c, n in Counter(self.vocab).items() if n > 1)
            problems.append(f"vocab holds {_short(twice)} more than once")
        chars = self.output_chars
        if not (isinstance(chars, str) and len(set(chars)) == len(chars) and set(OUTPUT_CHARS) <= set(chars)):
            problems.append(f"output_chars must be a string of distinct characters with every one of "
                            f"{_short(OUTPUT_CHARS)}, got {_short(chars)}")
        elif self.ty in TIME_TYS and not set(TIME_CHARS + FILLER) <= set(chars):
            problems.append(f"output_chars of a model with ty {self.ty} must have every one of "
                            f"{_short(TIME_CHARS + FILLER)}, got {_short(chars)}")
        buckets = self.buckets
        if not (isinstance(buckets, list) and all(_is_int(b) and b > 0 for b in buckets)
                and all(a < b for a, b in zip(buckets, buckets[1:]))):
            problems.append(f"buckets must be a list of increasing positive integers, got {_short(buckets)}")
        elif buckets and _is_int(self.tx) and 0 < self.tx <= MAX_TX and buckets[-1] > self.tx:
            problems.append(f"buckets must be at most tx ({self.tx}), got {_short(buckets)}")
        for name in ("langs", "text_langs"):
            codes = getattr(self, name)
            if not (isinstance(codes, list) and all(isinstance(code, str) and code.strip() for code in codes)
                    and len(set(codes)) == len(codes)):
                problems.append(f"{name} must be a list of distinct language codes, got {_short(codes)}")
        years = self.years
        if not (isinstance(years, list) and len(years) == 2 and all(_is_int(y) and 1 <= y <= 9999 for y in years)
                and years[0] <= years[1]):
            problems.append(f"years must be [first, last], years from 1 to 9999, got {_short(years)}")
        if not isinstance(self.int8_weights, bool):
            problems.append(f"int8_weights must be true or false, got {_short(self.int8_weights)}")
        return problems

    @property
    def writes_time(self) -> bool:
        """Whether the network writes a time after the date (`serve_time_<n>` signatures)."""
        return self.ty > TY

    @property
    def writes_relative(self) -> bool:
        """Whether the network writes dates said relative to today in their canonical form."""
        return set(RELATIVE_CHARS + FILLER) <= set(self.output_chars)

    @property
    def fraction_digits(self) -> int:
        """The most digits of a second's fraction the network writes: 9 (nanoseconds), 6 for a model
        of 32 steps; a text's finer fraction is read cut there (`datenorm.text.fit_text`)."""
        return self.ty - 26

    @property
    def first_lang_id(self) -> int:
        return FIRST_CHAR_ID + len(self.vocab)

    @property
    def prefix(self) -> int:
        """Hint tokens before the text: the order hint, then the language hint if the model has one."""
        return 2 if self.langs else 1

    @property
    def input_length(self) -> int:
        return self.tx + self.prefix

    @property
    def vocab_size(self) -> int:
        return FIRST_CHAR_ID + len(self.vocab) + len(self.langs)

    def check_lang(self, lang: str | None) -> str | None:
        """A user's language hint, checked against the model's languages (None: no hint; "auto":
        the runtime works out a column's language)."""
        if lang is None or lang.strip() == "":
            return None
        code = lang.strip().replace("-", "_").split("_")[0].lower()
        if not self.langs:
            raise DatenormError("this model takes no language hint (use --model default)")
        if code == AUTO_LANG:
            return AUTO_LANG
        if code not in self._lang_index:  # an older or other code of a known language: tl, iw, in, jw
            from babel.core import get_global

            code = get_global("language_aliases").get(code, code).split("_")[0]
        if code not in self._lang_index:
            raise DatenormError(f"unknown language {lang!r}: give a Babel language code such as fr, de, pl "
                                f"({len(self.langs)} known)")
        return code

    def unknown_chars(self, text: str) -> set[str]:
        return set() if self._charset.issuperset(text) else set(text) - self._charset

    def known_text(self, text: str) -> str:
        """`text` with the marks the model does not know written as ones it does: a dash as '-'
        ("3 May 1979 – 10:42"), a quote mark used as an apostrophe as "'" ("May 3, ’79"), any other
        punctuation, symbol, space or invisible format mark as a space ("10:42 AM · May 3, 1979",
        "† 3 May 1979", "«3 mai 1979»"). They separate the parts of a date and write none of it.
        So, as a space, does a Chinese character, kana or Hangul syllable that is no numeral, for a
        model that reads that script's dates (it knows 月, or 월): in Chinese, Japanese and Korean
        numbers write every part of a date, so such a character only labels one ("发布时间：2017-10-02",
        "게시일 2017년 10월 2일"). A model that does not know 年, 月 and 日 reports them: read as
        spaces, "1979年5月3日 10時42分" would be five bare numbers.
        For a model of many languages, a word with a letter it does not know, of a script it reads,
        is no name it read (it read every name of its languages), so when the rest of the
        text names a month in words, that word is a label and is read as a space too ("2019 წლის 4
        მარტი": "of the year"); else it may be the month, and the text is reported ("3 ꙮay 1979").
        Other letters, digits and U+FFFD (a bad byte) it does not know stay, and the text is reported."""
        unknown = self.unknown_chars(text)
        table: dict[int, str] = {}
        strange = set()  # unknown letters of a script the model reads, no numerals: their words may be labels
        for char in unknown:
            kind = unicodedata.category(char)
            if char == "\ufffd" or not (kind[0] in "PSZ" or kind == "Cf" or self._labels_a_date(char)):
                if kind[0] == "L" and unicodedata.numeric(char, None) is None and _script(char) in self._scripts:
                    strange.add(char)
                continue
            stand_in = "-" if kind == "Pd" else "'" if char in _APOSTROPHES else " "
            table[ord(char)] = stand_in if stand_in in self._charset else " "
        known = " ".join(text.translate(table).split()) if table else text
        if strange and len(self.text_langs) != 1:  # for a one-language model it may be another language's
            kept = " ".join(_WORD_OF_LETTERS.sub(
                lambda word: word[0] if strange.isdisjoint(word[0]) else " ", known).split())
            if kept and not self.unknown_chars(kept) and names_a_month(without_clock(kept)):
                return kept
        return known or text

    @functools.cached_property
    def _scripts(self) -> frozenset[str]:
        """The scripts of the letters the model knows (LATIN, GEORGIAN, ...)."""
        return frozenset(_script(char) for char in self._charset if unicodedata.category(char)[0] == "L")

    def _labels_a_date(self, char: str) -> bool:
        """A Chinese character, kana or Hangul syllable that is no numeral nor a counter, in a
        script whose month word (月, 월) this model knows. A counter makes the number before it a
        count ("2个月", "3ヶ月": two months, three months), no date's."""
        return char not in _COUNTERS and _cjk_month_word(char) in self._charset

    def export_buckets(self) -> list[int]:
        return sorted({b for b in (8, 12, 16, 20, 24, 32, 40) if b < self.tx} | {self.tx})

    def bucket_for(self, length: int) -> int:
        for bucket in self.buckets or [self.tx]:
            if length <= bucket:
                return bucket
        raise ValueError(f"text of {length} characters is longer than tx={self.tx}")

    def encode(self, texts: list[str], hints: list[str | None] | str | None = None,
               length: int | None = None, langs: list[str | None] | str | None = None) -> np.ndarray:
        """Character ids [len(texts), prefix + length] for normalised texts: the order-hint token, the
        language-hint token (models with `langs`), the text, padding.

        `length` defaults to tx. Longer texts raise: encoding never truncates silently.
        """
        length = length or self.tx
        start = self.prefix
        ids = np.zeros((len(texts), length + start), dtype=np.int32)
        if hints is None or isinstance(hints, str):
            ids[:, 0] = HINT_IDS[hints]
        else:
            ids[:, 0] = [HINT_IDS[h] for h in hints]
        if self.langs:
            if langs is None or isinstance(langs, str):
                ids[:, 1] = self._lang_index.get(langs, HINT_NONE)
            else:
                ids[:, 1] = [self._lang_index.get(lang, HINT_NONE) for lang in langs]
        longest = max(map(len, texts), default=0)
        if longest > length:
            raise ValueError(f"text of {longest} characters is longer than {length}")
        if texts:  # all rows as one NUL-padded UTF-32 buffer, looked up in one go
            codes = np.frombuffer("".join(t.ljust(length, "\0") for t in texts).encode("utf-32-le"), dtype=np.uint32)
            codes = np.minimum(codes, len(self._code_ids) - 1).reshape(len(texts), length)
            ids[:, start:] = self._code_ids[codes]
        return ids

    def decode(self, output_ids: np.ndarray) -> list[str]:
        """Strings from an array [N, ty] of output-character ids."""
        width = output_ids.shape[1]  # one UTF-32 string of all rows, cut into rows (20x faster than a join per row)
        text = self._output_bytes[output_ids].tobytes().decode("utf-32-le")
        return [text[i:i + width] for i in range(0, len(text), width)]

    def target_ids(self, isos: list[str]) -> np.ndarray:
        """Output-character ids [N, ty] of labels, each filled out to ty with FILLER."""
        lookup = {c: i for i, c in enumerate(self.output_chars)}
        return np.array([[lookup[c] for c in iso.ljust(self.ty, FILLER)] for iso in isos], dtype=np.int32)

    def to_json(self) -> str:
        return json.dumps({f.name: getattr(self, f.name) for f in fields(self)}, ensure_ascii=False, indent=1)

    def save(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "ModelConfig":
        """The config in the JSON file `path`; anything else (no JSON object, a field of the wrong
        type or out of bounds, not a regular file, over MAX_CONFIG_BYTES) is one DatenormError."""
        path = Path(path)
        try:
            data = json.loads(read_regular_file(path, MAX_CONFIG_BYTES).decode("utf-8"))
        except FileNotFoundError:
            raise DatenormError(f"no config.json in model directory {path.parent}") from None
        except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, nested too deep
            raise DatenormError(f"corrupt {path}: {' '.join(str(exc).split())}") from None
        if not isinstance(data, dict):
            raise DatenormError(f"corrupt {path}: the top level must be a JSON object, got {_json_type(data)}")
        known = {f.name for f in fields(cls)}
        try:
            config = cls(**{k: v for k, v in data.items() if k in known})
        except DatenormError as exc:
            raise DatenormError(f"corrupt {path}: {exc}") from None
        # a training run may ask for fewer buckets and adds tx; a saved model has one for every text up to tx
        if config.buckets and config.buckets[-1] != config.tx:
            raise DatenormError(f"corrupt {path}: buckets must end with tx ({config.tx}), got {_short(config.buckets)}")
        return config

    def as_dict(self) -> dict:
        return asdict(self)


def parse_order(order: str | None, auto: bool = False) -> str | None:
    """A user's order option: None/''/'none' means no hint; otherwise DMY, MDY or YMD (any case),
    or, where a column is read (`auto`), "auto": the column's own dates settle it."""
    if order is None or order.strip().lower() in ("", "none"):
        return None
    if auto and order.strip().lower() == AUTO_ORDER:
        return AUTO_ORDER
    value = order.strip().upper()
    if value not in ORDERS:
        raise DatenormError(f"order must be DMY, MDY or YMD{', or auto' if auto else ''}, got {order!r}")
    return value


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes. Anything else (a FIFO, a device
    such as /dev/zero, a directory) is refused before a byte is read: opened without blocking, so a
    FIFO with no writer never waits, and checked on the open file, so it cannot be swapped after the
    check. Raises FileNotFoundError when there is no file, DatenormError for any other problem."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise DatenormError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DatenormError(f"{path} is not a regular file")
        if info.st_size > limit:
            raise DatenormError(f"{path} is larger than {limit} bytes")
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)  # one byte more: a file that grew since fstat is seen
    except OSError as exc:
        raise DatenormError(f"cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise DatenormError(f"{path} is larger than {limit} bytes")
    return data


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short(value) -> str:
    """A field's value as JSON would write it, cut short: a message stays one readable line."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _json_type(value) -> str:
    kinds = ((bool, "true or false"), (dict, "object"), (list, "array"), (str, "string"), ((int, float), "number"))
    if value is None:
        return "null"
    return next((kind for cls, kind in kinds if isinstance(value, cls)), type(value).__name__)


def _script(char: str) -> str:
    """A letter's script, as the first word of its Unicode name says it ("GEORGIAN LETTER CIL")."""
    return unicodedata.name(char, "?").split(" ", 1)[0]


def _cjk_month_word(char: str) -> str | None:
    """For a Chinese character, kana or Hangul syllable with no numeric value (廿, 卅 and 〇 have
    one), its script's month word (月, 월); None for any other character."""
    if unicodedata.category(char) != "Lo" or unicodedata.numeric(char, None) is not None:
        return None
    name = unicodedata.name(char, "")
    return next((month for script, month in _CJK_MONTH_WORDS if name.startswith(script)), None)
