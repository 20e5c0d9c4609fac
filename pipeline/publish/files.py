"""Write tables as Parquet and CSV into a run's staging folder (see release.py for the switch).

Every file is written from its schema, sorted by its key, and with no timestamps, so two
runs over the same input write the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.publish.table_schema import TableSchema

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""Text cells starting with these are prefixed with an apostrophe in the CSV (OWASP
advice against CSV formula injection); Parquet keeps the text as written."""


def sort_by_key(df: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    return df[schema.column_names].sort_values(list(schema.primary_key), kind="stable").reset_index(drop=True)


def to_arrow(df: pd.DataFrame, schema: TableSchema) -> pyarrow.Table:
    return pyarrow.Table.from_pandas(sort_by_key(df, schema), schema=schema.arrow_schema(), preserve_index=False)


def sort_arrow(table: pyarrow.Table, schema: TableSchema) -> pyarrow.Table:
    """What `to_arrow` makes of the DataFrame that `table` holds (sorted by key, with the schema
    and the pandas metadata), without making that DataFrame: keys are text, whose order by
    UTF-8 bytes is Python's order of strings."""
    target = to_arrow(table.slice(0, 0).to_pandas(), schema).schema
    rows = table.select(schema.column_names)
    rows = rows.take(pc.sort_indices(rows, sort_keys=[(key, "ascending") for key in schema.primary_key]))
    return rows.cast(target).combine_chunks().replace_schema_metadata(target.metadata)


def write_parquet(table: pyarrow.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd", write_statistics=True)


_QUOTED = r'[,"\r\n]'
"""Characters that make RFC 4180 quote a field (as csv.writer with QUOTE_MINIMAL does)."""


def _csv_column(column: pyarrow.ChunkedArray, is_text: bool) -> pyarrow.ChunkedArray:
    """One column's CSV fields: empty for null, true/false, ISO dates, formulas made inert
    and text quoted where RFC 4180 needs it."""
    if pyarrow.types.is_boolean(column.type):
        column = pc.if_else(column, "true", "false")
    column = pc.fill_null(pc.cast(column, pyarrow.string()), "")
    if not is_text:
        return column
    guard = pc.starts_with(column, FORMULA_PREFIXES[0])
    for prefix in FORMULA_PREFIXES[1:]:
        guard = pc.or_(guard, pc.starts_with(column, prefix))
    column = pc.if_else(guard, pc.binary_join_element_wise("'", column, ""), column)
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(column, '"', '""'), '"', "")
    return pc.if_else(pc.match_substring_regex(column, _QUOTED), quoted, column)


CSV_ROWS = 65_536
"""Rows made into CSV text at a time: the text of a whole large table would be held several times over."""


def write_csv(table: pyarrow.Table, schema: TableSchema, path: Path) -> None:
    """RFC 4180 CSV: UTF-8, CRLF, header row, ISO dates, empty field for null; written column
    by column, a slice of rows at a time, never a Python object per cell."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write((",".join(schema.column_names) + "\r\n").encode("utf-8"))
        for start in range(0, table.num_rows, CSV_ROWS):
            rows = table.slice(start, CSV_ROWS)
            fields = [_csv_column(rows.column(c.name), c.dtype == "str") for c in schema.columns]
            lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*fields, ","), "\r\n", "")
            for chunk in lines.chunks:
                handle.write(_string_bytes(chunk))


def _string_bytes(array: pyarrow.StringArray) -> pyarrow.Buffer:
    """The UTF-8 bytes of every string of `array` one after the other (it has no nulls)."""
    _, offsets, data = array.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int32)[[array.offset, array.offset + len(array)]]
    return data[bounds[0]:bounds[1]]


def file_facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest()}


def write_json(payload: dict, path: Path) -> None:
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
