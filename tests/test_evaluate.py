"""The evaluation matcher on small synthetic keys and rows, and on a real answer key."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import evaluate
from pipeline.evaluate.__main__ import main
from pipeline.evaluate.gold import GoldArticle, edtf_interval, load_gold, parse_gold
from pipeline.evaluate.run import merge_corpora
from pipeline.evaluate.score import match_events, match_missions, match_visits, score

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ISRAEL_KEY = SEEDS / "004_a60c3a7814253d42.gold.json"  # has optional events, visits, missions

COLUMNS = {
    "articles": ["article_id", "title", "country_a_iso3", "country_b_iso3", "source_file", "sha256"],
    "events": [
        "event_id", "article_id", "date", "date_start", "date_end", "date_precision", "event_type",
        "plover_category", "description", "section", "char_start", "char_end",
    ],
    "visits": [
        "visit_id", "event_id", "article_id", "date", "date_start", "date_end", "date_precision",
        "visitor_name", "visitor_role", "visitor_title", "origin_iso3", "host_iso3", "city", "occasion",
        "section", "char_start", "char_end",
    ],
    "visit_counterparts": ["visit_id", "name", "title"],
    "missions": [
        "mission_id", "article_id", "sending_iso3", "receiving_iso3", "mission_type", "city", "city_iso3",
        "resident", "section", "char_start", "char_end",
    ],
}


# --- builders ------------------------------------------------------------------------

def key(events=(), visits=(), missions=(), source_file="a-b.txt") -> GoldArticle:
    raw = {"title": "A–B relations", "parties": ["AAA", "BBB"], "events": list(events), "visits": list(visits), "missions": list(missions)}
    return parse_gold(raw, source_file)


def gold_event(when: str, kind: str = "other", optional: bool = False) -> dict:
    return {"date": when, "type": kind, "text": f"{kind} in {when}", "optional": optional}


def gold_visit(when: str, visitor: str, origin="AAA", host="BBB", role="head_of_state", city=None, met=(), occasion=None) -> dict:
    return {
        "date": when, "visitor": visitor, "role": role, "from": origin, "to": host,
        "city": city, "met": list(met), "occasion": occasion,
    }


def gold_mission(city: str, kind="embassy", origin="AAA", host="BBB", country="BBB", resident=True) -> dict:
    return {"from": origin, "to": host, "type": kind, "city": city, "city_country": country, "resident": resident}


def dated(when: str) -> dict:
    interval = edtf_interval(when)
    return {"date": when, "date_start": interval.start, "date_end": interval.end}


def event_row(when: str, kind: str = "other", description: str = "", article_id: str = "a-b") -> dict:
    return {"article_id": article_id, **dated(when), "event_type": kind, "description": description}


def visit_row(when: str, name: str, origin="AAA", host="BBB", role="head_of_state", city=None, met=(), occasion=None) -> dict:
    return {
        **dated(when), "visitor_name": name, "visitor_role": role, "origin_iso3": origin,
        "host_iso3": host, "city": city, "met": list(met), "occasion": occasion,
    }


def mission_row(city: str, kind="embassy", origin="AAA", host="BBB", country="BBB", resident=True) -> dict:
    return {
        "sending_iso3": origin, "receiving_iso3": host, "mission_type": kind, "city": city,
        "city_iso3": country, "resident": resident,
    }


def frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    return {name: pd.DataFrame(rows.get(name, []), columns=columns) for name, columns in COLUMNS.items()}


def tables_from_gold(gold: GoldArticle) -> dict[str, pd.DataFrame]:
    """The tables a perfect extraction of one answer key would publish (optional events included)."""
    article_id = gold.source_file.removesuffix(".txt").replace("_", "-")
    rows: dict[str, list[dict]] = {
        "articles": [{"article_id": article_id, "title": gold.title, "source_file": gold.source_file}],
        "events": [
            {"event_id": f"{article_id}-e{n}", **event_row(event.date, event.type, event.text, article_id)}
            for n, event in enumerate(gold.events)
        ],
        "missions": [
            {"mission_id": f"{article_id}-m{n}", "article_id": article_id, **mission_row(m.city, m.type, m.from_iso3, m.to_iso3, m.city_country, m.resident)}
            for n, m in enumerate(gold.missions)
        ],
        "visits": [],
        "visit_counterparts": [],
    }
    for n, visit in enumerate(gold.visits):
        visit_id = f"{article_id}-v{n}"
        row = visit_row(visit.date, visit.visitor, visit.from_iso3, visit.to_iso3, visit.role, visit.city, occasion=visit.occasion)
        rows["visits"].append({"visit_id": visit_id, "article_id": article_id, **row})
        rows["visit_counterparts"] += [{"visit_id": visit_id, "name": name} for name in visit.met]
    return frames(rows)


def publish(tables: dict[str, pd.DataFrame], outputs: Path) -> Path:
    (outputs / "parquet").mkdir(parents=True)
    for name, frame in tables.items():
        frame.to_parquet(outputs / "parquet" / f"{name}.parquet", index=False)
    return outputs


# --- dates ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("1976-04-09", date(1976, 4, 9), date(1976, 4, 9)),
    ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
    ("2008", date(2008, 1, 1), date(2008, 12, 31)),
    ("199X", date(1990, 1, 1), date(1999, 12, 31)),
    ("1967/1991", date(1967, 1, 1), date(1991, 12, 31)),
    ("2013-11-03/2013-11-05", date(2013, 11, 3), date(2013, 11, 5)),
])
def test_edtf_interval(text, start, end):
    interval = edtf_interval(text)
    assert (interval.start, interval.end) == (start, end)


@pytest.mark.parametrize("text", ["2008-13", "19X0-01", "2010/2008", "May 2008"])
def test_edtf_interval_rejects_bad_dates(text):
    with pytest.raises(ValueError):
        edtf_interval(text)


@pytest.mark.parametrize(("gold_date", "row_date", "found"), [
    ("2019-11", "2019-11-26", True),   # the row's day lies in the gold month
    ("2019-11", "2019", True),         # the row's year holds the gold month
    ("2019-11", "2019-12-01", False),
    ("2013-11-03/2013-11-05", "2013-11-04", True),
    ("2013-11-03/2013-11-05", "2013-11-03/2013-11-05", True),
    ("2013-11-03/2013-11-05", "2013-11", True),
    ("2013-11-03/2013-11-05", "2013-11-06", False),
    ("2013-11-03/2013-11-05", "2013-11-05/2013-11-07", False),  # overlap is not containment
    ("199X", "1994", True),
])
def test_dates_match_when_one_interval_holds_the_other(gold_date, row_date, found):
    result, _ = match_events(key([gold_event(gold_date)]).events, [event_row(row_date)])
    assert result.score.matched == int(found)


# --- events --------------------------------------------------------------------------

def test_one_row_serves_one_gold_event():
    two_gold = key([gold_event("2008", "support"), gold_event("2008", "support")]).events
    result, _ = match_events(two_gold, [event_row("2008", "support")])
    assert (result.score.recall, result.score.precision) == (0.5, 1.0)

    result, _ = match_events(two_gold[:1], [event_row("2008", "support"), event_row("2008", "support")])
    assert (result.score.recall, result.score.precision) == (1.0, 0.5)
    assert len(result.extras) == 1


def test_matching_does_not_depend_on_row_order():
    # The year row can only serve the year event; a first-come pairing would waste it.
    gold = key([gold_event("2008", "support"), gold_event("2008-05", "visit")]).events
    rows = [event_row("2008-05", "visit"), event_row("2008-07", "support")]
    for ordered in (rows, rows[::-1]):
        result, strict = match_events(gold, ordered)
        assert result.score.recall == strict.recall == 1.0
        assert result.score.precision == strict.precision == 1.0


def test_strict_score_wants_the_same_type():
    gold = key([gold_event("2008", "support")]).events
    result, strict = match_events(gold, [event_row("2008", "aid")])
    assert result.score.recall == 1.0
    assert (strict.recall, strict.precision) == (0.0, 0.0)
    assert [m.fields for m in result.mismatches] == [("type",)]


def test_same_type_pairs_are_preferred():
    gold = key([gold_event("2008", "transport"), gold_event("2008", "visa")]).events
    for rows in ([event_row("2008", "visa"), event_row("2008", "transport")],
                 [event_row("2008", "transport"), event_row("2008", "visa")]):
        result, strict = match_events(gold, rows)
        assert strict.recall == 1.0
        assert result.mismatches == []


def test_optional_events_are_neither_required_nor_extras():
    gold = key([gold_event("2015", "statement"), gold_event("1939/1945", "military", optional=True)]).events

    result, strict = match_events(gold, [event_row("2015", "statement")])
    assert (result.score.recall, result.score.precision, strict.recall) == (1.0, 1.0, 1.0)

    result, strict = match_events(gold, [event_row("2015", "statement"), event_row("1941", "military")])
    assert (result.score.recall, result.score.precision, strict.precision) == (1.0, 1.0, 1.0)
    assert result.extras == []

    result, _ = match_events(gold, [])
    assert [event.date for event in result.misses] == ["2015"]


def test_required_events_take_rows_before_optional_ones():
    gold = key([gold_event("1939/1945", "military", optional=True), gold_event("1944-05", "military")]).events
    result, strict = match_events(gold, [event_row("1944-05", "military")])
    assert (result.score.recall, strict.recall) == (1.0, 1.0)


# --- visits --------------------------------------------------------------------------

def test_visitor_surname_is_matched_accent_and_case_folded():
    gold = key(visits=[gold_visit("2025-05", "Kristrún Frostadóttir")]).visits
    assert match_visits(gold, [visit_row("2025-05-16", "Prime Minister KRISTRUN FROSTADOTTIR")]).score.recall == 1.0
    assert match_visits(gold, [visit_row("2025-05", "Frostadóttir", origin="BBB", host="AAA")]).score.recall == 0.0
    assert match_visits(gold, [visit_row("2025-06", "Frostadóttir")]).score.recall == 0.0
    assert match_visits(gold, [visit_row("2025-05", "Kristrún Jónsdóttir")]).score.recall == 0.0


def test_visitor_surname_must_be_a_whole_word():
    gold = key(visits=[gold_visit("2015", "Edi Rama")]).visits
    assert match_visits(gold, [visit_row("2015", "Ramadan")]).score.matched == 0


def test_visit_fields_are_scored_over_matched_pairs():
    gold = key(visits=[
        gold_visit("2023-05", "Edi Rama", role="head_of_government", city="Reykjavík", occasion="4th Council of Europe summit"),
        gold_visit("2008-08", "Geir H. Haarde", origin="BBB", host="AAA", met=["Sali Berisha", "Bamir Topi"]),
    ]).visits
    rows = [
        visit_row("2023-05-16", "Edi Rama", role="minister", city="reykjavik", occasion="the 4th Council of Europe Summit in Reykjavík"),
        visit_row("2008-08", "Haarde", origin="BBB", host="AAA", met=["Topi", "Berisha"], occasion="a state visit"),
    ]
    result = match_visits(gold, rows)
    assert result.score.f1 == 1.0
    assert {name: (a.correct, a.total) for name, a in result.fields.items()} == {
        "role": (1, 2), "city": (2, 2), "met": (2, 2), "occasion": (1, 2),
    }
    assert sorted(m.fields for m in result.mismatches) == [("occasion",), ("role",)]


@pytest.mark.parametrize("gold_occasion, extracted, agree", [
    ("summit of the Turkic Council", "Turkic Council summit", True),
    ("Brdo–Brijuni Process summit", "summit of the Brdo–Brijuni Process", True),
    ("G20 summit", "the G20 summit in Osaka", True),
    ("inauguration ceremony of Adama Barrow", "Barrow's inauguration ceremony", True),
    ("Arab League summit", "summit of the African Union", False),
    ("coronation of George Tupou V", None, False),
])
def test_an_occasion_agrees_in_any_word_order(gold_occasion, extracted, agree):
    gold = key(visits=[gold_visit("2021-11", "Sadyr Japarov", occasion=gold_occasion)]).visits
    result = match_visits(gold, [visit_row("2021-11-12", "Sadyr Japarov", occasion=extracted)])
    assert (result.fields["occasion"].correct == 1) is agree


# --- missions ------------------------------------------------------------------------

def test_mission_city_is_case_and_accent_folded():
    gold = key(missions=[gold_mission("Korçë", kind="honorary_consulate", origin="BBB", host="AAA", country="AAA")]).missions
    found = match_missions(gold, [mission_row("KORCE", kind="honorary_consulate", origin="BBB", host="AAA", country="AAA")])
    assert found.score.f1 == 1.0
    assert match_missions(gold, [mission_row("Korce", kind="consulate", origin="BBB", host="AAA")]).score.matched == 0


def test_mission_fields():
    gold = key(missions=[gold_mission("Stockholm", country="SWE", resident=False)]).missions
    result = match_missions(gold, [mission_row("Stockholm", country="SWE", resident=True)])
    assert (result.fields["resident"].value, result.fields["city_country"].value) == (0.0, 1.0)


# --- whole corpus ---------------------------------------------------------------------

def test_perfect_extraction_of_a_real_key_scores_one(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ISRAEL_KEY, corpus)
    (corpus / ISRAEL_KEY.name.replace(".gold.json", ".txt")).write_text("= Albania–Israel relations =\n")
    gold = load_gold(corpus)
    outputs = publish(tables_from_gold(next(iter(gold.values()))), tmp_path / "outputs")

    report = evaluate([corpus], outputs)
    for table in (report.events, report.events_strict, report.visits, report.missions):
        assert (table.precision, table.recall, table.f1) == (1.0, 1.0, 1.0)
    assert report.visits.gold == 4 and report.missions.gold == 2
    for accuracy in (*report.visit_fields.values(), *report.mission_fields.values()):
        assert accuracy.value == 1.0


def test_empty_extraction_scores_recall_zero():
    gold = parse_gold(json.loads(ISRAEL_KEY.read_text(encoding="utf-8")), "israel.txt")
    articles = [{"article_id": "israel", "source_file": "israel.txt"}]
    report = score({gold.source_file: gold}, frames({"articles": articles}))
    for table in (report.events, report.events_strict, report.visits, report.missions):
        assert (table.recall, table.precision, table.f1) == (0.0, None, 0.0)
    assert len(report.articles[0].events.misses) == 19  # 21 events, 2 optional


def test_key_of_an_unbuilt_article_is_all_missed():
    gold = key([gold_event("2008")], missions=[gold_mission("Tirana")])
    report = score({gold.source_file: gold}, frames({}))
    assert report.articles[0].article_id is None
    assert (report.events.recall, report.missions.recall) == (0.0, 0.0)


def test_cli_scores_built_tables_and_lists_misses(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-b.txt").write_text("= A–B relations =\n")
    (corpus / "a-b.gold.json").write_text(json.dumps({
        "title": "A–B relations", "parties": ["AAA", "BBB"], "visits": [], "missions": [],
        "events": [gold_event("2008", "visa"), gold_event("2010", "trade")],
    }))
    tables = frames({
        "articles": [{"article_id": "a-b", "source_file": "a-b.txt"}],
        "events": [event_row("2008-03", "visa", "Visas were lifted in March 2008.")],
    })
    main([str(corpus), "--outputs", str(publish(tables, tmp_path / "outputs")), "--verbose"])
    printed = capsys.readouterr().out
    assert "events (dates)" in printed and "0.500" in printed
    assert "== a-b.txt (a-b)" in printed
    assert "- 2010" in printed


def test_corpora_with_the_same_file_name_are_refused(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a-b.txt").write_text("= A–B relations =\n")
    with pytest.raises(ValueError, match="a-b.txt"):
        merge_corpora([tmp_path / "one", tmp_path / "two"], tmp_path / "merged")
