"""Where a text names either country of the pair: names, demonyms and capitals."""

from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import CountryInfo

from pipeline.extract.countries import countries
from pipeline.extract.places import lookup_city

PAIR_RE = re.compile(r"\b(the two|both|the three) (countries|states|governments|nations|peoples|sides|ministries|leaders|prime ministers|presidents|foreign ministers|national teams|neighbours|neighbors)\b|\bbilateral\b|\btwo-way\b|\beach other\b|\bthe countries\b", re.I)
PLACE_NAME_RE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|el|al))*")
PARTY_CITY_MIN_POPULATION = 20_000
"""Cities count as mentions of their country from this size: smaller places' names collide
with ordinary capitalised words too often."""


@lru_cache(maxsize=None)
def capital(iso3: str) -> str | None:
    try:
        return CountryInfo(iso3).capital() or None
    except Exception:  # countryinfo raises its own lookup errors for codes it lacks (XKX)
        return None


def _country_words(iso3: str) -> str:
    country = countries()[iso3]
    words = sorted({*country.names, *country.demonyms, country.name}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words if len(w) > 3)


@lru_cache(maxsize=None)
def country_pattern(iso3: str) -> re.Pattern:
    """Names and demonyms of one country as one regular expression."""
    return re.compile(r"\b(" + _country_words(iso3) + r")(?:s|'s|’s)?\b")


@lru_cache(maxsize=None)
def _country_starts(iso3: str) -> re.Pattern:
    """The words of `country_pattern` without its boundaries: a regex that starts with letters
    is scanned fast, so it finds where `country_pattern` may match."""
    return re.compile(_country_words(iso3))


def names_country(iso3: str, text: str) -> bool:
    """Whether `country_pattern(iso3)` matches in `text`; tried only where one of its words starts."""
    pattern, starts = country_pattern(iso3), _country_starts(iso3)
    position = 0
    while found := starts.search(text, position):
        if pattern.match(text, found.start()):
            return True
        position = found.start() + 1
    return False


@lru_cache(maxsize=65536)
def _party_city(phrase: str, parties: tuple[str, str]) -> str | None:
    """The party whose sizeable city the capitalised phrase names, trying the whole phrase
    first and then without its first words ('President Tirana' names Tirana)."""
    words = phrase.split()
    for begin in range(len(words)):
        city = lookup_city(" ".join(words[begin:]), prefer=parties)
        if city and city.iso3 in parties and city.population >= PARTY_CITY_MIN_POPULATION:
            return city.iso3
    return None


class PartyMentions:
    """Finds the two parties of an article in its sentences."""

    def __init__(self, parties: tuple[str, str]):
        self.parties = parties
        self.capitals = {iso3: capital(iso3) for iso3 in parties}

    def named(self, text: str) -> set[str]:
        """Parties the text names, by name, demonym, capital or a sizeable city."""
        found = {iso3 for iso3 in self.parties if names_country(iso3, text)}
        found |= {iso3 for iso3, city in self.capitals.items() if city and city in text}
        if len(found) < 2:
            found |= self._cities_named(text)
        return found

    def _cities_named(self, text: str) -> set[str]:
        found = {_party_city(match.group(), tuple(self.parties)) for match in PLACE_NAME_RE.finditer(text)}
        return found - {None}

    def pair_named(self, sentence: str) -> bool:
        return bool(PAIR_RE.search(sentence))
