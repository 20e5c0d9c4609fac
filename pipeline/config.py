"""Where the pipeline reads and publishes: PIPELINE_SEEDS_DIR and PIPELINE_OUTPUTS_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def _from_env(variable: str, default: Path) -> str:
    value = os.environ.get(variable)
    return str(Path(value).resolve()) if value else str(default)


class PipelinePaths(dg.ConfigurableResource):
    """Folders of one run: the corpus read and the release written."""

    seeds_dir: str
    outputs_dir: str

    @classmethod
    def from_env(cls) -> "PipelinePaths":
        """Paths from the environment, defaulting to the project's seeds/ and outputs/."""
        return cls(
            seeds_dir=_from_env("PIPELINE_SEEDS_DIR", PROJECT_ROOT / "seeds"),
            outputs_dir=_from_env("PIPELINE_OUTPUTS_DIR", PROJECT_ROOT / "outputs"),
        )

    @property
    def seeds(self) -> Path:
        return Path(self.seeds_dir)

    @property
    def outputs(self) -> Path:
        return Path(self.outputs_dir)

    @property
    def cache(self) -> Path:
        """The build's cache (the extraction of every file, see pipeline.cache), kept beside
        the releases it is made for."""
        return self.outputs / ".cache"

    def staging(self, run_id: str) -> Path:
        """A run's private folder inside outputs/, swapped into place when complete."""
        return self.outputs / ".staging" / run_id
