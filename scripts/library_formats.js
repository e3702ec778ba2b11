#!/usr/bin/env node
// The long date and datetime formats of moment.js in each of its locales, with what its tokens
// write there: datenorm/library_formats.json, which the generator renders (`datenorm.library`) so
// that the model learns the datetimes moment writes (`LLLL`: "2023 m. lapkričio 28 d., antradienis,
// 00:45 val."). Per locale: the language (CLDR's), the formats (LL, ll, LLL, lll, LLLL, llll, with
// LT inside written out), the month and weekday names, and per format those moment chooses
// otherwise for it (a month declined after a day: Russian "28 ноября"), the ordinal days (`Do`),
// the day period of each hour at :00 and :30 (upper and lower case), and the digits and comma its
// postformat writes (Arabic, Bengali, Burmese digits, Persian's "،"); and moment's own `docs` format (`OWN`).
// It also writes tests/library_samples.tsv, moment's own output to test the rendering against.
// Run from the project root, with moment installed:
//   npm install --prefix /tmp/libs moment@2.31
//   NODE_PATH=/tmp/libs/node_modules node scripts/library_formats.js
'use strict';
const fs = require('fs');
const path = require('path');
const moment = require('moment');
require('moment/min/locales');

const OUT = path.join(__dirname, '..', 'datenorm', 'library_formats.json');
const SKIP = new Set(['x-pseudo', 'tlh', 'tzl']);   // made-up languages
const EXCEPTIONS = {            // moment locale -> CLDR language
  'ku': 'ckb', 'ku-kmr': 'ku', 'tl-ph': 'fil', 'gom-latn': 'kok', 'gom-deva': 'kok',
  'me': 'sr', 'tzm-latn': 'tzm', 'oc-lnc': 'oc', 'pt-br': 'pt', 'sr-cyrl': 'sr',
};
const KEYS = ['LL', 'll', 'LLL', 'lll', 'LLLL', 'llll', 'docs'];
// Formats of moment's own, in every locale: its docs' and its locale tests' first datetime
// ("сешанбе, ноябр 28-ум 2023, 12:45:30 шаб"), which apps copy whatever their language
const OWN = { docs: 'dddd, MMMM Do YYYY, h:mm:ss a' };

function expand(data, format) {
  // a long format with the long formats inside it written out ("LLLL" may hold "LT")
  return format.replace(/(\[[^\]]*\])|(LTS|LT|LL?L?L?|l{1,4})/g,
    (all, literal, key) => literal || (key ? expand(data, data.longDateFormat(key)) : all));
}

const out = { moment: { version: moment.version, locales: {} } };
for (const loc of moment.locales().slice().sort()) {
  if (SKIP.has(loc)) continue;
  const data = moment.localeData(loc);
  const lang = EXCEPTIONS[loc] || loc.split('-')[0];
  const entry = {
    lang, formats: {}, ordinals: [], periods: [], digits: data.postformat('0123456789'), comma: data.postformat(','),
  };
  for (let day = 1; day <= 31; day++) entry.ordinals.push(String(data.ordinal(day, 'D')));  // Vietnamese's is a number
  for (let hour = 0; hour < 24; hour++) {
    for (const minute of [0, 30]) {
      entry.periods.push([data.meridiem(hour, minute, false), data.meridiem(hour, minute, true)]);
    }
  }
  const at = (month, day) => moment([2021, month, day]).locale(loc);
  const names = (format) => ({
    months: [...Array(12).keys()].map((m) => data.months(at(m, 15), format)),
    monthsShort: [...Array(12).keys()].map((m) => data.monthsShort(at(m, 15), format)),
    // 2021-02-07 is a Sunday: moment's weekday 0
    weekdays: [...Array(7).keys()].map((d) => data.weekdays(at(1, 7 + d), format)),
    weekdaysShort: [...Array(7).keys()].map((d) => data.weekdaysShort(at(1, 7 + d), format)),
    weekdaysMin: [...Array(7).keys()].map((d) => data.weekdaysMin(at(1, 7 + d), format)),
  });
  entry.names = names('');   // the names a format takes unless it says otherwise
  for (const key of KEYS) {
    const format = OWN[key] || expand(data, data.longDateFormat(key));
    entry.formats[key] = { format };
    for (const [kind, list] of Object.entries(names(format))) {
      if (JSON.stringify(list) !== JSON.stringify(entry.names[kind])) entry.formats[key][kind] = list;
    }
  }
  out.moment.locales[loc] = entry;
}
// date-fns: its localized long formats (PP, PPP, PPPP; p, pp) and what their tokens write
const dateFns = require('date-fns');
const dateFnsLocales = require('date-fns/locale');
out['date-fns'] = { version: require('date-fns/package.json').version, locales: {} };
const WIDTHS = ['full', 'long', 'medium', 'short'];
for (const l of Object.values(dateFnsLocales).sort((a, b) => (a.code < b.code ? -1 : 1))) {
  const loc = l.code;
  const formatting = { context: 'formatting' };
  const entry = {
    lang: loc.split('-')[0],
    date: Object.fromEntries(WIDTHS.map((width) => [width, l.formatLong.date({ width })])),
    time: Object.fromEntries(WIDTHS.map((width) => [width, l.formatLong.time({ width })])),
    dateTime: Object.fromEntries(WIDTHS.map((width) => [width, l.formatLong.dateTime({ width })])),
    months: [...Array(12).keys()].map((m) => l.localize.month(m, { ...formatting, width: 'wide' })),
    monthsShort: [...Array(12).keys()].map((m) => l.localize.month(m, { ...formatting, width: 'abbreviated' })),
    weekdays: [...Array(7).keys()].map((d) => l.localize.day(d, { ...formatting, width: 'wide' })),
    weekdaysShort: [...Array(7).keys()].map((d) => l.localize.day(d, { ...formatting, width: 'abbreviated' })),
    periods: ['am', 'pm'].map((p) => l.localize.dayPeriod(p, { ...formatting, width: 'abbreviated' })),
    ordinals: [...Array(31).keys()].map((d) => String(l.localize.ordinalNumber(d + 1, { unit: 'date' }))),
  };
  out['date-fns'].locales[loc] = entry;
}

fs.writeFileSync(OUT, JSON.stringify(out) + '\n');
console.log(`wrote ${OUT}: ${Object.keys(out.moment.locales).length} moment locales, ${Object.keys(out['date-fns'].locales).length} date-fns locales`);

// What moment itself writes, for tests/test_library.py to check `datenorm.library.render` against:
// every locale and format at three moments (a night's half hour, an evening, the half hour before noon)
const SAMPLES = path.join(__dirname, '..', 'tests', 'library_samples.tsv');
const lines = ['locale\tkey\tdatetime\ttext'];
for (const loc of Object.keys(out.moment.locales)) {
  for (const when of [[2023, 10, 28, 0, 45, 30], [2008, 11, 31, 21, 17, 45], [1979, 4, 3, 11, 30, 7]]) {
    const m = moment(when).locale(loc);
    for (const key of KEYS) {
      lines.push([loc, key, moment(when).locale('en').format('YYYY-MM-DDTHH:mm:ss'), m.format(OWN[key] || key)].join('\t'));
    }
  }
}
const DATE_FNS_KEYS = ['PP', 'PPP', 'PPPP', 'PPpp', 'PPPpp', 'PPPPpp'];
for (const l of Object.values(dateFnsLocales).sort((a, b) => (a.code < b.code ? -1 : 1))) {
  for (const when of [[2023, 10, 28, 0, 45, 30], [2008, 11, 31, 21, 17, 45], [1979, 4, 3, 11, 30, 7]]) {
    const date = new Date(...when);
    for (const key of DATE_FNS_KEYS) {
      lines.push([`date-fns:${l.code}`, key, moment(when).locale('en').format('YYYY-MM-DDTHH:mm:ss'),
        dateFns.format(date, key, { locale: l })].join('\t'));
    }
  }
}
fs.writeFileSync(SAMPLES, lines.join('\n') + '\n');
console.log(`wrote ${SAMPLES}: ${lines.length - 1} rows`);
