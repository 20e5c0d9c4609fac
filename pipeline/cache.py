"""The extraction cache: the rows of every file of the last build, kept as Parquet.

One Parquet file per table in one folder (``<outputs>/.cache/extraction/``), every row tagged
with the sha256 of the file it came from and every file stamped with the code version of the
rules (``pipeline.rules_version``): a build extracts only the files whose bytes the cache does
not hold, and a change to a rule, the reader or the schemas makes the whole cache stale. It is
only ever a shortcut: missing, damaged or of another version, it is ignored and every file is
extracted again.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.rules_version import rules_version

FORMAT = "1"
"""The layout of the cache; part of its version, with the rules' code version."""


class ExtractionCache:
    """The cache in `folder`, valid for the code version `version` (the rules' by default)."""

    def __init__(self, folder: Path, version: str | None = None):
        self.folder = Path(folder)
        self.version = f"{FORMAT}-{version or rules_version()}"

    @property
    def path(self) -> Path:
        return self.folder / "extraction"

    def load(self, schemas: dict[str, pa.Schema]) -> dict[str, pa.Table] | None:
        """The cached tables, or None unless every one is there, readable, of this version and
        of its schema in `schemas`."""
        try:
            tables = {name: pq.read_table(self.path / f"{name}.parquet") for name in schemas}
        except (OSError, pa.ArrowException):
            return None
        for name, table in tables.items():
            stamp = (table.schema.metadata or {}).get(b"version")
            if stamp != self.version.encode() or not table.schema.remove_metadata().equals(schemas[name]):
                return None
        return {name: table.replace_schema_metadata(None) for name, table in tables.items()}

    def save(self, tables: dict[str, pa.Table]) -> None:
        """Replace the cache by `tables`, written aside first: a build killed while writing
        leaves the old cache whole, or none."""
        new, old = (self.folder / f"extraction.{os.getpid()}.{suffix}" for suffix in ("new", "old"))
        shutil.rmtree(new, ignore_errors=True)
        new.mkdir(parents=True)
        for name, table in tables.items():
            stamped = table.replace_schema_metadata({"version": self.version})
            pq.write_table(stamped, new / f"{name}.parquet", compression="zstd")
        if self.path.exists():
            self.path.rename(old)
        new.rename(self.path)
        shutil.rmtree(old, ignore_errors=True)
