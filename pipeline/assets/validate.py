"""Validate layer: each core table checked whole, as blocking asset checks.

Every row passed its pandera schema where it was extracted (`pipeline.validate.quarantine`);
these checks cover what spans files (columns and dtypes, unique keys, foreign keys, no row of
a rejected file), and the rejects table against its whole schema. A failed check stops
publication (the publish assets depend on every core table), and its failure cases are in the
check's metadata, as PUDL does.
"""


import dagster as dg

from pipeline.extract.tables import CORE_TABLES
from pipeline.validate.checks import MAX_FAILURES_SHOWN, check_table


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(f"{name}_schema", asset=f"core_{name}", blocking=True,
                          description=f"The {name} table satisfies its pandera schema (its rows validated where "
                                      "they were extracted; here its columns, types, unique keys) and foreign keys.")
        for name in CORE_TABLES
    ],
    ins={f"core_{name}": dg.AssetIn(f"core_{name}") for name in CORE_TABLES},
)
def core_table_checks(context: dg.AssetCheckExecutionContext, **tables):
    """Check every table whole; one result per table."""
    tables = {name.removeprefix("core_"): table for name, table in tables.items()}  # Arrow, no DataFrame
    context.log.info("extracted, checking: " + ", ".join(f"{name} {tables[name].num_rows} rows" for name in CORE_TABLES))
    for name in CORE_TABLES:
        result = check_table(name, tables)
        shown = result.failures.head(MAX_FAILURES_SHOWN)
        yield dg.AssetCheckResult(
            asset_key=f"core_{name}", check_name=f"{name}_schema", passed=result.passed,
            metadata={"failure_count": len(result.failures),
                      "failure_cases": dg.MetadataValue.md(shown.to_markdown(index=False) if len(shown) else "(none)")},
        )
