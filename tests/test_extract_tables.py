"""Extraction over a corpus: serial and forked workers give the same tables."""

import pipeline.extract.tables as tables
from pipeline.read.corpus import read_corpus, scan_corpus
from tests.conftest import PROJECT, core_frames


def test_parallel_extraction_equals_serial(monkeypatch):
    files, rejects = scan_corpus(PROJECT / "tests" / "holdout3")
    serial = core_frames(files, rejects)
    monkeypatch.setattr(tables, "PARALLEL_MIN_ARTICLES", 2)
    monkeypatch.setattr(tables, "CHUNK_FILES", 2)
    monkeypatch.setattr(tables.os, "cpu_count", lambda: 2)
    parallel = core_frames(files, rejects)
    assert len(serial["events"]) > 100
    for name in tables.CORE_TABLES:
        assert serial[name].equals(parallel[name]), name


def test_crlf_and_bom_articles_give_the_same_facts(tmp_path):
    from tests.conftest import ICELAND

    text = ICELAND.read_text(encoding="utf-8")
    (tmp_path / "lf").mkdir()
    (tmp_path / "crlf").mkdir()
    (tmp_path / "lf" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "crlf" / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    lf, crlf = (core_frames(*scan_corpus(tmp_path / name)) for name in ("lf", "crlf"))
    assert lf["events"]["event_id"].tolist() == crlf["events"]["event_id"].tolist()
    assert len(lf["events"]) == 11
    assert lf["missions"]["city"].tolist() == crlf["missions"]["city"].tolist()
    source = (tmp_path / "crlf" / "a.txt").read_bytes().decode("utf-8-sig")  # offsets point into the decoded source
    for first in (crlf["events"].iloc[0], crlf["events"].iloc[-1]):
        said = source[first.char_start:first.char_end].replace("\r\n", "\n")
        assert said == first.description
    assert source[crlf["events"].iloc[0].char_start:].startswith("From 1967 to 1991")


def test_an_error_in_one_article_costs_only_that_article(monkeypatch):
    from tests.conftest import SEEDS

    files, rejects = scan_corpus(SEEDS)
    real = tables.extract_facts

    def failing(read):
        if "Israel" in read.article.title:
            raise IndexError("boom")
        return real(read)

    monkeypatch.setattr(tables, "extract_facts", failing)
    result = core_frames(files, rejects)
    assert result["articles"]["article_id"].tolist() == ["albania-iceland"]
    reject = result["rejects"].iloc[0]
    assert (reject.stage, reject.reason) == ("extract", "extraction failed (IndexError: boom)")


def test_two_visits_in_one_sentence_are_two_events_and_a_repeat_is_one(tmp_path):
    from pipeline.extract.facts import extract_facts
    from pipeline.read.corpus import read_corpus

    sentence = ("President Ana Ruiz visited Ottawa in 2005, and Foreign Minister Paul Roy visited "
                "Mexico City in 2005.")
    (tmp_path / "a.txt").write_text(f"= Canada–Mexico relations =\n== Visits ==\n{sentence} {sentence}\n",
                                    encoding="utf-8")
    articles, _ = read_corpus(tmp_path)
    facts = extract_facts(articles[0])
    visits = sorted((v["visitor_name"], v["host_iso3"]) for v in facts.visits)
    assert visits == [("Ana Ruiz", "CAN"), ("Paul Roy", "MEX")]
    assert len({e["event_id"] for e in facts.events}) == len(facts.events) == 2


def test_a_duplicate_is_rejected_under_its_own_title(tmp_path):
    from tests.conftest import ISRAEL

    text = ISRAEL.read_text(encoding="utf-8")
    title = text.splitlines()[0]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace(title, title.replace("relations", "Relations"), 1), encoding="utf-8")
    result = core_frames(*scan_corpus(tmp_path))
    assert result["articles"].source_file.tolist() == ["a.txt"]
    reason = result["rejects"].set_index("source_file").loc["b.txt", "reason"]
    assert reason.startswith("duplicate article: 'Albania–Israel Relations' is also in a.txt"), reason


def test_of_three_copies_the_longest_is_kept_and_each_other_names_the_copy_it_lost_to(tmp_path):
    from tests.conftest import ICELAND, ISRAEL

    text = ISRAEL.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text[:len(text) // 2], encoding="utf-8")  # truncated
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.txt").write_text(text + "\nIn 2024 both countries signed a trade agreement.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")  # as long as b.txt, later by name
    (tmp_path / "e.txt").write_text(ICELAND.read_text(encoding="utf-8"), encoding="utf-8")
    result = core_frames(*scan_corpus(tmp_path))
    assert sorted(result["articles"].source_file) == ["c.txt", "e.txt"]
    reasons = result["rejects"].set_index("source_file").reason.to_dict()
    assert sorted(reasons) == ["a.txt", "b.txt", "d.txt"]
    assert "is also in b.txt, which is kept (the longer text" in reasons["a.txt"]
    assert "is also in c.txt, which is kept (the longer text" in reasons["b.txt"]
    assert "is also in c.txt, which is kept (the longer text" in reasons["d.txt"]
