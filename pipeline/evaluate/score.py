"""Match extracted tables against the answer keys, as GOLD_FORMAT.md prescribes.

Within one article, each extracted row serves at most one gold row: the pairs are a
maximum bipartite matching (augmenting paths), so the scores do not depend on row order.
Precision counts extracted rows, recall counts gold rows; an extracted event that finds an
``optional`` gold event counts as neither right nor wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable, Iterable, Mapping, Sequence, TypeVar

import pandas as pd

from pipeline.evaluate.gold import GoldArticle, GoldEvent, GoldMission, GoldVisit, Interval
from pipeline.extract.countries import fold as fold_accents

G = TypeVar("G")
Row = dict
VISIT_FIELDS = ("role", "city", "met", "occasion")
MISSION_FIELDS = ("resident", "city_country")


@dataclass(frozen=True)
class Score:
    """Counts of one table; ``extracted`` leaves out rows that found optional gold rows."""

    matched: int = 0
    gold: int = 0
    extracted: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        total = self.gold + self.extracted
        return 2 * self.matched / total if total else None

    def __add__(self, other: Score) -> Score:
        return Score(self.matched + other.matched, self.gold + other.gold, self.extracted + other.extracted)


@dataclass(frozen=True)
class Accuracy:
    """How often one field is right over the matched pairs."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True)
class Mismatch:
    """A matched pair that disagrees on some fields (for events: the type)."""

    gold: GoldEvent | GoldVisit | GoldMission
    extracted: Row
    fields: tuple[str, ...]


@dataclass
class TableResult:
    """One table of one article: score, field accuracies and what went wrong."""

    score: Score
    misses: list = field(default_factory=list)
    extras: list[Row] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)
    fields: dict[str, Accuracy] = field(default_factory=dict)


@dataclass
class ArticleResult:
    """One answer key against the rows extracted from its article (none if it was not built)."""

    source_file: str
    article_id: str | None
    events: TableResult
    events_strict: Score
    visits: TableResult
    missions: TableResult


def _total_fields(results: Iterable[TableResult]) -> dict[str, Accuracy]:
    totals: dict[str, Accuracy] = {}
    for result in results:
        for name, accuracy in result.fields.items():
            totals[name] = totals.get(name, Accuracy()) + accuracy
    return totals


@dataclass
class Report:
    """Scores of a whole corpus (micro-averaged over its articles) and the per-article detail."""

    articles: list[ArticleResult]

    @property
    def events(self) -> Score:
        return sum((a.events.score for a in self.articles), Score())

    @property
    def events_strict(self) -> Score:
        return sum((a.events_strict for a in self.articles), Score())

    @property
    def visits(self) -> Score:
        return sum((a.visits.score for a in self.articles), Score())

    @property
    def missions(self) -> Score:
        return sum((a.missions.score for a in self.articles), Score())

    @property
    def visit_fields(self) -> dict[str, Accuracy]:
        return _total_fields(a.visits for a in self.articles)

    @property
    def mission_fields(self) -> dict[str, Accuracy]:
        return _total_fields(a.missions for a in self.articles)


# --- normalisation -------------------------------------------------------------------

def is_null(value) -> bool:
    return value is None or (not isinstance(value, (list, tuple)) and pd.isna(value))


def fold(text: str | None) -> str | None:
    """Case- and accent-folded text with spaces collapsed; None for null or blank."""
    if is_null(text):
        return None
    return " ".join(fold_accents(str(text)).split()) or None


def surname(name: str) -> str:
    """Folded last word of a name: 'Geir H. Haarde' -> 'haarde'."""
    words = re.findall(r"\w+(?:['’-]\w+)*", fold(name) or "")
    return words[-1] if words else ""


def _names_person(full_name: str, written: str) -> bool:
    """True when the surname of `full_name` is a word of `written` (folded)."""
    last = surname(full_name)
    return bool(last) and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", fold(written) or "") is not None


def _as_date(value) -> date | None:
    if is_null(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return pd.Timestamp(value).date()


def row_interval(row: Row) -> Interval | None:
    """The days an extracted row covers, from its date_start and date_end."""
    start, end = _as_date(row["date_start"]), _as_date(row["date_end"])
    return Interval(start, end) if start and end else None


def _dates_match(gold: Interval, row: Row) -> bool:
    interval = row_interval(row)
    return interval is not None and gold.matches(interval)


# --- matching ------------------------------------------------------------------------

def max_matching(
    candidates: Sequence[Sequence[int]], order: Iterable[int], seed: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """Maximum matching gold index -> row index by augmenting paths (Kuhn).

    ``candidates[g]`` lists the rows gold row g may take, preferred first; gold rows are
    tried in ``order`` and a row once matched stays matched, so earlier ones take priority.
    ``seed`` is a starting matching.
    """
    owner = {row: gold for gold, row in (seed or {}).items()}

    def augment(gold: int, seen: set[int]) -> bool:
        for row in candidates[gold]:
            if row not in seen:
                seen.add(row)
                if row not in owner or augment(owner[row], seen):
                    owner[row] = gold
                    return True
        return False

    for gold in order:
        if gold not in owner.values():
            augment(gold, set())
    return {gold: row for row, gold in owner.items()}


def _unmatched_rows(rows: Sequence[Row], pairs: Mapping[int, int]) -> list[Row]:
    taken = set(pairs.values())
    return [row for index, row in enumerate(rows) if index not in taken]


def _event_score(gold: Sequence[GoldEvent], pairs: Mapping[int, int], n_rows: int) -> Score:
    found = sum(not gold[g].optional for g in pairs)
    required = sum(not event.optional for event in gold)
    return Score(matched=found, gold=required, extracted=n_rows - (len(pairs) - found))


def match_events(gold: Sequence[GoldEvent], rows: Sequence[Row]) -> tuple[TableResult, Score]:
    """Events by date (preferring same-type pairs) and, strictly, by date and type."""
    dated = [[x for x, row in enumerate(rows) if _dates_match(event.interval, row)] for event in gold]
    same_type = [[x for x in xs if rows[x]["event_type"] == event.type] for event, xs in zip(gold, dated)]
    preferred = [sorted(xs, key=lambda x, t=event.type: rows[x]["event_type"] != t) for event, xs in zip(gold, dated)]
    order = sorted(range(len(gold)), key=lambda g: gold[g].optional)

    strict = max_matching(same_type, order)
    pairs = max_matching(preferred, order, seed={g: x for g, x in strict.items() if not gold[g].optional})
    result = TableResult(
        score=_event_score(gold, pairs, len(rows)),
        misses=[event for g, event in enumerate(gold) if not event.optional and g not in pairs],
        extras=_unmatched_rows(rows, pairs),
        mismatches=[
            Mismatch(gold[g], rows[x], ("type",))
            for g, x in sorted(pairs.items()) if rows[x]["event_type"] != gold[g].type
        ],
    )
    return result, _event_score(gold, strict, len(rows))


def _match_with_fields(
    gold: Sequence[G], rows: Sequence[Row], same: Callable[[G, Row], bool],
    checks: Callable[[G, Row], dict[str, bool]], names: Sequence[str],
) -> TableResult:
    """Pair rows that are the `same` fact, preferring pairs with more right fields."""
    checked = {
        (g, x): checks(item, row)
        for g, item in enumerate(gold) for x, row in enumerate(rows) if same(item, row)
    }
    candidates = [
        sorted((x for (gi, x) in checked if gi == g), key=lambda x, g=g: -sum(checked[g, x].values()))
        for g in range(len(gold))
    ]
    pairs = max_matching(candidates, range(len(gold)))
    outcomes = [checked[pair] for pair in sorted(pairs.items())]
    return TableResult(
        score=Score(matched=len(pairs), gold=len(gold), extracted=len(rows)),
        misses=[item for g, item in enumerate(gold) if g not in pairs],
        extras=_unmatched_rows(rows, pairs),
        mismatches=[
            Mismatch(gold[g], rows[x], tuple(name for name, right in checked[g, x].items() if not right))
            for g, x in sorted(pairs.items()) if not all(checked[g, x].values())
        ],
        fields={name: Accuracy(sum(outcome[name] for outcome in outcomes), len(outcomes)) for name in names},
    )


def _same_visit(gold: GoldVisit, row: Row) -> bool:
    return (
        row["origin_iso3"] == gold.from_iso3 and row["host_iso3"] == gold.to_iso3
        and _dates_match(gold.interval, row) and _names_person(gold.visitor, row["visitor_name"])
    )


OCCASION_FILLERS = {"the", "of", "a", "an", "s"}
"""Words that only order a name: 'summit of the Turkic Council' is the 'Turkic Council summit', and
'Tito's funeral' the 'funeral of Tito' (the 's' of the possessive)."""


def _occasion_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[\w–-]+", text) if word not in OCCASION_FILLERS}


def _occasions_agree(gold: str | None, extracted: str | None) -> bool:
    """The same words, in any order, or one occasion inside the other ('G20 summit', 'the G20 summit in Osaka')."""
    a, b = fold(gold), fold(extracted)
    if a is None or b is None:
        return a == b
    words_a, words_b = _occasion_words(a), _occasion_words(b)
    return a in b or b in a or (bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a))


def _visit_checks(gold: GoldVisit, row: Row) -> dict[str, bool]:
    return {
        "role": row["visitor_role"] == gold.role,
        "city": fold(row["city"]) == fold(gold.city),
        "met": {surname(name) for name in row["met"]} == {surname(name) for name in gold.met},
        "occasion": _occasions_agree(gold.occasion, row["occasion"]),
    }


def match_visits(gold: Sequence[GoldVisit], rows: Sequence[Row]) -> TableResult:
    """Visits: same date, direction and visitor surname; role, city, met and occasion as fields.

    Each row carries ``met``: the names of its visit_counterparts.
    """
    return _match_with_fields(gold, rows, _same_visit, _visit_checks, VISIT_FIELDS)


def _same_mission(gold: GoldMission, row: Row) -> bool:
    return (
        row["sending_iso3"] == gold.from_iso3 and row["receiving_iso3"] == gold.to_iso3
        and row["mission_type"] == gold.type and fold(row["city"]) == fold(gold.city)
    )


def _mission_checks(gold: GoldMission, row: Row) -> dict[str, bool]:
    return {
        "resident": bool(row["resident"]) == gold.resident,
        "city_country": row["city_iso3"] == gold.city_country,
    }


def match_missions(gold: Sequence[GoldMission], rows: Sequence[Row]) -> TableResult:
    """Missions: same direction, type and city; resident and city_country as fields."""
    return _match_with_fields(gold, rows, _same_mission, _mission_checks, MISSION_FIELDS)


# --- whole corpus ----------------------------------------------------------------------

def _rows_by_article(frame: pd.DataFrame) -> dict[str, list[Row]]:
    return {article_id: group.to_dict("records") for article_id, group in frame.groupby("article_id", sort=False)}


def _with_counterparts(visits: pd.DataFrame, counterparts: pd.DataFrame) -> pd.DataFrame:
    """Visits with a ``met`` column: the list of counterpart names of each visit."""
    names = counterparts.groupby("visit_id")["name"].agg(list).to_dict()
    return visits.assign(met=[names.get(visit_id, []) for visit_id in visits["visit_id"]])


def score_article(
    key: GoldArticle, article_id: str | None,
    events: Sequence[Row], visits: Sequence[Row], missions: Sequence[Row],
) -> ArticleResult:
    """Score one article's extracted rows against its answer key."""
    event_result, strict = match_events(key.events, events)
    return ArticleResult(
        source_file=key.source_file,
        article_id=article_id,
        events=event_result,
        events_strict=strict,
        visits=match_visits(key.visits, visits),
        missions=match_missions(key.missions, missions),
    )


def score(gold: Mapping[str, GoldArticle], tables: Mapping[str, pd.DataFrame]) -> Report:
    """Score published tables (articles, events, visits, visit_counterparts, missions).

    Articles are joined to their answer key by ``source_file``; articles without a key are
    not scored, and a key whose article was not built has all its rows missed.
    """
    articles = tables["articles"]
    article_ids = dict(zip(articles["source_file"], articles["article_id"]))
    events = _rows_by_article(tables["events"])
    visits = _rows_by_article(_with_counterparts(tables["visits"], tables["visit_counterparts"]))
    missions = _rows_by_article(tables["missions"])
    results = []
    for source_file in sorted(gold):
        article_id = article_ids.get(source_file)
        results.append(score_article(
            gold[source_file], article_id,
            events.get(article_id, []), visits.get(article_id, []), missions.get(article_id, []),
        ))
    return Report(results)
