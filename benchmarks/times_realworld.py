"""Real timestamps with their times, as other projects' tests and real software write them, read
with `--time`: benchmarks/times_realworld.tsv, 8,298 rows in 140-odd languages gathered by fourteen
probes (set `tests`: dateutil, dateparser, chrono, Go, PHP, CPython and log-format tests, date-fns
and moment locale tests and snapshots, Time4J, Node's ICU and HtmlUnit Intl tests, JavaScript dates,
Babel, ICU4X, Luxon, .NET docs, chat-export parsers' fixtures, the sixth probe's 501 outputs of
the libraries themselves in 63 languages: Node's Intl (CLDR 48), moment.js's documented format,
dayjs, Java's localized formats, Babel, Carbon; the seventh's 474 of moment.js's documented
format in its 136 locales at five hours of the day; the eighth's 2,912 long datetimes of
date-fns 4.4 ('PPpp', 'PPPpp', 'PPPPpp', 'Pp'), moment 2.31 and dayjs 1.11 ('LLL', 'LLLL', 'lll',
'llll') in every locale they ship, less date-fns's Uzbek 12-hour clocks, which write no day
period; Tetum and Bislama, which CLDR lacks, are read without a hint; the ninth's 322 in 65
languages from tests not probed before: Sugar's locales, glibc's `%c` in timezone's locale
tests, iLib, dateparse, PostgreSQL, FormatJS, arrow, pendulum, Qt, Dart's intl, Django, Angular,
monday, swift-foundation, parsedatetime); set `multilingual`: Wikipedia
signatures, mail quote headers, Outlook "Sent:" lines, news bylines from scraper tests, chat
exports, localized Java logs, CLDR datetimes, GNU `date` in 60-odd locales, `systeminfo` and `dir`
output, phpMyAdmin dump headers, IDE file headers, screenshot and camera file names, RSS feeds;
the tenth's 212 in 40-odd languages: mail quote and forward headers from mail parsers' fixtures,
wiki talk-page signatures with their reply links, forum post headers, news bylines, chat exports;
the eleventh's 349 in 36 languages from sources not probed before: Ruby's date parser tests,
Date::Manip, a WhatsApp export parser, a Go news-date parser, kernel mailing-list quote headers,
database dump and IDE file headers, JavaScript's `Date.toString()` with local zone names, Apache
logs, news bylines; the twelfth's 342 in 56 languages: forwarded-mail fixtures of
email-forward-parser not used before, localized Windows `ipconfig /all` lease lines, OpenJDK's
legacy and `java.time` localized formats in 45 locales, exiftool, ffprobe, `systemctl status`,
sshd; the thirteenth's 708 in 76 languages: rails-i18n's time formats in 57 locales printed by
Ruby's I18n, Node's `toLocaleString()` and medium dates in 89 locales, Mono's .NET "G" and "F"
formats in 77 cultures, d3-time-format's `%c` in 35 locales, syslog, journalctl, news and forum
bylines, mail quote headers; the fourteenth's 533 in 34 languages from data tools' and parsers'
tests: ClickHouse's best-effort parser, lubridate, pandas, DuckDB, any-date-parser, Recognizers-Text,
moment's locales not used before, chrono, date-fns, Timex, Rust chrono, Vector; set `tests` where
the source is a test). `iso` is the datetime as written (an offset only where the text gives a zone); an empty
`iso` is a row no valid answer is right for (genuinely ambiguous, or a date the source says must be
rejected). datenorm does not check a written weekday against the date, so the fourth probe's
rows whose weekday disagrees with it (mail fixtures' made-up dates) are left out; PHP's five, whose
tests want them rejected, stay in as wrong answers. The probes were read while the reading layer
was mended, so these are no held-out figures: they show what real writing the layer reads, not an
unbiased accuracy.

    python benchmarks/times_realworld.py [--model datetime] [--errors]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from datenorm.runtime import normalize

FILE = Path(__file__).with_name("times_realworld.tsv")


def same(got: str, expected: str) -> bool:
    """Whether two datetimes are the one written: Z and a zero offset alike."""
    zero = ("+00:00", "-00:00")
    return (got[:-6] + "Z" if got.endswith(zero) else got) == (expected[:-6] + "Z" if expected.endswith(zero) else expected)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="datetime")
    parser.add_argument("--errors", action="store_true", help="list every row not read right")
    args = parser.parse_args()
    with FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[(row["order"] or None, None if row["lang"] in ("", "en") else row["lang"])].append(i)
    counts: dict[str, Counter] = defaultdict(Counter)
    for (order, lang), indices in groups.items():
        results = normalize([rows[i]["text"] for i in indices], order=order, lang=lang, time=True, model=args.model)
        for i, result in zip(indices, results):
            row, expected = rows[i], rows[i]["iso"]
            if result.valid and expected and same(result.iso, expected):
                kind = "right"
            elif result.valid:
                kind = "wrong"
            else:
                kind = "right" if not expected else "refused"
            for name in (row["set"], "all"):
                counts[name][kind] += 1
            if args.errors and kind != "right":
                print(f"{kind}\t{row['lang']}\t{row['text']}\t{expected}\t{result.iso or result.code}", file=sys.stderr)
    for name, count in sorted(counts.items()):
        total = sum(count.values())
        print(f"{name:13s} {total:5d} rows: right {count['right']} ({100 * count['right'] / total:.1f}%), "
              f"wrong {count['wrong']}, refused {count['refused']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
