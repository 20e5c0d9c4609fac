"""The whole pipeline, materialised for real into temporary folders."""

import json
import os
import subprocess
import sys
from datetime import date, datetime

import dagster as dg
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.build import build_dataset
from pipeline.extract.tables import CORE_TABLES
from pipeline.publish.table_schema import table_schema
from tests.conftest import ICELAND, ISRAEL, PROJECT, copy_corpus


def _read(release, name) -> pd.DataFrame:
    return pd.read_parquet(release / "parquet" / f"{name}.parquet")


def test_every_table_is_published_in_both_formats(seeds_release):
    for name in CORE_TABLES:
        parquet = _read(seeds_release, name)
        csv = pd.read_csv(seeds_release / "csv" / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(csv.columns) == table_schema(name).column_names
        assert len(csv) == len(parquet)
    assert (seeds_release / "datapackage.json").exists()
    assert "## `visits`" in (seeds_release / "data_dictionary.md").read_text(encoding="utf-8")
    assert not (seeds_release / ".staging").exists()


def test_articles_resolve_both_countries(seeds_release):
    articles = _read(seeds_release, "articles").set_index("article_id")
    assert articles.loc["albania-iceland", ["country_a_iso3", "country_b_iso3"]].tolist() == ["ALB", "ISL"]
    assert articles.loc["albania-israel", ["country_a_iso3", "country_b_iso3"]].tolist() == ["ALB", "ISR"]
    assert articles.loc["albania-iceland", "source_file"] == ICELAND.name


def test_events_hold_the_answer_key_facts(seeds_release):
    events = _read(seeds_release, "events")
    established = events[(events.article_id == "albania-iceland") & (events.event_type == "relations_established")]
    assert established[["date", "date_start", "date_end", "date_precision"]].values.tolist() == [
        ["1976-04-09", date(1976, 4, 9), date(1976, 4, 9), "day"]]
    recognition = events[(events.article_id == "albania-israel") & (events.event_type == "recognition")]
    assert recognition.date.tolist() == ["1949-04-19"]
    interval = events[events.date == "1967/1991"].iloc[0]
    assert (interval.date_start, interval.date_end, interval.date_precision) == (date(1967, 1, 1), date(1991, 12, 31), "year")
    assert set(events.plover_category.dropna()) <= {"SUPPORT", "AGREE", "CONSULT", "AID", "COOPERATE", "SANCTION"}


def test_visits_and_counterparts(seeds_release):
    visits = _read(seeds_release, "visits")
    rama = visits[(visits.visitor_name == "Edi Rama") & (visits.date == "2023-05")].iloc[0]
    assert (rama.origin_iso3, rama.host_iso3, rama.city, rama.visitor_role) == ("ALB", "ISL", "Reykjavík", "head_of_government")
    assert rama.occasion == "4th Council of Europe summit"
    events = _read(seeds_release, "events").set_index("event_id")
    assert events.loc[rama.event_id, "event_type"] == "visit"
    counterparts = _read(seeds_release, "visit_counterparts")
    haarde = visits[(visits.visitor_name == "Geir H. Haarde")].visit_id.iloc[0]
    assert set(counterparts[counterparts.visit_id == haarde].name) == {"Sali Berisha", "Bamir Topi", "Jozefina Topalli"}


def test_missions_include_honorary_consulate_and_accreditation(seeds_release):
    missions = _read(seeds_release, "missions")
    rows = set(missions[missions.article_id == "albania-iceland"][
        ["sending_iso3", "receiving_iso3", "mission_type", "city", "city_iso3", "resident"]].itertuples(index=False, name=None))
    assert rows == {
        ("ALB", "ISL", "embassy", "Stockholm", "SWE", False),
        ("ISL", "ALB", "embassy", "Stockholm", "SWE", False),
        ("ISL", "ALB", "honorary_consulate", "Tirana", "ALB", True),
    }


def test_rows_are_sorted_by_key(seeds_release):
    for name in CORE_TABLES:
        df = _read(seeds_release, name)
        key = list(table_schema(name).primary_key)
        assert df[key].equals(df.sort_values(key)[key].reset_index(drop=True)), name


def test_parquet_schema_is_the_declared_one(seeds_release):
    for name in CORE_TABLES:
        written = pq.read_schema(seeds_release / "parquet" / f"{name}.parquet")
        declared = table_schema(name).arrow_schema()
        assert written.remove_metadata().equals(declared.remove_metadata())
        for field in declared:
            assert written.field(field.name).metadata[b"description"] == field.metadata[b"description"]


def test_datapackage_describes_every_file(seeds_release):
    package = json.loads((seeds_release / "datapackage.json").read_text())
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == {*CORE_TABLES, *(f"{n}-parquet" for n in CORE_TABLES)}
    visits = resources["visits"]
    assert visits["schema"]["primaryKey"] == ["visit_id"]
    assert {"fields": ["event_id"], "reference": {"resource": "events", "fields": ["event_id"]}} in visits["schema"]["foreignKeys"]
    assert all(f["description"] for r in package["resources"] for f in r["schema"]["fields"])
    size = (seeds_release / "csv" / "visits.csv").stat().st_size
    assert visits["bytes"] == size


def test_the_whole_datapackage_validates_with_frictionless(seeds_release):
    from frictionless import Package

    package = Package(str(seeds_release / "datapackage.json"))
    report = package.validate()
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])[:10]
    rows = {task.name: task.stats.get("rows") or 0 for task in report.tasks}
    assert rows["events-parquet"] == rows["events"] == len(_read(seeds_release, "events")) > 0
    assert {"version", "created", "licenses", "sources", "contributors"} <= set(package.to_descriptor())


def test_parquet_resources_carry_their_size_and_hash_and_foreign_keys(seeds_release):
    import hashlib

    package = json.loads((seeds_release / "datapackage.json").read_text())
    parquet = {r["name"]: r for r in package["resources"] if r["format"] == "parquet"}
    for resource in parquet.values():
        data = (seeds_release / resource["path"]).read_bytes()
        assert (resource["fileBytes"], resource["fileHash"]) == (len(data), "sha256:" + hashlib.sha256(data).hexdigest())
    assert {"fields": ["event_id"], "reference": {"resource": "events-parquet", "fields": ["event_id"]}} in (
        parquet["visits-parquet"]["schema"]["foreignKeys"])


def test_a_broken_foreign_key_in_a_parquet_file_fails_validation(seeds_release, tmp_path):
    import shutil

    from frictionless import Package

    copy = tmp_path / "release"
    shutil.copytree(seeds_release / "latest", copy)
    visits = pd.read_parquet(copy / "parquet" / "visits.parquet")
    visits.loc[0, "event_id"] = "no-such-event"
    visits.to_parquet(copy / "parquet" / "visits.parquet", index=False)
    descriptor = json.loads((copy / "datapackage.json").read_text())
    descriptor["resources"] = [r for r in descriptor["resources"] if r["format"] == "parquet"]
    report = Package(descriptor, basepath=str(copy)).validate()
    assert {row[0] for row in report.flatten(["type"])} == {"foreign-key"}


def test_two_runs_write_the_same_bytes(seeds_release, tmp_path, monkeypatch):
    """Every file but the DuckDB database (whose blocks DuckDB lays out anew each time) and the
    files that hash it; SOURCE_DATE_EPOCH fixes the release time, as for any reproducible build."""
    first = json.loads((seeds_release / "datapackage.json").read_text())["created"]
    epoch = int(datetime.fromisoformat(first.replace("Z", "+00:00")).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    again = tmp_path / "again"
    build_dataset(PROJECT / "seeds", again, instance=dg.DagsterInstance.ephemeral())
    compared = 0
    for path in sorted((seeds_release / "latest").rglob("*")):
        if path.is_file() and path.suffix != ".duckdb" and path.name != "SHA256SUMS":
            relative = path.relative_to(seeds_release / "latest")
            assert path.read_bytes() == (again / "latest" / relative).read_bytes(), relative
            compared += 1
    assert compared >= 20


def test_bad_files_go_to_rejects_and_good_articles_are_published(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND, ISRAEL)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \x80")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "notitle.txt").write_text("Albania and Iceland.\n", encoding="utf-8")
    (corpus / "atlantis.txt").write_text("= Atlantis–Iceland relations =\n\nText.\n", encoding="utf-8")
    build_dataset(corpus, tmp_path / "out", instance=dg.DagsterInstance.ephemeral())
    rejects = _read(tmp_path / "out", "rejects").set_index("source_file")
    assert set(rejects.index) == {"broken.txt", "empty.txt", "notitle.txt", "atlantis.txt"}
    assert "not UTF-8" in rejects.loc["broken.txt", "reason"]
    assert rejects.loc["atlantis.txt", "stage"] == "extract"
    assert "Atlantis" in rejects.loc["atlantis.txt", "reason"]
    assert set(_read(tmp_path / "out", "articles").article_id) == {"albania-iceland", "albania-israel"}


def test_a_sentence_repeated_in_a_paragraph_is_one_event_and_the_build_passes(tmp_path):
    sentence = "Diplomatic relations between the countries were finally established on 9 April 1976."
    text = ICELAND.read_text(encoding="utf-8")
    assert sentence in text
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / ICELAND.name).write_text(text.replace(sentence, f"{sentence} {sentence}\n{sentence}"), encoding="utf-8")
    build_dataset(corpus, tmp_path / "out", instance=dg.DagsterInstance.ephemeral())
    events = _read(tmp_path / "out", "events")
    assert (events.date == "1976-04-09").sum() == 1
    assert _read(tmp_path / "out", "rejects").empty


def test_odd_files_and_titles_never_stop_the_release(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    title = ISRAEL.read_text(encoding="utf-8").splitlines()[0]
    japanese = ISRAEL.read_text(encoding="utf-8").replace(title, "= 両国の関係 =", 1).replace(
        "Infobox\n", "Infobox\n- Party1: Albania\n- Party2: Israel\n", 1)  # the parties from the infobox
    with open(os.path.join(os.fsencode(corpus), b"\xe4\xb8\xa1-\xff.txt"), "wb") as handle:  # not UTF-8
        handle.write(japanese.encode("utf-8"))
    (tmp_path / "private.txt").write_text(title + "\n", encoding="utf-8")
    (corpus / "outside.txt").symlink_to(tmp_path / "private.txt")
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    os.mkfifo(corpus / "pipe.txt")
    build_dataset(corpus, tmp_path / "out", instance=dg.DagsterInstance.ephemeral())
    articles = _read(tmp_path / "out", "articles").set_index("article_id")
    assert articles.source_file.to_dict() == {"albania-iceland": ICELAND.name, "liang-guo-noguan-xi": "両-\\xff.txt"}
    assert articles.loc["liang-guo-noguan-xi", "country_b_iso3"] == "ISR"
    assert set(_read(tmp_path / "out", "rejects").source_file) == {"outside.txt", "dangling.txt", "pipe.txt"}
    csv = pd.read_csv(tmp_path / "out" / "csv" / "articles.csv", dtype=str)
    assert "両-\\xff.txt" in set(csv.source_file)


def _corrupt_israel(monkeypatch, corrupt) -> None:
    import pipeline.extract.tables as tables

    real = tables.extract_facts

    def extract(read):
        facts = real(read)
        if "Israel" in read.article.title:
            corrupt(facts)
        return facts

    monkeypatch.setattr(tables, "extract_facts", extract)


@pytest.mark.parametrize("corrupt, check", [
    (lambda facts: facts.events.append(dict(facts.events[0])), "events.event_id field_uniqueness"),
    (lambda facts: facts.events[0].update(plover_category="NOT_A_CATEGORY"), "events.plover_category isin"),
], ids=["repeated_event_id", "value_out_of_vocabulary"])
def test_an_article_failing_a_check_is_rejected_and_the_others_published(tmp_path, monkeypatch, corrupt, check):
    _corrupt_israel(monkeypatch, corrupt)
    build_dataset(copy_corpus(tmp_path / "corpus", ICELAND, ISRAEL), tmp_path / "out",
                  instance=dg.DagsterInstance.ephemeral())
    assert _read(tmp_path / "out", "articles").article_id.tolist() == ["albania-iceland"]
    assert set(_read(tmp_path / "out", "events").article_id) == {"albania-iceland"}
    reject = _read(tmp_path / "out", "rejects").iloc[0]
    assert (reject.source_file, reject.stage) == (ISRAEL.name, "validate")
    assert reject.reason.startswith(f"check failed: {check}"), reject.reason


def _release_files(outputs) -> dict:
    """Every file of the outputs folder but the build's cache."""
    return {p: p.read_bytes() for p in outputs.rglob("*") if p.is_file() and ".cache" not in p.relative_to(outputs).parts}


def test_whole_table_checks_block_when_quarantine_misses_a_row(tmp_path, monkeypatch):
    """The blocking checks are the last guard: a bad row that reached them publishes nothing."""
    import pipeline.core_tables as core_tables

    outputs = tmp_path / "out"
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    build_dataset(corpus, outputs, instance=dg.DagsterInstance.ephemeral())
    before = _release_files(outputs)

    monkeypatch.setattr(core_tables, "quarantine", lambda tables, failed: tables)
    _corrupt_israel(monkeypatch, lambda facts: facts.events[0].update(plover_category="NOT_A_CATEGORY"))
    copy_corpus(corpus, ISRAEL)  # a successful run would now publish a second article
    with pytest.raises(dg.DagsterError):
        build_dataset(corpus, outputs, instance=dg.DagsterInstance.ephemeral())
    after = _release_files(outputs)
    assert after == before


def test_dg_launch_honours_the_environment(tmp_path):
    """The command scripts/build runs, from the project folder."""
    corpus = copy_corpus(tmp_path / "corpus", ISRAEL)
    outputs = tmp_path / "cli_out"
    env = {**os.environ, "PIPELINE_SEEDS_DIR": str(corpus), "PIPELINE_OUTPUTS_DIR": str(outputs),
           "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    (tmp_path / "dagster_home").mkdir()
    dg_cli = os.path.join(os.path.dirname(sys.executable), "dg")
    subprocess.run([dg_cli, "launch", "--assets", "*"],
                   cwd=PROJECT, env=env, check=True, capture_output=True, timeout=300)
    articles = _read(outputs, "articles")
    assert articles.article_id.tolist() == ["albania-israel"]
