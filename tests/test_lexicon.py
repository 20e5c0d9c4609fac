"""The lexicon: tables load with unique ids, phrases match on lemmas, cues negate and demote."""

from __future__ import annotations

import pytest

from pipeline.extract.event_types import type_clause
from pipeline.lexicon import PhraseMatcher, lemma, load_table
from pipeline.lexicon import tables
from schemas.vocabularies import EVENT_TYPES, PLOVER_CATEGORIES


def _ids(matcher: PhraseMatcher, text: str) -> list[str]:
    return [m.id for m in matcher.find(text)]


@pytest.mark.parametrize(("word", "expected"), [
    ("sent", "send"), ("signing", "sign"), ("broke", "break"), ("fought", "fight"),
    ("embassies", "embassy"), ("co-chaired", "co-chair"), ("Reykjavík", "reykjavík"),
    ("bombings", "bomb"), ("bombing", "bomb"), ("meetings", "meet"), ("meeting", "meet"),
])
def test_lemmas(word, expected):
    assert lemma(word) == expected


def test_phrases_match_any_inflection_and_report_offsets():
    matcher = PhraseMatcher([("aid.send-rescue", "send rescue team")])
    text = "In 2023 Turkey sends rescue teams; in 2011 it had sent a rescue team."
    found = matcher.find(text)
    assert [text[m.start:m.end] for m in found] == ["sends rescue teams"]


def test_gaps_keep_order_within_the_text():
    matcher = PhraseMatcher([("agreement.sign", "sign ... agreement")])
    assert _ids(matcher, "They signed a long-awaited trade agreement.") == ["agreement.sign"]
    assert _ids(matcher, "The agreement was later signed.") == []


def test_quoted_words_need_their_exact_form():
    matcher = PhraseMatcher([("statement.stated", '"stated"')])
    assert _ids(matcher, "The minister stated that talks would go on.") == ["statement.stated"]
    assert _ids(matcher, "Both states joined the union.") == []


def test_bad_phrases_are_refused():
    with pytest.raises(ValueError, match="needs words on both sides"):
        PhraseMatcher([("x", "sign ...")])


def test_duplicate_ids_are_refused(tmp_path, monkeypatch):
    (tmp_path / "broken.csv").write_text("id,phrase\na,one\na,two\n", encoding="utf-8")
    monkeypatch.setattr(tables, "LEXICON_DIR", tmp_path)
    with pytest.raises(ValueError, match="duplicate id 'a'"):
        load_table("broken")


def test_event_lexicon_uses_the_contract_vocabularies():
    types = load_table("event_types", required=("rank", "description"))
    assert {row["id"] for row in types} == set(EVENT_TYPES)
    triggers = load_table("event_triggers", required=("phrase", "event_type"))
    assert {row["event_type"] for row in triggers} <= set(EVENT_TYPES) - {"visit"}
    plovers = {row["plover"] for row in types + triggers if row["plover"]}
    assert plovers <= set(PLOVER_CATEGORIES)


@pytest.mark.parametrize(("clause", "event_type", "rule"), [
    ("In 1992 the government refused to recognise the new republic.", "statement", "statement.refuse-to-recognise"),
    ("In 1992 the government did not recognise the new republic.", None, None),
    ("Japan did not sign the treaty until 1956.", "agreement", "agreement.sign..treaty"),  # "not ... until" tells when
    ("The two ministers met in 2019 to discuss road links.", "meeting", "meeting.meet"),
    ("In 2020 they agreed to abolish visas.", "visa", "visa.visa"),
    ("In 1914 the Japanese navy bombarded the port of Tsingtao.", "military", "military.bombard"),
    ("In 2019 the president said that Chile recognised the new republic.", "statement", "statement.said"),
    ("In 2019 the minister declared that Chile would back Norway's bid.", "support", "support.back..bid"),
    ("After Peru invaded the islands in 1880, Norway condemned the invasion.", "statement", "statement.condemn"),
    ("In 2019 a state company signed a contract to buy gas.", "trade", "trade.contract"),
    ("In 2019 the minister intended to reopen the embassy.", None, None),
    ("In 1991 Peru refused to recognise the new state.", "statement", "statement.refuse-to-recognise"),
    ("In 2001 Chile welcomed the peace agreement.", "statement", "statement.welcome"),
    ("1 May 2003: After the coup of 2002, the ministry called for new elections.", "statement", "statement.call-for"),
    ("In 2023 a search-and-rescue team arrived after the earthquake.", "aid", "aid.search-and-rescue"),
    ("Formal diplomatic relations date from 3 May 1962.", "relations_established",
     "relations_established.diplomatic-relation..date-from"),
    ("In 1988 Peru recalled its ambassador after the press campaign.", "other", "other.recall..ambassador"),
    ("In 2019 the minister laid the foundation stone of the new embassy.", "other", "other.laid..foundation-stone"),
])
def test_cues_and_ranks_decide_the_type(clause, event_type, rule):
    typing = type_clause(clause)
    assert (typing.event_type, typing.rule) == (event_type, rule) if event_type else typing is None


def test_committed_lexicon_page_is_up_to_date():
    from pipeline.lexicon.docs import render_lexicon
    from tests.conftest import PROJECT

    committed = (PROJECT / "docs" / "lexicon.md").read_text(encoding="utf-8")
    assert committed == render_lexicon(), "run: python -m pipeline.lexicon.docs > docs/lexicon.md"
    assert "| agreement.treaty | treaty | agreement |" in committed
