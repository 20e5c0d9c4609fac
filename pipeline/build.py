"""Build the whole dataset from Python: every asset materialised, checks run, release published."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.config import PipelinePaths
from pipeline.definitions import ASSETS, CHECKS


def build_dataset(corpus_dir: Path, outputs_dir: Path, instance: dg.DagsterInstance | None = None,
                  log_level: str = "INFO") -> dg.ExecuteInProcessResult:
    """Materialise every asset over `corpus_dir`, publishing into `outputs_dir`.

    Raises dagster's failure when a step fails; a failed check leaves the last release in place.
    """
    paths = PipelinePaths(seeds_dir=str(Path(corpus_dir).resolve()), outputs_dir=str(Path(outputs_dir).resolve()))
    run_config = {"loggers": {"console": {"config": {"log_level": log_level}}}}
    return dg.materialize([*ASSETS, *CHECKS], resources={"paths": paths}, instance=instance,
                          run_config=run_config, raise_on_error=True)
