"""The release as one ZIP, deflated in chunks that the next release copies when they recur.

Parquet files are compressed already (zstd): they are stored as they are. Every other
file is deflated in chunks cut where its content says (after a line whose first and last
bytes hash to a cut; every CHUNK_BYTES of a binary file such as the DuckDB file, whose pages
do not move), each chunk a deflate stream of its own ended by a sync flush, so that the bytes
of a chunk depend on its content alone. The chunks of a ZIP are listed by digest in the cache
(``<outputs>/.cache/zip_chunks.parquet``, with the ZIP they are in): a new release copies the
chunks it shares with the previous one from that ZIP and deflates only the others, and writes
the bytes a cold build writes. Sizes stay under 4 GiB (no ZIP64).
"""

from __future__ import annotations

import hashlib
import logging
import mmap
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.publish.files import file_sha256

LOG = logging.getLogger(__name__)
STORED_SUFFIXES = {".parquet"}
"""Files compressed already (PNG files are too, but less well than deflate does it)."""
LEVEL = 6
CUT_EVERY = 1024
"""Lines per chunk of a text file, on average."""
CHUNK_BYTES = 1 << 18
"""Bytes per chunk of a binary file."""
BLOCK_BYTES = 1 << 23
"""Bytes of a text file read at a time."""
_END = b"\x03\x00"
"""The empty last block that ends a deflate stream made of sync-flushed chunks."""
_INDEX_SCHEMA = pa.schema([("digest", pa.binary(16)), ("offset", pa.int64()), ("size", pa.int64()),
                           ("crc", pa.int64()), ("method", pa.int64())])
"""A chunk (crc and method null) or a whole file's entry, by the digest of what it holds."""


@dataclass(frozen=True)
class _Entry:
    name: bytes
    flags: int
    method: int
    crc: int
    compressed: int
    size: int
    offset: int


def _edges(data: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A hash of the first and last eight bytes of each line (of at least sixteen bytes)."""
    words = np.zeros(len(starts), dtype=np.uint64)
    for i in range(8):
        words ^= data[starts + i].astype(np.uint64) << np.uint64(8 * i)
        words ^= data[ends - 8 + i].astype(np.uint64) << np.uint64((8 * i + 32) % 64)
    return (words * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(40)


def text_cuts(data: np.ndarray) -> np.ndarray:
    """Where chunks of a text end within `data`: after the lines (ended by a line feed) whose
    edges hash to a cut; a line's fate depends on its bytes alone."""
    ends = np.flatnonzero(data == 10) + 1
    starts = np.concatenate([[0], ends[:-1]])
    long = ends - starts >= 16
    with np.errstate(over="ignore"):
        return ends[long][_edges(data, starts[long], ends[long]) % CUT_EVERY == 0]


def _chunks(handle, binary: bool):
    """A file's chunks, read a block at a time: every CHUNK_BYTES of a binary file, else cut
    where `text_cuts` says (the rest of a block carried into the next)."""
    if binary:
        while chunk := handle.read(CHUNK_BYTES):
            yield chunk
        return
    pending = b""
    while block := handle.read(BLOCK_BYTES):
        data = pending + block
        begin = 0
        for cut in text_cuts(np.frombuffer(data, dtype=np.uint8)).tolist():
            yield data[begin:cut]
            begin = cut
        pending = data[begin:]
    if pending:
        yield pending


def _deflated(chunk) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _dos_time(moment: datetime) -> tuple[int, int]:
    year, month, day, hour, minute, second = max(moment.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def _identity(bundle: Path) -> bytes:
    """What names one ZIP: its size and a checksum of its end (the central directory, which
    holds the checksum of every file)."""
    with bundle.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - (1 << 16)))
        return f"{size}:{zlib.crc32(handle.read()):08x}".encode()


class _Chunks:
    """The chunks and entries of the previous ZIP, by digest, read from that file."""

    def __init__(self, index: Path, previous: Path | None):
        self.found: dict[bytes, tuple[int, int]] = {}
        self.files: dict[bytes, tuple[int, int, int, int]] = {}
        self.data = b""
        try:
            table = pq.read_table(index)
            if previous is None or (table.schema.metadata or {}).get(b"zip") != _identity(previous):
                return
            with previous.open("rb") as handle:
                self.data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            for row in table.to_pylist():
                if row["crc"] is None:
                    self.found[row["digest"]] = (row["offset"], row["size"])
                else:
                    self.files[row["digest"]] = (row["offset"], row["size"], row["crc"], row["method"])
        except (OSError, pa.ArrowException, ValueError):
            self.found, self.files = {}, {}

    def get(self, digest: bytes) -> bytes | None:
        where = self.found.get(digest)
        return None if where is None else self.data[where[0]:where[0] + where[1]]

    def entry(self, digest: bytes) -> tuple[bytes, int, int] | None:
        """A whole file's compressed bytes, crc and method."""
        if digest not in self.files:
            return None
        offset, size, crc, method = self.files[digest]
        return self.data[offset:offset + size], crc, method


def write_zip(folder: Path, path: Path, top: str, created: datetime, index: Path,
              previous: Path | None = None) -> None:
    """Every file of `folder` under `top/` in one ZIP, stamped with the release time; chunks
    listed in `index` for the ZIP `previous` are copied from it, and `index` is left listing
    the chunks of this one."""
    reused, listed, files = _Chunks(index, previous), {}, {}
    time, date = _dos_time(created)
    entries = []
    with path.open("wb") as out:
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            name = f"{top}/{file.relative_to(folder).as_posix()}".encode("utf-8")
            header_at = out.tell()
            out.write(b"\0" * (30 + len(name)))  # the local header, written once the sizes are known
            digest = bytes.fromhex(file_sha256(file))[:16]
            found = reused.entry(digest)
            if found:
                out.write(found[0])
                compressed, crc, method = len(found[0]), found[1], found[2]
            else:
                compressed, crc, method = _write_file(out, file, reused, listed)
            files.setdefault(digest, (header_at + 30 + len(name), compressed, crc, method))
            flags = 0 if name.isascii() else 0x800  # names in UTF-8
            entry = _Entry(name, flags, method, crc, compressed, file.stat().st_size, header_at)
            entries.append(entry)
            end_at = out.tell()
            out.seek(header_at)
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, entry.flags, entry.method, time, date, entry.crc,
                                  entry.compressed, entry.size, len(name), 0) + name)
            out.seek(end_at)
        directory_at = out.tell()
        for e in entries:
            out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, e.flags, e.method, time, date, e.crc,
                                  e.compressed, e.size, len(e.name), 0, 0, 0, 0, 0o644 << 16, e.offset) + e.name)
        size = out.tell() - directory_at
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), size, directory_at, 0))
    _save_index(index, listed, files, path)


def _write_file(out, file: Path, reused: _Chunks, listed: dict[bytes, tuple[int, int]]) -> tuple[int, int, int]:
    """Write a file's data: stored, or deflated a chunk at a time (a chunk of the previous ZIP
    copied); its compressed size, crc and method."""
    compressed, crc, stored = 0, 0, file.suffix in STORED_SUFFIXES
    with file.open("rb") as handle:
        for chunk in _chunks(handle, stored or file.suffix == ".duckdb"):
            crc = zlib.crc32(chunk, crc)
            if stored:
                out.write(chunk)
                compressed += len(chunk)
                continue
            digest = hashlib.sha256(chunk).digest()[:16]
            deflated = reused.get(digest) or _deflated(chunk)
            listed.setdefault(digest, (out.tell(), len(deflated)))
            out.write(deflated)
            compressed += len(deflated)
    if stored:
        return compressed, crc, 0
    out.write(_END)
    return compressed + len(_END), crc, 8


def _save_index(index: Path, chunks: dict[bytes, tuple[int, int]], files: dict[bytes, tuple[int, int, int, int]],
                bundle: Path) -> None:
    """List the chunks and entries of `bundle` for the next release."""
    rows = [{"digest": d, "offset": o, "size": s, "crc": None, "method": None} for d, (o, s) in chunks.items()]
    rows += [{"digest": d, "offset": o, "size": s, "crc": c, "method": m} for d, (o, s, c, m) in files.items()]
    table = pa.Table.from_pylist(rows, schema=_INDEX_SCHEMA)
    try:
        index.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table.replace_schema_metadata({"zip": _identity(bundle)}), index)
    except (OSError, pa.ArrowException) as err:
        LOG.warning("the chunks of the ZIP could not be listed in %s: %s", index, err)
