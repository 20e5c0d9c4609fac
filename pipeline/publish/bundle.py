"""SHA256SUMS of a release folder."""

from __future__ import annotations

from pathlib import Path

from pipeline.publish.files import file_sha256

CHECKSUMS = "SHA256SUMS"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def write_checksums(folder: Path) -> Path:
    """SHA256SUMS in the format of sha256sum, for `sha256sum -c SHA256SUMS` in the folder."""
    lines = [f"{file_sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in _files(folder) if p.name != CHECKSUMS]
    path = folder / CHECKSUMS
    path.write_text("".join(lines), encoding="utf-8")
    return path
