"""The rules' code version changes with any rule source, and only with them."""

import shutil

import pipeline.rules_version as rv


def _copy(tmp_path):
    for folder in rv.RULE_SOURCES:
        shutil.copytree(rv.PROJECT_ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _version(root, monkeypatch):
    monkeypatch.setattr(rv, "PROJECT_ROOT", root)
    rv.rules_version.cache_clear()
    try:
        return rv.rules_version()
    finally:
        rv.rules_version.cache_clear()


def test_version_follows_the_lexicon_and_ignores_other_files(tmp_path, monkeypatch):
    root = _copy(tmp_path)
    before = _version(root, monkeypatch)
    assert len(before) == 16 and before == _version(root, monkeypatch)
    (root / "pipeline/extract/notes.txt").write_text("not a rule")
    assert _version(root, monkeypatch) == before
    with open(root / "pipeline/lexicon/event_triggers.csv", "a", encoding="utf-8") as handle:
        handle.write("\n")
    assert _version(root, monkeypatch) != before
