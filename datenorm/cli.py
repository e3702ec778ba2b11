"""The `datenorm` command line: thin Typer commands over the Python API.

Heavy imports (Faker/Babel, TensorFlow, matplotlib) happen inside the commands that need them, so
`datenorm --help` and every command's `--help` stay instant.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from datenorm.errors import USAGE, DatenormError, Interrupted

app = typer.Typer(
    name="datenorm",
    help="Turn human-written dates into ISO dates with a character-level attention model.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root() -> None:
    """Turn human-written dates into ISO dates with a character-level attention model.

    Exit codes: 0 success; 1 some answer is not a valid date (translate); 2 usage error (bad option,
    missing or corrupt model, unreadable or unwritable file, output that cannot be written); 141 the
    reader of the output went away (a broken pipe); 130 interrupted (Ctrl-C), 143 terminated
    (SIGTERM), 129 hung up (SIGHUP).
    """


def command(func):
    """Register `func` as a command whose DatenormError becomes one line on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM/SIGHUP (Interrupted): the blocks have unwound
            _drop_stdout()
            typer.echo("datenorm: interrupted", err=True)
            raise typer.Exit(getattr(exc, "exit_code", INTERRUPTED)) from None
        except DatenormError as exc:
            _say_error(exc)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:  # the reader went away ("| head -1"): nothing more to say to it
            _drop_stdout()
            raise typer.Exit(BROKEN_PIPE) from None
        except OSError as exc:  # a full disk, an unwritable output: one line, not a traceback
            _drop_stdout()
            typer.echo(f"datenorm: error: cannot write: {exc.strerror or exc}", err=True)
            raise typer.Exit(USAGE) from None

    return app.command()(wrapper)


def _say_error(exc: DatenormError) -> None:
    """The error on stderr, one "datenorm: error:" line per problem it lists."""
    typer.echo("\n".join(f"datenorm: error: {line}" for line in str(exc).splitlines()), err=True)


# What `generate`, `train` and `export` import beyond the base install (the `train` extra). `export`
# imports datenorm.train, whose module imports datenorm.generate, hence Faker.
_TRAIN_EXTRA = {"tensorflow": "TensorFlow", "keras": "Keras", "faker": "Faker"}


def _need_train_extra(command_name: str, *modules: str) -> None:
    """Fail in one line, before any slow import, when the `train` extra is not installed.

    find_spec only looks for the module; it does not import TensorFlow (seconds) to test for it.
    """
    import importlib.util

    missing = [_TRAIN_EXTRA[m] for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        names = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
        raise DatenormError(f"'datenorm {command_name}' needs {names}: pip install \"datenorm[train]\"")


BROKEN_PIPE = 141  # as a shell reports a process ended by SIGPIPE (128 + 13)
INTERRUPTED = 130  # 128 + SIGINT


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so what is still buffered for a reader that is gone, or a
    disk that is full, is not written again (with a traceback) when Python exits."""
    try:
        fd = sys.stdout.fileno()
        os.dup2(os.open(os.devnull, os.O_WRONLY), fd)
    except (AttributeError, OSError, ValueError):
        pass


def _cell(text: str) -> str:
    """`text` as one TSV cell on one line: every run of whitespace (tabs, line and paragraph breaks,
    U+0085, U+2028) one space, other control characters (a terminal's escape sequences) as \\xNN."""
    import unicodedata

    text = " ".join(text.split())
    if text.isprintable():
        return text
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)


# What JSON leaves as it is but breaks a line by str.splitlines() (U+0085, U+2028, U+2029) or
# drives a terminal (DEL, the C1 controls: U+009B starts an escape sequence): written \uXXXX.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def _json_line(value: dict) -> str:
    """`value` as one line of JSON (text as UTF-8, every line separator and control escaped)."""
    line = json.dumps(value, ensure_ascii=False)
    if not line.isprintable():
        line = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", line)
    return line + "\n"


def _date(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DatenormError(f"{option} {value!r} is not a YYYY-MM-DD date") from None


@command
def generate(
    train: Annotated[int, typer.Option(help="Rows in train.tsv.")] = 100_000,
    valid: Annotated[int, typer.Option(help="Rows in valid.tsv (never seen in train).")] = 5_000,
    test: Annotated[int, typer.Option(help="Rows in test.tsv (never seen in train).")] = 5_000,
    seed: Annotated[int, typer.Option(help="Random seed: the same arguments give byte-identical files.")] = 0,
    out: Annotated[Path, typer.Option(help="Directory for train.tsv, valid.tsv, test.tsv.")] = Path("data"),
    locales: Annotated[Optional[str], typer.Option(
        help="Comma-separated Babel locales, or 'all' for every locale Babel lists. "
             "Default: the English locales (en_US, en_GB, en_CA, en_AU, en_IN, en_IE, en_NZ, en_ZA).")] = None,
    start: Annotated[str, typer.Option(help="First date drawn (YYYY-MM-DD).")] = "1900-01-01",
    end: Annotated[str, typer.Option(help="Last date drawn (YYYY-MM-DD).")] = "2099-12-31",
    exclude: Annotated[Optional[list[Path]], typer.Option(
        help="A TSV whose texts valid/test must not contain (e.g. another model's train.tsv); repeatable.",
        show_default=False)] = None,
    partial_share: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Share of incomplete dates ('May 1979', '3 May', '1979'), labelled with 00 "
                               "for the missing parts. 0 reproduces data made before they existed.")] = 0.03,
    times: Annotated[bool, typer.Option(
        help="Label the times of day the texts write: YYYY-MM-DDTHH:MM, with seconds, a fraction and a zone "
             "only when written; a zone written by name goes in a `zone` column (docs/data.md). "
             "Without it, the files are those made before times were labelled.")] = False,
    time_share: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="With --times: share of the whole dates without a stamp of their own that are "
                               "given a clock. Raise it to teach times more than dates.")] = 0.25,
    relative_share: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Share of rows that say a date relative to today ('yesterday', 'il y a 3 jours', "
                               "'next Friday'), labelled with their canonical form (-P3D, FR+1: docs/relative.md). "
                               "0 reproduces data made before they existed.")] = 0.0,
) -> None:
    """Write (human date, ISO date) training pairs: DIR/train.tsv, valid.tsv and test.tsv.

    Needs Faker, from the `train` extra.
    """
    _need_train_extra("generate", "faker")
    from datenorm.generate import generate as run

    report = run(out, {"train": train, "valid": valid, "test": test}, seed=seed, locales=locales,
                 start=_date(start, "--start"), end=_date(end, "--end"), exclude=exclude,
                 partial_share=partial_share, times=times, time_share=time_share, relative_share=relative_share)
    for split, path in report.paths.items():
        typer.echo(f"wrote {path} ({report.counts[split]:,} rows)")
    if report.skipped:
        typer.echo(f"skipped {len(report.skipped)} locale(s) Babel cannot format: {', '.join(report.skipped[:10])}"
                   + (" ..." if len(report.skipped) > 10 else ""))
    typer.echo(f"{sum(report.counts.values()):,} rows from {report.locales} locale(s), {report.formats} format ids, "
               f"in {report.seconds:.1f} s ({report.rate:,.0f} rows/s)")


@command
def train(
    data: Annotated[Path, typer.Option(help="Directory with train.tsv, valid.tsv, test.tsv (datenorm generate).")] = Path("data"),
    out: Annotated[Path, typer.Option(help="Model directory to write.")] = Path("models/mine"),
    epochs: Annotated[int, typer.Option(min=1, help="Most epochs; stops earlier when valid exact match stalls.")] = 30,
    batch_size: Annotated[Optional[int], typer.Option(help="Batch size [default: 32].")] = None,
    seed: Annotated[Optional[int], typer.Option(help="Seed for weights, shuffling and hints [default: 0].")] = None,
    resume: Annotated[bool, typer.Option(help="Continue from the model already in --out.")] = False,
    patience: Annotated[int, typer.Option(min=1, help="Epochs without a better valid exact match before stopping.")] = 4,
    lang_hint: Annotated[bool, typer.Option(
        help="Give the model the `lang` column of train.tsv as a language hint (with --resume: "
             "add it to a model that has none).")] = False,
    tx: Annotated[Optional[int], typer.Option(help="Longest text in characters [default: covers 99.99% of train, outliers excepted; longer rows are dropped and counted].")] = None,
    n_a: Annotated[Optional[int], typer.Option(help="Encoder LSTM units per direction [default: 32].")] = None,
    n_s: Annotated[Optional[int], typer.Option(help="Decoder LSTM units [default: 64].")] = None,
    attention_units: Annotated[Optional[int], typer.Option(help="Attention Dense(tanh) units [default: 16].")] = None,
    embedding_dim: Annotated[Optional[int], typer.Option(help="Character embedding size [default: 32].")] = None,
    learning_rate: Annotated[Optional[float], typer.Option(help="Adam learning rate [default: 0.005].")] = None,
    time_limit: Annotated[Optional[float], typer.Option(
        help="Stop fitting once the run has lasted this many seconds (data loading included), even "
             "mid-epoch, and keep the best weights; the export and test scoring come after.")] = None,
    int8_weights: Annotated[Optional[bool], typer.Option(
        "--int8-weights/--float-weights",
        help="Export model.tflite with int8 weights (dynamic-range quantization: faster on CPUs with "
             "int8 dot products) or float32 [default: float32; with --resume, as before].",
        show_default=False)] = None,
) -> None:
    """Train the attention model on generated data; write model.keras, model.tflite, config.json,
    metrics.json and history.csv to --out.

    Needs TensorFlow, Keras and Faker, from the `train` extra.
    """
    _need_train_extra("train", "tensorflow", "keras", "faker")
    from datenorm.train import TrainOptions
    from datenorm.train import train as run

    overrides = {"batch_size": batch_size, "seed": seed, "tx": tx, "n_a": n_a, "n_s": n_s,
                 "attention_units": attention_units, "embedding_dim": embedding_dim, "learning_rate": learning_rate,
                 "int8_weights": int8_weights}
    metrics = run(data, out, TrainOptions(epochs=epochs, patience=patience, resume=resume, lang_hint=lang_hint,
                                          time_limit=time_limit, overrides=overrides))
    typer.echo(f"wrote {out}/ (model.keras, model.tflite, config.json, metrics.json, history.csv)")
    typer.echo(f"valid exact {metrics['valid_exact']:.4%}, test exact {metrics['test_exact']:.4%} "
               f"(char acc {metrics['test_char_acc']:.4%}), {metrics['epochs']} epochs in {metrics['train_seconds']:.0f} s")


@command
def export(
    model: Annotated[Path, typer.Argument(help="Model directory with model.keras and config.json.")],
    int8_weights: Annotated[bool, typer.Option(
        "--int8-weights/--float-weights",
        help="int8 weights (dynamic-range quantization) or float32.")] = True,
) -> None:
    """Rewrite a model directory's model.tflite (and model_time.tflite, for a model that writes times)
    from its model.keras (the same network, other weights).

    Needs TensorFlow, Keras and Faker, from the `train` extra.
    """
    _need_train_extra("export", "tensorflow", "keras", "faker")
    from datenorm.engine import TIME_MODEL_FILE
    from datenorm.train import export as run

    config = run(model, int8_weights)
    for name in ("model.tflite", TIME_MODEL_FILE) if config.writes_time else ("model.tflite",):
        size = (model / name).stat().st_size
        typer.echo(f"wrote {model / name} ({size / 1e6:.1f} MB, {'int8' if config.int8_weights else 'float32'} "
                   f"weights, {len(config.buckets)} length buckets)")


class OutputFormat(str, Enum):
    plain = "plain"
    json = "json"
    tsv = "tsv"


@command
def translate(
    texts: Annotated[Optional[list[str]], typer.Argument(
        help="Dates to translate, one answer line each. None (or '-') reads standard input line by line.",
        show_default=False)] = None,
    order: Annotated[Optional[str], typer.Option(
        help="How to read all-numeric dates: DMY, MDY or YMD; 'auto': the column's own numeric dates settle "
             "it (13/04/2001 is DMY), from its first 16,384 dates (the first one, answered line by line). Without it, a date whose answer depends on "
             "the order is reported ambiguous.")] = None,
    model: Annotated[Optional[str], typer.Option(
        help="Model directory or bundled name: 'default', 'en', 'datetime', 'relative' (default: $DATENORM_MODEL, else "
             "'default', or 'datetime' with --time).")] = None,
    format: Annotated[OutputFormat, typer.Option(
        "--format", help="plain: the date (or '?' with the reason on stderr); json: one object per line; "
                         "tsv: input, iso, valid, confidence, code, reason.")] = OutputFormat.plain,
    input: Annotated[Optional[Path], typer.Option(
        "--input", help="Read dates from this file, one per line.", show_default=False)] = None,
    min_confidence: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Answers less confident than this are reported 'low confidence'.")] = 0.5,
    line_buffered: Annotated[bool, typer.Option(
        "--line-buffered", help="Answer each line as it comes (`tail -f log | datenorm translate "
                                "--line-buffered`), as when a person types them; slower on big inputs, "
                                "which are otherwise read 16,384 lines at a time.")] = False,
    lang: Annotated[Optional[str], typer.Option(
        help="Language of the dates (Babel code: fr, de, pl, hr...), for models with a language hint; "
             "'auto': work out the column's language from the month names of its first 16,384 dates. "
             "Without it the model works out each date's language alone.")] = None,
    time: Annotated[bool, typer.Option(
        "--time", help="Read the time of day too: 2007-07-10T22:42, 1979-05-03T10:42:07+02:00 (seconds, fraction "
                       "and zone only when written); a time alone is incomplete (time only). Reads with the "
                       "bundled 'datetime' model unless --model names another.")] = False,
    utc: Annotated[bool, typer.Option(
        "--utc", help="With the time: give a time that writes its zone in UTC (…Z); one without a zone stays as "
                      "written, and stderr says how many.")] = False,
    now: Annotated[Optional[str], typer.Option(
        "--now", help="The instant a date said relative to today ('3 days ago', 'next Friday') is resolved "
                      "against, ISO 8601: 2026-12-02, 2026-12-02T14:37 (a day alone counts no hours). "
                      "Default: this machine's local time. "
                      "Read by models that write relative dates (docs/relative.md); the json output gives it "
                      "as `reference`.", show_default=False)] = None,
) -> None:
    """Translate dates to ISO (YYYY-MM-DD, or with --time YYYY-MM-DDTHH:MM...). Exit 0 when every answer is valid,
    1 when any is not, 2 on usage errors."""
    from datenorm.config import parse_order
    from datenorm.engine import DEFAULT_CHUNK
    from datenorm.relative import reference
    from datenorm.runtime import load_model, model_for

    order = parse_order(order, auto=True)
    now_given = reference(now, "--now")  # a bad --now fails before the model loads
    translator = load_model(model_for(model, time or utc))
    lang = translator.config.check_lang(lang)
    handle, lines, interactive = _input_lines(texts, input)
    interactive = interactive or line_buffered
    problems: dict[int, tuple[str, str]] = {}  # line number: (its text, why it was not read)

    def numbered() -> Iterator[str]:
        for number, (text, problem) in enumerate(lines, start=1):
            if problem is not None:
                problems[number] = text, problem
                text = ""  # not read: answered by its problem below
            yield text

    # Answers go to stdout's buffer (typer.echo flushes every line: 4-5x the cost of the write);
    # it is flushed before each reason on stderr, so a terminal shows them in order, and after each
    # answer when a person types the dates.
    out = sys.stdout
    all_valid = True
    results = translator.stream(numbered(), order, min_confidence, chunk=1 if interactive else DEFAULT_CHUNK, lang=lang,
                                on_language=_say_column_language, on_order=_say_column_order, time=time, utc=utc,
                                now=now_given)
    local = 0  # with --utc: valid times that write no zone, left as written
    for number, result in enumerate(results, start=1):
        if number in problems:
            result = _unread(*problems.pop(number))
        all_valid &= result.valid
        local += utc and result.valid and "T" in result.iso and not result.iso.endswith("Z")
        _write_answer(out, number, result, format)
        if interactive:
            out.flush()
    out.flush()
    if local:
        typer.echo(f"datenorm: --utc: {local:,} time{'s' * (local != 1)} with no zone left as written "
                   f"(local time, no offset)", err=True)
    if handle is not None:
        handle.close()
    raise typer.Exit(0 if all_valid else 1)


def _unread(text: str, problem: str):
    """The answer to a line that was not read whole or not read as text (`datenorm.lines.Line`)."""
    from datenorm.lines import MAX_LINE_BYTES
    from datenorm.result import refusal

    if problem == "too_long":
        return refusal(text, "too_long", f"too long (a line of more than {MAX_LINE_BYTES} bytes)")
    return refusal(text, "invalid_utf8", "invalid UTF-8")


def _input_lines(texts: list[str] | None, input: Path | None) -> tuple:
    """(the open --input file or None, its `datenorm.lines.Line`s, whether a person types them) for
    the dates given as arguments, in --input FILE, or on standard input."""
    from datenorm.lines import argument_lines, read_lines

    if input is not None and texts:
        raise DatenormError("give dates as arguments or --input FILE, not both")
    if input is not None:
        try:
            handle = open(input, "rb")
        except OSError as exc:
            raise DatenormError(f"cannot read --input {input}: {exc.strerror or exc}") from None
        return handle, _reading(f"--input {input}", read_lines(handle)), False
    if not texts or texts == ["-"]:
        if sys.stdin is None:  # started with stdin closed ("<&-")
            raise DatenormError("standard input is closed: give dates as arguments or --input FILE")
        return None, _reading("standard input", read_lines(sys.stdin.buffer)), sys.stdin.isatty()
    return None, argument_lines(texts), False


def _reading(name: str, lines: Iterator) -> Iterator:
    """`lines`, with an error while reading them (EIO, a directory) one line naming the input."""
    try:
        yield from lines
    except OSError as exc:
        raise DatenormError(f"cannot read {name}: {exc.strerror or exc}") from None


def _say_column_language(language: str | None, hits: int, named: int) -> None:
    alone = "each date's language is worked out alone"
    typer.echo("datenorm: --lang auto: " + (
        f"{language}, from the month names of {hits} of {_dates(named)}" if language else
        f"no month names but English ones; {alone}" if not named else
        f"no one language names the months of {_dates(named)}; {alone}"), err=True)


def _dates(n: int) -> str:
    return f"{n:,} date{'s' * (n != 1)}"


def _say_column_order(found) -> None:
    """One line on what `--order auto` found (`datenorm.runtime.ColumnOrder`)."""
    only = ", ".join(f"{n:,} read only as {order}" for order, n in found.votes.items() if n)
    typer.echo("datenorm: --order auto: " + (
        f"{found.order} (of {found.settling:,} numeric dates that rule an order out, {only})"
        if found.order else
        f"the column contradicts itself (of its numeric dates, {only.replace(', ', ' and ')}); a date that "
        "depends on the order is reported ambiguous"
        if found.contradicts else
        "no numeric date settles the order; a date that depends on it is reported ambiguous"), err=True)


def _write_answer(out, number: int, result, format: "OutputFormat") -> None:
    """One answer line on `out`: json, tsv (one line per answer: no tab or line break of the input
    survives), or plain (the date, or "?" with the reason on stderr, after the answers so far)."""
    if format is OutputFormat.json:
        out.write(_json_line(result.as_dict()))
    elif format is OutputFormat.tsv:
        out.write("\t".join([_cell(result.input), result.iso or "", str(result.valid).lower(),
                             f"{result.confidence:.4f}", result.code or "", _reason(result)]) + "\n")
    else:
        out.write(f"{result.iso}\n" if result.valid else "?\n")
        if not result.valid:
            out.flush()
            typer.echo(f"datenorm: line {number}: {result.input!r}: {_reason(result)}", err=True)


def _reason(result) -> str:
    """A Result's reason with its readings: "ambiguous DMY=2001-04-03 MDY=2001-03-04"."""
    return (result.reason or "") + "".join(f" {k}={v}" for k, v in (result.readings or {}).items())


@command
def attention(
    texts: Annotated[list[str], typer.Argument(help="Dates to draw, one heatmap each.", show_default=False)],
    out: Annotated[Path, typer.Option(help="PNG file; several dates go into one figure as a grid.")] = Path("attention.png"),
    order: Annotated[Optional[str], typer.Option(help="Order hint DMY, MDY or YMD [default: none].")] = None,
    model: Annotated[Optional[str], typer.Option(help="Model directory or bundled name [default: default].")] = None,
    show: Annotated[bool, typer.Option(help="Also open a window (when a display exists).")] = False,
    lang: Annotated[Optional[str], typer.Option(help="Language hint (models that take one).")] = None,
    time: Annotated[bool, typer.Option(
        "--time", help="Draw the time of day's characters too, read by the bundled 'datetime' model unless --model "
                       "names another.")] = False,
) -> None:
    """Draw where each output character looked: a heatmap per date (input along x, output along y)."""
    from datenorm.attention import attention_map
    from datenorm.plot import plot_attention
    from datenorm.runtime import load_model, model_for

    if out.suffix.lower() != ".png":
        raise DatenormError(f"--out {out} must be a .png file")
    translator = load_model(model_for(model, time))
    if time and not translator.config.writes_time:
        raise DatenormError(f"--time: the model in {translator.path} reads dates only, not times of day")
    maps = [attention_map(text, order, translator, lang) for text in texts]
    plot_attention(maps, out, show)
    for amap in maps:
        typer.echo(f"{amap.text} -> {amap.prediction} (confidence {amap.confidence:.3f})")
    typer.echo(f"wrote {out}")


@command
def evaluate(
    file: Annotated[Path, typer.Argument(help="TSV with text and iso columns (optional order, lang, locale, format, augment).")],
    model: Annotated[Optional[str], typer.Option(help="Model directory or bundled name [default: default].")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    errors: Annotated[int, typer.Option(min=0, help="How many mistakes to list.")] = 10,
    plot: Annotated[Optional[Path], typer.Option(help="Write a bar chart of exact match per group to this PNG.")] = None,
    top: Annotated[int, typer.Option(min=1, help="Groups shown per column (worst first).")] = 15,
    lang_hint: Annotated[Optional[bool], typer.Option(
        "--lang-hint/--no-lang-hint",
        help="Give the model each row's `lang` column as its language hint, as `order` is given as the "
             "order hint [default: when the model takes one and the file has the column].",
        show_default=False)] = None,
) -> None:
    """Score a model on labelled dates: exact match, per-character accuracy, worst groups, mistakes."""
    from datenorm.evaluate import read_labelled, score
    from datenorm.runtime import load_model, model_for

    if plot is not None and plot.suffix.lower() != ".png":
        raise DatenormError(f"--plot {plot} must be a .png file")
    rows = read_labelled(file)
    translator = load_model(model_for(model, any(len(row["iso"]) > 10 for row in rows)))
    has_column = bool(rows) and "lang" in rows[0]
    if lang_hint and not translator.config.langs:
        raise DatenormError("--lang-hint: this model takes no language hint")
    if lang_hint and not has_column:
        raise DatenormError(f"--lang-hint: {file} has no lang column")
    if lang_hint is None:
        lang_hint = bool(translator.config.langs) and has_column
    report = score(translator, rows, errors=errors, lang_hint=lang_hint)
    if plot is not None:
        from datenorm.plot import plot_groups

        column = next((c for c in ("lang", "format", "locale") if c in report["by_group"]), None)
        if column is None:
            raise DatenormError(f"{file} has no lang, format or locale column to plot by")
        plot_groups(report["by_group"][column], column, plot,
                    f"exact match by {column}: {file.name} (n={report['n']}, {report['exact']:.3%})")
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    typer.echo(f"n {report['n']}  exact match {report['exact']:.4%}  per-character accuracy {report['char_acc']:.4%}"
               f"  ({'with' if lang_hint else 'without'} language hints)")
    for column, groups in report["by_group"].items():
        typer.echo(f"\nby {column} ({len(groups)} groups, worst first):")
        for g in groups[:top]:
            typer.echo(f"  {g['exact']:8.2%}  {g['n']:6d}  {g['group']}")
    if report["errors"]:
        typer.echo(f"\nfirst {len(report['errors'])} mistakes (input | expected | got | confidence | reason):")
        for e in report["errors"]:
            got = e["got"] or "/".join(f"{k}:{v}" for k, v in (e.get("readings") or {}).items()) or "-"
            typer.echo(f"  {e['input']!r} | {e['expected']} | {got} | {e['confidence']:.3f} | {e['reason'] or 'wrong'}")
    if plot is not None:
        typer.echo(f"\nwrote {plot}")


def main() -> None:
    """Console entry point. A usage error (an unknown option, a missing argument) or a DatenormError
    is one line on stderr and exit 2; SIGTERM and SIGHUP unwind the program as Ctrl-C does, so no
    temporary file or helper process outlives it."""
    from datenorm.files import remove_temporaries

    _raise_on_signals()
    if sys.stderr is None:  # started with stderr closed: messages go nowhere, exit codes still tell
        sys.stderr = open(os.devnull, "w")
    if sys.stdout is None:  # started with stdout closed (">&-")
        typer.echo("datenorm: error: cannot write: standard output is closed", err=True)
        sys.exit(USAGE)
    try:
        code = app(sys.argv[1:] or ["--help"], standalone_mode=False)
    except typer.TyperException as exc:  # what Typer raises for a usage error
        commands = {c.name or c.callback.__name__ for c in app.registered_commands}
        named = next((f" {a}" for a in sys.argv[1:2] if a in commands), "")
        typer.echo(f"datenorm: error: {exc.format_message().rstrip('.')} (see 'datenorm{named} --help')", err=True)
        code = USAGE
    except DatenormError as exc:
        _say_error(exc)
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort) as exc:  # outside a command: while parsing its options
        typer.echo("datenorm: interrupted", err=True)
        code = getattr(exc, "exit_code", INTERRUPTED)
    finally:
        remove_temporaries()
    sys.exit(code if isinstance(code, int) else 0)


def _raise_on_signals() -> None:
    """Ctrl-C, SIGTERM and SIGHUP raise `Interrupted` where the program is (a signal that is
    ignored, SIGHUP under nohup, stays ignored); once one has, the next are ignored, so the
    unwinding (temporary files removed, helpers ended) is not cut short."""
    import signal

    def interrupt(signum, frame):
        for again in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # a second signal must not cut the unwinding short
            signal.signal(again, signal.SIG_IGN)
        raise Interrupted(signum)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) in (signal.SIG_DFL, signal.default_int_handler):
            signal.signal(signum, interrupt)
