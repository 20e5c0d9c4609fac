"""Build the Frictionless Data Package that describes every published file."""

from __future__ import annotations

from pathlib import Path

from pipeline.publish.files import FORMULA_PREFIXES, file_facts
from pipeline.publish.table_schema import table_schema

PACKAGE_NAME = "bilateral-relations"
LICENSES = [{
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution-ShareAlike 4.0 (the licence of the Wikipedia text the facts are taken from)",
}]
CSV_DIALECT = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True, "header": True}


def build_datapackage(release: Path, tables: list[str]) -> dict:
    """The descriptor for the files under `release` (csv/ and parquet/ of each table); its
    `version` is set when it is published (pipeline.publish.release)."""
    resources = []
    for name in tables:
        schema = table_schema(name)
        frictionless = schema.frictionless_schema()
        common = {"title": name, "description": schema.description, "schema": frictionless}
        csv_path = f"csv/{name}.csv"
        resources.append({
            "name": name, "path": csv_path, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "dialect": CSV_DIALECT, **file_facts(release / csv_path), **common,
        })
        parquet_path = f"parquet/{name}.parquet"
        parquet_schema = {k: v for k, v in frictionless.items() if k != "foreignKeys"}
        resources.append({
            "name": f"{name}-parquet", "path": parquet_path, "format": "parquet",
            "mediatype": "application/vnd.apache.parquet", **file_facts(release / parquet_path),
            **common, "schema": parquet_schema,
        })
    return {
        "name": PACKAGE_NAME,
        "title": "Bilateral relations between countries",
        "description": (
            "Events, high-level visits and diplomatic missions of pairs of countries, extracted "
            "from Wikipedia 'X–Y relations' articles. Country codes are ISO 3166-1 alpha-3 (XKX "
            "for Kosovo); dates are EDTF with first and last day. In the CSV files, text cells "
            f"that begin with {' '.join(repr(p) for p in FORMULA_PREFIXES)} are prefixed with an "
            "apostrophe so that spreadsheets do not run them as formulas; Parquet keeps them as written."
        ),
        "licenses": LICENSES,
        "sources": [{"title": "Wikipedia 'X–Y relations' articles", "path": "https://en.wikipedia.org/"}],
        "resources": resources,
    }
