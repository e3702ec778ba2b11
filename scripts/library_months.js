#!/usr/bin/env node
// The month names moment.js, dayjs and date-fns write in each of their locales, by language:
// datenorm/library_months.json ({lang: {month: [names as written]}}), which datenorm.months reads
// for the names CLDR lacks. Run from the project root, with the three libraries installed:
//   npm install --prefix /tmp/libs moment@2.31 dayjs@1.11 date-fns@4.4
//   NODE_PATH=/tmp/libs/node_modules node scripts/library_months.js
'use strict';
const fs = require('fs');
const path = require('path');

const OUT = path.join(__dirname, '..', 'datenorm');
const SKIP = new Set(['x-pseudo', 'tlh', 'tzl']);
const EXCEPTIONS = {            // moment / dayjs locale -> CLDR language
  'ku': 'ckb', 'ku-kmr': 'ku', 'tl-ph': 'fil', 'gom-latn': 'kok', 'gom-deva': 'kok',
  'me': 'sr', 'tzm-latn': 'tzm', 'oc-lnc': 'oc', 'pt-br': 'pt', 'sr-cyrl': 'sr',
};
const baseLang = (loc, useExceptions) => {
  const l = loc.toLowerCase();
  if (useExceptions && EXCEPTIONS[l]) return EXCEPTIONS[l];
  return l.split(/[-_]/)[0];      // covers zh-* -> zh etc.
};

// ---- name extraction from a formatted string ----------------------------
const DIGIT_RUN = /\p{Nd}+/gu;
const digitsValue = (run) => {
  // numeric value of a run of digits in any script (each Nd char: codepoint - zero of its block)
  let v = '';
  for (const ch of run) {
    const cp = ch.codePointAt(0);
    let d = null;
    for (let z = cp; z > cp - 10; z--) {       // find the script's zero (digits are contiguous 0-9)
      if (!/\p{Nd}/u.test(String.fromCodePoint(z))) { d = cp - z - 1; break; }
    }
    if (d === null) d = 0;                      // cp itself is a zero at a block boundary
    v += String(d);
  }
  return v;
};
const NUMBERS = new Set(['15', '2021']);        // day and year of the sample date
const LEAD = /^[\s\p{P}]+/u;                    // after a removed number: spaces + punctuation ("15. Januar")
const TRAIL = /[\s,;:\/\-–—،、]+$/u;             // before a removed number: spaces + separators, keep "." of abbreviations

function extractName(s, hasNumbers) {
  if (!hasNumbers) return s.trim();
  // split on digit runs that are the day / year
  const parts = [];
  let last = 0, m;
  DIGIT_RUN.lastIndex = 0;
  while ((m = DIGIT_RUN.exec(s))) {
    if (NUMBERS.has(digitsValue(m[0]))) {
      parts.push(s.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  parts.push(s.slice(last));
  const cleaned = parts.map((seg, i) => {
    let t = seg;
    if (i > 0) t = t.replace(LEAD, '');             // a number precedes
    if (i < parts.length - 1) t = t.replace(TRAIL, ''); // a number follows
    return t.trim();
  }).filter(Boolean);
  if (process.env.DEBUG_SEG && cleaned.length > 1) console.error("MULTI", JSON.stringify(s), JSON.stringify(cleaned));
  return cleaned.join(' ');
}

// ---- collection ----------------------------------------------------------
const months = {};   // lang -> month -> [names]
const sources = {};  // lang -> month -> name -> [src]
const failures = [];
function add(lang, month, name, src) {
  if (!name || /\p{Nd}/u.test(name)) { if (process.env.DEBUG_DROP) console.error("DROP", src, JSON.stringify(name)); return; }
  months[lang] ??= {}; sources[lang] ??= {};
  const ml = (months[lang][month] ??= []);
  const sl = (sources[lang][month] ??= {});
  if (!ml.includes(name)) { ml.push(name); sl[name] = []; }
  if (!sl[name].includes(src)) sl[name].push(src);
}

// a month before its day too, as moment's docs format writes it (Konkani "Novembrachea 28er")
const MD_FORMATS = ['MMMM', 'MMM', 'D MMMM', 'D MMM', 'MMMM YYYY', 'DD MMMM YYYY', 'MMMM D', 'MMM D'];
const hasNum = (fmt) => /[DdY]/.test(fmt);

// moment
const moment = require('moment');
require('moment/min/locales');
for (const loc of moment.locales().slice().sort()) {
  if (SKIP.has(loc)) continue;
  const lang = baseLang(loc, true);
  try {
    for (let mo = 1; mo <= 12; mo++) {
      const d = moment([2021, mo - 1, 15]).locale(loc);
      if (d.locale() !== loc) throw new Error('locale not applied: ' + d.locale());
      for (const fmt of MD_FORMATS)
        add(lang, String(mo), extractName(d.format(fmt), hasNum(fmt)), `moment:${loc}:${fmt}`);
    }
  } catch (e) { failures.push(`moment:${loc}: ${e.message}`); }
}

// dayjs
const dayjs = require('dayjs');
const dayjsLocDir = path.join(path.dirname(require.resolve('dayjs/package.json')), 'locale');
for (const file of fs.readdirSync(dayjsLocDir).filter(f => f.endsWith('.js')).sort()) {
  const loc = file.slice(0, -3);
  if (SKIP.has(loc)) continue;
  const lang = baseLang(loc, true);
  try {
    const obj = require(path.join(dayjsLocDir, file));
    const name = (obj && obj.name) || loc;
    for (let mo = 1; mo <= 12; mo++) {
      const d = dayjs(new Date(2021, mo - 1, 15)).locale(name);
      if (d.locale() !== name) throw new Error('locale not applied: ' + d.locale());
      for (const fmt of MD_FORMATS)
        add(lang, String(mo), extractName(d.format(fmt), hasNum(fmt)), `dayjs:${loc}:${fmt}`);
    }
  } catch (e) { failures.push(`dayjs:${loc}: ${e.message}`); }
}

// date-fns
const { format } = require('date-fns');
const dfLocales = require('date-fns/locale');
const DF_FORMATS = ['MMMM', 'MMM', 'LLLL', 'LLL', 'd MMMM', 'd MMM'];
for (const key of Object.keys(dfLocales).sort()) {
  const locObj = dfLocales[key];
  if (!locObj || !locObj.code) continue;
  const loc = locObj.code;
  if (SKIP.has(loc.toLowerCase())) continue;
  const lang = baseLang(loc, false);
  try {
    for (let mo = 1; mo <= 12; mo++) {
      const d = new Date(2021, mo - 1, 15);
      for (const fmt of DF_FORMATS)
        add(lang, String(mo), extractName(format(d, fmt, { locale: locObj }), hasNum(fmt)), `date-fns:${loc}:${fmt}`);
    }
  } catch (e) { failures.push(`date-fns:${loc}: ${e.message}`); }
}

// ---- write ---------------------------------------------------------------
const outMonths = {}, outSources = {};
for (const lang of Object.keys(months).sort()) {
  outMonths[lang] = {}; outSources[lang] = {};
  for (let mo = 1; mo <= 12; mo++) {
    const k = String(mo);
    if (!months[lang][k]) continue;
    outMonths[lang][k] = months[lang][k];
    outSources[lang][k] = Object.fromEntries(months[lang][k].map(n => [n, sources[lang][k][n]]));
  }
}
fs.writeFileSync(path.join(OUT, 'library_months.json'), JSON.stringify(outMonths) + '\n');
const nNames = Object.values(outMonths).reduce((a, l) => a + Object.values(l).reduce((b, x) => b + x.length, 0), 0);
console.log(`languages: ${Object.keys(outMonths).length}, names: ${nNames}`);
if (failures.length) console.log('failures:\n  ' + failures.join('\n  '));
