"""The Dagster code location: read → extract → validate → publish."""

from __future__ import annotations

import dagster as dg

from pipeline.assets.extract import core_tables
from pipeline.assets.publish import PUBLISH_ASSETS, datapackage
from pipeline.assets.read import raw_corpus
from pipeline.assets.validate import core_table_checks
from pipeline.config import PipelinePaths

ASSETS = [raw_corpus, core_tables, *PUBLISH_ASSETS, datapackage]
CHECKS = [core_table_checks]

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=CHECKS,
    resources={"paths": PipelinePaths.from_env()},
    # In process: each step would otherwise re-import the libraries in a subprocess.
    executor=dg.in_process_executor,
)
