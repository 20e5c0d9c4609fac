"""Countries: names and demonyms to ISO 3166-1 alpha-3, from maintained packages.

pycountry gives the ISO standard's names; countryinfo adds the common English names
(Russia, Turkey, Ivory Coast), alternative spellings and demonyms. Former countries come from
ISO 3166-3 (pycountry's ``historic_countries``): one whose numeric code lives on in a current
country was renamed, and its names join that country (Burma → MMR, Zaire → COD); one whose
numeric code ended keeps its former alpha-3 (USSR → SUN, Yugoslavia → YUG, the GDR → DDR,
Czechoslovakia → CSK, Serbia and Montenegro → SCG). Names and demonyms that no package has
(Soviet Union, DPRK, Vatican City, Macedonia, Soviet, Yugoslav) are the reviewed table
``pipeline/lexicon/country_aliases.csv``. Kosovo, which has no ISO code, is the user-assigned
``XKX`` that SPEC.md fixes (as the EU and the IMF write it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from countryinfo import all_countries

from pipeline.lexicon import load_table

KOSOVO = ("XKX", "Kosovo", ("Republic of Kosovo",), ("Kosovar", "Kosovan"))
HISTORIC_PREFIXES = ("West ", "Soviet ", "communist ", "Communist ", "the ", "The ")
QUALIFIED_RE = re.compile(r"(?P<name>[^()]+?)\s*\((?P<qualifier>[^()]+)\)")
DASH_RE = re.compile(r"\s*[–—]\s*")
HYPHEN_OR_AND_RE = re.compile(r"\s*-\s*|\s+and\s+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, for matching names written either way (cached: the same
    names are folded in every sentence)."""
    if text.isascii():  # nothing to decompose
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    names: frozenset[str]      # every name it goes by, as written
    demonyms: frozenset[str]   # adjectives and nouns: Albanian, Icelandic, Icelander


def _derived_demonyms(name: str) -> set[str]:
    """Regular English adjective forms of a one-word country name (Albania → Albanian)."""
    if " " in name:
        return set()
    if name.endswith("a"):
        return {name + "n"}
    if name.endswith(("y", "o")):
        return {name[:-1] + "ian", name[:-1] + "in"}
    if name.endswith("land"):
        return {name + "ic", name[:-4] + "nish"}
    return {name + "ian", name + "i", name + "ese"}


def _iso_names(record) -> set[str]:
    """A record's names, inverted where ISO writes them 'Burma, Socialist Republic of the Union of'."""
    names = set()
    for field in ("name", "official_name", "common_name"):
        value = re.sub(r"\s*\(.*?\)", "", getattr(record, field, None) or "")
        head, _, rest = value.partition(", ")
        rest = rest.rpartition(", ")[2]
        names.update((head, f"{rest} {head}" if rest.endswith(" of") else rest if " " in rest else ""))
    return {name for name in names if name}


def _historic(names: dict[str, set[str]], common: dict[str, str]) -> None:
    """Former countries (ISO 3166-3): renamed ones join their successor, ended ones keep their code."""
    by_numeric = {record.numeric: record.alpha_3 for record in pycountry.countries}
    known = {_key(name) for country_names in names.values() for name in country_names}
    for record in pycountry.historic_countries:
        successor = by_numeric.get(getattr(record, "numeric", None))
        new_names = {name for name in _iso_names(record) if _key(name) not in known}
        if successor:
            names[successor].update(new_names)
        elif new_names and record.alpha_3 not in names:
            names[record.alpha_3] = new_names
            common[record.alpha_3] = min(new_names, key=len)


def _saint_variants(names: set[str]) -> set[str]:
    """'Saint Lucia' is also written 'St Lucia' and 'St. Lucia'."""
    return {f"{short} {name[6:]}" for name in names if name.startswith("Saint ") for short in ("St", "St.")}


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country by ISO alpha-3, former countries included."""
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
        common[iso3] = re.sub(r"\s*\(.*?\)", "", data.get("name") or common[iso3])
        names[iso3].update(n for n in [data.get("name"), *data.get("altSpellings", [])] if n and len(n) > 3)
        demonym = info.demonym() if hasattr(info, "demonym") else None
        if demonym:
            demonyms.setdefault(iso3, set()).update(d.strip() for d in demonym.split(","))
    derived = {iso3: _derived_demonyms(name) for iso3, name in common.items()}
    _historic(names, common)
    iso3, name, aliases, kosovo_demonyms = KOSOVO
    common[iso3], names[iso3], demonyms[iso3] = name, {name, *aliases}, set(kosovo_demonyms)
    for row in load_table("country_aliases", required=("iso3", "alias", "kind")):
        if row["kind"] == "not_name":
            names[row["iso3"]].discard(row["alias"])
            continue
        (names if row["kind"] == "name" else demonyms).setdefault(row["iso3"], set()).add(row["alias"])

    official = {d for ds in demonyms.values() for d in ds}
    return {
        iso3: Country(iso3, common[iso3], frozenset(country_names | _saint_variants(country_names)),
                      frozenset(demonyms.get(iso3, set()) | (derived.get(iso3, set()) - official)))
        for iso3, country_names in names.items()
    }


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in countries().values():
        for name in country.names:
            index.setdefault(_key(name), country.iso3)
    for country in countries().values():  # the common name wins over other countries' aliases
        index[_key(country.name)] = country.iso3
    return index


def _key(name: str) -> str:
    """A name as the index holds it: folded, without dots, hyphens as spaces ('U.S.' is 'US')."""
    return fold(name).replace(".", "").replace("-", " ")


def resolve_country(name: str) -> str | None:
    """ISO alpha-3 of a country name ('Iceland', 'the Federal Republic of Germany'), or None."""
    candidate = name.strip().strip(",;:")
    for prefix in HISTORIC_PREFIXES:
        if candidate.startswith(prefix) and _key(candidate) not in _name_index():
            candidate = candidate[len(prefix):]
    return _name_index().get(_key(candidate))


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


def _resolve_written(name: str) -> str | None:
    """A country name as an infobox writes it, also 'Republic of China (Taiwan)'."""
    code = resolve_country(name)
    qualified = QUALIFIED_RE.fullmatch(name.strip())
    if code is None and qualified:
        code = resolve_country(qualified["name"]) or resolve_country(qualified["qualifier"])
    return code


def _parties(names: list[str], title: str) -> tuple[str, str]:
    if len(names) != 2:
        raise ValueError(f"title {title!r} does not name two countries as 'X–Y relations'")
    codes = [_resolve_written(n) for n in names]
    unknown = [n for n, c in zip(names, codes) if c is None]
    if unknown:
        raise ValueError(f"unknown country name(s) {', '.join(map(repr, unknown))} in {title!r}")
    if codes[0] == codes[1]:
        raise ValueError(f"both parties resolve to {codes[0]} in {title!r}")
    return codes[0], codes[1]


def resolve_parties(title: str, party1: str | None = None, party2: str | None = None) -> tuple[str, str]:
    """The two countries of an article, from the infobox parties, else (or when those do not
    resolve) from the title.

    Raises ValueError with a reader-facing reason when they cannot be resolved.
    """
    if party1 and party2:
        try:
            return _parties([party1, party2], title)
        except ValueError as infobox_error:
            try:
                return _parties(_split_title(title), title)
            except ValueError:
                raise infobox_error from None
    return _parties(_split_title(title), title)


@lru_cache(maxsize=1)
def all_demonyms() -> frozenset[str]:
    """Every country's demonyms, to tell nationalities from names."""
    return frozenset(d for country in countries().values() for d in country.demonyms)


@lru_cache(maxsize=None)
def is_former_country(iso3: str) -> bool:
    """A country that no longer exists (ISO 3166-3: the USSR, Yugoslavia, the GDR)."""
    return iso3 != "XKX" and pycountry.countries.get(alpha_3=iso3) is None


@lru_cache(maxsize=1)
def territories() -> dict[str, dict[str, str]]:
    """Each dependent territory's sovereign state, and which of the two a city there is counted in:
    dependent_territories.csv."""
    rows = load_table("dependent_territories", required=("territory_iso3", "sovereign_iso3", "city_country"))
    return {row["territory_iso3"]: row for row in rows}
