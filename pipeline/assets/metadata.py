"""Asset metadata shown in the Dagster UI: row count, column schema and a preview."""


import dagster as dg
import pandas as pd

from pipeline.publish.table_schema import table_schema

PREVIEW_ROWS = 10


def table_metadata(name: str, df: pd.DataFrame) -> dict:
    schema = table_schema(name)
    columns = [dg.TableColumn(c.name, c.dtype, description=c.description) for c in schema.columns]
    return {
        "dagster/row_count": len(df),
        "dagster/column_schema": dg.TableSchema(columns=columns),
        "preview": dg.MetadataValue.md(df.head(PREVIEW_ROWS).to_markdown(index=False) if len(df) else "(no rows)"),
    }
