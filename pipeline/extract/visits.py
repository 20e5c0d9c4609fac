"""High-level visits: who travelled from one country of the pair to the other, and whom they met.

A clause tells of a visit when a travel verb ("visited", "travelled to", "paid an official
visit", "attended ... in <city>", "X hosted Y") links a named official to a place. The place
gives the host country (a party's name or capital, or a city resolved with the GeoNames
gazetteer); the visitor's country comes from the demonym of their title, an earlier mention,
the section heading ("Visits from Albania to Iceland"), or else is the other party. A
meeting in a third country is not a visit: it is returned with ``host_iso3`` None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.countries import all_demonyms, fold, resolve_country
from pipeline.extract.mentions import PartyMentions, capital
from pipeline.extract.people import NAME, Person, role_of, titled_people
from pipeline.extract.places import lookup_city

TRAVEL_RE = re.compile(
    r"\b(?P<verb>visited|visiting|toured|travell?ed to|flew to|went to|came to|arrived in|returned to|was (?:again )?in|were in|"
    r"led (?:a|an|the) (?:[\w-]+ ){0,3}(?:delegation|mission)(?: of [^,.;]{0,60}?)? to|represented [A-Z]\w+ at|was (?:the )?(?:chief )?guest(?: of honou?r)? at|"
    r"(?:paid|made) (?:a|an|her|his|their) (?:[\w-]+ ){0,3}visit (?:to|in)|official visit (?:to|in)|"
    r"first (?:\w+ )?(?:president|prime minister|minister|head of state|leader) to visit|"
    r"first visit by (?:a|an) [^,.;]*? to|held (?:their|a|an) (?:\w+ )?meeting in|"
    r"attended|took part in|to attend|to take part in|joined (?:other )?(?:\w+ )?leaders in|(?:met|held talks)(?: with)?(?: [^,.;]{0,80}?)? in|hosted|received)\b"
)
CONTINUATION_RE = re.compile(r"^(?:in [A-Z][\w -]+?,?\s+(?:he|she|they)\s+)?(?:also\s+)?(?:met|held talks|was received|were received)\b")
FOLLOW_UP_MET_RE = re.compile(r"^(?:in (?P<city>[A-Z][\w -]+?),? )?(?P<who>he|she|they|\w+)(?: also)? (?:met|held talks|(?:was|were) received)\b", re.I)
DIRECTION_RE = re.compile(r"\bfrom (?P<origin>.+?) to (?P<host>.+)$", re.I)
COUNTERPART_RE = re.compile(rf"\b(?:his|her|their)\s+(?P<qualifiers>(?:[\w-]+\s+){{0,3}})counterparts?,?\s+(?P<name>{NAME})")
MET_LIST_RE = re.compile(r"\b(?:met(?: with)?|talks with|called on|hosted by|received (?:in [A-Z][\w-]+(?: [A-Z][\w-]+)* )?by|(?:he|she) and|meeting(?=\s+[A-Z])|where (?:he|she)(?:,| and))\s+(?=(?P<names>(?:[^.;]|(?<=\b[A-Z])\.){1,200}))")
MAX_LISTED = 4
"""How many comma- or 'and'-separated items after 'met' are read for names."""
WITH_NAME_RE = re.compile(rf"\bwith\s+(?P<name>{NAME})")
INVITER_RE = re.compile(rf"\bat (?P<name>{NAME})['’]s invitation")
PLACE_RE = re.compile(r"(?:(?P<the>the (?P<demonym>[A-Z]\w+) capital)|(?P<article>the )?(?P<place>(?:[A-Z][\w'’.-]*)(?:[ -](?:[A-Z][\w'’.-]*|de|do|da|el|es|al))*))")
OCCASION_RE = re.compile(
    r"\b(?:attend(?:ed)?|take part in|took part in|preside over|for|at|in)\s+(?:the|an|a|another)\s+"
    r"(?P<occasion>(?:[\w'’+–-]+\s+){0,8}?(?:summit|conference|forum|congress|games|olympics|march|dialogue|meeting of [^,.;]+?|funeral of [^,.;]+?|inauguration of [^,.;]+?|ceremony|inauguration|session|assembly|parade|wedding of [^,.;]+?|anniversary of [^,.;]+?|celebrations? of [^,.;]+?)\b(?: of [A-Z][^,.;]*?)?)(?=\s+(?:in|at|held|hosted|on|where|to|and|with)\b|[,.;]|$)",
    re.I,
)
SUMMIT_OF_RE = re.compile(r"\b(?:a|the) (?P<kind>summit|conference) of the (?P<name>[A-Z][\w–-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w–-]*)*)")
NOT_PERSON_RE = re.compile(r"\b(Forces|Army|Ministry|University|Union|Council|Commission|Assembly|Parliament|Government|Palace|Summit|Forum|Conference)\b")
CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
PREPOSITION_RE = re.compile(r"\b(?:in|to)\s+")
FUTURE_RE = re.compile(r"\b(invited|would|will|plans? to|intended to|preparing to)\b[^.;]*$")


@dataclass
class Visit:
    visitor_name: str
    visitor_title: str | None
    visitor_role: str
    origin_iso3: str
    host_iso3: str | None  # None: a meeting in a third country, not a visit
    city: str | None = None
    occasion: str | None = None
    counterparts: list[tuple[str, str | None]] = field(default_factory=list)
    trigger: int = 0

    @property
    def surname(self) -> str:
        return fold(self.visitor_name.split()[-1])

    def add_counterpart(self, name: str, title: str | None) -> None:
        surnames = {fold(n.split()[-1]) for n, _ in self.counterparts}
        if fold(name.split()[-1]) not in surnames | {self.surname}:
            self.counterparts.append((name, title))


@dataclass
class Known:
    """A person met earlier in the article."""

    name: str
    title: str | None
    origin: str | None


class VisitContext:
    """What the sentences before tell: people, the section's direction, the last visit."""

    def __init__(self, parties: tuple[str, str], mentions: PartyMentions):
        self.parties = parties
        self.mentions = mentions
        self.people: dict[str, Known] = {}
        self.direction: tuple[str, str] | None = None
        self.last_visit: Visit | None = None

    def enter_block(self, section: tuple[str, ...]) -> None:
        self.direction = None
        match = DIRECTION_RE.search(section[-1]) if section else None
        if match:
            origin, host = resolve_country(match["origin"]), resolve_country(match["host"])
            if {origin, host} == set(self.parties):
                self.direction = (origin, host)
        if not section:
            self.last_visit = None

    def other(self, iso3: str) -> str:
        return self.parties[1] if iso3 == self.parties[0] else self.parties[0]

    def origin_of_title(self, text_before: str) -> str | None:
        """The party whose demonym or name is written just before a title."""
        words = text_before.split()[-3:]
        found = self.mentions.named(" ".join(words))
        return next(iter(found)) if len(found) == 1 else None

    def remember(self, person: Person, origin: str | None) -> Known:
        """Record a person under their surname, keeping the fullest name and a real title.

        A short form of a long name met before ('Mishal Al-Ahmad') is that person."""
        words = person.name.split()
        longer = [k for k in self.people.values() if len(k.name.split()) > len(words) and k.name.split()[: len(words)] == words]
        longer = longer[0] if len(longer) == 1 or (longer and len(words) >= 2) else None
        key = fold(person.surname)
        namesake = self.people.get(key)
        if namesake and len(words) >= 2 and len(namesake.name.split()) >= 2 and namesake.name.split()[0] != words[0]:
            key = fold(person.name)  # another person of the same surname (Manmohan and Rajnath Singh)
        known = longer or self.people.setdefault(key, Known(person.name, None, None))
        if len(person.name) > len(known.name):
            known.name = person.name
        if person.title and known.title in (None, "counterpart"):
            known.title = person.title
        if origin and not known.origin:
            known.origin = origin
        return known


def _people(text: str, context: VisitContext) -> list[tuple[Person, Known]]:
    """Titled people, and people named earlier in the article, in text order."""
    found: list[tuple[Person, Known]] = []
    for person in titled_people(text):
        if NOT_PERSON_RE.search(person.name):
            continue
        known = context.remember(person, context.origin_of_title(text[: person.start]))
        found.append((person, known))
    taken = [(p.start, p.end) for p, _ in found]
    for match in COUNTERPART_RE.finditer(text):
        name = match["name"].rstrip(".,")
        if not any(s <= match.start("name") < e for s, e in taken) and not NOT_PERSON_RE.search(name):
            origin = next(iter(context.mentions.named(match["qualifiers"])), None)
            person = Person(name, "counterpart", match.start(), match.start("name") + len(name))
            found.append((person, context.remember(person, origin)))
            taken.append((person.start, person.end))
    for known in sorted(context.people.values(), key=lambda k: -len(k.name)):
        for written in _written_forms(known.name):
            for match in re.finditer(rf"\b{re.escape(written)}\b", text):
                if not any(s <= match.start() < e or match.start() <= s < match.end() for s, e in taken):
                    found.append((Person(known.name, known.title, match.start(), match.end()), known))
                    taken.append((match.start(), match.end()))
    return sorted(found, key=lambda pk: pk[0].start)


def _written_forms(name: str) -> tuple[str, ...]:
    """How a person named in full may be written later: in full, by surname, or (for long
    names such as 'Mishal Al-Ahmad Al-Jaber Al-Sabah') by the first two names."""
    words = name.split()
    return (name, words[-1], " ".join(words[:2])) if len(words) > 2 else (name, words[-1])


def _bare_subject(text: str, before: int) -> Person | None:
    """A full name without a title at the start of the clause ("Lulzim Basha travelled")."""
    head = text[:before]
    match = re.search(rf"(?:^|,\s+|when\s+|(?:successor|predecessor)\s+|^\w+ \d{{4}},?\s+)(?P<name>{NAME})\s+(?:\w+\s+){{0,8}}$", head)
    if not match:
        return None
    name = match["name"]
    next_to_verb = not head[match.end("name"):].strip()
    if (len(name.split()) < 2 and not next_to_verb) or not _is_person_name(name):
        return None
    return Person(name, None, match.start("name"), match.end("name"))


def _resolve_phrase(phrase: str, text: str, end: int, context: VisitContext) -> tuple[str | None, str | None]:
    """(country, city) of a capitalised phrase, trying it whole and then shorter from the end."""
    words = phrase.rstrip(".,").split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        iso3 = resolve_country(candidate)
        if iso3:
            return iso3, None
        city = lookup_city(candidate, prefer=context.parties) if len(candidate) > 3 else None
        if city:
            country = _after_comma_country(text, end, city.iso3)
            return country, candidate if country == city.iso3 else None
    return None, None


def _place(text: str, start: int, context: VisitContext, people: list[tuple[Person, Known]]) -> tuple[str | None, str | None]:
    """(host country, city) of the place the trip went to: right after the travel verb, or after 'in'/'to'."""
    taken = [(p.start, p.end) for p, _ in people]
    positions = [start] + [m.end() for m in PREPOSITION_RE.finditer(text, start)]
    for position in positions:
        while position < len(text) and text[position].isspace():
            position += 1
        match = PLACE_RE.match(text, position)
        if not match or any(s <= match.start() < e for s, e in taken):
            continue
        if match["the"]:
            iso3 = resolve_country(match["demonym"]) or next(iter(context.mentions.named(match["demonym"])), None)
            if iso3:
                return iso3, capital(iso3)
            continue
        if match["article"]:  # "the Netherlands", but not "the NATO Summit"
            country = resolve_country(match.group().rstrip(".,"))
            if country:
                return country, None
            continue
        country, city = _resolve_phrase(match["place"], text, match.end(), context)
        if country:
            return country, city
    return None, None


def _city_in(text: str, start: int, host: str, people: list[tuple[Person, Known]]) -> str | None:
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
                if city and city.iso3 == host and not resolve_country(candidate):
                    return candidate
    return None


def _after_comma_country(text: str, end: int, default: str) -> str:
    """'Brdo, Slovenia': the country written after the comma wins over the gazetteer."""
    match = re.match(r",\s+(?P<country>[A-Z][\w ]+?)(?=[,.;]|\s+(?:at|on|in|to|for|and)\b|$)", text[end:])
    iso3 = resolve_country(match["country"]) if match else None
    return iso3 or default


def _occasion(text: str) -> str | None:
    """A named summit, conference or event attended ('the Berlin Process summit')."""
    named_summit = SUMMIT_OF_RE.search(text)
    if named_summit:
        return f"{named_summit['name']} {named_summit['kind']}"
    for match in OCCASION_RE.finditer(text):
        occasion = match["occasion"].strip()
        if any(w[:1].isupper() or w[:1].isdigit() for w in occasion.split()):
            return occasion
    return None


def _counterparts(text: str, visit: Visit, people: list[tuple[Person, Known]], context: VisitContext) -> None:
    """The people the visitor met, hosted by, or held talks with."""
    for match in INVITER_RE.finditer(text):
        visit.add_counterpart(match["name"], None)
    for person, _ in people:
        if person.title == "counterpart":
            visit.add_counterpart(person.name, None)
        elif re.search(r"\bwith\s+$", text[: person.start]):
            visit.add_counterpart(person.name, person.title)
    for match in WITH_NAME_RE.finditer(text):
        if len(match["name"].split()) >= 2 and _is_person_name(match["name"]):
            visit.add_counterpart(match["name"].rstrip(".,"), None)
    for match in MET_LIST_RE.finditer(text):
        for chunk in re.split(r",\s+(?:and\s+)?|\s+and\s+", match["names"])[:MAX_LISTED]:
            named = [p for p, _ in people if p.name.split()[-1] in chunk.split()]
            bare = re.match(rf"(?:the\s+)?(?P<name>{NAME})", chunk.strip())
            if named:
                visit.add_counterpart(named[0].name, named[0].title)
            elif bare and len(bare["name"].split()) >= 2 and _is_person_name(bare["name"]):
                visit.add_counterpart(bare["name"].rstrip(".,"), None)
    resolved = []
    for name, title in visit.counterparts:
        known = context.people.get(fold(name.split()[-1])) or next(
            (k for k in context.people.values() if k.name.split()[: len(name.split())] == name.split()), None)
        resolved.append((known.name if known and len(known.name) > len(name) else name, title))
    visit.counterparts[:] = resolved
    for name, title in visit.counterparts:
        person = Person(name, title, 0, 0)
        context.remember(person, visit.host_iso3)


def _is_person_name(name: str) -> bool:
    """Not an institution, a country, a place or a nationality ('The Japanese')."""
    words = name.rstrip(".,").split()
    return not (NOT_PERSON_RE.search(name) or resolve_country(name) or lookup_city(name.rstrip(".,"))
                or words[0] in ("The", "A", "An") or any(w in all_demonyms() or w.isupper() for w in words)
                or re.search(r"['’]s\b", name) or any(resolve_country(w) for w in words))


def _subject_group(people: list[tuple[Person, Known]], text: str, before: int) -> list[tuple[Person, Known]]:
    """The people named last before the verb, with those coordinated with them ("A and B visited")."""
    group = [pk for pk in people if pk[0].start < before][-1:]
    for candidate in reversed([pk for pk in people if pk[0].start < before][:-1]):
        if not re.fullmatch(r"\s+and\s+(?:\S+\s+){0,2}", text[candidate[0].end:group[0][0].start]):
            break
        group.insert(0, candidate)
    return group


def _name_after(text: str, start: int, context: VisitContext) -> tuple[Person, Known] | None:
    """An untitled name right after `start` ("hosted Akufo-Addo in Abuja")."""
    match = re.match(rf"\s+(?P<name>{NAME})", text[start:])
    if not match or not _is_person_name(match["name"]):
        return None
    person = Person(match["name"], None, start + match.start("name"), start + match.end("name"))
    return person, context.remember(person, None)


def _visitors(text: str, trigger: re.Match, people: list[tuple[Person, Known]], context: VisitContext):
    """Candidates for the person making the trip, and whether the clause names their host instead."""
    if trigger["verb"] in ("hosted", "received"):
        after = [pk for pk in people if pk[0].start >= trigger.end()][:1] or [_name_after(text, trigger.end(), context)]
        return [pk for pk in after if pk], True
    group = _subject_group(people, text, trigger.start())
    if group:
        return group, False
    bare = _bare_subject(text, trigger.start())
    return ([(bare, context.remember(bare, None))] if bare else []), False


def detect_visit(clause: str, context: VisitContext, previous: Visit | None = None) -> Visit | None:
    """The visit a clause tells of, or a third-country meeting (host None), or None.

    `previous` is a visit told earlier in the same sentence: a clause with a travel verb
    but no subject ("... and returned in 2012 to attend ...") is a new trip of that visitor.
    """
    trigger = next((t for t in TRAVEL_RE.finditer(clause) if not FUTURE_RE.search(clause[: t.start()])), None)
    if trigger is None:
        return None
    people = _people(clause, context)
    candidates, hosted = _visitors(clause, trigger, people, context)
    if not candidates and previous is not None and previous.host_iso3:
        person = Person(previous.visitor_name, previous.visitor_title, 0, 0)
        found = (person, context.remember(person, previous.origin_iso3))
        host, city = _place(clause, trigger.end(), context, people)
        visit = Visit(previous.visitor_name, previous.visitor_title, previous.visitor_role, previous.origin_iso3,
                      host or previous.host_iso3, city if host else previous.city, _occasion(clause), trigger=trigger.start())
        return visit if visit.host_iso3 in context.parties else None
    if not candidates:
        return None
    person, known = candidates[0]
    host, city = _place(clause, trigger.end() if not trigger["verb"].startswith("met") else trigger.start() + 3, context, people)
    if hosted:
        host, city = _place(clause, person.end, context, people)
        host_people = [pk for pk in people if pk[0].start < trigger.start()]
        if host is None and host_people and host_people[-1][1].origin:
            host = host_people[-1][1].origin
    if host is None and context.direction:
        host = context.direction[1]
    if host is None:
        return None
    person, known = next((pk for pk in candidates if pk[1].origin not in (None, host)), candidates[0])
    origin = known.origin or (context.direction[0] if context.direction and context.direction[1] == host else None)
    if host not in context.parties:
        return Visit(person.name, known.title, role_of(known.title), origin or context.parties[0], None, trigger=trigger.start())
    origin = origin or context.other(host)
    if origin == host:
        return None
    known.origin = origin
    title = person.title if person.title and person.title != "counterpart" else known.title
    if title is None and re.search(r"\b(?:successor|predecessor)\s+$", clause[: person.start]) and context.last_visit:
        title = context.last_visit.visitor_title
    if title is None or title == "counterpart":
        title = _counterpart_title(clause, person, people) or title
    city = city or _city_in(clause, trigger.start(), host, people)
    visit = Visit(known.name, title, role_of(title), origin, host, city, _occasion(clause[trigger.start():]), trigger=trigger.start())
    _counterparts(clause, visit, people, context)
    for other, _ in people:
        visited_person = re.search(r"\bvisited\s+$", clause[: other.start])
        if visited_person or (trigger["verb"].startswith("met") and other.start < trigger.start()):
            visit.add_counterpart(other.name, other.title)
    if hosted:
        host_people = [p for p, _ in people if p.start < trigger.start()]
        if host_people:
            visit.add_counterpart(host_people[-1].name, host_people[-1].title)
    for name, _ in visit.counterparts:
        key = fold(name.split()[-1])
        if key in context.people and not context.people[key].origin:
            context.people[key].origin = host
    return visit


def _counterpart_title(clause: str, visitor: Person, people: list[tuple[Person, Known]]) -> str | None:
    """'hosted his Finnish counterpart X': X has the host's title."""
    if visitor.title == "counterpart":
        others = [k.title for p, k in people if p.name != visitor.name and k.title and k.title != "counterpart"]
        return others[0] if others else None
    match = re.search(r"\b(?:first|an?)\s+(?:\w+\s+)?(?P<title>president|prime minister|foreign minister|minister|head of state|speaker)\b", clause, re.I)
    return match["title"] if match else None


def follow_up(sentence: str, context: VisitContext, dated: bool) -> bool:
    """Add counterparts or a city told in the sentence after a visit ("In Athens he met ...").

    A dated sentence is a follow-up only when it says so ("In Cetinje he met ...").
    """
    visit = context.last_visit
    if visit is None or visit.host_iso3 is None:
        return False
    match = FOLLOW_UP_MET_RE.search(sentence)
    at_city = None if dated else re.match(r"^(?:At|In) (?P<place>(?:[A-Z][\w'’-]*\s?)+)", sentence)
    names_visitor = re.search(rf"\b{re.escape(visit.visitor_name.split()[-1])}\b", sentence)
    if not match and not (at_city and names_visitor):
        return False
    who = (match["who"] if match else "").lower()
    if match and who not in ("he", "she", "they") and fold(who) not in fold(visit.visitor_name):
        return False
    place = (match["city"] if match and match["city"] else None) or (at_city["place"] if at_city else None)
    if visit.city is None:
        visit.city = _city_of(place, visit.host_iso3) if place else _city_in(sentence, 0, visit.host_iso3, [])
    _add_met(sentence, visit, context)
    return True


def continue_visit(clause: str, visit: Visit, context: VisitContext) -> bool:
    """A clause after a visit in the same sentence ("..., and met X in Hanoi"): add to the visit."""
    if not CONTINUATION_RE.match(clause):
        return False
    if visit.city is None:
        visit.city = _city_in(clause, 0, visit.host_iso3, _people(clause, context))
    _add_met(clause, visit, context)
    return True


def _city_of(place: str, host: str) -> str | None:
    words = place.split()
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[-count:])
        city = lookup_city(candidate, prefer=[host])
        if city and city.iso3 == host:
            return candidate
    return None


def _add_met(text: str, visit: Visit, context: VisitContext) -> None:
    people = _people(text, context)
    _counterparts(text, visit, people, context)
    for person, _ in people:
        if re.search(rf"{re.escape(person.name)},\s+the\s+", text):
            visit.add_counterpart(person.name, person.title)
