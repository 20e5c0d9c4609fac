"""Write tables as Parquet and CSV into a run's staging folder (see release.py for the switch).

Every file is written from its schema, sorted by its key, and with no timestamps, so two
runs over the same input write the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow
import pyarrow.parquet as pq

from pipeline.publish.table_schema import TableSchema

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""Text cells starting with these are prefixed with an apostrophe in the CSV (OWASP
advice against CSV formula injection); Parquet keeps the text as written."""


def sort_by_key(df: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    return df[schema.column_names].sort_values(list(schema.primary_key), kind="stable").reset_index(drop=True)


def to_arrow(df: pd.DataFrame, schema: TableSchema) -> pyarrow.Table:
    return pyarrow.Table.from_pandas(sort_by_key(df, schema), schema=schema.arrow_schema(), preserve_index=False)


def write_parquet(table: pyarrow.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd", write_statistics=True)


def _csv_cell(value, is_text: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if is_text and text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def write_csv(table: pyarrow.Table, schema: TableSchema, path: Path) -> None:
    """RFC 4180 CSV: UTF-8, CRLF, header row, ISO dates, empty field for null."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text_columns = [c.dtype == "str" for c in schema.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(schema.column_names)
    columns = [table.column(name).to_pylist() for name in schema.column_names]
    for row in zip(*columns):
        writer.writerow([_csv_cell(v, is_text) for v, is_text in zip(row, text_columns)])
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def file_facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest()}


def write_json(payload: dict, path: Path) -> None:
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
