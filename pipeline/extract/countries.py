"""Countries: names and demonyms to ISO 3166-1 alpha-3, from maintained packages.

pycountry gives the ISO standard's names; countryinfo adds the common English names
(Russia, Turkey, Ivory Coast), alternative spellings and demonyms. Kosovo, which has no ISO
code, is the user-assigned ``XKX`` that SPEC.md fixes (as the EU and the IMF write it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from countryinfo import all_countries

KOSOVO = ("XKX", "Kosovo", ("Republic of Kosovo",), ("Kosovar", "Kosovan"))
HISTORIC_PREFIXES = ("West ", "Soviet ", "communist ", "Communist ", "the ")
DASH_RE = re.compile(r"\s*[–—]\s*")
HYPHEN_OR_AND_RE = re.compile(r"\s*-\s*|\s+and\s+")


def fold(text: str) -> str:
    """Lower case without accents, for matching names written either way."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    names: frozenset[str]      # every name it goes by, as written
    demonyms: frozenset[str]   # adjectives and nouns: Albanian, Icelandic, Icelander


def _derived_demonyms(name: str) -> set[str]:
    """Regular English adjective forms of a country name (Albania → Albanian)."""
    if name.endswith("a"):
        return {name + "n"}
    if name.endswith(("y", "o")):
        return {name[:-1] + "ian", name[:-1] + "in"}
    if name.endswith("land"):
        return {name + "ic", name[:-4] + "nish"}
    return {name + "ian", name + "i", name + "ese"}


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country by ISO alpha-3."""
    names: dict[str, set[str]] = {}
    demonyms: dict[str, set[str]] = {}
    common: dict[str, str] = {}
    for record in pycountry.countries:
        iso3 = record.alpha_3
        common[iso3] = getattr(record, "common_name", None) or record.name
        names.setdefault(iso3, set()).update(
            n for n in (record.name, getattr(record, "official_name", None), getattr(record, "common_name", None)) if n
        )
    for info in all_countries():
        data = info.info()
        iso3 = (data.get("ISO") or {}).get("alpha3")
        if iso3 not in names or iso3 not in (data.get("altSpellings") or []):
            continue  # constituent parts (Wales) share their state's code: skip them
        common[iso3] = data.get("name") or common[iso3]
        names[iso3].update(n for n in [data.get("name"), *data.get("altSpellings", [])] if n and len(n) > 3)
        demonym = info.demonym() if hasattr(info, "demonym") else None
        if demonym:
            demonyms.setdefault(iso3, set()).add(demonym)
    iso3, name, aliases, kosovo_demonyms = KOSOVO
    common[iso3], names[iso3], demonyms[iso3] = name, {name, *aliases}, set(kosovo_demonyms)

    official = {d for ds in demonyms.values() for d in ds}
    result = {}
    for iso3, country_names in names.items():
        derived = _derived_demonyms(common[iso3]) - official
        result[iso3] = Country(iso3, common[iso3], frozenset(country_names), frozenset(demonyms.get(iso3, set()) | derived))
    return result


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in countries().values():
        for name in country.names:
            index.setdefault(fold(name), country.iso3)
    for country in countries().values():  # the common name wins over other countries' aliases
        index[fold(country.name)] = country.iso3
    return index


def resolve_country(name: str) -> str | None:
    """ISO alpha-3 of a country name ('Iceland', 'the Federal Republic of Germany'), or None."""
    candidate = name.strip().strip(".,;:")
    for prefix in HISTORIC_PREFIXES:
        if candidate.startswith(prefix) and fold(candidate) not in _name_index():
            candidate = candidate[len(prefix):]
    return _name_index().get(fold(candidate))


def _split_title(title: str) -> list[str]:
    """'Guinea-Bissau–Portugal relations' → ['Guinea-Bissau', 'Portugal']."""
    head = re.sub(r"\s+relations\s*$", "", title.strip(), flags=re.IGNORECASE)
    parts = DASH_RE.split(head)
    if len(parts) == 2:
        return parts
    for sep in HYPHEN_OR_AND_RE.finditer(head):
        left, right = head[: sep.start()], head[sep.end():]
        if resolve_country(left) and resolve_country(right):
            return [left, right]
    return [head]


def resolve_parties(title: str, party1: str | None = None, party2: str | None = None) -> tuple[str, str]:
    """The two countries of an article, from the infobox parties or else the title.

    Raises ValueError with a reader-facing reason when they cannot be resolved.
    """
    if party1 and party2:
        names = [party1, party2]
    else:
        names = _split_title(title)
    if len(names) != 2:
        raise ValueError(f"title {title!r} does not name two countries as 'X–Y relations'")
    codes = [resolve_country(n) for n in names]
    unknown = [n for n, c in zip(names, codes) if c is None]
    if unknown:
        raise ValueError(f"unknown country name(s) {', '.join(map(repr, unknown))} in {title!r}")
    if codes[0] == codes[1]:
        raise ValueError(f"both parties resolve to {codes[0]} in {title!r}")
    return codes[0], codes[1]


@lru_cache(maxsize=1)
def all_demonyms() -> frozenset[str]:
    """Every country's demonyms, to tell nationalities from names."""
    return frozenset(d for country in countries().values() for d in country.demonyms)
