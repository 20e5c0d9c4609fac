"""Extraction over a corpus: serial and forked workers give the same tables."""

import pipeline.extract.tables as tables
from pipeline.read.corpus import read_corpus
from tests.conftest import SHARED_CORPUS


def test_parallel_extraction_equals_serial(monkeypatch):
    articles, rejects = read_corpus(SHARED_CORPUS / "dev")
    serial = tables.extract_corpus(articles, rejects)
    monkeypatch.setattr(tables, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(tables.os, "cpu_count", lambda: 2)
    parallel = tables.extract_corpus(articles, rejects)
    assert len(serial["events"]) > 100
    for name in tables.CORE_TABLES:
        assert serial[name].equals(parallel[name]), name
