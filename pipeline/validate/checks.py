"""Validate tables against their pandera schemas: the checks of each row, and the checks that
span rows (unique keys, foreign keys), optionally only within groups of rows (one file's).

A build validates each file's rows once, where they are extracted (``quarantine.file_checks``),
and keeps the verdict with them in the extraction cache; the whole tables are then checked
only for what spans files (`check_table`), without another pandera pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import pandera.errors
import pandera.pandas as pandera_pandas
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.publish.table_schema import table_schema

MAX_FAILURES_SHOWN = 20
FAILURE_COLUMNS = ["column", "check", "failure_case", "index"]


@dataclass(frozen=True)
class Validation:
    passed: bool
    failures: pd.DataFrame  # one row per failed check: column, check, failure_case, index


def _validation(failures: list[dict]) -> Validation:
    return Validation(not failures, pd.DataFrame(failures, columns=FAILURE_COLUMNS))


@lru_cache(maxsize=None)
def _row_schema(name: str) -> pandera_pandas.DataFrameSchema:
    """The table's pandera schema without its unique keys, which `key_failures` checks."""
    schema = table_schema(name).model.to_schema()
    unique = [column for column, spec in schema.columns.items() if spec.unique]
    schema = schema.update_columns({column: {"unique": False} for column in unique})
    schema.unique = None
    return schema


def unique_keys(name: str) -> list[tuple[str, ...]]:
    """The columns, alone or together, that the table's pandera schema declares unique."""
    schema = table_schema(name).model.to_schema()
    keys = [(column,) for column, spec in schema.columns.items() if spec.unique]
    return keys + ([tuple(schema.unique)] if schema.unique else [])


def row_failures(name: str, df: pd.DataFrame) -> list[dict]:
    """Every failure of the table's pandera schema but its unique keys (columns, types,
    vocabularies, formats, nulls), found lazily in one pass."""
    try:
        _row_schema(name).validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        return [{"column": str(row["column"]), "check": str(row["check"]), "failure_case": str(row["failure_case"]),
                 "index": None if pd.isna(row["index"]) else int(row["index"])}
                for row in err.failure_cases.to_dict("records")]
    return []


Rows = pd.DataFrame | pa.Table
"""A table as pandas or Arrow: the checks that span rows read only its key columns, as Arrow."""


def arrow_columns(table: Rows, names: list[str]) -> tuple[list[pa.Array], pd.Index | None]:
    """Some columns as Arrow arrays, and the row labels of a DataFrame (None: positions)."""
    if isinstance(table, pd.DataFrame):
        return [pa.array(table[name], from_pandas=True) for name in names], table.index
    return [table[name].combine_chunks() for name in names], None


def _joined(arrays: list[pa.Array]) -> pa.Array:
    """One value per row from several columns (a unit separator between them)."""
    if len(arrays) == 1:
        return arrays[0]
    return pc.binary_join_element_wise(*(pc.cast(array, pa.string()) for array in arrays), "\x1f")


def _failures(column: str, check: str, rows: pa.Array, values: list[pa.Array], labels: pd.Index | None) -> list[dict]:
    """One failure per row of `rows` (positions), with its value of `values` (a tuple for several)."""
    cases = zip(*(array.take(rows).to_pylist() for array in values))
    return [{"column": column, "check": check, "failure_case": str(case[0] if len(case) == 1 else case),
             "index": int(labels[row] if labels is not None else row)}
            for row, case in zip(rows.to_pylist(), cases)]


def key_failures(name: str, table: Rows, within: str | None = None) -> list[dict]:
    """Rows that repeat a unique key of the table (of their group of `within`, if given), named
    as pandera names these checks."""
    failures = []
    for key in unique_keys(name):
        arrays, labels = arrow_columns(table, [*([within] if within else []), *key])
        keys = _joined(arrays)
        counts = pc.value_counts(keys)
        repeated = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))
        rows = pc.indices_nonzero(pc.is_in(keys, value_set=repeated))
        check = "field_uniqueness" if len(key) == 1 else "multiple_fields_uniqueness"
        failures += _failures(key[0] if len(key) == 1 else name, check, rows, arrays[-len(key):], labels)
    return failures


def foreign_key_failures(name: str, table: Rows, references: dict[str, Rows], within: str | None = None) -> list[dict]:
    """Rows whose foreign key values have no row in the referenced table (of their group of
    `within`, if given)."""
    failures = []
    for key in table_schema(name).foreign_keys:
        target = references[key["reference"]["resource"]]
        for column, target_column in zip(key["fields"], key["reference"]["fields"]):
            group = [within] if within else []
            arrays, labels = arrow_columns(table, [*group, column])
            found = pc.is_in(_joined(arrays), value_set=_joined(arrow_columns(target, [*group, target_column])[0]))
            rows = pc.indices_nonzero(pc.invert(found))
            check = f"foreign key -> {key['reference']['resource']}.{target_column}"
            failures += _failures(column, check, rows, arrays[-1:], labels)
    return failures


def validate_table(name: str, df: pd.DataFrame, references: dict[str, pd.DataFrame]) -> Validation:
    """Check every rule of the table's schema (lazily, collecting all failures) and its keys."""
    return _validation([*row_failures(name, df), *key_failures(name, df),
                        *foreign_key_failures(name, df, references)])


def _column_failures(name: str, table: pa.Table) -> list[dict]:
    """Columns missing, extra or of another type than the schema's (no cell is read)."""
    expected = table_schema(name).arrow_schema()
    failures = [{"column": column, "check": "column_in_schema", "failure_case": column, "index": None}
                for column in table.column_names if column not in expected.names]
    for field in expected:
        if field.name not in table.column_names:
            failures.append({"column": field.name, "check": "column_in_dataframe", "failure_case": field.name,
                             "index": None})
        elif table.schema.field(field.name).type != field.type:
            failures.append({"column": field.name, "check": f"dtype('{field.type}')",
                             "failure_case": str(table.schema.field(field.name).type), "index": None})
    return failures


def _published_and_rejected(articles: pa.Table, rejects: pa.Table) -> list[dict]:
    """Articles whose file is also listed in rejects: rows of a rejected file are never published."""
    rows = pc.indices_nonzero(pc.is_in(articles["source_file"], value_set=rejects["source_file"].combine_chunks()))
    return _failures("source_file", "not in rejects", rows, [articles["source_file"].combine_chunks()], None)


def check_table(name: str, tables: dict[str, pa.Table]) -> Validation:
    """The whole-table check of a build: rejects (a few rows) against their whole schema; a fact
    table, whose rows passed their schema where they were extracted, for what spans files: its
    columns and types, unique keys, foreign keys, and no row of a rejected file."""
    table = tables[name]
    if name == "rejects":
        return validate_table(name, table.to_pandas(), tables)
    failures = _column_failures(name, table)
    if not failures:
        failures = [*key_failures(name, table), *foreign_key_failures(name, table, tables)]
    if name == "articles":
        failures.extend(_published_and_rejected(table, tables["rejects"]))
    return _validation(failures)
