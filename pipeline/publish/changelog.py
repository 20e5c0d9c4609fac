"""CHANGELOG.md of a release: its entry (rows added, removed and changed per table against the
previous release, by primary key, and any schema change) above the previous release's entries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow
import pyarrow.parquet as pq

from pipeline.publish.schema_diff import SchemaChange
from pipeline.publish.table_schema import table_schema

HEADER = """# Changelog

Every release of the dataset, newest first. Rows are compared with the previous release by each
table's primary key: added, removed, or changed (same key, another value in a column both have).
Versions: a breaking schema change (a table or column removed, a type, vocabulary or key changed)
is the next major version; new or changed rows, new columns or tables the next minor one.
"""
FIRST_RELEASE_IDS = (
    "Article ids are slugs of the title made by python-slugify, which transliterates every letter "
    "(Łódź → `lodz`, Straße → `strasse`, other scripts romanised). The unversioned builds before "
    "the first release dropped letters that have no unaccented form (Łódź → `odz`, Straße → "
    "`stra-e`) and titles in other scripts, so the ids of such articles, and of their events, "
    "visits and missions (which begin with the article id), differ from those builds."
)
SHOWN = 20
"""Keys named per table and kind of change; the rest are counted."""


@dataclass(frozen=True)
class RowChanges:
    """A table's rows, and the keys added, removed and changed since the previous release."""

    rows: int
    added: list[str]
    removed: list[str]
    changed: list[str]


def _keyed(rows: str, key: list[str]) -> str:
    """The rows of `rows` with their key as text ('a / b' for a key of two columns)."""
    joined = " || ' / ' || ".join(f'CAST("{k}" AS VARCHAR)' for k in key)
    return f"SELECT {joined} AS __key, * FROM {rows}"


def row_changes(name: str, table: pyarrow.Table, previous: Path | None) -> RowChanges:
    """The keys added, removed and changed in `table` since the previous release's Parquet file,
    compared as text column by column in DuckDB (which streams the old file: no copy of
    either table in memory)."""
    if previous is None or not previous.is_file():
        return RowChanges(table.num_rows, [], [], [])
    key = list(table_schema(name).primary_key)
    old_columns = set(pq.read_schema(previous).names)
    differs = " OR ".join(f'CAST(n."{c}" AS VARCHAR) IS DISTINCT FROM CAST(o."{c}" AS VARCHAR)'
                          for c in table.column_names if c in old_columns)
    with duckdb.connect() as db:
        db.register("new_rows", table)
        db.execute(f"CREATE VIEW old_rows AS SELECT * FROM read_parquet('{_quoted(previous)}')")
        new, old = _keyed("new_rows", key), _keyed("old_rows", key)

        def keys(sql: str) -> list[str]:
            return sorted(row[0] for row in db.execute(sql).fetchall())

        return RowChanges(table.num_rows, keys(f"SELECT __key FROM ({new}) EXCEPT SELECT __key FROM ({old})"),
                          keys(f"SELECT __key FROM ({old}) EXCEPT SELECT __key FROM ({new})"),
                          keys(f"SELECT n.__key FROM ({new}) n JOIN ({old}) o USING (__key) WHERE {differs}"))


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _keys(keys: list[str]) -> str:
    shown = ", ".join(f"`{k}`" for k in keys[:SHOWN])
    return shown + (f" and {len(keys) - SHOWN} more" if len(keys) > SHOWN else "")


def render_entry(version: str, day: str, previous_version: str | None, changes: dict[str, RowChanges],
                 schema: list[SchemaChange]) -> str:
    """One release's entry."""
    lines = [f"## {version} ({day})", ""]
    if previous_version is None:
        lines += ["First release.", "", FIRST_RELEASE_IDS, "",
                  "| table | rows |", "| --- | ---: |", *(f"| `{n}` | {c.rows} |" for n, c in changes.items())]
        return "\n".join(lines) + "\n"
    lines += [f"Against {previous_version}:", "", "| table | rows | added | removed | changed |",
              "| --- | ---: | ---: | ---: | ---: |"]
    lines += [f"| `{n}` | {c.rows} | {len(c.added)} | {len(c.removed)} | {len(c.changed)} |" for n, c in changes.items()]
    if schema:
        lines += ["", "Schema:", ""]
        lines += [f"- `{c.table}`: {c.text}{' (breaking)' if c.breaking else ''}" for c in schema]
    for kind in ("added", "removed", "changed"):
        named = [(n, getattr(c, kind)) for n, c in changes.items() if getattr(c, kind)]
        if named:
            lines += ["", f"Rows {kind}:", "", *(f"- `{n}`: {_keys(keys)}" for n, keys in named)]
    return "\n".join(lines) + "\n"


def _entries(changelog: str) -> str:
    """The entries of a CHANGELOG.md, without its header."""
    start = changelog.find("\n## ")
    return changelog[start + 1:] if start >= 0 else ""


def render_changelog(entry: str, previous_release: Path | None, previous_version: str | None) -> str:
    """The header, this release's entry, then every earlier entry."""
    earlier = ""
    if previous_release is not None:
        path = previous_release / "CHANGELOG.md"
        earlier = (_entries(path.read_text(encoding="utf-8")) if path.is_file() else
                   f"## {previous_version}\n\nPublished before releases had a changelog.\n\n{FIRST_RELEASE_IDS}\n")
    return "\n".join(part for part in (HEADER, entry, earlier) if part)
