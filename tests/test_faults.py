"""Faults during publication: a killed, full or read-only build leaves the last release whole."""

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

import pipeline.publish.release as release
from pipeline.build import build_dataset
from tests.conftest import ICELAND, ISRAEL, PROJECT, copy_corpus


class Killed(Exception):
    """Stands for the process dying at this point: no cleanup code of ours runs on it."""


def _build(corpus: Path, outputs: Path):
    return build_dataset(corpus, outputs, instance=dg.DagsterInstance.ephemeral(), log_level="WARNING")


def _shown(outputs: Path) -> dict[str, bytes]:
    """What a user sees at the contract's paths, and the version `latest` names."""
    files = {p.relative_to(outputs).as_posix(): p.read_bytes()
             for top in ("parquet", "csv") for p in sorted((outputs / top).iterdir())}
    files["datapackage.json"] = (outputs / "datapackage.json").read_bytes()
    files["latest"] = os.readlink(outputs / "latest").encode()
    return files


def _whole(outputs: Path) -> None:
    """Every file the datapackage describes is there with its hash, and every file of the release
    passes its SHA256SUMS: the release is not mixed."""
    import hashlib

    package = json.loads((outputs / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        data = (outputs / resource["path"]).read_bytes()
        assert resource.get("hash", resource.get("fileHash")) == "sha256:" + hashlib.sha256(data).hexdigest()
    checked = subprocess.run(["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=outputs / "latest",
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout[-2000:]


@pytest.fixture()
def released(tmp_path):
    """A corpus with one release (1.0.0) published, and a second article added since."""
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    outputs = tmp_path / "out"
    _build(corpus, outputs)
    copy_corpus(corpus, ISRAEL)
    return corpus, outputs


def _publishing(move: tuple) -> bool:
    """Whether a rename or replace is one of publication's (not of the build's cache, whose
    files are renamed into place too)."""
    return ".cache" not in Path(move[1]).parts


def _publication_steps(tmp_path) -> int:
    """How many renames and replaces publishing a second release makes."""
    corpus = copy_corpus(tmp_path / "count" / "corpus", ICELAND)
    _build(corpus, tmp_path / "count" / "out")
    copy_corpus(corpus, ISRAEL)
    calls = []
    real_rename, real_replace = os.rename, os.replace
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(release.os, "rename", lambda *a: (calls.append(a), real_rename(*a)))
        patch.setattr(release.os, "replace", lambda *a: (calls.append(a), real_replace(*a)))
        _build(corpus, tmp_path / "count" / "out")
    return len([move for move in calls if _publishing(move)])


def test_a_build_killed_at_each_step_of_publication_leaves_the_last_release_whole(released, tmp_path, monkeypatch):
    corpus, outputs = released
    steps = _publication_steps(tmp_path)
    assert steps >= 3  # the moves of the ZIP and the release folder, the switch of `latest`
    before = _shown(outputs)
    real_rename, real_replace = os.rename, os.replace
    for kill_at in range(1, steps + 1):
        calls = []

        def step(real, *args):
            if _publishing(args):
                calls.append(args)
                if len(calls) == kill_at:
                    raise Killed(f"killed at step {kill_at}")
            return real(*args)

        monkeypatch.setattr(release.os, "rename", lambda *a: step(real_rename, *a))
        monkeypatch.setattr(release.os, "replace", lambda *a: step(real_replace, *a))
        with pytest.raises(Killed):
            _build(corpus, outputs)
        assert _shown(outputs) == before, kill_at
        _whole(outputs)
    monkeypatch.undo()
    _build(corpus, outputs)  # the next good build publishes and cleans what the kills left
    assert os.readlink(outputs / "latest") == "releases/1.1.0"
    assert not (outputs / ".staging").exists()
    _whole(outputs)


def test_a_build_killed_for_real_while_switching_latest_leaves_the_last_release_whole(released):
    corpus, outputs = released
    before = _shown(outputs)
    script = (
        "import os, signal, sys\n"
        "import pipeline.publish.release as release\n"
        "real = os.replace\n"
        "def replace(src, dst):\n"
        "    if os.path.basename(dst) == 'latest':\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    real(src, dst)\n"
        "release.os.replace = replace\n"
        "from pipeline.build import build_dataset\n"
        "build_dataset(sys.argv[1], sys.argv[2])\n"
    )
    env = {**os.environ, "DAGSTER_HOME": str(outputs.parent / "home")}
    (outputs.parent / "home").mkdir()
    done = subprocess.run([sys.executable, "-c", script, str(corpus), str(outputs)], cwd=PROJECT, env=env,
                          capture_output=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert _shown(outputs) == before
    assert (outputs / "releases" / "1.1.0").is_dir()  # moved, never switched to: not a release
    _build(corpus, outputs)
    assert os.readlink(outputs / "latest") == "releases/1.1.0"
    _whole(outputs)


def test_a_full_disk_fails_clearly_and_leaves_the_last_release_whole(released, monkeypatch):
    corpus, outputs = released
    before = _shown(outputs)
    import pipeline.publish.files as files

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.pq, "write_table", full)
    with pytest.raises(release.PublishError, match="No space left on device.*latest release is unchanged"):
        _build(corpus, outputs)
    assert _shown(outputs) == before
    assert not (outputs / ".staging").exists()  # the failed run removed its own partial files


def test_a_full_disk_while_writing_the_duckdb_file_fails_clearly_too(released, monkeypatch):
    import duckdb

    import pipeline.publish.duckdb_file as duckdb_file

    corpus, outputs = released
    before = _shown(outputs)

    def full(*args, **kwargs):
        raise duckdb.IOException("Could not write file: No space left on device")

    monkeypatch.setattr(duckdb_file.duckdb, "connect", full)
    with pytest.raises(release.PublishError, match="bilateral_relations.duckdb.*No space left.*latest release is unchanged"):
        _build(corpus, outputs)
    assert _shown(outputs) == before
    assert not (outputs / ".staging").exists()


def test_a_read_only_outputs_folder_fails_clearly_and_leaves_the_last_release_whole(released):
    """Run without the capabilities that let root write anywhere, so the folder's mode counts."""
    corpus, outputs = released
    before = _shown(outputs)
    outputs.chmod(0o555)
    drop = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] if os.geteuid() == 0 else []
    script = "import sys\nfrom pipeline.build import build_dataset\nbuild_dataset(sys.argv[1], sys.argv[2])\n"
    env = {**os.environ, "DAGSTER_HOME": str(outputs.parent / "home")}
    (outputs.parent / "home").mkdir()
    try:
        done = subprocess.run([*drop, sys.executable, "-c", script, str(corpus), str(outputs)], cwd=PROJECT,
                              env=env, capture_output=True, text=True, timeout=300)
    finally:
        outputs.chmod(0o755)
    assert done.returncode != 0
    assert "Permission denied" in done.stderr and "latest release is unchanged" in done.stderr
    assert _shown(outputs) == before


def test_stale_staging_folders_are_removed_by_the_next_successful_build(released):
    corpus, outputs = released
    for run in ("killed-run", "failed-run"):
        (outputs / ".staging" / run / "csv").mkdir(parents=True)
        (outputs / ".staging" / run / "csv" / "events.csv").write_text("partial", encoding="utf-8")
    _build(corpus, outputs)
    assert not (outputs / ".staging").exists()


def test_a_build_with_unchanged_data_publishes_nothing_new(released):
    corpus, outputs = released
    _build(corpus, outputs)
    first = _shown(outputs)
    (outputs / "csv").unlink()  # a user removed a link: the next build restores it
    _build(corpus, outputs)
    assert _shown(outputs) == first
    assert sorted(p.name for p in (outputs / "releases").iterdir()) == ["1.0.0", "1.0.0.zip", "1.1.0", "1.1.0.zip"]


def test_releases_are_kept_whole_and_the_contract_paths_show_the_latest(released):
    corpus, outputs = released
    old = (outputs / "releases" / "1.0.0" / "parquet" / "articles.parquet").read_bytes()
    _build(corpus, outputs)
    assert (outputs / "releases" / "1.0.0" / "parquet" / "articles.parquet").read_bytes() == old
    assert json.loads((outputs / "datapackage.json").read_text())["version"] == "1.1.0"
    assert (outputs / "parquet").resolve() == (outputs / "releases" / "1.1.0" / "parquet").resolve()
    _whole(outputs)


def test_outputs_of_the_layout_before_releases_become_links_to_the_first_release(tmp_path):
    corpus, outputs = copy_corpus(tmp_path / "corpus", ICELAND), tmp_path / "out"
    (outputs / "parquet").mkdir(parents=True)
    (outputs / "parquet" / "old.parquet").write_bytes(b"old")
    (outputs / "datapackage.json").write_text("{}", encoding="utf-8")
    _build(corpus, outputs)
    assert os.readlink(outputs / "parquet") == "latest/parquet"
    assert os.readlink(outputs / "datapackage.json") == "latest/datapackage.json"
    assert not (outputs / ".staging").exists()
    _whole(outputs)
