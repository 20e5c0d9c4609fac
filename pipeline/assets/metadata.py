"""Asset metadata shown in the Dagster UI: row count, column schema and a preview."""


import dagster as dg
import pyarrow as pa

from pipeline.publish.table_schema import table_schema

PREVIEW_ROWS = 10


def table_metadata(name: str, table: pa.Table) -> dict:
    schema = table_schema(name)
    columns = [dg.TableColumn(c.name, c.dtype, description=c.description) for c in schema.columns]
    return {
        "dagster/row_count": table.num_rows,
        "dagster/column_schema": dg.TableSchema(columns=columns),
        "preview": dg.MetadataValue.md(table.slice(0, PREVIEW_ROWS).to_pandas().to_markdown(index=False)
                                       if table.num_rows else "(no rows)"),
    }
