"""Load the answer keys of a corpus: ``NAME.gold.json`` beside each ``NAME.txt``.

The format and its matching rules are described in the corpus's ``GOLD_FORMAT.md``.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

GOLD_SUFFIX = ".gold.json"
_EDTF_PART = re.compile(r"(\d[\dX]{3})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Interval:
    """The days a date covers, first and last included."""

    start: date
    end: date

    def holds(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end

    def matches(self, other: Interval) -> bool:
        """Dates match when one's interval holds the other's."""
        return self.holds(other) or other.holds(self)


def _part_bounds(part: str) -> Interval:
    """Days covered by one EDTF date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``199X``."""
    found = _EDTF_PART.fullmatch(part)
    if not found or ("X" in part and "-" in part):
        raise ValueError(f"not an EDTF date: {part!r}")
    year, month, day = found.groups()
    if "X" in year:
        return Interval(date(int(year.replace("X", "0")), 1, 1), date(int(year.replace("X", "9")), 12, 31))
    if month is None:
        return Interval(date(int(year), 1, 1), date(int(year), 12, 31))
    if day is None:
        last_day = calendar.monthrange(int(year), int(month))[1]
        return Interval(date(int(year), int(month), 1), date(int(year), int(month), last_day))
    day_date = date(int(year), int(month), int(day))
    return Interval(day_date, day_date)


def edtf_interval(text: str) -> Interval:
    """Days covered by an EDTF date or an ``A/B`` interval of two of them."""
    first, _, last = text.partition("/")
    interval = Interval(_part_bounds(first).start, _part_bounds(last or first).end)
    if interval.start > interval.end:
        raise ValueError(f"interval ends before it starts: {text!r}")
    return interval


@dataclass(frozen=True)
class GoldEvent:
    date: str
    interval: Interval
    type: str
    text: str
    optional: bool


@dataclass(frozen=True)
class GoldVisit:
    date: str
    interval: Interval
    visitor: str
    role: str
    from_iso3: str
    to_iso3: str
    city: str | None
    met: tuple[str, ...]
    occasion: str | None


@dataclass(frozen=True)
class GoldMission:
    from_iso3: str
    to_iso3: str
    type: str
    city: str
    city_country: str
    resident: bool


@dataclass(frozen=True)
class GoldArticle:
    """The answer key of one article; ``source_file`` is the ``.txt`` path relative to the corpus."""

    source_file: str
    title: str
    parties: tuple[str, ...]
    events: tuple[GoldEvent, ...]
    visits: tuple[GoldVisit, ...]
    missions: tuple[GoldMission, ...]


def _event(raw: dict) -> GoldEvent:
    return GoldEvent(
        date=raw["date"], interval=edtf_interval(raw["date"]), type=raw["type"],
        text=raw.get("text", ""), optional=bool(raw.get("optional", False)),
    )


def _visit(raw: dict) -> GoldVisit:
    return GoldVisit(
        date=raw["date"], interval=edtf_interval(raw["date"]), visitor=raw["visitor"],
        role=raw["role"], from_iso3=raw["from"], to_iso3=raw["to"], city=raw.get("city"),
        met=tuple(raw.get("met") or ()), occasion=raw.get("occasion"),
    )


def _mission(raw: dict) -> GoldMission:
    return GoldMission(
        from_iso3=raw["from"], to_iso3=raw["to"], type=raw["type"], city=raw["city"],
        city_country=raw["city_country"], resident=bool(raw["resident"]),
    )


def parse_gold(raw: dict, source_file: str) -> GoldArticle:
    """Build a GoldArticle from the decoded JSON of one answer key."""
    return GoldArticle(
        source_file=source_file,
        title=raw["title"],
        parties=tuple(raw.get("parties", ())),
        events=tuple(_event(item) for item in raw.get("events", ())),
        visits=tuple(_visit(item) for item in raw.get("visits", ())),
        missions=tuple(_mission(item) for item in raw.get("missions", ())),
    )


def load_gold_file(path: Path, corpus_dir: Path) -> GoldArticle:
    """Read one ``NAME.gold.json``; its article is ``NAME.txt`` in the same folder."""
    source_file = path.relative_to(corpus_dir).as_posix().removesuffix(GOLD_SUFFIX) + ".txt"
    try:
        return parse_gold(json.loads(path.read_text(encoding="utf-8")), source_file)
    except (KeyError, ValueError) as err:
        raise ValueError(f"{path}: bad answer key: {err}") from err


def load_gold(corpus_dir: Path) -> dict[str, GoldArticle]:
    """Every answer key under a corpus folder, by the source_file of its article."""
    corpus_dir = Path(corpus_dir)
    paths = sorted(corpus_dir.rglob(f"*{GOLD_SUFFIX}"))
    keys = (load_gold_file(path, corpus_dir) for path in paths)
    return {key.source_file: key for key in keys}
