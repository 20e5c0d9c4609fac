"""Diplomatic posts of the two parties in each other's territory, and non-resident accreditation.

Posts are read from three kinds of wording:

- infobox ``Mission1``/``Mission2`` values and bare bullets of a missions section, written as
  a noun phrase: "Albanian embassy, Tel Aviv", "Embassy of Germany in Tirana";
- present-tense clauses anywhere: "X has an embassy in C, a consulate-general in D and
  honorary consulates in A and B", "X maintains a trade representative office in C";
- accreditation: "X is accredited to Y from its embassy in C, Z", "X's embassy in C is
  also accredited to Y".

Only verbs of having and accreditation start a clause, so past or planned posts ("opened an
embassy in 2008", "closed its legation", "intended to reopen an embassy") never match. The
sender is the party a clause's subject names ("Enterprise Estonia" → Estonia); the receiver
is the other party. A post is kept when it stands in the receiver's territory, or in a third
country when the wording ties it to the receiver (accreditation, an infobox line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.countries import fold, resolve_country
from pipeline.extract.mentions import country_pattern
from pipeline.extract.places import lookup_city
from pipeline.extract.sentences import split_sentences
from pipeline.read.article import Article, Block

KINDS = (
    ("honorary_consulate", r"honorary\s+consulates?(?:[- ]general)?|honorary\s+consuls?(?:[- ]general)?"),
    ("consulate_general", r"consulates?[- ]general|deputy\s+high\s+commissions?"),
    ("consulate", r"(?:vice[- ])?consulates?"),
    ("embassy", r"embass(?:y|ies)|high\s+commissions?"),
    ("representative_office",
     r"(?:(?:trade|commercial|economic|business|investment|tourism|liaison)\s+)*representative\s+offices?"
     r"|(?:trade|commercial|economic|business|investment|tourism|liaison)\s+(?:offices?|missions?|representations?)"),
    ("other", r"legations?|diplomatic\s+(?:missions?|offices?)"),
)
"""Mission types and the words for them, most specific first."""

KIND = "(?i:" + "|".join(pattern for _, pattern in KINDS) + ")"
KIND_TYPE_RE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in KINDS), re.I)

UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
"""Capital letters of the Latin scripts, for names like 'Ålesund' or 'Île-de-France'."""
CAPITALISED = rf"{UPPER}[\w'’-]*"
PLACE_RE = re.compile(
    rf"(?:St\.|{CAPITALISED})(?:\s+(?:(?:de|do|da|dos|das|del|della|di|du|el|es|al|am|an|la|le|sur|upon|on)\s+)?{CAPITALISED})*"
)
"""A capitalised place name: 'Tel Aviv', 'São Paulo', 'Frankfurt am Main'."""
INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,}")
"""A qualifier written after a city like a country is: 'Washington, D.C.'."""
RECEIVER = rf"(?P<receiver>(?:the\s+)?{CAPITALISED}(?:[ -][\w'’-]+)*?)"
PLACE_INTRO = r"(?:the\s+(?:city|town|port)\s+of\s+|the\s+capital,?\s+)?"

POST_RE = re.compile(
    rf"(?:(?i:an?|its|their|one|two|three|four|five|several|\d+)\s+)?"
    rf"(?:(?i:resident|new|own|main|permanent|full-fledged)\s+)*"
    rf"(?P<kind>{KIND})\s+(?:located\s+)?in\s+{PLACE_INTRO}"
)
"""One post phrase of a clause's object, up to where its places begin: 'an embassy in '."""

HAVE = (r"(?:(?:also|now|currently|still)\s+)?(?:has|have|maintains?|operates?|keeps?|runs?|(?:is|are)\s+represented\s+by)"
        r"(?:\s+(?:also|now|long|still|since|maintained|had|kept|operated))*")
ACCREDITED_VERB = rf"(?:is|are)\s+(?:also\s+)?(?:accredited|represented)\s+(?:to|in)\s+{RECEIVER}\s+(?:from|through|by|via)"
VERB_RE = re.compile(rf"(?<![\w-])(?:(?P<accredited>{ACCREDITED_VERB})|{HAVE})\s+")
"""A verb that can start a clause naming posts; it does when a post phrase follows."""

POSSESSIVE_RE = re.compile(
    rf"^(?P<subject>.*?)(?:['’]s)?\s+(?P<kind>{KIND})\s+in\s+(?P<places>.+?)\s+"
    rf"(?:is|are)\s+(?:also\s+)?accredited\s+to\s+{RECEIVER}(?:[,.;]|\s+(?:and|as)\b|$)"
)
"""'Albania's embassy in Stockholm is also accredited to Iceland.'"""

NOUN_PHRASE_RE = re.compile(
    rf"^(?:(?i:the)\s+)?(?:(?P<kind_of>{KIND})\s+of\s+(?:the\s+)?(?P<country>[^,]+?)"
    rf"|(?P<adjective>{CAPITALISED}(?:\s+{CAPITALISED})*)\s+(?P<kind>{KIND}))"
    rf"(?:\s*,\s*|\s+in\s+){PLACE_INTRO}(?P<places>{UPPER}.*?)\.?$"
)
"""'Albanian embassy, Tel Aviv', 'Embassy of Germany in Tirana'."""

ALSO_ACCREDITED_RE = re.compile(rf"\baccredited\s+to\s+{RECEIVER}(?:[,.;]|\s+(?:and|as)\b|$)")
CLAUSE_BOUNDARY_RE = re.compile(r"[,;:]\s+(?:(?:and|while|whereas|but)\s+)?|\s+(?:while|whereas|but)\s+")
AND_RE = re.compile(r"\s+and\s+")
NEGATED_RE = re.compile(r"\b(?:not|never|no longer|to|will|would|could|should|may|might)\s*$")
NOT_CURRENT_RE = re.compile(
    r"\b(?:until|till|formerly|previously|no longer|between\s+\d{4})\b|\bfrom\s+\d{4}\s+(?:to|until)\b"
)
PLACES_END_RE = re.compile(r"\s+(?:since|from|which|that|where|headed|led|as|for|to|until|opened|with)\b|\s+in\s+\d|[;()]")
PLACE_SEPARATOR_RE = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)(?:\s+|$)")
PRONOUN_SUBJECTS = {"", "it", "they", "the country"}
MISSIONS_HEADING_RE = re.compile(r"mission|embass|diplomatic|consul", re.I)
"""A heading of the section listing the posts ('Resident diplomatic missions')."""
INFOBOX_KEY_RE = re.compile(r"^mission\s*\d*$", re.I)

RESIDENT, ACCREDITED, LISTED = "resident", "accredited", "listed"
"""How a statement ties a post to the receiver: by standing there ('has an embassy in C'),
by accreditation ('accredited to Y from its embassy in C'), or by being listed as one of
the pair's missions (infobox, missions-section noun phrase)."""


@dataclass(frozen=True)
class Mission:
    sending_iso3: str
    receiving_iso3: str
    mission_type: str      # one of MISSION_TYPES
    city: str              # as written in the article
    city_iso3: str         # country where the post stands
    resident: bool         # False where the sender covers the receiver from a third country
    section: str           # Block.section_path, or 'Infobox'
    char_start: int        # offsets in article.text of the sentence, bullet or infobox line
    char_end: int


@dataclass(frozen=True)
class Statement:
    """One post as the words state it, before its countries are resolved."""

    subject: str              # the words naming the sender
    mission_type: str
    city: str
    city_country: str | None  # ISO3 of an explicit ', Country' after the city
    form: str                 # RESIDENT, ACCREDITED or LISTED
    receiver: str | None = None  # the receiver as the words name it, when they do


def _mission_type(kind: str) -> str:
    return KIND_TYPE_RE.fullmatch(kind).lastgroup


def _city_state(name: str, iso3: str) -> bool:
    """A country name that is also its own capital's name (Singapore, Luxembourg)."""
    city = lookup_city(name)
    return city is not None and city.iso3 == iso3


def _places(text: str) -> list[tuple[str, str | None]]:
    """Cities of a list ('Oulu, Turku and Vaasa'), each with the country written after it."""
    end = PLACES_END_RE.search(text)
    text = text[: end.start()] if end else text
    places: list[tuple[str, str | None]] = []
    for token in PLACE_SEPARATOR_RE.split(text.strip(" ,")):
        if places and INITIALS_RE.fullmatch(token):
            places[-1] = (f"{places[-1][0]}, {token}", places[-1][1])
            continue
        place = PLACE_RE.match(token)
        if not place:
            break
        name = place.group().rstrip(".")
        country = resolve_country(name)
        if country and places and places[-1][1] is None:
            places[-1] = (places[-1][0], country)
        elif country is None or _city_state(name, country):
            places.append((name, None))
        if place.end() < len(token):
            break
    return places


def _statements_of_object(subject: str, text: str, form: str, receiver: str | None) -> list[Statement]:
    """Posts of a clause's object: 'an embassy in C and honorary consulates in A and B'."""
    posts = list(POST_RE.finditer(text))
    if not posts or posts[0].start() != 0:
        return []
    also = ALSO_ACCREDITED_RE.search(text)
    if form == RESIDENT and also:
        form, receiver = ACCREDITED, also["receiver"]
    statements = []
    for post, following in zip(posts, posts[1:] + [None]):
        places = text[post.end(): following.start() if following else len(text)]
        for city, country in _places(places):
            statements.append(Statement(subject, _mission_type(post["kind"]), city, country, form, receiver))
    return statements


def _clause_break(region: str, first: bool) -> tuple[int, int]:
    """Where, in the words before a verb, the clause before ends and the verb's subject begins.

    `region` runs from the previous verb, or from the sentence start when `first`. A bare
    'and' ends a clause only after a first one ('X has … and Y has …'), so that 'X and Y
    have …' keeps both countries in its subject.
    """
    breaks = [*CLAUSE_BOUNDARY_RE.finditer(region), *([] if first else AND_RE.finditer(region))]
    last = max(breaks, key=lambda b: b.end(), default=None)
    if last:
        return last.start(), last.end()
    return (0, 0) if first else (len(region), len(region))


def _clause_statements(sentence: str, subject: str) -> tuple[list[Statement], str]:
    """Posts the clauses of a sentence name; `subject` is the sender's words carried from before.

    A clause with no subject of its own ('… and has an honorary consulate in C') takes the
    one before. Returns the statements and the subject to carry on to the next sentence.
    """
    possessive = POSSESSIVE_RE.match(sentence)
    if possessive:
        return [Statement(possessive["subject"], _mission_type(possessive["kind"]), city, country,
                          ACCREDITED, possessive["receiver"])
                for city, country in _places(possessive["places"])], subject
    verbs = [v for v in VERB_RE.finditer(sentence) if POST_RE.match(sentence, v.end())]
    begins = [0, *(v.end() for v in verbs)]
    breaks = [_clause_break(sentence[begin: verb.start()], i == 0) for i, (begin, verb) in enumerate(zip(begins, verbs))]
    statements: list[Statement] = []
    for i, verb in enumerate(verbs):
        own_subject = sentence[begins[i] + breaks[i][1]: verb.start()].strip()
        if own_subject.lower() not in PRONOUN_SUBJECTS:
            subject = own_subject
        object_end = begins[i + 1] + breaks[i + 1][0] if i + 1 < len(verbs) else len(sentence)
        words = sentence[verb.end(): object_end]
        if NEGATED_RE.search(sentence, 0, verb.start()) or NOT_CURRENT_RE.search(words):
            continue
        form = ACCREDITED if verb["accredited"] else RESIDENT
        statements += _statements_of_object(subject, words, form, verb["receiver"])
    return statements, subject


def _noun_phrase_statements(text: str) -> list[Statement]:
    """Posts of a bare noun phrase: 'Albanian embassy, Tel Aviv', 'Embassy of Albania in Cairo'."""
    match = NOUN_PHRASE_RE.match(text.strip())
    if not match:
        return []
    subject = match["country"] or match["adjective"]
    kind = match["kind_of"] or match["kind"]
    return [Statement(subject, _mission_type(kind), city, country, LISTED)
            for city, country in _places(match["places"])]


def _party(text: str, parties: tuple[str, str]) -> str | None:
    """The one party a phrase names, by name or demonym ('Enterprise Estonia' → EST)."""
    exact = resolve_country(text)
    if exact:
        return exact if exact in parties else None
    named = {iso3 for iso3 in parties if country_pattern(iso3).search(text)}
    return named.pop() if len(named) == 1 else None


def _resolve(statement: Statement, parties: tuple[str, str], section: str, start: int, end: int) -> Mission | None:
    """The mission a statement gives, or None when it is not a post of one party for the other.

    A post in the receiver's territory is resident. One in a third country counts only when
    the words tie it to the receiver: accreditation to it, or a listing among the pair's posts.
    """
    sender = _party(statement.subject, parties)
    if sender is None:
        return None
    receiver = parties[1] if sender == parties[0] else parties[0]
    city_iso3 = statement.city_country
    if city_iso3 is None:
        found = lookup_city(statement.city, prefer=[receiver, sender])
        city_iso3 = found.iso3 if found else None
    if city_iso3 is None and statement.form != ACCREDITED:
        city_iso3 = receiver  # a resident post in a town the gazetteer lacks
    if city_iso3 != receiver:
        accredited_here = statement.form == ACCREDITED and resolve_country(statement.receiver) == receiver
        if city_iso3 in (None, sender) or not (accredited_here or statement.form == LISTED):
            return None
    return Mission(sender, receiver, statement.mission_type, statement.city, city_iso3,
                   city_iso3 == receiver, section, start, end)


def _infobox_missions(article: Article, parties: tuple[str, str]) -> list[Mission]:
    """Posts of the infobox's Mission lines, each with the line's offsets."""
    missions = []
    for entry in article.infobox:
        if INFOBOX_KEY_RE.match(entry.key):
            for statement in _noun_phrase_statements(entry.value):
                missions.append(_resolve(statement, parties, "Infobox", entry.start, entry.end))
    return [m for m in missions if m]


def _block_missions(block: Block, parties: tuple[str, str], in_missions_section: bool) -> list[Mission]:
    """Posts a paragraph or bullet states; a bullet is one statement, with its own offsets."""
    missions = []
    subject = ""
    for sentence in split_sentences(block.text, block.start):
        statements, subject = _clause_statements(sentence.text, subject)
        if not statements and in_missions_section and block.kind == "bullet":
            statements = _noun_phrase_statements(sentence.text)
        start, end = (block.start, block.end) if block.kind == "bullet" else (sentence.start, sentence.end)
        missions += [_resolve(s, parties, block.section_path, start, end) for s in statements]
    return [m for m in missions if m]


def _in_missions_section(block: Block) -> bool:
    return any(MISSIONS_HEADING_RE.search(heading) for heading in block.section)


def extract_missions(article: Article, parties: tuple[str, str]) -> list[Mission]:
    """Every post of either party accredited to the other, once each, in text order.

    A post named more than once (infobox, lead, missions section) keeps the provenance of
    its first mention in a missions section, else of its first mention.
    """
    found = [(m, False) for m in _infobox_missions(article, parties)]
    for block in article.blocks:
        in_section = _in_missions_section(block)
        found += [(m, in_section) for m in _block_missions(block, parties, in_section)]
    chosen: dict[tuple[str, str, str, str], tuple[Mission, bool]] = {}
    for mission, in_section in found:
        key = (mission.sending_iso3, mission.receiving_iso3, mission.mission_type, fold(mission.city))
        if key not in chosen or (in_section and not chosen[key][1]):
            chosen[key] = (mission, in_section)
    return sorted((m for m, _ in chosen.values()), key=lambda m: m.char_start)
