"""Write a whole release from the checked tables and switch it into place (see release.py).

Everything is written into the run's staging folder first: Parquet and CSV, datapackage.json
and the data dictionary, the DuckDB file, the charts, README, CITATION.cff, licences,
CHANGELOG.md, SHA256SUMS, then the ZIP. Only a complete release is moved to
releases/<version>/ and made `latest`; a build whose tables equal the latest release's
publishes nothing.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import pandas as pd
import pyarrow

from pipeline.publish.bundle import write_checksums, write_zip
from pipeline.publish.changelog import render_changelog, render_entry, row_changes
from pipeline.publish.charts import COLUMNS as CHART_COLUMNS, write_charts
from pipeline.publish.datapackage import PACKAGE_NAME, build_datapackage
from pipeline.publish.dictionary import render_dictionary
from pipeline.publish.duckdb_file import DUCKDB_FILE, write_duckdb
from pipeline.publish.files import sort_arrow, to_arrow, write_csv, write_json, write_parquet
from pipeline.publish.licences import LICENSE_TEXT, render_attribution
from pipeline.publish.release import (
    failing_clearly, is_unchanged, latest_descriptor, link_contract_paths, next_version, publish_release,
    remove_stale_staging, staged_bundle, staged_folder,
)
from pipeline.publish.release_docs import render_citation_cff, render_readme
from pipeline.publish.schema_diff import schema_changes
from pipeline.publish.table_schema import table_schema


@dataclass(frozen=True)
class Publication:
    version: str
    published: bool
    release: Path
    rows: dict[str, int]


def release_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds: the same bytes from the same input)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return now.replace(microsecond=0)


def _stage_tables(tables: dict[str, pd.DataFrame | pyarrow.Table], folder: Path) -> dict[str, pyarrow.Table]:
    """Each table sorted, with its schema, and written."""
    staged = {}
    for name, table in tables.items():
        schema = table_schema(name)
        staged[name] = sort_arrow(table, schema) if isinstance(table, pyarrow.Table) else to_arrow(table, schema)
        write_parquet(staged[name], folder / "parquet" / f"{name}.parquet")
        write_csv(staged[name], schema, folder / "csv" / f"{name}.csv")
        pyarrow.default_memory_pool().release_unused()  # the text of the CSV, let go
    return staged


def _write_text(folder: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def _write_documents(folder: Path, descriptor: dict, staged: dict[str, pyarrow.Table], articles: pd.DataFrame,
                     outputs: Path) -> None:
    """Changelog (against the latest release), readme, citation and licences."""
    version, day = descriptor["version"], descriptor["created"][:10]
    previous = latest_descriptor(outputs)
    latest = (outputs / "latest").resolve() if previous else None
    changes = {name: row_changes(name, table, latest / "parquet" / f"{name}.parquet" if latest else None)
               for name, table in staged.items()}
    schema = schema_changes(previous, descriptor) if previous else []
    entry = render_entry(version, day, previous and previous["version"], changes, schema)
    _write_text(folder, {
        "CHANGELOG.md": render_changelog(entry, latest, previous and previous["version"]),
        "README.md": render_readme(version, day, {name: table.num_rows for name, table in staged.items()}),
        "CITATION.cff": render_citation_cff(version, day),
        "LICENSE.md": LICENSE_TEXT,
        "ATTRIBUTION.md": render_attribution(articles),
    })


def publish(tables: dict[str, pd.DataFrame | pyarrow.Table], staging: Path, outputs: Path,
            log: Callable[[str], None] = print) -> Publication:
    """Stage every file of a release from `tables` (in publication order) and publish it,
    unless its tables equal the latest release's."""
    folder = staged_folder(staging)
    with failing_clearly(staging, outputs):
        staged = _stage_tables(tables, folder)
        rows = {name: table.num_rows for name, table in staged.items()}
        log("staged " + ", ".join(f"{name} ({count} rows)" for name, count in rows.items()))
        articles = staged["articles"].to_pandas()
        descriptor = build_datapackage(folder, list(staged), articles)
        dictionary = render_dictionary()
        if is_unchanged(descriptor, dictionary, outputs):
            shutil.rmtree(staging)
            link_contract_paths(outputs)  # restores a link a user removed
            remove_stale_staging(outputs)
            version = latest_descriptor(outputs)["version"]
            return Publication(version, False, (outputs / "releases" / version), rows)
        created = release_time()
        version = next_version(descriptor, outputs)
        descriptor = {"name": descriptor["name"], "title": descriptor["title"], "version": version,
                      "created": created.isoformat().replace("+00:00", "Z"), **descriptor}
        write_json(descriptor, folder / "datapackage.json")
        _write_text(folder, {"data_dictionary.md": dictionary})
        log(f"release {version}: writing {DUCKDB_FILE}, charts, readme, changelog, licences")
        write_duckdb(staged, folder / DUCKDB_FILE)
        pyarrow.default_memory_pool().release_unused()
        write_charts({name: staged[name].select(columns).to_pandas() for name, columns in CHART_COLUMNS.items()},
                     folder / "charts")
        _write_documents(folder, descriptor, staged, articles, outputs)
        write_checksums(folder)
        write_zip(folder, staged_bundle(staging), f"{PACKAGE_NAME}-{version}", created)
        release = publish_release(staging, outputs, version)
        remove_stale_staging(outputs)
    return Publication(version, True, release, rows)
