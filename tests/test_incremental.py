"""Incremental builds: only new or changed files are extracted, and the release is the one a
cold build of the same corpus writes, byte for byte."""

import hashlib
import os
import shutil
import time
import zipfile

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest

import pipeline.extract.tables as tables
import pipeline.read.corpus as corpus_reader
from pipeline.build import build_dataset
from pipeline.cache import ExtractionCache, FileHashes
from pipeline.core_tables import build_core_tables
from pipeline.publish.table_schema import table_schema
from pipeline.read.corpus import scan_corpus
from tests.conftest import ICELAND, ISRAEL, PROJECT, copy_corpus

HOLDOUT = sorted((PROJECT / "tests" / "holdout").glob("*.txt"))
DATE = "9 April 1976"


class Extracted:
    """The names of the files extracted, as the builds go: kept in a file, as the extraction
    runs in worker processes."""

    def __init__(self, path):
        self.path = path

    def record(self, name: str) -> None:
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(name + "\n")

    def names(self) -> list[str]:
        return self.path.read_text(encoding="utf-8").splitlines() if self.path.exists() else []

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


@pytest.fixture
def extracted(monkeypatch, tmp_path) -> Extracted:
    """The files extracted, as the builds go."""
    names, real = Extracted(tmp_path / "extracted.txt"), tables.extract_facts

    def counting(read):
        names.record(read.article.source_file)
        return real(read)

    monkeypatch.setattr(tables, "extract_facts", counting)
    return names


def _build(corpus, outputs):
    build_dataset(corpus, outputs, instance=dg.DagsterInstance.ephemeral(), log_level="WARNING")


def _release(outputs) -> dict[str, bytes]:
    return {f"{folder}/{path.name}": path.read_bytes()
            for folder in ("parquet", "csv") for path in sorted((outputs / folder).iterdir())}


def _duckdb_rows(outputs) -> dict[str, list]:
    """Every table of the release's DuckDB file, ordered by key, and its constraints and comments."""
    with duckdb.connect(str(outputs / "latest" / "bilateral_relations.duckdb"), read_only=True) as con:
        rows = {name: con.execute(f'SELECT * FROM "{name}" ORDER BY ' + ", ".join(
            f'"{k}"' for k in table_schema(name).primary_key)).fetchall() for name in tables.CORE_TABLES}
        rows["constraints"] = sorted(con.execute("SELECT table_name, constraint_text FROM duckdb_constraints()").fetchall())
        rows["comments"] = sorted(con.execute("SELECT table_name, column_name, comment FROM duckdb_columns()").fetchall())
    return rows


def _zip_holds_the_release(outputs) -> None:
    latest = (outputs / "latest").resolve()
    with zipfile.ZipFile(latest.with_name(f"{latest.name}.zip")) as bundle:
        assert bundle.testzip() is None
        files = sorted(p for p in latest.rglob("*") if p.is_file())
        assert len(bundle.infolist()) == len(files)
        for info, path in zip(bundle.infolist(), files):
            assert bundle.read(info) == path.read_bytes(), info.filename


def _cached_shas(outputs) -> set[str]:
    buckets = ExtractionCache(outputs / ".cache").load(tables.extraction_schemas())
    return {sha for bucket in buckets.values() for sha in bucket["sources"]["sha256"].to_pylist()}


def test_a_rebuild_extracts_only_changed_files_and_equals_a_cold_build(tmp_path, extracted):
    corpus, outputs = copy_corpus(tmp_path / "corpus", ICELAND, ISRAEL, *HOLDOUT[:3]), tmp_path / "out"
    _build(corpus, outputs)
    assert len(extracted.names()) == 5

    extracted.clear()
    iceland = corpus / ICELAND.name
    assert DATE in iceland.read_text(encoding="utf-8")
    iceland.write_text(iceland.read_text(encoding="utf-8").replace(DATE, "10 April 1976"), encoding="utf-8")
    (corpus / HOLDOUT[0].name).unlink()
    (corpus / HOLDOUT[1].name).rename(corpus / "renamed.txt")
    shutil.copy(HOLDOUT[3], corpus / HOLDOUT[3].name)
    shutil.copy(ISRAEL, corpus / "zz_copy.txt")  # the same bytes twice: a duplicate article
    (corpus / "notes.txt").write_text("no title\n", encoding="utf-8")
    (outputs / ".cache" / "release" / "events.arrow").unlink()  # this table compared from its Parquet file
    _build(corpus, outputs)
    assert sorted(extracted.names()) == sorted([ICELAND.name, HOLDOUT[3].name])

    _build(corpus, tmp_path / "cold")
    incremental, cold = _release(outputs / "latest"), _release(tmp_path / "cold")
    assert incremental == cold
    assert _duckdb_rows(outputs) == _duckdb_rows(tmp_path / "cold")  # patched from the previous release's file
    _zip_holds_the_release(outputs)
    articles = pq.read_table(outputs / "parquet" / "articles.parquet").to_pandas().set_index("source_file")
    assert "renamed.txt" in articles.index and HOLDOUT[0].name not in articles.index
    rejects = pq.read_table(outputs / "parquet" / "rejects.parquet").to_pandas().set_index("source_file")
    assert {"notes.txt", "zz_copy.txt"} <= set(rejects.index)
    assert "10 April 1976" in cold["csv/events.csv"].decode("utf-8")
    files, _ = scan_corpus(corpus)
    assert _cached_shas(outputs) == {f.sha256 for f in files}  # the deleted and old files' rows dropped


def test_a_new_code_version_extracts_everything_again(tmp_path, extracted):
    files, rejects = scan_corpus(copy_corpus(tmp_path / "corpus", ICELAND, ISRAEL))
    for version in ("one", "one", "two"):
        build_core_tables(files, rejects, ExtractionCache(tmp_path / "cache", version))
    assert extracted.names() == [ICELAND.name, ISRAEL.name] * 2
    assert ExtractionCache(tmp_path / "cache", "one").load(tables.extraction_schemas()) == {}


def test_a_damaged_cache_is_ignored(tmp_path, extracted):
    files, rejects = scan_corpus(copy_corpus(tmp_path / "corpus", ICELAND))
    cache = ExtractionCache(tmp_path / "cache")
    build_core_tables(files, rejects, cache)
    (bucket,) = cache.path.iterdir()
    (bucket / "events.arrow").write_bytes(b"not arrow")
    events = build_core_tables(files, rejects, cache)["events"]
    assert extracted.names() == [ICELAND.name, ICELAND.name]
    assert events.num_rows == 11
    assert len(cache.load(tables.extraction_schemas())[bucket.name]["events"]) == 11


def test_files_of_two_saves_do_not_load_together(tmp_path):
    """What a build killed while writing the cache leaves: some files of one corpus, some of another."""
    cache, schemas = ExtractionCache(tmp_path / "cache", "v"), tables.extraction_schemas()
    for name, source in (("one", ICELAND), ("two", ISRAEL)):
        files = scan_corpus(copy_corpus(tmp_path / name, source))[0]
        cache.save("0", tables.extract_files(files))
        (tmp_path / f"{name}.arrow").write_bytes((cache.path / "0" / "events.arrow").read_bytes())
    assert cache.load(schemas)["0"]["events"].num_rows > 0
    (cache.path / "0" / "events.arrow").write_bytes((tmp_path / "one.arrow").read_bytes())
    assert cache.load(schemas) == {}


def test_a_rebuild_rewrites_only_the_buckets_whose_files_changed(tmp_path):
    sources = [ICELAND, ISRAEL, *HOLDOUT]
    corpus, cache = copy_corpus(tmp_path / "corpus", *sources), ExtractionCache(tmp_path / "cache")
    build_core_tables(*scan_corpus(corpus), cache)
    written = {path: path.stat().st_mtime_ns for path in cache.path.glob("*/*.arrow")}
    assert len({path.parent for path in written}) > 2  # the files spread over several buckets
    (corpus / ISRAEL.name).unlink()
    files, rejects = scan_corpus(corpus)
    build_core_tables(files, rejects, cache)
    rewritten = {path.parent.name for path, stamp in written.items() if path.stat().st_mtime_ns != stamp}
    israel = hashlib.sha256(ISRAEL.read_bytes()).hexdigest()
    assert rewritten == {israel[0]}
    assert {sha for bucket in cache.load(tables.extraction_schemas()).values()
            for sha in bucket["sources"]["sha256"].to_pylist()} == {f.sha256 for f in files}


def test_a_file_failing_its_schema_is_rejected_where_extracted_and_the_verdict_is_cached(tmp_path, monkeypatch):
    """pandera validates each file's rows once, when they are extracted; the cache keeps the
    verdict with the rows, so a rebuild rejects the file again without validating it again."""
    real_extract, real_checks, validated = tables.extract_facts, tables.file_checks, []
    extracted = Extracted(tmp_path / "extracted.txt")

    def corrupt(read):
        facts = real_extract(read)
        extracted.record(read.article.source_file)
        if "Israel" in read.article.title:
            facts.events[-1]["date_precision"] = "century"
        return facts

    def checks(extraction):
        validated.append(extraction["sources"].num_rows)
        return real_checks(extraction)

    monkeypatch.setattr(tables, "extract_facts", corrupt)
    monkeypatch.setattr(tables, "file_checks", checks)
    corpus, outputs = copy_corpus(tmp_path / "corpus", ICELAND, ISRAEL), tmp_path / "out"
    _build(corpus, outputs)
    assert validated == [2]
    shutil.copy(HOLDOUT[0], corpus / HOLDOUT[0].name)
    extracted.clear(), validated.clear()
    _build(corpus, outputs)
    assert (extracted.names(), validated) == ([HOLDOUT[0].name], [1])
    rejects = pq.read_table(outputs / "parquet" / "rejects.parquet").to_pandas().set_index("source_file")
    assert rejects.loc[ISRAEL.name, "stage"] == "validate"
    assert rejects.loc[ISRAEL.name, "reason"] == (
        "check failed: events.date_precision isin(('day', 'month', 'year', 'decade')) (value 'century')")
    articles = pq.read_table(outputs / "parquet" / "articles.parquet").to_pandas()
    assert sorted(articles.source_file) == sorted([ICELAND.name, HOLDOUT[0].name])
    events = pq.read_table(outputs / "parquet" / "events.parquet").to_pandas()
    assert len(events) and "israel" not in " ".join(events.article_id)


def test_a_scan_reads_only_the_files_whose_stamp_changed(tmp_path, monkeypatch):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND, ISRAEL)
    hashes, opened = FileHashes(tmp_path / "cache"), []
    real = corpus_reader.open_source
    monkeypatch.setattr(corpus_reader, "open_source", lambda path, folder: (opened.append(path), real(path, folder))[1])
    first, _ = scan_corpus(corpus, hashes.load())
    hashes.save(first, time.time_ns() + 10**10)  # as if scanned well after the files were written
    iceland = corpus / ICELAND.name
    text = iceland.read_text(encoding="utf-8")
    iceland.write_text(text.replace(DATE, "8 April 1976"), encoding="utf-8")  # the same size
    opened.clear()
    second, _ = scan_corpus(corpus, hashes.load())
    assert [os.path.basename(path) for path in opened] == [ICELAND.name]
    assert {f.name: f.sha256 for f in second} == {f.name: f.sha256 for f in scan_corpus(corpus)[0]}
    before, after = ({f.name: f.sha256 for f in scan} for scan in (first, second))
    assert after[ICELAND.name] != before[ICELAND.name] and after[ISRAEL.name] == before[ISRAEL.name]


def test_files_changed_just_before_the_scan_are_read_again(tmp_path):
    """A file written within the time stamps' resolution of the scan may change again unseen."""
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    hashes = FileHashes(tmp_path / "cache")
    hashes.save(scan_corpus(corpus)[0])
    assert hashes.load() == {}
