"""Every table of a release in one DuckDB file, with its keys, vocabularies and comments.

The DDL comes from the pandera schemas (pipeline.publish.table_schema): types, NOT NULL,
a CHECK for each vocabulary, primary and foreign keys, and each table's and column's
description as a COMMENT, so `duckdb_columns()` answers what a column means.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow

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


def _write(tables: dict[str, pyarrow.Table], path: Path) -> None:
    connection = duckdb.connect(str(path), config={"default_block_size": str(BLOCK_SIZE)})
    try:
        for name, rows in tables.items():
            schema = table_schema(name)
            connection.execute(create_table_sql(schema))
            connection.execute(f'COMMENT ON TABLE "{name}" IS {_text(schema.description)}')
            for column in schema.columns:
                connection.execute(f'COMMENT ON COLUMN "{name}"."{column.name}" IS {_text(column.description)}')
            connection.register("staged_rows", rows)
            connection.execute(f'INSERT INTO "{name}" SELECT {_names(schema.column_names)} FROM staged_rows')
            connection.unregister("staged_rows")
        connection.execute("CHECKPOINT")
    finally:
        connection.close()
