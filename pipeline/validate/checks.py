"""Validate a table against its pandera schema and its foreign keys."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.errors

from pipeline.publish.table_schema import table_schema

MAX_FAILURES_SHOWN = 20


@dataclass(frozen=True)
class Validation:
    passed: bool
    failures: pd.DataFrame  # one row per failed check: column, check, failure_case, index


def foreign_key_failures(name: str, df: pd.DataFrame, references: dict[str, pd.DataFrame]) -> list[dict]:
    """Rows whose foreign key values have no row in the referenced table."""
    failures = []
    for key in table_schema(name).foreign_keys:
        target = references[key["reference"]["resource"]]
        for column, target_column in zip(key["fields"], key["reference"]["fields"]):
            missing = df.loc[~df[column].isin(target[target_column]), column]
            failures.extend(
                {"column": column, "check": f"foreign key -> {key['reference']['resource']}.{target_column}",
                 "failure_case": str(value), "index": int(index)}
                for index, value in missing.items()
            )
    return failures


def validate_table(name: str, df: pd.DataFrame, references: dict[str, pd.DataFrame]) -> Validation:
    """Check every rule of the table's schema (lazily, collecting all failures) and its keys."""
    failures: list[dict] = []
    try:
        table_schema(name).model.validate(df, lazy=True)
    except pandera.errors.SchemaErrors as err:
        cases = err.failure_cases
        failures.extend(
            {"column": str(row["column"]), "check": str(row["check"]), "failure_case": str(row["failure_case"]),
             "index": None if pd.isna(row["index"]) else int(row["index"])}
            for row in cases.to_dict("records")
        )
    failures.extend(foreign_key_failures(name, df, references))
    return Validation(not failures, pd.DataFrame(failures, columns=["column", "check", "failure_case", "index"]))
