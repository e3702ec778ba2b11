"""Babel's locale data, each locale's its own: importing this module mends two flaws datenorm
meets in Babel's data access (python-babel/babel#1234).

- Babel hands out a locale's nested data (its "days", its stand-alone months) wrapped to resolve
  aliases against that locale, and writes the wrapper, or the names an alias resolved to, back
  into the dict it read; a locale that inherits that dict from its parent shares it with every
  other such locale, which then read the first one's names (after Hebrew's "LLLL", Norwegian's is
  Hebrew) or resolve their aliases against it (Arabic's short weekdays came out "Mon"). Here every
  read is resolved as Babel resolves it, and the dict keeps what it held.
- An alias to data that is itself an alias with the locale's own entries (Russian's stand-alone
  short weekdays, an alias to the format ones, which are the wide ones' alias with "пн" .. "вс")
  resolved to the alias alone ("понедельник"), unless that data had been read, and written back,
  before. Here it is resolved with the entries, as a read of it gives.

What a locale said depended on which of its names and which other locales the process had read
before; the generator's files changed with that order.
"""

from __future__ import annotations

from babel.localedata import Alias, LocaleDataDict, merge

_resolve = LocaleDataDict.__getitem__


def _read_without_writing_back(self: LocaleDataDict, key):
    written = self._data[key]
    value = _resolve(self, key)
    if value is not written:  # resolved or wrapped for this locale: the dict, perhaps shared, keeps its own
        self._data[key] = written
    return value


def _resolve_with_own_entries(self: Alias, data):
    base = data
    for key in self.keys:
        data = data[key]
    if isinstance(data, Alias):
        return data.resolve(base)
    if isinstance(data, tuple):  # an alias and the locale's own entries over it
        alias, others = data
        data = alias.resolve(base).copy()
        merge(data, others)
    return data


if getattr(LocaleDataDict.__getitem__, "__module__", None) != __name__:
    LocaleDataDict.__getitem__ = _read_without_writing_back
    Alias.resolve = _resolve_with_own_entries
