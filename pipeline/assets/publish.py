"""Publish layer: one asset, the release, that writes every file and switches `latest` to it.

It takes every checked core table as input, so it works on its own (materialised alone it
loads the tables from the last run) and a failed blocking check on any table publishes
nothing. What a release holds and how it is switched in: ``pipeline.publish.publisher``.
"""

import dagster as dg

from pipeline.config import PipelinePaths
from pipeline.extract.tables import CORE_TABLES
from pipeline.publish.publisher import Publication, publish


def summary(publication: Publication, outputs) -> str:
    """The build's last words: files read, articles published and rejected, rows, the release."""
    rows = publication.rows
    where = (f"release {publication.version} published in {publication.release} (now {outputs}/latest)"
             if publication.published else
             f"nothing new published: the tables equal release {publication.version} ({outputs}/latest)")
    tables = ", ".join(f"{name} {count}" for name, count in rows.items() if name not in ("articles", "rejects"))
    return (f"{rows['articles'] + rows['rejects']} files read: {rows['articles']} articles published, "
            f"{rows['rejects']} rejected (see rejects); rows: {tables}; {where}")


@dg.asset(
    ins={f"core_{name}": dg.AssetIn(f"core_{name}") for name in CORE_TABLES},
    group_name="publish",
    kinds={"parquet", "csv", "duckdb"},
)
def release(context: dg.AssetExecutionContext, paths: PipelinePaths, **tables) -> dg.MaterializeResult:
    """The release: Parquet, CSV, datapackage.json, data dictionary, DuckDB file, charts,
    README, CHANGELOG, licences, SHA256SUMS and a ZIP, under releases/<version>/ with
    `latest` switched to it; nothing new when the tables equal the latest release's."""
    core = {name: tables[f"core_{name}"] for name in CORE_TABLES}  # Arrow tables, from the Parquet IO manager
    publication = publish(core, paths.staging(context.run.run_id), paths.outputs, context.log.info)
    context.log.info(summary(publication, paths.outputs))
    return dg.MaterializeResult(metadata={
        "version": publication.version, "published": publication.published,
        "path": dg.MetadataValue.path(str(publication.release)),
        **{f"rows/{name}": count for name, count in publication.rows.items()},
    })
