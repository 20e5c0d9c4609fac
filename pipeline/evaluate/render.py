"""Plain-text rendering of a Report: the score table and, per article, what went wrong."""

from __future__ import annotations

from typing import Callable, Iterable

from pipeline.evaluate.gold import GoldEvent, GoldMission, GoldVisit
from pipeline.evaluate.score import Accuracy, ArticleResult, Report, Row, Score, TableResult, is_null


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _show(value) -> str:
    return "-" if is_null(value) else str(value)


def _clip(text, width: int = 100) -> str:
    text = " ".join(_show(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _score_line(label: str, score: Score) -> str:
    return (
        f"{label:<17}{score.matched:>7}{score.gold:>7}{score.extracted:>7}"
        f"{_number(score.precision):>11}{_number(score.recall):>9}{_number(score.f1):>9}"
    )


def _accuracy_line(label: str, accuracy: Accuracy) -> str:
    return f"{label:<23}{f'{accuracy.correct}/{accuracy.total}':>10}{_number(accuracy.value):>10}"


def format_scores(report: Report) -> str:
    """Precision, recall and F1 per table, then the field accuracies over matched pairs."""
    built = sum(result.article_id is not None for result in report.articles)
    lines = [
        f"{len(report.articles)} answer keys, {built} of their articles built",
        "",
        f"{'table':<17}{'found':>7}{'gold':>7}{'rows':>7}{'precision':>11}{'recall':>9}{'F1':>9}",
        _score_line("events (dates)", report.events),
        _score_line("events (strict)", report.events_strict),
        _score_line("visits", report.visits),
        _score_line("missions", report.missions),
        "",
        f"{'field':<23}{'right':>10}{'accuracy':>10}",
    ]
    for table, fields in (("visits", report.visit_fields), ("missions", report.mission_fields)):
        lines += [_accuracy_line(f"{table}.{name}", accuracy) for name, accuracy in fields.items()]
    return "\n".join(lines)


def _event_gold(event: GoldEvent) -> str:
    optional = " (optional)" if event.optional else ""
    return f"{event.date:<22} {event.type:<21} {_clip(event.text)}{optional}"


def _event_row(row: Row) -> str:
    return f"{_show(row['date']):<22} {_show(row['event_type']):<21} {_clip(row['description'])}"


def _visit_line(date, visitor, role, origin, host, city, met, occasion) -> str:
    return (
        f"{_show(date):<22} {_show(visitor)} ({_show(role)}) {_show(origin)}→{_show(host)}"
        f" city={_show(city)} met=[{', '.join(met)}] occasion={_show(occasion)}"
    )


def _visit_gold(visit: GoldVisit) -> str:
    return _visit_line(visit.date, visit.visitor, visit.role, visit.from_iso3, visit.to_iso3, visit.city, visit.met, visit.occasion)


def _visit_row(row: Row) -> str:
    return _visit_line(
        row["date"], row["visitor_name"], row["visitor_role"], row["origin_iso3"], row["host_iso3"],
        row["city"], row["met"], row["occasion"],
    )


def _mission_line(sender, receiver, kind, city, country, resident) -> str:
    where = "resident" if resident else "non-resident"
    return f"{_show(sender)}→{_show(receiver)} {_show(kind)} {_show(city)} ({_show(country)}) {where}"


def _mission_gold(mission: GoldMission) -> str:
    return _mission_line(mission.from_iso3, mission.to_iso3, mission.type, mission.city, mission.city_country, mission.resident)


def _mission_row(row: Row) -> str:
    return _mission_line(
        row["sending_iso3"], row["receiving_iso3"], row["mission_type"], row["city"], row["city_iso3"], row["resident"],
    )


FORMATS: dict[str, tuple[Callable, Callable[[Row], str]]] = {
    "events": (_event_gold, _event_row),
    "visits": (_visit_gold, _visit_row),
    "missions": (_mission_gold, _mission_row),
}


def _table_lines(table: str, result: TableResult) -> Iterable[str]:
    """'-' a gold row not found, '+' an extracted row matching none, '~' a pair with wrong fields."""
    gold_line, row_line = FORMATS[table]
    for item in result.misses:
        yield f"  {table:<9}- {gold_line(item)}"
    for row in result.extras:
        yield f"  {table:<9}+ {row_line(row)}"
    for mismatch in result.mismatches:
        yield f"  {table:<9}~ wrong {', '.join(mismatch.fields)}"
        yield f"  {'':<11}gold      {gold_line(mismatch.gold)}"
        yield f"  {'':<11}extracted {row_line(mismatch.extracted)}"


def format_article(result: ArticleResult) -> str:
    """What one article got wrong; empty when it is perfect."""
    lines = [
        line
        for table, table_result in (("events", result.events), ("visits", result.visits), ("missions", result.missions))
        for line in _table_lines(table, table_result)
    ]
    if not lines:
        return ""
    built = result.article_id or "not built"
    return "\n".join([f"== {result.source_file} ({built})", *lines])


def format_details(report: Report) -> str:
    """Misses, extras and wrong fields of every article that has any."""
    return "\n\n".join(text for text in map(format_article, report.articles) if text)
