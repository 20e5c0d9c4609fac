"""Versioned releases, switched into place in one atomic step.

Layout of the outputs folder::

    releases/<version>/   one folder per published version, never edited afterwards
    releases/<version>.zip
                          the same release as one download
    latest                symlink to releases/<version>, replaced in one os.replace
    parquet, csv, datapackage.json, data_dictionary.md
                          fixed symlinks through latest/, so the contract's paths always
                          show the latest release whole
    .staging/<run id>/    a run's files while it writes them: release/ and release.zip

Versions are MAJOR.MINOR.0: the first release is 1.0.0; a breaking change of a table (see
schema_diff: a column removed, a type, vocabulary or key changed) is a new major version, any
other change (rows, values, new columns) a new minor one. A build whose tables would equal the
latest release's publishes nothing.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager, suppress
from pathlib import Path

from pipeline.publish.schema_diff import schema_changes

RELEASE_FILES = ("parquet", "csv", "datapackage.json", "data_dictionary.md")
"""What the contract names in a release, each also a fixed link at the top of the outputs folder."""
UNVERSIONED = ("version", "created")
"""Descriptor keys set at publication, left out when a build is compared with the latest release."""


def staged_folder(staging: Path) -> Path:
    """Where a run writes the release's files."""
    return staging / "release"


def staged_bundle(staging: Path) -> Path:
    """Where a run writes the release as one ZIP."""
    return staging / "release.zip"


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


def _unversioned(descriptor: dict) -> dict:
    return {key: value for key, value in descriptor.items() if key not in UNVERSIONED}


def is_unchanged(descriptor: dict, dictionary: str, outputs: Path) -> bool:
    """Whether the staged tables equal the latest release's (file hashes are in the descriptor),
    with the same descriptions and data dictionary."""
    previous = latest_descriptor(outputs)
    if previous is None or _unversioned(previous) != _unversioned(descriptor):
        return False
    return (outputs / "latest" / "data_dictionary.md").read_text(encoding="utf-8") == dictionary


def next_version(descriptor: dict, outputs: Path) -> str:
    """1.0.0 first; then a major step for a breaking change of a table, else a minor one."""
    previous = latest_descriptor(outputs)
    if previous is None:
        return "1.0.0"
    major, minor, _ = (int(part) for part in previous["version"].split("."))
    if any(change.breaking for change in schema_changes(previous, descriptor)):
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
    """Move a complete staged release to releases/<version> (and its ZIP beside it) and
    switch `latest` to it.

    A folder or ZIP already at releases/<version> is one a killed run moved there without
    switching `latest` to it (versions only grow), never a published release: it is replaced."""
    release = outputs / "releases" / version
    release.parent.mkdir(parents=True, exist_ok=True)
    if release.exists():
        shutil.rmtree(release)
    os.replace(staged_bundle(staging), release.with_name(f"{version}.zip"))
    os.rename(staged_folder(staging), release)
    staging.rmdir()
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
