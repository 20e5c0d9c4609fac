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
    ("Representation of Norway, Lisbon", ("NOR", "PRT", "representative_office", "Lisbon", "PRT", True)),
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
    "The Norwegian government closed its embassy in Lisbon in 2014.",
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


def test_multi_word_city_names():
    body = section("Norway has consulates in Santa Cruz de la Sierra and Ho Chi Minh City.",
                   "Norway has an honorary consulate in Port of Spain (English: the Port).")
    assert rows(body, ("NOR", "BOL"), "Bolivia–Norway relations") == [
        ("NOR", "BOL", "consulate", "Santa Cruz de la Sierra", "BOL", True),
    ]
    assert rows(section("Norway has an embassy in Kuala Lumpur and a consulate in Kota Kinabalu."),
                ("NOR", "MYS"), "Malaysia–Norway relations") == [
        ("NOR", "MYS", "embassy", "Kuala Lumpur", "MYS", True),
        ("NOR", "MYS", "consulate", "Kota Kinabalu", "MYS", True),
    ]
    assert rows("Infobox\n- Mission1: High Commission of Trinidad and Tobago, Port of Spain\n\nLead.",
                ("GBR", "TTO"), "Trinidad and Tobago–United Kingdom relations") == []
    assert rows("Infobox\n- Mission2: British High Commission, Port of Spain\n\nLead.",
                ("GBR", "TTO"), "Trinidad and Tobago–United Kingdom relations") == [
        ("GBR", "TTO", "embassy", "Port of Spain", "TTO", True),
    ]


@pytest.mark.parametrize("value, parties, expected", [
    ("Philippine Embassy, Oslo", ("NOR", "PHL"), ("PHL", "NOR", "embassy", "Oslo", "NOR", True)),
    ("Royal Bhutanese Embassy, Oslo", ("BTN", "NOR"), ("BTN", "NOR", "embassy", "Oslo", "NOR", True)),
    ("Korean consulate-general, Bergen", ("KOR", "NOR"), ("KOR", "NOR", "consulate_general", "Bergen", "NOR", True)),
    ("Apostolic Nunciature, Oslo", ("NOR", "VAT"), ("VAT", "NOR", "embassy", "Oslo", "NOR", True)),
])
def test_infobox_adjectives_named_by_a_word_of_the_country(value, parties, expected):
    assert rows(f"Infobox\n- Mission1: {value}\n\nLead text.", parties) == [expected]


@pytest.mark.parametrize("bullet", [
    "Norway has an embassy in Lisbon and honorary consulates (in Porto, Faro and Funchal).",
    "Norway has an embassy in Lisbon and three honorary consulates in Portugal (Porto, Faro and Funchal).",
    "Norway has an embassy in Lisbon and honorary consulates in Portugal, among them those in Porto, Faro and Funchal.",
    "Norway has an embassy in Lisbon and honorary consulates in three cities: Porto, Faro and Funchal.",
])
def test_lists_of_cities_after_a_country_or_in_brackets(bullet):
    assert rows(section(bullet)) == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Porto", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Faro", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Funchal", "PRT", True),
    ]


def test_gloss_in_brackets_after_a_city_is_not_a_city():
    assert rows(section("Portugal has consulates in Bergen (Norwegian: Bjørgvin) and Tromsø.")) == [
        ("PRT", "NOR", "consulate", "Bergen", "NOR", True),
    ]


@pytest.mark.parametrize("sentence", [
    "Norway opened an embassy in Lisbon in 2005.",
    "In 2005 Norway established an embassy in Lisbon, headed by a chargé d'affaires.",
    "The Norwegian embassy in Lisbon was inaugurated in 2005.",
    "Norway's consulate-general in Lisbon was upgraded to an embassy in 2005.",
    "Norway upgraded its consulate in Lisbon to an embassy in 2005.",
    "Norway opened a legation in Lisbon in 1950, which was raised to the rank of embassy in 1975.",
])
def test_posts_opened_in_the_past_stand_until_closed(sentence):
    assert rows(f"Lead text. {sentence}") == [("NOR", "PRT", "embassy", "Lisbon", "PRT", True)]


@pytest.mark.parametrize("body", [
    "Norway opened an embassy in Lisbon in 1990, but closed it in 2012.",
    "Norway opened an embassy in Lisbon in 1990.\n\nBudget cuts led the Norwegian government to close posts, "
    "and Norway closed its embassy in Lisbon in 2012.",
    "Norway opened a legation in Lisbon in 1920. The legation was withdrawn in 1940.",
])
def test_posts_opened_then_closed_are_gone(body):
    assert rows(f"Lead text. {body}") == []


def test_an_opening_is_replaced_by_the_post_of_the_same_city_standing_now():
    body = ("Portugal opened a consulate in Oslo in 1950.\n\n==Diplomatic missions==\n"
            "- Portugal has an embassy in Oslo and a consulate-general in Bergen.\n")
    assert rows(body) == [
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
        ("PRT", "NOR", "consulate_general", "Bergen", "NOR", True),
    ]


@pytest.mark.parametrize("bullet, expected", [
    ("Norway has a resident ambassador in Lisbon.", ("NOR", "PRT", "embassy", "Lisbon", "PRT", True)),
    ("Norway has consular agencies in Faro and Funchal.", ("NOR", "PRT", "other", "Faro", "PRT", True)),
    ("Portugal has a liaison office in Oslo.", ("PRT", "NOR", "representative_office", "Oslo", "NOR", True)),
    ("Portugal has an interests section in Oslo.", ("PRT", "NOR", "other", "Oslo", "NOR", True)),
    ("Portugal has a deputy high commission in Bergen.", ("PRT", "NOR", "consulate_general", "Bergen", "NOR", True)),
    ("Portugal covers Norway from its embassy in Stockholm.", ("PRT", "NOR", "embassy", "Stockholm", "SWE", False)),
    ("Portugal's embassy in Stockholm also covers Norway.", ("PRT", "NOR", "embassy", "Stockholm", "SWE", False)),
])
def test_kinds_of_post_from_the_lexicon(bullet, expected):
    assert rows(section(bullet))[0] == expected


def test_the_holy_see_sends_a_nunciature():
    body = section("The Holy See has an apostolic nunciature in Oslo.", "Norway has an embassy to the Holy See in Rome.")
    assert rows(body, ("NOR", "VAT"), "Holy See–Norway relations") == [
        ("VAT", "NOR", "embassy", "Oslo", "NOR", True),
        ("NOR", "VAT", "embassy", "Rome", "ITA", False),
    ]


def test_post_and_its_name_in_apposition_and_two_kinds_sharing_a_city():
    body = section("The City of Bergen keeps a trade office, Bergen House, in Lisbon.",
                   "Portugal maintains an embassy and a trade office in Oslo.")
    assert rows(body) == [
        ("NOR", "PRT", "representative_office", "Lisbon", "PRT", True),
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
        ("PRT", "NOR", "representative_office", "Oslo", "NOR", True),
    ]


def test_an_agency_named_by_a_word_of_the_country():
    assert rows(section("The Korea Tourism Organization runs tourism offices in Bergen and Oslo."), ("KOR", "NOR"),
                "Norway–South Korea relations") == [
        ("KOR", "NOR", "representative_office", "Bergen", "NOR", True),
        ("KOR", "NOR", "representative_office", "Oslo", "NOR", True),
    ]


def test_in_the_city_is_the_city_named_before():
    body = section("Norway has an embassy in Lisbon, and Innovation Norway has a trade office in the city.")
    assert rows(body) == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("NOR", "PRT", "representative_office", "Lisbon", "PRT", True),
    ]


def test_in_the_capital_is_the_receivers_capital():
    assert rows(section("Portugal has an embassy in the capital.")) == [("PRT", "NOR", "embassy", "Oslo", "NOR", True)]


def test_a_negated_post_still_names_the_subject_of_the_next_sentence():
    body = section("Portugal has no embassy in Norway. Its interests are looked after from Stockholm, "
                   "and it keeps an honorary consulate in Bergen.")
    assert rows(body) == [("PRT", "NOR", "honorary_consulate", "Bergen", "NOR", True)]


def test_a_small_namesake_abroad_of_a_resident_post_is_taken_for_a_town_of_the_receiver():
    body = section("Portugal has honorary consulates in Bergen and Traiguén.", "Portugal has an embassy in Lima.")
    assert rows(body) == [
        ("PRT", "NOR", "honorary_consulate", "Bergen", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Traiguén", "NOR", True),
    ]


@pytest.mark.parametrize("sentence", [
    "Both countries have embassies in each other's capitals.",
    "Norway and Portugal maintain embassies in each other's capitals.",
    "Each country has an embassy in the other's capital.",
])
def test_embassies_in_each_others_capitals(sentence):
    assert rows(f"Lead text. {sentence}") == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
    ]


@pytest.mark.parametrize("sentence", [
    "Neither country has an embassy in the other's capital.",
    "Norway and Sweden have embassies in each other's capitals.",
])
def test_reciprocal_posts_of_no_one_or_of_another_pair(sentence):
    assert rows(f"Lead text. {sentence}") == []


@pytest.mark.parametrize("sentence", [
    "Since the closure of its legation, Portugal has been represented by its embassy in Stockholm.",
    "Portugal's ambassador to Norway is based in Stockholm.",
    "Portugal has no embassy in Norway; its embassy in Stockholm is accredited to Norway.",
    "The embassy of Portugal in Stockholm also covers Norway.",
    "Norway is covered by Portugal's embassy in Stockholm.",
])
def test_more_accreditation_wordings(sentence):
    assert rows(f"Lead text. {sentence}") == [("PRT", "NOR", "embassy", "Stockholm", "SWE", False)]


def test_an_ambassador_resident_at_home_is_no_post():
    assert rows("Lead text. Portugal's ambassador to Norway is resident in Lisbon.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("There is a Portuguese embassy in Oslo.", [("PRT", "NOR", "embassy", "Oslo", "NOR", True)]),
    ("There is a Portuguese embassy in Copenhagen.", []),
    ("In 1990 the Portuguese consulate-general in Oslo became an embassy.", [("PRT", "NOR", "embassy", "Oslo", "NOR", True)]),
    ("Portugal opened its embassy in Oslo in 1955, and Norway opened a consulate in Porto in 1956.",
     [("PRT", "NOR", "embassy", "Oslo", "NOR", True), ("NOR", "PRT", "consulate", "Porto", "PRT", True)]),
    ("Norway has an embassy in the Portuguese capital, Lisbon.", [("NOR", "PRT", "embassy", "Lisbon", "PRT", True)]),
    ("Portugal has two honorary consuls in Norway, in Bergen and Stavanger.",
     [("PRT", "NOR", "honorary_consulate", "Bergen", "NOR", True),
      ("PRT", "NOR", "honorary_consulate", "Stavanger", "NOR", True)]),
])
def test_further_wordings_of_a_post(sentence, expected):
    assert rows(f"Lead text. {sentence}") == expected


def test_terse_items_of_a_missions_section_led_by_the_sender():
    body = section("Portugal: embassy in Oslo; consulates-general in Bergen and Stavanger; honorary consulate in Tromsø.",
                   "Norway: embassy in Lisbon.")
    assert rows(body) == [
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
        ("PRT", "NOR", "consulate_general", "Bergen", "NOR", True),
        ("PRT", "NOR", "consulate_general", "Stavanger", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Tromsø", "NOR", True),
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
    ]


def test_terse_non_resident_item_with_the_envoy_as_subject_and_a_verbless_sentence():
    body = section("Norway: non-resident; its ambassador is accredited from the Norwegian embassy in Madrid, Spain. "
                   "Honorary consulates in Faro and Funchal.")
    assert rows(body) == [
        ("NOR", "PRT", "embassy", "Madrid", "ESP", False),
        ("NOR", "PRT", "honorary_consulate", "Faro", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Funchal", "PRT", True),
    ]


def test_a_verbless_post_outside_a_missions_section_is_not_read():
    assert rows("Lead text. Honorary consulates in Faro and Funchal.") == []


def test_represented_in_a_city_by_a_post_and_appositions_after_a_city():
    body = ("Lead text. Norway is represented in Lisbon by an embassy, and it also keeps a consulate in Porto, "
            "the second city of the north, and an honorary consul in Zzyzxville.")
    assert rows(body) == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("NOR", "PRT", "consulate", "Porto", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Zzyzxville", "PRT", True),
    ]


def test_represented_in_the_country_by_posts_of_its_own():
    body = "Lead text. Portugal is represented in the kingdom by its embassy in Oslo and by an honorary consul in Zzyzxville."
    assert rows(body) == [
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Zzyzxville", "NOR", True),
    ]
    assert rows("Lead text. Portugal has covered the country from its embassy in Stockholm since 2001.") == [
        ("PRT", "NOR", "embassy", "Stockholm", "SWE", False),
    ]


def test_a_post_in_an_aside_between_subject_and_verb():
    body = "Lead text. Portugal, besides its embassy in Oslo, maintains consulates in Bergen and Stavanger."
    assert rows(body) == [
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
        ("PRT", "NOR", "consulate", "Bergen", "NOR", True),
        ("PRT", "NOR", "consulate", "Stavanger", "NOR", True),
    ]


def test_a_post_named_by_the_adjective_of_a_third_country_is_not_the_pairs():
    assert rows("Lead text. Portugal is represented by the Spanish embassy in Oslo.") == []


def test_prose_with_an_aside_and_posts_sited_after_their_verb():
    body = ("Lead text.\n\n==Diplomatic missions==\n"
            "Portugal, for its part, has an embassy in Oslo. Further honorary consulates operate in Tromsø and Bodø.\n\n"
            "Norwegian honorary consuls serve in Faro and Porto.\n")
    assert rows(body) == [
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Tromsø", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Bodø", "NOR", True),
        ("NOR", "PRT", "honorary_consulate", "Faro", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Porto", "PRT", True),
    ]


def test_a_post_closed_in_the_sentence_that_names_it_is_not_standing():
    body = "Lead text.\n\n==Diplomatic missions==\nPortugal has an embassy in Oslo. Its consulate in Bergen closed in 2011.\n"
    assert rows(body) == [("PRT", "NOR", "embassy", "Oslo", "NOR", True)]


def test_infobox_lists_of_one_kind_of_post_by_the_party_of_their_number():
    body = ("\nInfobox\n- Party1: Norway\n- Party2: Portugal\n- Mission1: Embassy of Norway, Lisbon\n"
            "- Consulates1: Consulate-General of Norway, Porto\n- Honorary consulates1: Faro; Funchal\n"
            "- Honorary consulates2: Bergen\n\nLead text.\n")
    assert rows(body) == [
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
        ("NOR", "PRT", "consulate_general", "Porto", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Faro", "PRT", True),
        ("NOR", "PRT", "honorary_consulate", "Funchal", "PRT", True),
        ("PRT", "NOR", "honorary_consulate", "Bergen", "NOR", True),
    ]


def test_posts_of_a_country_that_is_gone_are_told_in_the_past_tense():
    body = "\nLead text.\n\n==Diplomatic missions (until 1991)==\n- The Soviet Union had an embassy in Oslo.\n"
    assert rows(body, ("SUN", "NOR"), "Norway–Soviet Union relations") == [("SUN", "NOR", "embassy", "Oslo", "NOR", True)]
    assert rows("\nLead text.\n\n==Diplomatic missions==\n- Portugal had an embassy in Oslo.\n") == []


def test_bullets_without_a_sender_take_the_party_their_heading_names():
    body = ("Lead text.\n\n==Diplomatic missions==\n===Portuguese missions in Norway===\n"
            "- Embassy in Oslo.\n- Honorary consulates in Bergen and Stavanger.\n"
            "===Norwegian representation for Portugal===\n- Embassy in Lisbon.\n")
    assert rows(body) == [
        ("PRT", "NOR", "embassy", "Oslo", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Bergen", "NOR", True),
        ("PRT", "NOR", "honorary_consulate", "Stavanger", "NOR", True),
        ("NOR", "PRT", "embassy", "Lisbon", "PRT", True),
    ]


def test_bullets_under_a_heading_naming_no_party_need_their_own_sender():
    assert rows(section("Embassy in Oslo.")) == []


def test_a_city_with_initials_in_the_infobox_is_one_city():
    body = "Infobox\n- Mission1: Embassy of Ecuador, Washington, D.C.\n\nLead text."
    assert rows(body, ("ECU", "USA"), "Ecuador–United States relations") == [
        ("ECU", "USA", "embassy", "Washington, D.C.", "USA", True)]


def test_posts_with_an_aside_between_their_kind_and_their_cities():
    body = section("Bangladesh has a deputy high commission (the equivalent of a consulate-general) in Kolkata, "
                   "and assistant high commissions, which function as consulates, in Guwahati and Mumbai.")
    assert rows(body, ("BGD", "IND"), "Bangladesh–India relations") == [
        ("BGD", "IND", "consulate_general", "Kolkata", "IND", True),
        ("BGD", "IND", "consulate", "Guwahati", "IND", True), ("BGD", "IND", "consulate", "Mumbai", "IND", True)]


@pytest.mark.parametrize("bullet, expected", [
    ("Vanuatu has a consulate-general in Nouméa, New Caledonia.", ("VUT", "FRA", "consulate_general", "Nouméa", "NCL", True)),
    ("Vanuatu has a consulate-general in Saint-Denis, Réunion.", ("VUT", "FRA", "consulate_general", "Saint-Denis", "FRA", True)),
])
def test_a_post_in_a_dependent_territory_stands_in_its_sovereigns_territory(bullet, expected):
    assert rows(section(bullet), ("FRA", "VUT"), "France–Vanuatu relations") == [expected]


@pytest.mark.parametrize("bullet, parties, title, expected", [
    ("The DPRK has consulates-general in Shenyang and Hong Kong.", ("CHN", "PRK"), "China–North Korea relations",
     [("PRK", "CHN", "consulate_general", "Shenyang", "CHN", True), ("PRK", "CHN", "consulate_general", "Hong Kong", "CHN", True)]),
    ("Iceland has consulates-general in Tórshavn, in the Faroe Islands, and in Nuuk, in Greenland.", ("DNK", "ISL"),
     "Denmark–Iceland relations",
     [("ISL", "DNK", "consulate_general", "Tórshavn", "FRO", True), ("ISL", "DNK", "consulate_general", "Nuuk", "GRL", True)]),
])
def test_a_list_of_posts_with_a_city_named_like_its_territory_or_an_in_repeated(bullet, parties, title, expected):
    assert rows(section(bullet), parties, title) == expected


def test_a_post_that_was_never_closed_still_stands():
    body = ("Infobox\n- Mission1: Embassy of Portugal, Oslo\n\nLead text.\n\n"
            "==History==\nThe Portuguese embassy in Oslo was never closed during the war.\n")
    assert rows(body) == [("PRT", "NOR", "embassy", "Oslo", "NOR", True)]


@pytest.mark.parametrize("sentence, expected", [
    ("A Portuguese consulate-general was opened in Bergen in 1998.",
     ("PRT", "NOR", "consulate_general", "Bergen", "NOR", True)),
    ("In 2004 Norway appointed an honorary consul in Faro.", ("NOR", "PRT", "honorary_consulate", "Faro", "PRT", True)),
    ("Portugal keeps no consulate in Norway, while Norway has an embassy in Lisbon.",
     ("NOR", "PRT", "embassy", "Lisbon", "PRT", True)),
])
def test_posts_opened_or_appointed_in_prose(sentence, expected):
    assert rows(f"Lead text.\n\n==Diplomatic missions==\n{sentence}\n") == [expected]


def test_a_table_of_posts_gives_one_mission_per_row():
    table = ('Lead text.\n\n==Diplomatic missions==\n{| class="wikitable"\n! Sending state !! Type !! City !! Opened\n'
             "|-\n| Norway || Consulate-General || Porto || 2019\n|-\n| Portugal || Honorary consulate || Bergen || 1990\n"
             "|-\n| Norway || Embassy || Lisbon || Bergen\n|}\n")
    assert rows(table) == [
        ("NOR", "PRT", "consulate_general", "Porto", "PRT", True),
        ("PRT", "NOR", "honorary_consulate", "Bergen", "NOR", True),
    ]


def test_a_post_named_with_its_sender_after_it_and_a_sender_written_with_the():
    text = ("Lead text.\n\n==Diplomatic missions==\nNorway is represented by its embassy in Lisbon; an honorary consulate "
            "of Portugal operates in Bergen and serves the Portuguese community.\n")
    assert rows(text) == [("NOR", "PRT", "embassy", "Lisbon", "PRT", True), ("PRT", "NOR", "honorary_consulate", "Bergen", "NOR", True)]
    former = "Lead text.\n\n==Diplomatic missions==\nThe GDR had an embassy in Warsaw and consulates-general in Kraków and Szczecin.\n"
    assert rows(former, ("DDR", "POL"), "East Germany–Poland relations") == [
        ("DDR", "POL", "embassy", "Warsaw", "POL", True), ("DDR", "POL", "consulate_general", "Kraków", "POL", True),
        ("DDR", "POL", "consulate_general", "Szczecin", "POL", True)]
