"""Is a dated fact about the pair? The article's own subject unless the text says otherwise.

A relations article tells the pair's story, so a fact counts when it names either party, or
the pair ("the two countries"), or when it names no country at all (timelines, "A consular
agreement followed in 1931"). It does not count when it names only third countries, and
statements and untyped facts need more: both parties (a statement's speaker, an official of
the article's people, names their party), one party while their section names the
other, or no country in a paragraph about the pair, or in a timeline entry of a section about
it ("The missions were raised to embassies"). A fact typed 'other' by a trigger ("closed its
consulate") counts as typed.
A clause whose subject is a third country ("Japanese forces occupied the island") tells that
country's act unless the sentence names both parties. A fact that tells of one country's own
affairs ("joined NATO", "became independent": `own_affairs_cues.csv`) counts only when typed and
naming both parties; a statement of background ("had received") never does.
"""

from __future__ import annotations

import re

import ahocorasick
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.countries import countries
from pipeline.extract.event_types import LEADING_SUBORDINATE_RE
from pipeline.extract.places import same_land
from pipeline.lexicon import PhraseMatcher, load_table

RELATIONS_TYPES = {"recognition", "relations_established", "relations_severed", "relations_restored"}
WEAK_TYPES = {"other", "statement"}
BACKGROUND_RE = re.compile(r"\bhad\s+\w+ed\b")
REPORTED_RE = re.compile(r"\bthat\b.*")
DATED_RE = re.compile(r"\b\d{4}\b")
JOINT_RE = re.compile(r"\b(?:both|together|jointly|simultaneously)\b", re.I)
"""'Both joined the EU', 'Together with Kenya they founded ...': the pair acting together."""
CONTINENT_RE = re.compile(r"\b(?:North|South|Central|Latin|Pan|Anglo|Afro)[ -]\Z")
TRAILING_ADJUNCT_RE = re.compile(r",\s*(?:[\w-]+\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|following|before|since|when)\b[^,;]*", re.I)
"""', a month after the general election', ', when C joined the Schengen area': when the fact was done, not what it was about."""
SUBJECT_LEAD_RE = re.compile(r"(?:(?:in|on|by|during|from|at the end of)\s[^,;]{0,25}?\d{4},?\s+)?(?:the\s+)?\Z", re.I)
"""What may stand before a clause's subject: 'In August 1942 (the) ...'."""
COORDINATION_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)\Z")
PREDICATE_AFTER_RE = re.compile(r"(?:['’]s)?\s+[a-z]")
"""A subject's country is followed by a common word ('Japanese forces', 'Peru's navy'), not a
name it is part of ('the Indian Ocean Commission')."""
MIN_NAME_LENGTH = 4
"""Shorter names and codes ('UK', 'USA') collide with ordinary words and initials."""


@lru_cache(maxsize=1)
def _own_affairs() -> tuple[PhraseMatcher, frozenset[str], frozenset[str]]:
    """Cues of one country's own affairs ("became independent", "joined NATO"): own_affairs_cues.csv,
    the ids of those that only hold for facts no trigger typed, and of those that hold even when
    both parties did it ('both regained their independence in 1991')."""
    rows = load_table("own_affairs_cues", required=("phrase", "scope"))
    untyped_only = frozenset(row["id"] for row in rows if row["scope"] == "untyped")
    parallel = frozenset(row["id"] for row in rows if row["scope"] == "parallel")
    return PhraseMatcher([(row["id"], row["phrase"]) for row in rows]), untyped_only, parallel


@lru_cache(maxsize=1)
def _country_words() -> ahocorasick.Automaton:
    """Every country's names and demonyms in one automaton, each with the countries it names."""
    owners: dict[str, set[str]] = {}
    for country in countries().values():
        for word in (*country.names, *country.demonyms):
            if len(word) >= MIN_NAME_LENGTH:
                owners.setdefault(word, set()).add(country.iso3)
    automaton = ahocorasick.Automaton()
    for word, named in owners.items():
        automaton.add_word(word, (len(word), frozenset(named)))
    automaton.make_automaton()
    return automaton


def _whole_word(text: str, start: int, end: int) -> bool:
    """A name stands alone, or with a plural or possessive ending ('Norway's', 'Chileans'); not
    a language's label ('Portuguese: Ponte da Amizade') nor a continent's ('North American')."""
    if start and text[start - 1].isalnum() or text[end:end + 1] == ":" or CONTINENT_RE.search(text, 0, start):
        return False
    if text[end:end + 1] == "s":
        end += 1
    elif text[end:end + 2] in ("'s", "’s"):
        end += 2
    return not text[end:end + 1].isalnum()


@lru_cache(maxsize=4096)
def third_countries(text: str, parties: tuple[str, str]) -> frozenset[str]:
    """Countries other than the pair that the text names; a word a party shares is the party's."""
    found: set[str] = set()
    for end, (length, named) in _country_words().iter(text):
        start = end + 1 - length
        if _whole_word(text, start, end + 1) and not named & set(parties):
            found |= named
    return frozenset(found)


def _country_spans(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Where the text names countries, in order, the longest name where two overlap."""
    spans = sorted(((end + 1 - length, end + 1, named) for end, (length, named) in _country_words().iter(text)),
                   key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int, frozenset[str]]] = []
    for start, end, named in spans:
        if (not kept or start >= kept[-1][1]) and _whole_word(text, start, end):
            kept.append((start, end, named))
    return kept


def _third_subject(text: str, parties: tuple[str, str]) -> bool:
    """The clause's subject names a third country and not both parties ('Japanese forces
    occupied the island', 'In 1929 Chile and Peru settled ...'): its act, not the pair's."""
    subject: list[frozenset[str]] = []
    last_end = None
    for start, end, named in _country_spans(text):
        lead = COORDINATION_RE if last_end is not None else SUBJECT_LEAD_RE
        if not lead.fullmatch(text, last_end or 0, start):
            break
        subject.append(named)
        last_end = end
    if not subject or not PREDICATE_AFTER_RE.match(text, last_end):
        return False
    party_of = [{party for party in parties if any(same_land(iso3, party) for iso3 in named)} for named in subject]
    return not all(party_of) and set(parties) != set().union(*party_of)


@dataclass(frozen=True)
class Scope:
    """What a fact's sentence, paragraph and section name."""
    named: set[str]          # parties the sentence names
    pair: bool               # "the two countries", "bilateral"
    others: set[str]         # third countries the sentence names
    in_paragraph: set[str]   # parties its paragraph names
    in_section: set[str]     # parties its section names
    parties: tuple[str, str]  # the pair
    officials: set[str] = frozenset()  # parties whose officials the sentence names: a statement's speakers


def _own_words(text: str) -> str:
    """The words of the fact itself: without what was said when the date comes before it ('In
    March 2023 A told the Senate that the two had resolved ...'), since its tense is the speaker's."""
    said = REPORTED_RE.search(text)
    return text[: said.start()] if said and DATED_RE.search(text, 0, said.start()) else text


def relevant(event_type: str, text: str, scope: Scope, untyped: bool = False) -> bool:
    """Is a fact of this type, told in `text`, about the pair? `untyped`: no trigger typed it."""
    if len(scope.named) < 2 and _third_subject(text, scope.parties):
        return False  # 'North Korea established relations with C': a third country's relations
    if event_type in RELATIONS_TYPES:
        return True
    joint = bool(JOINT_RE.search(text))
    unnamed = not scope.named and (not scope.others or joint)
    matcher, untyped_only, parallel = _own_affairs()
    lead = LEADING_SUBORDINATE_RE.match(text) if len(scope.named) == 2 else None
    main_start = lead.end() if lead else 0  # 'After the coup in Bangkok, Copenhagen suspended contacts': its background
    adjuncts = [m.span() for m in TRAILING_ADJUNCT_RE.finditer(text, main_start)]
    cues = {m.id for m in matcher.find(text) if m.start >= main_start and (not joint or m.id in parallel)
            and not any(start <= m.start < end for start, end in adjuncts)}
    weak = event_type in WEAK_TYPES and (event_type != "other" or untyped)
    own_affairs = bool(cues if weak else cues - untyped_only)
    if not weak:
        one_sided = own_affairs and len(scope.named) < 2 and not scope.pair
        return (bool(scope.named) or scope.pair or unnamed) and not one_sided
    about_pair = len(scope.in_paragraph) == 2 or (not scope.in_paragraph and len(scope.in_section) == 2)
    unnamed = unnamed and about_pair
    if own_affairs or BACKGROUND_RE.search(_own_words(text)):
        return False
    named = (scope.named | scope.officials) if event_type == "statement" else scope.named
    if len(named) == 2 or scope.pair or unnamed:
        return True
    return len(named) == 1 and len(scope.in_section) == 2
