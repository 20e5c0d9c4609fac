"""What a release holds: checksums, ZIP, changelog, DuckDB file, charts, licences, versions."""

import json
import os
import shutil
import subprocess
import zipfile
from datetime import date, datetime, timezone

import dagster as dg
import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.build import build_dataset
from pipeline.config import PipelinePaths
from pipeline.definitions import ASSETS, CHECKS
from pipeline.extract.facts import wikipedia_url
from pipeline.extract.tables import frame
from pipeline.publish.changelog import row_changes
from pipeline.publish.charts import events_per_year, missions_per_country, visits_per_pair
from pipeline.publish.files import to_arrow, write_parquet
from pipeline.publish.schema_diff import same_tables, schema_changes
from pipeline.publish.table_schema import table_schema
from schemas.tables import TABLES
from pipeline.publish import zip_writer
from tests.conftest import ICELAND, ISRAEL, copy_corpus

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _latest(outputs):
    return outputs / "releases" / os.readlink(outputs / "latest").removeprefix("releases/")


def test_a_release_passes_its_own_sha256sums(seeds_release):
    release = _latest(seeds_release)
    listed = [line.split("  ", 1)[1] for line in (release / "SHA256SUMS").read_text().splitlines()]
    assert {"datapackage.json", "bilateral_relations.duckdb", "csv/events.csv", "charts/visits_per_pair.png",
            "README.md", "CHANGELOG.md", "LICENSE.md", "ATTRIBUTION.md", "CITATION.cff"} <= set(listed)
    done = subprocess.run(["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=release, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(": OK") == len(listed)


def test_the_zip_beside_the_release_holds_every_file(seeds_release):
    release = _latest(seeds_release)
    files = sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file())
    with zipfile.ZipFile(release.with_name(f"{release.name}.zip")) as bundle:
        names = bundle.namelist()
        assert names == [f"bilateral-relations-{release.name}/{name}" for name in files]
        assert bundle.read(names[files.index("csv/visits.csv")]) == (release / "csv" / "visits.csv").read_bytes()
        assert bundle.testzip() is None


def test_readme_citation_and_licences_name_the_version_and_every_article(seeds_release):
    release = _latest(seeds_release)
    package = json.loads((release / "datapackage.json").read_text())
    version, day = package["version"], package["created"][:10]
    readme = (release / "README.md").read_text()
    events = len(pd.read_parquet(release / "parquet" / "events.parquet"))
    assert f"release {version} ({day})" in readme and f"| `events` | {events} |" in readme
    for tool in ("import pandas", "import polars", "import duckdb", "library(arrow)"):
        assert tool in readme
    citation = (release / "CITATION.cff").read_text()
    assert f'version: "{version}"' in citation and f"date-released: {day}" in citation
    attribution = (release / "ATTRIBUTION.md").read_text()
    for title, url in pd.read_parquet(release / "parquet" / "articles.parquet")[["title", "wikipedia_url"]].values:
        assert f"| {title} | <{url}> |" in attribution
    assert "CC BY-SA 4.0" in (release / "LICENSE.md").read_text() and "GeoNames" in (release / "LICENSE.md").read_text()
    assert {s["path"] for s in package["sources"]} >= {"https://en.wikipedia.org/wiki/Albania%E2%80%93Iceland_relations"}


def test_wikipedia_urls_are_percent_encoded_utf8():
    assert wikipedia_url("Albania–Iceland relations") == "https://en.wikipedia.org/wiki/Albania%E2%80%93Iceland_relations"
    assert wikipedia_url("Côte d'Ivoire–France relations") == (
        "https://en.wikipedia.org/wiki/C%C3%B4te_d%27Ivoire%E2%80%93France_relations")
    assert wikipedia_url("A (B)/C?") == "https://en.wikipedia.org/wiki/A_(B)/C%3F"


def test_a_build_after_adding_an_article_publishes_the_next_version_with_its_rows_in_the_changelog(tmp_path):
    corpus, outputs = copy_corpus(tmp_path / "corpus", ICELAND), tmp_path / "out"
    build_dataset(corpus, outputs, instance=dg.DagsterInstance.ephemeral(), log_level="WARNING")
    copy_corpus(corpus, ISRAEL)
    build_dataset(corpus, outputs, instance=dg.DagsterInstance.ephemeral(), log_level="WARNING")
    assert os.readlink(outputs / "latest") == "releases/1.1.0"
    assert (outputs / "releases" / "1.0.0.zip").is_file() and (outputs / "releases" / "1.1.0.zip").is_file()
    changelog = (outputs / "latest" / "CHANGELOG.md").read_text()
    new, old = changelog.split("## 1.0.0")
    assert "## 1.1.0" in new and "First release." in old
    added = [line for line in new.splitlines() if line.startswith("- `")]
    assert "- `articles`: `albania-israel`" in added
    israel_events = pd.read_parquet(outputs / "parquet" / "events.parquet").query("article_id == 'albania-israel'")
    events_line = next(line for line in added if line.startswith("- `events`"))
    assert f"`{israel_events.event_id.min()}`" in events_line
    assert "| `articles` | 2 | 1 | 0 | 0 |" in new
    assert "Rows removed" not in new


def test_row_changes_name_added_removed_and_changed_keys(tmp_path):
    schema = table_schema("visit_counterparts")
    rows = [{"visit_id": "v1", "name": "A", "title": None}, {"visit_id": "v1", "name": "B", "title": "x"},
            {"visit_id": "v2", "name": "C", "title": None}]
    write_parquet(to_arrow(frame("visit_counterparts", rows), schema), tmp_path / "old.parquet")
    new = [rows[0], {**rows[1], "title": "y"}, {"visit_id": "v3", "name": "D", "title": None}]
    changes = row_changes("visit_counterparts", to_arrow(frame("visit_counterparts", new), schema), tmp_path / "old.parquet")
    assert (changes.rows, changes.added, changes.removed, changes.changed) == (3, ["v3 / D"], ["v2 / C"], ["v1 / B"])


def test_the_duckdb_file_answers_a_join_and_keeps_keys_and_comments(seeds_release):
    with duckdb.connect(str(_latest(seeds_release) / "bilateral_relations.duckdb"), read_only=True) as con:
        joined = con.execute("SELECT v.visitor_name, e.event_type, e.description FROM visits v "
                         "JOIN events e USING (event_id) WHERE v.visitor_name = 'Edi Rama'").fetchall()
        assert joined and {row[1] for row in joined} == {"visit"}
        assert con.execute("SELECT count(*) FROM visits JOIN events USING (event_id)").fetchone()[0] == (
            con.execute("SELECT count(*) FROM visits").fetchone()[0]) > 0
        comment = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'articles' "
                          "AND column_name = 'wikipedia_url'").fetchone()[0]
        assert comment.startswith("Address of the article on English Wikipedia")
        kinds = {row[0] for row in con.execute("SELECT constraint_type FROM duckdb_constraints() "
                                           "WHERE table_name = 'visits'").fetchall()}
        assert {"PRIMARY KEY", "FOREIGN KEY", "NOT NULL", "CHECK"} <= kinds


def test_the_charts_exist_and_count_every_row(seeds_release):
    release = _latest(seeds_release)
    for name in ("events_per_year.png", "visits_per_pair.png", "missions_per_country.png"):
        data = (release / "charts" / name).read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 5000, name
    tables = {name: pq.read_table(release / "parquet" / f"{name}.parquet") for name in ("events", "visits", "articles", "missions")}
    assert events_per_year(tables["events"]).to_numpy().sum() == tables["events"].num_rows > 0
    pairs = visits_per_pair(tables["visits"], tables["articles"])
    assert pairs.to_numpy().sum() == tables["visits"].num_rows and pairs.loc["ALB–ISL"].sum() > 0
    assert missions_per_country(tables["missions"]).loc["ISL"].to_dict() == {"embassy": 1, "honorary_consulate": 1}


def test_events_per_year_shows_the_last_hundred_years_and_reads_dates_before_pandas_timestamps():
    events = pa.table({"date_start": [date(1200, 1, 1), date(1960, 1, 1), date(2001, 5, 1), date(2001, 6, 1)],
                       "event_type": ["agreement", "visit", "visit", "agreement"]})
    counts = events_per_year(events)
    assert (counts.index[0], counts.index[-1], len(counts), counts.to_numpy().sum()) == (1902, 2001, 100, 3)
    assert counts.loc[2001].to_dict() == {"agreement": 1, "visit": 1}
    assert len(events_per_year(events.slice(1))) == 42


def _descriptor(fields: list[dict]) -> dict:
    return {"resources": [{"name": "t", "format": "csv", "schema": {"fields": fields, "primaryKey": ["a"]}}]}


def test_tables_described_alike_down_to_their_descriptions_are_the_same_tables():
    """What decides whether the previous DuckDB file can be patched rather than written anew."""
    fields = [{"name": "a", "type": "string", "description": "A.", "constraints": {"enum": ["x"]}}]
    one = {"resources": [{"name": "t", "format": "csv", "description": "T.", "schema": {"fields": fields}}]}
    assert same_tables(one, json.loads(json.dumps(one)))
    for change in ({"description": "Another."}, {"constraints": {"enum": ["x", "y"]}}):
        other = json.loads(json.dumps(one))
        other["resources"][0]["schema"]["fields"][0].update(change)
        assert not same_tables(one, other)


def test_new_columns_are_minor_and_changed_vocabularies_major():
    base = [{"name": "a", "type": "string", "constraints": {"required": True}},
            {"name": "kind", "type": "string", "constraints": {"enum": ["x", "y"]}}]
    added = schema_changes(_descriptor(base), _descriptor([*base, {"name": "url", "type": "string"}]))
    assert [(c.text, c.breaking) for c in added] == [("column `url` added (string)", False)]
    narrowed = [base[0], {**base[1], "constraints": {"enum": ["x"]}}]
    assert [c.breaking for c in schema_changes(_descriptor(base), _descriptor(narrowed))] == [True]
    assert [c.breaking for c in schema_changes(_descriptor(base), _descriptor(base[:1]))] == [True]


def test_the_release_asset_materialised_alone_publishes_from_the_stored_tables(tmp_path):
    """Every offered asset works on its own: `release` loads the checked tables of the last run."""
    corpus, outputs = copy_corpus(tmp_path / "corpus", ICELAND), tmp_path / "out"
    instance = dg.DagsterInstance.ephemeral()
    build_dataset(corpus, outputs, instance=instance, log_level="WARNING")
    shutil.rmtree(outputs)
    paths = PipelinePaths(seeds_dir=str(corpus), outputs_dir=str(outputs))
    result = dg.materialize([*ASSETS, *CHECKS], selection="release", resources={"paths": paths}, instance=instance)
    assert result.success
    assert os.readlink(outputs / "latest") == "releases/1.0.0"
    assert pd.read_parquet(outputs / "parquet" / "articles.parquet").article_id.tolist() == ["albania-iceland"]


def test_a_zip_made_with_the_previous_zips_chunks_has_the_bytes_of_one_made_whole(seeds_release, tmp_path, monkeypatch):
    monkeypatch.setattr(zip_writer, "CUT_EVERY", 4)  # small chunks, so that a few recur
    monkeypatch.setattr(zip_writer, "CHUNK_BYTES", 4096)
    deflated, real = [], zip_writer._deflated
    monkeypatch.setattr(zip_writer, "_deflated", lambda chunk: (deflated.append(len(chunk)), real(chunk))[1])
    folder, created = tmp_path / "release", datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    shutil.copytree(_latest(seeds_release), folder)

    def write(name: str, index: str, previous: str | None = None, block: int = 1000) -> bytes:
        deflated.clear()
        monkeypatch.setattr(zip_writer, "BLOCK_BYTES", block)  # chunks do not depend on how the file is read
        zip_writer.write_zip(folder, tmp_path / name, "top", created, tmp_path / index,
                             previous and tmp_path / previous)
        return (tmp_path / name).read_bytes()

    write("first.zip", "index.parquet")
    events = folder / "csv" / "events.csv"
    lines = events.read_bytes().split(b"\r\n")
    events.write_bytes(b"\r\n".join([*lines[:20], lines[21].replace(b"a", b"b"), *lines[22:]]))
    reused = write("second.zip", "index.parquet", "first.zip")
    assert 0 < sum(deflated) < events.stat().st_size
    assert reused == write("whole.zip", "other.parquet", block=1 << 20)
    assert sum(deflated) > (folder / "bilateral_relations.duckdb").stat().st_size
    with zipfile.ZipFile(tmp_path / "second.zip") as bundle:
        assert bundle.testzip() is None
        assert bundle.read("top/csv/events.csv") == events.read_bytes()
        assert bundle.getinfo("top/parquet/events.parquet").compress_type == zipfile.ZIP_STORED


def test_a_duckdb_file_that_cannot_be_opened_is_written_anew_rather_than_patched(seeds_release, tmp_path):
    from pipeline.publish.duckdb_file import patch_duckdb
    from pipeline.publish.row_diff import row_diff

    release = _latest(seeds_release)
    tables = {name: pq.read_table(release / "parquet" / f"{name}.parquet") for name in TABLES}
    diffs = {name: row_diff(t, t, list(table_schema(name).primary_key)) for name, t in tables.items()}
    (tmp_path / "old.duckdb").write_bytes(b"written by another DuckDB" * 100)
    patch_duckdb(tmp_path / "old.duckdb", tmp_path / "new.duckdb", tables, tables, diffs)
    with duckdb.connect(str(tmp_path / "new.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == tables["events"].num_rows > 0
