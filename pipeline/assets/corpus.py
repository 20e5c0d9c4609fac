"""The corpus folder as an observed source asset: its data version is a digest of its entries.

The digest covers the name, size and modification time of every ``*.txt`` entry the reader
would list, so adding, changing, renaming or removing an article changes it: the UI then shows
the assets built from the corpus as stale, and the corpus sensor starts a build.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

import dagster as dg

from pipeline.config import PipelinePaths
from pipeline.read.corpus import list_sources


def corpus_digest(folder: Path) -> str:
    """Sixteen hex digits over the names, sizes and times of the corpus entries (nothing is read)."""
    digest = hashlib.sha256()
    paths, skipped = list_sources(folder)
    for path in [*paths, *(name for name, _ in skipped)]:
        try:
            entry = os.stat(path)
        except OSError:  # a dangling link or a loop: its own entry still counts
            entry = os.lstat(path)
        name = os.path.relpath(path, folder).encode("utf-8", "surrogateescape")
        digest.update(name + b"\0" + f"{entry.st_size}:{entry.st_mtime_ns}".encode() + b"\0")
    return digest.hexdigest()[:16]


def observe_corpus(paths: PipelinePaths) -> dg.DataVersion:
    """The corpus's data version: the digest of its entries."""
    return dg.DataVersion(corpus_digest(paths.seeds))


with warnings.catch_warnings():  # observable source assets are still marked beta in Dagster 1.13
    warnings.simplefilter("ignore", dg.BetaWarning)
    corpus = dg.observable_source_asset(
        name="corpus",
        group_name="read",
        description="The folder of *.txt articles (PIPELINE_SEEDS_DIR, default seeds/), observed by its "
                    "entries' names, sizes and times.",
        owners=["team:bilateral-relations"],
    )(observe_corpus)
