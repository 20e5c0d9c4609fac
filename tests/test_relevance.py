"""Relevance: which dated facts are about the pair, on sentences of our own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.mentions import PartyMentions
from pipeline.extract.relevance import Scope, relevant, third_countries
from pipeline.read.article import parse_article

PAIR = ("NOR", "CHL")


def _scope(text: str, named=(), pair=False, paragraph=PAIR, section=PAIR) -> Scope:
    return Scope(set(named), pair, third_countries(text, PAIR), set(paragraph), set(section), PAIR)


def test_third_countries_by_name_and_demonym_leave_the_pair_out():
    text = "Norwegian and Chilean diplomats met Peruvian envoys in Lima and flew on to Argentina."
    assert third_countries(text, PAIR) == {"PER", "ARG"}


@pytest.mark.parametrize(("event_type", "text", "named", "expected"), [
    # a typed fact that names no country, in a paragraph about the pair
    ("agreement", "A consular agreement followed in 1931.", (), True),
    ("statement", "The two governments protested the raid in 1961.", (), True),
    # a typed fact about third countries only
    ("agreement", "In 1931 Peru and Bolivia signed a border treaty.", (), False),
    # a third country as the subject: its act, even when a party is named after it
    ("military", "In August 1942 Peruvian forces occupied the island and deported Chileans.", ("CHL",), False),
    ("agreement", "In 1929 Chile and Peru settled the fate of the provinces.", ("CHL",), False),
    ("agreement", "In 1929 Chile and Norway settled the fate of the whalers.", ("CHL", "NOR"), True),
    ("organization", "The Peruvian Ocean Commission, in which Chile sits, was founded in 1984.", ("CHL",), True),
    # a relations fact counts, unless a third country establishes them
    ("relations_established", "Relations with Peru were established in 1931.", (), True),
    ("relations_established", "Peru established relations with Chile on 3 May 1931.", ("CHL",), False),
    # statements: one country's own affairs do not count
    ("statement", "In 1905 Norway declared its independence.", ("NOR",), False),
    ("statement", "In 1990 the Chilean president said that Norway had been a friend.", ("CHL", "NOR"), True),
    # a pluperfect told by a dated speaker is what was said; told as the fact's own time, background
    ("statement", "In 2023 the Chilean minister told reporters that the two countries had settled the dispute.",
     ("CHL",), True),
    ("statement", "He added that Chile had received a million visitors in 2023.", ("CHL", "NOR"), False),
])
def test_relevance(event_type, text, named, expected):
    assert relevant(event_type, text, _scope(text, named)) is expected


def test_unnamed_untyped_facts_need_a_paragraph_about_the_pair():
    text = "The two legations were raised to embassies in 1961."
    assert not relevant("other", text, _scope(text, paragraph=("NOR",)), untyped=True)
    assert relevant("agreement", "A consular agreement followed in 1931.", _scope("", paragraph=("NOR",)))


def test_own_affairs_count_only_when_both_parties_are_named():
    text = "Norway joined NATO in 1949."
    assert not relevant("organization", text, _scope(text, named=("NOR",)))
    both = "Norway joined the commission in 1949, and Chile followed."
    assert relevant("organization", both, _scope(both, named=("NOR", "CHL")))


def test_country_names_inside_longer_words_do_not_count():
    assert third_countries("Nigeria's and Omanis' envoys met in Georgetown.", PAIR) == {"NGA", "OMN"}


@pytest.mark.parametrize(("event_type", "text", "named", "expected"), [
    ("organization", "Both joined the European Union on 1 May 2004.", (), True),
    ("organization", "Together with Peru they founded a customs community in 1969.", (), True),
    ("other", "He became foreign minister in 2016.", ("NOR",), False),
    ("other", "The monarchy fell in the revolution of 1910.", (), False),
])
def test_joint_acts_count_and_one_country_affairs_do_not(event_type, text, named, expected):
    assert relevant(event_type, text, _scope(text, named)) is expected


def test_a_timeline_entry_naming_no_country_belongs_to_a_section_about_the_pair():
    text = "1956: The two legations are raised to the rank of embassies."
    assert relevant("other", text, _scope(text, paragraph=(), section=PAIR), untyped=True)
    assert not relevant("other", text, _scope(text, paragraph=(), section=("NOR",)), untyped=True)


def test_an_act_typed_other_by_a_trigger_counts_like_a_typed_fact():
    text = "In 1981 it closed its consulate in Valparaíso."
    assert relevant("other", text, _scope(text, paragraph=("NOR",)))
    assert not relevant("other", text, _scope(text, paragraph=("NOR",)), untyped=True)


@pytest.mark.parametrize("text", [
    "The Unity Bridge (Spanish: Puente de la Unidad; Portuguese: Ponte da Unidade) opened in 1970.",
    "The North American Free Trade Agreement entered into force in 1994.",
    "A Latin American summit was held in 2001.",
])
def test_language_labels_and_continents_name_no_third_country(text):
    assert third_countries(text, ("CAN", "MEX")) == frozenset()


def test_a_demonym_of_a_third_country_still_counts():
    assert third_countries("South African troops arrived in 1999.", ("CAN", "MEX")) == {"ZAF"}


def test_a_coup_told_as_the_background_of_a_fact_of_the_pair_keeps_the_fact():
    text = ("= Denmark–Thailand relations =\n\nAfter the military coup of 22 May 2014 in Bangkok, Denmark suspended "
            "high-level contacts with Thailand.\n")
    found = [(e.date.edtf, e.event_type) for e in extract_events(parse_article(text, "x.txt"), ("DNK", "THA"))]
    assert found == [("2014-05-22", "other")]


def test_independence_won_by_both_is_each_ones_own_affair_but_joining_together_is_the_pairs():
    text = ("= Estonia–Latvia relations =\n\nBoth countries regained their independence in 1991. Both joined NATO "
            "on 29 March 2004.\n")
    found = [(e.date.edtf, e.event_type) for e in extract_events(parse_article(text, "x.txt"), ("EST", "LVA"))]
    assert found == [("2004-03-29", "organization")]


@pytest.mark.parametrize("text", [
    "A cyclone struck Chile on 20 February 2016.",
    "The volcano erupted on 15 January 2022.",
    "Norway moved its capital to a new city in 1997.",
    "The Labour Party formed a government in Oslo in 2017.",
])
def test_a_disaster_or_a_countrys_own_change_untyped_is_no_fact_of_the_pair(text):
    assert not relevant("other", text, _scope(text, named=("CHL",)), untyped=True)


def test_aid_sent_after_a_disaster_is_a_fact_of_the_pair():
    text = "After the earthquake of March 2010, Norway sent a field hospital to Chile."
    assert relevant("aid", text, _scope(text, named=("NOR", "CHL")))


def test_a_statement_by_one_partys_official_about_the_other_counts():
    text = "In March 2023 Fiala said that Slovakia's decision was regrettable."
    scope = _scope(text, named=("CHL",), paragraph=("CHL",), section=("CHL",))
    assert not relevant("statement", text, scope)
    assert relevant("statement", text, replace(scope, officials={"NOR"}))
    assert not relevant("other", text, replace(scope, officials={"NOR"}), untyped=True)


def test_a_speaker_named_earlier_with_a_title_makes_a_statement_about_the_other_party():
    text = ("= Czech Republic–Slovakia relations =\n\n== Visits ==\nCzech Prime Minister Petr Fiala visited "
            "Bratislava on 2 May 2022.\n\n== Disputes ==\nIn March 2023 Fiala said that the decision of "
            "Slovakia was regrettable.\n")
    found = [(e.date.edtf, e.event_type) for e in extract_events(parse_article(text, "x.txt"), ("CZE", "SVK"))]
    assert ("2023-03", "statement") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The two neighbours drew their border in 1889.", True),
    ("Both governments protested.", True),
    ("Two neighbouring towns were flooded.", False),
])
def test_the_pair_named_as_a_pair(sentence, expected):
    assert PartyMentions(PAIR).pair_named(sentence) is expected
