"""Times of day and zones in a normalised text: found so that the checks read the date without them.

A time says nothing about the date, and its digits must never be taken for a part of one: the
hour of "10:42" is no day, the fraction of "12:30:45.9876" no year, the offset of
"20180517t105513-0700" no year 700. `without_clock` removes every time a text writes, with its
fraction and zone: times that stand apart ("3 may 1979, 10:42 pm", "klo 14.30", "3 pm") and the
times of machine stamps, glued to their date (ISO 8601 extended "2009-08-12t22:15:09.9999z" and
basic "20161001t1430+0530", log stamps "03/may/2022:14:00:00 +0200", RFC 2822 and HTTP dates
"tue, 03 may 2022 14:00:00 -0700").
"""

from __future__ import annotations

import re

# CLDR's month names and abbreviations that look like a zone's (two to four letters and a "t") and
# are none: after a clock they begin its date ("1:51 pm oct 09 2013"). A slow test keeps them in step
# with Babel.
MONTHS_LIKE_ZONES = frozenset(
    "agast agost agt akt ant aost atat avost avust cot cut dat det dit eost gat gnt gusht hut kat kpt lut maart "
    "maret mart mat met mot mrt mut ngat ngt oct okt ott out sat sbt sept set sett sht sibat sit slt spt sulet "
    "sult szept tet urt utt uzt wgt xnt".split())
# Month names that begin with "am" or "pm", after which an hour is a day: Scottish Gaelic "4 Am
# Faoilleach 1989" (January), "7 Am Màrt 2019" (March). A test keeps them in step with month_names.json.
MONTHS_AFTER_AM_PM = ("am faoilleach", "am mart", "am màrt")
MONTH_AFTER_AM_PM = re.compile(rf"(?:{'|'.join(MONTHS_AFTER_AM_PM)})(?![^\W\d_])")
# A clock's zone, or its hour word: "uhr", "h", and ending the text or before a mark "uur", "hrs", "hs" and
# "horas" ("28 nov 06 13:11 hrs": the "06" before it is the year, not an hour; "10:42 hrs ict support")
_ZONE = (r"(?:\s*[(\[]?(?:z|(?:utc|gmt)(?:\s?[+-][0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}(?::?[0-9]{2})?"
         rf"|(?!(?:{'|'.join(sorted(MONTHS_LIKE_ZONES))})(?![\w+-]))[a-z]{{2,4}}t|uhr|h"
         r"|(?:uur|hrs|hs|horas)(?=\s*(?:$|[,;.)\]])))(?![\w+-]))*")

# A time standing apart from the date: "10:42", "10:42:07.123", "9:05 p.m.", "10:42 ص" (Arabic am),
# "10:42 +0200", "14:00 utc", with the glue before it (", ", " at ", " à ", " um "), right after a
# bracket or a "#" that starts a word ("2012年4月23日(月)18:25", Toki Pona "#13:27"), after a word
# or its colon in a script written without spaces ("ཆུ་ཚོད་8:18:40", "更新日:22:09:04"), or after a
# Hebrew prefix letter and its hyphen or maqaf ("ב-13:59", at 13:59), or after a year and "::"
# (Erlang's logs: "28-feb-2014::12:23:29") or "/" (Azerbaijani CLDR: "17 mart 2019/21:04"); not
# after a number otherwise, nor glued to a Latin word ("v2:10:42", "john3:16", "fe80::1:20"). A
# colon after it ends it where no number follows ("06:15:33: server started").
# The letters of scripts written without spaces between words: Thai, Lao, Tibetan, Myanmar, Khmer, CJK
UNSPACED_SCRIPTS = "\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u9fff\uf900-\ufaff"
_CLOCK = re.compile(r"(?:\s*,)?(?:\s+(?:at|à|às|a las|alle|om|um|в))?\s*"
                    r"(?:(?<![^\s,()\[\]\x22'])|(?<=[\s(\[]#)|(?<=^#)"
                    rf"|(?<=[{UNSPACED_SCRIPTS}])|(?<=[{UNSPACED_SCRIPTS}]:)|(?<=[\u05d0-\u05ea][-\u05be])|(?<=[12][0-9]{{3}}::)|(?<=(?<![0-9])[12][0-9]{{3}}/)"
                    r"|(?<=ժ\.))"  # Armenian "ժ.09:05:02" (ժամը, "at the hour"), as date-fns writes it
                    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?(?![0-9]|:[0-9])"
                    r"(?:\s*[ap]\.?m\b\.?|\s*[صم](?![^\W\d_]))?" + _ZONE)

# Lenient writers' clock of a one-digit minute or second, colon after colon (Go's and Java's tests: "7
# feb 2004 9:7:8", "may 8, 2009 5:57:1 pm", "29 mar 2020 02:26:3 z"), only right after a number of
# the date: after a word it is a verse, a ratio or a duration ("john 3:16:2", "lap 0:1:45").
_LENIENT_CLOCK = re.compile(r"(?<=[0-9])(?:,?\s|t)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?![0-9]|:[0-9])"
                            r"(?:\s*[ap]\.?m\b\.?)?" + _ZONE)

# A machine stamp's time, glued to its date: after "t" (ISO 8601 extended "t22:15:09.9999z" or
# basic "t105513-0700", "t1049", with a zone's name glued after it: "t00:00:00utc", "t03:00:00pst"), or after the year's colon in a log stamp ("2022:14:00:00 +0200").
_STAMP_TIME = re.compile(r"(?<=[0-9]{2})t[0-9]{2}(?::[0-9]{2}(?::[0-9]{2})?|[0-9]{2}(?:[0-9]{2})?)?"
                         r"(?:[.,][0-9]+)?(?:\s?(?:z|utc|gmt|[+-][0-9]{2}(?::?[0-9]{2})?"
                         rf"|(?!(?:{'|'.join(sorted(MONTHS_LIKE_ZONES))})(?![a-z]))[a-z]{{2,4}}t))?(?![0-9a-z])"
                         r"|(?<=[0-9]{4}):[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]+)?(?:\s?(?:z|[+-][0-9]{2}:?[0-9]{2}))?"
                         r"(?![0-9])")
_STAMP_HINT = re.compile(r"[0-9]t[0-9]")
# The time of a compact stamp, six digits after its eight-digit date and a space, "_" or "-"
# ("20121224 235959", "20121224_235959", "20430612-075049")
_COMPACT_TIME = re.compile(r"(?<=(?<![0-9])[12][0-9]{7})[ _-](?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9](?:[.,][0-9]+)?"
                           r"(?:z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])")
_COMPACT_TIME_HINT = re.compile(r"[0-9]{8}[ _-][0-9]{6}")
_LONG_RUN = re.compile(r"[0-9]{12}")
# The zone of a compact stamp that writes its time ("20180517105513-0700", "20180517105513z")
_COMPACT_ZONE = re.compile(r"(?<=[0-9]{12})(?:[.,][0-9]+)?(?:z|[+-][0-9]{2}:?[0-9]{2})(?![0-9a-z])")

# Where a clock written with a word stands apart: after a space, a comma, a bracket or a quote, or
# after a word's colon in a script without spaces ("更新日:9 pm")
_APART = rf"(?:(?<![^\s,(\[\x22'])|(?<=[{UNSPACED_SCRIPTS}]:))"

# Times of day written without a colon, known by the word before or after them: Finnish "klo 14.30",
# Nordic "kl. 14.30", Low German "klock 17.07:43", Indonesian "pukul 14.30", Italian "ore 14.30",
# Polish "godz. 14.30", French "14h05" ("à 16h06m18s", not a duration "2h30m15s"; Occitan
# "10h51:36"), German "14.30 uhr", Dutch "14.30 uur", British "9.00 am"; an hour alone, or two, before
# am or pm, 0-12: "3 pm", "10am", "3-5 pm", "10am-2pm" (its numbers are hours, not days; "15 pm
# 1938" is 15 July in Nheengatu); an hour before "o'clock".
_WORD_CLOCK = re.compile(rf"(?:\s*,)?\s*{_APART}(?:(?:klo|kello|klock|kl\.?|à|às|um|om|ore|alle|pukul|godz\.?)\s*"
                         r"[0-9]{1,2}(?:\.[0-9]{2}(?::[0-9]{2})?|h[0-9]{2}(?::[0-9]{2}|m[0-9]{2}s?)?)"
                         r"|[0-9]{1,2}h[0-9]{2}(?::[0-9]{2})?"
                         r"|[0-9]{1,2}\.[0-9]{2}\s*(?=uhr|uur|[ap]\.?m\b)"
                         r"|(?:1[0-2]|0?[0-9])(?:\s*(?:[ap]\.?m\.?)?\s*[-–]\s*(?:1[0-2]|0?[0-9]))?\s*"
                         r"(?=[ap]\.?m\b(?!\.?\s*[0-9]{1,2}(?::[0-9]|\s?[시時点點])))"  # no day before "pm 4:42", "pm 7시"
                         rf"(?!{MONTH_AFTER_AM_PM.pattern})"  # nor before a month "am faoilleach"
                         r"|[0-9]{1,2}\s*(?=o['’]?clock\b))"
                         r"(?![0-9:]|\.[0-9])"
                         r"(?:\s*(?:uhr|uur|h|[ap]\.?m\b\.?|o['’]?clock)(?!\w))?")
_WORD_CLOCK_HINT = re.compile(r"clock|kl|kello|h[0-9]|[0-9]h|uhr|uur|à|às|um|om|ore|alle|pukul|godz|[0-9]\s*[ap]\.?m\b")

# A zone offset after a clock or a zone name, not the end of a word: "märz-2057" is no "z-20:57".
ZONE_OFFSET = re.compile(r"(?:[0-9]:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]+)?\s*|(?<![^\W\d_])(?:utc|gmt|z))"
                         r"[+-][0-9]{2}:?[0-9]{2}(?![0-9])|\+[0-9]{4}(?![0-9])")


# The fields of log lines that are numbers but no part of a date: a syslog process id glued to its
# program ("sshd[4242]:"), and everything after an RFC 5424 header's timestamp ("<34>1 2022-05-03t14:00:00.003z
# myhost app 4242 - -": host, app, process id, message id).
_PROCESS_ID = re.compile(r"(?<=[^\W\d_])\[[0-9]+\]")
_RFC5424 = re.compile(r"<[0-9]{1,3}>[0-9]{1,2} (\S+) .*")


def without_log_fields(text: str) -> str:
    """A normalised `text` without the numbers of a log line that are no part of its date."""
    if "[" in text or "<" in text:
        text = " ".join(_RFC5424.sub(r"\1", _PROCESS_ID.sub(" ", text)).split())
    return text


def _cut_clocks(text: str, blank) -> str:
    """`text` with each time of day, fraction and zone replaced by `blank` (a string or a function of the match)."""
    if ":" in text or "t" in text and _STAMP_HINT.search(text):
        text = _STAMP_TIME.sub(blank, text)
    if _COMPACT_TIME_HINT.search(text):
        text = _COMPACT_TIME.sub(blank, text)
    if ("z" in text or "-" in text or "+" in text) and _LONG_RUN.search(text):
        text = _COMPACT_ZONE.sub(blank, text)
    if _WORD_CLOCK_HINT.search(text):
        text = _WORD_CLOCK.sub(blank, text)
    if ":" in text:
        text = _LENIENT_CLOCK.sub(blank, _CLOCK.sub(blank, text))
    return text


def without_clock(text: str) -> str:
    """A normalised `text` with its times of day, their fractions and zones removed ("3 may 1979,
    10:42 pm" -> "3 may 1979", "5. syyskuuta 2019 klo 14.30" -> "5. syyskuuta 2019",
    "2009-08-12t22:15:09.9999z" -> "2009-08-12", "20161001t1430+0530" -> "20161001"), and the
    offset that ends a text whose clock comes before its date ("fri may 3 10:42:07 2019 +0200",
    git's dates, -> "fri may 3 2019")."""
    cut = _cut_clocks(text, " ")
    if cut != text and ("+" in cut or "-" in cut):
        cut = _TRAILING_OFFSET.sub("", cut)
    return " ".join(cut.split())


_TRAILING_OFFSET = re.compile(r"\s[+-](?:0[0-9]|1[0-4]):?[0-5][0-9]\s*$")


def clock_mask(text: str) -> list[bool]:
    """For each character of a normalised `text`, whether it belongs to a time of day that
    `without_clock` removes: where the checks of a time look for its digits (`datenorm.timeofday`)."""
    cut = _cut_clocks(text, lambda found: " " * len(found.group()))
    return [a != b for a, b in zip(text, cut)]
