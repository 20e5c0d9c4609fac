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

from pipeline.extract.context import Known, VisitContext, is_person_name, people_in
from pipeline.extract.countries import fold
from pipeline.extract.destinations import city_in, city_of, occasion_in, place_of
from pipeline.extract.people import NAME, Person, role_of

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
MET_LIST_RE = re.compile(r"\b(?:met(?: with)?|talks with|called on|hosted by|received (?:in [A-Z][\w-]+(?: [A-Z][\w-]+)* )?by|(?:he|she) and|meeting(?=\s+[A-Z])|where (?:he|she)(?:,| and))\s+(?=(?P<names>(?:[^.;]|(?<=\b[A-Z])\.){1,200}))")
MAX_LISTED = 4
"""How many comma- or 'and'-separated items after 'met' are read for names."""
WITH_NAME_RE = re.compile(rf"\bwith\s+(?P<name>{NAME})")
INVITER_RE = re.compile(rf"\bat (?P<name>{NAME})['’]s invitation")
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


def _bare_subject(text: str, before: int) -> Person | None:
    """A full name without a title at the start of the clause ("Lulzim Basha travelled")."""
    head = text[:before]
    match = re.search(rf"(?:^|,\s+|when\s+|(?:successor|predecessor)\s+|^\w+ \d{{4}},?\s+)(?P<name>{NAME})\s+(?:\w+\s+){{0,8}}$", head)
    if not match:
        return None
    name = match["name"]
    next_to_verb = not head[match.end("name"):].strip()
    if (len(name.split()) < 2 and not next_to_verb) or not is_person_name(name):
        return None
    return Person(name, None, match.start("name"), match.end("name"))


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
        if len(match["name"].split()) >= 2 and is_person_name(match["name"]):
            visit.add_counterpart(match["name"].rstrip(".,"), None)
    for match in MET_LIST_RE.finditer(text):
        for chunk in re.split(r",\s+(?:and\s+)?|\s+and\s+", match["names"])[:MAX_LISTED]:
            named = [p for p, _ in people if p.name.split()[-1] in chunk.split()]
            bare = re.match(rf"(?:the\s+)?(?P<name>{NAME})", chunk.strip())
            if named:
                visit.add_counterpart(named[0].name, named[0].title)
            elif bare and len(bare["name"].split()) >= 2 and is_person_name(bare["name"]):
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
    if not match or not is_person_name(match["name"]):
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
    people = people_in(clause, context)
    candidates, hosted = _visitors(clause, trigger, people, context)
    if not candidates and previous is not None and previous.host_iso3:
        person = Person(previous.visitor_name, previous.visitor_title, 0, 0)
        found = (person, context.remember(person, previous.origin_iso3))
        host, city = place_of(clause, trigger.end(), context, people)
        visit = Visit(previous.visitor_name, previous.visitor_title, previous.visitor_role, previous.origin_iso3,
                      host or previous.host_iso3, city if host else previous.city, occasion_in(clause), trigger=trigger.start())
        return visit if visit.host_iso3 in context.parties else None
    if not candidates:
        return None
    person, known = candidates[0]
    host, city = place_of(clause, trigger.end() if not trigger["verb"].startswith("met") else trigger.start() + 3, context, people)
    if hosted:
        host, city = place_of(clause, person.end, context, people)
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
    city = city or city_in(clause, trigger.start(), host, people)
    visit = Visit(known.name, title, role_of(title), origin, host, city, occasion_in(clause[trigger.start():]), trigger=trigger.start())
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
        visit.city = city_of(place, visit.host_iso3) if place else city_in(sentence, 0, visit.host_iso3, [])
    _add_met(sentence, visit, context)
    return True


def continue_visit(clause: str, visit: Visit, context: VisitContext) -> bool:
    """A clause after a visit in the same sentence ("..., and met X in Hanoi"): add to the visit."""
    if not CONTINUATION_RE.match(clause):
        return False
    if visit.city is None:
        visit.city = city_in(clause, 0, visit.host_iso3, people_in(clause, context))
    _add_met(clause, visit, context)
    return True


def _add_met(text: str, visit: Visit, context: VisitContext) -> None:
    people = people_in(text, context)
    _counterparts(text, visit, people, context)
    for person, _ in people:
        if re.search(rf"{re.escape(person.name)},\s+the\s+", text):
            visit.add_counterpart(person.name, person.title)
