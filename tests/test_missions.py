"""Diplomatic missions from infobox lines, missions sections and present-tense statements."""

from pathlib import Path

import pytest

from pipeline.extract.missions import extract_missions
from pipeline.read.article import parse_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_19d7f6c56e162ff9.txt"


def article(body: str, title: str = "Norway–Portugal relations"):
    return parse_article(f"= {title} =\n{body}\n", "test.txt")


def rows(body: str, parties=("NOR", "PRT"), title: str = "Norway–Portugal relations"):
    """(sender, receiver, type, city, city_iso3, resident) of each mission found."""
    found = extract_missions(article(body, title), parties)
    return [(m.sending_iso3, m.receiving_iso3, m.mission_type, m.city, m.city_iso3, m.resident) for m in found]


def section(*bullets: str) -> str:
    return "Lead text.\n\n==Resident diplomatic missions==\n" + "".join(f"- {b}\n" for b in bullets)


@pytest.mark.parametrize("value, expected", [
    ("Norwegian embassy, Lisbon", ("NOR", "PRT", "embassy", "Lisbon", "PRT", True)),
    ("Embassy of Portugal, Oslo", ("PRT", "NOR", "embassy", "Oslo", "NOR", True)),
    ("Embassy of Norway in Lisbon", ("NOR", "PRT", "embassy", "Lisbon", "PRT", True)),
    ("Portuguese consulate-general, Bergen", ("PRT", "NOR", "consulate_general", "Bergen", "NOR", True)),
])
def test_infobox_mission_line(value, expected):
    assert rows(f"Infobox\n- Mission1: {value}\n\nLead text.") == [expected]


def test_infobox_mission_in_third_country_is_non_resident():
    assert rows("Infobox\n- Mission2: Portuguese embassy, Copenhagen\n\nLead text.") == [
        ("PRT", "NOR", "embassy", "Copenhagen", "DNK", False),
    ]


def test_embassy_consulate_general_and_consulate_in_one_bullet():
    assert rows(section("Norway has an embassy in Lisbon, a consulate-general in Porto and a consulate in Faro.")) == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("NOR", "PRT", "consulate_general", "Porto", "PRT", True),
        ("NOR", "PRT", "consulate", "Faro", "PRT", True),
    ]


def test_plural_posts_give_one_row_per_city():
    bullet = "Portugal has consulates-general in Bergen and Stavanger and honorary consulates in Tromsø, Ålesund and Bodø."
    assert rows(section(bullet)) == [
        ("PRT", "NOR", "consulate_general", "Bergen", "NOR", True),
        ("PRT", "NOR", "consulate_general", "Stavanger", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Tromsø", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Ålesund", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Bodø", "NOR", True),
    ]


def test_representative_office_of_a_national_body():
    assert rows(section("Innovation Norway has a trade representative office in Lisbon.",
                        "Portugal maintains a representative office in Oslo.")) == [
        ("NOR", "PRT", "representative_office", "Lisbon", "PRT", True),
        ("PRT", "NOR", "representative_office", "Oslo", "NOR", True),
    ]


def test_two_clauses_in_a_lead_sentence_with_countries_after_cities():
    body = "Ties are warm. Norway has an embassy in Lisbon, Portugal, and Portugal has an embassy in Oslo, Norway."
    assert rows(body) == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
    ]


def test_non_resident_accreditation_then_a_resident_post():
    bullet = "Norway is accredited to Portugal from its embassy in Madrid, Spain and has an honorary consulate in Porto."
    assert rows(section(bullet)) == [
        ("NOR", "PRT", "embassy", "Madrid", "ESP", False),
        ("NOR", "PRT", "honorary_consulate", "Porto", "PRT", True),
    ]


@pytest.mark.parametrize("sentence", [
    "Portugal is represented in Norway through its embassy in Stockholm.",
    "Portugal's embassy in Stockholm is also accredited to Norway.",
    "Portugal has an embassy in Stockholm, which is also accredited to Norway.",
])
def test_other_accreditation_wordings(sentence):
    assert rows(f"Lead text. {sentence}") == [("PRT", "NOR", "embassy", "Stockholm", "SWE", False)]


def test_accreditation_to_a_third_country_from_a_third_country_is_ignored():
    assert rows("Lead text. Portugal is accredited to Iceland from its embassy in Copenhagen.") == []


def test_resident_post_also_accredited_to_a_third_country_stays_resident():
    assert rows("Lead text. Portugal has an embassy in Oslo, which is also accredited to Iceland.") == [
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
    ]


@pytest.mark.parametrize("sentence", [
    "Norway opened an embassy in Lisbon in 1955.",
    "The Norwegian government closed its embassy in Lisbon in 2014.",
    "Portugal opened a legation in Oslo in 1920.",
    "Norway had a consulate in Porto until 1990.",
    "Norway intends to open a consulate in Faro.",
    "Portugal does not have an embassy in Oslo.",
])
def test_past_planned_or_negated_posts_are_skipped(sentence):
    assert rows(f"Lead text. {sentence}") == []


def test_posts_of_third_countries_or_outside_the_pair_are_ignored():
    body = section("Sweden has an embassy in Lisbon.", "Norway has an embassy in Copenhagen.")
    assert rows(body) == []


def test_unknown_city_of_a_resident_post_defaults_to_the_receiver():
    assert rows(section("Norway has an honorary consulate in Zzyzxville.")) == [
        ("NOR", "PRT", "honorary_consulate", "Zzyzxville", "PRT", True),
    ]


def test_bare_noun_phrase_bullet_in_missions_section():
    assert rows(section("Embassy of Portugal in Oslo")) == [("PRT", "NOR", "embassy", "Oslo", "NOR", True)]


def test_same_post_in_infobox_lead_and_section_is_one_row_with_the_section_provenance():
    body = ("Infobox\n- Mission1: Norwegian embassy, Lisbon\n\nNorway has an embassy in Lisbon.\n\n"
            "==Resident diplomatic missions==\n- Norway has an embassy in Lisbon.\n")
    doc = article(body)
    [mission] = extract_missions(doc, ("NOR", "PRT"))
    assert mission.section == "Resident diplomatic missions"
    assert doc.text[mission.char_start:mission.char_end] == "Norway has an embassy in Lisbon."


def test_infobox_provenance_when_the_post_is_only_repeated_in_the_lead():
    doc = article("Infobox\n- Mission1: Norwegian embassy, Lisbon\n\nNorway has an embassy in Lisbon.")
    [mission] = extract_missions(doc, ("NOR", "PRT"))
    assert mission.section == "Infobox"
    assert doc.text[mission.char_start:mission.char_end] == "- Mission1: Norwegian embassy, Lisbon"


def test_seed_albania_iceland():
    doc = parse_article(SEED.read_text(encoding="utf-8"), SEED.name)
    found = [(m.sending_iso3, m.receiving_iso3, m.mission_type, m.city, m.city_iso3, m.resident)
             for m in extract_missions(doc, ("ALB", "ISL"))]
    assert found == [
        ("ALB", "ISL", "embassy", "Stockholm", "SWE", False),
        ("ISL", "ALB", "embassy", "Stockholm", "SWE", False),
        ("ISL", "ALB", "honorary_consulate", "Tirana", "ALB", True),
    ]


def test_represented_by_honorary_consuls():
    body = section("Norway has an embassy in Lisbon, and is represented by honorary consuls in Porto and Faro.")
    assert rows(body) == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Porto", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Faro", "PRT", True),
    ]


def test_city_names_with_particles():
    body = section("Kenya has a high commission in Dar es Salaam.")
    assert rows(body, ("KEN", "TZA"), "Kenya–Tanzania relations") == [
        ("KEN", "TZA", "embassy", "Dar es Salaam", "TZA", True)]
