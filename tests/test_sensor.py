"""The corpus sensor asks for a build when articles are added or changed, and only then."""

import os

import dagster as dg

from pipeline.assets.corpus import observe_corpus
from pipeline.config import PipelinePaths
from pipeline.definitions import defs
from pipeline.sensors import corpus_sensor
from tests.conftest import ICELAND, ISRAEL, copy_corpus


def _evaluate(paths: PipelinePaths, cursor: str | None):
    return corpus_sensor(dg.build_sensor_context(cursor=cursor, resources={"paths": paths}))


def test_the_sensor_requests_a_run_when_an_article_is_added_or_changed(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    paths = PipelinePaths(seeds_dir=str(corpus), outputs_dir=str(tmp_path / "out"))
    first = _evaluate(paths, None)
    assert [request.run_key for request in first.run_requests] == [first.cursor]
    assert first.cursor == observe_corpus(paths).value

    assert isinstance(_evaluate(paths, first.cursor), dg.SkipReason)

    copy_corpus(corpus, ISRAEL)
    added = _evaluate(paths, first.cursor)
    assert len(added.run_requests) == 1 and added.cursor != first.cursor
    observation = added.asset_events[0]
    assert (observation.asset_key, observation.tags["dagster/data_version"]) == (dg.AssetKey("corpus"), added.cursor)

    article = corpus / ISRAEL.name
    article.write_text(article.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    os.utime(article, ns=(1, 1))
    changed = _evaluate(paths, added.cursor)
    assert len(changed.run_requests) == 1 and changed.cursor not in (first.cursor, added.cursor)


def test_the_sensor_and_the_observed_corpus_are_in_the_code_location():
    repository = defs.get_repository_def()
    job = repository.get_job(repository.get_sensor_def("corpus_sensor").job_name)
    assert dg.AssetKey("release") in job.asset_layer.selected_asset_keys  # a run builds and publishes
    graph = defs.resolve_asset_graph()
    assert graph.get(dg.AssetKey("corpus")).is_observable
    assert dg.AssetKey("corpus") in graph.get(dg.AssetKey("raw_articles")).parent_keys
    assert graph.get(dg.AssetKey("core_events")).code_version == graph.get(dg.AssetKey("raw_articles")).code_version
    assert all(graph.get(key).owners for key in graph.materializable_asset_keys)
