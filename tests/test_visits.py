"""High-level visits: visitor, origin, host, city, occasion and counterparts of one clause."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import PartyMentions
from pipeline.extract.people import Person
from pipeline.extract.context import VisitContext
from pipeline.extract.dates import find_dates
from pipeline.extract.destinations import occasion_in, place_of
from pipeline.extract.events import extract_events
from pipeline.read.article import parse_article
from pipeline.extract.visits import Visit, continue_visit, detect_visit, detect_visits, follow_up, trip_dates

JAPAN_POLAND = ("JPN", "POL")
PORTUGAL_BRAZIL = ("PRT", "BRA")
CANADA_NORWAY = ("CAN", "NOR")


def context(parties: tuple[str, str]) -> VisitContext:
    return VisitContext(parties, PartyMentions(parties))


def visit(clause: str, parties: tuple[str, str]) -> Visit | None:
    return detect_visit(clause, context(parties))


def test_visited_a_country():
    found = visit("Prime Minister Shinzo Abe visited Poland", JAPAN_POLAND)
    assert (found.visitor_name, found.visitor_title, found.visitor_role) == ("Shinzo Abe", "Prime Minister", "head_of_government")
    assert (found.origin_iso3, found.host_iso3, found.city) == ("JPN", "POL", None)
    assert found.counterparts == []


def test_visited_a_country_the_other_way():
    found = visit("President Lula visited Portugal", PORTUGAL_BRAZIL)
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3) == ("Lula", "head_of_state", "BRA", "PRT")


def test_trigger_is_the_offset_of_the_travel_verb():
    clause = "Prime Minister Shinzo Abe visited Poland"
    assert visit(clause, JAPAN_POLAND).trigger == clause.index("visited")


@pytest.mark.parametrize("clause, parties, city, host, origin", [
    ("Prime Minister Shinzo Abe travelled to Kraków", JAPAN_POLAND, "Kraków", "POL", "JPN"),
    ("Foreign Minister Taro Kono traveled to Warsaw", JAPAN_POLAND, "Warsaw", "POL", "JPN"),
    ("Prime Minister António Costa travelled to Rio de Janeiro", PORTUGAL_BRAZIL, "Rio de Janeiro", "BRA", "PRT"),
    ("Prime Minister Justin Trudeau travelled to Tromsø", CANADA_NORWAY, "Tromsø", "NOR", "CAN"),
    ("Prime Minister Erna Solberg travelled to Halifax", CANADA_NORWAY, "Halifax", "CAN", "NOR"),
    ("Foreign Minister Taro Kono travelled to Warsaw, Poland", JAPAN_POLAND, "Warsaw", "POL", "JPN"),
    ("Prime Minister Bruce Golding came to Port of Spain in April 2009", ("JAM", "TTO"), "Port of Spain", "TTO", "JAM"),
    ("Prime Minister Frank Bainimarama came to Port Vila in March 2010", ("FJI", "VUT"), "Port Vila", "VUT", "FJI"),
    ("President Martín Vizcarra travelled to the Amazonian town of Cobija", ("PER", "BOL"), "Cobija", "BOL", "PER"),
    # the passive: the place is the subject, the visitor the agent
    ("Kraków was visited on 3 May 2004 by Prime Minister Junichiro Koizumi", JAPAN_POLAND, "Kraków", "POL", "JPN"),
    ("Tokyo was visited in June 2010 by the Polish prime minister, Donald Tusk,", JAPAN_POLAND, "Tokyo", "JPN", "POL"),
    ("President Lech Kaczyński arrived on 1–3 June 2008 in Kyoto", JAPAN_POLAND, "Kyoto", "JPN", "POL"),
])
def test_travelled_to_a_city(clause, parties, city, host, origin):
    found = visit(clause, parties)
    assert (found.city, found.host_iso3, found.origin_iso3) == (city, host, origin)


def test_the_demonym_capital_is_the_capital():
    found = visit("Prime Minister Shinzo Abe visited the Polish capital", JAPAN_POLAND)
    assert (found.host_iso3, found.city) == ("POL", "Warsaw")


def test_paid_an_official_visit():
    found = visit("Portuguese Prime Minister António Costa paid an official visit to Brazil", PORTUGAL_BRAZIL)
    assert (found.visitor_name, found.visitor_role) == ("António Costa", "head_of_government")
    assert (found.origin_iso3, found.host_iso3) == ("PRT", "BRA")


def test_particles_stay_in_the_visitor_name():
    found = visit("President Marcelo Rebelo de Sousa paid a state visit to Brazil", PORTUGAL_BRAZIL)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3) == ("Marcelo Rebelo de Sousa", "PRT", "BRA")


@pytest.mark.parametrize("clause, parties, occasion, city, host", [
    ("Prime Minister Justin Trudeau attended the NATO Summit in Oslo", CANADA_NORWAY, "NATO Summit", "Oslo", "NOR"),
    ("President Lula attended the CPLP Summit in Lisbon", PORTUGAL_BRAZIL, "CPLP Summit", "Lisbon", "PRT"),
    ("Prime Minister Bruce Golding was back in Port of Spain for the Commonwealth summit of 27–29 November 2009",
     ("JAM", "TTO"), "Commonwealth summit", "Port of Spain", "TTO"),
    ("President Abdel Fattah el-Sisi travelled to Dubai on 1 December 2023 to address COP28", ("EGY", "ARE"),
     "COP28", "Dubai", "ARE"),
    ("The Francophonie Summit of 26–27 November 2016 in Antananarivo was attended by Prime Minister Anerood Jugnauth",
     ("MUS", "MDG"), "Francophonie Summit", "Antananarivo", "MDG"),
    ("President Lula travelled to Lisbon to attend the CPLP Summit", PORTUGAL_BRAZIL, "CPLP Summit", "Lisbon", "PRT"),
    ("Prime Minister Shinzo Abe went to Warsaw to take part in the Three Seas Summit", JAPAN_POLAND,
     "Three Seas Summit", "Warsaw", "POL"),
])
def test_attended_a_named_event(clause, parties, occasion, city, host):
    found = visit(clause, parties)
    assert (found.occasion, found.city, found.host_iso3) == (occasion, city, host)


def test_hosted_makes_the_guest_the_visitor():
    found = visit("Prime Minister Erna Solberg hosted Canadian Prime Minister Justin Trudeau in Oslo", CANADA_NORWAY)
    assert (found.visitor_name, found.visitor_title, found.origin_iso3) == ("Justin Trudeau", "Prime Minister", "CAN")
    assert (found.host_iso3, found.city) == ("NOR", "Oslo")
    assert found.counterparts == [("Erna Solberg", "Prime Minister")]


def test_received_makes_the_guest_the_visitor():
    found = visit("Emperor Naruhito received Polish President Andrzej Duda in Tokyo", JAPAN_POLAND)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Andrzej Duda", "POL", "JPN", "Tokyo")
    assert found.counterparts == [("Naruhito", "Emperor")]


def test_host_from_the_demonym_of_the_host_when_no_city():
    found = visit("Norwegian Prime Minister Erna Solberg hosted Canadian Prime Minister Justin Trudeau", CANADA_NORWAY)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Justin Trudeau", "CAN", "NOR", None)


def test_met_with_counterpart_in_a_city():
    found = visit("Foreign Minister Mélanie Joly met with her Norwegian counterpart Anniken Huitfeldt in Oslo", CANADA_NORWAY)
    assert (found.visitor_name, found.visitor_role) == ("Mélanie Joly", "foreign_minister")
    assert (found.origin_iso3, found.host_iso3, found.city) == ("CAN", "NOR", "Oslo")
    assert [name for name, _ in found.counterparts] == ["Anniken Huitfeldt"]


def test_visited_and_met_adds_the_counterpart():
    found = visit("Polish President Andrzej Duda visited Tokyo and met Prime Minister Shinzo Abe", JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Andrzej Duda", "JPN", "Tokyo")
    assert found.counterparts == [("Shinzo Abe", "Prime Minister")]


@pytest.mark.parametrize("clause, origin", [
    ("Polish President Andrzej Duda met with his Japanese counterpart Fumio Kishida in Geneva", "POL"),
    ("Japanese Prime Minister Shinzo Abe met with his Polish counterpart Beata Szydło in Geneva", "JPN"),
])
def test_meeting_in_a_third_country_has_no_host(clause, origin):
    found = visit(clause, JAPAN_POLAND)
    assert found is not None
    assert found.host_iso3 is None
    assert found.origin_iso3 == origin
    assert found.city is None


@pytest.mark.parametrize("clause", [
    "President Andrzej Duda invited Prime Minister Shinzo Abe to visit Poland",
    "Prime Minister Shinzo Abe will visit Poland",
    "Prime Minister Shinzo Abe plans to visit Warsaw",
])
def test_invitations_and_plans_are_not_visits(clause):
    assert visit(clause, JAPAN_POLAND) is None


def test_no_travel_verb_is_not_a_visit():
    assert visit("Prime Minister Shinzo Abe praised Poland", JAPAN_POLAND) is None


def test_origin_from_the_demonym():
    found = visit("Japanese Prime Minister Shinzo Abe visited Warsaw", JAPAN_POLAND)
    assert (found.origin_iso3, found.host_iso3, found.city) == ("JPN", "POL", "Warsaw")


def test_origin_is_the_other_party_without_a_demonym():
    found = visit("Prime Minister Beata Szydło visited Japan", JAPAN_POLAND)
    assert (found.origin_iso3, found.host_iso3) == ("POL", "JPN")


def test_a_country_before_a_comma_is_not_the_visitors():
    found = visit("When the typhoon struck Japan, Prime Minister Beata Szydło flew to Tokyo", JAPAN_POLAND)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Beata Szydło", "POL", "JPN", "Tokyo")


def test_a_name_with_an_aside_after_a_fronted_date_is_the_visitor_in_the_office_of_the_aside():
    found = visit("On 3 May 2019 Mariusz Błaszczak, then defence minister and deputy prime minister, came to Tokyo", JAPAN_POLAND)
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3) == (
        "Mariusz Błaszczak", "minister", "POL", "JPN")


def test_going_back_to_a_time_is_no_trip():
    assert visit("Relations between Japan and Poland go back to 1919, when Poland opened a legation in Tokyo", JAPAN_POLAND) is None


def test_whom_the_visitor_acted_together_with_on_the_trip_was_met():
    text = ("= Japan–Poland relations =\n\nIn April 2024 Prime Minister Donald Tusk of Poland travelled to Tokyo and met "
            "Fumio Kishida; together with Yoko Kamikawa he opened the Polish–Japanese Friendship Year on 12 April.\n")
    events = extract_events(parse_article(text, "x.txt"), JAPAN_POLAND)
    assert [[name for name, _ in e.visit.counterparts] for e in events if e.visit] == [["Fumio Kishida", "Yoko Kamikawa"]]


def test_a_stay_at_an_event_in_a_city_is_a_visit():
    found = visit("Prime Minister Beata Szydło of Poland spent only a single day at the International Conference on Financing for Development in Osaka",
                  JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Beata Szydło", "JPN", "Osaka")


def test_a_leader_in_their_own_capital_is_not_a_visit():
    assert visit("Polish Prime Minister Beata Szydło visited Warsaw", JAPAN_POLAND) is None
    assert visit("Japanese Foreign Minister Taro Kono visited Tokyo", JAPAN_POLAND) is None


def test_origin_from_the_section_direction():
    ctx = context(CANADA_NORWAY)
    ctx.enter_block(("High-level visits", "Visits from Norway to Canada"))
    assert ctx.direction == ("NOR", "CAN")
    found = detect_visit("Prime Minister Erna Solberg was in Ottawa", ctx)
    assert (found.origin_iso3, found.host_iso3, found.city) == ("NOR", "CAN", "Ottawa")


def test_a_person_met_earlier_keeps_their_origin():
    ctx = context(JAPAN_POLAND)
    detect_visit("Polish President Andrzej Duda visited Tokyo", ctx)
    found = detect_visit("Duda returned to Tokyo", ctx)
    assert (found.visitor_name, found.visitor_title, found.origin_iso3, found.host_iso3) == (
        "Andrzej Duda", "President", "POL", "JPN")


def _after_visit(clause: str, parties: tuple[str, str]) -> tuple[VisitContext, Visit]:
    ctx = context(parties)
    found = detect_visit(clause, ctx)
    ctx.last_visit = found
    return ctx, found


def test_follow_up_adds_city_and_counterpart():
    ctx, found = _after_visit("Prime Minister Shinzo Abe paid an official visit to Poland", JAPAN_POLAND)
    assert found.city is None
    assert follow_up("In Kraków he met President Andrzej Duda.", ctx, dated=False) is True
    assert found.city == "Kraków"
    assert found.counterparts == [("Andrzej Duda", "President")]


def test_follow_up_of_a_guest():
    ctx, found = _after_visit("Prime Minister Shinzo Abe paid an official visit to Poland", JAPAN_POLAND)
    assert follow_up("In Kraków he was the guest of President Andrzej Duda.", ctx, dated=False)
    assert (found.city, found.counterparts) == ("Kraków", [("Andrzej Duda", "President")])


def test_speaking_at_an_event_in_the_other_country_is_a_visit():
    found = visit("Prince Albert II spoke at the Our Ocean Conference, hosted by John Kerry in Washington",
                  ("MCO", "USA"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Albert II", "MCO", "USA", "Washington")


def test_a_first_lady_is_titled_and_not_a_head_of_state():
    found = visit("First Lady Nancy Reagan travelled to Monaco for the funeral of Princess Grace", ("USA", "MCO"))
    assert (found.visitor_name, found.visitor_role) == ("Nancy Reagan", "other")


def test_a_second_predicate_without_a_place_is_part_of_the_trip():
    found = detect_visits("Foreign Minister Joseph Wu visited Prague, thanked Miloš Vystrčil and spoke at a conference",
                          context(("CZE", "TWN")))
    assert [(v.visitor_name, v.host_iso3) for v in found] == [("Joseph Wu", "CZE")]


def test_follow_up_adds_several_counterparts():
    ctx, found = _after_visit("Prime Minister Shinzo Abe paid an official visit to Poland", JAPAN_POLAND)
    assert follow_up("He also met President Andrzej Duda and Prime Minister Beata Szydło.", ctx, dated=False)
    assert found.counterparts == [("Andrzej Duda", "President"), ("Beata Szydło", "Prime Minister")]


def test_follow_up_keeps_a_known_city():
    ctx, found = _after_visit("Prime Minister Shinzo Abe travelled to Warsaw", JAPAN_POLAND)
    assert follow_up("In Kraków he met President Andrzej Duda.", ctx, dated=False)
    assert found.city == "Warsaw"
    assert found.counterparts == [("Andrzej Duda", "President")]


def test_a_dated_sentence_is_a_follow_up_only_when_it_says_so():
    ctx, found = _after_visit("Prime Minister Shinzo Abe paid an official visit to Poland", JAPAN_POLAND)
    assert follow_up("In 2005, he met President Andrzej Duda.", ctx, dated=True) is False
    assert found.counterparts == []
    assert follow_up("In Kraków he met President Andrzej Duda.", ctx, dated=True) is True
    assert found.city == "Kraków"


def test_no_follow_up_without_a_visit_or_about_something_else():
    ctx = context(JAPAN_POLAND)
    assert follow_up("In Kraków he met President Andrzej Duda.", ctx, dated=False) is False
    ctx, found = _after_visit("Prime Minister Shinzo Abe paid an official visit to Poland", JAPAN_POLAND)
    assert follow_up("The economy of Poland grew quickly.", ctx, dated=False) is False
    assert (found.city, found.counterparts) == (None, [])


def test_a_small_namesake_in_a_party_does_not_beat_a_capital_abroad():
    found = visit("Foreign Minister Mélanie Joly met with her Norwegian counterpart Anniken Huitfeldt in Brussels", ("CAN", "NOR"))
    assert found is not None and found.host_iso3 is None


def test_summit_of_a_named_organisation():
    found = visit("President Lula attended a summit of the Community of Portuguese Language Countries in Lisbon", ("BRA", "PRT"))
    assert found.occasion == "Community of Portuguese Language Countries summit"
    assert (found.host_iso3, found.city) == ("PRT", "Lisbon")


def test_a_nationality_is_not_a_visitor():
    assert visit("The Japanese destroyer visited Gdynia", ("JPN", "POL")) is None


def test_governor_general_is_a_title():
    found = visit("In 2017, Canadian Governor General Julie Payette visited Oslo", ("CAN", "NOR"))
    assert (found.visitor_name, found.visitor_role, found.host_iso3) == ("Julie Payette", "other", "NOR")


def test_namesakes_stay_different_people():
    ctx = context(("IND", "JPN"))
    first = detect_visit("Prime Minister Manmohan Singh visited Tokyo", ctx)
    second = detect_visit("Minister of Defence Rajnath Singh held talks in Tokyo", ctx)
    assert (first.visitor_name, first.visitor_role) == ("Manmohan Singh", "head_of_government")
    assert (second.visitor_name, second.visitor_role) == ("Rajnath Singh", "minister")


def test_untitled_counterpart_after_with():
    found = visit("Prime Minister Kiyoshi Ueda visited Warsaw and signed a declaration with Marek Kowal.", JAPAN_POLAND)
    assert found.counterparts == [("Marek Kowal", None)]


def test_led_a_delegation_of_companies():
    found = visit("Prime Minister Kiyoshi Ueda led a trade mission of about 50 Japanese companies to Warsaw", JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Kiyoshi Ueda", "POL", "Warsaw")


def test_follow_up_city_after_received_in():
    ctx, found = _after_visit("Emperor Naruhito paid a state visit to Poland", JAPAN_POLAND)
    assert follow_up("They were received in Kraków by President Andrzej Duda.", ctx, dated=False)
    assert found.city == "Kraków"
    assert found.counterparts == [("Andrzej Duda", "President")]


def test_one_name_reference_to_a_long_name():
    ctx = context(("KWT", "QAT"))
    detect_visit("Emir Sabah Al-Ahmad Al-Jaber Al-Sabah flew to Doha", ctx)
    found = detect_visit("Emir Tamim bin Hamad Al Thani visited Kuwait City and was received by Emir Sabah.", ctx)
    assert found.counterparts == [("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Emir")]


# Frames of the predicate table (pipeline/lexicon/visit_predicates.csv), on sentences of our own.

@pytest.mark.parametrize("clause, visitor, host, city, met", [
    ("President Marek Nowak was received in Kyoto by Emperor Naruhito", "Marek Nowak", "JPN", "Kyoto", ["Naruhito"]),
    ("Prime Minister Kenji Sato was welcomed in Gdańsk by President Marek Nowak", "Kenji Sato", "POL", "Gdańsk", ["Marek Nowak"]),
    ("Prime Minister Kenji Sato was the guest of President Marek Nowak in Warsaw", "Kenji Sato", "POL", "Warsaw", ["Marek Nowak"]),
    ("Prime Minister Kenji Sato was hosted in Kraków by Prime Minister Ewa Zielińska", "Kenji Sato", "POL", "Kraków", ["Ewa Zielińska"]),
    ("Prime Minister Kenji Sato was President Marek Nowak's guest in Kraków", "Kenji Sato", "POL", "Kraków", ["Marek Nowak"]),
])
def test_being_received_or_hosted_makes_the_subject_the_visitor(clause, visitor, host, city, met):
    found = visit(clause, JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city) == (visitor, host, city)
    assert [name for name, _ in found.counterparts] == met


def test_a_nominal_visit_by_someone():
    found = visit("The forum opened on 3 May 2010, during a working visit to Osaka by President Marek Nowak, "
                  "who was hosted by Prime Minister Kenji Sato", JAPAN_POLAND)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Marek Nowak", "POL", "JPN", "Osaka")
    assert [name for name, _ in found.counterparts] == ["Kenji Sato"]


def test_during_a_visit_the_subject_after_the_comma_is_the_visitor():
    found = visit("During a visit to Warsaw, Crown Prince Hiro Tanaka and Foreign Minister Marek Nowak signed a treaty", JAPAN_POLAND)
    assert (found.visitor_name, found.visitor_role, found.host_iso3) == ("Hiro Tanaka", "royalty", "POL")
    assert [name for name, _ in found.counterparts] == ["Marek Nowak"]


def test_a_possessive_visitor():
    found = visit("Jan Kowal's state visit to Tokyo, where he was hosted by Prime Minister Kenji Sato, ended the dispute", JAPAN_POLAND)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Jan Kowal", "POL", "JPN", "Tokyo")
    assert found.counterparts == [("Kenji Sato", "Prime Minister")]


@pytest.mark.parametrize("clause, title, role", [
    ("Kenji Sato chose Poland for his first trip abroad as prime minister", "prime minister", "head_of_government"),
    ("Kenji Sato made Poland his first foreign destination as foreign minister", "foreign minister", "foreign_minister"),
    ("Kenji Sato became the first Japanese head of state to visit Poland", "Japanese head of state", "head_of_state"),
])
def test_a_chosen_destination_and_a_first_visit(clause, title, role):
    found = visit(clause, JAPAN_POLAND)
    assert (found.visitor_name, found.visitor_title, found.visitor_role) == ("Kenji Sato", title, role)
    assert (found.origin_iso3, found.host_iso3) == ("JPN", "POL")


def test_a_stopover_on_the_way_elsewhere():
    found = visit("During a trip to Canberra for a summit, Prime Minister Kenji Sato flew on to Warsaw", JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Kenji Sato", "POL", "Warsaw")


@pytest.mark.parametrize("clause, occasion, city", [
    ("President Jan Kowal attends the inauguration of Hiro Tanaka in Osaka", "inauguration of Hiro Tanaka", "Osaka"),
    ("Foreign Minister Jan Kowal co-chaired the Joint Economic Commission in Nagoya", None, "Nagoya"),
    ("President Jan Kowal attended the funeral of Hiro Tanaka in Tokyo", "funeral of Hiro Tanaka", "Tokyo"),
    ("President Jan Kowal attended the memorial service for Hiro Tanaka in Kyoto", "memorial service for Hiro Tanaka", "Kyoto"),
    ("President Jan Kowal was chief guest at the Foundation Day in Tokyo", "Foundation Day", "Tokyo"),
    ("President Jan Kowal travelled to Sendai and opened the Polish Trade Centre", "opening of the Polish Trade Centre", "Sendai"),
    ("President Jan Kowal sat among the foreign guests at the coronation of Hiro Tanaka in Kyoto", "coronation of Hiro Tanaka", "Kyoto"),
    ("President Jan Kowal stood in the crowd at the Budokan Hall in Tokyo for the funeral of Hiro Tanaka",
     "funeral of Hiro Tanaka", "Tokyo"),
    ("President Jan Kowal participated in the meeting of the Pacific Council in Osaka", "meeting of the Pacific Council",
     "Osaka"),
])
def test_attending_an_event(clause, occasion, city):
    found = visit(clause, JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city, found.occasion) == ("Jan Kowal", "JPN", city, occasion)


def test_an_untitled_visitor_of_a_state_visit_is_a_head_of_state():
    found = visit("Jan Kowal made a state visit to Tokyo", JAPAN_POLAND)
    assert (found.visitor_title, found.visitor_role, found.host_iso3) == (None, "head_of_state", "JPN")


def test_returning_the_visit_goes_where_the_visit_came_from():
    ctx = context(JAPAN_POLAND)
    ctx.last_visit = detect_visit("President Jan Kowal visited Tokyo", ctx)
    found = detect_visit("Two years later Prime Minister Kenji Sato returned the visit", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3) == ("Kenji Sato", "JPN", "POL")


def test_guest_of_a_country_goes_to_the_other_party():
    ctx = context(JAPAN_POLAND)
    detect_visit("Japanese Prime Minister Kenji Sato visited Warsaw", ctx)
    found = detect_visit("In 2019 Sato was the guest of the republic for three days", ctx)
    assert (found.visitor_name, found.visitor_role, found.host_iso3) == ("Kenji Sato", "head_of_government", "POL")


def test_later_mentions_resolve_to_the_person_named_in_full():
    ctx = context(JAPAN_POLAND)
    ctx.read_people("Prime Minister Jane Doe announced a new budget.")
    found = detect_visit("Doe later travelled to Warsaw and met Marek Nowak there", ctx)
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3) == (
        "Jane Doe", "head_of_government", "JPN", "POL")


def test_a_pronoun_subject_is_the_visitor_told_before():
    ctx = context(JAPAN_POLAND)
    ctx.last_visit = detect_visit("Prime Minister Kenji Sato visited Warsaw", ctx)
    found = detect_visit("He returned to Kraków to open a factory", ctx)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Kenji Sato", "POL", "Kraków")


def test_the_title_alone_names_the_person_last_given_it():
    ctx = context(JAPAN_POLAND)
    ctx.read_people("King Jan Sobieski opened the session.")
    found = detect_visit("Prime Minister Kenji Sato visited Warsaw and met the king", ctx)
    assert found.counterparts == [("Jan Sobieski", "King")]


def test_two_officials_acting_together_in_a_city():
    ctx = context(JAPAN_POLAND)
    ctx.read_people("Japanese Prime Minister Kenji Sato spoke first.")
    found = detect_visit("President Marek Nowak and Prime Minister Kenji Sato signed the treaty in Osaka", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Marek Nowak", "POL", "JPN", "Osaka")
    assert [name for name, _ in found.counterparts] == ["Kenji Sato"]


def test_acting_together_in_both_capitals_is_not_a_visit():
    assert visit("Prime Minister Kenji Sato and President Marek Nowak signed copies of the treaty in Tokyo and Warsaw",
                 JAPAN_POLAND) is None


def test_a_visit_written_as_fields():
    sentence = "Guest: Prime Minister Kenji Sato; host: President Marek Nowak; place: Gdańsk; date: 1 May 2010"
    found = detect_visit("date: 1 May 2010", context(JAPAN_POLAND), sentence=sentence)
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3, found.city) == (
        "Kenji Sato", "head_of_government", "JPN", "POL", "Gdańsk")
    assert found.counterparts == [("Marek Nowak", "President")]


def test_two_trips_in_one_clause():
    found = detect_visits("Prime Minister Kenji Sato attended a summit in Kraków in 2017 and came back for a state visit "
                          "in 2018, when he was received in Warsaw by President Marek Nowak", context(JAPAN_POLAND))
    assert [(v.visitor_name, v.city) for v in found] == [("Kenji Sato", "Kraków"), ("Kenji Sato", "Warsaw")]
    assert (found[0].counterparts, found[1].counterparts) == ([], [("Marek Nowak", "President")])


def test_a_trip_listed_without_its_predicate():
    ctx = context(JAPAN_POLAND)
    ctx.read_people("Crown Prince Hiro Tanaka spoke.")
    first = detect_visit("Japanese emperors have been guests at the parade in Warsaw: Emperor Kenji Tanaka in 2005", ctx)
    second = detect_visit("his son Hiro Tanaka in 2013", ctx, previous=first)
    assert (first.visitor_name, first.host_iso3, first.city) == ("Kenji Tanaka", "POL", "Warsaw")
    assert (second.visitor_name, second.visitor_role, second.host_iso3, second.city) == ("Hiro Tanaka", "royalty", "POL", "Warsaw")


def test_the_host_acting_on_the_visitor_is_met():
    ctx, found = _after_visit("Prime Minister Kenji Sato was the guest of Poland for two days", JAPAN_POLAND)
    ctx.read_people("President Marek Nowak spoke.")
    # 'dated' is a time of the clause's own, not a day of the trip: then the host is met
    assert continue_visit("President Marek Nowak presented him with an order in Kraków on 2 May", found, ctx, dated=False) is False
    assert (found.city, found.counterparts) == ("Kraków", [("Marek Nowak", "President")])


def test_a_date_that_starts_a_state_of_affairs_does_not_date_the_trip():
    sentence = "In March 2024 Sato, in office since January, visited Warsaw"
    dates = find_dates(sentence)
    assert [d.edtf for d in trip_dates(sentence, dates)] == ["2024-03"]


def test_the_office_of_an_unplaced_host_names_their_country():
    ctx = context(JAPAN_POLAND)
    ctx.read_people("Japanese Prime Minister Kenji Sato and Polish President Marek Nowak spoke.")
    found = detect_visit("President Jan Kowal attended the summit of the Three Seas in Ikaho as the guest of "
                         "Prime Minister Hiro Tanaka", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Jan Kowal", "POL", "JPN", None)
    assert found.occasion == "Three Seas summit"
    assert found.counterparts == [("Hiro Tanaka", "Prime Minister")]


def test_an_event_on_a_leg_abroad_is_not_the_visit_occasion():
    found = visit("During a trip to Canberra for the APEC summit, Prime Minister Kenji Sato flew on to Warsaw", JAPAN_POLAND)
    assert (found.host_iso3, found.occasion) == ("POL", None)


@pytest.mark.parametrize("clause, occasion, city", [
    ("Prime Minister Jan Kowal was present at the swearing-in of Hiro Tanaka in Tokyo", "swearing-in of Hiro Tanaka", "Tokyo"),
    ("Crown Prince Jan Kowal was sent to Osaka to attend the coronation of King Hiro in the castle", "coronation of King Hiro", "Osaka"),
    ("Vice-President Jan Kowal was sent to the mass memorial held in a park in Tokyo", "mass memorial", "Tokyo"),
    ("Deputy Prime Minister Jan Kowal led the Polish delegation at his funeral in Tokyo", "funeral", "Tokyo"),
    ("Foreign Minister Jan Kowal headed the humanitarian mission to Osaka", None, "Osaka"),
    ("The president-elect, Jan Kowal, left for Tokyo on the same day", None, "Tokyo"),
    ("Prime Minister Jan Kowal came to Kobe for the sixth Leaders Meeting (LM6) on that day", "sixth Leaders Meeting", "Kobe"),
])
def test_ceremonies_and_missions_attended(clause, occasion, city):
    found = visit(clause, JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city, found.occasion) == ("Jan Kowal", "JPN", city, occasion)


def test_the_capitalised_title_alone_names_the_person():
    ctx = context(JAPAN_POLAND)
    ctx.read_people("His Majesty King Jan Sobieski III opened the session.")
    found = detect_visit("The King travelled to Tokyo to attend the enthronement", ctx)
    assert (found.visitor_name, found.visitor_role, found.host_iso3) == ("Jan Sobieski III", "royalty", "JPN")


def test_a_place_written_with_an_okina_is_found():
    found = visit("Foreign Minister Taro Kono travelled to Nukuʻalofa", ("JPN", "TON"))
    assert (found.host_iso3, found.city) == ("TON", "Nukuʻalofa")


def test_a_pronoun_is_the_person_the_sentence_before_was_about():
    ctx = context(JAPAN_POLAND)
    ctx.last_visit = detect_visit("Prime Minister Kenji Sato visited Warsaw", ctx)
    ctx.read_people("Emperor Hiro Tanaka made two trips to Poland.")
    ctx.read_people("In May 1990, after the election, he was received in Kraków by Jan Kowal.")
    found = detect_visit("In May 1990, after the election, he was received in Kraków by Jan Kowal", ctx)
    assert (found.visitor_name, found.visitor_role, found.city) == ("Hiro Tanaka", "royalty", "Kraków")


def test_a_pronoun_later_in_the_sentence_is_its_subject():
    ctx = context(JAPAN_POLAND)
    ctx.last_visit = detect_visit("Prime Minister Kenji Sato visited Warsaw", ctx)
    ctx.read_people("President Jan Kowal was often in Tokyo, and in 2016 he attended the summit held in Osaka.")
    found = detect_visits("in 2016 he attended the summit held in Osaka", ctx,
                          sentence="President Jan Kowal was often in Tokyo, and in 2016 he attended the summit held in Osaka.")
    assert (found[0].visitor_name, found[0].host_iso3, found[0].city) == ("Jan Kowal", "JPN", "Osaka")


def test_a_single_name_right_before_being_hosted_is_the_visitor():
    ctx = context(JAPAN_POLAND)
    ctx.read_people("Prime Minister Jan Kowal attended the summit in Osaka.")
    found = detect_visit("on 3 May 2020 Tanaka was hosted in Kraków by Kowal, the first visit to Poland by a Japanese prime minister", ctx)
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3, found.city) == (
        "Tanaka", "head_of_government", "JPN", "POL", "Kraków")
    assert [name for name, _ in found.counterparts] == ["Jan Kowal"]


def test_a_plural_nationality_is_not_a_visitor():
    assert visit("In 1990 Canadians visited Oslo", CANADA_NORWAY) is None


@pytest.mark.parametrize("clause, dated, city, met", [
    ("received in Kraków by President Marek Nowak and Prime Minister Jan Kowal", False, "Kraków", ["Marek Nowak", "Jan Kowal"]),
    ("and was the guest of President Marek Nowak", False, None, ["Marek Nowak"]),
    ("and he was received at the Royal Castle by President Marek Nowak the following day", True, None, ["Marek Nowak"]),
])
def test_clauses_that_add_to_the_visit(clause, dated, city, met):
    ctx, found = _after_visit("Prime Minister Kenji Sato paid a state visit to Poland", JAPAN_POLAND)
    assert continue_visit(clause, found, ctx, dated=dated) is True
    assert (found.city, [name for name, _ in found.counterparts]) == (city, met)


def test_a_leg_onward_in_the_host_country_is_the_same_visit():
    ctx, found = _after_visit("Prime Minister Kenji Sato was hosted in Warsaw by President Marek Nowak", JAPAN_POLAND)
    assert continue_visit("he then travelled to Kraków", found, ctx) is True
    assert found.city == "Warsaw"
    assert continue_visit("he then travelled to Tokyo", found, ctx) is False


def test_the_date_of_an_office_in_an_appositive_does_not_date_the_trip():
    sentence = "Jan Kowal, elected president of Poland in March 2024, came to Tokyo on 20 April 2024"
    assert [d.edtf for d in trip_dates(sentence, find_dates(sentence))] == ["2024-04-20"]


AUSTRIA_HUNGARY = ("AUT", "HUN")


def test_a_call_paid_on_a_host_is_a_visit():
    found = visit("Prime Minister Karl Weber called on President Ferenc Tóth in Budapest", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Karl Weber", "AUT", "HUN", "Budapest")
    assert found.counterparts == [("Ferenc Tóth", "President")]
    found = visit("Foreign Minister Lena Gruber paid a courtesy call on President Ferenc Tóth in Budapest", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.host_iso3, found.city, found.counterparts) == ("Lena Gruber", "HUN", "Budapest", [("Ferenc Tóth", "President")])


def test_a_call_on_someone_to_act_is_an_appeal():
    assert visit("Prime Minister Karl Weber called on Hungary to release the prisoners", AUSTRIA_HUNGARY) is None


def test_consultations_held_in_a_city_with_a_titled_host():
    found = visit("Karl Weber held political consultations in Budapest with the foreign minister, Ferenc Tóth.", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl Weber", "HUN", "Budapest")
    assert found.counterparts == [("Ferenc Tóth", "foreign minister")]


def test_co_chaired_with_a_minister_of_a_long_title():
    found = visit("the Austrian Minister of Economy, Labour and Tourism, Karl Weber, co-chaired the joint commission in Budapest "
                  "with the Hungarian Minister of Trade, Ferenc Tóth.", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.visitor_role, found.host_iso3, found.city) == ("Karl Weber", "minister", "HUN", "Budapest")
    assert [name for name, _ in found.counterparts] == ["Ferenc Tóth"]


def test_received_at_the_palace_in_a_city_by_the_host():
    found = visit("Karl Weber, the first president of the young republic, was received at the palace in Budapest by King Ferenc Tóth",
                  AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.visitor_role, found.host_iso3, found.city) == ("Karl Weber", "head_of_state", "HUN", "Budapest")
    assert found.counterparts == [("Ferenc Tóth", "King")]


def test_an_appositive_subject_is_the_visitor_not_the_person_in_its_possessive():
    ctx = context(AUSTRIA_HUNGARY)
    ctx.remember(Person("Anton Maier", "President", 0, 0), "AUT")
    found = detect_visit("Karl Weber, Maier's successor, paid a courtesy call on the king at his residence in Debrecen", ctx)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl Weber", "HUN", "Debrecen")


def test_a_monarch_with_a_regnal_number_and_no_title():
    found = visit("Two years after his accession, Karl II chose the Hungarian capital for one of his first trips abroad", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl II", "HUN", "Budapest")


def test_flew_on_a_plane_to_and_crossed_into():
    found = visit("President Karl Weber flew on a military plane to Budapest", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl Weber", "HUN", "Budapest")
    found = visit("Karl Weber crossed into Hungary for the summit in Debrecen co-hosted by Ferenc Tóth", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl Weber", "HUN", "Debrecen")
    assert [name for name, _ in found.counterparts] == ["Ferenc Tóth"]


def test_one_signer_with_a_counterpart_named_after_the_verb():
    found = visit("Foreign Minister Karl Weber signs a joint communiqué with his counterpart Ferenc Tóth in Budapest", AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Karl Weber", "AUT", "HUN", "Budapest")
    assert [name for name, _ in found.counterparts] == ["Ferenc Tóth"]


def test_inaugurated_together_with_a_host_of_known_party():
    ctx = context(AUSTRIA_HUNGARY)
    ctx.remember(Person("Ferenc Tóth", "Prime Minister", 0, 0), "HUN")
    found = detect_visit("Foreign Minister Karl Weber inaugurated the trade fair in Debrecen together with Prime Minister Ferenc Tóth", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Karl Weber", "AUT", "HUN", "Debrecen")
    assert [name for name, _ in found.counterparts] == ["Ferenc Tóth"]


def test_a_lone_signer_in_the_capital_of_their_own_party_is_no_visit():
    ctx = context(AUSTRIA_HUNGARY)
    ctx.remember(Person("Karl Weber", "Foreign Minister", 0, 0), "HUN")
    assert detect_visit("Foreign Minister Karl Weber signed the agreement in Budapest", ctx) is None


@pytest.mark.parametrize("text, occasion", [
    ("the king returned for the fiftieth anniversary of independence", "fiftieth anniversary of independence"),
    ("the minister co-chaired the third session of the joint commission in Vienna", "third session of the joint commission"),
    ("the president was guest of honour at the Republic Day celebrations in Vienna", "Republic Day celebrations"),
    ("the prime minister came for the second joint cabinet meeting", None),
    ("she stopped in Vienna on her way to the Pacific Islands Forum in Suva", None),
    ("he was received by the Speaker of the National Assembly", None),
    ("attended The President of the National Assembly of Austria, A B, was received", None),
    ("work began with a ground-breaking ceremony in Vienna", "ground-breaking ceremony"),
    ("the prime minister attended the independence ceremonies in Vienna", "independence ceremonies"),
    ("she came for the jubilee celebrations of the king's reign", "jubilee celebrations of the king's reign"),
    ("The first Joint Economic Commission met in Vienna on 3 May 2011", "Joint Economic Commission"),
    ("he was among the guests at George Tupou V's coronation in Vienna", "George Tupou V's coronation"),
    ("the chancellor hosted him again at the Three Seas summit a year later", "Three Seas summit"),
    ("she returned to Vienna to mark the fiftieth anniversary of the State Treaty with the chancellor",
     "fiftieth anniversary of the State Treaty"),
    ("he paid a visit to Vienna to mark the 90th anniversary of diplomatic relations", None),
])
def test_occasions_numbered_sessions_anniversaries_and_not_en_route(text, occasion):
    assert occasion_in(text) == occasion


def test_a_pronoun_clause_after_a_leading_phrase_refers_to_the_sentence_subject():
    sentence = "A year after his election, Karl Weber chose a neighbour for his first trip; he was welcomed in Budapest by Ferenc Tóth"
    clause = sentence[sentence.index("he was"):]
    found = detect_visit(clause, context(AUSTRIA_HUNGARY), sentence=sentence)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl Weber", "HUN", "Budapest")


def test_a_two_word_demonym_is_not_a_visitor():
    assert visit("The first New Zealander students arrive in Budapest on scholarships", ("NZL", "HUN")) is None


def test_a_call_on_the_sovereign_meets_the_monarch_named_before():
    ctx = context(AUSTRIA_HUNGARY)
    ctx.remember(Person("Ferenc II", "King", 0, 0), "HUN")
    found = detect_visit("Karl Weber, Maier's successor, paid a courtesy call on the sovereign at his residence in Debrecen", ctx)
    assert (found.visitor_name, found.host_iso3, found.counterparts) == ("Karl Weber", "HUN", [("Ferenc II", "King")])


def test_the_co_chair_of_the_host_party_is_met():
    ctx = context(AUSTRIA_HUNGARY)
    ctx.remember(Person("Karl Weber", "Chancellor", 0, 0), "AUT")
    ctx.remember(Person("Ferenc Tóth", "Prime Minister", 0, 0), "HUN")
    found = detect_visit("Weber and Prime Minister Ferenc Tóth co-chaired the first meeting of the Joint Council in Budapest", ctx)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl Weber", "HUN", "Budapest")
    assert [name for name, _ in found.counterparts] == ["Ferenc Tóth"]


def test_received_in_a_city_over_some_days_by_the_host():
    found = visit("President Karl Weber was received in Budapest from 5 until 7 May 2024 by President Ferenc Tóth, who decorated him",
                  AUSTRIA_HUNGARY)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Karl Weber", "HUN", "Budapest")
    assert found.counterparts == [("Ferenc Tóth", "President")]


def test_a_successor_visits_a_party_told_by_a_description():
    ctx = context(AUSTRIA_HUNGARY)
    first = detect_visit("Chancellor Anton Maier stopped in Budapest for the summit", ctx)
    ctx.last_visit = first
    found = detect_visit("His successor, Karl Weber, chose the neighbouring country for a state visit", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3) == ("Karl Weber", "AUT", "HUN")


def test_a_visitor_of_known_party_goes_to_the_kingdom():
    ctx = context(AUSTRIA_HUNGARY)
    ctx.remember(Person("Karl Weber", "President", 0, 0), "AUT")
    found = detect_visit("President Karl Weber made a state visit to the kingdom", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Karl Weber", "AUT", "HUN", None)
    korea = detect_visit("President Karl Weber made a state visit to the Republic of Korea", ctx)
    assert korea is None or korea.host_iso3 != "HUN"


def test_a_single_name_with_adverbs_before_the_verb():
    ctx = context(AUSTRIA_HUNGARY)
    found = detect_visit("Weber had himself spent a day in Budapest on his way home", ctx)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Weber", "HUN", "Budapest")


def test_a_trip_told_before_its_visitor():
    found = visit("During her visit to Warsaw on 3 May 2019 Prime Minister of Japan Yoko Sato praised the reforms", JAPAN_POLAND)
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3) == (
        "Yoko Sato", "head_of_government", "JPN", "POL")


def test_the_trip_of_a_titled_person_in_the_possessive():
    found = visit("In 2020 Polish President Andrzej Duda's state visit to Tokyo opened a new chapter", JAPAN_POLAND)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Andrzej Duda", "POL", "JPN", "Tokyo")


def test_items_of_a_list_of_visits_under_a_heading_of_direction():
    ctx = context(CANADA_NORWAY)
    ctx.enter_block(("High-level visits", "From Norway to Canada"), bullet=True)
    first = detect_visits("1998 – Prime Minister Kjell Bondevik (June), guest at the Halifax summit", ctx)
    assert [(v.visitor_name, v.visitor_role, v.origin_iso3, v.host_iso3) for v in first] == [
        ("Kjell Bondevik", "head_of_government", "NOR", "CAN")]
    later = detect_visits("12 May 2003, opening of the Arctic council in Ottawa", ctx, first[0])
    assert [(v.visitor_name, v.host_iso3, v.city) for v in later] == [("Kjell Bondevik", "CAN", "Ottawa")]
    ctx.enter_block(("High-level visits", "From Norway to Canada"), bullet=False)
    assert detect_visits("In 2004 Prime Minister Kjell Bondevik praised the Arctic council", ctx) == []


def test_trips_listed_without_a_verb_under_a_heading_of_visits():
    ctx = context(CANADA_NORWAY)
    ctx.enter_block(("High-level visits",), bullet=True)
    first = detect_visits("2011: Prime Minister Erna Solberg to Ottawa and Halifax, talks with Stephen Harper (May)", ctx)
    assert [(v.visitor_name, v.visitor_role, v.origin_iso3, v.host_iso3, v.city, v.counterparts) for v in first] == [
        ("Erna Solberg", "head_of_government", "NOR", "CAN", "Ottawa", [("Stephen Harper", None)])]
    second = detect_visits("Harper's successor, Justin Trudeau, to Oslo (June)", ctx)
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in second] == [("Justin Trudeau", "CAN", "NOR", "Oslo")]
    third = detect_visits("Kari Dahl, President of Norway – Ottawa, 3 May 2012; talks with Harper", ctx)
    assert [(v.visitor_name, v.visitor_role, v.origin_iso3, v.host_iso3, v.city) for v in third] == [
        ("Kari Dahl", "head_of_state", "NOR", "CAN", "Ottawa")]
    ctx.enter_block(("History",), bullet=True)
    assert detect_visits("2011: Prime Minister Erna Solberg to Ottawa and Halifax (May)", ctx) == []


def test_a_month_after_in_is_a_time_not_a_town():
    ctx = context(CANADA_NORWAY)
    first = "Prime Minister Ola Berg was in Ottawa for talks with Paul Reid in October 1966."
    ctx.read_people(first)
    ctx.last_visit = detect_visits(first, ctx)[0]
    second = "Reid returned the visit in March 1968."
    ctx.read_people(second)
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3) for v in detect_visits(second, ctx)] == [("Paul Reid", "CAN", "NOR")]


def test_a_first_name_before_an_accented_surname_is_part_of_that_name():
    ctx = context(CANADA_NORWAY)
    for sentence in ("Foreign Minister Ola Berg held talks in Ottawa with János Reid in 1999.",
                     "In 2015 Prime Minister Erna Haugen was in Ottawa, where she was the guest of János Ísak."):
        ctx.read_people(sentence)
        detect_visits(sentence, ctx)
    later = detect_visits("Ísak in turn came to Oslo in 2016.", ctx)
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3) for v in later] == [("János Ísak", "CAN", "NOR")]


def test_a_country_playing_host_is_the_host():
    ctx = context(CANADA_NORWAY)
    first = "Prime Minister Ola Berg of Norway visited Canada in 2018."
    ctx.read_people(first)
    detect_visits(first, ctx)
    found = detect_visits("In 2022 Canada played host to Berg, by then president, on a state visit", ctx)
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3) for v in found] == [("Ola Berg", "NOR", "CAN")]


def test_the_person_met_is_no_place_of_the_same_name():
    found = visit("Prime Minister Ana Costa met Herrera on the margins of the summit in Rio de Janeiro", PORTUGAL_BRAZIL)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Ana Costa", "BRA", "Rio de Janeiro")


@pytest.mark.parametrize("clause", ["Multiple visits have been made from Norway to Canada since 2000",
                                    "Several ministers visited Ottawa in 2001"])
def test_a_quantifier_that_opens_a_sentence_is_no_visitor(clause):
    assert visit(clause, CANADA_NORWAY) is None


def test_a_village_named_by_part_of_a_persons_name_is_no_city():
    found = visit("President Ana Costa made a state visit to Brazil in 2015 and held talks with Paulo Teixeira", PORTUGAL_BRAZIL)
    assert (found.host_iso3, found.city) == ("BRA", None)


def test_the_city_of_a_stay_told_after_the_trip():
    ctx = context(CANADA_NORWAY)
    found = detect_visits("President Ola Berg of Norway went to Canada in June 1967", ctx)[0]
    assert continue_visit("and during his stay in Ottawa the hosts promised a loan", found, ctx)
    assert found.city == "Ottawa"


@pytest.mark.parametrize("clause, city", [
    ("President Ola Berg of Norway met at Halifax with President Paul Reid", "Halifax"),
    ("President Ola Berg of Norway made Ottawa one of his first stops abroad", "Ottawa"),
    ("President Ola Berg of Norway addressed a joint session of Parliament in Ottawa", "Ottawa"),
    ("President Ola Berg of Norway made his first trip abroad as head of state to Ottawa", "Ottawa"),
    ("Among the guests in the Ottawa stadium was President Ola Berg of Norway", "Ottawa"),
    ("The ceremony, held in Ottawa, was attended by President Ola Berg of Norway", "Ottawa"),
])
def test_more_ways_to_tell_a_trip(clause, city):
    found = visit(clause, CANADA_NORWAY)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Ola Berg", "NOR", "CAN", city)


def test_no_visit_is_no_visit():
    assert visit("No visit to Canada by a Norwegian prime minister took place", CANADA_NORWAY) is None
    assert visit("Prime Minister Ola Berg of Norway did not visit Canada", CANADA_NORWAY) is None
    assert visit("Prime Minister Ola Berg of Norway visited Canada", CANADA_NORWAY) is not None


def test_one_word_met_is_the_full_name_read_before():
    ctx = context(CANADA_NORWAY)
    first = "The treaty was signed in Paris on 9 May 2023 by Ola Berg and Paul Tremblay."
    ctx.read_people(first)
    found = detect_visits("Foreign Minister Ana Lind arrived in Ottawa in 2024 and met Tremblay", ctx)
    assert [(v.visitor_name, v.counterparts) for v in found] == [("Ana Lind", [("Paul Tremblay", None)])]


def test_a_person_after_a_thing_received_is_no_guest():
    assert visit("Poland received a new constitution from President Hiroshi Sato in Tokyo", JAPAN_POLAND) is None
    found = visit("President Andrzej Duda received the visiting Japanese prime minister Shinzo Abe in Warsaw", JAPAN_POLAND)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3) == ("Shinzo Abe", "JPN", "POL")


@pytest.mark.parametrize("clause, city", [
    ("President Ola Berg of Norway took part in the Arctic summit hosted by Canada at Iqaluit", "Iqaluit"),
    ("President Ola Berg of Norway attended the climate conference at Halifax", "Halifax"),
    ("President Ola Berg of Norway was among the guests in Ottawa at the jubilee", "Ottawa"),
    ("President Ola Berg of Norway was among the leaders at the Toronto Peace Summit", "Toronto"),
])
def test_attending_an_event_in_the_other_country(clause, city):
    found = visit(clause, CANADA_NORWAY)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Ola Berg", "NOR", "CAN", city)


def test_back_for_an_event_is_another_trip():
    ctx = context(CANADA_NORWAY)
    first = detect_visit("President Ola Berg of Norway visited Ottawa in May", ctx)
    ctx.last_visit = first
    again = detect_visit("In September he was back for the inauguration of the new governor", ctx)
    assert (again.visitor_name, again.origin_iso3, again.host_iso3) == ("Ola Berg", "NOR", "CAN")


def test_a_private_traveller_makes_no_visit():
    assert visit("The Norwegian writer Ola Berg was received by Prime Minister Paul Reid at Halifax", CANADA_NORWAY) is None
    found = visit("The Norwegian minister Ola Berg was received by Prime Minister Paul Reid at Halifax", CANADA_NORWAY)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Ola Berg", "CAN", "Halifax")


def test_the_two_presidents_meeting_in_one_party_is_a_visit_of_the_other():
    ctx = context(CANADA_NORWAY)
    first = "President Ola Berg of Norway and President Paul Reid of Canada signed a declaration in Paris in 2011."
    ctx.read_people(first)
    found = detect_visits("In December 2012 the two presidents met in Halifax", ctx)
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found] == [("Ola Berg", "NOR", "CAN", "Halifax")]


def test_an_untitled_successor_holds_the_office_of_the_person_succeeded():
    ctx = context(CANADA_NORWAY)
    ctx.read_people("President Ola Berg of Norway met Paul Reid in 2014.")
    clause = "Kari Dahl, who followed Berg in 2015, attended the second session in Ottawa in June 2016"
    ctx.read_people(clause)
    found = detect_visit(clause, ctx)
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3) == ("Kari Dahl", "head_of_state", "NOR", "CAN")


def test_a_palace_is_no_town_and_an_unlisted_town_after_its_country_is():
    found = visit("President Ola Berg of Norway was received at Rideau Palace in Canada", CANADA_NORWAY)
    assert (found.host_iso3, found.city) == ("CAN", None)
    found = visit("President Ola Berg of Norway attended the summit hosted by Canada at Lac Brome", CANADA_NORWAY)
    assert (found.host_iso3, found.city) == ("CAN", "Lac Brome")


def test_a_surname_with_a_joined_article_is_written_without_it():
    ctx = context(CANADA_NORWAY)
    ctx.read_people("President Ola el-Berg of Norway met Paul Reid in 2014.")
    found = detect_visit("Berg visited Ottawa in 2016", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3) == ("Ola el-Berg", "NOR", "CAN")


def test_an_untitled_full_name_with_a_joined_article_is_the_later_surname():
    ctx = context(CANADA_NORWAY)
    ctx.read_people("Ties rest on the bond between Ola el-Berg and Paul Reid.")
    found = detect_visit("Berg visited Ottawa in 2016", ctx)
    assert found.visitor_name == "Ola el-Berg"


def test_a_short_form_shared_by_two_people_is_the_one_named_last():
    ctx = context(CANADA_NORWAY)
    ctx.read_people("President Ola bin Berg of Norway met Paul Reid in 2014.")
    ctx.read_people("Foreign Minister Kari bin Berg of Norway met Paul Reid in 2016.")
    found = detect_visit("In 2018 bin Berg visited Ottawa", ctx)
    assert found.visitor_name == "Kari bin Berg"


def test_a_titled_host_meeting_the_visitor_adds_to_the_visit():
    ctx, found = _after_visit("President Ola Berg of Norway made a state visit to Canada", CANADA_NORWAY)
    assert continue_visit("the crown prince met him at the airport in Halifax", found, ctx)
    assert (found.origin_iso3, found.city) == ("NOR", "Halifax")


@pytest.mark.parametrize("clause, parties, year, role", [
    ("Ana Lima visited Tokyo", ("BRA", "JPN"), 2015, "head_of_state"),  # a presidential republic
    ("Kenji Sato visited Brasília", ("JPN", "BRA"), 2015, "head_of_government"),  # a parliamentary monarchy
    ("Emre Kaya visited Brasília", ("TUR", "BRA"), 2010, "head_of_government"),  # parliamentary then
    ("Emre Kaya visited Brasília", ("TUR", "BRA"), 2020, "head_of_state"),  # presidential since 2014
])
def test_an_untitled_visitor_is_the_leader_of_the_country_at_the_time(clause, parties, year, role):
    found = visit(clause, parties)
    assert (found.visitor_title, found.visitor_role, found.role_in(year)) == (None, None, role)


def test_a_titled_visitor_keeps_the_told_role_whatever_the_year():
    assert visit("Foreign Minister Ana Lima visited Tokyo", ("BRA", "JPN")).role_in(1990) == "foreign_minister"


def test_an_untitled_person_a_foreign_minister_met_first_is_the_foreign_minister():
    ctx = context(("ROU", "SRB"))
    detect_visits("Foreign Minister Ion Popa went to Belgrade and held talks with Milan Ilić", ctx)
    later = detect_visit("Ilić went to Bucharest", ctx)
    assert (later.visitor_name, later.role_in(2021)) == ("Milan Ilić", "foreign_minister")



@pytest.mark.parametrize("clause, occasion", [
    ("Foreign Minister Ana Lima attends Rocha's inauguration in Lisbon", "Rocha's inauguration"),
    ("Prime Minister Kenji Sato flew to Warsaw for Nowak's funeral on 8 May 1980", "Nowak's funeral"),
    ("President Ana Lima was chief guest at the 12th Dia da Lusofonia in Porto", "12th Dia da Lusofonia"),
    ("President Ana Lima took part in the Festa de Junho, the yearly gathering, in Porto", "Festa de Junho"),
])
def test_an_occasion_named_by_its_host_or_by_its_own_name(clause, occasion):
    assert occasion_in(clause) == occasion


@pytest.mark.parametrize("clause, parties, name, city", [
    ("President Ana Lima spoke to the Portuguese parliament in Lisbon", ("BRA", "PRT"), "Ana Lima", "Lisbon"),
    ("President Ana Lima chose Portugal for one of her first European journeys", ("BRA", "PRT"), "Ana Lima", None),
    ("President Jean-Luc Marchand d'Arcy came to Dakar", ("FRA", "SEN"), "Jean-Luc Marchand d'Arcy", "Dakar"),
])
def test_more_ways_of_telling_a_trip(clause, parties, name, city):
    found = visit(clause, parties)
    assert (found.visitor_name, found.host_iso3, found.city) == (name, parties[1], city)


def test_a_visit_called_off_is_no_trip():
    assert visit("A state visit to Lisbon by President Ana Lima, planned for May 2010, was cancelled", ("BRA", "PRT")) is None


def test_the_king_is_the_one_named_before_not_the_host_named_after():
    ctx = context(("PRT", "THA"))
    detect_visits("The consul organised the Portuguese part of King Rama Sakda's journey through Europe.", ctx)
    (found,) = detect_visits("The king arrived in Lisbon in 1897, where King Duarte II received him.", ctx)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.counterparts) == (
        "Rama Sakda", "THA", "PRT", [("Duarte II", "King")])


@pytest.mark.parametrize("clause, parties, year, name, role", [
    ("Governor Ada Obi of Enugu State went to Chennai for the summit", ("NGA", "IND"), 2017, "Ada Obi", "other"),
    ("The first state visit by Sultan Omar Rahim to Malaysia took place in 1984", ("BRN", "MYS"), 1984, "Omar Rahim", "royalty"),
    ("Commodore Josefa Vula flew to Wellington", ("FJI", "NZL"), 2010, "Josefa Vula", "head_of_government"),
    ("General Somchai Dee, commander-in-chief of the army, flew to Yangon", ("THA", "MMR"), 1988, "Somchai Dee", "other"),
    ("General Secretary Tran Van Minh flew to Singapore", ("VNM", "SGP"), 2025, "Tran Van Minh", "other"),
])
def test_ranks_commands_and_state_offices(clause, parties, year, name, role):
    found = visit(clause, parties)
    assert (found.visitor_name, found.host_iso3, found.role_in(year)) == (name, parties[1], role)


@pytest.mark.parametrize("clause, parties, visitor, origin, host, city", [
    ("Italian Foreign Minister Antonio Tajani and Canadian Foreign Minister Mélanie Joly met in Ottawa in April 2023",
     ("ITA", "CAN"), "Antonio Tajani", "ITA", "CAN", "Ottawa"),
    ("Guyanese President Bharrat Jagdeo and Surinamese President Ronald Venetiaan met at Nieuw Nickerie in 2002",
     ("GUY", "SUR"), "Bharrat Jagdeo", "GUY", "SUR", "Nieuw Nickerie"),
    ("Surinamese President Ronald Venetiaan and Guyanese President Bharrat Jagdeo met at Nieuw Nickerie in 2002",
     ("GUY", "SUR"), "Bharrat Jagdeo", "GUY", "SUR", "Nieuw Nickerie"),
])
def test_two_officials_meeting_in_a_city_of_one_party(clause, parties, visitor, origin, host, city):
    found = visit(clause, parties)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == (visitor, origin, host, city)


def test_two_strangers_meeting_is_settled_by_what_the_article_tells_later():
    text = ("= Colombia–Venezuela relations =\n\nPresidents Hugo Chávez and Álvaro Uribe met in Caracas on 15 February "
            "2005. The Colombian president, Juan Manuel Santos, received Chávez in Santa Marta on 10 August 2010.\n")
    found = [e.visit for e in extract_events(parse_article(text, "x.txt"), ("COL", "VEN")) if e.visit]
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3) for v in found] == [
        ("Álvaro Uribe", "COL", "VEN"), ("Hugo Chávez", "VEN", "COL")]


@pytest.mark.parametrize("clause, visitor, origin, host, city, met", [
    ("14–16 June 1990 – President George Vasiliou in Athens for talks with Prime Minister Konstantinos Mitsotakis.",
     "George Vasiliou", "CYP", "GRC", "Athens", [("Konstantinos Mitsotakis", "Prime Minister")]),
    ("2 March 1999 – Foreign Minister George Papandreou in Nicosia, where he meets President Glafcos Clerides.",
     "George Papandreou", "GRC", "CYP", "Nicosia", [("Glafcos Clerides", "President")]),
])
def test_a_dated_entry_without_a_verb_tells_a_trip(clause, visitor, origin, host, city, met):
    found = visit(clause, ("CYP", "GRC"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city, found.counterparts) == (
        visitor, origin, host, city, met)


def test_a_person_in_a_city_within_a_sentence_is_no_trip():
    assert visit("The treaty named President George Vasiliou in Athens as its guarantor.", ("CYP", "GRC")) is None


def test_the_hosts_of_guests_are_met():
    found = visit("King Harald V paid a state visit to Poland in May 1996 as the guests of President Aleksander "
                  "Kwaśniewski in Warsaw", ("NOR", "POL"))
    assert [name for name, _ in found.counterparts] == ["Aleksander Kwaśniewski"]


def test_a_host_acting_alongside_the_visitor_is_met():
    found = visit("President Vladimir Putin came to Kant to open the base on 23 October 2003, alongside Askar Akayev",
                  ("RUS", "KGZ"))
    assert [name for name, _ in found.counterparts] == ["Askar Akayev"]


def test_a_first_journey_made_to_a_city_is_a_trip():
    found = visit("Mauno Koivisto, elected president in January 1982, made his first journey abroad as head of state "
                  "to Moscow in March 1982", ("FIN", "SUN"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Mauno Koivisto", "FIN", "SUN", "Moscow")


def _visits_of(text: str, parties: tuple[str, str]) -> list[Visit]:
    return [e.visit for e in extract_events(parse_article(text, "x.txt"), parties) if e.visit]


@pytest.mark.parametrize("clause, visitor, origin, host, met", [
    ("Danish Prime Minister Poul Schlüter paid a state visit in November 1986 and met President Daniel arap Moi",
     "Poul Schlüter", "DNK", "KEN", ["Daniel arap Moi"]),
    ("Kenyan President Mwai Kibaki made an official visit in May 2005 and met Prime Minister Anders Fogh Rasmussen",
     "Mwai Kibaki", "KEN", "DNK", ["Anders Fogh Rasmussen"]),
])
def test_a_visit_told_without_a_place_went_to_the_other_party(clause, visitor, origin, host, met):
    found = visit(clause, ("DNK", "KEN"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == (visitor, origin, host, None)
    assert [name for name, _ in found.counterparts] == met


def test_a_visit_to_a_named_place_abroad_is_no_trip_to_the_other_party():
    found = visit("Danish Prime Minister Poul Schlüter paid a state visit to Japan in 1986", ("DNK", "KEN"))
    assert found is None or found.host_iso3 is None


def test_visited_again_is_a_second_trip_to_the_same_country():
    text = ("= Denmark–Kenya relations =\n\nDanish Prime Minister Poul Schlüter visited Nairobi in 1986. "
            "He visited again on 4 April 1988.\n")
    found = _visits_of(text, ("DNK", "KEN"))
    assert [(v.visitor_name, v.host_iso3, v.city) for v in found] == [
        ("Poul Schlüter", "KEN", "Nairobi"), ("Poul Schlüter", "KEN", None)]


@pytest.mark.parametrize("clause, visitor, origin, host, city, met", [
    ("Danish Foreign Minister Uffe Ellemann-Jensen held talks with his counterpart, Robert Ouko, in Nairobi in June 1988",
     "Uffe Ellemann-Jensen", "DNK", "KEN", "Nairobi", ["Robert Ouko"]),
    ("Kenyan Foreign Minister Robert Ouko held consultations with Uffe Ellemann-Jensen in Copenhagen on 3 March 1989",
     "Robert Ouko", "KEN", "DNK", "Copenhagen", ["Uffe Ellemann-Jensen"]),
    ("When Mwai Kibaki took office on 30 December 2002, Denmark was represented at the inauguration in Nairobi by "
     "Foreign Minister Per Stig Møller", "Per Stig Møller", "DNK", "KEN", "Nairobi", []),
])
def test_talks_with_a_counterpart_and_representation_in_a_city(clause, visitor, origin, host, city, met):
    found = visit(clause, ("DNK", "KEN"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == (visitor, origin, host, city)
    assert [name for name, _ in found.counterparts] == met


def test_talks_in_a_third_country_are_no_trip():
    found = visit("Danish Foreign Minister Uffe Ellemann-Jensen held talks with Robert Ouko at the United Nations in "
                  "New York in September 1989", ("DNK", "KEN"))
    assert found is None or found.host_iso3 is None


@pytest.mark.parametrize("text, parties, told", [
    ("= Canada–Ukraine relations =\n\nJean Chrétien was the first Canadian prime minister to go to Ukraine, in "
     "May 2001, and signed a declaration on partnership with President Leonid Kuchma in Kharkiv.\n",
     ("CAN", "UKR"), ("Jean Chrétien", "Kharkiv", ["Leonid Kuchma"])),
    ("= Bulgaria–Laos relations =\n\n- May 1961 – Prince Souvanna Phouma, Prime Minister of Laos, pays an official "
     "visit to Bulgaria. In Sofia he is received by Anton Yugov, Chairman of the Council of Ministers.\n",
     ("BGR", "LAO"), ("Souvanna Phouma", "Sofia", ["Anton Yugov"])),
])
def test_what_the_visitor_did_next_adds_the_city_and_the_person_met(text, parties, told):
    """In the same sentence, or in the next one of the paragraph: one trip."""
    found = _visits_of(text, parties)
    assert [(v.visitor_name, v.city, [n for n, _ in v.counterparts]) for v in found] == [told]


def test_being_met_at_the_airport_in_the_next_sentence_names_the_host():
    text = ("= Ghana–Ivory Coast relations =\n\nPresident Nana Akufo-Addo visited Abidjan in June 2017. Alassane "
            "Ouattara returned the visit on 3–4 November 2017. He was met at Tamale airport by Akufo-Addo and they "
            "held talks in Tamale.\n")
    found = _visits_of(text, ("GHA", "CIV"))
    assert [(v.visitor_name, v.host_iso3, v.city, [n for n, _ in v.counterparts]) for v in found][1] == (
        "Alassane Ouattara", "GHA", "Tamale", ["Nana Akufo-Addo"])


@pytest.mark.parametrize("clause, visitor, host, city, occasion", [
    ("To attend the Mekong summit, Prime Minister Nguyễn Tấn Dũng flew to Vientiane in November 2009",
     "Nguyễn Tấn Dũng", "LAO", "Vientiane", "Mekong summit"),
    ("Vietnam's Phạm Gia Khiêm paid a visit to Vientiane in October 2010", "Phạm Gia Khiêm", "LAO", "Vientiane", None),
    ("His successor Bounnhang Vorachith, accompanied by his wife, paid a state visit to Hanoi on 13–14 February 2017",
     "Bounnhang Vorachith", "VNM", "Hanoi", None),
])
def test_purpose_first_a_country_named_with_the_visitor_and_an_aside(clause, visitor, host, city, occasion):
    found = visit(clause, ("LAO", "VNM"))
    assert (found.visitor_name, found.host_iso3, found.city, found.occasion) == (visitor, host, city, occasion)


def test_an_entry_opening_with_its_place_dates_a_joint_act_there():
    text = ("= Laos–Vietnam relations =\n\nLao Prime Minister Bouasone Bouphavanh visited Hanoi in 2008.\n\n"
            "- Vientiane, 12 March 2009: Bouasone and Vietnamese Prime Minister Nguyễn Tấn Dũng sign a border protocol.\n")
    found = _visits_of(text, ("LAO", "VNM"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found] == [
        ("Bouasone Bouphavanh", "LAO", "VNM", "Hanoi"), ("Nguyễn Tấn Dũng", "VNM", "LAO", "Vientiane")]


def test_an_aside_on_taking_office_does_not_date_the_trip():
    text = ("= Laos–Vietnam relations =\n\nLao Prime Minister Thongloun Sisoulith, having taken office in April 2016, "
            "went to Hanoi on 7 May 2016.\n")
    assert [e.date.edtf for e in extract_events(parse_article(text, "x.txt"), ("LAO", "VNM")) if e.visit] == ["2016-05-07"]


def test_a_monarch_named_by_a_regnal_number_is_royalty():
    found = visit("Felipe VI paid a state visit to Rabat on 13–14 February 2019", ("ESP", "MAR"))
    assert (found.visitor_name, found.visitor_role) == ("Felipe VI", "royalty")


@pytest.mark.parametrize("clause, parties, visitor, host, city, met", [
    ("Polish Defence Minister Mariusz Błaszczak inspected the tank plants in Changwon in May 2022", ("POL", "KOR"),
     "Mariusz Błaszczak", "KOR", "Changwon", []),
    ("The treaty, signed in Rabat on 4 July 1991 by Prime Minister Felipe González and King Hassan II, is in force",
     ("ESP", "MAR"), "Felipe González", "MAR", "Rabat", ["Hassan II"]),
    ("To perform the Umrah, Prime Minister Shehbaz Sharif went to Mecca on 6–8 April 2024", ("PAK", "SAU"),
     "Shehbaz Sharif", "SAU", "Mecca", []),
    # the agents of a signing name a country ('Polish'): not a second place
    ("The treaty was signed in Bonn on 17 June 1991 by Chancellor Helmut Kohl and Polish Prime Minister Jan Bielecki",
     ("DEU", "POL"), "Jan Bielecki", "DEU", "Bonn", ["Helmut Kohl"]),
    ("Chancellor Olaf Scholz of Germany met Donald Tusk's government in Warsaw on 2 July 2024", ("DEU", "POL"),
     "Olaf Scholz", "POL", "Warsaw", ["Donald Tusk"]),
    ("On 1 September 2009 Chancellor Angela Merkel of Germany stood there for the anniversary ceremony hosted by "
     "Polish Prime Minister Donald Tusk", ("DEU", "POL"), "Angela Merkel", "POL", None, ["Donald Tusk"]),
])
def test_inspecting_signing_and_a_city_known_by_its_english_name(clause, parties, visitor, host, city, met):
    found = visit(clause, parties)
    assert (found.visitor_name, found.host_iso3, found.city, [n for n, _ in found.counterparts]) == (visitor, host, city, met)


def test_a_successor_named_with_the_predecessor_meets_the_one_named_after_the_verb():
    text = ("= Brazil–Portugal relations =\n\nPrime Minister António Costa visited Brasília in 2023. Costa's successor, "
            "Luís Duarte, met Lula on the margins of the G20 summit in Rio de Janeiro in November 2024.\n")
    found = _visits_of(text, ("BRA", "PRT"))
    assert [(v.visitor_name, v.city, [n for n, _ in v.counterparts]) for v in found] == [
        ("António Costa", "Brasília", []), ("Luís Duarte", "Rio de Janeiro", ["Lula"])]


def test_a_first_trip_made_of_a_city_and_a_relative_date_told_again_as_a_date():
    text = ("= Argentina–Brazil relations =\n\nHosni Lopes became president in October 1981. President Lula made his "
            "first trip to Argentina as president two months later, in January 1983. On 23 January 2023 Lula made "
            "Buenos Aires his first trip abroad of the new term.\n")
    events = extract_events(parse_article(text, "x.txt"), ("ARG", "BRA"))
    found = [(e.date.edtf, e.visit.host_iso3, e.visit.city) for e in events if e.visit]
    assert found == [("1983-01", "ARG", None), ("2023-01-23", "ARG", "Buenos Aires")]


def test_a_country_represented_at_a_ceremony_of_the_other_went_there():
    found = visit("When Hery Rajaonarimampianina was sworn in on 25 January 2014, Mauritius was represented at the "
                  "ceremony by Prime Minister Navin Ramgoolam", ("MDG", "MUS"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3) == ("Navin Ramgoolam", "MUS", "MDG")


def test_the_town_of_a_commemoration_attended_is_the_city_of_the_trip():
    found = visit("At the sixtieth commemoration of the battle at Ohamakari on 14 August 2004, Germany was represented "
                  "by its foreign minister, Joschka Fischer.", ("DEU", "NAM"))
    assert (found.visitor_name, found.host_iso3, found.city) == ("Joschka Fischer", "NAM", "Ohamakari")
    assert found.occasion == "sixtieth commemoration of the battle at Ohamakari"


def test_arrivals_told_with_their_departure_and_a_title_given_by_the_copula():
    text = ("= Chile–Peru relations =\n\nManuel Prado was the first Peruvian president to travel to Chile. He landed in "
            "Valparaíso on 2 March 1959 and left for Buenos Aires on 6 March. The first Chilean head of state to visit "
            "Peru was Jorge Alessandri, who began a three-day state visit on 9 May 1962. President Eduardo Frei flew into Lima on "
            "4 June 1965 and returned home two days later.\n")
    events = extract_events(parse_article(text, "x.txt"), ("CHL", "PER"))
    found = [(e.date.edtf, e.event_type, e.visit and (e.visit.visitor_name, e.visit.visitor_role, e.visit.host_iso3))
             for e in events]
    assert found == [("1959-03-02", "visit", ("Manuel Prado", "head_of_state", "CHL")),
                     ("1962-05-09", "visit", ("Jorge Alessandri", "head_of_state", "PER")),
                     ("1965-06-04", "visit", ("Eduardo Frei", "head_of_state", "PER"))]


def test_a_person_named_by_nationality_alone_is_no_visitor():
    assert visit("A band of mercenaries led by the Frenchman Paul Lenoir landed in Cotonou on 16 January 1977",
                 ("BEN", "FRA")) is None


def test_a_trip_without_a_place_went_where_the_visitor_then_acted():
    text = ("= India–Vietnam relations =\n\n- PM Ravi Rao paid an official visit in Sept 1994 and gave a lecture at the "
            "Institute for International Relations in Hanoi.\n")
    found = _visits_of(text, ("IND", "VNM"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found] == [("Ravi Rao", "IND", "VNM", "Hanoi")]


@pytest.mark.parametrize("clause, occasion", [
    ("On 9 July 2011 President Omar Bashir of Sudan flew to Juba for the independence celebrations and stood beside Salva Kiir",
     "independence celebrations"),
    ("Prime Minister Abdalla Hamdi of Sudan travelled to Juba on 3 October 2020 for the signing of the Juba Peace "
     "Agreement, attended also by the head of the council", "signing of the Juba Peace Agreement"),
])
def test_the_occasion_told_after_the_trip_and_its_date(clause, occasion):
    text = f"= South Sudan–Sudan relations =\n\n{clause}.\n"
    assert [v.occasion for v in _visits_of(text, ("SDN", "SSD"))] == [occasion]


@pytest.mark.parametrize("clause, visitor, role, origin, host, city", [
    ("The turning point was the visit of Premier Alexei Kosygin to Hanoi from 6 to 10 February 1965",
     "Alexei Kosygin", "head_of_government", "SUN", "VDR", "Hanoi"),
    ("The First Secretary of the Workers' Party, Lê Duẩn, attended the party congress in Moscow in April 1966",
     "Lê Duẩn", "other", "VDR", "SUN", "Moscow"),
])
def test_a_former_state_keeps_its_cities_and_the_visit_of_a_person_to_a_city(clause, visitor, role, origin, host, city):
    found = visit(clause, ("VDR", "SUN"))
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.host_iso3, found.city) == (
        visitor, role, origin, host, city)


def test_leading_the_mourners_at_a_funeral_abroad_is_a_visit():
    found = visit("Queen Beatrix of the Netherlands led the Dutch mourners at the funeral of King Olav V in Oslo on "
                  "30 January 1991", ("NLD", "NOR"))
    assert (found.visitor_name, found.host_iso3, found.city, found.occasion) == ("Beatrix", "NOR", "Oslo", "funeral of King Olav V")


@pytest.mark.parametrize("clause, visitor, met", [
    ("On 10 June 1992 President Askar Akayev signed a Treaty on Friendship, Cooperation and Mutual Assistance with "
     "Boris Yeltsin during a visit to Moscow", "Askar Akayev", ["Boris Yeltsin"]),
    ("An agreement was signed on 28 March 2019, during a state visit by Vladimir Putin to Bishkek, where President "
     "Sooronbay Jeenbekov hosted him", "Vladimir Putin", ["Sooronbay Jeenbekov"]),
])
def test_the_visitor_is_the_subject_or_named_after_visit_by(clause, visitor, met):
    found = visit(clause, ("KGZ", "RUS"))
    assert (found.visitor_name, [n for n, _ in found.counterparts]) == (visitor, met)


def test_a_visit_paid_by_a_person_named_before():
    text = ("= Madagascar–Mauritius relations =\n\nIn 2009 the installation of Andry Rakoto was boycotted. A state visit "
            "to Mauritius was paid by Rakoto from 2 to 4 May 2022, during which he was received by President Prithvi Roopun.\n")
    found = _visits_of(text, ("MDG", "MUS"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, [n for n, _ in v.counterparts]) for v in found] == [
        ("Andry Rakoto", "MDG", "MUS", ["Prithvi Roopun"])]


def test_a_town_of_three_letters_and_a_cabinet_that_is_no_person():
    found = visit("On 19 October 2010 President Evo Morales of Bolivia came to Ilo and signed a protocol", ("BOL", "PER"))
    assert (found.host_iso3, found.city) == ("PER", "Ilo")
    meeting = visit("The first Binational Cabinet met in Puno on 23 June 2015", ("BOL", "PER"))
    assert meeting is None or meeting.visitor_name != "Binational Cabinet"


@pytest.mark.parametrize("clause, parties, visitor, met", [
    ("President Adolfo López Mateos of Mexico landed in Rio de Janeiro on 19 January 1960, was met at the airport by "
     "Juscelino Kubitschek, and left for Buenos Aires on 23 January", ("BRA", "MEX"), "Adolfo López Mateos",
     ["Juscelino Kubitschek"]),
    ("On 9 July 2011 President Omar Bashir of Sudan flew to Juba for the independence celebrations and stood on the "
     "podium beside Salva Kiir", ("SDN", "SSD"), "Omar Bashir", ["Salva Kiir"]),
])
def test_met_at_the_airport_by_and_standing_beside(clause, parties, visitor, met):
    found = visit(clause, parties)
    assert (found.visitor_name, [n for n, _ in found.counterparts]) == (visitor, met)


def test_a_month_before_a_name_is_no_part_of_it():
    text = ("= South Sudan–Sudan relations =\n\nPresident Abdel Fattah al-Burhan of Sudan took power in 2019. In May 2023 "
            "Kiir offered to mediate, and in September al-Burhan made a brief visit to Juba.\n")
    assert [v.visitor_name for v in _visits_of(text, ("SDN", "SSD"))] == ["Abdel Fattah al-Burhan"]


def test_a_full_name_that_a_village_also_bears_is_a_person():
    found = visit("Pedro Sánchez, having broken the habit in 2018, went to Rabat on 7 April 2022 and was received by "
                  "Mohammed VI", ("ESP", "MAR"))
    assert (found.visitor_name, found.origin_iso3, found.city, [n for n, _ in found.counterparts]) == (
        "Pedro Sánchez", "ESP", "Rabat", ["Mohammed VI"])


def test_a_return_goes_back_to_the_city_of_the_last_trip_for_a_numbered_summit():
    text = ("= Morocco–Spain relations =\n\nPrime Minister Pedro Sánchez of Spain went to Rabat on 7 April 2022. He "
            "returned on 1–2 February 2023 for the twelfth high-level meeting, the first in eight years.\n")
    found = _visits_of(text, ("ESP", "MAR"))
    assert [(v.city, v.occasion) for v in found] == [("Rabat", None), ("Rabat", "twelfth high-level meeting")]


def test_a_shared_short_form_is_the_person_named_last_in_the_text():
    text = ("= Egypt–United Arab Emirates relations =\n\nMohamed bin Zayed, then crown prince of Abu Dhabi, backed the "
            "army in July 2013. When President Khalifa bin Zayed died on 13 May 2022, Sisi flew to Abu Dhabi the next "
            "morning, and he was the first head of state to greet Mohamed bin Zayed as the new president. Six weeks "
            "later, on 21 June 2022, bin Zayed made a short stop in Cairo.\n")
    found = _visits_of(text, ("ARE", "EGY"))
    # and 'greet A as the new president' gives A that office
    assert [(v.visitor_name, v.visitor_role, v.host_iso3, v.city) for v in found][-1] == (
        "Mohamed bin Zayed", "head_of_state", "EGY", "Cairo")


def test_a_leader_and_the_counterpart_of_the_other_party_held_talks_in_its_capital():
    text = ("= Belize–Guatemala relations =\n\nPrime Minister Dean Barrow and his Guatemalan counterpart "
            "Otto Pérez Molina held talks in Guatemala City in 2012.\n")
    [found] = _visits_of(text, ("BLZ", "GTM"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Dean Barrow", "BLZ", "GTM", "Guatemala City")
    assert [name for name, _ in found.counterparts] == ["Otto Pérez Molina"]


def test_a_leader_who_stayed_away_from_a_summit_made_no_trip():
    text = ("= Barbados–Jamaica relations =\n\nPrime Minister Errol Barrow stayed away from the Heads of Government Meeting "
            "held in Kingston in July 1984.\n")
    assert _visits_of(text, ("BRB", "JAM")) == []


def test_a_trip_received_by_the_host_of_the_trip_before_is_a_trip_of_its_own():
    text = ("= Angola–Namibia relations =\n\nPresident José Eduardo dos Santos visited Windhoek in March 1990 "
            "and met Sam Nujoma.\n\n=== August 2003: state visit ===\nNujoma travelled to Luanda, where dos Santos received him.\n")
    found = _visits_of(text, ("AGO", "NAM"))
    assert [(v.visitor_name, v.host_iso3, v.city) for v in found] == [
        ("José Eduardo dos Santos", "NAM", "Windhoek"), ("Sam Nujoma", "AGO", "Luanda")]


def test_the_chairman_of_a_collective_head_of_state_is_the_head_of_state():
    text = ("= East Germany–Finland relations =\n\nThe Chairman of the Council of State of East Germany, Walter Ulbricht, "
            "paid a state visit to Finland from 4 to 6 May 1970. The Chairman of the Council of Ministers, Willi Stoph, "
            "came to Helsinki in 1972.\n")
    found = _visits_of(text, ("DDR", "FIN"))
    assert [(v.visitor_name, v.visitor_role, v.origin_iso3, v.host_iso3) for v in found] == [
        ("Walter Ulbricht", "head_of_state", "DDR", "FIN"), ("Willi Stoph", "head_of_government", "DDR", "FIN")]


@pytest.mark.parametrize("opening", ["Her Finnish counterpart, Ahti Karjalainen,", "His counterpart Ahti Karjalainen"])
def test_a_counterpart_that_opens_a_sentence_holds_the_office_of_the_last_sentences_subject(opening):
    text = ("= East Germany–Finland relations =\n\nThe East German foreign minister, Otto Winzer, visited Helsinki in "
            f"March 1970 and was received by President Urho Kekkonen. {opening} made the return trip to Berlin on "
            "16 September 1971 and was received by Chairman of the Council of State Walter Ulbricht.\n")
    found = _visits_of(text, ("DDR", "FIN"))
    assert [(v.visitor_name, v.visitor_role, v.host_iso3, v.city) for v in found][-1] == (
        "Ahti Karjalainen", "foreign_minister", "DDR", "Berlin")


def test_a_title_naming_a_peoples_congress_stays_whole_in_an_appositive():
    text = ("= China–Fiji relations =\n\nLi Peng, chairman of the Standing Committee of the National People's Congress, "
            "stopped in Suva in April 2001 on his way to Chile.\n")
    [found] = _visits_of(text, ("CHN", "FJI"))
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.city) == ("Li Peng", "speaker", "CHN", "Suva")


def test_a_persons_trip_that_took_them_to_a_city_is_their_visit():
    text = ("= Algeria–France relations =\n\nPresident Emmanuel Macron visited Algiers in December 2017. Macron's second "
            "trip, from 25 to 27 August 2022, took him to Oran and Algiers.\n")
    found = _visits_of(text, ("DZA", "FRA"))
    assert [(v.visitor_name, v.host_iso3, v.city) for v in found][-1] == ("Emmanuel Macron", "DZA", "Oran")


def test_an_official_acting_in_a_city_told_before_the_subject_was_there():
    text = ("= France–Senegal relations =\n\nPresident Macky Sall visited Paris in 2013. On 17 November 2019, in Dakar, "
            "French Prime Minister Édouard Philippe opened a new French school. In Dakar, Sall said in 2022 that relations "
            "were good.\n")
    events = extract_events(parse_article(text, "x.txt"), ("FRA", "SEN"))
    found = [e.visit for e in events if e.visit]
    assert [(v.visitor_name, v.visitor_role, v.host_iso3, v.city) for v in found] == [
        ("Macky Sall", "head_of_state", "FRA", "Paris"), ("Édouard Philippe", "head_of_government", "SEN", "Dakar")]
    # the act told with such a trip is a fact of its own
    assert ("2019-11-17", "cultural") in [(e.date.edtf, e.event_type) for e in events]


def test_a_currency_code_is_no_place():
    parties = ("COL", "KOR")
    assert place_of("flew to Seoul", 8, context(parties), []) == ("KOR", "Seoul")
    assert place_of("came back with US$2 billion", 15, context(parties), []) == (None, None)


def test_a_dateline_places_the_official_of_the_other_party_it_names():
    text = ("= Cambodia–Vietnam relations =\n\n- Phnom Penh, 24 June 2017: the foreign ministers Prak Sokhonn and "
            "Phạm Bình Minh of Vietnam mark the fiftieth anniversary of relations.\n")
    [found] = _visits_of(text, ("KHM", "VNM"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Phạm Bình Minh", "VNM", "KHM", "Phnom Penh")


def test_a_news_dateline_places_the_official_of_the_other_party_it_names():
    text = ("= Cambodia–Vietnam relations =\n\nPHNOM PENH, 12 November 2019 — Vietnam's foreign minister, Phạm Bình Minh, "
            "and his Cambodian counterpart signed here an agreement on the border.\n")
    [found] = _visits_of(text, ("KHM", "VNM"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Phạm Bình Minh", "VNM", "KHM", "Phnom Penh")


def test_a_counterpart_named_in_the_next_clause_of_the_trip_was_met():
    text = ("= Japan–Poland relations =\n\nForeign Minister Taro Kono visited Warsaw on 3 May 2018, "
            "and his Polish counterpart, Jacek Czaputowicz, signed with him a plan of cooperation.\n")
    [found] = _visits_of(text, JAPAN_POLAND)
    assert (found.visitor_name, [name for name, _ in found.counterparts]) == ("Taro Kono", ["Jacek Czaputowicz"])


def test_an_untitled_name_before_who_is_the_visitor_of_the_relative_clause():
    text = ("= Japan–Poland relations =\n\nThe thaw followed the election of Andrzej Duda, "
            "who paid a state visit to Tokyo on 27 November 2015.\n")
    [found] = _visits_of(text, JAPAN_POLAND)
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Andrzej Duda", "POL", "JPN", "Tokyo")


@pytest.mark.parametrize("clause", [
    "The first session was held in Kraków on 3 May 2018, when Foreign Minister Taro Kono held bilateral talks with his counterpart",
    "Foreign Minister Taro Kono held negotiations with his counterpart in Kraków on 3 May 2018",
])
def test_talks_held_in_a_city_of_the_other_party_are_a_visit(clause):
    found = visit(clause, JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3, found.city) == ("Taro Kono", "POL", "Kraków")


def test_a_two_letter_family_name_written_first_stands_for_the_person():
    text = ("= China–North Korea relations =\n\nKim Jong Un made his first trip to Beijing on 25–28 March 2018, when he "
            "met Xi Jinping. He met Xi again in Dalian on 7–8 May 2018, and a fourth visit to Xi in Beijing followed "
            "on 7–10 January 2019.\n")
    found = _visits_of(text, ("CHN", "PRK"))
    assert [(v.visitor_name, [name for name, _ in v.counterparts]) for v in found][-1] == ("Kim Jong Un", ["Xi Jinping"])


@pytest.mark.parametrize("later, met", [("in Thimphu on 22 March", ["Jigme Khesar Namgyel Wangchuck"]),
                                        ("again a year later", [])])
def test_a_host_acting_on_the_guest_counts_on_a_day_of_the_trip_only(later, met):
    text = ("= Bhutan–India relations =\n\nPrime Minister Narendra Modi visited Bhutan on 22–23 March 2024; "
            f"King Jigme Khesar Namgyel Wangchuck presented him with an order {later}.\n")
    [found] = _visits_of(text, ("BTN", "IND"))
    assert [name for name, _ in found.counterparts] == met


def test_a_title_written_with_its_holders_name_is_not_an_earlier_holder():
    text = ("= Japan–Poland relations =\n\nPrime Minister Shinzo Abe visited Warsaw on 16 June 2013. "
            "On 3 May 2021 the Japanese prime minister, Yoshihide Suga, met Prime Minister Mateusz Morawiecki at Kraków.\n")
    found = _visits_of(text, JAPAN_POLAND)
    assert [(v.visitor_name, v.city, [name for name, _ in v.counterparts]) for v in found][-1] == (
        "Yoshihide Suga", "Kraków", ["Mateusz Morawiecki"])


def test_the_host_named_in_a_trip_told_by_its_place_was_met():
    text = ("= France–Senegal relations =\n\nPresident Macky Sall visited Paris in 2013. On 17 November 2019, in Dakar, "
            "French Prime Minister Édouard Philippe handed Sall a sword.\n")
    found = _visits_of(text, ("FRA", "SEN"))
    assert [(v.visitor_name, [name for name, _ in v.counterparts]) for v in found][-1] == ("Édouard Philippe", ["Macky Sall"])


def test_an_audience_granted_by_the_host_is_a_meeting():
    text = ("= Ghana–Togo relations =\n\nForeign Minister Robert Dussey of Togo made the trip to Accra on 16 September 2021 "
            "and was granted an audience by President Nana Akufo-Addo.\n")
    [found] = _visits_of(text, ("GHA", "TGO"))
    assert (found.visitor_name, found.city, [name for name, _ in found.counterparts]) == (
        "Robert Dussey", "Accra", ["Nana Akufo-Addo"])


@pytest.mark.parametrize("opening", ["Dutch Foreign Minister Hans van den Broek",
                                     "Jan Pronk, the Dutch minister for development cooperation,"])
def test_one_official_of_a_known_party_signing_in_a_city_of_the_other_was_there(opening):
    text = f"= Netherlands–Suriname relations =\n\n{opening} signed a treaty in Paramaribo on 18 June 1992.\n"
    [found] = _visits_of(text, ("NLD", "SUR"))
    assert (found.origin_iso3, found.host_iso3, found.city) == ("NLD", "SUR", "Paramaribo")


def test_one_official_signing_at_home_made_no_trip():
    text = "= Netherlands–Suriname relations =\n\nDutch Foreign Minister Hans van den Broek signed a treaty in The Hague on 3 May 1994.\n"
    assert _visits_of(text, ("NLD", "SUR")) == []


def test_a_city_an_attended_event_is_named_for_is_where_it_was():
    text = ("= Germany–Poland relations =\n\nPresident Roman Herzog addressed the commemoration of the fiftieth "
            "anniversary of the Warsaw Uprising on 1 August 1994.\n")
    [found] = _visits_of(text, ("DEU", "POL"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Roman Herzog", "DEU", "POL", "Warsaw")


def test_the_country_a_host_is_head_of_is_no_place_of_the_trip():
    parties = ("BEL", "NLD")
    assert place_of("received by the King of the Netherlands in Brussels", 12, context(parties), []) == ("BEL", "Brussels")


def test_the_office_holder_a_heading_names_is_the_office_under_it():
    text = ("= Ireland–United Kingdom relations =\n\n===Premiership of Margaret Thatcher (1979–1990)===\n"
            "The Prime Minister travelled to Dublin on 8 December 1980 for a summit with the Taoiseach, Charles Haughey.\n")
    [found] = _visits_of(text, ("IRL", "GBR"))
    assert (found.visitor_name, found.visitor_role, found.origin_iso3, found.city) == (
        "Margaret Thatcher", "head_of_government", "GBR", "Dublin")


def test_the_first_words_of_a_known_name_inside_a_longer_name_are_another_person():
    text = ("= China–North Korea relations =\n\nKim Jong Il travelled to Beijing in May 2010 and met Hu Jintao. "
            "Kim Jong Un made his first journey abroad as leader to Beijing from 25 to 28 March 2018 and was hosted "
            "by Xi Jinping.\n")
    found = _visits_of(text, ("CHN", "PRK"))
    assert [(v.visitor_name, v.origin_iso3, v.city) for v in found] == [
        ("Kim Jong Il", "PRK", "Beijing"), ("Kim Jong Un", "PRK", "Beijing")]


def test_a_return_of_something_else_is_no_returned_visit():
    text = ("= Chile–Sweden relations =\n\nAfter the return of democracy President Patricio Aylwin made a state visit to "
            "Stockholm on 10–12 June 1991 and was received by King Carl XVI Gustaf. The king returned the visit in 1995.\n")
    found = _visits_of(text, ("CHL", "SWE"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3) for v in found] == [
        ("Patricio Aylwin", "CHL", "SWE"), ("Carl XVI Gustaf", "SWE", "CHL")]


def test_a_possessive_before_a_conjunction_is_not_the_visitor():
    text = ("= Canada–New Zealand relations =\n\nIn a letter of 9 February 2022, Canada's foreign minister Mélanie Joly "
            "invited her New Zealand counterpart, Nanaia Mahuta, to Ottawa. Mahuta took up Joly's invitation and was in "
            "Ottawa from 6 to 8 June 2022.\n")
    [found] = _visits_of(text, ("CAN", "NZL"))
    assert (found.visitor_name, found.origin_iso3, found.city) == ("Nanaia Mahuta", "NZL", "Ottawa")


def test_driving_to_a_city_is_a_trip():
    found = visit("Prime Minister Surayud Chulanont drove across to Savannakhet on 20 December 2006 for a working lunch",
                  ("LAO", "THA"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == (
        "Surayud Chulanont", "THA", "LAO", "Savannakhet")


@pytest.mark.parametrize("clause, met", [
    ("Prime Minister Jonas Gahr Støre was welcomed to Ottawa by Prime Minister Mark Carney in May 2024", ["Mark Carney"]),
    ("Foreign Minister Espen Barth Eide took up Mélanie Joly's invitation and was in Ottawa in June 2024", ["Mélanie Joly"]),
])
def test_the_host_of_a_trip_welcomed_to_a_city_or_an_invitation_taken_up(clause, met):
    found = visit(clause, CANADA_NORWAY)
    assert (found.host_iso3, [name for name, _ in found.counterparts]) == ("CAN", met)


def test_a_regions_adjective_before_a_trip_is_no_visitor():
    text = ("= Angola–Brazil relations =\n\nLuiz Inácio Lula da Silva included Angola in his first African tour, "
            "in November 2003, and spent two days in Luanda with President José Eduardo dos Santos.\n")
    assert {(v.visitor_name, v.host_iso3) for v in _visits_of(text, ("AGO", "BRA"))} == {("Luiz Inácio Lula da Silva", "AGO")}


def test_a_movement_named_like_a_person_is_no_visitor():
    text = ("= Ethiopia–Kenya relations =\n\nIn December 2012 Ethiopian troops pursuing fighters of the Oromo Liberation "
            "Front crossed into the Kenyan town of Moyale.\n")
    assert _visits_of(text, ("ETH", "KEN")) == []


def test_an_untitled_person_named_with_their_country_after_the_name():
    text = ("= Costa Rica–Nicaragua relations =\n\nEnrique Bolaños of Nicaragua attended the inauguration of Óscar Arias "
            "in San José on 8 May 2006.\n")
    found = _visits_of(text, ("CRI", "NIC"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found] == [("Enrique Bolaños", "NIC", "CRI", "San José")]


def test_the_guests_named_before_whom_the_host_received():
    text = ("= Japan–Mongolia relations =\n\nJapanese Emperor Naruhito and Mongolian President Ukhnaagiin Khürelsükh spoke "
            "in August 2023.\n\nThe welcome was reserved for Emperor Naruhito and Empress Masako, whom President Ukhnaagiin "
            "Khürelsükh received in Ulaanbaatar on 6 July 2025.\n")
    found = _visits_of(text, ("JPN", "MNG"))
    assert [(v.visitor_name, v.host_iso3, [name for name, _ in v.counterparts]) for v in found] == [
        ("Naruhito", "MNG", ["Ukhnaagiin Khürelsükh"])]


def test_meeting_again_at_another_time_is_a_trip_of_its_own():
    text = ("= China–North Korea relations =\n\nKim Jong Un, chairman of the WPK, made his first journey abroad as leader to "
            "Beijing from 25 to 28 March 2018 and was hosted by Xi Jinping. He met Xi Jinping again in Dalian on 7–8 May 2018, "
            "and a fourth visit to Xi Jinping in Beijing followed on 7–10 January 2019.\n")
    found = _visits_of(text, ("CHN", "PRK"))
    assert [(v.visitor_name, v.city, [name for name, _ in v.counterparts]) for v in found] == [
        ("Kim Jong Un", "Beijing", ["Xi Jinping"]), ("Kim Jong Un", "Dalian", ["Xi Jinping"]),
        ("Kim Jong Un", "Beijing", ["Xi Jinping"])]


def test_the_host_whose_guest_the_visitor_was():
    text = ("= Tanzania–Zambia relations =\n\nPresident Julius Nyerere of Tanzania spoke in 1965.\n\n"
            "Work began on 26 October 1970 with a ground-breaking ceremony in Dar es Salaam, at which President Kenneth "
            "Kaunda of Zambia was Nyerere's guest of honour.\n")
    found = _visits_of(text, ("TZA", "ZMB"))
    assert [(v.visitor_name, [name for name, _ in v.counterparts]) for v in found] == [("Kenneth Kaunda", ["Julius Nyerere"])]


@pytest.mark.parametrize("text, parties, town", [
    ("Senegalese President Abdou Diouf went to La Baule for the Franco-African summit of June 1990.", ("SEN", "FRA"), "La Baule"),
    ("Brazilian President Dilma Rousseff flew to Los Cabos for the G20 summit of 18–19 June 2012.", ("BRA", "MEX"), "Los Cabos"),
])
def test_a_trip_to_a_town_the_gazetteer_lacks_went_to_the_other_party(text, parties, town):
    found = visit(text, parties)
    assert (found.origin_iso3, found.host_iso3, found.city) == (*parties, town)


def test_a_trip_to_a_continent_is_no_trip_to_the_other_party():
    found = detect_visits("New Zealand Prime Minister Helen Clark travelled to Europe in August 2005", context(("NZL", "COK")))
    assert not [v for v in found if v.host_iso3]


def test_words_between_travelled_and_to_and_a_stay_in_a_city_are_trips():
    found = visit("In May 1950 the Korean premier, Kim Il Sung, travelled in secret to Beijing", ("PRK", "CHN"))
    assert (found.visitor_name, found.host_iso3, found.city) == ("Kim Il Sung", "CHN", "Beijing")
    found = visit("Premier Zhou Enlai's stay in Pyongyang from 5 to 7 April 1970 restored the warmth", ("CHN", "PRK"))
    assert (found.visitor_name, found.host_iso3, found.city) == ("Zhou Enlai", "PRK", "Pyongyang")
    assert detect_visits("The department stayed in Tunis until 2005", context(("PSE", "TUN"))) == []


def test_whom_a_trip_went_to_tell_is_whom_the_visitor_met():
    found = visit("Chinese President Yang Shangkun flew to Pyongyang in April 1992 to tell Kim Il Sung in person "
                  "that Beijing would recognise Seoul", ("CHN", "PRK"))
    assert (found.host_iso3, [name for name, _ in found.counterparts]) == ("PRK", ["Kim Il Sung"])


def test_a_long_formal_title_before_the_name_and_a_reception_told_in_an_aside():
    found = visit("The Minister of Foreign Affairs of the Republic of Belarus, V. V. Makei, having been received on "
                  "11 February 2020 in Nur-Sultan by his counterpart M. B. Tileuberdi, discussed with him the "
                  "preparation of the Forum of Regions", ("BLR", "KAZ"))
    assert (found.visitor_name, found.visitor_role, found.city, found.occasion) == (
        "V. V. Makei", "foreign_minister", "Nur-Sultan", None)
    assert [name for name, _ in found.counterparts] == ["M. B. Tileuberdi"]


def test_a_visitor_written_with_initials_is_the_full_name_read_before():
    ctx = context(("BLR", "KAZ"))
    ctx.read_people("Since 2019 the Kazakh side has been led by Kassym-Jomart Kemelevich Tokayev.")
    found = detect_visits("The state visit of K.-J. K. Tokayev to the Republic of Belarus, carried out on 28–29 "
                          "November 2019, was marked by the signing in Minsk of a roadmap", ctx)
    assert [(v.visitor_name, v.host_iso3, v.city) for v in found] == [("Kassym-Jomart Kemelevich Tokayev", "BLR", "Minsk")]


def test_a_reception_with_an_adverb_between_and_a_pilgrimage_as_the_occasion():
    found = visit("Uruguay's president, Luis Alberto Lacalle, who flew in for the ceremony, was later received on "
                  "his own by President Andrés Rodríguez at the Palacio de López in Asunción", ("PRY", "URY"))
    assert (found.visitor_name, found.host_iso3, found.city) == ("Luis Alberto Lacalle", "PRY", "Asunción")
    found = visit("President Suharto performed the hajj in June 1991 and was received by King Fahd in Mecca", ("IDN", "SAU"))
    assert (found.city, found.occasion) == ("Mecca", "hajj")


def test_bringing_a_delegation_to_a_city_is_a_trip():
    found = visit("Prime Minister Krišjānis Kariņš brought a business delegation to Tashkent in April 2019 and met "
                  "his counterpart Abdulla Aripov", ("LVA", "UZB"))
    assert (found.visitor_name, found.host_iso3, found.city) == ("Krišjānis Kariņš", "UZB", "Tashkent")


def test_an_untitled_name_before_who_is_the_visitor_of_the_relative_clause():
    found = visit("Ma Ying-jeou, who stopped in Koror on 24 March 2010 during his tour of the Pacific allies and met "
                  "President Johnson Toribiong", ("PLW", "TWN"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Ma Ying-jeou", "TWN", "PLW", "Koror")
    found = visit("and Lai Ching-te, who was welcomed in Koror by President Surangel Whipps Jr. on 5 December 2024",
                  ("PLW", "TWN"))
    assert (found.visitor_name, found.host_iso3, found.city) == ("Lai Ching-te", "PLW", "Koror")
    assert detect_visits("Abdoulaye Wade, who had spent years in France, defeated Diouf in March 2000",
                         context(("SEN", "FRA"))) == []


def test_the_people_who_acted_where_the_visitor_went_received_him():
    found = visit("In May 2010 President Jan Kowal went to Tokyo, where Hiro Tanaka and Kenji Sato agreed to reopen the port",
                  JAPAN_POLAND)
    assert (found.host_iso3, found.city, [name for name, _ in found.counterparts]) == ("JPN", "Tokyo", ["Hiro Tanaka", "Kenji Sato"])


def test_the_head_of_a_dependent_territory_has_no_office_of_the_party():
    found = visit("The prime minister of Greenland, Aka Lynge, travelled to Ottawa on 12 June 2023", ("CAN", "DNK"))
    assert (found.visitor_name, found.origin_iso3, found.visitor_role) == ("Aka Lynge", "DNK", "other")


@pytest.mark.parametrize("clause", [
    "Jan Kowal chose Tokyo as one of his first destinations as president",
    "Jan Kowal returned the courtesy in Tokyo",
])
def test_a_trip_told_by_its_destination_or_as_a_courtesy_returned(clause):
    found = visit(clause, JAPAN_POLAND)
    assert (found.visitor_name, found.host_iso3) == ("Jan Kowal", "JPN")


def test_a_full_name_ending_in_a_monarchs_one_name_is_another_person():
    text = """= Japan–Poland relations =

==Visits==
Sultan Hiro received President Jan Kowal in Tokyo on 3 May 2010. Kenji Hiro chose Warsaw as his first destination as prime minister: on 9 January 2023 he met Jan Kowal.
"""
    found = [e.visit for e in extract_events(parse_article(text, "x.txt"), JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.host_iso3) for v in found] == [("Jan Kowal", "JPN"), ("Kenji Hiro", "POL")]


def test_a_wiki_table_row_gives_the_visit_with_whom_was_met_in_its_notes():
    text = ('= Japan–Poland relations =\n\n==Visits==\n{| class="wikitable"\n! Date\n! Visitor\n! Office\n! Place\n! Notes\n|-\n'
            "| 3–5 May 2010\n| Jan Kowal\n| President of Poland\n| Tokyo\n| Received by Prime Minister Hiro Tanaka; a treaty signed\n"
            "|-\n| 9 June 2012\n| Hiro Tanaka\n| Prime Minister of Japan\n| Warsaw\n| Attended the Three Seas summit\n|}\n")
    found = [e.visit for e in extract_events(parse_article(text, "x.txt"), JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.host_iso3, v.city, [n for n, _ in v.counterparts], v.occasion) for v in found] == [
        ("Jan Kowal", "JPN", "Tokyo", ["Hiro Tanaka"], None),
        ("Hiro Tanaka", "POL", "Warsaw", [], "Three Seas summit"),
    ]


@pytest.mark.parametrize("sentence, met, occasion, city", [
    ("Prime Minister Donald Tusk of Poland flew to Tokyo on 5 May 2024 to meet Prime Minister Fumio Kishida.",
     ["Fumio Kishida"], None, "Tokyo"),
    ("Prime Minister Donald Tusk of Poland came to Tokyo in May 2024 and on the 21st signed an accord with Prime Minister "
     "Fumio Kishida.", ["Fumio Kishida"], None, "Tokyo"),
    ("Prime Minister Donald Tusk of Poland arrived in Tokyo on 5 May 2024, and two days later he signed a treaty with "
     "Prime Minister Fumio Kishida.", ["Fumio Kishida"], None, "Tokyo"),
    ("Prime Minister Donald Tusk of Poland flew to Tokyo on 5 May 2024 for the mass tribute to Shinzo Abe.",
     [], "mass tribute to Shinzo Abe", "Tokyo"),
    ("Prime Minister Donald Tusk of Poland arrived in Tokyo on 5 May 2024; on the next day he and Fumio Kishida chaired "
     "the Polish–Japanese Joint Committee.", ["Fumio Kishida"], "Polish–Japanese Joint Committee", "Tokyo"),
    ("President Andrzej Duda of Poland and his wife spent two days in Japan in May 2024 as the Emperor's guests; the couple "
     "were entertained in Kyoto.", [], None, "Kyoto"),
])
def test_what_later_words_of_the_sentence_add_to_a_trip(sentence, met, occasion, city):
    events = extract_events(parse_article(f"= Japan–Poland relations =\n\n{sentence}\n", "x.txt"), JAPAN_POLAND)
    trips = [e.visit for e in events if e.visit]
    assert [([n for n, _ in v.counterparts], v.occasion, v.city) for v in trips] == [(met, occasion, city)]


@pytest.mark.parametrize("sentence, parties, visitor, host, city", [
    ("Prime Minister Ana Ruiz of Chile was received in the Oval Office by President Tom Hale on 3 May 2019.",
     ("CHL", "USA"), "Ana Ruiz", "USA", "Washington"),
    ("President Ana Ruiz of Chile was received by President Paul Mercier at the Élysée Palace on 3 May 2019.",
     ("CHL", "FRA"), "Ana Ruiz", "FRA", "Paris"),
])
def test_a_seat_of_government_is_the_city_of_its_party(sentence, parties, visitor, host, city):
    found = _visits_of(f"= X–Y relations =\n\n{sentence}\n", parties)
    assert [(v.visitor_name, v.host_iso3, v.city) for v in found] == [(visitor, host, city)]


def test_a_seat_of_a_third_country_is_no_place_of_the_pair():
    found = _visits_of("= X–Y relations =\n\nPresident Ana Ruiz of Chile met President Li Wen of Peru at the White House "
                       "on 3 May 2019.\n", ("CHL", "PER"))
    assert all(v.host_iso3 != "USA" and v.city != "Washington" for v in found)


def test_a_visit_that_followed_another_with_a_state_visit_is_its_own_visitors():
    text = ("= Austria–Slovenia relations =\n\nPrime Minister Jana Novak of Slovenia chose Vienna for her first visit abroad in "
            "May 1992, and President Marko Kos of Slovenia followed with a state visit in June 1993, when he was received by "
            "Federal President Karl Huber.\n")
    found = _visits_of(text, ("AUT", "SVN"))
    assert [(v.visitor_name, v.host_iso3, [name for name, _ in v.counterparts]) for v in found] == [
        ("Jana Novak", "AUT", []), ("Marko Kos", "AUT", ["Karl Huber"])]


def test_a_sentence_opened_by_a_surname_is_about_the_person_named_before():
    text = ("= Namibia–South Africa relations =\n\nThe election of Thabo Moyo changed the tone in 1994. Prime Minister Jonas "
            "Kali of South Africa had visited Windhoek in March 1994. Moyo had long counted on Namibia, and he chose it for his "
            "first trip abroad: during a state visit to Windhoek in August 1994 he was received by President Sam Nujoma.\n")
    found = _visits_of(text, ("NAM", "ZAF"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found][-1] == ("Thabo Moyo", "ZAF", "NAM", "Windhoek")


@pytest.mark.parametrize("sentence, visitor, host, city", [
    ("Prime Minister Pedro Alves of Mozambique succeeded Samora Lima as president, and in September 1988 President Kurt Brandt "
     "of East Germany welcomed him to East Berlin for a state visit.", "Pedro Alves", "DDR", "East Berlin"),
    ("Prime Minister Pedro Alves of Mozambique spent a week in Maputo in May 1988, and in September 1988 President Kurt Brandt "
     "of East Germany welcomed him in Leipzig.", "Pedro Alves", "DDR", "Leipzig"),
])
def test_the_guest_of_a_host_who_welcomed_him_is_the_person_the_sentence_opened_with(sentence, visitor, host, city):
    found = _visits_of(f"= East Germany–Mozambique relations =\n\n{sentence}\n", ("DDR", "MOZ"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city, [n for n, _ in v.counterparts]) for v in found] == [
        (visitor, "MOZ", host, city, ["Kurt Brandt"])]


def test_a_host_who_agreed_to_receive_him_has_no_guest_yet():
    text = ("= East Germany–Mozambique relations =\n\nPrime Minister Pedro Alves of Mozambique left office, and in "
            "September 1988 Chairman Kurt Brandt of East Germany agreed to receive him in Leipzig.\n")
    assert _visits_of(text, ("DDR", "MOZ")) == []


def test_the_city_of_an_occasion_is_the_city_visited():
    text = ("= Cuba–East Germany relations =\n\nPresident Luis Vega of Cuba came to East Berlin in 1987 for the celebration "
            "of the 750th anniversary of the city.\n")
    found = _visits_of(text, ("CUB", "DDR"))
    assert [(v.city, v.occasion) for v in found] == [("East Berlin", "celebration of the 750th anniversary of East Berlin")]


def test_a_trip_to_a_dependent_territory_goes_to_the_party_it_belongs_to():
    text = ("= Netherlands–Venezuela relations =\n\nForeign Minister Luis Mora of Venezuela came to Willemstad on 16 March "
            "2018 for talks with Prime Minister Eva Smit of Curaçao.\n")
    found = _visits_of(text, ("NLD", "VEN"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found] == [("Luis Mora", "VEN", "NLD", "Willemstad")]


def test_a_wiki_table_with_destination_and_counterpart_columns_gives_its_visits():
    text = ('= Japan–Poland relations =\n\n==Visits==\n{| class="wikitable"\n! Date !! Visitor !! Office !! Destination !! '
            "Counterpart !! Notes\n|-\n| 3 May 2010 || Jan Kowal || President of Poland || Tokyo || Hiro Tanaka || "
            "Treaty signed\n|-\n| 9 June 2012 || Hiro Tanaka || Prime Minister of Japan || Warsaw || – || Summit\n|}\n")
    found = _visits_of(text, JAPAN_POLAND)
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city, [n for n, _ in v.counterparts]) for v in found] == [
        ("Jan Kowal", "POL", "JPN", "Tokyo", ["Hiro Tanaka"]), ("Hiro Tanaka", "JPN", "POL", "Warsaw", [])]


def test_the_premier_is_the_president_of_the_council_of_ministers_named_before():
    text = ("= Italy–Tunisia relations =\n\nMarta Conti, President of the Council of Ministers of Italy since 2022, went to "
            "Tunis on 6 June 2023. Five days later the premier was back in Tunis for talks.\n")
    found = _visits_of(text, ("ITA", "TUN"))
    assert [(v.visitor_name, v.visitor_role, v.host_iso3, v.city) for v in found] == [
        ("Marta Conti", "head_of_government", "TUN", "Tunis")] * 2


def test_a_visit_paid_by_a_titled_person_names_them_without_the_title():
    found = _visits_of("= Greece–Serbia relations =\n\nAn official visit to Athens was paid by President Boris Lukić of "
                       "Serbia in March 2009.\n", ("GRC", "SRB"))
    assert [(v.visitor_name, v.visitor_title, v.visitor_role, v.host_iso3, v.city) for v in found] == [
        ("Boris Lukić", "President", "head_of_state", "GRC", "Athens")]


def test_a_dateline_then_an_adverbial_places_the_visit_and_its_meeting_is_the_visit():
    text = ("= India–Maldives relations =\n\nPresident Amir Nasheed of the Maldives took office in 2023.\n\n"
            "NEW DELHI, 7 October 2024 — On a state visit, Nasheed meets Prime Minister Raj Varma of India.\n")
    events = extract_events(parse_article(text, "x.txt"), ("IND", "MDV"))
    assert [(e.date.edtf, e.event_type) for e in events if e.date.edtf.startswith("2024")] == [("2024-10-07", "visit")]
    trip = next(e.visit for e in events if e.visit)
    assert (trip.visitor_name, trip.host_iso3, trip.city, [n for n, _ in trip.counterparts]) == (
        "Amir Nasheed", "IND", "New Delhi", ["Raj Varma"])


def test_a_small_town_abroad_is_no_part_of_a_longer_place_name_and_a_date_may_stand_before_to():
    found = visit("Peruvian President Ana Quispe returned in March 2014 to Villa Rosales", ("PER", "BOL"))
    assert (found.visitor_name, found.host_iso3, found.city) == ("Ana Quispe", "BOL", "Villa Rosales")
    found = visit("Peruvian President Ana Quispe returned on 3 May to Sucre", ("PER", "BOL"))
    assert (found.host_iso3, found.city) == ("BOL", "Sucre")


def test_addressing_a_named_assembly_is_a_trip():
    found = visit("Vice President Tom Reyes addressed the Assembly of Albania in Tirana on 3 June 2011", ("USA", "ALB"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Tom Reyes", "USA", "ALB", "Tirana")


def test_whom_a_host_met_on_an_island_of_its_own_was_the_guest():
    found = visit("Greek Prime Minister Eleni Vlachou met President Aydın Kaya on the island of Chios on 2 May 2011",
                  ("TUR", "GRC"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Aydın Kaya", "TUR", "GRC", "Chios")
    assert [name for name, _ in found.counterparts] == ["Eleni Vlachou"]


def test_korean_names_the_korea_of_the_pair_and_a_place_fronted_before_two_signers_is_where_they_signed():
    found = visit("On 4 May 2019, in Seoul, Jan Kowal, minister of state assets, and the Korean minister of trade, "
                  "industry and energy, Park Min-ho, signed a memorandum on a power plant at Bełchatów", ("POL", "KOR"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Jan Kowal", "POL", "KOR", "Seoul")
    assert found.counterparts == [("Park Min-ho", "minister of trade, industry and energy")]


@pytest.mark.parametrize("text, parties, trips", [
    ("= Fiji–Tonga relations =\n\nMele Taufa chose Fiji for her first trip abroad and was received in Suva "
     "by Prime Minister Ratu Jone Seru (4 May 2015). At home in Nukuʻalofa she thanked the Fijian people (2 June 2016). "
     "She returned to Suva to open the new chancery (9 July 2017).\n",
     ("TON", "FJI"), [("Mele Taufa", "FJI", "Suva"), ("Mele Taufa", "FJI", "Suva")]),
    ("= Ghana–Yugoslavia relations =\n\nPresident Kwame Nkrumah of Ghana and President Josip Broz Tito of Yugoslavia "
     "met in 1958. The bond between the two leaders grew with Tito's long voyage to Africa in the winter of 1961. "
     "He arrived in Accra on 3 March 1961 and addressed the House of Representatives. Nkrumah went to Belgrade "
     "in 1962. He reached Belgrade again in July 1965.\n",
     ("GHA", "YUG"), [("Josip Broz Tito", "GHA", "Accra"), ("Kwame Nkrumah", "YUG", "Belgrade"),
                      ("Kwame Nkrumah", "YUG", "Belgrade")]),
])
def test_he_or_she_of_a_later_sentence_is_the_last_visitor_or_whose_journey_was_told(text, parties, trips):
    """Through a sentence that says 'she' again; after one that tells whose journey it was."""
    assert [(v.visitor_name, v.host_iso3, v.city) for v in _visits_of(text, parties)] == trips


def test_a_trip_made_again_by_another_by_ellipsis_goes_where_the_last_one_went():
    text = ("= Portugal–Spain relations =\n\nPrime Minister Ana Ruiz of Spain visited Lisbon in 1990. Prime Minister "
            "Luis Ortega of Spain did so in May 1996; so did Prime Minister Marta Gil, on 24 April 2004.\n")
    found = _visits_of(text, ("ESP", "PRT"))
    assert [(v.visitor_name, v.origin_iso3, v.host_iso3, v.city) for v in found] == [
        ("Ana Ruiz", "ESP", "PRT", "Lisbon"), ("Luis Ortega", "ESP", "PRT", "Lisbon"), ("Marta Gil", "ESP", "PRT", "Lisbon")]


@pytest.mark.parametrize("sentence", [
    "Marta Gil's turn came in October of the following year, when President Omar Haddad received her in Rabat.",
    "President Marta Gil's turn came in October of the following year, when President Omar Haddad received her in Rabat.",
])
def test_her_whom_a_host_received_is_the_person_whose_turn_it_was(sentence):
    text = ("= Morocco–Spain relations =\n\nPresident Marta Gil of Spain and President Omar Haddad of Morocco met in 2009. "
            f"In 2010 Haddad visited Madrid. {sentence}\n")
    found = _visits_of(text, ("ESP", "MAR"))
    assert [(v.visitor_name, v.host_iso3, v.city) for v in found][-1] == ("Marta Gil", "MAR", "Rabat")


def test_the_leader_of_a_delegation_from_a_city_of_one_party_is_of_that_party():
    found = visit("A government delegation from Vilnius led by Deputy Prime Minister Jonas Petraitis signs a declaration "
                  "in Warsaw", ("LTU", "POL"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3, found.city) == ("Jonas Petraitis", "LTU", "POL", "Warsaw")


def test_a_document_on_a_plant_in_the_other_country_signed_by_one_official_is_no_trip_there():
    assert detect_visits("the Korean minister of energy, Park Min-ho, signed a letter of intent on a power plant at "
                         "Bełchatów in central Poland", context(("POL", "KOR"))) == []


def test_a_counterpart_named_without_a_title_holds_the_office_of_the_person_met():
    ctx = context(CANADA_NORWAY)
    ctx.read_people("In March 1980 the Norwegian foreign minister, Knut Frydenlund, was received in Ottawa by his "
                    "counterpart Mark Saint Laurent.")
    laurent = next(k for k in ctx.named_people if k.name == "Mark Saint Laurent")
    assert laurent.role == "foreign_minister"


def test_a_surname_alone_stands_for_the_person_named_before_even_when_a_town_bears_it():
    text = """= Japan–Poland relations =

==History==
Jan Kowal took office after Hiro Toyota had visited Warsaw. Toyota went to Warsaw for the inauguration of Jan Kowal on 3 May 2010.
"""
    found = [(e.visit, e.date.edtf) for e in extract_events(parse_article(text, "x.txt"), JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.host_iso3, v.city, d) for v, d in found][-1:] == [("Hiro Toyota", "POL", "Warsaw", "2010-05-03")]


def test_a_trip_told_as_the_means_of_a_reply_is_the_subjects():
    text = """= Japan–Poland relations =

==History==
Young exiles, among them Jan Kowal, settled in Kyoto. Kowal reciprocated by travelling to Tokyo on 3 May 2010 to attend a festival.
"""
    found = [(e.visit, e.date.edtf) for e in extract_events(parse_article(text, "x.txt"), JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.origin_iso3, v.city, d) for v, d in found] == [("Jan Kowal", "POL", "Tokyo", "2010-05-03")]


def test_he_after_a_trip_owned_by_a_surname_is_the_person_that_surname_named_before():
    text = """= Japan–Poland relations =

==History==
Under Jan Kowal and Hiro Tanaka the two states grew close. The friendship began with Kowal's long journey to Asia in 2010. He arrived in Tokyo on 3 May 2010.
"""
    found = [(e.visit, e.date.edtf) for e in extract_events(parse_article(text, "x.txt"), JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.origin_iso3, v.city, d) for v, d in found] == [("Jan Kowal", "POL", "Tokyo", "2010-05-03")]


@pytest.mark.parametrize("clause, parties, host", [
    ("President Andrzej Nowak visited the kingdom on 3 May 2010", ("NOR", "POL"), "NOR"),
    ("Prime Minister Erna Solberg paid an official visit to the republic in 2015", ("NOR", "POL"), "POL"),
    ("President Andrzej Nowak visited the principality on 3 May 2010", ("MCO", "POL"), "MCO"),
])
def test_the_form_of_state_names_the_one_party_that_has_it(clause, parties, host):
    assert visit(clause, parties).host_iso3 == host


def test_the_form_of_state_that_both_parties_have_names_neither():
    found = visit("King Harald visited the kingdom on 3 May 2010", ("NOR", "ESP"))
    assert found is None or found.host_iso3 is None


def test_another_given_name_before_a_known_surname_is_another_person():
    text = """= Japan–Poland relations =

==Visits==
President Jan Kowal visited Tokyo on 3 May 1990. Piotr Kowal paid a state visit to Kyoto on 9 June 2020.
"""
    found = [e.visit for e in extract_events(parse_article(text, "x.txt"), JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.city) for v in found] == [("Jan Kowal", "Tokyo"), ("Piotr Kowal", "Kyoto")]


def test_a_word_of_a_question_before_a_known_surname_is_no_given_name():
    text = """= Japan–Poland relations =

==Visits==
President Jan Kowal visited Tokyo on 3 May 1990. Did Kowal come back? He did, on 4 July 1991, when he was received in Kyoto by Prime Minister Hiro Tanaka.
"""
    found = [e.visit for e in extract_events(parse_article(text, "x.txt"), JAPAN_POLAND) if e.visit]
    assert [(v.visitor_name, v.city) for v in found] == [("Jan Kowal", "Tokyo"), ("Jan Kowal", "Kyoto")]


def test_a_title_of_one_country_gives_its_holders_origin_and_coordinated_hosts_the_host():
    clause = "The Captains Regent Luca Bianchi and Maria Rossi received the Marshal of the Sejm, Anna Nowak, in the Palazzo Pubblico"
    found = visit(clause, ("POL", "SMR"))
    assert (found.visitor_name, found.origin_iso3, found.host_iso3) == ("Anna Nowak", "POL", "SMR")



@pytest.mark.parametrize("clause, parties, city, host", [
    ("President Jan Kowal addressed the Knesset in Jerusalem on 3 May 2010", ("ISR", "POL"), "Jerusalem", "ISR"),
    ("Prime Minister Anna Nowak brought most of her cabinet to Jerusalem in March 2008", ("ISR", "POL"), "Jerusalem", "ISR"),
    ("Prime Minister Avi Levi brought his ministers to Warsaw for joint consultations in 2010", ("ISR", "POL"), "Warsaw", "POL"),
])
def test_a_speech_to_a_named_legislature_or_a_cabinet_brought_along_is_a_visit(clause, parties, city, host):
    found = visit(clause, parties)
    assert (found.city, found.host_iso3) == (city, host)


def test_a_countrys_possessive_before_a_place_is_no_visitor():
    assert visit("Poland's other consulates are in Osaka, opened in 2011", JAPAN_POLAND) is None


@pytest.mark.parametrize("clause", [
    "In May 1914 the steamship Kaiser Maru arrived in Tokyo with 300 passengers from Poland",
    "On 3 May 2012 the panda Jan Kowal arrived in Warsaw on loan from Japan",
])
def test_a_name_that_a_ship_or_an_animal_bears_is_no_visitor(clause):
    assert visit(clause, JAPAN_POLAND) is None


def test_an_island_named_after_the_trip_is_its_place_when_no_city_is():
    found = visit("President Jan Kowal travelled to Japan on 3 May 2010 and stayed on the island of Okuhama", JAPAN_POLAND)
    assert (found.host_iso3, found.city) == ("JPN", "Okuhama")
