"""Is a dated fact about the pair? The article's own subject unless the text says otherwise.

A relations article tells the pair's story, so a fact counts when it names either party, or
the pair ("the two countries"), or when it names no country at all and stands in a paragraph
about the pair (timelines, "The missions were raised to embassies in 1978"). It does not
count when it names only third countries, and statements and untyped facts need more: both
parties, or one party while their section names the other, unless they tell of one country's
own status ("joined NATO") or of background ("had received").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.countries import countries

RELATIONS_TYPES = {"recognition", "relations_established", "relations_severed", "relations_restored"}
WEAK_TYPES = {"other", "statement"}
BACKGROUND_RE = re.compile(r"\bhad\s+\w+ed\b")
ONE_COUNTRY_RE = re.compile(r"\b(?:joined|became independent|declared (?:its )?independence|applied for membership|(?:a )?member of|non-permanent seat|became an? (?:republic|kingdom|monarchy)|population|elections?)\b")
MIN_NAME_LENGTH = 4
"""Shorter names and codes ('UK', 'USA') collide with ordinary words and initials."""


@lru_cache(maxsize=1)
def _country_words() -> tuple[re.Pattern, dict[str, set[str]]]:
    """One pattern for every country's names and demonyms, and the countries each word names."""
    owners: dict[str, set[str]] = {}
    for country in countries().values():
        for word in (*country.names, *country.demonyms):
            if len(word) >= MIN_NAME_LENGTH:
                owners.setdefault(word, set()).add(country.iso3)
    words = sorted(owners, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")(?=s?\b|['’]s\b)"), owners


def third_countries(text: str, parties: tuple[str, str]) -> set[str]:
    """Countries other than the pair that the text names; a word a party shares is the party's."""
    pattern, owners = _country_words()
    found: set[str] = set()
    for match in pattern.finditer(text):
        named = owners[match.group()]
        if not named & set(parties):
            found |= named
    return found


@dataclass(frozen=True)
class Scope:
    """What a fact's sentence, paragraph and section name."""
    named: set[str]          # parties the sentence names
    pair: bool               # "the two countries", "bilateral"
    others: set[str]         # third countries the sentence names
    in_paragraph: set[str]   # parties its paragraph names
    in_section: set[str]     # parties its section names


def relevant(event_type: str, text: str, scope: Scope) -> bool:
    """Is a fact of this type, told in `text`, about the pair?"""
    if event_type in RELATIONS_TYPES:
        return True
    unnamed = not scope.named and not scope.others and len(scope.in_paragraph) == 2
    if event_type not in WEAK_TYPES:
        return bool(scope.named) or scope.pair or unnamed
    if ONE_COUNTRY_RE.search(text) or BACKGROUND_RE.search(text):
        return False
    if len(scope.named) == 2 or scope.pair or unnamed:
        return True
    return len(scope.named) == 1 and len(scope.in_section) == 2
