"""Publish layer: each table staged as Parquet and CSV, then the release switched in at once.

The ``out_*`` assets write into a staging folder private to the run; ``datapackage`` writes
the descriptor, moves the staged folder to ``releases/<version>/`` and switches ``latest`` to
it (see ``pipeline.publish.release``). Each publish asset depends on every core table, so a
failed check on any table publishes nothing.
"""

import json

import dagster as dg
import pandas as pd

from pipeline.assets.metadata import table_metadata
from pipeline.config import PipelinePaths
from pipeline.extract.tables import CORE_TABLES
from pipeline.publish.datapackage import build_datapackage
from pipeline.publish.dictionary import render_dictionary
from pipeline.publish.files import to_arrow, write_csv, write_json, write_parquet
from pipeline.publish.release import (
    failing_clearly, is_unchanged, link_contract_paths, next_version, publish_release, remove_stale_staging,
)
from pipeline.publish.table_schema import table_schema


def _publish_asset(name: str) -> dg.AssetsDefinition:
    schema = table_schema(name)

    @dg.asset(
        name=f"out_{name}",
        ins={"table": dg.AssetIn(f"core_{name}")},
        deps=[f"core_{other}" for other in CORE_TABLES if other != name],
        group_name="publish",
        kinds={"parquet", "csv"},
        description=f"{schema.description} Staged as parquet/{name}.parquet and csv/{name}.csv.",
    )
    def publish_table(context: dg.AssetExecutionContext, paths: PipelinePaths, table: pd.DataFrame) -> dg.MaterializeResult:
        staging = paths.staging(context.run.run_id)
        with failing_clearly(staging, paths.outputs):
            arrow = to_arrow(table, schema)
            write_parquet(arrow, staging / "parquet" / f"{name}.parquet")
            write_csv(arrow, schema, staging / "csv" / f"{name}.csv")
        return dg.MaterializeResult(metadata={**table_metadata(name, table), "staged_in": str(staging)})

    return publish_table


PUBLISH_ASSETS = [_publish_asset(name) for name in CORE_TABLES]


@dg.asset(deps=PUBLISH_ASSETS, group_name="publish", kinds={"json"})
def datapackage(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.MaterializeResult:
    """The Frictionless datapackage.json and data dictionary; the staged files become a new
    release under releases/<version>/ and `latest` switches to it, unless the data is unchanged."""
    staging, outputs = paths.staging(context.run.run_id), paths.outputs
    with failing_clearly(staging, outputs):
        descriptor, dictionary = build_datapackage(staging, list(CORE_TABLES)), render_dictionary()
        published = not is_unchanged(descriptor, dictionary, outputs)
        if published:
            descriptor["version"] = next_version(descriptor, outputs)
            write_json(descriptor, staging / "datapackage.json")
            (staging / "data_dictionary.md").write_text(dictionary, encoding="utf-8")
            publish_release(staging, outputs, descriptor["version"])
        link_contract_paths(outputs)  # also when nothing is published: restores a link a user removed
        remove_stale_staging(outputs)
    version = json.loads((outputs / "datapackage.json").read_text(encoding="utf-8"))["version"]
    context.log.info(f"release {version} " + ("published" if published else "kept: the data is unchanged"))
    return dg.MaterializeResult(metadata={
        "path": str(outputs / "datapackage.json"), "version": version,
        "published": published, "resources": len(descriptor["resources"]),
    })
