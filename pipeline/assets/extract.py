"""Extract layer: one core table per fact kind, from the corpus's files."""

import warnings

import dagster as dg

from pipeline.assets.metadata import table_metadata
from pipeline.assets.arrow_io import ArrowTables
from pipeline.cache import ExtractionCache
from pipeline.config import PipelinePaths
from pipeline.core_tables import build_core_tables
from pipeline.extract.tables import CORE_TABLES
from pipeline.publish.table_schema import table_schema


def extract_core_tables(context: dg.AssetExecutionContext, raw_articles, raw_rejects):
    """Events, visits, counterparts and missions of every article; unusable articles to rejects.
    Only the files whose bytes the extraction cache (under the outputs folder) lacks are extracted."""
    paths: PipelinePaths = context.resources.paths
    tables = build_core_tables(raw_articles, raw_rejects, ExtractionCache(paths.cache))
    for name in CORE_TABLES:  # each table let go once stored
        table = tables.pop(name)
        yield dg.Output(table, f"core_{name}", metadata=table_metadata(name, table))
        del table


with warnings.catch_warnings():  # an asset's own resource_defs are still marked beta in Dagster 1.13
    warnings.simplefilter("ignore", dg.BetaWarning)
    core_tables = dg.multi_asset(
        name="core_tables",
        outs={f"core_{name}": dg.AssetOut(description=table_schema(name).description, kinds={"arrow"},
                                          io_manager_key="arrow_io_manager") for name in CORE_TABLES},
        ins={"raw_articles": dg.AssetIn(), "raw_rejects": dg.AssetIn()},
        group_name="extract",
        required_resource_keys={"paths"},
        resource_defs={"arrow_io_manager": ArrowTables()},  # bound here: the tables are always Arrow files
    )(extract_core_tables)
