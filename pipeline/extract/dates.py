"""Date expressions in the sentences of relations articles, as EDTF (ISO 8601-2) values.

Absolute dates ("9 April 1976", "April 19, 1949", "Sept. 3, 2001", "October 2007", "late 2016",
"the 1990s", "In the 13th century"), ranges ("From 1967 to 1991", "3–5 March 2019", "(1947–1991)",
"during 1943 and 1944", "from 1989 until his death in 2006"), and dates resolved
against the date stated before them: relative ones ("the following year", "two years later",
"in October of that year") and days or months without a year ("on 24 June", "in May").

A year standing alone counts only in a date context: after a preposition ("in 1922", "the
revolution of 1952"), in parentheses, at the start of the sentence, or listed after another
date ("in 2022 and 2023"). Numbers and years that are part of names ("Agenda 2030", "the
2016 Summer Olympics", "the 1920 act") are left out. A month alone needs a preposition too
("in May", not "Theresa May").

No input raises, and the work is linear in the length of the text: every look-back is a
bounded window.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, NamedTuple

import edtf

PRECISIONS = ("day", "month", "year", "decade")

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_MONTH_NUMBERS = {name[:3]: number for number, name in enumerate(MONTHS, 1)}
"""By the first three letters, which also key the abbreviations ('Sept.', 'Apr.')."""
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}

# An abbreviated month ('Apr.', 'Sept') counts only before a day or a year, or after a day
# ('30 Jul to 1 Aug 2024'): 'Jan' is a name too.
ABBREVIATED_MONTHS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_MONTH = "(?:" + "|".join(MONTHS) + rf"|{ABBREVIATED_MONTHS}\.?(?=\s+\d)|(?<=\d\s){ABBREVIATED_MONTHS}\b\.?)"
_COUNT = "(?:" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + r"|\d{1,2})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1\d{3}|20\d{2})"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
"""'the 5th of May 1999', 'May 5th, 1999'."""
# "early", "mid-", "late", seasons and "the end of": the date stays at month or year precision.
_QUALIFIER = (
    r"(?i:(?:early|mid|late)(?:-|\s+)"
    r"|(?:(?:spring|summer|autumn|fall|winter)(?:\s+of)?|(?:end|beginning|start)\s+of)\s+)"
)

ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = "(?i:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"
"""Months in Roman numerals, as some European styles write a date ('12.viii.2008', '5.III.1994')."""

_ATOM_FIRST = r"(?=[0-9JFMASOND]|(?i:[abeflmsw]))"
"""What an atom starts with: a digit, a month's capital, or the first letter of a qualifier ('early', 'mid',
'late', a season, 'end', 'beginning', 'start'). Tested first, it spares most words the many alternatives."""

_ATOM_RE = re.compile(
    rf"""(?<![\w$£€.,]){_ATOM_FIRST}
    (?:
        (?P<num_day>{_DAY})\.(?P<num_month>0?[1-9]|1[0-2]|{_ROMAN_MONTH})\.(?P<num_year>{_YEAR})
      | (?P<iso_year>{_YEAR})-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>0[1-9]|[12]\d|3[01])
      | (?P<day>{_DAY})(?:{_ORDINAL_SUFFIX}?(?:\s+of)?\s+(?P<day_month>{_MONTH})(?:,?\s+(?:of\s+)?(?P<day_year>{_YEAR}))?
                          |,\s+(?P<range_end_year>{_YEAR})|{_ORDINAL_SUFFIX}(?=\s*[–—-]|\s+(?:to|and|until)\s))?
      | {_QUALIFIER}?(?P<month>{_MONTH})(?:\s+(?P<month_day>{_DAY}){_ORDINAL_SUFFIX}?(?!\d))?(?:,?\s+(?:of\s+)?(?P<month_year>{_YEAR}))?
      | {_QUALIFIER}?(?P<decade>(?:1\d|20)\d0)s
      | (?P<qualifier>{_QUALIFIER})?(?P<year>{_YEAR})(?:[–-](?P<short_end>\d\d)(?!\d))?
    )
    (?![\w%]|[.,]\d)""",
    re.VERBOSE,
)
"""A date or a part of one: '9 April 1976', '09.04.1976', '1976-04-09', 'the 9th of April 1976', 'April 19, 1949', 'October 2007',
'the August of 2016', '1990s', '1974', '2019–20'; and range starts or ends ('3', '9th', '30 April', 'March', 'April 19', '21, 2019')."""

ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)
_CENTURY_RE = re.compile(
    rf"(?i:\b(?:in|during)\s+the\s+){_QUALIFIER}?(?P<ordinal>(?:1\d|20|[2-9])(?:st|nd|rd|th)|(?i:{'|'.join(ORDINAL_WORDS[::-1])}))"
    r"(?:\s+|-)century\b",
)
"""'In the 13th century', 'During the early twentieth century': the hundred years of the century
(1200/1299), only where they open the sentence or a clause, as the time of what follows; later
in a clause a century tells a background ('traced back to ... in the 15th century'). The present
century is left out: 'a partnership in the 21st century' is no date."""
_OPENS_CLAUSE_RE = re.compile(r"(?:^|[,;:]|\band)[\s\"'“‘(\[]*\Z")
_RANGE_SEP_RE = re.compile(
    r"\s*[–—-]\s*|\s+(?P<word>to|until|till|through|and)\s+(?:the\s+)?"
    r"|\s+(?P<until_end>until|till|to)\s+(?:his|her|its|their|the)\s+[a-z]+\s+(?:in|on)\s+",
    re.IGNORECASE,
)
"""Between the bounds of a range; the end may be told by what ended it ('from 1989 until his death in 2006')."""
_RANGE_OPENER_RE = re.compile(r"\b(?P<opener>from|between|during)\s+\Z", re.IGNORECASE)
_OPENERS_OF_SEP = {"and": {"between", "during"}, "to": {"from"}, "until": {"from"}, "till": {"from"}, "through": {"from"}}
"""'between 1949 and 1953', 'during 1943 and 1944', 'from 1940 to 1946'."""
_YEAR_CUE_RE = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|before|after|of|through|throughout|around"
    r"|circa|year|between|born|died|as\s+(?:early|late)\s+as|as\s+of|back\s+to)|\bca?\.|[–—|])\s+\Z",
    re.IGNORECASE,
)
_MONTH_CUE_RE = re.compile(
    r"\b(?:in|on|since|until|till|by|during|from|before|after|of|through|throughout)\s+\Z",
    re.IGNORECASE,
)
_NOT_PARTIAL_CUE_RE = re.compile(r"\b(?:the|by|before|until|till)\s+\Z", re.IGNORECASE)
"""A day without its year after 'the' is a name ('the September 11 attacks'); after 'by' or
'until', a deadline ('ordered to leave by 2 May'), not the date of what is told."""
_SINCE_RE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
"""'the first leader to go there since 1998; the next day ...': a date after 'since' tells how
long a state lasted, not the time that later relative dates count from."""
_CUE_WINDOW = 24
"""How far before a date its cue word ('from', 'as early as') is looked for."""
_LIST_GAP_RE = re.compile(r",\s*|,?\s+(?:and|or)\s+")
_SENTENCE_START_RE = re.compile(r"[\s\"'“‘(\[]*(?:The\s+)?")
"""Before a year that opens the sentence: '1994 saw ...', 'The 2013 exercise involved ...'."""
_NAME_AFTER_RE = re.compile(r"\s+[A-Z]")
_ENTRY_LABEL_RE = re.compile(r"\s*[:–—]\s")
"""After a month that labels a chronology's entry: 'May: Australia suspended ...'."""

_RELATIVE_RE = re.compile(
    rf"""\b(?=\w)(?:  # every expression starts a word: the ends of words are not tried
        (?:(?P<month_day>{_DAY}){_ORDINAL_SUFFIX}?(?:\s+of)?\s+)?(?P<month>(?-i:{_MONTH}))(?:\s+(?P<day_month>{_DAY})(?!\d))?,?\s+
        (?:of\s+)?(?:the\s+)?(?P<month_of>following|next|same|that|previous|preceding)\s+year
      | (?:(?:later|earlier)\s+)?(?:the\s+)?(?:same|that)\s+(?P<same>year|month|week|day)
      | (?:the\s+)?same\s+(?P<same_date>date)
      | (?:later\s+)?(?:the\s+)?(?:same|that)\s+(?P<same_day>evening|night|morning|afternoon)
      | the\s+(?:following|next)\s+(?P<next_day>evening|night|morning|afternoon)
      | at\s+the\s+(?P<same_time>same\s+time)
      | (?:(?P<on_day>on)\s+)?the\s+(?P<nth_day>first|second|third|fourth|fifth|sixth|last|final|closing)\s+day
        (?:\s+of\s+(?:the|his|her|their|its)\s+(?:[a-z]+\s+)?(?:visit|trip|tour|stay|meeting|summit|talks|conference|session)
          |(?(on_day)(?!\s+of\b|,)|(?!)))
      | (?:the\s+)?(?P<lone_of>following|next|same|that|previous|preceding)\s+(?P<lone_month>(?-i:{_MONTH}))(?!\s+\d)
      | (?:(?:the\s+)?(?:end|beginning|start|middle|rest)\s+of|later\s+in)\s+the\s+(?P<this>year|month)
      | the\s+(?:following|next)\s+(?P<next>year|month|week|day)
      | the\s+(?:previous|preceding)\s+(?P<previous>year|month|week|day)
      | (?<!more\sthan\s)(?<!over\s)(?<!almost\s)(?<!nearly\s)(?<!about\s)(?<!some\s)(?<!for\s)(?<!within\s)
        (?P<count>{_COUNT})\s+(?P<unit>decade|year|month|week|day)s?\s+
        (?P<direction>later|earlier|afterwards|on(?=\s*[,.;])|(?:after|before)\s+that
          |(?:after|before)(?=\s+(?!(?:{_MONTH})\b)(?P<event>[^\W\d][\w'’-]*(?:\s+[\w'’-]+){{0,4}})))
      | (?:(?:in\s+)?the\s+following\s+
          |(?:in\s+)?the\s+(?=(?:days|weeks)\s+that\s+followed)
          |(?:a\s+few|several|some)\s+(?=(?:days|weeks)\s+(?:later|earlier|afterwards))
        )(?P<vague>days|weeks)(?:\s+that\s+followed|\s+(?:later|earlier|afterwards))?
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_UNIT_OF_VAGUE = {"days": "month", "weeks": "year"}
"""'In the days that followed' stays in the month of the date before; 'a few weeks later' in its year."""
_LAST_DAY_WORDS = ("last", "final", "closing")
"""'On the last day of the visit': the last day of the dated stay; '(on) the second day (of the visit)': the day after its first."""
_STEPS_OF_WORD = {"following": 1, "next": 1, "same": 0, "that": 0, "previous": -1, "preceding": -1}


@dataclass(frozen=True)
class DateMention:
    edtf: str        # EDTF (ISO 8601-2): '1976-04-09', '2007-10', '2008', '199X', '1967/1991', '2013-11-03/2013-11-05', '2010/2012'
    start: date      # first day covered
    end: date        # last day covered
    precision: str   # one of PRECISIONS; for an interval, the precision of its bounds
    char_start: int  # offsets of the matched words within the text passed in
    char_end: int
    relative: bool = False   # True when resolved from an anchor ("the same year", "on 24 June")


class _Point(NamedTuple):
    """A calendar date known to the day, the month, the year or the decade."""

    year: int | None
    month: int | None = None
    day: int | None = None
    decade: bool = False

    @property
    def precision(self) -> str:
        return "decade" if self.decade else "day" if self.day else "month" if self.month else "year"

    def edtf(self) -> str:
        if self.decade:
            return f"{self.year // 10:03d}X"
        return f"{self.year:04d}" + "".join(f"-{part:02d}" for part in (self.month, self.day) if part)

    def bounds(self) -> tuple[date, date]:
        """First and last day covered; ValueError for a day that does not exist or a point
        that lacks its year (or, with a day, its month)."""
        if self.year is None or (self.day and not self.month):
            raise ValueError(f"incomplete date {self}")
        if self.day:
            day = date(self.year, self.month, self.day)
            return day, day
        if self.month:
            days = calendar.monthrange(self.year, self.month)[1]
            return date(self.year, self.month, 1), date(self.year, self.month, days)
        last = self.year + 9 if self.decade else self.year
        return date(self.year, 1, 1), date(last, 12, 31)


class _Atom(NamedTuple):
    start: int
    end: int
    point: _Point
    bare: bool  # a year alone, a date only in a date context
    last: _Point | None = None  # the end of a short year range ('1914–18')
    qualified: bool = False  # 'early', 'spring of', 'the end of' before it


class _Partial(NamedTuple):
    """A day, month or range written without its year ('on 24 June', 'from 2 to 5 May')."""

    start: int
    end: int
    first: _Point
    last: _Point


def _mention(first: _Point, last: _Point, char_start: int, char_end: int, relative: bool = False) -> DateMention | None:
    """The mention from `first` to `last` (the same point for a single date), None if a date does not exist."""
    try:
        start, end = first.bounds()[0], last.bounds()[1]
    except ValueError:
        return None
    if start > end:
        return None
    value = first.edtf() if first == last else f"{first.edtf()}/{last.edtf()}"
    precision = max(first.precision, last.precision, key=PRECISIONS.index)
    return DateMention(value, start, end, precision, char_start, char_end, relative)


def _month_number(name: str | None) -> int | None:
    return _MONTH_NUMBERS.get(name[:3]) if name else None


def _atom(match: re.Match) -> _Atom:
    group = match.group
    qualified = bool(group("qualifier")) or match.start() < match.start("month" if group("month") else 0)
    if group("decade"):
        return _Atom(match.start(), match.end(), _Point(int(group("decade")), decade=True), bare=False)
    numeric = group("num_year") or group("iso_year")
    if numeric:  # '18.10.1973', '2014-05-25'
        month, day = (group("num_month"), group("num_day")) if group("num_year") else (group("iso_month"), group("iso_day"))
        month = int(month) if month.isdigit() else ROMAN_MONTHS.index(month.lower()) + 1
        return _Atom(match.start(), match.end(), _Point(int(numeric), month, int(day)), bare=False)
    year = group("day_year") or group("range_end_year") or group("month_year") or group("year")
    day = group("day") or group("month_day")
    point = _Point(int(year) if year else None, _month_number(group("day_month") or group("month")), int(day) if day else None)
    if group("short_end"):  # '1914–18'; not '2019-05', an ISO month, which is skipped
        last = _Point(point.year // 100 * 100 + int(group("short_end")))
        return _Atom(match.start(), match.end(), point if last.year > point.year else _Point(None), False, last)
    return _Atom(match.start(), match.end(), point, bool(group("year")) and not group("qualifier"), qualified=qualified)


def _cue_before(pattern: re.Pattern, text: str, at: int) -> re.Match | None:
    return pattern.search(text, max(0, at - _CUE_WINDOW), at)


def _range(text: str, a: _Atom, b: _Atom) -> DateMention | _Partial | None:
    """`a` to `b` when the text joins them as a range ('From 3 to 5 November 2013', '1947–1991');
    `a` takes its missing month and year from `b`, `b` its missing month from `a`. Without a
    year ('from 2 to 5 May') the range is partial."""
    sep = _RANGE_SEP_RE.fullmatch(text, a.end, b.start)
    if not sep or a.point.decade or b.point.decade or a.last or b.last:
        return None
    opener = _cue_before(_RANGE_OPENER_RE, text, a.start)
    word = sep["word"] or sep["until_end"]
    whole_days = all(p.year and p.day for p in (a.point, b.point))  # '2014-05-25 to 2014-05-28'
    days = bool(a.point.day and b.point.day) and word is not None  # 'October 19 to 21', '19 and 20 October'
    days = days and (word.lower() != "and" or b.point.day == a.point.day + 1)
    if word and not (whole_days or days) and (not opener or opener["opener"].lower() not in _OPENERS_OF_SEP[word.lower()]):
        return None
    first, last = a.point, b.point
    last_month = last.month or (first.month if last.day else None)
    first_month = first.month or (last_month if first.day else None)
    if (last.day and not last_month) or (first.day and not first_month) or not (last.year or last_month):
        return None
    first = _Point(first.year or last.year, first_month, first.day)
    last = _Point(last.year, last_month, last.day)
    start = opener.start() if opener else a.start
    if last.year is None:
        return None if first.year else _Partial(start, b.end, first, last)
    mention = _mention(first, last, start, b.end)
    return mention if mention and first.bounds()[1] < last.bounds()[0] else None


def _in_date_context(text: str, atom: _Atom, previous: DateMention | None) -> bool:
    """Whether a bare year is used as a date rather than as a number or part of a name."""
    return bool(
        _cue_before(_YEAR_CUE_RE, text, atom.start)
        or (previous and _LIST_GAP_RE.fullmatch(text, previous.char_end, atom.start))
        or (text[atom.start - 1: atom.start] == "(" and text.startswith(")", atom.end))
        or (_SENTENCE_START_RE.fullmatch(text, 0, atom.start) and not _NAME_AFTER_RE.match(text, atom.end))
    )


def _partial(text: str, atom: _Atom) -> _Partial | None:
    """A day and month, or a month after a preposition, alone in brackets ('(June)') or
    labelling an entry ('June: ...'), written without a year."""
    point = atom.point
    if point.year is not None or not point.month or _cue_before(_NOT_PARTIAL_CUE_RE, text, atom.start):
        return None
    bracketed = text[atom.start - 1: atom.start] == "(" and text.startswith(")", atom.end)
    label = atom.start == 0 and _ENTRY_LABEL_RE.match(text, atom.end)
    if point.day or atom.qualified or bracketed or label or _cue_before(_MONTH_CUE_RE, text, atom.start):
        return _Partial(atom.start, atom.end, point, point)
    return None


_ATOM_HINT_RE = re.compile("[0-9]|" + "|".join(MONTHS))
"""What every date atom holds: a digit or a month's full name (a cheap test before _ATOM_RE)."""
_RELATIVE_WORDS = ("year", "month", "day", "date", "week", "decade", "evening", "night", "morning", "afternoon", "same time")
_MONTH_PREFIX_RE = re.compile("|".join(name[:3] for name in MONTHS))


def _may_be_relative(text: str) -> bool:
    """False when _RELATIVE_RE cannot match: it needs a unit word (in any case), "same time" or a month."""
    lowered = text.lower()
    return any(word in lowered for word in _RELATIVE_WORDS) or bool(_MONTH_PREFIX_RE.search(text))


def _absolute_dates(text: str) -> tuple[list[DateMention], list[_Partial]]:
    """Dates with their year, and dates that need one from the context."""
    atoms = [_atom(match) for match in _ATOM_RE.finditer(text)] if _ATOM_HINT_RE.search(text) else []
    found: list[DateMention] = []
    partials: list[_Partial] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if i + 1 < len(atoms) and (joined := _range(text, atom, atoms[i + 1])):
            (partials if isinstance(joined, _Partial) else found).append(joined)
            i += 2
            continue
        i += 1
        if atom.point.year is None:
            if partial := _partial(text, atom):
                partials.append(partial)
            continue
        if atom.bare and not _in_date_context(text, atom, found[-1] if found else None):
            continue  # a number
        if mention := _mention(atom.point, atom.last or atom.point, atom.start, atom.end):
            found.append(mention)
    return sorted(found + _centuries(text), key=lambda mention: mention.char_start), partials


def _centuries(text: str) -> list[DateMention]:
    """Centuries that open a clause, as the interval of their years: '1200/1299' (EDTF '12XX'
    has no precision among PRECISIONS)."""
    found = []
    for match in _CENTURY_RE.finditer(text):
        if not _OPENS_CLAUSE_RE.search(text, max(0, match.start() - _CUE_WINDOW), match.start()):
            continue
        ordinal = match["ordinal"].lower()
        number = int(ordinal[:-2]) if ordinal[0].isdigit() else ORDINAL_WORDS.index(ordinal) + 1
        first = (number - 1) * 100
        if mention := _mention(_Point(first), _Point(first + 99), match.start(), match.end()):
            found.append(mention)
    return found


def _shift(day: date, unit: str, count: int) -> _Point:
    if unit == "year":
        return _Point(day.year + count)
    if unit == "month":
        months = day.year * 12 + day.month - 1 + count
        return _Point(months // 12, months % 12 + 1)
    moved = day + timedelta(days=count)
    return _Point(moved.year, moved.month, moved.day)


def _steps(match: re.Match, reference: DateMention) -> int:
    """How many units a relative expression moves forward (negative: back)."""
    if match["month_of"]:
        return _STEPS_OF_WORD[match["month_of"].lower()]
    if match["lone_month"]:  # "that June": this year; "the following March": the next March
        step, month = _STEPS_OF_WORD[match["lone_of"].lower()], _month_number(match["lone_month"])
        same_year = reference.precision != "year" and (month - reference.end.month) * step > 0
        return 0 if same_year else step  # 'the following March' after a January is that year's
    if match["same"] or match["same_day"] or match["same_date"] or match["this"] or match["vague"]:
        return 0
    if match["next"] or match["next_day"]:
        return 1
    if match["previous"]:
        return -1
    count = _COUNTS.get(match["count"].lower()) or int(match["count"])
    back = match["direction"].lower().startswith(("earlier", "before"))
    return -count if back else count


def _resolve(match: re.Match, reference: DateMention) -> DateMention | None:
    """The relative expression `match` against the date stated before it (its last day)."""
    if match["same_time"]:  # "at the same time": the date before, as precise as it was told
        return replace(reference, char_start=match.start(), char_end=match.end(), relative=True)
    if match["nth_day"]:
        return _day_of_stay(match, reference)
    if match["month"] or match["lone_month"]:
        unit = "year"
    elif match["vague"]:
        unit = _UNIT_OF_VAGUE[match["vague"].lower()]
    elif match["same_day"] or match["next_day"] or match["same_date"]:  # "that evening", "the next morning", "the same date"
        unit = "day"
    else:
        unit = (match["same"] or match["this"] or match["next"] or match["previous"] or match["unit"]).lower()
    if unit == "week":  # "the same week", "two weeks later": told to the month
        return _week(match, reference)
    steps = _steps(match, reference)
    if unit == "decade":  # "a decade later": ten years on, told to the year
        unit, steps = "year", steps * 10
    if PRECISIONS.index(reference.precision) > PRECISIONS.index(unit):
        return None  # "a month later" after a date known only to the year
    base = reference.start if match["same_day"] else reference.end  # 'from 9 to 11 May ... that night': the first
    point = _shift(base, unit, steps)
    if match["month"]:  # "in January the following year", "on 8 May that year"
        day = match["month_day"] or match["day_month"]
        point = point._replace(month=_month_number(match["month"]), day=int(day) if day else None)
    elif match["lone_month"]:
        point = point._replace(month=_month_number(match["lone_month"]), day=None)
    return _mention(point, point, match.start(), match.end(), relative=True)


def _day_of_stay(match: re.Match, reference: DateMention) -> DateMention | None:
    """'The second day of the visit', 'the last day of the meeting': a day of the dated stay before."""
    if reference.precision != "day":
        return None
    word = match["nth_day"].lower()
    day = reference.end if word in _LAST_DAY_WORDS else reference.start + timedelta(days=ORDINAL_WORDS.index(word))
    if day > reference.end and reference.start != reference.end:  # a single day told is the first of the stay
        return None
    point = _Point(day.year, day.month, day.day)
    return _mention(point, point, match.start(), match.end(), relative=True)


def _week(match: re.Match, reference: DateMention) -> DateMention | None:
    """A week before or after a day, or the week of a day or month, as the month it falls in."""
    steps = _steps(match, reference)
    if reference.precision != "day" and (steps or reference.precision != "month"):
        return None
    moved = reference.end + timedelta(weeks=steps)
    point = _Point(moved.year, moved.month)
    return _mention(point, point, match.start(), match.end(), relative=True)


def _complete(partial: _Partial, reference: DateMention) -> DateMention | None:
    """A date without its year, in the year of the date stated before it."""
    if reference.precision == "decade":
        return None
    year = reference.end.year
    first, last = partial.first._replace(year=partial.first.year or year), partial.last._replace(year=year)
    return _mention(first, last, partial.start, partial.end, relative=True)


def _disjoint(spans: list, taken: list[tuple[int, int]]) -> list:
    """The spans (items with .start and .end, in order) that overlap none of `taken` (in order)."""
    kept, i = [], 0
    for span in spans:
        while i < len(taken) and taken[i][1] <= span.start:
            i += 1
        if i == len(taken) or span.end <= taken[i][0]:
            kept.append(span)
    return kept


class _Relative(NamedTuple):
    start: int
    end: int
    match: re.Match


def find_dates(text: str, anchor: DateMention | None = None,
               event_date: Callable[[str], DateMention | None] | None = None) -> list[DateMention]:
    """All date expressions in `text` (one sentence), in order of appearance. Relative
    expressions and dates without a year are resolved against the last date stated before
    them: earlier in the sentence, else `anchor` (the last date stated before this sentence);
    without either they are skipped. 'Two years after <an event>' counts from `event_date` of
    that event's words when it knows it ('after relations began'), else from the date before;
    told in the clause of a date, it glosses that date ('In 2001, ten years after the war')."""
    absolute, partials = _absolute_dates(text)
    matches = _RELATIVE_RE.finditer(text) if _may_be_relative(text) else ()
    relatives = [_Relative(m.start(), m.end(), m) for m in matches]
    relatives = _disjoint(relatives, [(m.char_start, m.char_end) for m in absolute])
    partials = _disjoint(partials, [(r.start, r.end) for r in relatives])
    pending = sorted([*relatives, *partials], key=lambda item: item.start)
    found, reference, i = [], anchor, 0
    for item in pending:
        while i < len(absolute) and absolute[i].char_start < item.start:
            if not _cue_before(_SINCE_RE, text, absolute[i].char_start):
                reference = absolute[i]
            found.append(absolute[i])
            i += 1
        resolved = None
        if _glosses(text, item, found):
            continue  # 'on 20 October 2009, the second day of the visit': the date told again
        event = item.match["event"] if isinstance(item, _Relative) else None
        if event:
            if _in_dated_clause(text, item, [*absolute, *(p for p in pending if not isinstance(p, _Relative))]):
                continue
            base = (event_date(event) if event_date else None) or (found[-1] if found else None)
            resolved = _resolve(item.match, base) if base else None
            if resolved:  # the event's words are the date's: 'a year after A's visit' tells no visit
                resolved = replace(resolved, char_end=item.match.end("event"))
        elif not isinstance(item, _Relative) and (
                year_after := _year_after(text, item, absolute[i] if i < len(absolute) else None)):
            resolved = _complete(item, year_after)  # 'in May B.E. 2506 (1963)': the month of the year told after it
            absolute.remove(year_after)
        elif reference is not None:
            resolved = _resolve(item.match, reference) if isinstance(item, _Relative) else _complete(item, reference)
        if resolved:
            found.append(resolved)
            reference = resolved
    return _without_restated(text, _without_glossed(text, found + absolute[i:]))


def _in_dated_clause(text: str, item: _Relative, dates: list[DateMention | _Partial]) -> bool:
    """A date of its own in the relative expression's clause ('In 2001, ten years after the war';
    'three years after A's trip, in 1998'; '26 May: A, three days after ...'): the expression glosses it."""
    spans = [(d.char_start, d.char_end) if isinstance(d, DateMention) else (d.start, d.end) for d in dates]
    return any(not _CLAUSE_BREAK_RE.search(text, *((end, item.start) if start < item.start else (item.end, start)))
               for start, end in spans)


def _year_after(text: str, item, following: DateMention | None) -> DateMention | None:
    """The common-era year glossed in brackets a few words after a month without one, another
    calendar's year between ('May B.E. 2506 (1963)', 'May of Shōwa 38 (1963)')."""
    if following is None or following.precision != "year" or not 0 < following.char_start - item.end <= 16:
        return None
    gap = text[item.end: following.char_start]
    return following if gap.endswith("(") and not re.search(r"[,;]", gap) else None


_CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


def _without_restated(text: str, found: list[DateMention]) -> list[DateMention]:
    """Drop a relative date that a more precise date later in its clause falls in: 'One year
    later, A paid a visit ... on 9 January 2023' is told by its day."""
    absolute = sorted((d for d in found if not d.relative), key=lambda d: d.char_start)
    starts = [d.char_start for d in absolute]

    def restated(d: DateMention) -> bool:
        brk = _CLAUSE_BREAK_RE.search(text, d.char_end)
        end = brk.start() if brk else len(text)
        later = absolute[bisect_right(starts, d.char_end): bisect_left(starts, end)]
        return any(d.start <= a.start and a.end <= d.end and (a.start, a.end) != (d.start, d.end) for a in later)

    return [d for d in found if not (d.relative and restated(d))]


def _glosses(text: str, item: _Relative | _Partial, found: list[DateMention]) -> bool:
    """A day of a stay in apposition to the date just before it."""
    return (isinstance(item, _Relative) and bool(item.match["nth_day"]) and bool(found)
            and re.fullmatch(r",\s*", text[found[-1].char_end:item.start]) is not None)


_GLOSS_RE = re.compile(r"\s*\(\s*(?:[a-z]+\s+)?")
GREGORIAN_FROM = 1582
"""A year before the Gregorian calendar, glossed by a date in brackets, is of another calendar."""


def _without_glossed(text: str, found: list[DateMention]) -> list[DateMention]:
    """Drop a date of another calendar that a bracketed Gregorian date glosses: '1371 (1992–93)',
    '20 Bahman 1370 (9 February 1992)'; the gloss is the date."""
    return [d for d, after in zip(found, [*found[1:], None]) if not (
        after is not None and d.start.year < GREGORIAN_FROM <= after.start.year
        and _GLOSS_RE.fullmatch(text, d.char_end, after.char_start))]


_EDTF_SHAPES = {
    "day": re.compile(r"\d{4}-(?:0[1-9]|1[0-2])-\d{2}"),
    "month": re.compile(r"\d{4}-(?:0[1-9]|1[0-2])"),  # 21-24 would be seasons
    "year": re.compile(r"\d{4}"),
    "decade": re.compile(r"\d{3}X"),
}


def _bound_precision(bound: str) -> str:
    for precision, shape in _EDTF_SHAPES.items():
        if shape.fullmatch(bound):
            return precision
    raise ValueError(f"unsupported EDTF date {bound!r}")


@lru_cache(maxsize=1024)
def parse_edtf(value: str) -> DateMention:
    """A mention (offsets 0, 0) from an EDTF day, month, year, decade or closed interval of these;
    kept, since the EDTF grammar takes milliseconds and the same years head sections of many articles."""
    precision = max(map(_bound_precision, value.split("/")), key=PRECISIONS.index)
    try:
        parsed = edtf.parse_edtf(value)
    except edtf.EDTFParseException as error:
        raise ValueError(f"invalid EDTF {value!r}") from error
    start, end = (date(*bound[:3]) for bound in (parsed.lower_strict(), parsed.upper_strict()))
    return DateMention(value, start, end, precision, 0, 0)
