"""SHA256SUMS of a release folder, and the release as one ZIP."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import datetime
from pathlib import Path

CHECKSUMS = "SHA256SUMS"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(folder: Path) -> Path:
    """SHA256SUMS in the format of sha256sum, for `sha256sum -c SHA256SUMS` in the folder."""
    lines = [f"{_sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in _files(folder) if p.name != CHECKSUMS]
    path = folder / CHECKSUMS
    path.write_text("".join(lines), encoding="utf-8")
    return path


def write_zip(folder: Path, path: Path, top: str, created: datetime) -> None:
    """Every file of `folder` under `top/` in one ZIP, stamped with the release time."""
    stamp = max(created.timetuple()[:6], (1980, 1, 1, 0, 0, 0))  # the oldest time a ZIP can hold
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for file in _files(folder):
            info = zipfile.ZipInfo(f"{top}/{file.relative_to(folder).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with file.open("rb") as source, bundle.open(info, "w") as target:
                while block := source.read(1 << 20):
                    target.write(block)
