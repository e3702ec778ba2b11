"""CLDR's words for dates said relative to today, and the texts the generator writes with them.

relative_words.json (built by scripts/relative_words.py from CLDR's own JSON release, since Babel
drops the relative names) holds, per locale and unit (day, week, month, quarter, year, hour, minute,
second, mon ... sun), the names CLDR gives each offset ("hier", "vendredi dernier", "la semaine
prochaine") and the past and future patterns by plural category ("il y a {0} jours"); and the words
for the counts 2-12 in the languages where a count does not change with its noun.

`RelativeTexts(locale)` draws (format id, text, canonical form) triples of one locale: a name, or a
pattern with its count in digits (in words, in the language's wide patterns, where it has them), and the form of
`datenorm.relative` the text stands for. A name CLDR gives two offsets in one locale (Hindi "कल" is
yesterday and tomorrow, Danish "på fredag" this and next Friday) stands for neither and is not drawn.
"""

from __future__ import annotations

import functools
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError

import datenorm.babel_data  # noqa: F401 - each locale's data its own (python-babel/babel#1234)
from datenorm.relative import WEEKDAYS, parse
from datenorm.text import normalize_text

WORDS_FILE = Path(__file__).with_name("relative_words.json")
WEEKDAY_UNITS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # CLDR's keys, in WEEKDAYS' order
DATE_UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y"}
CLOCK_UNITS = {"hour": "H", "minute": "M", "second": "S"}
PERIOD_UNITS = {"week": "W", "month": "M", "year": "Y"}
# The largest count drawn per unit: what people count in that unit before they name a date instead
MAX_COUNT = {"day": 60, "week": 12, "month": 24, "year": 30, "hour": 48, "minute": 90, "second": 90}
MAX_WEEKDAY_COUNT = 4
# Counts CLDR's English lacks, as people write them: (form id, text with {0} for the count and
# {unit} for its unit, 1 after now or -1 before, the units it is written with)
_DATE_UNITS = ("day", "week", "month", "year")
ENGLISH_FREE = (
    ("en-from-now", "{0} {unit} from now", 1, (*_DATE_UNITS, "hour", "minute")),
    ("en-from-now", "{0} {unit} from now", 1, WEEKDAY_UNITS),  # "3 Fridays from now"
    ("en-from-today", "{0} {unit} from today", 1, _DATE_UNITS),
    ("en-hence", "{0} {unit} hence", 1, _DATE_UNITS),
    ("en-back", "{0} {unit} back", -1, _DATE_UNITS),
    ("en-ago-today", "{0} {unit} ago today", -1, _DATE_UNITS),
)
ENGLISH_NAMES = (  # names of offsets CLDR's English has not
    ("name-en-day-after", "the day after tomorrow", "P2D"), ("name-en-day-after", "day after tomorrow", "P2D"),
    ("name-en-day-before", "the day before yesterday", "-P2D"), ("name-en-day-before", "day before yesterday", "-P2D"),
    ("name-en-right-now", "right now", "PT0S"), ("name-en-after-next", "the {weekday} after next", "{XX}+2"),
    ("name-en-before-last", "the {weekday} before last", "{XX}-2"),
    ("name-en-after-next", "{weekday} after next", "{XX}+2"), ("name-en-before-last", "{weekday} before last", "{XX}-2"),
    ("name-en-week-day", "{weekday} next week", "W+1{XX}"), ("name-en-week-day", "{weekday} of next week", "W+1{XX}"),
    ("name-en-week-day", "{weekday} last week", "W-1{XX}"), ("name-en-week-day", "{weekday} of last week", "W-1{XX}"),
    ("name-en-week-day", "{weekday} of this week", "W+0{XX}"), ("name-en-week-day", "{weekday} this week", "W+0{XX}"),
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH_UNIT_NAMES = {"day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months"),
                      "year": ("year", "years"), "hour": ("hour", "hours"), "minute": ("minute", "minutes"),
                      **{unit: (name, name + "s") for unit, name in zip(WEEKDAY_UNITS, ENGLISH_WEEKDAYS)}}
ENGLISH_ONE = {"hour": "an"}  # "a day ago", "an hour ago": the article that counts one


# Relative phrases in wide use that CLDR lacks, per language, in the table's shape (names by offset,
# past and future patterns by plural category; a pattern without {0} stands for its category's one
# count). Counts, for the languages most written: each frame of a direction ({} for the counted unit:
# "{} atrás", "vor {}", "binnen {}") with each way a unit is counted, one said with an article
# ("um dia"), a count with the unit's singular ("1 dia") or plural noun ("3 dias") or its
# abbreviation ("vor 29 h"); CLDR's own patterns stay. A word of approximation may stand before a
# count ("il y a environ 23 heures"): `_ABOUT`. "After 4 days" ("after 4 days of rain"), "4 days
# later", "earlier", "the following week" and "the previous day" are said of another time than now,
# and are not here. Names: common synonyms ("el año que viene", "ano que
# vem", "l'an dernier", "पिछले साल"), weekdays with the words people put beside them ("komende
# dinsdag", "sábado que vem": `_WEEKDAY_FRAMES`), Japanese and Chinese names two steps away (再来週,
# 一昨年, 大后天). Russian, Ukrainian and Polish leave out a count of one ("минуту назад"):
# `COUNT_ONE_UNSAID`.
_COUNTED = {  # language -> frames of each direction (a pair: a frame and the only units it takes), and
    # unit -> (one, singular, plural, *abbreviations)
    "de": {"past": ["vor {}"], "future": ["in {}", "binnen {}"],
           "units": {"second": ("einer Sekunde", "Sekunde", "Sekunden", "s", "sek"),
                     "minute": ("einer Minute", "Minute", "Minuten", "min"),
                     "hour": ("einer Stunde", "Stunde", "Stunden", "h", "std"),
                     "day": ("einem Tag", "Tag", "Tagen"), "week": ("einer Woche", "Woche", "Wochen"),
                     "month": ("einem Monat", "Monat", "Monaten"), "year": ("einem Jahr", "Jahr", "Jahren")}},
    "es": {"past": ["hace {}"], "future": ["en {}", "dentro de {}"],
           "units": {"second": ("un segundo", "segundo", "segundos", "s", "seg"),
                     "minute": ("un minuto", "minuto", "minutos", "min"), "hour": ("una hora", "hora", "horas", "h"),
                     "day": ("un día", "día", "días"), "week": ("una semana", "semana", "semanas"),
                     "month": ("un mes", "mes", "meses"), "year": ("un año", "año", "años")}},
    "pt": {"past": ["há {}", "{} atrás", "faz {}"], "future": ["em {}", "dentro de {}", "daqui a {}"],
           "units": {"second": ("um segundo", "segundo", "segundos", "s", "seg"),
                     "minute": ("um minuto", "minuto", "minutos", "min"), "hour": ("uma hora", "hora", "horas", "h"),
                     "day": ("um dia", "dia", "dias"), "week": ("uma semana", "semana", "semanas"),
                     "month": ("um mês", "mês", "meses"), "year": ("um ano", "ano", "anos")}},
    "it": {"past": ["{} fa"], "future": ["tra {}", "fra {}", "in {}"],
           "units": {"second": ("un secondo", "secondo", "secondi", "s", "sec"),
                     "minute": ("un minuto", "minuto", "minuti", "min"), "hour": ("un'ora", "ora", "ore", "h"),
                     "day": ("un giorno", "giorno", "giorni"), "week": ("una settimana", "settimana", "settimane"),
                     "month": ("un mese", "mese", "mesi"), "year": ("un anno", "anno", "anni")}},
    "fr": {"past": ["il y a {}"], "future": ["dans {}", "d'ici {}"],
           "units": {"second": ("une seconde", "seconde", "secondes", "s", "sec"),
                     "minute": ("une minute", "minute", "minutes", "min", "mn"),
                     "hour": ("une heure", "heure", "heures", "h"), "day": ("un jour", "jour", "jours", "j"),
                     "week": ("une semaine", "semaine", "semaines"), "month": ("un mois", "mois", "mois"),
                     "year": (("un an", "une année"), ("an", "année"), "ans", "années")}},
    "nl": {"past": ["{} geleden"], "future": ["over {}", "in {}", "binnen {}"],
           "units": {"second": ("een seconde", "seconde", "seconden", "s", "sec"),
                     "minute": ("een minuut", "minuut", "minuten", "min"), "hour": ("een uur", "uur", "uur", "u"),
                     "day": ("een dag", "dag", "dagen"), "week": ("een week", "week", "weken"),
                     "month": ("een maand", "maand", "maanden"), "year": ("een jaar", "jaar", "jaar")}},
    "ca": {"past": ["fa {}"], "future": ["en {}", "d'aquí a {}"],
           "units": {"second": ("un segon", "segon", "segons", "s"), "minute": ("un minut", "minut", "minuts", "min"),
                     "hour": ("una hora", "hora", "hores", "h"), "day": ("un dia", "dia", "dies"),
                     "week": ("una setmana", "setmana", "setmanes"), "month": ("un mes", "mes", "mesos"),
                     "year": ("un any", "any", "anys")}},
    "tr": {"past": ["{} önce"], "future": ["{} sonra", "{} içinde", "{} içerisinde"],
           "units": {"second": ("bir saniye", "saniye", "saniye", "sn"), "minute": ("bir dakika", "dakika", "dakika", "dk"),
                     "hour": ("bir saat", "saat", "saat", "sa"), "day": ("bir gün", "gün", "gün"),
                     "week": ("bir hafta", "hafta", "hafta"), "month": ("bir ay", "ay", "ay"),
                     "year": ("bir yıl", "yıl", "yıl", "sene")}},
    "hi": {"past": ["{} पहले", "{} पूर्व"], "future": ["{} बाद", "{} में", "अब से {}"],
           "units": {"second": ("एक सेकंड", "सेकंड", "सेकंड"), "minute": ("एक मिनट", "मिनट", "मिनट"),
                     "hour": (("एक घंटे", "एक घंटा"), ("घंटे", "घंटा"), "घंटे"), "day": ("एक दिन", "दिन", "दिन"),
                     "week": (("एक हफ़्ते", "एक हफ़्ता"), ("हफ़्ते", "हफ़्ता"), "हफ़्ते", "सप्ताह"),
                     "month": (("एक महीने", "एक महीना"), ("महीने", "महीना"), "महीने"),
                     "year": ("एक साल", "साल", "साल", "वर्ष")}},
    "zh": {"past": ["{}之前", "{}以前"], "future": ["{}之后", "{}以后"],
           "units": {"second": (None, "秒", "秒"), "minute": (None, "分钟", "分钟"),
                     "hour": (None, ("小时", "个小时"), "小时", "个小时"), "day": (None, "天", "天"),
                     "week": (None, ("个星期", "个礼拜"), "个星期", "个礼拜"), "month": (None, "个月", "个月"),
                     "year": (None, "年", "年")}},
    "da": {"past": ["for {} siden", "{} siden"], "future": ["om {}", "{} fra nu", ("{} fra i dag", _DATE_UNITS)],
           "units": {"second": ("et sekund", "sekund", "sekunder"), "minute": ("et minut", "minut", "minutter"),
                     "hour": (("en time", "én time"), "time", "timer"), "day": ("en dag", "dag", "dage"),
                     "week": ("en uge", "uge", "uger"), "month": ("en måned", "måned", "måneder"),
                     "year": ("et år", "år", "år")}},
    "nb": {"past": ["for {} siden", "{} siden"], "future": ["om {}", "{} fra nå", ("{} fra i dag", _DATE_UNITS)],
           "units": {"second": (("ett sekund", "et sekund"), "sekund", "sekunder"),
                     "minute": (("ett minutt", "et minutt"), "minutt", "minutter"),
                     "hour": (("en time", "én time"), "time", "timer"), "day": ("en dag", "dag", "dager"),
                     "week": ("en uke", "uke", "uker"), "month": ("en måned", "måned", "måneder"),
                     "year": (("ett år", "et år"), "år", "år")}},
    "sv": {"past": ["för {} sedan", "{} sedan"], "future": ["om {}", "{} från nu", "inom {}"],
           "units": {"second": ("en sekund", "sekund", "sekunder"), "minute": ("en minut", "minut", "minuter"),
                     "hour": ("en timme", "timme", "timmar"), "day": ("en dag", "dag", "dagar"),
                     "week": ("en vecka", "vecka", "veckor"), "month": ("en månad", "månad", "månader"),
                     "year": ("ett år", "år", "år")}},
    "el": {"past": ["πριν από {}", "πριν {}"], "future": ["σε {}", "{} από τώρα", ("{} από σήμερα", _DATE_UNITS), "μέσα σε {}"],
           "units": {"second": ("ένα δευτερόλεπτο", "δευτερόλεπτο", "δευτερόλεπτα"),
                     "minute": ("ένα λεπτό", "λεπτό", "λεπτά"), "hour": (("μία ώρα", "μια ώρα"), "ώρα", "ώρες"),
                     "day": (("μία μέρα", "μια μέρα", "μία ημέρα"), ("μέρα", "ημέρα"), "μέρες", "ημέρες"),
                     "week": (("μία βδομάδα", "μια βδομάδα", "μία εβδομάδα"), ("βδομάδα", "εβδομάδα"), "βδομάδες",
                              "εβδομάδες"),
                     "month": (("ένα μήνα", "έναν μήνα"), "μήνα", "μήνες"),
                     "year": (("ένα χρόνο", "έναν χρόνο"), ("χρόνο", "έτος"), "χρόνια", "έτη")}},
    "en": {"past": ["{} ago"], "future": ["in {}", "{} from now", "{} hence"],  # "a"/"an"/"one" count one
           "units": {"second": (None, "second", "seconds", "s", "sec", "secs"),
                     "minute": (None, "minute", "minutes", "min", "mins"), "hour": (None, "hour", "hours", "h", "hr", "hrs"),
                     "day": (None, "day", "days"), "week": (None, "week", "weeks", "wk", "wks"),
                     "month": (None, "month", "months"), "year": (None, "year", "years", "yr", "yrs")}},
}
# The words of counts the table leaves out, which the witness reads: those that change with their
# noun's gender, either way ("duas semanas atrás", "fa dues hores"), or with its gender and case in
# the Slavic languages ("trzy tygodnie temu", "prije dvije godine", "за одну минуту"), and Chinese
# and Japanese numerals ("三年前", "五分钟前"); the generator writes digits
_CJK_COUNTS = {n: (word,) for n, word in enumerate("一二三四五六七八九十", 1)} | {11: ("十一",), 12: ("十二",)}
_WITNESSED_COUNTS = {
    "zh": _CJK_COUNTS | {2: ("二", "两", "兩")}, "ja": _CJK_COUNTS, "yue": _CJK_COUNTS | {2: ("二", "兩")},
    "el": {1: ("ένα", "μία", "μια", "έναν"), 2: ("δύο",), 3: ("τρία", "τρεις"), 4: ("τέσσερα", "τέσσερις"), 5: ("πέντε",),
           6: ("έξι",), 7: ("επτά", "εφτά"), 8: ("οκτώ", "οχτώ"), 9: ("εννέα", "εννιά"), 10: ("δέκα",), 11: ("έντεκα",),
           12: ("δώδεκα",)},
    "pt": {1: ("um", "uma"), 2: ("dois", "duas"), 3: ("três",), 4: ("quatro",), 5: ("cinco",), 6: ("seis",),
           7: ("sete",), 8: ("oito",), 9: ("nove",), 10: ("dez",), 11: ("onze",), 12: ("doze",)},
    "ca": {1: ("un", "una"), 2: ("dos", "dues"), 3: ("tres",), 4: ("quatre",), 5: ("cinc",), 6: ("sis",), 7: ("set",),
           8: ("vuit",), 9: ("nou",), 10: ("deu",), 11: ("onze",), 12: ("dotze",)},
    "hi": {1: ("एक",), 2: ("दो",), 3: ("तीन",), 4: ("चार",), 5: ("पांच", "पाँच"), 6: ("छह", "छः"), 7: ("सात",),
           8: ("आठ",), 9: ("नौ",), 10: ("दस",), 11: ("ग्यारह",), 12: ("बारह",)},
    "bn": {1: ("এক",), 2: ("দুই",), 3: ("তিন",), 4: ("চার",), 5: ("পাঁচ",), 6: ("ছয়",), 7: ("সাত",), 8: ("আট",),
           9: ("নয়",), 10: ("দশ",), 11: ("এগারো",), 12: ("বারো",)},
    "pl": {1: ("jeden", "jedna", "jedno", "jedną", "jednego", "jednej"), 2: ("dwa", "dwie", "dwóch", "dwu"),
           3: ("trzy", "trzech"), 4: ("cztery", "czterech"), 5: ("pięć", "pięciu"), 6: ("sześć", "sześciu"),
           7: ("siedem", "siedmiu"), 8: ("osiem", "ośmiu"), 9: ("dziewięć", "dziewięciu"), 10: ("dziesięć", "dziesięciu"),
           11: ("jedenaście", "jedenastu"), 12: ("dwanaście", "dwunastu")},
    "ru": {1: ("один", "одна", "одно", "одну", "одного", "одной"), 2: ("два", "две", "двух"), 3: ("три", "трёх"),
           4: ("четыре", "четырёх"), 5: ("пять", "пяти"), 6: ("шесть", "шести"), 7: ("семь", "семи"),
           8: ("восемь", "восьми"), 9: ("девять", "девяти"), 10: ("десять", "десяти"),
           11: ("одиннадцать", "одиннадцати"), 12: ("двенадцать", "двенадцати")},
    "uk": {1: ("один", "одна", "одне", "одну", "одного", "однієї"), 2: ("два", "дві", "двох"), 3: ("три", "трьох"),
           4: ("чотири", "чотирьох"), 5: ("п'ять", "п'яти"), 6: ("шість", "шести"), 7: ("сім", "семи"),
           8: ("вісім", "восьми"), 9: ("дев'ять", "дев'яти"), 10: ("десять", "десяти"), 11: ("одинадцять",),
           12: ("дванадцять",)},
    "be": {1: ("адзін", "адна", "адно", "адну", "аднаго"), 2: ("два", "дзве", "двух"), 3: ("тры", "трох"),
           4: ("чатыры",), 5: ("пяць",), 6: ("шэсць",), 7: ("сем",), 8: ("восем",), 9: ("дзевяць",), 10: ("дзесяць",),
           11: ("адзінаццаць",), 12: ("дванаццаць",)},
    "bg": {1: ("един", "една", "едно"), 2: ("два", "две"), 3: ("три",), 4: ("четири",), 5: ("пет",), 6: ("шест",),
           7: ("седем",), 8: ("осем",), 9: ("девет",), 10: ("десет",), 11: ("единадесет",), 12: ("дванадесет",)},
    "mk": {1: ("еден", "една", "едно"), 2: ("два", "две"), 3: ("три",), 4: ("четири",), 5: ("пет",), 6: ("шест",),
           7: ("седум",), 8: ("осум",), 9: ("девет",), 10: ("десет",), 11: ("единаесет",), 12: ("дванаесет",)},
    "cs": {1: ("jeden", "jedna", "jedno", "jednu", "jednoho", "jedné", "jedním", "jednou"), 2: ("dva", "dvě", "dvou", "dvěma"),
           3: ("tři", "tří", "třemi"), 4: ("čtyři", "čtyř", "čtyřmi"), 5: ("pět", "pěti"), 6: ("šest", "šesti"),
           7: ("sedm", "sedmi"), 8: ("osm", "osmi"), 9: ("devět", "devíti"), 10: ("deset", "deseti"),
           11: ("jedenáct", "jedenácti"), 12: ("dvanáct", "dvanácti")},
    "sk": {1: ("jeden", "jedna", "jedno", "jednu", "jedného", "jednej", "jedným", "jednou"), 2: ("dva", "dve", "dvoch", "dvoma"),
           3: ("tri", "troch", "troma", "tromi"), 4: ("štyri", "štyroch", "štyrmi"), 5: ("päť", "piatimi"), 6: ("šesť", "šiestimi"),
           7: ("sedem", "siedmimi"), 8: ("osem", "ôsmimi"), 9: ("deväť", "deviatimi"), 10: ("desať", "desiatimi"),
           11: ("jedenásť",), 12: ("dvanásť",)},
    "sl": {1: ("en", "ena", "eno", "enega", "eni", "enim"), 2: ("dva", "dve", "dveh", "dvema"), 3: ("tri", "treh", "tremi"),
           4: ("štiri", "štirih", "štirimi"), 5: ("pet", "petimi"), 6: ("šest", "šestimi"), 7: ("sedem", "sedmimi"),
           8: ("osem", "osmimi"), 9: ("devet", "devetimi"), 10: ("deset", "desetimi"), 11: ("enajst",), 12: ("dvanajst",)},
    **dict.fromkeys(("hr", "bs"), {
        1: ("jedan", "jedna", "jedno", "jednu", "jednog", "jednoga", "jedne"), 2: ("dva", "dvije", "dvaju"),
        3: ("tri",), 4: ("četiri",), 5: ("pet",), 6: ("šest",), 7: ("sedam",), 8: ("osam",), 9: ("devet",),
        10: ("deset",), 11: ("jedanaest",), 12: ("dvanaest",)}),
    "sr": {1: ("jedan", "jedna", "jedno", "jednu", "jednog", "један", "једна", "једно", "једну", "једног"),
           2: ("dva", "dve", "два", "две"), 3: ("tri", "три"), 4: ("četiri", "четири"), 5: ("pet", "пет"),
           6: ("šest", "шест"), 7: ("sedam", "седам"), 8: ("osam", "осам"), 9: ("devet", "девет"),
           10: ("deset", "десет"), 11: ("jedanaest", "једанаест"), 12: ("dvanaest", "дванаест")},
}
# The tens of the languages of `_WITNESSED_COUNTS` whose numbers above twenty are two words or more
# ("dwadzieścia trzy", "двадцать два", "vinte e duas", "vint-i-dues"): one beside a count word says
# a number the count is the end of (`number_words`, `says_more`), not the count
_TENS = {
    "pl": "dwadzieścia dwudziestu trzydzieści trzydziestu czterdzieści czterdziestu pięćdziesiąt pięćdziesięciu "
          "sześćdziesiąt sześćdziesięciu siedemdziesiąt siedemdziesięciu osiemdziesiąt osiemdziesięciu "
          "dziewięćdziesiąt dziewięćdziesięciu",
    "ru": "двадцать двадцати тридцать тридцати сорок сорока пятьдесят пятидесяти шестьдесят шестидесяти "
          "семьдесят семидесяти восемьдесят восьмидесяти девяносто",
    "uk": "двадцять двадцяти тридцять тридцяти сорок сорока п'ятдесят п'ятдесяти шістдесят шістдесяти "
          "сімдесят сімдесяти вісімдесят вісімдесяти дев'яносто",
    "be": "дваццаць трыццаць сорак пяцьдзясят шэсцьдзясят семдзесят восемдзесят дзевяноста",
    "bg": "двадесет тридесет четиридесет петдесет шестдесет седемдесет осемдесет деветдесет",
    "mk": "дваесет триесет четириесет педесет шеесет седумдесет осумдесет деведесет",
    "cs": "dvacet dvaceti třicet třiceti čtyřicet čtyřiceti padesát padesáti šedesát šedesáti sedmdesát sedmdesáti "
          "osmdesát osmdesáti devadesát devadesáti",
    "sk": "dvadsať dvadsiatich tridsať tridsiatich štyridsať päťdesiat šesťdesiat sedemdesiat osemdesiat deväťdesiat",
    "sl": "dvajset trideset štirideset petdeset šestdeset sedemdeset osemdeset devetdeset",
    "hr": "dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset",
    "bs": "dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset",
    "sr": "dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset двадесет тридесет четрдесет "
          "педесет шездесет седамдесет осамдесет деведесет",
    "pt": "vinte trinta quarenta cinquenta cinqüenta sessenta setenta oitenta noventa",
    "ca": "vint trenta quaranta cinquanta seixanta setanta vuitanta noranta",
    "el": "είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα",
}
# Misspellings and shortenings common enough that the witness reads them, which the generator does
# not teach ("il ya 2 heures", "fazem 2 anos", Indonesian "4 tahun lalu" for "4 tahun yang lalu")
_MISSPELLINGS = {"fr": (("il y a", "il ya"),), "pt": (("faz ", "fazem "),), "id": (("yang lalu", "lalu"),)}
# Words of approximation people write before a count: "about 3 hours ago" is 3 hours ago
_ABOUT = {"en": ("about", "around", "approximately", "roughly"), "zh": ("约", "大约"), "ja": ("約", "およそ"),
          "de": ("etwa", "ungefähr", "zirka", "circa", "ca."),
          "es": ("cerca de", "unos", "unas", "aproximadamente", "alrededor de"),
          "pt": ("cerca de", "uns", "umas", "aproximadamente"), "it": ("circa",), "fr": ("environ", "à peu près"),
          "nl": ("ongeveer", "circa", "zo'n"), "ca": ("uns", "unes", "aproximadament"), "tr": ("yaklaşık",),
          "ru": ("около", "примерно"), "uk": ("близько", "приблизно"), "be": ("каля", "прыкладна"),
          "pl": ("około", "ok."), "sv": ("ungefär", "cirka"), "da": ("ca.", "omkring", "cirka"),
          "nb": ("ca.", "omtrent", "cirka"), "el": ("περίπου",), "id": ("sekitar",)}
# The words beside a weekday's name that make it the one of an offset ("komende dinsdag", "sábado
# que vem"), {} for any of its names of three letters or more; a tuple is said of a masculine, a
# feminine and a neuter weekday (`_DAY_GENDERS`)
_DAY_GENDERS = {"pt": dict.fromkeys(WEEKDAY_UNITS[:5], 1), "it": {"sun": 1},  # "segunda-feira", "domenica"
                "pl": {"wed": 1, "sat": 1, "sun": 1}, "ru": {"wed": 1, "fri": 1, "sat": 1, "sun": 2},
                "uk": {"wed": 1, "fri": 1, "sat": 1, "sun": 1}, "he": {"sat": 1},  # שבת
                "el": {**dict.fromkeys(WEEKDAY_UNITS, 1), "sat": 2}}  # Σάββατο
_WEEKDAY_FRAMES = {
    "en": {"1": ["coming {}", "this coming {}"], "-1": ["past {}", "this past {}"]},  # `_COUNTED_FROM_TODAY`
    "nl": {"1": ["komende {}", "volgende {}", "aanstaande {}"], "-1": ["vorige {}", "afgelopen {}"], "0": ["deze {}"]},
    "pt": {"1": ["{} que vem", ("próximo {}", "próxima {}"), ("{} próximo", "{} próxima")],
           "-1": [("{} passado", "{} passada"), ("último {}", "última {}")],
           "0": [("este {}", "esta {}"), ("neste {}", "nesta {}"), ("esse {}", "essa {}")]},
    "es": {"1": ["{} que viene", "el {} que viene", "próximo {}", "el próximo {}", "{} próximo", "el {} próximo"],
           "-1": ["{} pasado", "el {} pasado", "el pasado {}", "último {}", "el último {}"], "0": ["este {}"]},
    "ca": {"1": ["{} vinent", "el {} vinent", "proper {}", "el proper {}", "{} que ve", "el {} que ve"],
           "-1": ["{} passat", "el {} passat", "el passat {}"], "0": ["aquest {}"]},
    "fr": {"1": ["{} qui vient"]},
    "de": {"1": ["kommenden {}", "nächsten {}", "am kommenden {}", "am nächsten {}"],
           "2": ["übernächsten {}", "am übernächsten {}"],
           "-1": ["letzten {}", "vergangenen {}", "am letzten {}", "am vergangenen {}"], "0": ["diesen {}"]},
    "da": {"1": ["næste {}"], "-1": ["sidste {}", "forrige {}"], "0": ["denne {}"]},
    "pl": {"1": [("następny {}", "następna {}"), ("kolejny {}", "kolejna {}"), ("przyszły {}", "przyszła {}")],
           "-1": [("ostatni {}", "ostatnia {}"), ("poprzedni {}", "poprzednia {}"), ("zeszły {}", "zeszła {}")],
           "0": [("ten {}", "ta {}")]},
    "ru": {"1": [("следующий {}", "следующая {}", "следующее {}")], "-1": [("прошлый {}", "прошлая {}", "прошлое {}")],
           "0": [("этот {}", "эта {}", "это {}")]},
    "uk": {"1": [("наступний {}", "наступна {}")], "-1": [("минулий {}", "минула {}")], "0": [("цей {}", "ця {}")]},
    "el": {"1": [("επόμενο {}", "επόμενη {}", "επόμενο {}"), ("τον επόμενο {}", "την επόμενη {}", "το επόμενο {}")],
           "2": [("μεθεπόμενο {}", "μεθεπόμενη {}", "μεθεπόμενο {}")],
           "-1": [("περασμένο {}", "περασμένη {}", "περασμένο {}"), ("τον περασμένο {}", "την περασμένη {}", "το περασμένο {}")],
           "0": [("αυτόν τον {}", "αυτή την {}", "αυτό το {}")]},
    "ko": {"-1": ["저번 {}"]},
    "he": {"1": [("{} הבא", "{} הבאה")], "-1": [("{} שעבר", "{} שעברה"), ("{} האחרון", "{} האחרונה")],
           "0": [("{} הזה", "{} הזאת")]},
    "nb": {"1": ["neste {}"], "-1": ["sist {}", "forrige {}"], "0": ["denne {}"]},
    "sv": {"1": ["nästa {}", "kommande {}"], "-1": ["förra {}", "senaste {}"], "0": ["denna {}"]},
    "it": {"1": [("prossimo {}", "prossima {}"), ("il prossimo {}", "la prossima {}"), ("{} prossimo", "{} prossima")],
           "-1": [("{} scorso", "{} scorsa"), ("scorso {}", "scorsa {}"), ("ultimo {}", "ultima {}")]},
}
# A weekday of the last, this or next week, said with the language's name of that week ("mittwoch
# nächste Woche", "vorige week zondag", "el lunes de esta semana", "onsdag i næste uge", "来週の月曜日"):
# one reading, W-1MO ... W+1SU. Each frame joins a weekday's wide name and a week's name; where a
# language has none here, the two side by side in either order (spaced scripts only). `_CONTRACTED`
# joins a preposition to the week's first word as the language does ("de esta" -> "desta", "de
# semana" -> "da semana", "di la" -> "della", "de aquesta" -> "d'aquesta"), or, with None, leaves
# the composite out: a week name that already has its preposition ("segunda de na semana"), and
# Hebrew "בשבוע" alone, which is "in a week" ("twice a week") as often as this week, or "השבוע
# האחרון", the last seven days
_WEEK_DAY_FRAMES = {
    "es": ("{day} de {week}", "el {day} de {week}"), "ca": ("{day} de {week}", "el {day} de {week}"),
    "pt": ("{day} de {week}", "{week} {day}"), "it": ("{day} di {week}", "{day} {week}"),
    "fr": ("{day} {week}", "{day} de {week}"), "da": ("{day} {week}", "{day} i {week}"),
    "nb": ("{day} {week}", "{day} i {week}"), "sv": ("{day} {week}", "{day} i {week}"),
    "he": ("{day} {week}", "{day} ב{week}"), "hr": ("{day} {week}", "{week} {day}", "{week} u {day}"),
    "ar": ("{day} {week}", "{day} من {week}"), "ja": ("{week}の{day}", "{week}{day}"), "zh": (), "yue": (),
}
_CONTRACTED = {
    "pt": ((r"\bde n[ao] ", None), (r"\bde (?:a )?(semana|próxima|última|passada)", r"da \1"), (r"\bde (est|ess)", r"d\1")),
    "it": ((r"\bdi (?:la )?(settimana|scorsa|prossima)", r"della \1"),),
    "es": ((r"\bde (semana|próxima)", r"de la \1"),),
    "ca": ((r"\bde ([aeiouàèéíòóú])", r"d'\1"),),
    "he": ((r"ב[בה]?שבוע$", None), (r"האחרון", None), (r"(?<!\S)ב[בה]", "ב")),
}
# Counts CLDR writes with another noun than people do: Norwegian days as "døgn" (24 hours), which
# people write "dager" ("om 7 dager", "for 7 dager siden", "7 dager siden"; Bokmål's in `_COUNTED`)
_COUNTS_IN_USE = {
    "nn": {"day": {"past": {"one": ["for {0} dag sidan", "{0} dag sidan"], "other": ["for {0} dagar sidan", "{0} dagar sidan"]},
                   "future": {"one": ["om {0} dag"], "other": ["om {0} dagar"]}}},
}
_NAMES_IN_USE = {
    "es": {"second": {"0": ["ahora mismo", "en este momento"]}, "week": {"1": ["la semana que viene", "semana que viene", "la próxima semana"]},
           "month": {"-1": ["el pasado mes"], "1": ["el mes que viene", "el próximo mes"]},
           "year": {"-1": ["el pasado año"], "1": ["el año que viene", "año que viene", "el próximo año"]}},
    "pt": {"second": {"0": ["agora mesmo", "neste instante", "neste momento"]}, "day": {"-2": ["antes de ontem"]},
           "week": {"-1": ["semana anterior", "passada semana"], "1": ["semana que vem", "na semana que vem"]},
           "month": {"1": ["mês que vem", "no mês que vem"]}, "year": {"1": ["ano que vem", "no ano que vem"]}},
    "fr": {"second": {"0": ["à l'instant"]}, "year": {"-1": ["l'an dernier", "l'an passé", "l'année passée"], "1": ["l'an prochain"]},
           "month": {"-1": ["le mois passé"]}, "week": {"-1": ["la semaine passée"]}},
    "ca": {"second": {"0": ["ara mateix", "en aquest moment"]}, "week": {"-1": ["la setmana passada"], "1": ["la setmana vinent", "la propera setmana", "la setmana que ve"]},
           "month": {"-1": ["el mes passat", "el passat mes"], "1": ["el mes vinent", "el proper mes", "el mes que ve"]},
           "year": {"-1": ["l'any passat"], "0": ["aquest any"], "1": ["l'any vinent", "el proper any", "l'any que ve"]}},
    "it": {"second": {"0": ["adesso", "in questo momento"]}, "day": {"-2": ["l'altroieri", "altroieri"]},
           "week": {"-1": ["la scorsa settimana", "scorsa settimana"], "1": ["la prossima settimana", "prossima settimana"]},
           "month": {"-1": ["lo scorso mese", "il mese scorso"], "1": ["il prossimo mese", "il mese prossimo"]},
           "year": {"-1": ["lo scorso anno", "l'anno scorso"], "1": ["il prossimo anno", "l'anno prossimo"]}},
    "he": {"week": {"-1": ["שבוע שעבר", "שבוע האחרון"], "0": ["בשבוע הזה"], "1": ["שבוע הבא"]},
           "month": {"-1": ["חודש שעבר"], "1": ["חודש הבא"]}, "year": {"-1": ["שנה שעברה"], "1": ["שנה הבאה"]}},
    "nb": {"day": {"-2": ["i forigårs"]}, "week": {"-1": ["sist uke"]}, "month": {"-1": ["sist måned"]}, "year": {"-1": ["forrige år"], "0": ["dette år"]}},
    "da": {"year": {"0": ["dette år"]}},
    "el": {"day": {"-1": ["εχθές"], "-2": ["προχτές"]},
           "week": {"-1": ["περασμένη εβδομάδα", "περασμένη βδομάδα", "την περασμένη εβδομάδα", "την περασμένη βδομάδα"],
                    "0": ["αυτή τη βδομάδα", "αυτή την εβδομάδα"], "1": ["επόμενη εβδομάδα", "την επόμενη εβδομάδα"]},
           "month": {"-1": ["τον προηγούμενο μήνα", "προηγούμενο μήνα"], "1": ["τον επόμενο μήνα", "επόμενο μήνα"]},
           "year": {"-1": ["πέρυσι", "την περασμένη χρονιά", "περασμένη χρονιά"], "0": ["αυτό το έτος"],
                    "1": ["την επόμενη χρονιά", "επόμενη χρονιά"]}},
    "nl": {"week": {"-1": ["afgelopen week"], "1": ["komende week"]}, "month": {"-1": ["afgelopen maand"],
           "1": ["komende maand"]}, "year": {"-1": ["afgelopen jaar"], "1": ["komend jaar"]}},
    "tr": {"second": {"0": ["şu an", "şu anda"]},
           "week": {"-1": ["geçtiğimiz hafta"], "1": ["önümüzdeki hafta", "haftaya"]},
           "month": {"-1": ["geçtiğimiz ay"], "1": ["önümüzdeki ay"]},
           "year": {"-1": ["geçtiğimiz yıl", "geçen sene"], "1": ["önümüzdeki yıl", "seneye", "gelecek sene"]}},
    "hu": {"week": {"-1": ["múlt hét"], "1": ["jövő hét"]}, "month": {"-1": ["múlt hónap"], "1": ["jövő hónap"]},
           "year": {"-1": ["múlt év", "tavaly"], "1": ["jövő év", "jövőre"]}},
    "ro": {"day": {"0": ["astăzi"]}},
    # Arabic as written beside CLDR's: البارحة and يوم أمس (yesterday), بكرة (tomorrow, spoken), المقبل (coming)
    "ar": {"second": {"0": ["حالا", "في هذه اللحظة"]}, "day": {"-1": ["البارحة", "يوم أمس"], "1": ["بكرة", "يوم غد"], "2": ["بعد غد"]},
           "week": {"0": ["الأسبوع الحالي"], "1": ["الأسبوع المقبل", "الأسبوع الجاي"]},
           "month": {"0": ["الشهر الحالي"], "1": ["الشهر المقبل"]},
           "year": {"-1": ["العام الماضي"], "0": ["هذا العام", "العام الحالي", "السنة الحالية"],
                    "1": ["العام المقبل", "العام القادم"]}},
    "hr": {"second": {"0": ["sada"]}, "week": {"1": ["idući tjedan"]}, "month": {"1": ["idući mjesec"]},
           "year": {"-1": ["prošla godina"], "0": ["ova godina"], "1": ["iduće godine", "iduća godina"]}},
    "sv": {"year": {"-1": ["i fjol"]}},
    "be": {"day": {"-1": ["ўчора"]}},  # CLDR's "учора" is the form after a consonant
    "de": {"second": {"0": ["gerade eben"]}, "week": {"-2": ["vorletzte Woche"], "-1": ["vergangene Woche"], "0": ["dieser Woche"], "1": ["kommende Woche"],
                    "2": ["übernächste Woche"]}, "month": {"-1": ["vergangenen Monat"],
           "1": ["kommenden Monat"]}, "year": {"-1": ["vergangenes Jahr"], "1": ["kommendes Jahr"]}},
    # Hinglish as Hindi: kal is yesterday and tomorrow, parson the day before yesterday and after tomorrow
    "hi": {"day": {"-1": ["kal"], "1": ["kal"], "-2": ["parson"], "2": ["parson"]},
           "week": {"-1": ["पिछले हफ़्ते", "पिछले हफ्ते", "पिछले सप्ताह"], "0": ["इस हफ़्ते", "इस हफ्ते"],
                    "1": ["अगले हफ़्ते", "अगले हफ्ते", "अगले सप्ताह"]},
           "month": {"-1": ["पिछले महीने"], "0": ["इस महीने"], "1": ["अगले महीने"]},
           "year": {"-1": ["पिछले साल", "पिछले वर्ष"], "0": ["इस साल"], "1": ["अगले साल", "अगले वर्ष"]}},
    "ja": {"day": {"0": ["本日"]}, "week": {"-2": ["先々週"], "-1": ["せんしゅう"], "0": ["こんしゅう"], "1": ["らいしゅう"],
                                          "2": ["再来週", "さらいしゅう"]},
           "month": {"-2": ["先々月"], "0": ["当月"], "2": ["再来月"]}, "year": {"-2": ["一昨年"], "-1": ["去年"], "0": ["本年"], "2": ["再来年"]}},
    "zh": {"second": {"0": ["此刻"]}, "day": {"-3": ["大前天"], "3": ["大后天"]},
           "week": {"-2": ["上上周"], "0": ["这周"], "2": ["下下周"]},
           "month": {"-2": ["上上个月", "上上月"], "-1": ["上月"], "1": ["下月"], "2": ["下下个月", "下下月"]},
           "year": {"-2": ["前年"], "2": ["后年"]}},
    "ru": {"week": {"-1": ["прошлая неделя"], "0": ["эта неделя"], "1": ["следующая неделя"]},
           "month": {"-1": ["прошлый месяц"], "0": ["этот месяц"], "1": ["следующий месяц"]},
           "year": {"-1": ["прошлый год"], "0": ["этот год"], "1": ["следующий год"]}},
    "uk": {"day": {"-1": ["вчора"]},  # CLDR's "учора" is the form after a vowel
           "week": {"-1": ["минулий тиждень", "на минулому тижні"], "0": ["цей тиждень"],
                    "1": ["наступний тиждень", "на наступному тижні"]},
           "month": {"-1": ["минулий місяць"], "0": ["цей місяць"], "1": ["наступний місяць"]},
           "year": {"-1": ["минулий рік", "в минулому році"], "0": ["цей рік"], "1": ["наступний рік", "в наступному році"]}},
    "pl": {"second": {"0": ["w tej chwili"]},
           "week": {"-1": ["zeszły tydzień", "poprzedni tydzień"], "0": ["ten tydzień"], "1": ["następny tydzień"]},
           "month": {"-1": ["zeszły miesiąc", "poprzedni miesiąc"], "0": ["ten miesiąc"], "1": ["następny miesiąc"]},
           "year": {"-1": ["zeszły rok", "poprzedni rok"], "0": ["ten rok", "obecny rok"], "1": ["następny rok"]}},
    "en": {"second": {"0": ["right now", "just now"]}, "week": {"0": ["current week"]}, "month": {"0": ["current month"]},
           "year": {"0": ["current year"]}},
    "ko": {"second": {"0": ["방금"]}, "day": {"-2": ["그제"]},
           "week": {"-2": ["지지난주", "지지난 주"], "-1": ["저번 주", "지난 주"], "2": ["다다음 주", "다다음주"]},
           "month": {"-2": ["지지난달", "지지난 달"], "-1": ["저번 달", "지난 달"], "2": ["다다음 달", "다다음달"]},
           "year": {"-2": ["재작년"], "2": ["내후년"]}},
}
# Other spellings of a language's relative words: Chinese weeks as 星期 and 礼拜 beside CLDR's 周
# ("上星期二"), Japanese months counted with ヶ, カ or ヵ beside か ("2ヶ月前") and days in kana, Arabic
# "منذ" (since) beside "قبل" (before): "منذ 3 أيام", Bengali hours with ন্ট beside CLDR's ণ্ট ("2 ঘন্টা আগে")
_SPELLINGS = {"zh": (("周", ("星期", "礼拜")),), "ja": (("か月", ("ヶ月", "カ月", "ヵ月")),), "ar": (("قبل", ("منذ",)),),
              "bn": (("ঘণ্টা", ("ঘন্টা",)),)}
_KANA_DAYS = {"-3": ["さきおととい"], "-2": ["おととい"], "-1": ["きのう"], "0": ["きょう"], "1": ["あした", "あす"],
              "2": ["あさって"], "3": ["しあさって"]}
COUNT_ONE_UNSAID = frozenset({"ru", "uk", "pl", "be"})


# Half an hour, said as a name of its own in every big language ("half an hour ago", "vor einer halben
# Stunde", "dans une demi-heure", "半小时前"): 30 minutes before now or after it
_HALF_AN_HOUR = {
    "en": (["half an hour ago"], ["in half an hour", "half an hour from now"]),
    "de": (["vor einer halben Stunde"], ["in einer halben Stunde"]),
    "fr": (["il y a une demi-heure"], ["dans une demi-heure"]),
    "es": (["hace media hora"], ["en media hora", "dentro de media hora"]),
    "pt": (["há meia hora", "meia hora atrás"], ["em meia hora", "daqui a meia hora", "dentro de meia hora"]),
    "it": (["mezz'ora fa", "mezzora fa"], ["tra mezz'ora", "fra mezz'ora"]),
    "nl": (["een half uur geleden"], ["over een half uur", "binnen een half uur"]),
    "ru": (["полчаса назад"], ["через полчаса"]), "uk": (["пів години тому", "півгодини тому"],
                                                       ["через пів години", "через півгодини"]),
    "pl": (["pół godziny temu"], ["za pół godziny"]), "tr": (["yarım saat önce"], ["yarım saat sonra"]),
    "sv": (["för en halvtimme sedan", "en halvtimme sedan", "för en halv timme sedan"], ["om en halvtimme", "om en halv timme"]),
    "da": (["for en halv time siden", "en halv time siden"], ["om en halv time"]),
    "nb": (["for en halvtime siden", "en halvtime siden", "for en halv time siden"], ["om en halvtime", "om en halv time"]),
    "el": (["πριν από μισή ώρα", "πριν μισή ώρα"], ["σε μισή ώρα"]),
    "zh": (["半小时前", "半个小时前", "半小时之前"], ["半小时后", "半个小时后", "半小时之后"]),
    "ca": (["fa mitja hora"], ["en mitja hora", "d'aquí a mitja hora"]),
    "hr": (["prije pola sata"], ["za pola sata"]), "cs": (["před půl hodinou"], ["za půl hodiny"]),
    "he": (["לפני חצי שעה"], ["בעוד חצי שעה"]), "ar": (["منذ نصف ساعة", "قبل نصف ساعة"], ["بعد نصف ساعة"]),
    "hi": (["आधे घंटे पहले", "आधा घंटा पहले"], ["आधे घंटे में", "आधे घंटे बाद"]),
    "id": (["setengah jam yang lalu", "setengah jam lalu"], ["setengah jam lagi"]),
}
# A quarter and three quarters of an hour, where people say them so ("in a quarter of an hour",
# "vor einer Viertelstunde", "tra un quarto d'ora", "dans trois quarts d'heure")
_QUARTERS_OF_AN_HOUR = {
    "en": ((["a quarter of an hour ago", "a quarter hour ago"], ["in a quarter of an hour", "in a quarter hour"]),
           (["three quarters of an hour ago"], ["in three quarters of an hour", "in three-quarters of an hour"])),
    "de": ((["vor einer Viertelstunde"], ["in einer Viertelstunde"]),
           (["vor einer Dreiviertelstunde"], ["in einer Dreiviertelstunde"])),
    "fr": ((["il y a un quart d'heure"], ["dans un quart d'heure"]), (["il y a trois quarts d'heure"], ["dans trois quarts d'heure"])),
    "it": ((["un quarto d'ora fa"], ["tra un quarto d'ora", "fra un quarto d'ora"]),
           (["tre quarti d'ora fa"], ["tra tre quarti d'ora", "fra tre quarti d'ora"])),
    "es": ((["hace un cuarto de hora"], ["en un cuarto de hora", "dentro de un cuarto de hora"]),
           (["hace tres cuartos de hora"], ["en tres cuartos de hora", "dentro de tres cuartos de hora"])),
    "pt": ((["há um quarto de hora"], ["daqui a um quarto de hora"]), (["há três quartos de hora"], ["daqui a três quartos de hora"])),
    "nl": ((["een kwartier geleden"], ["over een kwartier"]), (["drie kwartier geleden"], ["over drie kwartier"])),
    "sv": ((["för en kvart sedan", "en kvart sedan"], ["om en kvart"]), ([], [])),
    "da": ((["for et kvarter siden", "et kvarter siden"], ["om et kvarter"]), ([], [])),
    "nb": ((["for et kvarter siden", "et kvarter siden"], ["om et kvarter"]), ([], [])),
    "pl": ((["kwadrans temu"], ["za kwadrans"]), ([], [])),
    "el": ((["πριν από ένα τέταρτο"], ["σε ένα τέταρτο της ώρας", "σε ένα τέταρτο"]), ([], ["σε τρία τέταρτα της ώρας"])),
    "he": ((["לפני רבע שעה"], ["בעוד רבע שעה"]), ([], [])),
}
for _language, (_past, _future) in _HALF_AN_HOUR.items():
    _NAMES_IN_USE.setdefault(_language, {})["minute"] = {"-30": _past, "30": _future}
for _language, ((_past, _future), (_past_three, _future_three)) in _QUARTERS_OF_AN_HOUR.items():
    _NAMES_IN_USE[_language]["minute"].update({offset: names for offset, names in (
        ("-15", _past), ("15", _future), ("-45", _past_three), ("45", _future_three)) if names})

# Norwegian without a written standard named ("no") is Bokmål
for _bokmal in (_COUNTED, _WEEKDAY_FRAMES, _WEEK_DAY_FRAMES, _NAMES_IN_USE, _ABOUT):
    _bokmal["no"] = _bokmal["nb"]


def _counted(language: str) -> dict[str, dict[str, dict[str, list[str]]]]:
    """The patterns of `_COUNTED`'s frames and units for `language`: unit -> direction -> plural
    category -> patterns (one said with an article and a count with the singular in "one", a count
    with the plural or an abbreviation in "other")."""
    table = _COUNTED.get(language)
    if table is None:
        return {}
    found: dict[str, dict[str, dict[str, list[str]]]] = {}
    for unit, (one, singular, *others) in table["units"].items():
        for direction in ("past", "future"):
            by_category = found.setdefault(unit, {}).setdefault(direction, {})
            for frame in table[direction]:
                frame, units = (frame, None) if isinstance(frame, str) else frame
                if units is not None and unit not in units:
                    continue
                ones = [frame.format(phrase) for phrase in _alternatives(one)]
                ones += [frame.format(_counted_noun(noun)) for noun in _alternatives(singular)]
                by_category.setdefault("one", []).extend(ones)
                by_category.setdefault("other", []).extend(frame.format(_counted_noun(noun)) for noun in others if noun)
    return found


def _counted_noun(noun: str) -> str:
    """A count and its noun in a pattern: "{0} dias", "{0}个月" (no space before an unspaced script's noun)."""
    return "{0}" + ("" if _UNSPACED.match(noun) else " ") + noun


def _alternatives(words: str | tuple[str, ...] | None) -> tuple[str, ...]:
    return () if words is None else (words,) if isinstance(words, str) else words


def weekday_frames(language: str, locale: str) -> dict[str, dict[str, list[str]]]:
    """Weekday unit -> offset -> the names `_WEEKDAY_FRAMES` makes of the weekday's names in `locale`
    that people put words beside (`_said_names`: "terça que vem", "רביעי הבא")."""
    frames = _WEEKDAY_FRAMES.get(language, {})
    if not frames:
        return {}
    found: dict[str, dict[str, list[str]]] = {}
    for unit, names in _said_names(locale).items():
        gender = _DAY_GENDERS.get(language, {}).get(unit, 0)
        for offset, patterns in frames.items():
            found.setdefault(unit, {})[offset] = [(pattern if isinstance(pattern, str) else pattern[gender]).format(name)
                                                  for pattern in patterns for name in names]
    return found


@functools.cache
def _said_names(locale: str) -> dict[str, list[str]]:
    """Weekday unit -> the names people put words beside in `locale`: its wide names, their first
    word ("terça-feira": "terça") and their words after the one all seven begin with (Hebrew "יום
    רביעי": "רביעי"). No abbreviation: Spanish "mar" is the sea as often as Tuesday ("este mar")."""
    days = _wide_day_names(locale)
    firsts = {name.split()[0] for unit in WEEKDAY_UNITS for name in days.get(unit, ()) if " " in name}
    shared = next(iter(firsts)) if len(firsts) == 1 and all(
        any(name.startswith(f"{first} ") for name in days.get(unit, ())) for first in firsts for unit in WEEKDAY_UNITS) else None
    parts = {unit: {part for name in days.get(unit, ()) if len(name.rstrip(".")) >= 3 and not name.endswith(".")
                    for part in (name, name.split("-")[0], name.removeprefix(f"{shared} ") if shared else name)
                    if len(part) >= 3}
             for unit in WEEKDAY_UNITS}
    # a part two weekdays share ("bïkua" of Sango's four weekdays) names neither
    shared_parts = {part for unit in WEEKDAY_UNITS for part in parts[unit]
                    if sum(part in found for found in parts.values()) > 1}
    return {unit: sorted(found - shared_parts) for unit, found in parts.items()}


def week_day_names(language: str, locale: str, weeks: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    """Weekday unit -> offset -> the names `_WEEK_DAY_FRAMES` makes of the weekday's wide names in
    `locale` and `weeks`, the language's names of the last, this and next week by offset."""
    frames = _WEEK_DAY_FRAMES.get(language, ("{day} {week}", "{week} {day}"))
    found: dict[str, dict[str, list[str]]] = {}
    for unit, names in _said_names(locale).items():
        if not names or (frames == ("{day} {week}", "{week} {day}") and _UNSPACED.search(names[0])):
            continue
        for offset in ("-1", "0", "1"):
            composed = [frame.format(day=name, week=week) for frame in frames for name in names
                        for week in weeks.get(offset, ()) if "." not in week]  # "sem. ant.": no frame
            for pattern, replacement in _CONTRACTED.get(language, ()):
                composed = ([text for text in composed if not re.search(pattern, text)] if replacement is None
                            else [re.sub(pattern, replacement, text) for text in composed])
            if composed:
                found.setdefault(unit, {})[offset] = composed
    return found


def _in_use(language: str, words: dict, locale: str | None = None) -> dict:
    """`words` of `language` with the phrases of the tables above added (the weekdays' with their
    names in `locale`, where given)."""
    added = {unit: {part: {key: list(value) for key, value in entry.get(part, {}).items()}
                    for part in ("names", "past", "future")} for unit, entry in words.items()}

    def add(unit: str, part: str, key: str, strings: list[str]) -> None:
        have = added.setdefault(unit, {"names": {}, "past": {}, "future": {}}).setdefault(part, {}).setdefault(key, [])
        have.extend(s for s in dict.fromkeys(strings) if s not in have)

    for unit, names in _NAMES_IN_USE.get(language, {}).items():
        for offset, more in names.items():
            add(unit, "names", offset, more)
    if locale is not None:
        for unit, names in weekday_frames(language, locale).items():
            if unit in added:  # a language CLDR gives no relative weekdays gets none
                for offset, more in names.items():
                    add(unit, "names", offset, more)
        for unit, names in week_day_names(language, locale, added.get("week", {}).get("names", {})).items():
            if unit in added:
                for offset, more in names.items():
                    add(unit, "week_days", offset, more)
    for table in (_counted(language), _COUNTS_IN_USE.get(language, {})):
        for unit, parts in table.items():
            for part, by_category in parts.items():
                for category, patterns in by_category.items():
                    add(unit, part, category, patterns)
    for old, news in _SPELLINGS.get(language, ()):
        for entry in added.values():
            for part in ("names", "past", "future"):
                for key, strings in entry.get(part, {}).items():
                    strings.extend(s.replace(old, new) for s in list(strings) if old in s for new in news)
    if language == "ja" and "day" in added:
        for offset, names in _KANA_DAYS.items():
            added["day"]["names"].setdefault(offset, []).extend(names)
    if language in COUNT_ONE_UNSAID:
        for entry in added.values():
            for part in ("past", "future"):
                ones = entry.get(part, {}).get("one", [])
                if ones and "{0}" in ones[0]:  # the wide pattern: "{0} минуту назад" -> "минуту назад"
                    ones.append(" ".join(ones[0].replace("{0}", "").split()))
    return {unit: {part: value for part, value in entry.items() if value} for unit, entry in added.items()}


@functools.cache
def _table() -> dict:
    return json.loads(WORDS_FILE.read_text(encoding="utf-8"))


def locale_words(locale: str) -> dict | None:
    """The relative words of a Babel locale name ("fr_CA"): its language's, with the units its
    region writes otherwise; None for a language CLDR gives none."""
    locales = _table()["locales"]
    language = locale.split("_")[0]
    if language not in locales:
        return None
    words = dict(locales[language])
    parts = locale.split("_")
    for end in range(2, len(parts) + 1):  # sr_Latn, then sr_Latn_BA
        # a name a regional or script locale gives two offsets is CLDR's slip ("last Sat." is
        # Hinglish's SA-1 and SA+1): left out; the language's own such names (कल) are kept
        words.update({unit: _without_names_of_two(entry) for unit, entry in locales.get("_".join(parts[:end]), {}).items()})
    days = _day_names(locale)
    for unit in WEEKDAY_UNITS:  # a weekday's plain name ("fredag", Hinglish "Friday") is no "this Friday": any Friday
        if unit in words:
            names = {offset: [n for n in found if normalize_text(n) not in days.get(unit, ())
                              and not (offset == "0" and " " not in n.strip() and not _UNSPACED.search(n))]
                     for offset, found in words[unit].get("names", {}).items()}
            words[unit] = {**words[unit], "names": {offset: found for offset, found in names.items() if found}}
    return _in_use(language, words, locale)


def _without_names_of_two(entry: dict) -> dict:
    offsets: dict[str, int] = {}
    for names in entry.get("names", {}).values():
        for name in names:
            offsets[name] = offsets.get(name, 0) + 1
    names = {offset: [n for n in found if offsets[n] == 1] for offset, found in entry.get("names", {}).items()}
    return {**entry, "names": {offset: found for offset, found in names.items() if found}} if "names" in entry else entry


@functools.cache
def _day_names(locale: str) -> dict[str, frozenset[str]]:
    """Each weekday (CLDR's unit key) -> the locale's names of it, every width (Babel), and the parts
    of its wide names people say alone (`_said_names`: "terça", Hebrew "רביעי"), normalised."""
    names = _babel_day_names(locale, ("wide", "abbreviated", "short", "narrow"))
    if not names:
        return {}
    for unit, said in _said_names(locale).items():
        names[unit] |= set(said)
    language = locale.split("_")[0]
    if language != locale:  # and its language's, whose words it may take ("zh_Latn": 下周五)
        for unit, found in _day_names(language).items():
            names[unit] |= found
    return {unit: frozenset(found) for unit, found in names.items()}


@functools.cache
def _wide_day_names(locale: str) -> dict[str, frozenset[str]]:
    """Each weekday (CLDR's unit key) -> the locale's wide names of it (Babel), normalised."""
    return {unit: frozenset(found) for unit, found in _babel_day_names(locale, ("wide",)).items()}


def _babel_day_names(locale: str, widths: tuple[str, ...]) -> dict[str, set[str]]:
    """Each weekday (CLDR's unit key) -> the locale's own names of it in `widths`, both contexts,
    normalised; {} for a locale Babel has not (CLDR's JSON has some)."""
    try:
        days = Locale.parse(locale).days
    except (ValueError, KeyError, UnknownLocaleError):
        return {}
    names: dict[str, set[str]] = {unit: set() for unit in WEEKDAY_UNITS}
    for context in ("format", "stand-alone"):
        for width in widths:
            for index, name in days[context][width].items():  # 0 is Monday
                names[WEEKDAY_UNITS[index]].add(normalize_text(name))
    return names


def count_words(lang: str) -> dict[int, str]:
    """The words of the counts 2-12 in `lang`, {} where a count's word changes with its noun."""
    return {int(n): word for n, word in _table()["counts"].get(lang, {}).items()}


def name_form(unit: str, offset: int, week_based: bool = False) -> str | None:
    """The canonical form of CLDR's name of `offset` in `unit` (`week_based`: a weekday named with
    its week, "下周五", "fredag denna vecka"); None for the units that are no date (quarters, this
    hour, this minute)."""
    if unit == "day":
        return f"{'-' if offset < 0 else ''}P{abs(offset)}D"
    if unit in PERIOD_UNITS:
        return f"{PERIOD_UNITS[unit]}{offset:+d}"
    if unit == "second" and offset == 0:
        return "PT0S"
    if unit in CLOCK_UNITS and offset != 0:  # a name of a count ("half an hour ago": -PT30M)
        return count_form(unit, offset)
    if unit in WEEKDAY_UNITS:
        day = WEEKDAYS[WEEKDAY_UNITS.index(unit)]
        return f"W{offset:+d}{day}" if week_based else f"{day}{offset:+d}"
    return None


def count_form(unit: str, count: int, week_based: bool = False) -> str | None:
    """The canonical form of a signed count of `unit` ("-P3D", "PT2H", "FR+2"; `week_based`, a
    weekday counted in weeks, "Freitag in 2 Wochen": "W+2FR"); None for quarters."""
    sign = "-" if count < 0 else ""
    if unit in DATE_UNITS:
        return f"{sign}P{abs(count)}{DATE_UNITS[unit]}"
    if unit in CLOCK_UNITS:
        return f"{sign}PT{abs(count)}{CLOCK_UNITS[unit]}"
    if unit in WEEKDAY_UNITS:
        return name_form(unit, count, week_based)
    return None


def _holds_week(text: str, weeks, days: frozenset[str] | None) -> bool:
    """Whether `text` (a weekday's name or pattern) holds one of the week's phrases `weeks` as whole
    words and, beside it, one of the weekday's names `days` ("下周五": 下周 and 五; not Hungarian
    "előző hétfő", whose "hét" is inside hétfő, nor Indonesian "hari minggu lalu", last Sunday,
    whose "minggu lalu" is last week but whose "minggu" is Sunday's name too)."""
    plain = normalize_text(text)
    for week in weeks:
        week = normalize_text(week)
        found = re.search(_bounded(week, re.escape(week)), plain)
        if found is None:
            continue
        rest = plain[:found.start()] + " " + plain[found.end():]
        if days is None or any(re.search(_bounded(day, re.escape(day)), rest) for day in days
                               if len(day) > 1 or _UNSPACED.match(day)):
            return True
    return False


def _week_based_name(words: dict, name: str, offset: str, days: frozenset[str] | None = None) -> bool:
    """Whether a weekday's name says the weekday of the week at its offset ("下周五": 下周)."""
    return _holds_week(name, words.get("week", {}).get("names", {}).get(offset, ()), days)


def _week_based_pattern(words: dict, pattern: str, direction: str, days: frozenset[str] | None = None) -> bool:
    """Whether a weekday's pattern counts weeks and names the weekday ("Freitag in {0} Woche")."""
    weeks = [week for patterns in words.get("week", {}).get(direction, {}).values() for week in patterns if "{0}" in week]
    return _holds_week(pattern, weeks, days)


def names_and_forms(words: dict, days: dict[str, frozenset[str]] | None = None) -> list[tuple[str, str, str]]:
    """(unit, name, form) of every name of a locale's words that stands for a date (`days`: the
    locale's weekday names, `_day_names`, which tell a weekday of a week)."""
    found = []
    for unit, entry in words.items():
        for offset, names in entry.get("names", {}).items():
            for name in names:
                week_based = unit in WEEKDAY_UNITS and _week_based_name(words, name, offset, (days or {}).get(unit))
                if (form := name_form(unit, int(offset), week_based)) is not None:
                    found.append((unit, name, form))
        for offset, names in entry.get("week_days", {}).items():  # a weekday of a named week (`week_day_names`)
            found.extend((unit, name, name_form(unit, int(offset), True)) for name in names)
    return found


def named(words: dict, days: dict[str, frozenset[str]] | None = None) -> list[tuple[str, str, str]]:
    """(unit, name, form) of every name of a locale's words that stands for one form only (as the
    model reads it: normalised, so that case makes no other name)."""
    forms: dict[str, set[str]] = {}
    for unit, entry in words.items():  # every name, those of no date too ("this hour")
        for offset, names in entry.get("names", {}).items():
            for name in names:
                week_based = unit in WEEKDAY_UNITS and _week_based_name(words, name, offset, (days or {}).get(unit))
                forms.setdefault(normalize_text(name), set()).add(name_form(unit, int(offset), week_based) or "")
        for offset, names in entry.get("week_days", {}).items():
            for name in names:
                forms.setdefault(normalize_text(name), set()).add(name_form(unit, int(offset), True))
    return [(unit, name, form) for unit, name, form in names_and_forms(words, days) if len(forms[normalize_text(name)]) == 1]


# How people type a phrase CLDR writes: its apostrophe (’) as the keyboard's, half the time, and in
# the Latin and Greek scripts a tenth of the time without accents ("nastepny tydzien", "astazi",
# "τωρα"); the witness reads both (`_loose`)
TYPED_APOSTROPHE_SHARE = 0.5
UNMARKED_SHARE = 0.1
_TYPED_UNMARKED = ("LATIN", "GREEK")  # not Cyrillic's "й", which is no "и" to its readers


def as_typed(text: str, rng: random.Random) -> tuple[str, str]:
    """`text` as typed (`TYPED_APOSTROPHE_SHARE`, `UNMARKED_SHARE`) and the way's id ("" for as written)."""
    typed = text.replace("’", "'") if "’" in text and rng.random() < TYPED_APOSTROPHE_SHARE else text
    if rng.random() < UNMARKED_SHARE:
        bare = "".join(_unmarked(c, _TYPED_UNMARKED) for c in typed)
        if bare != typed:
            return bare, "unmarked"
    return typed, "" if typed == text else "apostrophe"


class RelativeTexts:
    """The relative dates one locale writes: `draw(rng)` gives (format id, text, canonical form)."""

    def __init__(self, locale: str, lang: str) -> None:
        self.lang = lang
        self.plural = Locale.parse(locale).plural_form
        self.days = _day_names(locale)
        words = locale_words(locale) or {}
        # a pattern two units write ("há {0} seg.": seconds and Mondays; Greek "δευτ." and "Δευτ.")
        # stands for neither, nor does a name that is a pattern's too (Yiddish "איבער א יאָר": next
        # year and in a year)
        units_of: dict[str, set[str]] = {}
        for unit, entry in words.items():
            for direction in ("past", "future"):
                for patterns in entry.get(direction, {}).values():
                    for pattern in patterns:
                        units_of.setdefault(normalize_text(pattern), set()).add(unit)
        names = [(unit, name, form) for unit, name, form in named(words, self.days) if normalize_text(name) not in units_of]
        # a weekday beside a named week ("mittwoch nächste Woche": `week_day_names`) is drawn as often
        # as its share of the names, at most a quarter of them: the frames make many
        composed = {name for entry in words.values() for found in entry.get("week_days", {}).values() for name in found}
        self.week_days = [entry for entry in names if entry[1] in composed]
        self.names = [entry for entry in names if entry[1] not in composed]
        self.week_day_share = min(0.25, len(self.week_days) / max(1, len(names)))
        name_texts = {normalize_text(name) for _, name, _ in names_and_forms(words, self.days)}
        self.words = {unit: {**entry, **{d: {c: [p for p in ps if len(units_of[normalize_text(p)]) == 1
                                                 and normalize_text(p) not in name_texts]
                                             for c, ps in entry.get(d, {}).items()}
                                         for d in ("past", "future") if d in entry}}
                      for unit, entry in words.items()}
        self.all_words = words
        self.counted = [unit for unit, entry in self.words.items()
                        if count_form(unit, 1) and any(any(ps for ps in entry.get(d, {}).values()) for d in ("past", "future"))]
        self.count_words = count_words(lang)

    def __bool__(self) -> bool:
        return bool(self.names or self.week_days or self.counted)

    def draw(self, rng: random.Random) -> tuple[str, str, str]:
        r = rng.random()
        if self.lang == "en" and r < 0.2:
            return self._english(rng)
        if (self.names or self.week_days) and (r < 0.45 or not self.counted):
            week_day = not self.names or (self.week_days and rng.random() < self.week_day_share)
            unit, name, form = rng.choice(self.week_days if week_day else self.names)
            kind = "weekday" if unit in WEEKDAY_UNITS else unit
            return f"rel-name-{kind}", name, form
        return self._counted(rng)

    def _count(self, unit: str, rng: random.Random) -> int:
        top = MAX_WEEKDAY_COUNT if unit in WEEKDAY_UNITS else MAX_COUNT[unit]
        r = rng.random()
        return rng.randint(1, min(top, 5 if r < 0.5 else 12 if r < 0.85 else top))

    def _counted(self, rng: random.Random) -> tuple[str, str, str]:
        # counts of days, weeks, months, years and the clock's units are what people write ("3 days
        # ago", "in 2 hours"); counts of a weekday ("in 2 Fridays") are CLDR's, rarely written: the
        # seven weekdays together weigh one unit (they were half of the counted rows, "3 days ago" 1.4%)
        unit = rng.choices(self.counted, [1 if u in WEEKDAY_UNITS else 7 for u in self.counted])[0]
        entry = self.words[unit]
        direction = rng.choice([d for d in ("past", "future") if any(entry.get(d, {}).values())])
        count = self._count(unit, rng)
        by_category = {c: ps for c, ps in entry[direction].items() if ps}
        category = next(c for c in (self.plural(count), "other", *sorted(by_category)) if c in by_category)
        if category != self.plural(count) and category in _ONE_CATEGORY_COUNTS:
            count = _ONE_CATEGORY_COUNTS[category]  # only a category of one count is left: write that count
        # a pattern that says its count ("قبل يومين", "минуту назад") is for that count alone
        patterns = [p for p in by_category[category] if "{0}" in p or _ONE_CATEGORY_COUNTS.get(category) == count]
        if not patterns:  # the category's patterns all say a count of their own: write that one
            patterns, count = by_category[category], _ONE_CATEGORY_COUNTS.get(category, count)
        pattern = rng.choice(patterns)
        kind = "weekday" if unit in WEEKDAY_UNITS else unit
        written, how = str(count), ""
        wide = pattern == patterns[0] and "{0}" in pattern
        if count in self.count_words and wide and rng.random() < 0.3:
            written, how = self.count_words[count], "-words"
        elif count == 1 and self.lang == "en" and wide and unit not in WEEKDAY_UNITS and rng.random() < 0.5:
            written, how = ENGLISH_ONE.get(unit, "a"), "-words"  # "a day ago", "in an hour"
        text = pattern.replace("{0}", written)
        week_based = unit in WEEKDAY_UNITS and _week_based_pattern(self.all_words, pattern, direction, self.days.get(unit))
        return (f"rel-{direction}-{kind}{how}", text,
                count_form(unit, -count if direction == "past" else count, week_based))

    def _english(self, rng: random.Random) -> tuple[str, str, str]:
        if rng.random() < 0.3:
            form_id, text, form = rng.choice(ENGLISH_NAMES)
            day = rng.randrange(7)
            return (f"rel-{form_id}", text.replace("{weekday}", ENGLISH_WEEKDAYS[day]),
                    form.replace("{XX}", WEEKDAYS[day]))
        form_id, pattern, sign, units = rng.choice(ENGLISH_FREE)
        unit = rng.choice(units)
        # weekdays counted from two ("3 Fridays from now"): "a Friday from now" is no way to say next Friday
        count = rng.randint(2, MAX_WEEKDAY_COUNT) if unit in WEEKDAY_UNITS else self._count(unit, rng)
        if count == 1:
            written = ENGLISH_ONE.get(unit, "a") if rng.random() < 0.6 else "one"
        else:
            written = self.count_words.get(count, str(count)) if rng.random() < 0.3 else str(count)
        text = pattern.replace("{0}", written).replace("{unit}", ENGLISH_UNIT_NAMES[unit][count != 1])
        return f"rel-{form_id}-{unit}", text, count_form(unit, sign * count)


# --- the witness: the relative phrases a text writes, and the forms each stands for ---------------

# scripts written without spaces between words; Korean, whose particles join the word before, takes
# no boundary after a word (어제는) but one before it (재작년 is no 작년)
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# a count is a whole number of at most six digits: not the end of a longer one, a decimal, a range
# ("2.5", "12-3") or a word ("veertien": no "tien")
_COUNT_START = r"(?<![0-9.,\-])(?<![^\W\d_])"
_DIGITS = r"(?<![0-9])[0-9]{1,6}(?![0-9])"
_ONE_CATEGORY_COUNTS = {"zero": 0, "one": 1, "two": 2}  # a pattern that says its count: "قبل يومين"
SHORT_NAME = 4  # without a language, a Latin name of fewer letters (Hungarian "ma", Nynorsk "no") is no witness
_LATIN = re.compile(r"[a-z\u00c0-\u024f]*")
# Marks people leave out, in the scripts whose readers still know the word without them: a letter
# of the table written without its accent, hamza, vowel or cantillation mark matches, one with
# another mark does not (Vietnamese "bảy", seven, is no "bây", now)
_MARKS_DROPPED = ("LATIN", "GREEK", "CYRILLIC", "ARABIC", "HEBREW")
_APOSTROPHES = "'’ʼ‘´`"  # "aujourd'hui" as typed, CLDR's "aujourd’hui"
_FOLDED = {**{a: "[" + re.escape(_APOSTROPHES) + "]" for a in _APOSTROPHES}, "ı": "[ıi]"}  # "YARIN" folds to "yarin"
# Words that make a relative phrase say another date: fractions ("half an hour ago") and, in texts
# that write Chinese or Japanese, numerals (三年前的今天: today three years ago)
FRACTIONS = frozenset("half halb halbe halben halbes demi demie medio media meio meia mezzo mezza mezz "
                      "quarter quart cuarto quarto viertel pół пол половиной полтора חצי نصف".split())
_CJK_NUMERALS = re.compile(r"[一二三四五六七八九十两兩百千]")


def unspaced(text: str) -> bool:
    """Whether a text writes a character of a script written without spaces between words."""
    return _UNSPACED.search(text) is not None


def _bounded(piece: str, regex: str) -> str:
    """`regex` of `piece` with word boundaries where its ends are letters of a spaced script."""
    left = "(?<![^\\W\\d_])" if piece[:1].isalpha() and not _UNSPACED.match(piece[:1]) else ""
    right = ("(?![^\\W\\d_])" if piece[-1:].isalpha() and not _UNSPACED.match(piece[-1:])
             and not _HANGUL.match(piece[-1:]) else "")
    return left + regex + right


def _unmarked(char: str, scripts: tuple[str, ...] = _MARKS_DROPPED) -> str:
    """A letter without its marks, where its script's readers leave them out (`scripts`); else the letter."""
    if char.isascii():
        return char
    parts = unicodedata.normalize("NFD", char)
    if unicodedata.name(parts[0], "").startswith(scripts):
        return "".join(c for c in parts if not unicodedata.combining(c))
    return char


# Frames that say which of a weekday's two readings (`relative.meanings`) they mean: English "this
# coming Friday" is the first after today
_COUNTED_FROM_TODAY = {"en": ("this coming ",)}


def counted_from_today(phrase: str, lang: str | None) -> bool:
    """Whether a weekday's relative phrase (normalised) is said of the one counted from today, in
    `lang` (any language for None): "this coming Friday" is the first Friday after today."""
    key = plain(phrase)
    return any(key.startswith(frame) for language, frames in _COUNTED_FROM_TODAY.items()
               if lang in (None, language) for frame in frames)


def plain(text: str) -> str:
    """A normalised text without the marks people leave out (`_MARKS_DROPPED`), its apostrophes
    one and a dotless i dotted: the key two spellings of a phrase share."""
    if text.isascii():
        return text.replace("`", "'")
    text = "".join(c for c in unicodedata.normalize("NFC", text) if not _left_out(c))
    return "".join(_unmarked(c) for c in text).translate(_KEYS)


_KEYS = str.maketrans({**{a: "'" for a in _APOSTROPHES}, "ı": "i"})


def _left_out(char: str) -> bool:
    """A mark of its own (Arabic tanwin, Hebrew points) that people leave out."""
    return unicodedata.combining(char) > 0 and unicodedata.name(char, "").startswith(("ARABIC", "HEBREW"))


def _loose(literal: str) -> str:
    """A regex of a normalised literal that also matches it as people write it: a marked letter
    written without its mark, a mark of its own left out, any apostrophe, a space between Korean
    words left out ("7일전", "저번주")."""
    out = []
    literal = unicodedata.normalize("NFC", literal)
    for at, char in enumerate(literal):
        if char == " " and _HANGUL.match(literal[at - 1:at]) and _HANGUL.match(literal[at + 1:at + 2]):
            out.append(r"\s*")
        elif char in _FOLDED:
            out.append(_FOLDED[char])
        elif _left_out(char):
            out.append(f"(?:{re.escape(char)})?")
        elif (bare := _unmarked(char)) != char:
            out.append(f"(?:{re.escape(char)}|{re.escape(bare)})")
        else:
            out.append(re.escape(char))
    return "".join(out)


@functools.cache
def _languages(lang: str) -> tuple[str, ...]:
    """The table's locales of `lang`."""
    return tuple(name for name in _table()["locales"] if name.split("_")[0] == lang)


@functools.cache
def number_words(lang: str | None) -> frozenset[str]:
    """The words of the numbers 1-99 (one by one: "twenty", "two") in `lang`, every language's for
    None, as `plain` writes them: the table's (num2words), and the count words and tens the witness
    reads in the languages it has not (`_WITNESSED_COUNTS`, `_TENS`)."""
    numbers = _table()["numbers"]
    words = {w for language, found in numbers.items() if lang in (None, language) for w in found}
    words |= {w for language, counts in _WITNESSED_COUNTS.items() if lang in (None, language)
              for spelled in counts.values() for w in spelled if not _UNSPACED.search(w)}
    words |= {w for language, tens in _TENS.items() if lang in (None, language) for w in tens.split()}
    return frozenset(plain(normalize_text(w)) for w in words)


@functools.cache
def vocabulary(lang: str | None) -> frozenset[str]:
    """The words (`plain`, four letters or more, and the units' nouns of `_COUNTED` whatever their
    length: "mes", "año") of `lang`'s relative phrases, every language's for None: one of them left
    beside a phrase says more than the phrase ("a week from tomorrow", "el último viernes del mes").
    With a language, the words of three letters of its CLDR counts too (Asturian "hai {0} añu":
    "l'añu pas el mes pasáu" is a year and a month ago, not last month); without one, such short
    words are too often another language's ("for", "hai")."""
    nouns = {plain(normalize_text(word)) for language, table in _COUNTED.items() if lang in (None, language)
             for entry in table["units"].values() for words in entry for word in _alternatives(words)
             if " " not in word and len(word) >= 3}
    if lang is not None:
        nouns |= {word for locale in _languages(lang) for entry in _table()["locales"][locale].values()
                  for part in ("past", "future") for strings in entry.get(part, {}).values() for string in strings
                  for word in _words_of(plain(normalize_text(string.replace("{0}", " "))))
                  if len(word) == 3 and not _UNSPACED.search(word)}
    return frozenset(word for word, languages in _languages_of_words().items()
                     if len(word) >= 4 and not _UNSPACED.search(word) and (lang is None or lang in languages)) | nouns


@dataclass(frozen=True)
class _Pattern:
    source: str  # the regex of the whole phrase, its count (if it writes one) in group "n"
    key: str  # `_key` of the phrase's words: no text without it holds the phrase
    unit: str
    sign: int
    language: str
    categories: frozenset[str]
    week_based: bool

    @functools.cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.source)


@dataclass(frozen=True, eq=False)  # hashed as itself, for `_finder`'s cache
class _Index:
    """Every relative phrase of a language and what each stands for: the alternatives of the regex
    that finds them, leftmost and longest first, each with its `_key`, so that a text is searched
    with those of its words only (`_finder`: compiling a language's every phrase at once took the
    first relative text of a process a second)."""

    alternatives: tuple[tuple[str, str], ...]  # (key, regex), longest phrase first
    names: dict[str, frozenset[str]]  # plain name -> its forms
    patterns: tuple[_Pattern, ...]
    counts: dict[str, int]  # plain count word -> its count

    def finder(self, text: str) -> re.Pattern:
        """The regex of the alternatives whose keys a normalised text holds (`plain`)."""
        key = plain(text)
        return _finder(self, tuple(i for i, (k, _) in enumerate(self.alternatives) if k in key))

    def patterns_of(self, phrase: str) -> list[_Pattern]:
        """The patterns whose keys a phrase holds."""
        key = plain(phrase)
        return [pattern for pattern in self.patterns if pattern.key in key]


@functools.lru_cache(maxsize=1024)
def _finder(index: _Index, chosen: tuple[int, ...]) -> re.Pattern:
    return re.compile("|".join(index.alternatives[i][1] for i in chosen) or "(?!)")


def _key(phrase: str) -> str:
    """The longest word of a normalised phrase (a pattern's without its count), as `plain` writes it:
    every text that holds the phrase, however its marks and apostrophes are written, holds it."""
    return max(sorted(_words_of(plain(phrase))), key=len, default="")  # of equals, the first in order


@functools.cache
def _locales_apart(lang: str) -> tuple[tuple[dict, dict], ...]:
    """The relative words and weekday names (`locale_words`, `_day_names`) of `lang`'s locales, each
    distinct pair once, in the locales' order: the phrases of a language are read from these (115
    English locales write 8)."""
    pairs: dict[str, tuple[dict, dict]] = {}
    for locale in _languages(lang):
        words, days = locale_words(locale) or {}, _day_names(locale)
        pairs.setdefault(json.dumps([words, days], sort_keys=True, ensure_ascii=False, default=sorted), (words, days))
    return tuple(pairs.values())


def _name_readings(lang: str) -> dict[str, frozenset[str]]:
    """Each name (normalised) of `lang` -> the forms it stands for, over the language's locales:
    a name of two dates (Hindi "कल") stands for both."""
    readings: dict[str, set[str]] = {}
    for words, days in _locales_apart(lang):
        for _, name, form in names_and_forms(words, days):
            readings.setdefault(normalize_text(name), set()).add(form)
    if lang == "en":
        for _, text, form in ENGLISH_NAMES:
            for day, weekday in zip(WEEKDAYS, ENGLISH_WEEKDAYS):
                readings.setdefault(normalize_text(text.replace("{weekday}", weekday)), set()).add(form.replace("{XX}", day))
    return {name: frozenset(forms) for name, forms in readings.items()}


def _misspelled(pattern: str, lang: str) -> list[str]:
    """`pattern` and its common misspellings (`_MISSPELLINGS`)."""
    return [pattern, *(pattern.replace(right, wrong) for right, wrong in _MISSPELLINGS.get(lang, ()) if right in pattern)]


@functools.cache
def _index(lang: str) -> _Index:
    names = _name_readings(lang)
    written = {normalize_text(w): n for n, w in count_words(lang).items()}
    written.update({normalize_text(w): n for n, words in _WITNESSED_COUNTS.get(lang, {}).items() for w in words})
    if lang == "en":
        written.update({"a": 1, "an": 1, "one": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a pair of": 2})
    counts = {plain(w): n for w, n in written.items()}
    found: dict[tuple, set[str]] = {}
    for words, days in _locales_apart(lang):
        for unit, entry in words.items():
            if count_form(unit, 1) is None:
                continue
            for direction in ("past", "future"):
                for category, patterns in entry.get(direction, {}).items():
                    for pattern in patterns:
                        week_based = unit in WEEKDAY_UNITS and _week_based_pattern(words, pattern, direction,
                                                                                   days.get(unit))
                        for spelled in _misspelled(pattern, lang):
                            found.setdefault((spelled, unit, -1 if direction == "past" else 1, week_based), set()).add(category)
    if lang == "en":
        for _, pattern, sign, units in ENGLISH_FREE:
            for unit in units:
                for category, noun in zip(("one", "other"), ENGLISH_UNIT_NAMES[unit]):
                    found.setdefault((pattern.replace("{unit}", noun), unit, sign, False), set()).add(category)
    words_of_counts = sorted(written, key=len, reverse=True)
    # a count word is a word of its own: "in an hour", but no "an" + "y" in "in any"
    count = "(?:" + _DIGITS + "".join("|" + _bounded(w, _loose(w).replace("\\ ", "\\s+")) for w in words_of_counts) + ")"
    about = "".join(_bounded(w, _loose(w).replace("\\ ", "\\s+")) + r"\s*|" for w in map(normalize_text, _ABOUT.get(lang, ())))
    about = f"(?:{about[:-1]})?" if about else ""  # "il y a environ 23 heures"
    patterns, alternatives = [], [(len(n), _key(n), _bounded(n, _loose(n))) for n in names]
    for (pattern, unit, sign, week_based), categories in found.items():
        parts = [normalize_text(part) for part in pattern.split("{0}")]
        if len(parts) > 2:
            continue
        piece = "0".join(parts)
        # a count that starts the phrase is a whole number: not the end of a longer one ("12-3 j")
        body = _loose(parts[0])
        if len(parts) == 2:  # the count, with the spaces beside it that the pattern writes a word beside
            body += ((r"\s*" if parts[0] else _COUNT_START) + about
                     + count.replace("(?:", "(?P<n>", 1) + (r"\s*" if parts[1] else "") + _loose(parts[1]))
        if parts[0] and not parts[0][0].isalpha():  # "-{0} j": not after a number ("12-3 j")
            body = "(?<![0-9.,])" + body
        key = _key(" ".join(parts))
        patterns.append(_Pattern(_bounded(piece, body), key, unit, sign, lang, frozenset(categories), week_based))
        alternatives.append((len(piece), key, _bounded(piece, body.replace("(?P<n>", "(?:"))))
    alternatives.sort(key=lambda a: -a[0])
    return _Index(tuple((key, regex) for _, key, regex in alternatives),
                  {_name_key(name): forms for name, forms in names.items()}, tuple(patterns), counts)


def _name_key(name: str) -> str:
    """A name as `_Index.names` keys it: `plain`, without spaces between Korean words (다음 주, 다음주)."""
    return re.sub(r"(?<=[\uac00-\ud7af])\s+(?=[\uac00-\ud7af])", "", plain(name))


def _forms_of(index: _Index, phrase: str) -> frozenset[str]:
    """The forms a phrase the index found stands for (only those a form can write)."""
    forms = set(index.names.get(_name_key(phrase), ()))
    for pattern in index.patterns_of(phrase):
        found = pattern.regex.fullmatch(phrase)
        if found is None:
            continue
        written = found.groupdict().get("n")
        if written is None:
            number = next((_ONE_CATEGORY_COUNTS[c] for c in sorted(pattern.categories) if c in _ONE_CATEGORY_COUNTS),
                          None)
        else:
            number = int(written) if written.isdigit() else index.counts.get(plain(" ".join(written.split())))
        if number:
            forms.add(count_form(pattern.unit, pattern.sign * number, pattern.week_based))
    return frozenset(form for form in forms if form and parse(form) is not None)


@functools.cache
def _languages_of_words() -> dict[str, frozenset[str]]:
    """Each word (`plain`) of a relative phrase (a character, in scripts written without spaces) ->
    the languages that write it: without a language, a text is read in the languages of its words.
    A phrase another language writes as English does is CLDR's English, which that language's
    locales fall back to (Afar "tomorrow"): its words are English's alone, so that "tomorrow" is
    looked for in English, not in 105 languages."""
    locales = _table()["locales"]
    english = {string for locale, words in locales.items() if locale.split("_")[0] == "en"
               for entry in words.values() for part in ("names", "past", "future")
               for strings in entry.get(part, {}).values() for string in strings}
    found: dict[str, set[str]] = {}
    words_of: dict[str, set[str]] = {}  # a string's words: the locales of a language share most strings
    for locale, words in locales.items():
        language = locale.split("_")[0]
        for entry in _in_use(language, words).values():  # the table's own words: no Babel needed
            for strings in (*entry.get("names", {}).values(), *entry.get("past", {}).values(),
                            *entry.get("future", {}).values()):
                for string in strings:
                    if language != "en" and string in english:
                        continue
                    if string not in words_of:
                        words_of[string] = _words_of(plain(normalize_text(string.replace("{0}", " "))))
                    for word in words_of[string]:
                        found.setdefault(word, set()).add(language)
    for language, frames in _WEEKDAY_FRAMES.items():  # "komende", "que vem": the weekdays' names are Babel's
        for pattern in (p for patterns in frames.values() for p in patterns):  # a pair: both words
            for word in _words_of(plain(normalize_text(" ".join(_alternatives(pattern)).replace("{}", " ")))):
                found.setdefault(word, set()).add(language)
    for _, text, *_ in (*ENGLISH_NAMES, *ENGLISH_FREE):
        for word in _words_of(normalize_text(text.replace("{0}", " ").replace("{weekday}", " ").replace("{unit}", " "))):
            found.setdefault(word, set()).add("en")
    for noun in (n for pair in ENGLISH_UNIT_NAMES.values() for n in pair):
        found.setdefault(noun, set()).add("en")
    return {word: frozenset(languages) for word, languages in found.items()}


def _words_of(text: str) -> set[str]:
    """The words of a text and, in scripts written without spaces, its characters."""
    return {*re.findall(r"[^\W\d_]+", text), *_UNSPACED.findall(text)}


# Characters that make a Chinese or Japanese relative word one step further, in words CLDR lacks:
# 再来週 (the week after next: 来週 next week), 大后天 (in three days: 后天), 上上周, 先々週
CJK_FURTHER = frozenset("再大上下先々")


def _phrases_in(text: str, lang: str) -> list[tuple[int, int, frozenset[str]]]:
    index = _index(lang)
    return [(m.start(), m.end(), forms) for m in index.finder(text).finditer(text)
            if not (m.start() and text[m.start() - 1] in CJK_FURTHER and _UNSPACED.match(m.group()))
            and not _inside_a_word(text, m.start(), m.end()) and (forms := _forms_of(index, m.group()))]


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether the phrase found at text[start:end] begins after a mark on a letter or ends before
    one, inside a word (Ngomba "Pɛ́nɛ́pfúꞋú", September, holds no "nɛ"): the phrases' word
    boundaries see letters only. The marks people add or leave out (Arabic and Hebrew points:
    "أمسِ", "غداً") are the phrase's own."""
    def marked(char: str) -> bool:
        return unicodedata.category(char).startswith("M") and not _left_out(char)

    return (start > 0 and marked(text[start - 1])) or (end < len(text) and marked(text[end]))


def languages_in(text: str) -> list[str]:
    """The languages that write a word of the normalised `text` (`_languages_of_words`), sorted."""
    table = _languages_of_words()
    return sorted(set().union(*(table.get(word, ()) for word in _words_of(plain(text)))))


def relative_phrases(text: str, lang: str | None = None) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, forms) of each relative phrase of the normalised `text` in the words of `lang`,
    leftmost first and each the longest that starts there ("the day after tomorrow", not its
    "tomorrow"; "avant-hier", not its "hier"), as people write it (`_loose`); a phrase of two forms
    or more says two dates (Hindi "कल", yesterday and tomorrow). Without a language, those of every
    language that writes a word of the text, a phrase languages read otherwise standing for all
    their readings ("через 3 год": Russian in 3 years, Ukrainian in 3 hours); but no name of fewer
    than `SHORT_NAME` Latin letters in another language than English (Hungarian "ma", today;
    Nynorsk "no", now), which are words of other languages too."""
    if lang is not None:
        return _phrases_in(text, lang)
    languages = languages_in(text)
    spans: dict[tuple[int, int], set[str]] = {}
    for language in languages:
        for start, end, forms in _phrases_in(text, language):
            letters = re.sub(r"[\W\d_]", "", text[start:end])
            if language != "en" and len(letters) < SHORT_NAME and _LATIN.fullmatch(letters):
                continue
            spans.setdefault((start, end), set()).update(forms)
    found, end_of_last = [], -1
    for (start, end), forms in sorted(spans.items(), key=lambda span: (span[0][0], -span[0][1])):
        if start >= end_of_last:  # leftmost, then longest; none inside another
            found.append((start, end, frozenset(forms)))
            end_of_last = end
    return found


def counts_in_digits(text: str, lang: str | None = None) -> str | None:
    """The normalised `text` with the count of its first relative phrase, written in words the
    witness reads ("trzy tygodnie temu", "prije dvije godine", "三年前"), written in digits ("3
    tygodnie temu"), which the network reads in every language; None when that count is no word.
    The words are the witness's own (`_WITNESSED_COUNTS`, CLDR's counts), so the phrase says the same
    form either way."""
    phrases = relative_phrases(text, lang)
    if not phrases:
        return None
    start, end, _ = phrases[0]
    phrase = text[start:end]
    for language in [lang] if lang is not None else languages_in(phrase):
        index = _index(language)
        for pattern in index.patterns_of(phrase):
            found = pattern.regex.fullmatch(phrase)
            written = found and found.groupdict().get("n")
            if written and not written.isdigit() and (number := index.counts.get(plain(" ".join(written.split())))):
                return text[:start + found.start("n")] + str(number) + text[start + found.end("n"):]
    return None


# Words that make the day a phrase says no answer: a negation ("not tomorrow", "pas demain") or a
# bound of a span ("till tomorrow", "depuis hier", "明日まで"), by language; in scripts written without
# spaces, strings found anywhere beside the phrase
_NOT_THAT_DAY = {
    "en": "not never till til until since up", "fr": "pas jamais jusqu jusque depuis", "es": "no nunca hasta desde",
    "pt": "não nao nunca até ate desde", "it": "non mai fino", "de": "nicht nie bis seit", "nl": "niet nooit tot sinds",
    "pl": "nie do od", "ru": "не до с со", "uk": "не до з", "tr": "değil kadar beri", "sv": "inte till sedan",
    "da": "ikke indtil siden", "nb": "ikke til siden", "ko": "말고 아니 까지 부터", "zh": "不 到 从 自 至 直到",
    "ja": "まで から ない",
}


@functools.cache
def _not_that_day(lang: str | None) -> tuple[frozenset[str], tuple[str, ...]]:
    """`_NOT_THAT_DAY` of `lang` (every language's for None), as `plain` words and as strings of
    scripts written without spaces."""
    found = {plain(normalize_text(w)) for language, words in _NOT_THAT_DAY.items() if lang in (None, language)
             for w in words.split()}
    return frozenset(w for w in found if not _UNSPACED.search(w)), tuple(w for w in found if _UNSPACED.search(w))


def says_more(rest: str, lang: str | None) -> bool:
    """Whether what a text writes beside its relative phrase says more than the phrase: a digit, a
    number or a fraction word ("half an hour ago"), a word of the language's relative phrases ("a
    week from tomorrow", "past Monday"), a Chinese numeral (三年前的今天), a negation or the bound of
    a span (`_NOT_THAT_DAY`: "not tomorrow", "till tomorrow", "明日まで")."""
    if any(c.isdigit() for c in rest) or (_UNSPACED.search(rest) and _CJK_NUMERALS.search(rest)):
        return True
    words, strings = _not_that_day(lang)
    if any(string in rest for string in strings):
        return True
    found = {plain(w) for w in re.findall(r"[^\W\d_]+", rest)}
    return not found.isdisjoint(number_words(lang) | FRACTIONS | vocabulary(lang) | words)


def only_relative(ev, phrases: list[tuple[int, int, frozenset[str]]], lang: str | None = None) -> bool:
    """Whether a text (its `Evidence`) that writes the relative `phrases` (`relative_phrases` of its
    `written`) names no date beside them: outside them no month named in any language (in a word
    or inside one: Hebrew "היום, 3 במאי" is 3 May) and at most one number ("posted 3 days ago,
    2019": a bare year is no date); in `lang`, no month named by its own names (Bambara "now 2014"
    is November 2014, not "now"), and in any language none by a name of several words (Muscogee
    "hiyo rakko 1953", August, whose "hiyo" is "now"). Whatever else a date model read from such a
    text is no date it writes (Danish "7 dage siden", 7 days ago, holds no 7 August)."""
    from datenorm.clock import without_clock
    from datenorm.months import names_a_month_in_words, names_a_month_loosely

    if (lang is not None and ev.months.named(lang, own_only=True)) or names_a_month_in_words(ev.months):
        return False
    outside = ev.written
    for start, end, _ in reversed(phrases):
        outside = outside[:start] + " " + outside[end:]
    outside = without_clock(outside)
    return len(re.findall(r"\d+", outside)) <= 1 and not names_a_month_loosely(outside)


def witnessed(text: str, form: str, lang: str | None = None) -> bool:
    """Whether the normalised `text` says `form` in one phrase of its own (`relative_phrases`)."""
    return any(form in forms for _, _, forms in relative_phrases(text, lang))
