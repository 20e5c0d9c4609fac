"""The code version of the extraction: a digest of the reader, the rules, the lexicon, the checks
and the schemas.

Anything that can change an extracted row or its verdict is in the digest, so a cache keyed on it (or a
Dagster ``code_version``) goes stale exactly when the output can differ.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
RULE_SOURCES = ("pipeline/read", "pipeline/extract", "pipeline/lexicon", "pipeline/validate", "schemas")
SUFFIXES = {".py", ".csv"}


def sources_digest(folders: tuple[str, ...]) -> str:
    """Sixteen hex digits over the path and bytes of every source in `folders`, in a fixed order."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted((PROJECT_ROOT / folder).rglob("*")):
            if path.suffix in SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def rules_version() -> str:
    """Sixteen hex digits over every rule source: what the extracted rows depend on."""
    return sources_digest(RULE_SOURCES)
