"""Evaluate a build against the answer keys of one or more corpus folders."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pandas as pd

from pipeline.evaluate.gold import GOLD_SUFFIX, load_gold
from pipeline.evaluate.score import Report, score

SCORED_TABLES = ("articles", "events", "visits", "visit_counterparts", "missions")


def merge_corpora(corpus_dirs: list[Path], target: Path) -> Path:
    """Copy the articles and answer keys of every folder into `target`, keeping relative paths."""
    for corpus_dir in map(Path, corpus_dirs):
        sources = [*corpus_dir.rglob("*.txt"), *corpus_dir.rglob(f"*{GOLD_SUFFIX}")]
        for source in sorted(path for path in sources if path.is_file()):
            destination = target / source.relative_to(corpus_dir)
            if destination.exists():
                raise ValueError(f"{source.relative_to(corpus_dir)} is in more than one corpus folder")
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)
    return target


def read_tables(outputs_dir: Path) -> dict[str, pd.DataFrame]:
    """The published Parquet tables that are scored, from ``<outputs_dir>/parquet``."""
    folder = Path(outputs_dir) / "parquet"
    missing = [name for name in SCORED_TABLES if not (folder / f"{name}.parquet").is_file()]
    if missing:
        raise FileNotFoundError(f"{folder}: no {', '.join(f'{name}.parquet' for name in missing)}")
    return {name: pd.read_parquet(folder / f"{name}.parquet") for name in SCORED_TABLES}


def evaluate(corpus_dirs: list[Path], outputs_dir: Path | None = None) -> Report:
    """Score the tables in `outputs_dir` against the keys of `corpus_dirs`.

    Without `outputs_dir`, the merged corpus is first built into a temporary folder.
    """
    with tempfile.TemporaryDirectory(prefix="evaluate-") as temporary:
        corpus = merge_corpora(corpus_dirs, Path(temporary) / "corpus")
        gold = load_gold(corpus)
        if outputs_dir is None:
            # Imported here: scoring tables already built needs neither Dagster nor the assets.
            from pipeline.build import build_dataset

            outputs_dir = Path(temporary) / "outputs"
            build_dataset(corpus, outputs_dir, log_level="WARNING")
        return score(gold, read_tables(outputs_dir))
