"""Where a trip went and what for: the host country and city of a clause, and the named
event attended."""

from __future__ import annotations

import calendar
import re

from pipeline.extract.context import Known, VisitContext
from pipeline.extract.countries import countries, resolve_country, territories
from pipeline.extract.dates import ORDINAL_WORDS
from pipeline.extract.mentions import capital
from pipeline.extract.people import Person
from pipeline.extract.places import NAME_CONNECTORS, City, lookup_city
from pipeline.lexicon import load_table

PLACE_RE = re.compile(
    r"(?:(?P<the>the (?:(?P<demonym>[A-Z]\w+) )?(?:[a-z]+ ){0,2}?(?P<kind>capital|city|town|port|village|border station|border town|resort|island)"
    rf"(?: of (?P<named>[A-Z][\w'’-]+))?)|(?P<article>the )?(?P<place>(?:[A-Z][\w'’.-]*)(?:[ -](?:[A-Z][\w'’.-]*|{NAME_CONNECTORS}))*))(?![–\w$€£¥])")  # not the "US" of "US$"
OCCASION_RE = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|take part in|took part in|preside over|to mark(?!\s+the\s+[\w-]+\s+anniversary\s+of\s+(?:the\s+establishment\s+of\s+)?(?:diplomatic\s+)?relations)|(?:co-)?chair(?:s|ed)?(?:\s+with\s+(?:(?-i:[A-Z])[\w.-]*\s+){1,6})?|perform(?:s|ed)?|for|at|in|of|with|to)\s+(?:(?:the|an|a|another|his|her|their)\s+|(?=(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]*){0,3}['’]s\s))"
    r"(?P<occasion>(?:(?-i:[A-Z])[\w-]+['’]s\s+)?(?:(?!(?:for|in)\s)[\w'’+–-]+\s+){0,8}?(?:summit|conference|forum|congress|games|olympics|march|air show|trade fair|exhibition|expo|dialogue|meeting of [^,.;]+?|funeral of [^,.;]+?|(?:inauguration|installation|investiture|enthronement) of [^,.;]+?|opening of [^,.;]+?|ceremon(?:y|ies)|inauguration|session|assembly|parade|meeting|wedding of [^,.;]+?|anniversary of [^,.;]+?|celebrations? of [^,.;]+?|signing of [^,.;]+?|"
    r"(?:memorial|funeral) service(?: (?:for|of) [^,.;]+?)?|tribute to [^,.;]+?|vigil for [^,.;]+?|(?-i:[A-Z][\w-]+ Day)|"
    r"funeral(?: ceremonies)?|coronation(?: of [^,.;]+?)?|hajj|umrah|pilgrimage|swearing-in(?: of [^,.;]+?)?|memorial|celebrations|commemoration of [^,.;]+?(?: at [A-Z][\w'’-]+)?)\b(?: of [A-Z][^,.;]*?)?)(?=\s+(?:in|at|held|hosted|on|where|to|and|with)\b|\s+of\s+\d|\s+\(|[,.;]|$"
    r"|\s+\w+\s+(?:days?|weeks?|months?|years?)\s+(?:later|after)\b)",
    re.I,
)
CEREMONY_RE = re.compile(r"\b(?:funeral|coronation|swearing-in|enthronement|memorial|anniversary|independence (?:celebrations|ceremon(?:y|ies))"
                         r"|ground-?breaking|foundation[- ]stone|ribbon-cutting|jubilee|hajj|umrah|pilgrimage)\b"
                         rf"|^(?:{'|'.join(ORDINAL_WORDS)})\b"
                         r"(?:.* of |(?:\s+[\w-]+){0,2}\s+(?:summit|high-level meeting)$)", re.I)
"""Ceremonies that are named events even when written in lower case ('attended the funeral'),
numbered sessions of a body ('the fourth session of the joint commission') and numbered summits
('the twelfth high-level meeting'; not 'the second joint meeting')."""
NAMED_EVENT_RE = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|t(?:ake|akes|ook|aking) part in|(?:chief )?guest(?: of honou?r)? at)\s+the\s+"
    r"(?P<occasion>(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]*(?::?\s+(?:(?:da|de|do|des|du|la|of|the|and|for)\s+)*[A-Z][\w'’-]*)+)")
"""An event known by its name alone ('took part in the Pravasi Bharatiya Divas', 'attended the Call for
Action: Urgent Response for Gaza conference')."""
BODY_MET_RE = re.compile(r"\b(?P<occasion>(?:[A-Z][\w-]*\s+)+(?:Cabinet|Commission|Committee|Council|Dialogue))\s+(?:met|convened|was\s+held)\b")
"""A joint body's session that the trip was for ('The first Binational Cabinet met on Isla Esteves')."""
CHAIRED_BODY_RE = re.compile(r"\b(?:co-)?chair(?:ed|s)?\s+the\s+(?P<occasion>(?:[A-Z][\w–-]*\s+)+(?:Cabinet|Commission|Committee|Council|Dialogue))\b")
"""A joint body's session the visitor chaired with a host told after the trip ('...; he and B chaired the
Jordanian–Palestinian Higher Joint Committee'); not itself the occasion of a trip told with it."""
CODED_EVENT_RE = re.compile(r"\b(?:attend(?:s|ed|ing)?|address(?:es|ed|ing)?|for|at)\s+(?:the\s+)?(?P<occasion>[A-Z]{1,5}\d{1,3})\b")
"""An event known by a code ('COP28', 'G20'), which OCCASION_RE finds only before a noun ('the G20 summit')."""
EN_ROUTE_RE = re.compile(r"\bon (?:his|her|their|the) way\b[^,;]*")
"""'stopped in C on her way to the conference in M': the event of a later leg, not this visit's."""
OFFICE = r"(?:[Ss]peaker|[Pp]resident|[Cc]hair(?:man|woman|person)?|[Mm]ember|[Ss]ecretary)"
OFFICE_OF_RE = re.compile(rf"\b{OFFICE}\s+$")
"""'the Speaker of the National Assembly': an office, not an event attended."""
PREPARATION_OF_RE = re.compile(r"\bpreparations?\s+$")
"""'discussed the preparation of the Forum of Regions': an event to come, not one attended."""
OFFICE_START_RE = re.compile(rf"{OFFICE}\s+of\b")
"""'The President of the National Assembly of A, B, was received': an office, not an event attended."""
SUMMIT_OF_RE = re.compile(r"\b(?:a|the) (?P<kind>summit|conference) of the (?P<name>[A-Z][\w–-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w–-]*)*)")
CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
PREPOSITION_RE = re.compile(r"\b(?:[Ii]n|[Tt]o|[Oo]n|[Aa]t|hosted by)\s+")
OF_THE_RE = re.compile(r"\bof\s+the\s+(?=[A-Z])")
"""Before what an event is named for: 'the commemoration of the Warsaw Uprising'."""
OPENED_RE = re.compile(r"(?<!\bthat )(?<!\bwhich )\b(?P<verb>inaugurated|inaugurate|opened|open)\s+(?P<what>the [^,.;]+?)(?=\s+(?:together|with|in|at|on|and)\b|[,.;]|$)")
PART_CITY_MIN_POPULATION = 100_000
"""A town named by a part of a longer capitalised name must be this big ('Jinping' of Xi Jinping is none)."""
MONTHS = frozenset(calendar.month_name[1:])
"""'in March 1968' is a time, not the town of March."""
TOWN_AFTER_RE = re.compile(r"\s+(?:at|in)\s+(?P<town>[A-Z][\w'’-]+(?:\s+[a-z]{2,3}\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)*)(?=[\s,.;]|$)")
"""A town written after the host country: 'Slovenia at Brdo pri Kranju'."""
BUILDING_RE = re.compile(r"\b(?:Palace|House|Hall|Building|Buildings|Stadium|Castle|Residence|Office|Centre|Center)$")
"""A capitalised place that is a building ('Carthage Palace'), not a town."""
NOMINAL = {"inaugurated": "inauguration", "inaugurate": "inauguration", "opened": "opening", "open": "opening"}


def _resolve_phrase(phrase: str, text: str, end: int, context: VisitContext) -> tuple[str | None, str | None]:
    """(country, city) of a capitalised phrase, trying it whole and then shorter from the end;
    a small town abroad is no part of a longer name ('Villa' of 'Villa Tunari')."""
    words = phrase.rstrip(".,").split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        iso3 = resolve_country(candidate)
        if iso3:
            return _party_over(iso3, context), None
        short = len(candidate) <= 3  # 'Ilo' is a town of a party; 'The', 'UAE' and a town of elsewhere are not
        city = lookup_city(candidate, prefer=context.parties) if not short or candidate.istitle() else None
        part_abroad = size < len(words) and city and city.iso3 not in context.parties and city.population < PART_CITY_MIN_POPULATION
        if city and (not short or city.iso3 in context.parties) and not part_abroad:
            country = _after_comma_country(text, end, city.iso3)
            return _party_over(country, context), _written(candidate, city) if country == city.iso3 else None
    return None, None


def _party_over(iso3: str | None, context: VisitContext) -> str | None:
    """The party that a dependent territory belongs to (dependent_territories.csv: Curaçao is
    the Netherlands' in a Netherlands–X article), else the country itself."""
    row = territories().get(iso3 or "")
    return row["sovereign_iso3"] if row and row["sovereign_iso3"] in context.parties else iso3


SEATS = {row["name"]: (row["iso3"], row["city"] or None)
         for row in load_table("seats_of_government", required=("name", "iso3"))}
"""Residences and offices of heads of state and government (seats_of_government.csv): 'received
at the White House' is a trip to Washington."""
SEAT_RE = re.compile(r"(?:the\s+)?(?:\d+\s+)?(?P<seat>" + "|".join(sorted(map(re.escape, SEATS), key=len, reverse=True)) + r")\b")


def _seat_at(text: str, position: int, context: VisitContext) -> tuple[str, str | None] | None:
    """(country, city) of a party's seat of government written at `position`."""
    match = SEAT_RE.match(text, position)
    seat = SEATS[match["seat"]] if match else None
    return seat if seat and seat[0] in context.parties else None


THERE_RE = re.compile(r"there\b")
"""The place of the trip told just before."""
STATE_FORM_RE = re.compile(r"the\s+(?P<form>kingdom|sultanate|principality|emirates?|grand duchy|republic)\b(?!\s+of\b)")
"""'visited the kingdom': the party whose official name holds that form of state."""


def _party_of_form(text: str, position: int, context: VisitContext) -> str | None:
    """The one party named a kingdom (a republic, ...) in its official name, for 'the kingdom' at `position`."""
    match = STATE_FORM_RE.match(text, position)
    form = match["form"].title().removesuffix("s") if match else None
    owners = [iso3 for iso3 in context.parties
              if form and iso3 in countries() and any(re.search(rf"\b{form}", name) for name in countries()[iso3].names)]
    return owners[0] if len(owners) == 1 else None


def place_of(text: str, start: int, context: VisitContext, people: list[tuple[Person, Known]]) -> tuple[str | None, str | None]:
    """(host country, city) of the place the trip went to: right after the travel verb, or after 'in'/'to'."""
    taken = [(p.start, p.end) for p, _ in people]
    positions = [start] + [m.end() for m in PREPOSITION_RE.finditer(text, start)]
    named_only = {m.end() - len("the ") for m in OF_THE_RE.finditer(text, start)}  # 'the commemoration of the Warsaw Uprising'
    named = None  # 'at the Cairo Peace Summit': a party's city an event is named for, when no other place is written
    for position in sorted({*positions, *named_only}):
        position = _past_spaces(text, position)
        last = context.last_visit
        if THERE_RE.match(text, position) and last is not None and last.host_iso3:
            return last.host_iso3, last.city  # 'went to C on D, weeks after B had paid a state visit there'
        seat = _seat_at(text, position, context)
        if seat:
            return seat
        state = _party_of_form(text, position, context)
        if state:
            return state, None
        match = PLACE_RE.match(text, position)
        if not match or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if position in named_only:  # only what an event is named for, never 'the King of the Netherlands'
            named = named or (_resolve_phrase(match["place"], text, match.end(), context) if match["article"] else None)
            continue
        if match["the"]:  # "the Polish capital", "the Bolivian border station of Charaña"
            demonym = match["demonym"]  # 'the island of Cozumel' names no country
            iso3 = demonym and (resolve_country(demonym) or next(iter(context.mentions.named(demonym)), None))
            if iso3:
                return iso3, match["named"] or (capital(iso3) if match["kind"] == "capital" else None)
            if match["named"]:  # "the Amazonian town of Cobija"
                country, city = _resolve_phrase(match["named"], text, match.end(), context)
                if country:
                    return country, city
            continue
        if match["article"]:  # "the Netherlands", but not "the NATO Summit"
            country = resolve_country(match.group().rstrip(".,"))
            if country:
                return country, None
            named = named or _resolve_phrase(match["place"], text, match.end(), context)
            continue
        if match["place"].split()[0] in MONTHS or BUILDING_RE.search(match["place"].rstrip(".,")):
            continue  # 'in March 1968' is a time; 'at Carthage Palace' a building, not the town
        country, city = _resolve_phrase(match["place"], text, match.end(), context)
        if country:
            return country, city or _town_after(text, match.end(), country)
    return named if named and named[1] and named[0] in context.parties else (None, None)


REGIONS = frozenset(row["name"] for row in load_table("regions", required=("name",)))
"""Continents and world regions (regions.csv): a trip's place that is no town."""
UNKNOWN_TOWN_END_RE = re.compile(r"\s*(?:[,.;(]|for\b|on\b|in\s+(?:\d|[a-z]|(?-i:[A-Z][a-z]+ \d))|to\s+(?:attend|take|mark|meet|open|sign)\b|$)")
"""What may follow the town a trip went to: a stop, a purpose, a date ('went to La Baule for the summit')."""


def unknown_town(text: str, start: int) -> str | None:
    """A town the gazetteer lacks written where a trip's place stands ('flew to Los Cabos for the
    G20 summit'): capitalised, no country, no city anywhere, no month, building or event."""
    match = PLACE_RE.match(text, _past_spaces(text, start))
    if not match or not match["place"] or match["article"] or not UNKNOWN_TOWN_END_RE.match(text, match.end()):
        return None
    place = match["place"].rstrip(".,")
    words = place.split()
    if words[0] in MONTHS or BUILDING_RE.search(place) or OCCASION_RE.search(f"for {place}") or len(words) > 3:
        return None
    if place in REGIONS or resolve_country(place) or lookup_city(place):
        return None  # a known city or country was already tried as the place, and missed the parties
    return place


def _past_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _town_after(text: str, end: int, country: str) -> str | None:
    """'hosted by Slovenia at Brdo pri Kranju': a town written right after the country, even one
    the gazetteer lacks (not a month, a building or a place of another country)."""
    town = TOWN_AFTER_RE.match(text, end)
    if not town or town["town"].split()[0] in MONTHS or BUILDING_RE.search(town["town"]) or resolve_country(town["town"]):
        return None
    known = lookup_city(town["town"], prefer=[country])
    return town["town"] if known is None or known.iso3 == country else None


def town_after_occasion(text: str, occasion: str, host: str) -> str | None:
    """'attended the G7 summit in Kananaskis': the town written right after the event, even one the
    gazetteer lacks."""
    at = text.find(occasion)
    return _town_after(text, at + len(occasion), host) if at >= 0 else None


def town_of_occasion(occasion: str, host: str) -> str | None:
    """'the commemoration of the massacre at Thiaroye': the town an event attended was held in,
    even one the gazetteer lacks (not a country, nor a city of another one)."""
    end = re.search(r"\s+(?:at|in)\s+[A-Z][\w'’-]+$", occasion)
    return _town_after(occasion, end.start(), host) if end else None


ISLAND_OF_RE = re.compile(r"\bisland\s+of\s+(?P<island>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
"""'on the island of Brioni': a place of a trip, whether or not the gazetteer holds it."""


def city_in(text: str, start: int, host: str, people: list[tuple[Person, Known]]) -> str | None:
    """A city of the host country named from `start` on ('the University of Tartu')."""
    taken = [(p.start, p.end) for p, _ in people]
    phrases = sorted(CAPITALISED_RE.finditer(text, start), key=lambda m: not re.search(r"\b(?:in|to|at)\s+$", text[:m.start()]))
    for match in phrases:
        if any(s <= match.start() < e for s, e in taken):
            continue
        words = match.group().split()
        for size in range(len(words), 0, -1):
            for begin in range(len(words) - size + 1):
                candidate = " ".join(words[begin:begin + size])
                city = lookup_city(candidate, prefer=[host]) if len(candidate) > 3 else None
                part_of_name = size < len(words) and city and city.population < PART_CITY_MIN_POPULATION
                if city and city.iso3 == host and not resolve_country(candidate) and not part_of_name:
                    return _written(candidate, city)
    island = ISLAND_OF_RE.search(text, start)  # 'back on the island of Brioni': a place the gazetteer may lack
    return island["island"] if island and not resolve_country(island["island"]) else None


def _after_comma_country(text: str, end: int, default: str) -> str:
    """'Brdo, Slovenia': the country written after the comma wins over the gazetteer."""
    match = re.match(r",\s+(?P<country>[A-Z][\w ]+?)(?=[,.;]|\s+(?:at|on|in|to|for|and)\b|$)", text[end:])
    iso3 = resolve_country(match["country"]) if match else None
    return iso3 or default


def occasion_in(text: str) -> str | None:
    """A named summit, conference or event attended ('the Berlin Process summit')."""
    named_summit = SUMMIT_OF_RE.search(text)
    if named_summit:
        return f"{named_summit['name']} {named_summit['kind']}"
    text = EN_ROUTE_RE.sub("", text)
    for match in OCCASION_RE.finditer(text):
        occasion = match["occasion"].strip()
        before = text[: match.start()]
        if (match.group().startswith("of ") and OFFICE_OF_RE.search(before)) or OFFICE_START_RE.match(occasion) \
                or (match.group().startswith(("of ", "for ")) and PREPARATION_OF_RE.search(before)):
            continue
        if CEREMONY_RE.search(occasion) or any(w[:1].isupper() or w[:1].isdigit() for w in occasion.split()):
            return occasion
    named_event = NAMED_EVENT_RE.search(text) or CODED_EVENT_RE.search(text) or BODY_MET_RE.search(text)
    if named_event:
        return named_event["occasion"]
    opened = OPENED_RE.search(text)
    if opened and any(w[:1].isupper() for w in opened["what"].split()):
        return f"{NOMINAL[opened['verb']]} of {opened['what']}"
    return None


def city_of(place: str, host: str) -> str | None:
    words = place.split()
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[-count:])
        city = lookup_city(candidate, prefer=[host])
        if city and city.iso3 == host:
            return _written(candidate, city)
    return None


def _written(candidate: str, city: City) -> str:
    """The city as the text writes it; the gazetteer's name for a dateline in capitals ('ASUNCIÓN')."""
    return city.name if candidate.isupper() else candidate
