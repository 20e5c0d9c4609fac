"""Versioned releases, switched into place in one atomic step.

Layout of the outputs folder::

    releases/<version>/   one folder per published version, never edited afterwards
    latest                symlink to releases/<version>, replaced in one os.replace
    parquet, csv, datapackage.json, data_dictionary.md
                          fixed symlinks through latest/, so the contract's paths always
                          show the latest release whole
    .staging/<run id>/    a run's files while it writes them

Versions are MAJOR.MINOR.0: the first release is 1.0.0; a change to the columns, types,
vocabularies or keys of any table is a new major version, any other change a new minor one.
A build whose files would equal the latest release's publishes nothing.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager, suppress
from pathlib import Path

RELEASE_FILES = ("parquet", "csv", "datapackage.json", "data_dictionary.md")
"""What a release holds, each also a fixed link at the top of the outputs folder."""


class PublishError(RuntimeError):
    """Publication failed; the last release is unchanged."""


@contextmanager
def failing_clearly(staging: Path, outputs: Path):
    """Turn a write error (full disk, read-only folder) into a PublishError that says the last
    release is unchanged, and remove the run's own staging folder."""
    try:
        yield
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        with suppress(OSError):
            staging.parent.rmdir()  # only when no other run is staging
        raise PublishError(f"could not publish into {outputs}: {err}; the latest release is unchanged") from err


def latest_descriptor(outputs: Path) -> dict | None:
    """The datapackage.json of the latest release, or None before the first one."""
    path = outputs / "latest" / "datapackage.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _contract(descriptor: dict) -> list:
    """What users' code relies on: each resource's columns, types, constraints and keys."""
    return [(r["name"], [(f["name"], f["type"], f.get("constraints")) for f in r["schema"]["fields"]],
             r["schema"].get("primaryKey"), r["schema"].get("foreignKeys")) for r in descriptor["resources"]]


def _without_version(descriptor: dict) -> dict:
    return {key: value for key, value in descriptor.items() if key != "version"}


def is_unchanged(descriptor: dict, dictionary: str, outputs: Path) -> bool:
    """Whether the staged release equals the latest one (file hashes are in the descriptor)."""
    previous = latest_descriptor(outputs)
    if previous is None or _without_version(previous) != _without_version(descriptor):
        return False
    return (outputs / "latest" / "data_dictionary.md").read_text(encoding="utf-8") == dictionary


def next_version(descriptor: dict, outputs: Path) -> str:
    """1.0.0 first; then a major step for a change of the contract, else a minor one."""
    previous = latest_descriptor(outputs)
    if previous is None:
        return "1.0.0"
    major, minor, _ = (int(part) for part in previous["version"].split("."))
    if _contract(previous) != _contract(descriptor):
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0"


def _link(outputs: Path, name: str, target: str) -> None:
    """Point outputs/name at target with one atomic replace of a temporary link."""
    link = outputs / name
    if link.is_symlink() and os.readlink(link) == target:
        return
    if link.exists() and not link.is_symlink():  # a file or folder of the layout before releases
        (outputs / ".staging").mkdir(exist_ok=True)
        shutil.move(link, outputs / ".staging" / f"replaced-{name}")
    temporary = outputs / f".{name}.new"
    if temporary.is_symlink():
        temporary.unlink()
    os.symlink(target, temporary)
    os.replace(temporary, link)


def publish_release(staging: Path, outputs: Path, version: str) -> Path:
    """Move a complete staged release to releases/<version> and switch `latest` to it.

    A folder already at releases/<version> is one a killed run moved there without switching
    `latest` to it (versions only grow), never a published release: it is replaced."""
    release = outputs / "releases" / version
    release.parent.mkdir(parents=True, exist_ok=True)
    if release.exists():
        shutil.rmtree(release)
    os.rename(staging, release)
    link_contract_paths(outputs)
    _link(outputs, "latest", f"releases/{version}")
    return release


def link_contract_paths(outputs: Path) -> None:
    """The fixed links parquet, csv, datapackage.json and data_dictionary.md through latest/."""
    for name in RELEASE_FILES:
        _link(outputs, name, f"latest/{name}")


def remove_stale_staging(outputs: Path) -> None:
    """Remove what killed or failed runs left in .staging/, once this run has published
    (builds into one outputs folder run one at a time)."""
    staging_root = outputs / ".staging"
    if not staging_root.is_dir():
        return
    for entry in staging_root.iterdir():
        shutil.rmtree(entry) if entry.is_dir() and not entry.is_symlink() else entry.unlink()
    if not any(staging_root.iterdir()):
        staging_root.rmdir()
