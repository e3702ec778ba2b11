"""Babel's locale data, each locale's its own: importing this module mends two flaws datenorm
meets in Babel's data access (python-babel/babel#1234), for the whole process.

- Babel hands out a locale's nested data (its "days", its stand-alone months) wrapped to resolve
  aliases against that locale, and caches the wrapper, or the names an alias resolved to, by
  writing it into the dict it read; a locale that inherits that dict from its parent shares it
  with every other such locale, which then read the first one's names (after Hebrew's "LLLL",
  Norwegian's is Hebrew) or resolve their aliases against it (Arabic's short weekdays came out
  "Mon"). Here nothing is written into the data: what a read resolves to is kept beside it, per
  locale (`_resolved`), so repeated reads stay fast.
- An alias to data that is itself an alias with the locale's own entries (Russian's stand-alone
  short weekdays, an alias to the format ones, which are the wide ones' alias with "пн" .. "вс")
  resolved to the alias alone ("понедельник"), unless that data had been read, and written back,
  before. Here it is resolved with the entries, as a read of it gives.

What a locale said depended on which of its names and which other locales the process had read
before; the generator's files changed with that order. Every name a locale read first in a fresh
process gives is unchanged.
"""

from __future__ import annotations

from babel.localedata import Alias, LocaleDataDict, merge

# What reads resolved to: (id(locale's data), id(dict read), key) -> (locale's data, dict read,
# value); the identities are checked on every hit, so an id reused after a locale's data is dropped
# (`localedata._cache.clear()`) never answers for another. Emptied when it grows past _KEPT.
_KEPT = 1 << 20
_resolved: dict[tuple[int, int, object], tuple[object, object, object]] = {}


def _read_without_writing_back(self: LocaleDataDict, key):
    """Babel's `LocaleDataDict.__getitem__`, its result kept in `_resolved`, not in the data."""
    data, base = self._data, self.base
    hit = _resolved.get((id(base), id(data), key))
    if hit is not None and hit[1] is data and hit[0] is base:
        return hit[2]
    value = data[key]
    if isinstance(value, Alias):
        value = value.resolve(base)
    if isinstance(value, tuple):  # the locale's own entries over an alias
        alias, others = value
        value = alias.resolve(base).copy()
        merge(value, others)
    if isinstance(value, dict):  # a nested dict, resolving aliases against this locale too
        value = LocaleDataDict(value, base=base)
    if len(_resolved) >= _KEPT:
        _resolved.clear()
    _resolved[id(base), id(data), key] = (base, data, value)
    return value


def _write(self: LocaleDataDict, key, value) -> None:
    _resolved.pop((id(self.base), id(self._data), key), None)
    self._data[key] = value


def _delete(self: LocaleDataDict, key) -> None:
    _resolved.pop((id(self.base), id(self._data), key), None)
    del self._data[key]


def _resolve_with_own_entries(self: Alias, data):
    """Babel's `Alias.resolve`, with the locale's own entries over an alias it reaches."""
    base = data
    for key in self.keys:
        data = data[key]
    if isinstance(data, Alias):
        return data.resolve(base)
    if isinstance(data, tuple):
        alias, others = data
        data = alias.resolve(base).copy()
        merge(data, others)
    return data


if getattr(LocaleDataDict.__getitem__, "__module__", None) != __name__:
    LocaleDataDict.__getitem__ = _read_without_writing_back
    LocaleDataDict.__setitem__ = _write
    LocaleDataDict.__delitem__ = _delete
    Alias.resolve = _resolve_with_own_entries
