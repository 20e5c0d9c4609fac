"""The corpus sensor: a build whenever articles are added to the corpus folder, changed or removed.

Its cursor is the corpus digest of the last evaluation (pipeline.assets.corpus); a new digest
requests a run of every asset, keyed by the digest so one state of the corpus builds once, and
records an observation of the corpus with that data version.
"""

from __future__ import annotations

import dagster as dg

from pipeline.assets.corpus import corpus_digest
from pipeline.config import PipelinePaths


@dg.sensor(
    target=dg.AssetSelection.all(),
    minimum_interval_seconds=30,
    description="Builds and publishes when articles are added to, changed in or removed from the corpus folder.",
)
def corpus_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths):
    digest = corpus_digest(paths.seeds)
    if digest == context.cursor:
        return dg.SkipReason(f"the corpus is unchanged (digest {digest})")
    observation = dg.AssetObservation("corpus", tags={"dagster/data_version": digest})
    return dg.SensorResult(run_requests=[dg.RunRequest(run_key=digest)], cursor=digest, asset_events=[observation])
