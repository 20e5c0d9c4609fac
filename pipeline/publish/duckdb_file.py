"""Every table of a release in one DuckDB file, with its keys, vocabularies and comments.

The DDL comes from the pandera schemas (pipeline.publish.table_schema): types, NOT NULL,
a CHECK for each vocabulary, primary and foreign keys, and each table's and column's
description as a COMMENT, so `duckdb_columns()` answers what a column means.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import numpy as np
import pyarrow
import pyarrow.compute as pc

from pipeline.publish.row_diff import RowDiff, key_values
from pipeline.publish.table_schema import Column, TableSchema, table_schema

DUCKDB_FILE = "bilateral_relations.duckdb"
BLOCK_SIZE = 16384
"""Bytes per block, not DuckDB's default 256 KiB: a small release stays a small file (DuckDB 1.2+ reads it)."""
_TYPES = {"str": "VARCHAR", "date": "DATE", "int64": "BIGINT", "bool": "BOOLEAN"}


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _names(names) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _column(column: Column) -> str:
    sql = f'"{column.name}" {_TYPES[column.dtype]}'
    if not column.nullable:
        sql += " NOT NULL"
    if column.enum:
        sql += f' CHECK ("{column.name}" IN ({", ".join(_text(v) for v in column.enum)}))'
    return sql


def create_table_sql(schema: TableSchema) -> str:
    """CREATE TABLE with the schema's columns, primary key and foreign keys."""
    parts = [_column(c) for c in schema.columns]
    parts.append(f"PRIMARY KEY ({_names(schema.primary_key)})")
    for key in schema.foreign_keys:
        target = key["reference"]
        parts.append(f"FOREIGN KEY ({_names(key['fields'])}) REFERENCES \"{target['resource']}\" ({_names(target['fields'])})")
    return f'CREATE TABLE "{schema.name}" (\n  ' + ",\n  ".join(parts) + "\n)"


def write_duckdb(tables: dict[str, pyarrow.Table], path: Path) -> None:
    """Write the tables, given in an order where each follows the tables it references; a
    write error (a full disk) is raised as an OSError, like any other file of the release."""
    try:
        _write(tables, path)
    except duckdb.IOException as err:
        raise OSError(f"{path.name}: {err}") from err


def _replaced(previous: dict[str, pyarrow.Table], diffs: dict[str, RowDiff]) -> dict[str, pyarrow.Table]:
    """The previous release's rows to replace, per table (each after those it references): the
    ones gone or changed, and those that reference a replaced row (deleted with it and written
    again, as foreign keys ask)."""
    replaced: dict[str, pyarrow.Table] = {}
    for name, old in previous.items():
        schema = table_schema(name)
        gone = np.zeros(old.num_rows, dtype=bool)
        gone[diffs[name].gone] = True
        rows = pyarrow.array(gone)
        for key in schema.foreign_keys:
            parent = key["reference"]["resource"]
            parent_keys = replaced[parent][key["reference"]["fields"][0]].combine_chunks()
            rows = pc.or_(rows, pc.is_in(old[key["fields"][0]], value_set=parent_keys))
        replaced[name] = old.filter(rows).select(schema.primary_key)
    return replaced


def patch_duckdb(previous_file: Path, path: Path, tables: dict[str, pyarrow.Table],
                 previous: dict[str, pyarrow.Table], diffs: dict[str, RowDiff]) -> None:
    """The DuckDB file of `tables` made from the previous release's (its tables `previous`):
    copied, the rows it holds that are gone, changed or tied to those deleted, the new ones
    inserted. The same tables, keys and comments as `write_duckdb` writes (DuckDB's bytes
    differ from one write to the next either way); a write error is an OSError, and a file this
    DuckDB cannot open or patch is written anew."""
    replaced = _replaced(previous, diffs)
    shutil.copyfile(previous_file, path)
    try:
        connection = duckdb.connect(str(path))
    except duckdb.Error:  # a file this DuckDB cannot open (another storage version): written anew
        path.unlink()
        write_duckdb(tables, path)
        return
    try:
        _patch(connection, tables, diffs, replaced)
    except duckdb.IOException as err:
        raise OSError(f"{path.name}: {err}") from err
    finally:
        connection.close()


def _patch(connection: duckdb.DuckDBPyConnection, tables: dict[str, pyarrow.Table], diffs: dict[str, RowDiff],
           replaced: dict[str, pyarrow.Table]) -> None:
    for name in reversed(list(tables)):
        on = " AND ".join(f'"{name}"."{k}" = replaced."{k}"' for k in table_schema(name).primary_key)
        connection.register("replaced", replaced[name])
        connection.execute(f'DELETE FROM "{name}" USING replaced WHERE {on}')
        connection.unregister("replaced")
    for name, table in tables.items():
        key = list(table_schema(name).primary_key)
        fresh = pc.or_(pyarrow.array(diffs[name].old_rows < 0),
                       pc.is_in(key_values(table, key), value_set=key_values(replaced[name], key)))
        _insert(connection, name, table.filter(fresh))
    connection.execute("CHECKPOINT")


def _insert(connection: duckdb.DuckDBPyConnection, name: str, rows: pyarrow.Table) -> None:
    connection.register("staged_rows", rows)
    connection.execute(f'INSERT INTO "{name}" SELECT {_names(table_schema(name).column_names)} FROM staged_rows')
    connection.unregister("staged_rows")


def _write(tables: dict[str, pyarrow.Table], path: Path) -> None:
    connection = duckdb.connect(str(path), config={"default_block_size": str(BLOCK_SIZE)})
    try:
        for name, rows in tables.items():
            schema = table_schema(name)
            connection.execute(create_table_sql(schema))
            connection.execute(f'COMMENT ON TABLE "{name}" IS {_text(schema.description)}')
            for column in schema.columns:
                connection.execute(f'COMMENT ON COLUMN "{name}"."{column.name}" IS {_text(column.description)}')
            _insert(connection, name, rows)
        connection.execute("CHECKPOINT")
    finally:
        connection.close()
