"""Where a text names either country of the pair: names, demonyms and capitals."""

from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import CountryInfo

from pipeline.extract.countries import countries

PAIR_RE = re.compile(r"\b(the two|both) (countries|states|governments|nations|peoples|sides|ministries|leaders|prime ministers|presidents|foreign ministers)\b|\bbilateral\b|\beach other\b|\bthe countries\b", re.I)


@lru_cache(maxsize=None)
def capital(iso3: str) -> str | None:
    try:
        return CountryInfo(iso3).capital() or None
    except Exception:  # countryinfo raises its own lookup errors for codes it lacks (XKX)
        return None


@lru_cache(maxsize=None)
def country_pattern(iso3: str) -> re.Pattern:
    """Names and demonyms of one country as one regular expression."""
    country = countries()[iso3]
    words = sorted({*country.names, *country.demonyms, country.name}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words if len(w) > 3) + r")(?:'s)?\b")


class PartyMentions:
    """Finds the two parties of an article in its sentences."""

    def __init__(self, parties: tuple[str, str]):
        self.parties = parties
        self.patterns = {iso3: country_pattern(iso3) for iso3 in parties}
        self.capitals = {iso3: capital(iso3) for iso3 in parties}

    def named(self, text: str) -> set[str]:
        """Parties the text names, by name, demonym or capital city."""
        found = {iso3 for iso3, pattern in self.patterns.items() if pattern.search(text)}
        found |= {iso3 for iso3, city in self.capitals.items() if city and city in text}
        return found

    def concerns_pair(self, sentence: str, block) -> bool:
        """A sentence is about the pair when it names both, or one with the other in its paragraph."""
        if PAIR_RE.search(sentence):
            return True
        in_sentence = self.named(sentence)
        return len(in_sentence) == 2 or (len(in_sentence) == 1 and len(self.named(block.text)) == 2)
