"""The extraction cache: the rows of every file of the last build, kept as Arrow IPC files.

The files are spread over BUCKETS buckets by the first hex digit of their sha256; each bucket
is a folder (``<outputs>/.cache/extraction/<digit>/``) with one Arrow IPC file per table (lz4,
one record batch: a third of the rows' size, read and written at several hundred MB/s),
every row tagged with the sha256 of the file it came from (and each file with the verdict of
the schemas' checks on its rows), every file stamped with the code version of the rules
(``pipeline.rules_version``). A build extracts and validates only the files whose bytes the
cache does not hold, and rewrites only the buckets whose files changed; a change to a rule,
the reader, the checks or the schemas makes the whole cache stale. It is only ever a
shortcut: a bucket missing, damaged or of another version is ignored and its files are
extracted again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from pipeline.read.corpus import CorpusFile
from pipeline.rules_version import rules_version

LOG = logging.getLogger(__name__)
FORMAT = "4"
"""The layout of the cache; part of its version, with the rules' code version."""
BUCKET_DIGITS = 1
"""A file's bucket is this many first hex digits of its sha256: 16 buckets."""


def buckets_of(shas: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """The bucket of each sha256."""
    return pc.utf8_slice_codeunits(shas, 0, BUCKET_DIGITS)


def write_arrow(table: pa.Table, handle, compression: str = "lz4") -> None:
    """An Arrow IPC file of `table`, compressed (one record batch per chunk of `table`)."""
    with ipc.new_file(handle, table.schema, options=ipc.IpcWriteOptions(compression=compression)) as writer:
        writer.write_table(table)


def read_arrow(path: Path) -> pa.Table:
    with pa.memory_map(str(path)) as source:
        return ipc.open_file(source).read_all()


class ExtractionCache:
    """The cache in `folder`, valid for the code version `version` (the rules' by default)."""

    def __init__(self, folder: Path, version: str | None = None):
        self.folder = Path(folder)
        self.version = f"{FORMAT}-{version or rules_version()}"

    @property
    def path(self) -> Path:
        return self.folder / "extraction"

    def _load_bucket(self, folder: Path, schemas: dict[str, pa.Schema]) -> dict[str, pa.Table] | None:
        try:
            tables = {name: read_arrow(folder / f"{name}.arrow") for name in schemas}
        except (OSError, pa.ArrowException):
            return None
        stamps = {(table.schema.metadata or {}).get(b"version") for table in tables.values()}
        if len(stamps) != 1 or not stamps.pop().startswith(f"{self.version}/".encode()):
            return None
        if any(not table.schema.remove_metadata().equals(schemas[name]) for name, table in tables.items()):
            return None
        return {name: table.replace_schema_metadata(None) for name, table in tables.items()}

    def load(self, schemas: dict[str, pa.Schema]) -> dict[str, dict[str, pa.Table]]:
        """The cached tables of each bucket that has every one of them readable, of this
        version and of its schema in `schemas`, and all written by one save."""
        try:
            folders = sorted(p for p in self.path.iterdir() if p.is_dir() and len(p.name) == BUCKET_DIGITS)
        except OSError:
            return {}
        buckets = {folder.name: self._load_bucket(folder, schemas) for folder in folders}
        return {bucket: tables for bucket, tables in buckets.items() if tables is not None}

    def save(self, bucket: str, tables: dict[str, pa.Table]) -> None:
        """Replace a bucket by `tables` (among them `sources`, one row per file). Each file
        carries the version and a digest of the bucket's files: a build killed while writing
        leaves files of two saves that do not load together, so the next build ignores the
        bucket; the same files always write the same bytes. A cache that cannot be written (a
        full disk) costs the next build its speed, never this build: the error is logged."""
        files = "\n".join(sorted(tables["sources"]["sha256"].to_pylist()))
        stamp = f"{self.version}/{hashlib.sha256(files.encode()).hexdigest()[:16]}"
        folder = self.path / bucket
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for stale in self.path.glob("*.arrow"):  # the layout of one folder for all files, before buckets
                stale.unlink()
            for name, table in tables.items():
                partial = folder / f"{name}.{os.getpid()}.tmp"
                with open(partial, "wb") as handle:
                    write_arrow(table.replace_schema_metadata({"version": stamp}), handle)
                os.replace(partial, folder / f"{name}.arrow")  # a reader's memory map keeps the old file
        except (OSError, pa.ArrowException) as err:
            LOG.warning("the extraction cache %s could not be written: %s", folder, err)
            shutil.rmtree(folder, ignore_errors=True)


RACY_NS = 2_000_000_000
"""A file changed this close to its scan may change again within the same time stamp (on a
file system with coarse times): its hash is not kept, so the next scan reads it (git's rule)."""
HASH_SCHEMA = pa.schema([("name", pa.string()), ("size", pa.int64()), ("mtime_ns", pa.int64()),
                         ("ctime_ns", pa.int64()), ("inode", pa.int64()), ("sha256", pa.string())])


class FileHashes:
    """The sha256 of the corpus's files by name and stat stamp (``<outputs>/.cache/hashes.parquet``),
    so a scan reads only the files whose stamp changed. Missing or damaged, it is ignored."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / "hashes.parquet"

    def load(self) -> dict[str, CorpusFile]:
        """The files of the last scan by name (their path is not kept: empty)."""
        try:
            rows = pq.read_table(self.path, schema=HASH_SCHEMA).to_pylist()
        except (OSError, pa.ArrowException):
            return {}
        return {row["name"]: CorpusFile("", row["name"], row["size"], row["sha256"],
                                        (row["size"], row["mtime_ns"], row["ctime_ns"], row["inode"])) for row in rows}

    def save(self, files: list[CorpusFile], scanned_ns: int | None = None) -> None:
        """Keep the hashes of `files` but those changed within RACY_NS of the scan (at
        `scanned_ns`, now by default) and the links (not stamped)."""
        limit = (scanned_ns or time.time_ns()) - RACY_NS
        kept = [f for f in files if f.stamp and f.stamp[2] < limit]
        columns = [[f.name for f in kept], *([f.stamp[i] for f in kept] for i in range(4)), [f.sha256 for f in kept]]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.table(columns, schema=HASH_SCHEMA), self.path)
        except (OSError, pa.ArrowException) as err:
            LOG.warning("the hashes of the corpus %s could not be written: %s", self.path, err)


class ReleaseTables:
    """The tables of the last release staged, as Arrow IPC files (``<outputs>/.cache/release/``,
    lz4), each stamped with the sha256 of the Parquet file it was published as: the next release
    reads them in a fraction of the Parquet files' time. Missing, damaged or of another file,
    a table is not found."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / "release"

    def load(self, name: str, parquet_sha256: str) -> pa.Table | None:
        try:
            table = read_arrow(self.path / f"{name}.arrow")
        except (OSError, pa.ArrowException):
            return None
        return table if (table.schema.metadata or {}).get(b"parquet_sha256") == parquet_sha256.encode() else None

    def save(self, name: str, table: pa.Table, parquet_sha256: str) -> None:
        metadata = {**(table.schema.metadata or {}), b"parquet_sha256": parquet_sha256.encode()}
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            with open(self.path / f"{name}.arrow", "wb") as handle:
                write_arrow(table.replace_schema_metadata(metadata), handle)
        except (OSError, pa.ArrowException) as err:
            LOG.warning("the release's tables could not be kept in %s: %s", self.path, err)
