"""The Dagster code location: the corpus (observed) → read → extract → validate → publish."""

from __future__ import annotations

import dagster as dg

from pipeline.assets.corpus import corpus
from pipeline.assets.extract import core_tables
from pipeline.assets.publish import release
from pipeline.assets.read import raw_corpus
from pipeline.assets.validate import core_table_checks
from pipeline.config import PipelinePaths
from pipeline.rules_version import rules_version, sources_digest
from pipeline.sensors import corpus_sensor

OWNERS = ["team:bilateral-relations"]
PUBLISH_SOURCES = ("pipeline/publish", "pipeline/assets")


def _versioned(spec: dg.AssetSpec) -> dg.AssetSpec:
    """Owners on every asset, code versions so the UI shows what is stale: the rules' digest for
    the read and extract assets (what their rows depend on), with the publisher's for the release;
    the read assets depend on the observed corpus."""
    code_version = rules_version()
    deps = spec.deps
    if spec.key.path[0].startswith("raw_"):
        deps = [*deps, dg.AssetDep(corpus.key)]
    elif spec.key.path[0] == "release":
        code_version = f"{code_version}-{sources_digest(PUBLISH_SOURCES)}"
    return spec.replace_attributes(owners=OWNERS, code_version=code_version, deps=deps)


ASSETS = [corpus, *dg.map_asset_specs(_versioned, [raw_corpus, core_tables, release])]
CHECKS = [core_table_checks]

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=CHECKS,
    sensors=[corpus_sensor],
    resources={"paths": PipelinePaths.from_env()},
    # In process: each step would otherwise re-import the libraries in a subprocess.
    executor=dg.in_process_executor,
)
