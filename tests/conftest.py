"""Shared fixtures: the project's seeds, the development corpus and one real build of each."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest


PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"
SHARED_CORPUS = PROJECT.parent / "shared" / "corpus"
ICELAND = SEEDS / "000_19d7f6c56e162ff9.txt"
ISRAEL = SEEDS / "004_a60c3a7814253d42.txt"


@pytest.fixture(scope="session")
def seeds_release(tmp_path_factory) -> Path:
    """The seeds built once by a real materialisation of every asset."""
    from pipeline.build import build_dataset

    outputs = tmp_path_factory.mktemp("seeds_release")
    build_dataset(SEEDS, outputs, instance=dg.DagsterInstance.ephemeral())
    return outputs


def copy_corpus(target: Path, *files: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for file in files:
        shutil.copy(file, target / file.name)
    return target


def core_frames(files, rejects) -> dict:
    """The core tables of a scanned corpus (no cache) as DataFrames."""
    from pipeline.core_tables import build_core_tables

    return {name: table.to_pandas() for name, table in build_core_tables(files, rejects).items()}
