"""Dated facts of small articles: relative dates, several facts in a sentence, repeats, and
what is not a fact about the pair."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import find_dates
from pipeline.extract.events import Event, extract_events, split_clauses
from pipeline.read.article import parse_article

JAPAN_POLAND = ("JPN", "POL")
PORTUGAL_BRAZIL = ("PRT", "BRA")
CANADA_NORWAY = ("CAN", "NOR")


def events(text: str, parties: tuple[str, str]) -> list[Event]:
    return extract_events(parse_article(text, "x.txt"), parties)


def rows(found: list[Event]) -> list[tuple[str, str]]:
    return [(e.date.edtf, e.event_type) for e in found]


def history_events(history: str) -> list[Event]:
    """The events of a Canada–Norway article whose History section is `history`."""
    return events(f"= Canada–Norway relations =\n\n==History==\n{history}\n", CANADA_NORWAY)


def trips(history: str) -> list[Event]:
    """The visit events of a Canada–Norway article whose History section is `history`."""
    return [e for e in history_events(history) if e.visit]


def met(event: Event) -> list[str]:
    """The names of the people a visit event's visitor met."""
    return [name for name, _ in event.visit.counterparts]


def test_relative_date_following_year():
    text = """= Japan–Poland relations =

==History==
On 5 May 1919, Japan recognised the independence of Poland. The following year, the two countries signed a treaty of friendship.
"""
    found = events(text, JAPAN_POLAND)
    assert rows(found) == [("1919-05-05", "recognition"), ("1920", "agreement")]
    treaty = found[1]
    assert (treaty.date.start, treaty.date.end, treaty.date.precision) == (date(1920, 1, 1), date(1920, 12, 31), "year")
    assert treaty.text == "The following year, the two countries signed a treaty of friendship."


def test_relative_dates_years_later_and_same_year():
    text = """= Japan–Poland relations =

==History==
In 1957, Japan and Poland restored diplomatic relations. Two years later, the two countries signed a trade agreement. The same year, Japanese investors opened a factory near Wrocław.
"""
    assert rows(events(text, JAPAN_POLAND)) == [("1957", "relations_restored"), ("1959", "agreement"), ("1959", "trade")]


def test_a_relative_date_counts_from_the_fact_before_not_from_its_background():
    text = """= Japan–Poland relations =

==History==
On 3 March 1995 a Polish court ruled that Japanese residents who arrived between 1960 and 1970 were citizens. Japan protested later that year.
"""
    assert rows(events(text, JAPAN_POLAND)) == [("1995-03-03", "other"), ("1995", "statement")]


def test_relative_month():
    text = """= Japan–Poland relations =

==History==
In March 1957, Japan and Poland restored diplomatic relations. The following month, the two countries signed a trade agreement.
"""
    assert rows(events(text, JAPAN_POLAND)) == [("1957-03", "relations_restored"), ("1957-04", "agreement")]


def test_two_facts_with_two_dates_in_one_sentence():
    text = """= Japan–Poland relations =

==History==
Japan recognised the independence of Poland on 1 May 2001, and the two countries established diplomatic relations on 3 June 2001.
"""
    found = events(text, JAPAN_POLAND)
    assert rows(found) == [("2001-05-01", "recognition"), ("2001-06-03", "relations_established")]
    assert found[0].text == found[1].text  # both rows point at the same sentence
    assert found[0].start == text.index("Japan recognised")
    assert text[found[0].start:found[0].end] == found[0].text


def test_split_clauses_keeps_offsets():
    sentence = "Japan recognised Poland on 1 May 2001, and the two countries established relations on 3 June 2001"
    clauses = split_clauses(sentence)
    assert [c.text for c in clauses] == ["Japan recognised Poland on 1 May 2001",
                                         "the two countries established relations on 3 June 2001"]
    for clause in clauses:
        assert sentence[clause.start:clause.start + len(clause.text)] == clause.text


def test_fact_in_lead_and_history_is_one_row_at_the_precise_date():
    text = """= Canada–Norway relations =

Canada and Norway established diplomatic relations in 1942.

==History==
Canada and Norway established diplomatic relations on 12 March 1942.
"""
    found = events(text, CANADA_NORWAY)
    assert rows(found) == [("1942-03-12", "relations_established")]
    assert found[0].section == "History"
    assert found[0].text == "Canada and Norway established diplomatic relations on 12 March 1942."


def test_precise_lead_wins_over_vaguer_history():
    text = """= Portugal–Brazil relations =

Portugal recognised the independence of Brazil on 29 August 1825.

==History==
In 1825, Portugal recognised the independence of Brazil.
"""
    found = events(text, PORTUGAL_BRAZIL)
    assert rows(found) == [("1825-08-29", "recognition")]
    assert found[0].section == "Lead"


def test_a_span_and_a_day_inside_it_are_different_facts():
    text = """= Canada–Norway relations =

Canadian and Norwegian frigates patrolled the Norwegian Sea together from 1950 to 1955. In the 1960s
Norwegian fishermen settled in Canada.

==History==
On 4 June 1952 a Canadian frigate and a Norwegian frigate patrolled off Bergen.

In 1964 Norwegian fishermen settled in Nova Scotia, Canada.
"""
    assert rows(events(text, CANADA_NORWAY)) == [
        ("1950/1955", "military"), ("196X", "migration"), ("1952-06-04", "military"), ("1964", "migration")]


def test_different_years_are_different_facts():
    text = """= Canada–Norway relations =

Canada and Norway signed a fisheries agreement in 1975.

==History==
Canada and Norway signed a fisheries agreement in 1995.
"""
    assert rows(events(text, CANADA_NORWAY)) == [("1975", "agreement"), ("1995", "agreement")]


def test_a_sentence_without_a_date_is_not_an_event():
    text = """= Canada–Norway relations =

==History==
Canada and Norway established diplomatic relations. Canada and Norway signed a fisheries agreement.
"""
    assert events(text, CANADA_NORWAY) == []


def test_numbers_that_are_not_dates_make_no_event():
    text = """= Portugal–Brazil relations =

==Trade==
Trade between Portugal and Brazil grew by 15% to US$2.5 billion. About 20,000 Brazilian tourists visit Portugal every year. Some 1,900 Portuguese companies operate in Brazil. Brazilian exports to Portugal reached 2010 tonnes of coffee.
"""
    assert events(text, PORTUGAL_BRAZIL) == []


def test_a_percentage_beside_a_real_date_gives_only_that_date():
    text = """= Portugal–Brazil relations =

==Trade==
In 2015, trade between Portugal and Brazil fell by 12%.
"""
    assert rows(events(text, PORTUGAL_BRAZIL)) == [("2015", "trade")]


def test_one_country_joining_an_organisation_is_no_event():
    text = """= Japan–Poland relations =

==History==
Japan and Poland established diplomatic relations in 1919. Poland joined NATO in 1999. Poland joined the European Union in 2004.
"""
    assert rows(events(text, JAPAN_POLAND)) == [("1919", "relations_established")]


@pytest.mark.parametrize("sentence", [
    "Both were constituent republics of a larger union until 1991.",
    "The new emperor proclaimed himself king in 1926.",
    "The Japanese prime minister changed his own name in 1926.",
])
def test_one_sides_own_affairs_are_no_event(sentence):
    text = f"= Japan–Poland relations =\n\n==History==\nJapan and Poland established diplomatic relations in 1919. {sentence}\n"
    assert rows(events(text, JAPAN_POLAND)) == [("1919", "relations_established")]


def test_a_visit_is_one_event_carrying_the_visit():
    text = """= Japan–Poland relations =

==Visits==
In May 2015, Polish President Andrzej Duda visited Tokyo.
"""
    found = events(text, JAPAN_POLAND)
    assert rows(found) == [("2015-05", "visit")]
    visit = found[0].visit
    assert (visit.visitor_name, visit.visitor_role, visit.origin_iso3, visit.host_iso3, visit.city) == (
        "Andrzej Duda", "head_of_state", "POL", "JPN", "Tokyo")


def test_visit_follow_up_and_third_country_meeting():
    text = """= Japan–Poland relations =

==High-level visits==
In 2016, Polish President Andrzej Duda visited Tokyo and met Prime Minister Shinzo Abe. In Kyoto he met Emperor Akihito.

In 2018, Prime Minister Shinzo Abe met President Andrzej Duda in Geneva.
"""
    found = events(text, JAPAN_POLAND)
    assert rows(found) == [("2016", "visit"), ("2018", "meeting")]
    assert found[0].visit.counterparts == [("Shinzo Abe", "Prime Minister"), ("Akihito", "Emperor")]
    assert found[1].visit is None  # a meeting abroad is not a visit


def test_visit_with_signing_adds_an_agreement():
    text = """= Japan–Poland relations =

==High-level visits==
In 2019, Foreign Minister Taro Kono paid an official visit to Poland, and the two ministers signed a memorandum on cybersecurity.
"""
    found = events(text, JAPAN_POLAND)
    assert rows(found) == [("2019", "visit"), ("2019", "agreement")]
    assert found[0].visit.host_iso3 == "POL"
    assert found[1].visit is None


def test_see_also_is_ignored():
    text = """= Japan–Poland relations =

==History==
Japan and Poland established diplomatic relations in 1919.

==See also==
- Japan and Poland signed a treaty in 1922.
In 1922, Japan and Poland signed a treaty.
"""
    found = events(text, JAPAN_POLAND)
    assert rows(found) == [("1919", "relations_established")]
    assert all(e.section == "History" for e in found)


def test_one_country_status_facts_are_not_events():
    text = (
        "= Brazil–Canada relations =\n\n==History==\n"
        "Brazil and Canada are both members of the Organization of American States. In 1889, Brazil became a republic. "
        "Canada's population grew by 10% in 1950. In 1941, the two countries established diplomatic relations.\n"
    )
    assert rows(events(text, ("BRA", "CAN"))) == [("1941", "relations_established")]


def test_the_opening_definition_and_a_former_name_are_no_facts():
    text = (
        "= Japan–Poland relations =\n\n"
        "Japan–Poland relations were the relations between the Empire of Japan and the Republic of Poland from 1919 "
        "until the war of 1939. Poland opened a legation in Tokyo in 1921. Japan was known until 1945 as the Empire of Japan.\n"
    )
    assert rows(events(text, JAPAN_POLAND)) == [("1921", "other")]


def test_a_clause_with_two_dated_facts_is_split_between_them():
    sentence = "A trade agreement was signed on 3 May 2011 and entered into force on 1 March 2012."
    clauses = split_clauses(sentence, find_dates(sentence, None))
    assert [c.text for c in clauses] == ["A trade agreement was signed on 3 May 2011",
                                         "entered into force on 1 March 2012."]
    assert sentence[clauses[1].start:].startswith("entered")


def test_a_consequence_told_by_a_participle_with_its_own_time_is_a_fact_of_its_own():
    found = history_events("On 2 March 2019 a Canadian court ruled the fishing licences void, prompting a formal "
                           "protest from Norway's foreign ministry the next day.")
    assert rows(found) == [("2019-03-02", "other"), ("2019-03-03", "statement")]


def test_two_acts_told_as_the_means_of_one_response_are_two_facts():
    found = history_events("Oslo retaliated by closing the border to Canadian trawlers on 3 June 1977 and by "
                           "requiring visas from Canadians in turn.")
    assert rows(found) == [("1977-06-03", "other"), ("1977-06-03", "visa")]
    found = history_events("Relations were strained by the seizures of trawlers in 1977 and 1983 and by recurring "
                           "trade disputes.")
    assert [e.date.edtf for e in found] == ["1977", "1983"]


def test_a_clause_of_another_place_and_time_is_the_visitors_next_trip():
    found = trips("Prime Minister Jonas Gahr Støre met Justin Trudeau in Ottawa on 3–4 May 2022 and in Montreal "
                  "on 9 June 2023. King Harald V crossed to Canada twice in 1995: in May to Halifax, and in "
                  "August to Calgary, where the governor general received him.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.city) for e in found] == [
        ("2022-05-03/2022-05-04", "Jonas Gahr Støre", "Ottawa"), ("2023-06-09", "Jonas Gahr Støre", "Montreal"),
        ("1995-05", "Harald V", "Halifax"), ("1995-08", "Harald V", "Calgary")]
    assert met(found[1]) == ["Justin Trudeau"]


def test_a_trip_there_weeks_after_another_is_a_trip_of_its_own_to_the_same_place():
    found = trips("Foreign Minister Anniken Huitfeldt followed up in Ottawa on 2–4 September 2022, some ten weeks "
                  "after Prime Minister Jonas Gahr Støre had paid a state visit there on 20–21 June 2022.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.city) for e in found] == [
        ("2022-09-02/2022-09-04", "Anniken Huitfeldt", "Ottawa"),
        ("2022-06-20/2022-06-21", "Jonas Gahr Støre", "Ottawa")]


def test_attending_an_event_a_party_hosted_is_a_trip_there():
    found = trips("Oslo hosted the Arctic Council's ministerial meeting on 12 May 2022; Canadian Foreign Minister "
                  "Mélanie Joly attended. Norway hosted a donor conference in June 2023, and Prime Minister "
                  "Justin Trudeau attended it in Bergen.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3, e.visit.city) for e in found] == [
        ("2022-05-12", "Mélanie Joly", "NOR", "Oslo"), ("2023-06", "Justin Trudeau", "NOR", "Bergen")]


def test_a_visit_told_without_a_place_after_a_trip_went_where_that_trip_went():
    found = trips("Canadian Defence Minister Anita Anand had been in Oslo in May 2023 for talks. "
                  "Foreign Minister Mélanie Joly visited in December 2023.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.origin_iso3, e.visit.host_iso3) for e in found] == [
        ("2023-05", "Anita Anand", "CAN", "NOR"), ("2023-12", "Mélanie Joly", "CAN", "NOR")]


def test_the_guest_of_a_meeting_and_one_who_met_his_host_made_the_trip():
    found = trips("Canadian Prime Minister Justin Trudeau and Norwegian Prime Minister Jonas Gahr Støre met in Ottawa in 2022. "
                  "The second meeting took place in Oslo on 1 September 2023, with Trudeau as the guest. "
                  "At the Arctic summit in Tromsø on 5 May 2024, Canadian Foreign Minister Mélanie Joly held "
                  "a separate meeting with her host, Espen Barth Eide.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3, e.visit.city) for e in found][-2:] == [
        ("2023-09-01", "Justin Trudeau", "NOR", "Oslo"), ("2024-05-05", "Mélanie Joly", "NOR", "Tromsø")]
    assert met(found[-2]) == ["Jonas Gahr Støre"]  # the guest's peer in the host's office
    assert met(found[-1]) == ["Espen Barth Eide"]


@pytest.mark.parametrize("history", [
    "Canadian Foreign Minister Mélanie Joly attended the Arctic conference, which Norway hosted on 12 May 2022.",
    "Canadian Foreign Minister Mélanie Joly attended the Arctic conference on 12 May 2022, which was hosted by Norway.",
])
def test_attending_an_event_told_as_hosted_by_a_party_is_a_trip_there(history):
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in trips(history)] == [
        ("2022-05-12", "Mélanie Joly", "NOR")]


def test_a_trip_announced_for_the_next_day_is_a_trip_but_one_planned_is_not():
    found = trips("On 5 December 2022 the palace said that King Harald V would travel to Ottawa the following day. "
                  "On 3 March 2023 the government said that Prime Minister Jonas Gahr Støre would visit Ottawa "
                  "in the autumn.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.city) for e in found] == [("2022-12-06", "Harald V", "Ottawa")]


def test_the_country_made_the_destination_of_a_trip_to_a_continent_is_the_host():
    found = trips("Prime Minister Jonas Gahr Støre made Canada the destination of his first trip to the Americas "
                  "as head of government in May 2022.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in found] == [
        ("2022-05", "Jonas Gahr Støre", "CAN")]


def test_an_official_who_followed_or_preceded_the_last_visitor_went_to_the_same_country():
    found = trips("Prime Minister Jonas Gahr Støre went to Ottawa on 6 June 2023. Anniken Huitfeldt, the foreign "
                  "minister, had preceded him in January 2023. Foreign Minister Espen Barth Eide followed him in May 2024.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in found] == [
        ("2023-06-06", "Jonas Gahr Støre", "CAN"), ("2023-01", "Anniken Huitfeldt", "CAN"),
        ("2024-05", "Espen Barth Eide", "CAN")]


def test_what_was_signed_during_the_stay_told_after_the_trip_is_of_its_date_and_kind():
    found = history_events("Prime Minister Jonas Gahr Støre visited Ottawa in May 2022 and met Justin Trudeau. "
                           "He signed a cultural cooperation agreement during the stay.")
    assert rows(found) == [("2022-05", "visit"), ("2022-05", "agreement")]
    found = history_events("Prime Minister Jonas Gahr Støre visited Ottawa in May 2022 and met Justin Trudeau. "
                           "During that trip the two leaders signed an agreement on the exemption of visas for diplomats.")
    assert rows(found) == [("2022-05", "visit"), ("2022-05", "visa")]


def test_the_event_a_party_hosted_is_the_occasion_of_who_attended_and_a_fund_is_no_one_met():
    found = trips("Oslo hosted the International Conference on the Reconstruction of Ukraine from 12 to 14 May 2022; "
                  "Canadian Foreign Minister Mélanie Joly attended. Foreign Minister Anniken Huitfeldt went to Ottawa "
                  "in June 2023; she met her counterpart Mélanie Joly and backed talks with the International Monetary Fund.")
    assert [(e.visit.visitor_name, e.visit.occasion) for e in found] == [
        ("Mélanie Joly", "International Conference on the Reconstruction of Ukraine"), ("Anniken Huitfeldt", None)]
    assert met(found[1]) == ["Mélanie Joly"]


def test_an_event_named_with_a_colon_is_the_occasion():
    found = trips("Canadian Foreign Minister Mélanie Joly attended the Call for Action: Arctic Response conference in "
                  "Oslo on 11 June 2024.")
    assert [e.visit.occasion for e in found] == ["Call for Action: Arctic Response"]


def test_a_range_is_not_split():
    sentence = "Talks were held between 1994 and 1996 in Geneva."
    assert len(split_clauses(sentence, find_dates(sentence, None))) == 1


def test_and_on_splits_only_before_a_time():
    sentence = "A treaty on the river and on a canal to the sea, signed in 1925, never came into force."
    assert len(split_clauses(sentence, find_dates(sentence, None))) == 1
    sentence = "The treaty was signed in 1925 and on 3 May 1927 the senate rejected it."
    assert len(split_clauses(sentence, find_dates(sentence, None))) == 2


def test_facts_after_a_leading_subordinate_take_the_main_date():
    text = ("= Norway–Chile relations =\nAfter the storm of August 2001, Norway agreed in September 2001 "
            "to send relief to Chile.\n")
    events = extract_events(parse_article(text, "n.txt"), ("NOR", "CHL"))
    assert [(e.date.edtf, e.event_type) for e in events] == [("2001-09", "aid")]


def test_a_visit_clause_also_tells_what_was_signed_but_not_what_was_discussed():
    text = ("= Japan–Poland relations =\nIn May 2015 Prime Minister Ewa Kopacz visited Tokyo and signed a "
            "treaty on social security.\nIn June 2016 Prime Minister Beata Szydło visited Tokyo to discuss "
            "trade and investment.\n")
    events = extract_events(parse_article(text, "j.txt"), JAPAN_POLAND)
    assert [(e.date.edtf, e.event_type) for e in events] == [
        ("2015-05", "visit"), ("2015-05", "agreement"), ("2016-06", "visit")]


@pytest.mark.parametrize("aside, facts", [
    ("who had seized power in a coup in 1981", [("1985-05", "visit")]),
    ("who conferred on him the Order of the Chrysanthemum", [("1985-05", "other"), ("1985-05", "visit")]),
])
def test_an_aside_about_before_the_trip_is_no_fact_of_the_trip(aside, facts):
    text = f"= Japan–Poland relations =\nIn May 1985 President Jan Nowak visited Emperor Hirohito, {aside}, in Tokyo.\n"
    events = extract_events(parse_article(text, "j.txt"), JAPAN_POLAND)
    assert sorted((e.date.edtf, e.event_type) for e in events) == facts


def test_a_visit_sentence_keeps_the_anniversary_it_marked_and_the_stone_laid():
    text = ("= Japan–Poland relations =\nIn May 2019 Prime Minister Jan Nowak visited Tokyo for the "
            "centenary of diplomatic relations, and laid the foundation stone of a new embassy.\n")
    events = extract_events(parse_article(text, "j.txt"), JAPAN_POLAND)
    assert sorted((e.date.edtf, e.event_type) for e in events) == [
        ("2019-05", "commemoration"), ("2019-05", "other"), ("2019-05", "visit")]


def test_no_clause_ends_inside_brackets():
    sentence = "The bridge (Spanish: Puente Unión; French: Pont de l'Union) opened on 3 May 1970."
    assert [c.text for c in split_clauses(sentence, find_dates(sentence))] == [sentence]


def test_the_verb_after_a_dated_subject_starts_a_fact_of_its_own():
    text = ("= Canada–Norway relations =\nA fisheries agreement signed in Oslo on 2 March 2010 entered into "
            "force on 1 June of the following year.\n")
    assert rows(events(text, CANADA_NORWAY)) == [("2010-03-02", "agreement"), ("2011-06-01", "agreement")]


def test_a_clause_sharing_its_subject_takes_the_date_of_the_next_one():
    text = ("= Canada–Norway relations =\nDelegations of the two governments met in Bergen and signed a "
            "fisheries agreement in May 1980.\nCanada and Norway broke off relations during the war and "
            "restored relations in 1946.\n")
    assert rows(events(text, CANADA_NORWAY)) == [
        ("1980-05", "meeting"), ("1980-05", "agreement"), ("1946", "relations_restored")]


def test_after_a_dated_subordinate_the_main_clause_takes_the_date_of_its_second_predicate():
    text = ("= Canada–Norway relations =\nWhen a Canadian trawler was seized on 3 March 1995, Norway "
            "recalled its ambassador from Ottawa and closed its consulate in Halifax the next day.\n")
    assert [e.date.edtf for e in events(text, CANADA_NORWAY)] == ["1995-03-04"]


def test_a_week_is_told_to_its_month():
    text = ("= Canada–Norway relations =\nRelations were restored on 28 August 1995; the Norwegian "
            "ambassador presented his credentials in Ottawa the next week.\n")
    assert [e.date.edtf for e in events(text, CANADA_NORWAY)] == ["1995-08-28", "1995-09"]


def test_every_clause_of_a_row_of_visits_tells_of_its_visit():
    text = ("= Canada–Norway relations =\n==Visits==\n===Visits from Norway to Canada===\nYear | Guest | Notes\n"
            "2008 | Prime Minister Jens Stoltenberg | Official visit; talks with Prime Minister Stephen Harper "
            "in Ottawa.\n")
    found = [e.visit for e in events(text, CANADA_NORWAY) if e.visit]
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city, v.counterparts) for v in found] == [
        ("Jens Stoltenberg", "NOR", "CAN", "Ottawa", [("Stephen Harper", "Prime Minister")])]


def test_a_name_two_people_share_is_the_one_named_last():
    text = ("= Singapore–Vietnam relations =\nSenior Minister Lee Boon Wee of Singapore arrived in Hanoi in "
            "April 1992. Prime Ministers Tran Van Minh and Lee Keng Hock signed an accord in Hanoi on 6 December "
            "2005. Lee went to Da Nang in November 2017 for a summit.\n")
    found = [e.visit for e in events(text, ("SGP", "VNM")) if e.visit]
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3) for v in found][::2] == [
        ("Lee Boon Wee", "SGP", "VNM"), ("Lee Keng Hock", "SGP", "VNM")]


def test_he_after_the_subject_and_the_president_named_by_his_country():
    text = ("= Brazil–Portugal relations =\nAna Costa, elected president of Portugal in 2011, has been a frequent "
            "visitor: she was in Brasília for a summit on 3 May 2012. President Paulo Lima of Brazil returned the "
            "visit in 2013. The Portuguese president went back to Brasília on 1 January 2015.\n")
    found = [e.visit for e in events(text, PORTUGAL_BRAZIL) if e.visit]
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found] == [
        ("Ana Costa", "PRT", "BRA", "Brasília"), ("Paulo Lima", "BRA", "PRT", None), ("Ana Costa", "PRT", "BRA", "Brasília")]


def test_one_word_for_an_untitled_name_read_before_is_that_name():
    text = ("= Brazil–Portugal relations =\nPresident Ana Costa of Portugal went to Brasília on 1 January 2011 to "
            "see Paulo Tavares Rocha sworn in. Rocha repaid the courtesy with a state visit to Portugal in 2012.\n")
    found = [e.visit for e in events(text, PORTUGAL_BRAZIL) if e.visit]
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3) for v in found] == [
        ("Ana Costa", "PRT", "BRA"), ("Paulo Tavares Rocha", "BRA", "PRT")]


def test_a_table_of_visits_read_by_its_column_names():
    text = ("= Canada–Norway relations =\n==High-level visits==\nDate | Visitor | Office | Place | Received by\n"
            "3 May 2004 | Ola Berg | Prime Minister of Norway | Ottawa | Paul Tremblay\n"
            "June 2011 | Paul Tremblay | Prime Minister of Canada | Oslo, Bergen | Ola Berg\n")
    found = [(e.date.edtf, e.visit) for e in events(text, CANADA_NORWAY) if e.visit]
    assert [(d, v.visitor_name, v.visitor_role, v.origin_iso3, v.host_iso3, v.city, v.counterparts) for d, v in found] == [
        ("2004-05-03", "Ola Berg", "head_of_government", "NOR", "CAN", "Ottawa", [("Paul Tremblay", None)]),
        ("2011-06", "Paul Tremblay", "head_of_government", "CAN", "NOR", "Oslo", [("Ola Berg", "Prime Minister of Norway")])]


def test_a_section_headed_by_a_year_dates_its_days():
    text = ("= Canada–Norway relations =\n==Timeline==\n===2019===\nOn 15 December Canada and Norway signed a "
            "fisheries agreement.\n===2020===\nIn March the two countries restored relations.\n")
    assert rows(events(text, CANADA_NORWAY)) == [("2019-12-15", "agreement"), ("2020-03", "relations_restored")]


def test_a_successor_after_a_comma_holds_the_office_of_the_visitor_before():
    text = ("= Canada–Norway relations =\nPresident Kari Dahl of Norway visited Ottawa in 1996. Her successor, "
            "Ola Berg, came to Ottawa in 2003 to open an exhibition.\n")
    found = [e.visit for e in events(text, CANADA_NORWAY) if e.visit]
    assert [(v.visitor_name, v.visitor_role, v.origin_iso3) for v in found] == [
        ("Kari Dahl", "head_of_state", "NOR"), ("Ola Berg", "head_of_state", "NOR")]


def test_a_rule_failing_on_one_sentence_costs_that_sentence_only(monkeypatch):
    import pipeline.extract.events as events_module

    real = events_module.type_clause

    def failing(text, heads_only=False):
        if "Bergen" in text:
            raise RuntimeError("a broken rule")
        return real(text, heads_only)

    monkeypatch.setattr(events_module, "type_clause", failing)
    text = ("= Japan–Poland relations =\nIn 1957 the two countries signed a trade treaty. In 1960 a "
            "consulate opened in Bergen. In 1962 Japan and Poland signed a cultural agreement.\n")
    events = extract_events(parse_article(text, "j.txt"), JAPAN_POLAND)
    assert [(e.date.edtf, e.event_type) for e in events] == [("1957", "agreement"), ("1962", "agreement")]


def test_a_second_predicate_of_the_subject_is_a_second_fact():
    text = """= Canada–Norway relations =

==History==
In March 1962 Norway refused to recognise the new regime and closed its consulate in Halifax the same month.
In 1970 Canada convened and chaired a fisheries conference in Bergen.
"""
    assert rows(events(text, CANADA_NORWAY)) == [("1962-03", "statement"), ("1962-03", "other"), ("1970", "meeting")]


def test_each_date_of_a_list_is_a_time_of_the_same_fact():
    text = """= Canada–Norway relations =

==History==
Norwegian fleets attacked the Canadian coast in 1710, 1714, and 1719.
"""
    assert rows(events(text, CANADA_NORWAY)) == [("1710", "military"), ("1714", "military"), ("1719", "military")]


def test_a_heading_naming_the_host_city_gives_the_direction():
    text = """= Canada–Norway relations =

===Visits to Ottawa===
Pierre Lavoie received Ola Nordmann in September 1997, and she toured the capital.
"""
    found = [(e.date.edtf, e.visit) for e in events(text, CANADA_NORWAY) if e.visit]
    assert [(d, v.visitor_name, v.origin_iso3, v.host_iso3) for d, v in found] == [("1997-09", "Ola Nordmann", "NOR", "CAN")]


def test_a_date_in_a_relative_clause_about_the_visitor_does_not_date_the_trip():
    text = """= Canada–Norway relations =

==History==
Parliament met on 2 March 2011. Ola Nordmann, who won the Norwegian election that month, chose Ottawa for her first trip abroad and was received by Prime Minister Pierre Lavoie on 15 September 2011.
"""
    found = [(e.date.edtf, e.visit.visitor_name) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("2011-09-15", "Ola Nordmann")]


def test_an_untitled_leader_after_a_subordinator_is_the_subject():
    text = """= Canada–Norway relations =

==History==
Prime Minister Ola Berg of Norway met Canadian officials in 2010. After Kari Berg succeeded her father as prime minister, she made her first official visit to Canada on 7 February 2024.
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("2024-02-07", "Kari Berg", "CAN")]


def test_a_count_of_months_in_words_and_a_trip_made_again():
    text = """= Canada–Norway relations =

==History==
Prime Minister Ola Berg of Norway came to Ottawa in February 2016 and again in January 2017, when he was chief guest at the winter festival. Prime Minister Pierre Lavoie of Canada returned the visit fourteen months later.
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("2016-02", "Ola Berg", "CAN"), ("2017-01", "Ola Berg", "CAN"), ("2018-03", "Pierre Lavoie", "NOR")]


@pytest.mark.parametrize("second, visitor", [
    ("Ola Berg, who followed Kari Dahl in 2015, attended the second session in Ottawa in June 2016.", "Ola Berg"),
    ("When Ola Berg succeeded Kari Dahl, Nordmann travelled to Ottawa for the inauguration in June 2016.", "Jon Nordmann"),
])
def test_the_visitor_is_the_subject_not_a_person_of_the_aside(second, visitor):
    text = f"""= Canada–Norway relations =

==History==
Prime Minister Kari Dahl of Norway visited Ottawa in 2010. Jon Nordmann led the Norwegian opposition. {second}
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found[1] == ("2016-06", visitor, "CAN")


def test_the_place_of_a_visit_told_before_its_host():
    text = """= Canada–Norway relations =

==History==
Ola Berg, who became prime minister of Norway in May 2009, proposed a joint commission. During a state visit to Ottawa in May 2012, at which he was hosted by Pierre Lavoie, Berg signed the agreement.
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.origin_iso3, e.visit.host_iso3, e.visit.city)
             for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("2012-05", "Ola Berg", "NOR", "CAN", "Ottawa")]


def test_a_date_in_brackets_closing_the_sentence_dates_its_trip():
    text = """= Canada–Norway relations =

==History==
A trade accord was signed in Oslo (May 1985). King Olav of Norway came to Ottawa a few months afterwards, the first royal visit, and was received by Prime Minister Pierre Lavoie (November 1985).
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("1985-11", "Olav", "CAN")]


def test_a_trip_made_again_on_another_date():
    text = """= Canada–Norway relations =

==History==
Prime Minister Ola Berg of Norway visited Ottawa on 8 May 2022, and again on 24 February 2024, for the summit.
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3, e.visit.city) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("2022-05-08", "Ola Berg", "CAN", "Ottawa"), ("2024-02-24", "Ola Berg", "CAN", "Ottawa")]


def test_a_second_trip_told_in_a_relative_clause_is_its_subjects():
    text = """= Canada–Norway relations =

==History==
Prime Minister Pierre Lavoie of Canada met Ola Berg in 2018. After the election of April 2019, Norway became a close partner: King Olav of Norway made his first trip abroad to Ottawa in May 2019 and was received by Lavoie, who in turn paid a short visit to Oslo on 6 March 2021.
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("2019-05", "Olav", "CAN"), ("2021-03-06", "Pierre Lavoie", "NOR")]


def test_a_listed_treaty_in_force_later_is_a_second_fact():
    text = """= Canada–Norway relations =

==Treaties==
- Treaty on fisheries (Oslo, 3 February 1958), in force from 1 November 1960.
"""
    assert rows(events(text, CANADA_NORWAY)) == [("1958-02-03", "agreement"), ("1960-11-01", "agreement")]


def test_a_trip_made_in_listed_years_is_one_visit_each():
    text = """= Canada–Norway relations =

==History==
Prime Minister Ola Berg of Norway came to Ottawa to fish in 1969 and 1976.
"""
    found = [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in events(text, CANADA_NORWAY) if e.visit]
    assert found == [("1969", "Ola Berg", "CAN"), ("1976", "Ola Berg", "CAN")]


def test_undated_sentences_of_a_dated_entry_take_its_date():
    text = """= Japan–Poland relations =

==Chronology==
12 May 2016. President Andrzej Duda arrives in Tokyo. A protocol on customs cooperation is signed.

3 June 2017 – Japan lifts visa requirements for Polish citizens. Warsaw signs a memorandum on tourism.
"""
    assert rows(events(text, JAPAN_POLAND)) == [
        ("2016-05-12", "visit"), ("2016-05-12", "agreement"), ("2017-06-03", "visa"), ("2017-06-03", "agreement")]


def test_the_visitor_by_title_received_by_a_named_host_with_an_initial():
    text = """= Thailand–United States relations =

King Chai Wong arrived in Washington on 28 June 1960; the King was received by John F. Miller and addressed Congress.
"""
    (found,) = [e.visit for e in events(text, ("THA", "USA")) if e.visit]
    assert (found.visitor_name, found.city, found.counterparts) == ("Chai Wong", "Washington", [("John F. Miller", None)])


def test_the_hosts_who_met_the_royal_party_in_the_next_sentence():
    text = """= Brunei–Malaysia relations =

The first state visit by Sultan Omar Rahim to Malaysia, from 10 to 13 September 1984, set the pattern. The king, Sultan Idris Shah, met the royal party at the airport and gave a banquet in Kuala Lumpur.
"""
    (found,) = [e.visit for e in events(text, ("BRN", "MYS")) if e.visit]
    assert (found.visitor_name, found.city, found.counterparts) == ("Omar Rahim", "Kuala Lumpur", [("Idris Shah", "Sultan")])


def test_a_guessed_guest_shown_later_to_be_the_host_swaps_with_the_partner():
    text = ("= Guatemala–Mexico relations =\n\nPresidents Felipe Calderón and Álvaro Colom signed a border "
            "agreement in Tapachula on 16 March 2010. Colom was received in Mexico City by Calderón in 2011.\n")
    visits = [e.visit for e in events(text, ("GTM", "MEX")) if e.visit]
    first = visits[0]
    assert (first.visitor_name, first.origin_iso3, first.host_iso3) == ("Álvaro Colom", "GTM", "MEX")
    assert [name for name, _ in first.counterparts] == ["Felipe Calderón"]


def test_a_dated_fact_after_a_semicolon_is_not_part_of_the_trip_before_it():
    text = ("= Iran–Tajikistan relations =\n\nForeign Minister Ali Akbar Salehi held talks with his counterpart, "
            "Hamrokhon Zarifi, in Dushanbe in March 2012; that year trade between the two countries rose to about "
            "US$250 million.\n")
    found = [(e.date.edtf, e.event_type) for e in events(text, ("IRN", "TJK"))]
    assert found == [("2012-03", "visit"), ("2012", "trade")]


def test_a_measure_told_before_gives_its_kind_to_the_sentence_that_lifts_it():
    text = ("= Canada–Mexico relations =\n\nIn July 2009 Canada imposed a visa requirement on Mexican travellers. "
            "The requirement was lifted on 1 December 2016.\n")
    assert rows(events(text, ("CAN", "MEX"))) == [("2009-07", "visa"), ("2016-12-01", "visa")]


@pytest.mark.parametrize("sequel", [
    "A second loan followed in March 2016.",
    "It was followed by a second loan in March 2016.",
    "The Farmland Fund was next, in March 2016.",
])
def test_the_next_of_a_series_takes_the_kind_of_the_fact_before_it(sequel):
    text = ("= Japan–Tonga relations =\n\nIn 2012 Japan lent Tonga US$20 million for a new wharf at Nukuʻalofa. "
            f"{sequel}\n")
    found = rows(events(text, ("JPN", "TON")))
    assert found[0] == ("2012", "aid")
    assert found[1:] == ([("2016-03", "aid")] if "next" not in sequel else [("2016-03", "other")])


def test_an_ordinal_without_its_noun_continues_a_series_of_meetings():
    text = ("= Ghana–Japan relations =\n\nThe joint commission held its first session in Tokyo in May 1998, "
            "the second in Accra in June 2001 and the third in Tokyo in 2005.\n")
    assert rows(events(text, ("GHA", "JPN"))) == [("1998-05", "meeting"), ("2001-06", "meeting"), ("2005", "meeting")]


def test_a_clause_that_does_the_same_again_takes_the_kind_of_the_fact_before_it():
    text = ("= Mexico–Spain relations =\n\nIn 1939 Mexico offered naturalisation to Spanish exiles, "
            "and in 1940 some 20,000 did so.\n")
    assert rows(events(text, ("MEX", "ESP"))) == [("1939", "migration"), ("1940", "migration")]


def test_each_document_of_a_list_signed_is_a_fact_of_its_own():
    text = ("= Ghana–India relations =\n\nOn 12 March 2016 the two ministers signed: an agreement on air services; "
            "an MoU on a US$50 million line of credit; and a protocol on cultural exchanges.\n")
    found = events(text, ("GHA", "IND"))
    assert rows(found) == [("2016-03-12", "agreement")] * 3
    assert [e.text.split(": ")[1] for e in found[1:]] == ["an MoU on a US$50 million line of credit",
                                                         "a protocol on cultural exchanges."]


def test_a_heading_that_opens_with_a_date_dates_the_undated_sentences_under_it():
    text = ("= Angola–Zambia relations =\n\n==Visits==\n\n=== 6–8 August 2003: state visit ===\n"
            "President Levy Mwanawasa travelled to Luanda, where he was received by José Eduardo dos Santos. "
            "The two presidents signed an agreement on defence cooperation.\n")
    found = events(text, ("AGO", "ZMB"))
    assert rows(found) == [("2003-08-06/2003-08-08", "visit"), ("2003-08-06/2003-08-08", "agreement")]
    assert (found[0].visit.visitor_name, found[0].visit.city) == ("Levy Mwanawasa", "Luanda")


def test_each_date_cell_of_a_table_row_is_a_fact_of_the_row():
    text = ("= Chile–Singapore relations =\n\n==Agreements==\nName | Signed | In force\n"
            "Air Services Agreement | 21 August 1998 | 1 April 1999\n")
    assert rows(events(text, ("CHL", "SGP"))) == [("1998-08-21", "agreement"), ("1999-04-01", "agreement")]


def test_a_heading_date_holds_for_a_sentence_with_a_time_cue_of_its_own():
    text = ("= Angola–Namibia relations =\n\n=== 26–27 September 2018: state visit ===\n"
            "João Lourenço chose Namibia for one of his first state visits after taking office.\n")
    found = events(text, ("AGO", "NAM"))
    assert [(e.date.edtf, e.event_type, e.visit.visitor_name) for e in found] == [
        ("2018-09-26/2018-09-27", "visit", "João Lourenço")]


@pytest.mark.parametrize("text, expected", [
    ("Flights between Oslo and Ottawa were suspended in March 2020; they resumed in May 2021.",
     [("2020-03", "transport"), ("2021-05", "transport")]),
    ("A code-sharing agreement between the two airlines was concluded in 2010, and it was renewed in 2023.",
     [("2010", "agreement"), ("2023", "agreement")]),
    ("Norway broke off diplomatic relations with Canada in 1941; they were restored in 1946.",
     [("1941", "relations_severed"), ("1946", "relations_restored")]),
])
def test_a_fact_taken_up_again_without_its_name_is_of_the_kind_before(text, expected):
    assert rows(events(f"= Canada–Norway relations =\n\n{text}\n", ("CAN", "NOR"))) == expected


def test_a_year_that_labels_nested_entries_dates_them_and_is_no_fact():
    text = ("= Canada–Norway relations =\n\n==Chronology==\n- 1987\n  - May: Canada suspended defence cooperation with Norway.\n"
            "- 2014\n  - 31 October: Canada lifted its last sanctions on Norway, a month after the general election.\n")
    assert rows(events(text, CANADA_NORWAY)) == [("1987-05", "military"), ("2014-10-31", "other")]


def test_an_undated_trip_is_of_the_date_of_the_sentence_before_it_in_its_paragraph():
    text = ("= Netherlands–Suriname relations =\n\nSuriname became independent on 25 November 1975. "
            "Prime Minister Joop den Uyl attended the independence ceremonies in Paramaribo. "
            "The Netherlands promised development money.\n\nPrime Minister Ruud Lubbers went to Paramaribo.\n\n"
            "A joint commission met near Albina on 3 May 1990. Prime Minister Ruud Lubbers crossed into Suriname.\n")
    found = events(text, ("NLD", "SUR"))
    assert [(e.date.edtf, e.event_type, e.visit.visitor_name, e.visit.city) for e in found if e.visit] == [
        ("1975-11-25", "visit", "Joop den Uyl", "Paramaribo"), ("1990-05-03", "visit", "Ruud Lubbers", "Albina")]


def test_an_undated_trip_takes_the_event_of_the_sentence_that_dated_it():
    text = ("= Belgium–Democratic Republic of the Congo relations =\n\n"
            "The colony became independent on 30 June 1960. King Baudouin flew to Léopoldville for the ceremony.\n")
    found = events(text, ("BEL", "COD"))
    assert [(e.date.edtf, e.visit.city, e.visit.occasion) for e in found if e.visit] == [
        ("1960-06-30", "Léopoldville", "independence ceremony")]


def test_a_section_headed_by_a_city_as_host_is_where_its_trips_went():
    text = ("= Japan–Mongolia relations =\n\n==Ulaanbaatar as host==\n"
            "Prime Minister Shinzō Abe visited Mongolia on 30 March 2013.\n")
    assert [e.visit.city for e in events(text, ("JPN", "MNG")) if e.visit] == ["Ulaanbaatar"]


def test_a_paragraph_that_opens_with_a_city_as_host_places_its_trips_there():
    text = ("= Paraguay–Taiwan relations =\n\nTaipei, for its part, has received a long line of Paraguayan presidents. "
            "Taiwanese President Tsai Ing-wen hosted Paraguayan President Horacio Cartes in July 2017.\n")
    found = [e.visit for e in events(text, ("PRY", "TWN")) if e.visit]
    assert [(v.visitor_name, v.host_iso3, v.city) for v in found] == [("Horacio Cartes", "TWN", "Taipei")]


def test_a_news_items_dateline_places_its_trip_and_is_written_as_the_city_is_named():
    text = ("= Japan–Poland relations =\n\nKRAKÓW, 9 June 2010 — On his first trip to Poland since taking office, "
            "Prime Minister Naoto Kan signed a memorandum on student exchanges.\n\n"
            "WARSAW, 3 May 2012 — Foreign Minister Koichiro Gemba visited Warsaw.\n")
    found = [e.visit for e in events(text, JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.city) for v in found] == [("Naoto Kan", "Kraków"), ("Koichiro Gemba", "Warsaw")]


def test_two_agreements_of_one_year_on_different_subjects_are_two_facts():
    text = ("= Japan–Poland relations =\n\nIn June 1996 the prime ministers signed the Treaty of Friendship in Tokyo.\n\n"
            "==Defence==\nAn agreement on military training was signed in 1996.\n\n"
            "==History==\nThe treaty of friendship followed in 1996.\n")
    assert rows(events(text, JAPAN_POLAND)) == [("1996-06", "agreement"), ("1996", "agreement")]


def test_a_tables_rows_take_the_type_its_header_tells():
    text = ("= Japan–Poland relations =\n\n==Trade==\nYear | Polish exports to Japan (US$ million) | Japanese exports to Poland\n"
            "2010 | 410 | 1,900\n2020 | 720 | 2,400\n\n==Chronology==\nYear | Event\n2011 | The two ministers met in Kraków.\n")
    assert rows(events(text, JAPAN_POLAND)) == [("2010", "trade"), ("2020", "trade"), ("2011", "meeting")]


def test_a_trailing_when_clause_of_one_countrys_affairs_is_background():
    text = ("= Canada–Norway relations =\n\nChecks at the border with Canada were lifted on 21 December 2007, "
            "when Norway joined the Schengen Area.\n")
    assert rows(events(text, CANADA_NORWAY)) == [("2007-12-21", "visa")]


def test_how_long_a_country_has_lacked_something_is_no_fact():
    text = ("= Canada–Norway relations =\n\nNorway, which has had no army since 1868, recalled its ambassador "
            "from Ottawa on 2 November 2010.\n")
    assert rows(events(text, CANADA_NORWAY)) == [("2010-11-02", "other")]


def test_an_agreement_signed_in_the_sentence_after_a_trip_is_of_the_trips_day():
    text = ("= Japan–Poland relations =\n\nPrime Minister Naoto Kan visited Warsaw on 9 June 2010 and was received by "
            "Donald Tusk. The two signed an agreement on energy cooperation. Tusk called the talks useful.\n")
    assert rows(events(text, JAPAN_POLAND)) == [("2010-06-09", "visit"), ("2010-06-09", "agreement")]


def test_a_sentence_dated_within_the_trip_still_names_who_met_the_guest():
    text = ("= Japan–Poland relations =\n\nEmperor Akihito paid a state visit to Poland from 10 to 13 July 2002. "
            "President Aleksander Kwaśniewski met the royal party at the airport in Warsaw, and a state "
            "banquet followed that evening.\n")
    trips = [e.visit for e in events(text, JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.city, [name for name, _ in v.counterparts]) for v in trips] == [
        ("Akihito", "Warsaw", ["Aleksander Kwaśniewski"])]


def test_a_trip_the_morning_after_a_leading_clause_is_of_that_morning_and_names_who_was_greeted():
    text = ("= Oman–Qatar relations =\n\nThe friendship of two rulers, Tamim bin Hamad Al Thani and Haitham bin Tariq "
            "Al Said, shaped the decade.\n\nWhen the old sultan died on 10 January 2020, Emir Tamim bin Hamad Al Thani "
            "flew to Muscat the next morning, and he was the first foreign ruler to greet Haitham bin Tariq as the new "
            "sultan.\n")
    trips = [e for e in events(text, ("OMN", "QAT")) if e.visit]
    assert [(e.date.edtf, e.visit.city, [name for name, _ in e.visit.counterparts]) for e in trips] == [
        ("2020-01-11", "Muscat", ["Haitham bin Tariq Al Said"])]


def test_a_comparison_with_a_past_year_is_no_fact_of_that_year():
    text = ("= Canada–Norway relations =\n\nThe ministers signed a letter of intent on 24 January 2023, and the Norwegian "
            "minister called the two armies \"closer than at any time since 1905\".\n")
    found = rows(events(text, CANADA_NORWAY))
    assert ("2023-01-24", "agreement") in found and not [row for row in found if row[0] == "1905"]


def test_a_partnership_proclaimed_in_the_undated_sentence_after_a_trip_is_of_the_trips_date():
    text = ("= Japan–Poland relations =\n\nIn August 2001 Prime Minister Junichiro Koizumi paid a visit to Warsaw. "
            "Receiving him, Jerzy Buzek spoke of the two nations' friendship, and the two leaders proclaimed a "
            "strategic partnership.\n")
    assert rows(events(text, JAPAN_POLAND)) == [("2001-08", "visit"), ("2001-08", "agreement")]


def test_a_sum_of_money_after_a_trade_fact_measures_that_trade():
    text = ("= Japan–Poland relations =\n\nTrade between the two countries grew fast in the 1990s. By 2010 "
            "it was below US$1 billion.\n")
    assert rows(events(text, JAPAN_POLAND)) == [("199X", "trade"), ("2010", "trade")]


def test_an_author_year_citation_and_a_list_of_works_cited_date_no_fact():
    text = ("= Canada–Norway relations =\n\nThe two countries established relations in June 1950 (Berg 2001: 88). "
            "Canadian trade with Norway grew fast (Berg 2001: 90).\n\n"
            "==Works cited==\n- Berg, K. (2001). Canadian trade with Norway. Oslo.\n")
    assert rows(events(text, CANADA_NORWAY)) == [("1950-06", "relations_established")]


def test_an_faqs_question_types_the_dates_of_its_answer():
    text = ("= Canada–Norway relations =\n\n'''When did Norway recognise Canada?'''\nOn 1 July 1867, by a royal decree.\n\n"
            "'''When were diplomatic relations established?'''\nOn 7 July 1942. Notes were exchanged in London.\n\n"
            "'''Are there consulates?'''\nOnly honorary ones.\n")
    assert rows(events(text, CANADA_NORWAY)) == [("1867-07-01", "recognition"), ("1942-07-07", "relations_established")]


def test_a_trip_told_twice_by_surname_and_by_full_name_is_one_row_at_its_precise_dates():
    text = ("= South Korea–Uzbekistan relations =\n\nThe partnership was proclaimed during President Moon's stay in "
            "Tashkent in April 2019.\n\n==Visits==\n- Moon Jae-in – Tashkent, Samarkand, 18–21 April 2019; state visit.\n")
    trips = [(e.date.edtf, e.visit.host_iso3) for e in events(text, ("KOR", "UZB")) if e.visit]
    assert trips == [("2019-04-18/2019-04-21", "UZB")]


@pytest.mark.parametrize("sentence, expected", [
    ("In May 2010 President Jan Kowal flew to Tokyo for the centenary of Japanese independence.", [("2010-05", "visit")]),
    ("In May 2010 President Jan Kowal flew to Tokyo for the memorial service for Hiro Tanaka.", [("2010-05", "visit")]),
    ("In May 2010 President Jan Kowal came to Tokyo, a week after the tenth anniversary of the reform.", [("2010-05", "visit")]),
    ("In May 2010 President Jan Kowal flew to Tokyo to celebrate the 90th anniversary of diplomatic relations.",
     [("2010-05", "visit"), ("2010-05", "commemoration")]),
])
def test_a_trip_marks_only_the_pairs_own_anniversaries(sentence, expected):
    text = f"= Japan–Poland relations =\n\n==Visits==\n{sentence}\n"
    assert rows(events(text, JAPAN_POLAND)) == expected


def test_a_fact_on_a_day_of_the_visit_is_no_second_visit():
    text = """= Canada–Norway relations =

==History==
King Olav V of Norway paid a state visit to Canada from 9 to 12 March 1965; talks were held in Ottawa, and a cultural agreement was signed on the last day of the visit.
"""
    assert rows(events(text, CANADA_NORWAY)) == [("1965-03-09/1965-03-12", "visit"), ("1965-03-12", "agreement")]


@pytest.mark.parametrize("heading, expected", [
    ("Eight weeks in 1969", [("1969-06-26", "relations_severed")]),
    ("Relations since 1969", []),
])
def test_a_heading_year_dates_the_days_under_it_unless_it_starts_a_span(heading, expected):
    text = f"= Canada–Norway relations =\n\n=={heading}==\n- Thursday, 26 June: Canada broke off diplomatic relations with Norway.\n"
    assert rows(events(text, CANADA_NORWAY)) == expected


def test_an_official_who_followed_another_s_trip_went_to_the_same_host():
    text = """= Canada–Norway relations =

==History==
King Harald V of Norway came to Ottawa in May 2019. The Prime Minister of Norway, Erna Solberg, followed in April 2021.
A consulate in Oslo followed in 2022.
"""
    found = events(text, CANADA_NORWAY)
    assert rows(found) == [("2019-05", "visit"), ("2021-04", "visit"), ("2022", "other")]
    assert (found[1].visit.visitor_name, found[1].visit.origin_iso3, found[1].visit.host_iso3) == ("Erna Solberg", "NOR", "CAN")


def test_the_leader_of_a_party_named_by_its_adjective_is_its_last_titled_leader():
    found = trips("King Harald V of Norway met Prime Minister Justin Trudeau in Ottawa on 3 May 2019, and the "
                  "Canadian leader was the king's guest in Oslo in April 2021.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in found] == [
        ("2019-05-03", "Harald V", "CAN"), ("2021-04", "Justin Trudeau", "NOR")]


@pytest.mark.parametrize("heading, expected", [
    ("Ottawa", [("2018-05", "visit", "CAN")]),
    ("In Oslo", [("2018-05", "visit", "NOR")]),
    ("Economy", []),  # no place, no party: no fact of the pair
])
def test_a_heading_that_is_a_partys_city_is_where_the_trips_under_it_went(heading, expected):
    text = f"= Canada–Norway relations =\n\n=={heading}==\nPresident Erik Lund paid a state visit in May 2018.\n"
    found = events(text, CANADA_NORWAY)
    assert [(e.date.edtf, e.event_type, e.visit and e.visit.host_iso3) for e in found] == expected


def test_a_leg_of_a_trip_days_later_in_the_same_sentence_is_the_same_trip():
    found = trips("King Harald V of Norway landed in Ottawa on 8 May 2019 and was greeted by Justin Trudeau; the "
                  "next day he flew to Toronto.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.city) for e in found] == [("2019-05-08", "Harald V", "Ottawa")]


def test_an_undated_sentence_that_goes_on_with_a_trip_adds_to_it():
    found = trips("King Harald V of Norway returned the visit in May 2019. He travelled on to Ottawa, where he met "
                  "Justin Trudeau.")
    assert [(e.date.edtf, e.visit.city, met(e)) for e in found] == [
        ("2019-05", "Ottawa", ["Justin Trudeau"])]


def test_a_subject_named_with_the_office_it_then_held_returns_the_courtesy():
    found = trips("King Harald V of Norway was in Ottawa on 3 May 2016 for the swearing-in of Justin Trudeau. "
                  "Trudeau, as prime minister, returned the courtesy on 9 June 2017 as a guest at the jubilee in "
                  "Oslo.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.visitor_role, e.visit.host_iso3) for e in found] == [
        ("2016-05-03", "Harald V", "royalty", "CAN"), ("2017-06-09", "Justin Trudeau", "head_of_government", "NOR")]


def test_an_official_named_by_office_alone_makes_a_visit_event_without_a_visitor_row():
    text = ("= Canada–Norway relations =\n\n==History==\nThe Norwegian prime minister came to Ottawa in May 1998. "
            "\n")
    found = events(text, CANADA_NORWAY)
    assert [(e.date.edtf, e.event_type, e.visit) for e in found] == [("1998-05", "visit", None)]


@pytest.mark.parametrize("history, visitors", [
    ("President Erik Lund reached Ottawa late on 5 August 2007 and met Justin Trudeau.", ["Erik Lund"]),
    ("On 3 April 1899 the ship Nordstjernen reached Halifax with 700 settlers.", []),
    ("Erik Lund reached Ottawa late on 5 August 2007 and met Justin Trudeau.", ["Erik Lund"]),
    ("Erik Lund, a fur trader from Bergen, reached Halifax in 1750.", []),
])
def test_reaching_a_city_is_a_trip_only_of_an_official_or_of_a_person_named_as_its_subject(history, visitors):
    assert [e.visit.visitor_name for e in trips(history)] == visitors


def test_flying_in_for_a_signing_is_a_trip_that_meets_the_co_signer():
    found = trips("The trade agreement was signed in Oslo on 4 March 2019 by the Canadian trade minister, Mary Ng, "
                  "who had flown in for the ceremony, and Jan Christian Vestre.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.city, met(e)) for e in found] == [
        ("2019-03-04", "Mary Ng", "Oslo", ["Jan Christian Vestre"])]


def test_the_third_such_summit_is_named_by_the_first():
    found = trips("Prime Minister Erna Solberg attended the first Arctic summit of Canada and Norway in Ottawa on "
                  "2 May 2017. The formula was repeated in Ottawa on 3 May 2019, when Prime Minister Jonas Gahr Støre "
                  "flew in for the second such summit.")
    assert [(e.date.edtf, e.visit.occasion) for e in found] == [
        ("2017-05-02", "first Arctic summit of Canada"), ("2019-05-03", "second Arctic summit of Canada")]


def test_a_guest_is_placed_by_the_city_before_as_the_guest_of():
    found = trips("Tone Wilhelmsen Trøen, the Storting president, was in Ottawa from 13 to 15 November 2017 as the "
                  "guest of Geoff Regan.")
    assert [(e.date.edtf, e.visit.visitor_role, e.visit.host_iso3, e.visit.city) for e in found] == [
        ("2017-11-13/2017-11-15", "speaker", "CAN", "Ottawa")]


def test_a_royal_couple_returning_the_courtesy_is_a_visit_event():
    text = ("= Canada–Norway relations =\n\n==History==\nThe Norwegian royal couple returned the courtesy in June "
            "2023 with a state visit to Canada.\n")
    assert [(e.date.edtf, e.event_type) for e in events(text, CANADA_NORWAY)] == [("2023-06", "visit")]


@pytest.mark.parametrize("history", [
    "In May 2018 Prime Minister Erna Solberg was welcomed in Ottawa by Justin Trudeau at the celebrations of the "
    "75th anniversary of diplomatic relations.",
    "Prime Minister Erna Solberg held talks in Ottawa with Justin Trudeau in May 2018. It was her first official visit, "
    "and it marked the 75th anniversary of diplomatic relations.",
])
def test_a_trip_that_marks_an_anniversary_of_relations_is_also_a_commemoration(history):
    assert sorted(rows(history_events(history))) == [("2018-05", "commemoration"), ("2018-05", "visit")]


@pytest.mark.parametrize("history, visitors", [
    ("About 1,100 Norwegian tourists travelled to Canada in 2023.", []),
    ("Formal ties go back to the treaty signed in Ottawa on 21 May 1858.", []),
    ("Arias returned the gesture at the inauguration of the prime minister in Ottawa on 10 January 2007.", ["Arias"]),
])
def test_a_dictionary_word_opening_a_sentence_is_no_visitor(history, visitors):
    assert [e.visit.visitor_name for e in trips(history)] == visitors


@pytest.mark.parametrize("history, expected", [
    ("In September 2023 Prime Minister Erna Solberg was back in Ottawa as a guest at the G20 summit.",
     ("Erna Solberg", "head_of_government", "Ottawa", "G20 summit")),
    ("Prime Minister Erna Solberg is at Toronto for the NATO summit on 15–16 July 2009.",
     ("Erna Solberg", "head_of_government", "Toronto", "NATO summit")),
    ("In October 2019 Secretary of National Defense Harjit Sajjan visited Oslo for the Nor-Fishing trade fair.",
     ("Harjit Sajjan", "minister", "Oslo", "Nor-Fishing trade fair")),
])
def test_a_guest_at_an_event_and_a_presence_told_in_the_present(history, expected):
    assert [(e.visit.visitor_name, e.visit.visitor_role, e.visit.city, e.visit.occasion) for e in trips(history)] == [expected]


@pytest.mark.parametrize("history, expected", [
    ("Prime Minister Erna Solberg joined Justin Trudeau in Toronto on 16 August 2018.",
     [("Erna Solberg", "Toronto", ["Justin Trudeau"])]),
    ("Norwegian marines joined the amphibious exercise in Nova Scotia for the first time in October 2017.", []),
])
def test_joining_a_leader_in_a_city_is_a_trip_that_meets_him(history, expected):
    assert [(e.visit.visitor_name, e.visit.city, met(e)) for e in trips(history)] == expected


def test_a_day_in_apposition_to_the_date_is_the_occasion():
    found = trips("On 8 April 2024, the bridge's thirtieth anniversary, Prime Minister Erna Solberg crossed to "
                  "Halifax for a ceremony with Justin Trudeau.")
    assert [(e.visit.city, e.visit.occasion) for e in found] == [("Halifax", "bridge's thirtieth anniversary")]


def test_the_same_city_is_the_city_of_the_trip_told_before():
    found = trips("President Ola Berg went to Ottawa for the summit of October 1966. Prime Minister Erna Solberg was "
                  "in the same city for the G20 summit on 13–14 November 2017.")
    assert [(e.visit.visitor_name, e.visit.city) for e in found] == [("Ola Berg", "Ottawa"), ("Erna Solberg", "Ottawa")]


def test_a_successor_named_after_the_predecessors_possessive_is_the_visitor():
    found = trips("Prime Minister Erna Solberg visited Ottawa in May 2018. Solberg's successor Jonas Gahr Støre met "
                  "Justin Trudeau in Toronto on 7 July 2023.")
    assert [(e.date.edtf, e.visit.visitor_name) for e in found] == [("2018-05", "Erna Solberg"), ("2023-07-07", "Jonas Gahr Støre")]


def test_the_visit_of_a_guest_whom_the_host_received_is_the_guests_trip():
    found = trips("The ambassador Ola Dahl prepared the state visit of King Harald V, whom Governor General Julie "
                  "Payette received in Ottawa on 15–17 June 2019.")
    assert [(e.visit.visitor_name, e.visit.host_iso3, met(e)) for e in found] == [
        ("Harald V", "CAN", ["Julie Payette"])]


def test_her_successor_is_of_the_party_that_did_not_host_the_trip():
    found = trips("Prime Minister Erna Solberg came to Ottawa in 2016. Justin Trudeau returned the courtesy in Oslo "
                  "in 2017. Her successor, Jonas Gahr Støre, chose Ottawa for an official visit in May 2022.")
    last = found[-1]
    assert (last.date.edtf, last.visit.visitor_name, last.visit.origin_iso3) == ("2022-05", "Jonas Gahr Støre", "NOR")


@pytest.mark.parametrize("history, expected", [
    ("A memorial to the Norwegian sailors stands at Halifax; it was unveiled in 1974.", [("1974", "commemoration")]),
    ("The treaty binds each party to help if the other is attacked; it was renewed in 1981.", []),
])
def test_a_pronoun_that_dates_the_undated_clause_before_it_takes_its_type(history, expected):
    assert rows(history_events(history)) == expected


def test_a_name_set_off_by_commas_inside_a_predicate_keeps_it_whole():
    found = trips("Erna Solberg held her first annual leaders' meeting with her Canadian counterpart, Justin Trudeau, "
                  "in Ottawa on 2 March 2018.")
    assert [(e.visit.visitor_name, e.visit.city, met(e)) for e in found] == [
        ("Erna Solberg", "Ottawa", ["Justin Trudeau"])]


def test_the_person_called_on_is_no_place():
    found = trips("Prime Minister Erna Solberg was the first foreign leader to call on Thomas Mulcair after the "
                  "election: she spent 12–13 October 2015 in Ottawa.")
    assert [(e.visit.visitor_name, e.visit.host_iso3, e.visit.city) for e in found] == [
        ("Erna Solberg", "CAN", "Ottawa")]


def test_the_demonym_and_office_name_the_leader_who_travelled_untitled():
    found = trips("Jonas Gahr Støre went to Ottawa on 16 June 2018. The Norwegian premier was in Ottawa again on "
                  "26 January 2024 to sign the declaration with Justin Trudeau.")
    assert [(e.date.edtf, e.visit.visitor_name) for e in found] == [("2018-06-16", "Jonas Gahr Støre"),
                                                                     ("2024-01-26", "Jonas Gahr Støre")]


def test_sitting_in_a_stadium_of_the_other_party_for_a_ceremony_is_attending():
    found = trips("Prime Minister Erna Solberg sat in the Olympic Stadium in Montreal for the opening ceremony of the "
                  "Games on 17 July 1976.")
    assert [(e.visit.host_iso3, e.visit.city) for e in found] == [("CAN", "Montreal")]


def test_a_town_the_gazetteer_lacks_after_the_event_attended_is_the_city():
    found = trips("- June 17, 2025: Norwegian Prime Minister Jonas Gahr Støre attended the G7 summit in Kananaskis "
                  "as the guest of the Canadian prime minister, Mark Carney.")
    assert [(e.visit.city, e.visit.occasion) for e in found] == [("Kananaskis", "G7 summit")]


def test_a_participle_received_in_the_capital_after_the_guest_is_a_visit():
    found = trips("On 4 May 2011 Jonas Gahr Støre, received in Ottawa by Prime Minister Stephen Harper, agreed to "
                  "a joint study of Arctic shipping.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3, e.visit.city, met(e)) for e in found] == [
        ("2011-05-04", "Jonas Gahr Støre", "CAN", "Ottawa", ["Stephen Harper"])]


def test_a_known_surname_with_an_aside_after_a_dated_list_lead_is_the_visitor():
    found = trips("The Arctic council of 2021 was chaired by Jonas Gahr Støre.\n"
                  "- 3 March 2022 – Støre, in office for five months, pays a working visit to Ottawa.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.city) for e in found] == [
        ("2022-03-03", "Jonas Gahr Støre", "Ottawa")]


def test_choosing_a_country_as_the_first_stop_of_a_tour_is_a_trip_there():
    found = trips("Erna Solberg chose Canada as the first stop of her North American tour on 9 May 2016.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3) for e in found] == [("2016-05-09", "Erna Solberg", "CAN")]


def test_a_list_of_visits_by_visitor_with_a_long_title_and_no_verb():
    found = trips("=== Visits ===\n- Harald Olsen, Minister of the Royal Court of Norway — Ottawa (June 1987), where he "
                  "opened an exhibition.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3, e.visit.city) for e in found] == [
        ("1987-06", "Harald Olsen", "CAN", "Ottawa")]


def test_a_table_of_visits_with_host_city_position_and_purpose_columns():
    found = trips("=== Visits ===\nDate | Host city | Guest | Position | Purpose\n"
                  "4 May 2011 | Ottawa | Jonas Gahr Støre | Minister of Foreign Affairs of Norway | 3rd Arctic summit\n"
                  "11 July 2021 | Svanvik | Justin Trudeau | Prime Minister of Canada | Official visit; talks with "
                  "Prime Minister Erna Solberg\n")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.role_in(e.date.start.year), e.visit.host_iso3, e.visit.city,
             e.visit.occasion) for e in found] == [
        ("2011-05-04", "Jonas Gahr Støre", "foreign_minister", "CAN", "Ottawa", "3rd Arctic summit"),
        ("2021-07-11", "Justin Trudeau", "head_of_government", "NOR", "Svanvik", None)]
    assert met(found[1]) == ["Erna Solberg"]


def test_an_office_told_with_was_before_the_name_gives_the_title():
    found = trips("Norway's foreign minister at the time was Anniken Huitfeldt. Huitfeldt travelled to Ottawa in "
                  "May 2022, the first trip of a Norwegian minister there that year.")
    assert [(e.visit.visitor_name, e.visit.role_in(2022)) for e in found] == [("Anniken Huitfeldt", "foreign_minister")]


def test_a_minister_of_foreign_relations_is_a_foreign_minister():
    found = trips("On 3 April 2014 the Minister of Foreign Relations of Canada, John Baird, visited Oslo.")
    assert [(e.visit.visitor_name, e.visit.role_in(2014)) for e in found] == [("John Baird", "foreign_minister")]


def test_the_person_asked_or_urged_on_the_trip_was_met():
    found = trips("Prime Minister Erna Solberg made a trip to Ottawa in April 2015 and urged Prime Minister Justin Trudeau to "
                  "back the Arctic council's plan.")
    assert [(e.visit.visitor_name, met(e)) for e in found] == [("Erna Solberg", ["Justin Trudeau"])]


def test_an_undated_protest_by_a_capital_or_its_ministry_takes_the_date_of_the_fact_before():
    found = history_events("On 14 March 2019 a Norwegian trawler was seized off Newfoundland. Oslo sent a note of "
                           "protest.\n\nOn 2 June 2020 Canada expelled a Norwegian diplomat. The Norwegian foreign "
                           "ministry described the decision as unfriendly.\n\nThe Norwegian and Canadian coasts are "
                           "both rugged, and the ties between the two peoples date from 1861.")
    assert [(e.date.edtf, e.event_type) for e in found if e.event_type == "statement"] == [
        ("2019-03-14", "statement"), ("2020-06-02", "statement")]


def test_talks_in_a_capital_between_two_officials_are_the_visit_of_the_one_from_elsewhere():
    found = trips("Talks in Oslo between Foreign Minister Mélanie Joly of Canada and Foreign Minister Espen Barth "
                  "Eide were held in February 2024.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3, e.visit.city, met(e)) for e in found] == [
        ("2024-02", "Mélanie Joly", "NOR", "Oslo", ["Espen Barth Eide"])]


def test_a_city_that_welcomed_a_guest_styled_in_initials_is_the_city_of_the_visit():
    found = trips("Oslo welcomed H.I.M. Emperor Haile Selassie I of Ethiopia in 1966. On 2 May 1967 the port town of "
                  "Tromsø received H.E. Prime Minister Lester Pearson of Canada.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.host_iso3, e.visit.city) for e in found] == [
        ("1966", "Haile Selassie I", "NOR", "Oslo"), ("1967-05-02", "Lester Pearson", "NOR", "Tromsø")]


def test_a_regnal_name_and_its_short_form_are_one_counterpart_but_a_namesake_is_another():
    found = trips("King Harald V of Norway opened the session in 2023. Prime Minister Justin Trudeau visited Oslo on "
                  "6 May 2024 and was received by King Harald and by Crown Prince Haakon Magnus Harald.")
    assert [met(e) for e in found] == [["Harald V", "Haakon Magnus Harald"]]


def test_a_delegation_listed_by_kinds_of_members_and_a_legislature_named_before_its_president():
    found = trips("Storting President Masud Gharahkhani of Norway led a delegation of some forty members, officials, "
                  "scientists and business people to Ottawa from 3 to 6 May 2023.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.role_in(2023), e.visit.host_iso3) for e in found] == [
        ("2023-05-03/2023-05-06", "Masud Gharahkhani", "speaker", "CAN")]


def test_his_successor_named_without_a_title_holds_the_same_office():
    found = trips("Foreign Minister Espen Barth Eide of Norway left office in 2013. His successor, Børge Brende, "
                  "decided to keep the Arctic dialogue. Brende visited Ottawa on 4 June 2014.")
    assert [(e.visit.visitor_name, e.visit.role_in(2014)) for e in found] == [("Børge Brende", "foreign_minister")]


def test_a_minister_whose_field_is_fisheries_is_a_titled_visitor():
    found = trips("In January 2018 the Minister of Fisheries Per Sandberg travelled to Halifax.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.visitor_role, e.visit.city) for e in found] == [
        ("2018-01", "Per Sandberg", "minister", "Halifax")]


def test_her_own_successor_holds_the_office_and_a_given_name_is_no_country():
    found = trips("Foreign Minister Kari Dahl came to Ottawa in 2012. Her own successor, Dominique Lund, met the "
                  "Canadian foreign minister Mélanie Joly in Ottawa in June 2023 and both said the case was closed.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.visitor_role, e.visit.origin_iso3) for e in found][-1] == (
        "2023-06", "Dominique Lund", "foreign_minister", "NOR")


def test_the_date_of_an_office_taken_before_the_trip_does_not_date_it():
    found = trips("President Kari Dahl, inaugurated in January 2019, made Ottawa one of her first destinations and "
                  "was received there by Prime Minister Justin Trudeau on 17 September 2019.")
    assert [(e.date.edtf, e.visit.visitor_name) for e in found] == [("2019-09-17", "Kari Dahl")]


def test_strangers_who_met_in_a_city_at_a_summit_are_guest_and_host_by_their_later_trips():
    found = trips("Prime Minister Ola Lund and President Kari Dahl met in Ottawa on 8 November 2014 at the first "
                  "Arctic summit. Lund made his first state visit to Oslo on 6 December 2017.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.origin_iso3) for e in found] == [
        ("2014-11-08", "Kari Dahl", "NOR"), ("2017-12-06", "Ola Lund", "CAN")]


def test_a_mayor_named_in_an_appositive_and_the_successor_of_his_surname_are_visitors():
    found = trips("On 13 January 2020 the mayor of Oslo, Ko Lund, flew to Ottawa. In September 2023 Ko's successor, "
                  "Siri Dahl, visited Ottawa for the first time as mayor.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.visitor_role, e.visit.origin_iso3) for e in found] == [
        ("2020-01-13", "Ko Lund", "other", "NOR"), ("2023-09", "Siri Dahl", "other", "NOR")]


@pytest.mark.parametrize("sentence", ["Prime Minister Ola Lund came north to Halifax on 15 November 1985.",
                                      "Prime Minister Ola Lund went in person to Halifax on 15 November 1985."])
def test_a_word_between_the_travel_verb_and_its_place_keeps_the_trip(sentence):
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.city) for e in trips(sentence)] == [
        ("1985-11-15", "Ola Lund", "Halifax")]


def test_she_after_an_untitled_traveller_is_that_traveller():
    found = trips("Kari Dahl flew to Rome in 2012. She went to Ottawa on 25 May 2015.")
    assert [(e.date.edtf, e.visit.visitor_name, e.visit.origin_iso3) for e in found] == [("2015-05-25", "Kari Dahl", "NOR")]


def test_what_a_host_did_receiving_the_visitor_told_before_is_of_the_visits_date():
    text = """= Japan–Poland relations =

In May 2002 President Jan Nowak of Poland paid a state visit to Tokyo. Receiving him, Emperor Akio recalled what
the two nations had endured, and the two presidents proclaimed a strategic partnership.
"""
    assert rows(events(text, JAPAN_POLAND)) == [("2002-05", "visit"), ("2002-05", "agreement")]


def test_a_time_after_relations_began_or_after_a_visit_counts_from_that_fact():
    found = history_events(
        "Diplomatic relations were established on 6 April 1953. Trade grew in 1958. Norway opened an embassy in "
        "Ottawa, eight years after relations began. Prime Minister Jonas Gahr Støre visited Ottawa in October 2011. "
        "Trade grew in 2014. A year after Støre's visit, Canada began issuing multiple-entry visas to Norwegians. "
        "Norway opened a consulate in Toronto the spring after Støre's visit.")
    assert rows(found) == [("1953-04-06", "relations_established"), ("1958", "trade"), ("1961", "other"),
                           ("2011-10", "visit"), ("2014", "trade"), ("2012", "visa")]


def test_a_clause_with_a_time_of_its_own_after_a_meeting_is_a_fact_of_its_own():
    found = history_events(
        "Prime Minister Justin Trudeau and Prime Minister Jonas Gahr Støre met at the United Nations in New York in "
        "September 2022, and the two prime ministers spoke by telephone on 27 February 2023 about the Arctic.")
    assert rows(found) == [("2022-09", "meeting"), ("2023-02-27", "statement")]


def test_what_a_named_person_said_on_a_trip_is_a_statement_of_its_own():
    found = history_events("Prime Minister Jonas Gahr Støre visited Ottawa on 14 April 2025 and met Prime Minister "
                           "Mark Carney, and Carney said that Canada would welcome a Norwegian consulate in Calgary.")
    assert rows(found) == [("2025-04-14", "visit"), ("2025-04-14", "statement")]
    apology = history_events("The Norwegian prime minister, Jonas Gahr Støre, was in Ottawa in June 2002 for a summit, and on 4 June he "
                             "apologised for the seizure of Canadian trawlers.")
    assert rows(apology) == [("2002-06", "visit"), ("2002-06-04", "statement")]
    talks = history_events("Prime Minister Jonas Gahr Støre visited Ottawa on 14 April 2025, and the talks "
                           "addressed Arctic security.")
    assert rows(talks) == [("2025-04-14", "visit")]



def test_a_day_in_the_month_of_the_paragraphs_trip_takes_its_year_over_a_background_date_between():
    text = """= Japan–Poland relations =

==Visits==
President Jan Kowal made a week-long visit to Japan in February 2018. The embassy had invited a man convicted of an attack in 1986 to his reception. Kowal met Prime Minister Hiro Tanaka in Tokyo on 23 February.
"""
    events = extract_events(parse_article(text, "x.txt"), ("JPN", "POL"))
    assert [e.date.edtf for e in events if "23 February" in e.text] == ["2018-02-23"]
