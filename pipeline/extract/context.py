"""What an article has told so far, for reading its visits: the people named (with their
titles and countries), the direction of the current section, and the last visit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Collection

import ahocorasick

from pipeline.extract.countries import all_demonyms, fold, resolve_country
from pipeline.extract.dates import MONTHS
from pipeline.extract.mentions import PartyMentions, names_country
from pipeline.extract.people import (LEADERS, NAME, NOT_PERSON_RE, STOP_WORDS, TITLE_WORDS, Person, country_of_title, role_of,
                                     surname_of, titled_people)
from pipeline.extract.places import City, lookup_city
from pipeline.lexicon import load_table
from pipeline.lexicon.lemmas import is_english_form

if TYPE_CHECKING:
    from pipeline.extract.visits import Visit

DIRECTION_RE = re.compile(r"\bfrom (?P<origin>.+?) to (?P<host>.+)$", re.I)
ONE_WAY_RE = re.compile(r"\bvisits? (?:(?P<to>to|in)|from|by) (?P<place>.+)$", re.I)
"""'Visits to Asunción', 'Visits from Taiwan': a heading that names one end of its visits."""
VISITS_HEADING_RE = re.compile(r"\bvisits?\b", re.I)
COUNTERPART_RE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<qualifiers>(?:[\w-]+\s+){{0,3}})counterparts?,?\s+(?P<name>{NAME})")
THE_TITLE_RE = re.compile(
    r"\b[Tt]he (?:new |incoming |then )?(?:(?P<adjective>(?-i:[A-Z][\w-]+)) )?(?P<title>(?i:king|queen|emperor|empress|emir|sultan|shah|crown prince(?:ss)?|president|prime minister|chancellor|premier|sovereign|monarch|leader))\b(?! of)")
MONARCH = "(?:king|queen|emperor|empress|emir|sultan|shah|monarch)"
"""'the sovereign', 'the monarch': whichever reigning title the article gave the person."""
LEADER = rf"(?:{MONARCH[3:-1]}|president|prime minister|premier|chancellor)"
"""'the Indonesian leader': whoever of that country last held a leading title."""
PREPOSITIONS = {"of", "for", "to", "with", "by", "from", "at"}
TITLE_MODIFIERS = {"the", "then", "former", "new", "acting", "interim", "deputy", "vice", "late", "future", "first", "its", "their"}
"""Lower-case words that may stand between a country's name and its official's title."""
SUBJECT_WITHIN = 40
"""A person named this near the start of a sentence is what the sentence is about."""
OBJECT_BEFORE_RE = re.compile(r"\b(?:of|by|with|to|for)\s+(?:\S+\s+){0,2}$")
BARE_SUBJECT_RE = re.compile(rf"(?P<name>{NAME}),?\s+[a-z]")
PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
NAME_RE = re.compile(rf"(?<![\w'’-])(?P<name>{NAME})")
TITLE_IN_RE = re.compile(rf"^(?:His|Her)\b|\b{TITLE_WORDS}\b")
"""A capitalised run with a title ('His Majesty Sultan Qaboos') is no untitled full name."""
_SUBJECT_VERB = (r"(?:(?:was|had|has|formed|became|led|took|won|succeeded|replaced)\b"
                 r"|(?:went|came|flew|travell?ed|arrived)\s+(?:to|in|into|back|on)\b)")
"""What an untitled name opening a sentence does as its subject: holds an office, or travels
(not 'Royal Air Maroc flew Mobutu to Rabat': a company's flight takes an object)."""
TRIP_OWNER_RE = re.compile(r"(?P<owner>[A-Z][\w-]+)['’]s\s+(?:[a-z-]+\s+){0,2}(?:journey|voyage|visit|trip|tour|stay)\b")
"""'Tito's long journey to Asia': whose trip a sentence tells, the 'he' of the next."""
LEADING_NAME_RE = re.compile(rf"(?:[A-Z][^,;()]{{0,80}},\s+|(?:After|When|Once|Before|While|As)\s+)?(?P<name>{NAME})\s+(?:[a-z]+\s+)?{_SUBJECT_VERB}")
SENTENCE_SPAN = 1_000_000
"""More characters than a sentence holds: a mention's place in the text is sentence × span + offset."""
PLACE_NAME_MIN_POPULATION = 100_000
"""A part of a person's name that is also the name of a city this size is read as the city."""
HAMLET_MAX_POPULATION = 5_000
"""A village this small that bears a full name ('Pedro Sánchez') does not stop it naming a person."""
INITIAL_RE = re.compile(r"[A-Z]\.")
"""An initial ('Dwight D. Eisenhower'), not an acronym."""
REGNAL_RE = re.compile(r"[IVX]{1,5}")
REGION_ADJECTIVES = frozenset(row["word"] for row in load_table("region_adjectives", required=("word",)))
"""A regnal number after a monarch's name ('Hassan II'), not an acronym."""


@dataclass
class Known:
    """A person met earlier in the article."""

    name: str
    title: str | None
    origin: str | None
    role: str | None = None  # a role told without a title ("made a state visit")
    seen: int = 0  # when the article last named them, for 'the king' and 'the president'
    last_trip: Visit | None = field(default=None, compare=False, repr=False)  # their latest visit so far


class VisitContext:
    """What the sentences before tell: people, the section's direction, the last visit."""

    def __init__(self, parties: tuple[str, str], mentions: PartyMentions):
        self.parties = parties
        self.mentions = mentions
        self.people: dict[str, Known] = {}
        self.direction: tuple[str, str] | None = None
        self.bullet = False  # the current block is an item of a list
        self.visit_list = False  # under a heading of visits ('High-level visits')
        self.table_header: list[str | None] | None = None  # the fields of the columns of a table of visits
        self.section: tuple[str, ...] = ()
        self.last_visit: Visit | None = None
        self.subject: Known | None = None  # the person the current sentence is about
        self.named_people: list[Known] = []  # the people the current sentence names
        self.previous_subject: Known | None = None  # and the one before: 'he' of this sentence
        self.hosted: tuple[str, str | None, str | None] | None = None  # the party, city and event hosted, told in this sentence
        self.sentences: list[str] = []  # read so far, for the full name of a person met by one word
        self._forms: tuple[tuple[str, ...], ahocorasick.Automaton, dict[str, Known | tuple[Known, ...]]] | None = None

    def enter_block(self, section: tuple[str, ...], bullet: bool = False) -> None:
        self.direction, self.bullet = None, bullet
        if section != self.section:
            self.section, self.table_header = section, None
            holder = HOLDER_HEADING_RE.match(section[-1]) if section else None
            if holder:  # '===Premiership of A (1979–1990)===': 'the Prime Minister' under it is A
                self.remember(Person(holder["name"], HELD_OFFICES[holder["office"]], 0, 0), None)
        self.visit_list = bullet and any(VISITS_HEADING_RE.search(heading) for heading in section)
        match = DIRECTION_RE.search(section[-1]) if section else None
        if match:
            origin, host = resolve_country(match["origin"]), resolve_country(match["host"])
            if {origin, host} == set(self.parties):
                self.direction = (origin, host)
        one_way = ONE_WAY_RE.search(section[-1]) if section and not match else None
        party = self._party_of_place(one_way["place"]) if one_way else None
        if party:
            self.direction = (self.other(party), party) if one_way["to"] else (party, self.other(party))
        elif section and not match and (party := self._party_of_city(section[-1])):
            self.direction = (self.other(party), party)  # '==Kathmandu==': the trips told under it went there
        if not section:
            self.last_visit = None

    def _party_of_place(self, place: str) -> str | None:
        """The party a heading's place names: the country, or one of its cities."""
        iso3 = resolve_country(place)
        if iso3 is None:
            city = lookup_city(place, prefer=self.parties)
            iso3 = city.iso3 if city else None
        return iso3 if iso3 in self.parties else None

    def _party_of_city(self, heading: str) -> str | None:
        """The party whose city a heading is, alone or after 'In' ('==Kathmandu==', '==In Beijing==')."""
        place = re.sub(r"^In\s+", "", heading.strip())
        if len(place.split()) > 3 or resolve_country(place) or not place[:1].isupper():
            return None
        city = lookup_city(place, prefer=self.parties)
        return city.iso3 if city and city.iso3 in self.parties and city.name == place else None

    def other(self, iso3: str) -> str:
        return self.parties[1] if iso3 == self.parties[0] else self.parties[0]

    def origin_of_title(self, text_before: str, before_name: bool = False) -> str | None:
        """The party whose demonym or name is written just before a title (not a city: 'a
        visit to Ottawa by President X'); `before_name`: text before a person, where a verb
        or other lower-case word ends the words that can name the country."""
        words = text_before.split()[-3:]
        cut = max((i + 1 for i, w in enumerate(words) if w in PREPOSITIONS or w.endswith((",", ";"))
                   or (before_name and w.islower() and w not in TITLE_MODIFIERS)), default=0)  # 'C met President A': not C's
        words = " ".join(words[cut:])  # 'the Portuguese part of King A', 'When a storm hit C, President A': not C's
        found = {iso3 for iso3 in self.mentions.parties if names_country(iso3, words)}
        return next(iter(found)) if len(found) == 1 else None

    def remember(self, person: Person, origin: str | None) -> Known:
        """Record a person under their surname, keeping the fullest name and a real title.

        A short form of a long name met before ('Mishal Al-Ahmad') is that person."""
        words = person.name.split()
        if len(words) == 1 and fold(person.name) not in self.people:
            full = self.full_name(person.name)
            if full:
                person, words = replace(person, name=full), full.split()
        longer = [k for k in self.people.values() if len(k.name.split()) > len(words) and k.name.split()[: len(words)] == words]
        longer = longer[0] if len(longer) == 1 or (longer and len(words) >= 2) else None
        key = fold(person.surname)
        namesake = self.people.get(key)
        if namesake and len(words) >= 2 and not set(words) <= set(namesake.name.split()) | {"the"}:
            key = fold(person.name)  # another person of the same surname (Manmohan and Rajnath Singh)
        known = longer or self.people.setdefault(key, Known(person.name, None, None))
        if len(person.name) > len(known.name):
            known.name = person.name
        if person.title and (known.title in (None, "counterpart") or person.title != "counterpart"):
            known.title = person.title  # the latest office held
        origin = origin or country_of_title(person.title)  # 'the Taoiseach, A B'
        if origin and not known.origin:
            known.origin = origin
        if not known.role and len(known.name.split()) >= 2 and REGNAL_RE.fullmatch(known.name.split()[-1]):
            known.role = "royalty"  # 'Felipe VI', 'Harald V': a monarch named by a regnal number
        self.mark_seen(known, person.start)
        return known

    def mark_seen(self, known: Known, start: int) -> None:
        """Where a person was last named, in the order of the text (not of reading: a clause read
        again later does not make its people the latest named)."""
        known.seen = max(known.seen, len(self.sentences) * SENTENCE_SPAN + start)

    def full_name(self, word: str) -> str | None:
        """The untitled full name, read earlier, that one word stands for ('Lula' after 'to see
        Luiz Inácio Lula da Silva sworn in'), when only one name read so far holds that word."""
        full = {name for sentence in self.sentences if word in sentence
                for name in _untitled_names(sentence) if word in _name_parts(name)}
        return next(iter(full)) if len(full) == 1 else None

    def longer_name(self, name: str) -> str | None:
        """The one untitled name read earlier that `name` opens ('Mohamed bin Zayed' for 'Mohamed
        bin Zayed Al Nahyan'), when a name of several words is written short."""
        words = name.split()
        longer = {full for sentence in self.sentences if name in sentence for full in _untitled_names(sentence)
                  if len(full.split()) > len(words) and full.split()[: len(words)] == words}
        return next(iter(longer)) if len(words) > 1 and len(longer) == 1 else None

    def read_people(self, sentence: str) -> None:
        """Record the people a sentence names with a title, dated or not, in the registry, and
        the person it is about: named at its start, or the same person again as 'he' or 'she'
        (not when it opens with someone else's untitled name)."""
        self.sentences.append(sentence)
        people = people_in(sentence, self)
        named = self._untitled_subject(sentence, people)
        if named:
            people = sorted([*people, named], key=lambda pk: pk[0].start)
        self._successors(sentence, people)
        self._counterpart_of(sentence, people)
        self.named_people = [known for _, known in people]
        self.previous_subject = self.subject
        opening = [k for p, k in people if p.start < SUBJECT_WITHIN and not OBJECT_BEFORE_RE.search(sentence[: p.start])]
        bare = BARE_SUBJECT_RE.match(sentence)
        pronoun = PRONOUN_RE.search(sentence, 0, people[0][0].start if people else len(sentence))
        last = self.last_visit.person if self.last_visit and self.last_visit.host_iso3 else None
        carried = (self.subject or last) if pronoun and not (bare and is_full_name(bare["name"])) else None
        self.subject = opening[0] if opening else carried
        trip = TRIP_OWNER_RE.search(sentence) if "'s " in sentence or "’s " in sentence else None
        traveller = (_known_at(people, trip.start("owner")) or self._named_before(trip["owner"])) if trip else None
        if traveller and not any(p.start == 0 for p, _ in people):  # "... began with A's journey to Asia. He arrived in C"
            self.subject = traveller

    def _successors(self, sentence: str, people: list[tuple[Person, Known]]) -> None:
        """'A B, who followed C in 2015, ...': an untitled successor holds the office of the
        person succeeded, of the same country."""
        for match in SUCCEEDED_RE.finditer(sentence) if "ucceeded" in sentence or "followed" in sentence else ():
            after, before = _known_at(people, match.start("before")), _known_at(people, match.start("name"))
            if after and not before and is_full_name(match["name"]):
                before = self._remember_named(match)
            if not (after and before) or after is before or before.title not in (None, "counterpart"):
                continue
            _take_office(after, before)
        for match in SUCCESSOR_RE.finditer(sentence) if "successor" in sentence else ():
            owner = (self.subject if match["pronoun"] else  # 'Ko's successor': a person named before by surname
                     _known_at(people, match.start("owner")) or self.people.get(fold(match["owner"])))
            named = _known_at(people, match.start("name"))
            if owner is None or not (named or is_full_name(match["name"])):
                continue
            successor = named or self._remember_named(match)
            if successor is not owner and successor.title in (None, "counterpart"):
                _take_office(owner, successor)  # 'His successor, A B, decided to go': A B holds his office

    def _named_before(self, word: str) -> Known | None:
        """The person an untitled full name read before stands for, in the registry ('Tito' for 'Josip Broz Tito')."""
        name = is_surname(word) and self.full_name(word)
        return self.remember(Person(name, None, 0, 0), None) if name else None

    def _remember_named(self, match: re.Match) -> Known:
        """The untitled person of a match's 'name' group, in the registry."""
        return self.remember(Person(match["name"], None, match.start("name"), match.end("name")), None)

    def _counterpart_of(self, sentence: str, people: list[tuple[Person, Known]]) -> None:
        """'A and his Surinamese counterpart B', 'A met her counterpart B': A, named just
        before, is of the other party than B, and B holds A's office."""
        for match in COUNTERPART_RE.finditer(sentence) if "counterpart" in sentence else ():
            other = _known_at(people, match.start("name"))
            before = [k for p, k in people if p.end <= match.start()]
            if other is None or not before or before[-1] is other:
                continue
            met = before[-1]
            if other.origin in self.parties:
                met.origin = met.origin or self.other(other.origin)
            office = met.role or role_of(met.title)
            if other.title in (None, "counterpart") and office != "other":
                other.role = other.role or office  # 'A received by his counterpart B': B holds A's office

    def _untitled_subject(self, sentence: str, people: list[tuple[Person, Known]]) -> tuple[Person, Known] | None:
        """An untitled full name that a sentence is about ('After the election, A B formed
        a government'), remembered so that a later mention by surname is the same person."""
        match = LEADING_NAME_RE.match(sentence)
        if not match or any(p.start <= match.start("name") < p.end for p, _ in people):
            return None
        name = match["name"]
        if not is_full_name(name):
            return None
        person = Person(name, None, match.start("name"), match.end("name"))
        return person, self.remember(person, None)

    def written_forms(self) -> tuple[ahocorasick.Automaton, dict[str, Known | tuple[Known, ...]]]:
        """One automaton of every way the people met so far may be written (rebuilt when the
        registry's names change: far cheaper than compiling one long regex each time)."""
        names = tuple(k.name for k in self.people.values())
        if self._forms is None or self._forms[0] != names:
            forms = _written_forms(self.people.values())
            automaton = ahocorasick.Automaton()
            for form in forms:
                automaton.add_word(form, form)
            if forms:
                automaton.make_automaton()
            self._forms = (names, automaton, forms)
        return self._forms[1], self._forms[2]

    def pair_holders(self, roles: str) -> list[Known]:
        """One person of each party holding an office of `roles` ('the two presidents'), named
        last; none unless both parties have one."""
        holders = [self._last_holder(party, PAIR_ROLES[roles.lower()]) for party in self.parties]
        return holders if all(holders) else []

    def holder(self, party: str, role: str | None) -> Known | None:
        """The person of `party` last named in a leader's office of `role`."""
        return self._last_holder(party, {role}) if role in LEADERS else None

    def _last_holder(self, party: str, roles: Collection[str]) -> Known | None:
        """The person of `party` last named in one of these roles."""
        return max((k for k in self.people.values() if k.origin == party and (k.role or role_of(k.title)) in roles),
                   key=lambda k: k.seen, default=None)

    def party_of_role(self, title: str | None) -> str | None:
        """The one party whose people met so far hold this office: in an article where only
        one side has had a prime minister, a 'Prime Minister' of unknown country is theirs."""
        role = role_of(title) if title and title != "counterpart" else None
        parties = {k.origin for k in self.people.values() if k.origin in self.parties and role_of(k.title) == role}
        return next(iter(parties)) if role not in (None, "other") and len(parties) == 1 else None

    def in_sentence(self, clause: str) -> tuple[str, int]:
        """The sentence being read and where `clause` starts in it (-1 when it is not there)."""
        sentence = self.sentences[-1] if self.sentences else ""
        return sentence, sentence.find(clause)

    def titled(self, title: str, adjective: str | None = None, besides: list[Known] = ()) -> Known | None:
        """The person last named with this title ('the king'), else with a leader's title of the same
        role ('the premier': the President of the Council of Ministers), of the country an adjective
        names ('the Portuguese president'), other than `besides`."""
        others = [k for k in self.people.values() if not any(k is other for other in besides)]
        role = role_of(title)
        holders = ([k for k in others if k.title and re.search(rf"\b{title}\b", k.title, re.I)]
                   or [k for k in others if k.title and role in LEADERS and role_of(k.title) == role])
        if adjective:
            countries = self.mentions.named(adjective)
            if not countries:
                return None
            holders = [k for k in holders if k.origin in countries] or [  # 'the Armenian premier': A, who travelled untitled
                k for k in others if k.origin in countries and _travelled_as(k, role)]
        return max(holders, key=lambda k: k.seen, default=None)


def _travelled_as(known: Known, role: str) -> bool:
    """Whether the person's last trip was in that role, or untitled in a leader's."""
    if known.last_trip is None:
        return False
    told = known.last_trip.visitor_role
    return told == role or (told is None and role in LEADERS)


HOLDER_HEADING_RE = re.compile(rf"(?P<office>Premiership|Presidency|Chancellorship)\s+of\s+(?P<name>{NAME})")
HELD_OFFICES = {"Premiership": "Prime Minister", "Presidency": "President", "Chancellorship": "Chancellor"}
SUCCESSOR_RE = re.compile(rf"\b(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>[A-Z][\w-]+)['’]s)\s+(?:own\s+)?successor,?\s+(?P<name>{NAME})")
"""'His successor, A B', 'C's own successor A B': A B took the office of the person before."""
SUCCEEDED_RE = re.compile(rf"(?P<name>{NAME}),?\s+(?:who\s+)?(?:had\s+)?(?:succeeded|followed)\s+(?P<before>{NAME})")
JOINED_ARTICLE_RE = re.compile(r"(?:al|el|ad|as|ash|ud|ul)-(?P<rest>[A-Z]\w+)$")
OF_COUNTRY_RE = re.compile(r"\s+of\s+(?P<words>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
THE_TWO_RE = re.compile(r"\b[Tt]he two (?P<roles>presidents|prime ministers|foreign ministers|leaders|heads of state|heads of government)\b")
"""'the two presidents met in C': the latest holder of the office in each party."""
PAIR_ROLES = {
    "presidents": ("head_of_state",), "prime ministers": ("head_of_government",), "foreign ministers": ("foreign_minister",),
    "leaders": ("head_of_state", "head_of_government"), "heads of state": ("head_of_state", "royalty"),
    "heads of government": ("head_of_government",),
}


def _titled_within(text: str, context: VisitContext) -> list[Person]:
    """The titled people of a clause: those read in its sentence that lie inside it (a clause is
    read several times; its sentence's people are found once)."""
    sentence, offset = context.in_sentence(text)
    if offset < 0:
        return titled_people(text)
    end = offset + len(text)
    return [replace(p, start=p.start - offset, end=p.end - offset) for p in titled_people(sentence)
            if offset <= p.start and p.end <= end]


def _appositive_origin(span: str, title: str | None, context: VisitContext) -> str | None:
    """'A, the Dutch minister for development cooperation,': the party named before a title written after the name."""
    at = span.rfind(title) if title else -1
    return context.origin_of_title(span[:at]) if at > 0 else None


def people_in(text: str, context: VisitContext) -> list[tuple[Person, Known]]:
    """Titled people, and people named earlier in the article, in text order."""
    found: list[tuple[Person, Known]] = []
    for person in _titled_within(text, context):
        if NOT_PERSON_RE.search(person.name):
            continue
        of_country = OF_COUNTRY_RE.match(text, person.end)  # "President A B of Ecuador"
        origin = ((context.origin_of_title(of_country["words"]) if of_country else None)
                  or context.origin_of_title(text[: person.start], before_name=True) or context.origin_of_title(person.title or "")
                  or context.origin_of_title((person.title or "").split(" of ")[0])  # 'Brazilian head of state'
                  or _appositive_origin(text[person.start: person.end], person.title, context)
                  or _delegation_origin(text[: person.start], context))
        known = context.remember(person, origin)
        found.append((person, known))
    written_titled = len(found)
    taken = [(p.start, p.end) for p, _ in found]
    for match in COUNTERPART_RE.finditer(text) if "counterpart" in text else ():
        name = match["name"].rstrip(".,")
        if not any(s <= match.start("name") < e for s, e in taken) and not NOT_PERSON_RE.search(name):
            origin = next(iter(context.mentions.named(match["qualifiers"])), None)
            person = Person(name, "counterpart", match.start(), match.start("name") + len(name))
            found.append((person, context.remember(person, origin)))
            taken.append((person.start, person.end))
    automaton, forms = context.written_forms()
    for start, end in _leftmost_longest(text, automaton) if forms else ():
        written, known = text[start:end], forms[text[start:end]]
        if isinstance(known, tuple):
            known = max(known, key=lambda k: k.seen)
        overlaps = any(s <= start < e or start <= s < end for s, e in taken)
        partial = " " not in written or written != known.name  # 'Kim Jong' of 'Kim Jong Un' is not Kim Jong Il
        if not overlaps and not (partial and (_part_of_other_name(text, start, end) or _given_name_before(text, start, known))):
            found.append((Person(known.name, known.title, start, end), known))
            taken.append((start, end))
            context.mark_seen(known, start)
    for match in THE_TITLE_RE.finditer(text):
        title = match["title"].lower()
        if title == "leader" and not match["adjective"]:
            continue  # 'the leader' alone names no one
        later = [k for p, k in found[:written_titled] if p.start > match.start()]  # 'the king ..., where King B received him
        wanted = MONARCH if title in ("sovereign", "monarch") else LEADER if title == "leader" else match["title"]
        known = context.titled(wanted, match["adjective"], later)
        if known and not any(s < match.end() and match.start() < e for s, e in taken):  # not 'the A prime minister, B,'
            found.append((Person(known.name, known.title, match.start(), match.end()), known))
    for match in THE_TWO_RE.finditer(text) if "two" in text else ():
        if not any(s <= match.start() < e for s, e in taken):
            found += [(Person(k.name, k.title, match.start(), match.end()), k) for k in context.pair_holders(match["roles"])]
    return sorted(found, key=lambda pk: pk[0].start)


LED_DELEGATION_RE = re.compile(r"\b(?P<whose>[^.;]{0,40}?)\bdelegation\s+(?P<from>(?:from|of)\s+[^.;]{1,40}?\s+)?(?:led|headed)\s+by\s+\Z")
"""What comes before the leader of a delegation: whose delegation it is, or where it came from."""


def _delegation_origin(before: str, context: VisitContext) -> str | None:
    """'A delegation from East Berlin led by A', 'the Polish delegation, headed by A': its country."""
    led = LED_DELEGATION_RE.search(before) if "delegation" in before else None
    named = context.mentions.named(led["from"] or led["whose"]) if led else set()
    return next(iter(named)) if len(named) == 1 else None


def _known_at(people: list[tuple[Person, Known]], offset: int) -> Known | None:
    """The person whose written name covers `offset`, if any."""
    return next((k for p, k in people if p.start <= offset < p.end), None)


def _take_office(predecessor: Known, successor: Known) -> None:
    """An untitled successor holds the office of the person succeeded, of the same country."""
    successor.role = successor.role or predecessor.role or (role_of(predecessor.title) if predecessor.title else None)
    successor.origin = successor.origin or predecessor.origin


def _written_forms(people) -> dict[str, Known]:
    """How people named in full may be written later: in full, by surname, by the first or
    last two of a long name ('Mishal Al-Ahmad', 'Peña Nieto'), or by any other part of the name
    ('Lula' for Luiz Inácio Lula da Silva, 'Hailemariam', a family name of two letters written first:
    'Xi'), unless it names a place too ('Israel'
    of Israel Katz). A part that several people bear ('Lee' of Lee Kuan Yew and Lee Hsien Loong)
    maps to all of them: it is whichever was named last."""
    forms: dict[str, Known | tuple[Known, ...]] = {}
    shared: dict[str, set[str]] = {}  # surnames and short forms ('Singh', 'bin Zayed')
    owners: dict[str, set[str]] = {}
    for known in people:
        words = known.name.split()
        forms[known.name] = known
        for form in {*_surname_forms(words), *([" ".join(words[:2]), " ".join(words[-2:])] if len(words) > 2 else [])}:
            shared.setdefault(form, set()).add(known.name)
        for index, word in enumerate(words[:-1]):
            family_first = index == 0 and len(word) == 2 and word.isalpha()  # 'Xi' of Xi Jinping, 'Ho' of Ho Chi Minh
            if (len(word) >= 3 or family_first) and word[0].isupper() and not _names_a_place(word):
                owners.setdefault(word, set()).add(known.name)
    by_name = {k.name: k for k in people}
    for form, names in (*shared.items(), *owners.items()):
        if form not in forms:
            forms[form] = by_name[next(iter(names))] if len(names) == 1 else tuple(by_name[n] for n in sorted(names))
    return forms


def _surname_forms(words: list[str]) -> list[str]:
    """The last word of a name, and without its joined article ('Sisi' of el-Sisi, 'Burhan' of al-Burhan);
    the word before a regnal number ('Selassie' of Haile Selassie I, not 'I')."""
    surname = surname_of(" ".join(words))
    joined = JOINED_ARTICLE_RE.match(surname)
    return [surname, joined["rest"]] if joined else [surname]


def _name_parts(name: str) -> list[str]:
    """The words of a name, its surname also without a joined article."""
    words = name.split()
    return words[:-1] + _surname_forms(words)


@lru_cache(maxsize=4096)
def _untitled_names(sentence: str) -> tuple[str, ...]:
    """The untitled full names of a sentence, read once however often they are looked up."""
    names = (_without_opening_word(m["name"].rstrip(".,")) for m in NAME_RE.finditer(sentence))
    return tuple(n for n in names if " " in n and is_full_name(n) and not TITLE_IN_RE.search(n))


def _without_opening_word(name: str) -> str:
    """'Under Jawaharlal Nehru' → 'Jawaharlal Nehru': a capitalised preposition is no given name."""
    first, _, rest = name.partition(" ")
    return rest if first in STOP_WORDS and rest else name


@lru_cache(maxsize=4096)
def _names_a_place(word: str) -> bool:
    """A country or a sizeable city ('Israel', 'Jordan'); not a village that shares a name ('Lula')."""
    city = lookup_city(word)
    return bool(resolve_country(word) or (city and city.population >= PLACE_NAME_MIN_POPULATION))


def _leftmost_longest(text: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int]]:
    """Spans of the automaton's words standing as whole words, not overlapping, each the longest
    at the leftmost place left (what a regex alternation of them, longest first, finds)."""
    spans = sorted(((end + 1 - len(word), end + 1) for end, word in automaton.iter(text)),
                   key=lambda span: (span[0], -span[1]))
    found, reached = [], 0
    for start, end in spans:
        if start >= reached and _word_edge(text, start) and _word_edge(text, end):
            found.append((start, end))
            reached = end
    return found


def _word_edge(text: str, at: int) -> bool:
    """A regex word boundary (\\b) at `at`."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def _part_of_other_name(text: str, start: int, end: int) -> bool:
    """'Paz' in 'La Paz' is a place, not the person Rodrigo Paz; 'Edmond' in 'Edmond Panariti'
    is another person than the Edmond named before."""
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[:start])
    after = re.match(r"\s+(\w)", text[end:])
    return bool((after and after[1].isupper()) or (before and lookup_city(f"{before[1]} {text[start:end]}")))


def _given_name_before(text: str, start: int, known: Known) -> bool:
    """'Anwar' before 'Ibrahim', a monarch known by that one name ('Sultan Ibrahim'), or 'Isaac'
    before 'Herzog' when Chaim Herzog was named: another person, named in full; not a title, a
    word that opens a sentence or a nationality."""
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[:start])
    if before is None or (" " not in known.name and role_of(known.title) != "royalty"):
        return False
    word, names = before[1], known.name.split()
    if len(names) > 1 and (word in names or is_english_form(word)):
        return False  # 'Did Karimov return the visit?'
    return not (re.fullmatch(TITLE_WORDS, word, re.I) or word in STOP_WORDS or word in MONTHS
                or word in all_demonyms() or resolve_country(word)) and is_full_name(f"{word} {names[-1]}")


def is_full_name(name: str) -> bool:
    """An untitled full name ('Ana Lima'), not a phrase that opens a sentence ('In Lima') nor a
    month before a name ('in September al-Burhan')."""
    words = name.split()
    return len(words) >= 2 and words[0] not in STOP_WORDS and words[0] not in MONTHS and is_person_name(name)


def is_surname(word: str) -> bool:
    """A single word that may name a person: not a country, a sizeable city ('Jordan',
    'Lima'), a nationality or an institution; a village's name may be a surname ('Arévalo')."""
    return not (NOT_PERSON_RE.search(word) or _names_a_place(word) or word.isupper()
                or word.removesuffix("s") in all_demonyms() or word in REGION_ADJECTIVES or word in ("The", "A", "An"))


def _hamlet_named_like_a_person(town: City, words: list[str]) -> bool:
    """'Pedro Sánchez' is also a village of 1,600 people: a full name that only a village bears is a person's."""
    return len(words) >= 2 and town.population < HAMLET_MAX_POPULATION


def is_person_name(name: str) -> bool:
    """Not an institution, a country, a place or a nationality ('The Japanese', 'Samoans')."""
    words = name.rstrip(".,").split()
    if len(words) >= 2 and REGNAL_RE.fullmatch(words[-1]):  # 'Hassan II': a regnal number, not an acronym
        words = words[:-1]
    town = lookup_city(name.rstrip(".,"))
    return not (NOT_PERSON_RE.search(name) or resolve_country(name) or (town and not _hamlet_named_like_a_person(town, words))
                or words[0] in ("The", "A", "An") or any(w in all_demonyms() or w.removesuffix("s") in all_demonyms() or w in REGION_ADJECTIVES
                                                         or (w.isupper() and not INITIAL_RE.fullmatch(w)) for w in words)
                or re.search(r"['’]s\b", name) or any(resolve_country(w) for w in words)
                or any(f"{a} {b}" in all_demonyms() for a, b in zip(words, words[1:])))  # 'Saint Lucian', 'New Zealander'
