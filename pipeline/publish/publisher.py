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
import pyarrow.parquet as pq

from pipeline.cache import ReleaseTables
from pipeline.memory import release_memory
from pipeline.publish.bundle import write_checksums
from pipeline.publish.changelog import RowChanges, render_changelog, render_entry, row_changes
from pipeline.publish.charts import COLUMNS as CHART_COLUMNS, write_charts
from pipeline.publish.datapackage import PACKAGE_NAME, build_datapackage
from pipeline.publish.dictionary import render_dictionary
from pipeline.publish.duckdb_file import DUCKDB_FILE, patch_duckdb, write_duckdb
from pipeline.publish.files import file_sha256, sort_arrow, splice_csv, write_csv, write_json, write_parquet
from pipeline.publish.licences import LICENSE_TEXT, render_attribution
from pipeline.publish.release import (
    failing_clearly, is_unchanged, latest_descriptor, link_contract_paths, next_version, publish_release,
    remove_stale_staging, staged_bundle, staged_folder,
)
from pipeline.publish.release_docs import render_citation_cff, render_readme
from pipeline.publish.row_diff import RowDiff, row_diff
from pipeline.publish.schema_diff import same_tables, schema_changes
from pipeline.publish.table_schema import table_schema
from pipeline.publish.zip_writer import write_zip


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


@dataclass(frozen=True)
class Previous:
    """The latest release (its folder and datapackage.json); for each of its tables that has the columns and types of this
    release's, what changed in it row by row, and the columns that the DuckDB file's patch
    and the charts read (the rest is let go table by table)."""

    folder: Path
    descriptor: dict
    hashes: dict[str, str]
    tables: dict[str, pyarrow.Table]
    diffs: dict[str, RowDiff]


def _kept_columns(name: str) -> list[str]:
    schema = table_schema(name)
    keys = [*schema.primary_key, *(field for key in schema.foreign_keys for field in key["fields"])]
    return list(dict.fromkeys([*keys, *CHART_COLUMNS.get(name, [])]))


def _latest(outputs: Path) -> Previous | None:
    """The latest release, with the sha256 of its Parquet files, before anything is compared."""
    descriptor = latest_descriptor(outputs)
    if descriptor is None:
        return None
    hashes = {r["name"].removesuffix("-parquet"): r.get("fileHash", "").removeprefix("sha256:")
              for r in descriptor["resources"] if r.get("format") == "parquet"}
    return Previous((outputs / "latest").resolve(), descriptor, hashes, {}, {})


def _compared(previous: Previous | None, name: str, table: pyarrow.Table, kept: ReleaseTables) -> RowDiff | None:
    """The row diff of `table` against the latest release's (kept in `previous`), if they have
    the same columns and types."""
    path = previous.folder / "parquet" / f"{name}.parquet" if previous else None
    if path is None or not path.is_file() or not pq.read_schema(path).equals(table.schema, check_metadata=False):
        return None
    old = kept.load(name, previous.hashes.get(name, ""))
    if old is None:
        old = pq.read_table(path, use_threads=False)  # one column decoded at a time: less memory at once
    previous.diffs[name] = row_diff(table, old, list(table_schema(name).primary_key))
    previous.tables[name] = old.select(_kept_columns(name))
    return previous.diffs[name]


def _stage_tables(tables: dict[str, pyarrow.Table], folder: Path,
                  outputs: Path) -> tuple[dict[str, pyarrow.Table], Previous | None]:
    """Each table sorted, with its schema, and written; a CSV of the latest release is spliced
    with the fresh rows rather than written whole."""
    previous, kept, staged = _latest(outputs), ReleaseTables(outputs / ".cache"), {}
    for name, table in tables.items():
        schema, csv, parquet = table_schema(name), *(folder / kind / f"{name}.{kind}" for kind in ("csv", "parquet"))
        staged[name] = sort_arrow(table, schema)
        write_parquet(staged[name], parquet)
        diff = _compared(previous, name, staged[name], kept)
        kept.save(name, staged[name], file_sha256(parquet))
        if not (diff and splice_csv(staged[name], schema, previous.folder / "csv" / f"{name}.csv", diff, csv)):
            write_csv(staged[name], schema, csv)
        release_memory()  # the previous table and the CSV text, let go
    return staged, previous


def _write_text(folder: Path, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def _row_changes(name: str, table: pyarrow.Table, previous: Previous | None) -> RowChanges:
    """The keys added, removed and changed since the latest release: from the row diff, or
    compared as text where the table's columns or types changed."""
    diff = previous.diffs.get(name) if previous else None
    if diff is None:
        return row_changes(name, table, previous.folder / "parquet" / f"{name}.parquet" if previous else None)
    return RowChanges(table.num_rows, diff.added, diff.removed, diff.changed)


def _write_documents(folder: Path, descriptor: dict, staged: dict[str, pyarrow.Table], articles: pd.DataFrame,
                     previous: Previous | None) -> None:
    """Changelog (against the latest release), readme, citation and licences."""
    version, day = descriptor["version"], descriptor["created"][:10]
    latest = previous.descriptor if previous else None
    changes = {name: _row_changes(name, table, previous) for name, table in staged.items()}
    schema = schema_changes(latest, descriptor) if latest else []
    entry = render_entry(version, day, latest and latest["version"], changes, schema)
    _write_text(folder, {
        "CHANGELOG.md": render_changelog(entry, previous and previous.folder, latest and latest["version"]),
        "README.md": render_readme(version, day, {name: table.num_rows for name, table in staged.items()}),
        "CITATION.cff": render_citation_cff(version, day),
        "LICENSE.md": LICENSE_TEXT,
        "ATTRIBUTION.md": render_attribution(articles),
    })


def publish(tables: dict[str, pyarrow.Table], staging: Path, outputs: Path,
            log: Callable[[str], None] = print) -> Publication:
    """Stage every file of a release from `tables` (in publication order) and publish it,
    unless its tables equal the latest release's."""
    folder = staged_folder(staging)
    with failing_clearly(staging, outputs):
        staged, previous = _stage_tables(tables, folder, outputs)
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
        if previous and len(previous.diffs) == len(staged) and (previous.folder / DUCKDB_FILE).is_file() \
                and same_tables(previous.descriptor, descriptor):
            patch_duckdb(previous.folder / DUCKDB_FILE, folder / DUCKDB_FILE, staged, previous.tables, previous.diffs)
        else:
            write_duckdb(staged, folder / DUCKDB_FILE)
        release_memory()
        write_charts(staged, folder / "charts", previous and (previous.tables, previous.folder))
        _write_documents(folder, descriptor, staged, articles, previous)
        write_checksums(folder)
        latest_zip = previous.folder.with_name(f"{previous.folder.name}.zip") if previous else None
        write_zip(folder, staged_bundle(staging), f"{PACKAGE_NAME}-{version}", created,
                  outputs / ".cache" / "zip_chunks.parquet", latest_zip)
        release = publish_release(staging, outputs, version)
        remove_stale_staging(outputs)
    return Publication(version, True, release, rows)
