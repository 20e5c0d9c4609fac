"""Quarantine: an article whose rows fail a check goes to rejects, every other one is published.

Each file's rows are validated once, where they are extracted (`file_checks`: one pandera pass
per table over the files extracted, unique and foreign keys within each file), and the verdict
is cached with the rows. The whole tables are then checked only for what spans files
(`spanning_failures`: unique keys, foreign keys). The rows of every failing article leave every
table (`quarantine`); the blocking checks on the whole tables run afterwards, as a last guard
that should never fire.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.publish.table_schema import table_schema
from pipeline.validate.checks import Rows, arrow_columns, foreign_key_failures, key_failures, row_failures

FACT_TABLES = ("articles", "events", "visits", "visit_counterparts", "missions")
FILE = "source_sha256"
"""The column of the extracted rows that names their file."""
CHECK_ROWS = 50_000
"""Rows validated by pandera at a time: its DataFrames and intermediates stay small."""


def _reason(name: str, failure: dict) -> str:
    return f"check failed: {name}.{failure['column']} {failure['check']} (value {failure['failure_case']!r})"


def file_checks(extraction: dict[str, pa.Table]) -> dict[str, str]:
    """The sha256 of each file whose rows fail a check of their table's schema → the first
    check failed, in words. pandera reads CHECK_ROWS rows at a time as a DataFrame; the keys
    are checked within each file on the Arrow tables."""
    failed: dict[str, str] = {}
    for name in FACT_TABLES:
        table = extraction[name]
        failures = [failure for start in range(0, table.num_rows, CHECK_ROWS)
                    for failure in row_failures(name, _frame(table.select(table_schema(name).column_names), start))]
        failures += key_failures(name, table, within=FILE)
        failures += foreign_key_failures(name, table, extraction, within=FILE)
        files = table[FILE]
        for failure in failures:
            if failure["index"] is not None:
                failed.setdefault(files[failure["index"]].as_py(), _reason(name, failure))
    return failed


def _frame(table: pa.Table, start: int) -> pd.DataFrame:
    """CHECK_ROWS rows from `start` as a DataFrame, indexed by their position in `table`."""
    frame = table.slice(start, CHECK_ROWS).to_pandas()
    frame.index = pd.RangeIndex(start, start + len(frame))
    return frame


def _article_of_rows(name: str, tables: dict[str, Rows]) -> pa.Array:
    """The article id of each row of a table, by position (null for a counterpart of no visit)."""
    table = tables[name]
    if "article_id" in (table.columns if isinstance(table, pd.DataFrame) else table.column_names):
        return arrow_columns(tables[name], ["article_id"])[0][0]
    (visit_ids, articles), _ = arrow_columns(tables["visits"], ["visit_id", "article_id"])
    return articles.take(pc.index_in(arrow_columns(tables[name], ["visit_id"])[0][0], value_set=visit_ids))


def spanning_failures(tables: dict[str, Rows]) -> dict[str, str]:
    """Article id → the first check spanning articles (unique keys, foreign keys) its rows fail."""
    failed: dict[str, str] = {}
    for name in FACT_TABLES:
        articles = _article_of_rows(name, tables)
        for failure in [*key_failures(name, tables[name]), *foreign_key_failures(name, tables[name], tables)]:
            article_id = articles[failure["index"]].as_py()
            if isinstance(article_id, str):
                failed.setdefault(article_id, _reason(name, failure))
    return failed


def quarantine(tables: dict[str, Rows], failed: dict[str, str]) -> dict[str, Rows]:
    """The tables without the rows of the articles in `failed` (listed in rejects already)."""
    if not failed:
        return tables
    ids = pa.array(list(failed), pa.string())
    keep = {name: pc.invert(pc.is_in(_article_of_rows(name, tables), value_set=ids)) for name in FACT_TABLES}
    out = {name: tables[name][keep[name].to_numpy(zero_copy_only=False)].reset_index(drop=True)
           if isinstance(tables[name], pd.DataFrame) else tables[name].filter(keep[name]) for name in FACT_TABLES}
    return {**tables, **out}
