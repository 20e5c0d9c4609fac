"""Write tables as Parquet and CSV into a run's staging folder (see release.py for the switch).

Every file is written from its schema, sorted by its key, and with no timestamps, so two
runs over the same input write the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.publish.row_diff import RowDiff
from pipeline.publish.table_schema import TableSchema

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""Text cells starting with these are prefixed with an apostrophe in the CSV (OWASP
advice against CSV formula injection); Parquet keeps the text as written."""


def sort_by_key(df: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    return df[schema.column_names].sort_values(list(schema.primary_key), kind="stable").reset_index(drop=True)


def to_arrow(df: pd.DataFrame, schema: TableSchema) -> pyarrow.Table:
    return pyarrow.Table.from_pandas(sort_by_key(df, schema), schema=schema.arrow_schema(), preserve_index=False)


def sorted_by_key(table: pyarrow.Table, key: tuple[str, ...]) -> pyarrow.Table:
    """The rows in the order of their key (text, whose order by UTF-8 bytes is Python's order of
    strings); the table itself, not a copy, when they are in that order already."""
    order = pc.sort_indices(table, sort_keys=[(column, "ascending") for column in key])
    return table if np.array_equal(order.to_numpy(), np.arange(len(order))) else table.take(order)


def sort_arrow(table: pyarrow.Table, schema: TableSchema) -> pyarrow.Table:
    """What `to_arrow` makes of the DataFrame that `table` holds (sorted by key, with the schema
    and the pandas metadata), without making that DataFrame."""
    target = to_arrow(table.slice(0, 0).to_pandas(), schema).schema
    rows = sorted_by_key(table.select(schema.column_names), schema.primary_key)
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


def _header(schema: TableSchema) -> bytes:
    return (",".join(schema.column_names) + "\r\n").encode("utf-8")


def _csv_lines(rows: pyarrow.Table, schema: TableSchema) -> pyarrow.ChunkedArray:
    """Each row's CSV line, CRLF included."""
    fields = [_csv_column(rows.column(c.name), c.dtype == "str") for c in schema.columns]
    return pc.binary_join_element_wise(pc.binary_join_element_wise(*fields, ","), "\r\n", "")


def write_csv(table: pyarrow.Table, schema: TableSchema, path: Path) -> None:
    """RFC 4180 CSV: UTF-8, CRLF, header row, ISO dates, empty field for null; written column
    by column, a slice of rows at a time, never a Python object per cell."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(_header(schema))
        for start in range(0, table.num_rows, CSV_ROWS):
            for chunk in _csv_lines(table.slice(start, CSV_ROWS), schema).chunks:
                handle.write(_string_bytes(chunk))


BLOCK_BYTES = 1 << 23
"""Bytes of a file read at a time where it is scanned or copied: never the whole file in memory."""


def record_starts(path: Path) -> np.ndarray:
    """Where each record of a CSV file begins (after the CRLF that ends the one before; a CRLF
    inside a quoted field ends none), and the file's length last: the header is record 0."""
    line_feeds, quotes, offset, last = [], [], 0, 0
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK_BYTES):
            data = np.frombuffer(block, dtype=np.uint8)
            feeds = np.flatnonzero(data == 10)
            before = np.where(feeds > 0, data[feeds - 1], last)
            line_feeds.append(feeds[before == 13] + offset)
            quotes.append(np.flatnonzero(data == 34) + offset)
            offset, last = offset + len(data), data[-1]
    line_feeds, quotes = np.concatenate([[], *line_feeds]).astype(np.int64), np.concatenate([[], *quotes])
    outside = np.searchsorted(quotes, line_feeds) % 2 == 0
    return np.concatenate([[0], line_feeds[outside] + 1]).astype(np.int64)


def _segments(old_rows: np.ndarray) -> np.ndarray:
    """Where runs begin among the new rows: a run of fresh rows, or of rows that follow each
    other in the previous file too."""
    fresh = old_rows < 0
    breaks = (fresh[1:] != fresh[:-1]) | (~fresh[1:] & (old_rows[1:] != old_rows[:-1] + 1))
    return np.flatnonzero(np.concatenate([[len(old_rows) > 0], breaks]))


def _copy(source, target, offset: int, count: int) -> None:
    """`count` bytes of `source` from `offset` appended to `target`, copied by the kernel."""
    target.flush()
    while count > 0:
        copied = os.copy_file_range(source.fileno(), target.fileno(), count, offset)
        if not copied:
            raise OSError(f"{source.name}: ended before byte {offset + count}")
        offset, count = offset + copied, count - copied


def splice_csv(table: pyarrow.Table, schema: TableSchema, previous: Path, diff: RowDiff, path: Path) -> bool:
    """Write the CSV of `table` from the previous release's file: the bytes of the rows it holds
    unchanged copied, only the fresh rows made into text: the bytes `write_csv` writes. False,
    writing nothing, when the previous file is not the CSV of the old table of `diff`."""
    starts, header = record_starts(previous), _header(schema)
    with open(previous, "rb") as old:
        if len(starts) != diff.old_count + 2 or starts[-1] != os.fstat(old.fileno()).st_size \
                or old.read(len(header)) != header:
            return False
        old_rows = diff.old_rows
        lines = _csv_lines(table.take(pyarrow.array(diff.fresh, pyarrow.int64())), schema).combine_chunks()
        text = lines.buffers()[2] if len(lines) else b""
        line_starts = np.frombuffer(lines.buffers()[1], dtype=np.int32)[lines.offset:] if len(lines) else [0]
        fresh_index = np.cumsum(old_rows < 0) - 1
        runs = _segments(old_rows)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            out.write(header)
            for begin, end in zip(runs, [*runs[1:], len(old_rows)]):
                if old_rows[begin] < 0:
                    out.write(text[line_starts[fresh_index[begin]]:line_starts[fresh_index[end - 1] + 1]])
                else:
                    first, after = starts[old_rows[begin] + 1], starts[old_rows[end - 1] + 2]
                    _copy(old, out, int(first), int(after - first))
    return True


def _string_bytes(array: pyarrow.StringArray) -> pyarrow.Buffer:
    """The UTF-8 bytes of every string of `array` one after the other (it has no nulls)."""
    _, offsets, data = array.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int32)[[array.offset, array.offset + len(array)]]
    return data[bounds[0]:bounds[1]]


@lru_cache(maxsize=256)
def _sha256(path: str, stamp: tuple[int, int, int]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read once while its size, time and inode stay the same (the
    datapackage, SHA256SUMS and the ZIP each need it)."""
    info = path.stat()
    return _sha256(str(path), (info.st_size, info.st_mtime_ns, info.st_ino))


def file_facts(path: Path) -> dict:
    return {"bytes": path.stat().st_size, "hash": "sha256:" + file_sha256(path)}


def write_json(payload: dict, path: Path) -> None:
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
