"""Event typing from the reviewed lexicon: trigger phrases → event type and PLOVER category.

`pipeline/lexicon/event_triggers.csv` lists the trigger phrases (matched on lemmas in one
pass) and `event_types.csv` ranks the types: when a clause holds triggers of several types,
the most specific kind of fact wins (a break in relations over an agreement, visas over a
meeting: "agreed to eliminate visas" is a visa fact); between equal ranks, the earlier
trigger decides. The clause's head decides before its complement: when the words of the main
clause (past a leading "After ...,") up to the end of a complement cue (`complement_cues.csv`:
"aimed at", "to discuss", "said that") hold a trigger stronger than "agreed", triggers after
the cue are only the topic ("met ... to discuss road links" is a meeting, "said that X
recognised Y" a statement). A trigger right after a negation cue (`negation_cues.csv`: "refused to
recognise", "did not sign") does not count, nor one inside a compound that names a state of
affairs (`state_compounds.csv`: "the military government", "entered commercial operation"),
nor one that is a word of a longer trigger found there ("contract" in "contract workers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.countries import resolve_country
from pipeline.extract.places import NAME_CONNECTORS, is_city
from pipeline.lexicon import PhraseMatcher, load_table
from pipeline.lexicon.matcher import GAP, Match
from pipeline.lexicon.lemmas import WORD_RE

RECOGNISED_COUNTRY_RE = re.compile(r"\brecogni[sz](?:e|ed|es|ing)\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
ACRONYM_RE = re.compile(r"[A-Z]{2,5}")
"""A state recognised by its initials ('recognised the RVN')."""
COUNTRY_OBJECT_RULE = "recognition.country-object"
NEGATION = "negation."
COMPLEMENT = "complement."
COMPOUND = "compound."
LEADING_SUBORDINATE_RE = re.compile(
    r"^(?:[^:,;]{0,30}:)?\W*(?:[\w-]+\s+(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|following|when|while|as|since|before|until|despite)\b[^,;]*,", re.I)
"""'After Iraq invaded Kuwait in 1990, Qatar condemned ...', 'Two weeks after X, ...': the main clause comes after it."""
PLEDGE_RE = re.compile(r"(?:\W+\w+){0,3}?\W+(?:would|will|shall|(?:was|were|is|are)\s+\w+ing)\b")
"""'declared that Kenya would back the bid', 'announced that he was breaking relations': a
pledge or an act announced as it is done is that act, not its wording."""
WEAK_RANK = 10
"""Rank of triggers too weak to make a clause's head ("agreed")."""
UNTIL_RE = re.compile(r"\buntil\b")
"""'were not resumed until 1970': a negation that tells when it happened."""
NEGATION_REACH = 2
"""How many words may stand between a negation cue and the trigger it negates."""
DATE_GLOSS_RE = re.compile(r"(?<=\d{4}),\s+the\s+(?:[\w-]+\s+){0,2}(?:anniversary|centenary|centennial)\s+of\b[^,;]*")
"""'On 24 February 2024, the second anniversary of the invasion, ...': what the date was, not the fact told."""
PLACE_NAME_RE = re.compile(rf"[A-Z][\w'’-]*(?:\s+(?:(?:{NAME_CONNECTORS})\s+)?[A-Z][\w'’-]*)+")
"""A capitalised name that may hold a trigger word: 'Port of Spain' is a city, not a port."""


@dataclass(frozen=True)
class Typing:
    event_type: str
    rule: str  # the trigger's id
    plover: str | None
    rank: int


@lru_cache(maxsize=1)
def _lexicon() -> tuple[PhraseMatcher, dict[str, Typing], dict[str, Typing], frozenset[str]]:
    types = {row["id"]: row for row in load_table("event_types", required=("rank", "description"))}
    triggers = load_table("event_triggers", required=("phrase", "event_type"))
    typings = {}
    for row in triggers:
        kind = types[row["event_type"]]
        typings[row["id"]] = Typing(row["event_type"], row["id"], row["plover"] or kind["plover"] or None,
                                    int(row["rank"] or kind["rank"]))
    defaults = {name: Typing(name, name, row["plover"] or None, int(row["rank"])) for name, row in types.items()}
    phrases = [(row["id"], row["phrase"]) for row in triggers]
    for prefix, table in ((NEGATION, "negation_cues"), (COMPLEMENT, "complement_cues"), (COMPOUND, "state_compounds")):
        phrases += [(prefix + row["id"], row["phrase"]) for row in load_table(table, required=("phrase",))]
    gapped = frozenset(row["id"] for row in triggers if GAP in row["phrase"])
    return PhraseMatcher(phrases), typings, defaults, gapped


def plover_of(rule: str, event_type: str) -> str | None:
    """The PLOVER category of a trigger, else the default of the event type (frames: visits)."""
    _, typings, defaults, _ = _lexicon()
    return (typings.get(rule) or defaults[event_type]).plover


def _negated(clause: str, start: int, cue_ends: list[int]) -> bool:
    return any(end <= start and len(WORD_RE.findall(clause, end, start)) <= NEGATION_REACH for end in cue_ends)


def _inside_longer(match: Match, spans: list[tuple[int, int]]) -> bool:
    """A trigger that is a word of a longer trigger ('contract' in 'contract workers') gives way to it."""
    return any(start <= match.start and match.end <= end and end - start > match.end - match.start for start, end in spans)


def _in_place_name(clause: str, start: int) -> bool:
    """The trigger opens the name of a city ('Port of Spain')."""
    name = PLACE_NAME_RE.match(clause, start) if clause[start:start + 1].isupper() else None
    return bool(name) and is_city(name.group())


def _recognises_a_country(clause: str) -> bool:
    """'Japan recognised Poland on 1 May 2001', '... recognised South Vietnam': the object is a
    country, or a country's part that was a state of its own."""
    for match in RECOGNISED_COUNTRY_RE.finditer(clause):
        words = match["country"].split()
        if (resolve_country(match["country"]) or ACRONYM_RE.fullmatch(match["country"])
                or (words[0] in COMPASS and resolve_country(" ".join(words[1:])))):
            return True
    return False


SIGNED_DOCUMENT_RE = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|conclu(?:ded|des)|ratif(?:ied|ies))\b[^;]*\b(?:agreement|treaty|memorandum|MoU|accord|convention|protocol)s?\b"
    r"|\b(?:agreement|treaty|memorandum|MoU|accord|convention|protocol)s?\b[^;]*\b(?:was|were|had been) (?:signed|concluded|ratified)\b"
    r"|^\W*(?:[\w-]+[\s:,–]+){0,3}(?:agreement|treaty|memorandum|MoU|accord|convention|protocol)s?\b", re.I)
AGREED_RULES = {"agreement.agree-to", "agreement.agree..to", "agreement.agree-on", "agreement.agree-that"}
"""Triggers of what was agreed (event_triggers.csv): the fact ('the two governments agreed to
open a crossing', 'a ceasefire was agreed', 'announced that it had agreed to'), unless the clause
tells another act first ('met in C and agreed to ...', 'repatriation failed when no one agreed')."""
PASSIVE_END_RE = re.compile(r"\b(?:was|were|been)\s+\Z")
"""Before a passive 'agreed' ('a ceasefire was agreed'): what was agreed is the subject, not another act."""
TOPICS_OF_AGREEMENTS = {"aid", "transport", "trade", "military", "cultural", "migration"}
"""What a signed agreement, or one a list names at its entry's start ('Agreement on air services
– 1995'), may be about: the fact is the document, the topic is not its type."""


def type_clause(clause: str, heads_only: bool = False) -> Typing | None:
    """The typing of a clause by its highest-ranked trigger, or None when none fires; with
    `heads_only`, triggers after a complement cue never count (a visit "to discuss trade")."""
    matcher, typings, defaults, gapped = _lexicon()
    matches = matcher.find(clause)
    cues = [m.end for m in matches if m.id.startswith(NEGATION) and not UNTIL_RE.search(clause, m.end)]
    compounds = [(m.start, m.end) for m in matches if m.id.startswith(COMPOUND)]
    phrases = [(m.start, m.end) for m in matches if m.id in typings and m.id not in gapped]
    found = [(typings[m.id], m.start) for m in matches
             if m.id in typings and not _negated(clause, m.start, cues) and not _in_place_name(clause, m.start)
             and not _inside_longer(m, phrases)
             and not any(start <= m.start < end for start, end in compounds)]
    glosses = [m.span() for m in DATE_GLOSS_RE.finditer(clause)]
    told = [hit for hit in found if not any(start <= hit[1] < end for start, end in glosses)]
    found = told or found
    complement = next((m.end for m in matches if m.id.startswith(COMPLEMENT) and not PLEDGE_RE.match(clause, m.end)
                       and not any(start <= m.start < end for start, end in compounds)), len(clause))
    lead = LEADING_SUBORDINATE_RE.match(clause)
    main_start = lead.end() if lead else 0
    main = [hit for hit in found if main_start <= hit[1] < complement]
    head = [hit for hit in main if hit[0].rank > WEAK_RANK]
    found = head or (main if heads_only else found)
    if _recognises_a_country(clause):
        found.append((Typing("recognition", COUNTRY_OBJECT_RULE, defaults["recognition"].plover,
                             defaults["recognition"].rank), 0))
    if not found:
        return None
    best, at = min(found, key=lambda hit: (-hit[0].rank, hit[1]))
    before = [hit for hit in found if hit[1] < at and hit[0].event_type != "statement"]
    if best.rule in AGREED_RULES and before and not PASSIVE_END_RE.search(clause, 0, at):
        best = min(before, key=lambda hit: (-hit[0].rank, hit[1]))[0]  # 'met in C and agreed to ...': the meeting
    if best.event_type in TOPICS_OF_AGREEMENTS and SIGNED_DOCUMENT_RE.search(clause):
        # 'a development cooperation agreement was signed': what was done is signing
        return next((typing for typing, _ in found if typing.event_type == "agreement"), best)
    return best


def classify(clause: str) -> str | None:
    """The event type of a clause, or None when no trigger fires."""
    typing = type_clause(clause)
    return typing.event_type if typing else None
