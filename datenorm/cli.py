"""The `datenorm` command line: thin Typer commands over the Python API.

Heavy imports (Faker/Babel, TensorFlow, matplotlib) happen inside the commands that need them, so
`datenorm --help` and every command's `--help` stay instant.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from datenorm.errors import USAGE, DatenormError

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
    missing or corrupt model, unreadable or unwritable file); 130 interrupted.
    """


def fail(message: str, code: int = USAGE) -> typer.Exit:
    typer.echo(f"datenorm: error: {message}", err=True)
    return typer.Exit(code)


def _date(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DatenormError(f"{option} {value!r} is not a YYYY-MM-DD date") from None


@app.command()
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
) -> None:
    """Write (human date, ISO date) training pairs: DIR/train.tsv, valid.tsv and test.tsv."""
    from datenorm.generate import generate as run

    report = run(out, {"train": train, "valid": valid, "test": test}, seed=seed, locales=locales,
                 start=_date(start, "--start"), end=_date(end, "--end"))
    for split, path in report.paths.items():
        typer.echo(f"wrote {path} ({report.counts[split]:,} rows)")
    if report.skipped:
        typer.echo(f"skipped {len(report.skipped)} locale(s) Babel cannot format: {', '.join(report.skipped[:10])}"
                   + (" ..." if len(report.skipped) > 10 else ""))
    typer.echo(f"{sum(report.counts.values()):,} rows from {report.locales} locale(s), {report.formats} format ids, "
               f"in {report.seconds:.1f} s ({report.rate:,.0f} rows/s)")


def main() -> None:
    """Console entry point: DatenormError becomes one line on stderr and its exit code."""
    try:
        app()
    except DatenormError as exc:
        typer.echo(f"datenorm: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("datenorm: interrupted", err=True)
        sys.exit(130)
