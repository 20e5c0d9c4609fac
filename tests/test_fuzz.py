"""Property-based and fuzz tests: articles mutated as an attacker or a careless editor would.

Mutations: truncation, byte flips, NUL bytes, duplicated lines, broken headings and infobox,
odd titles and file names, odd encodings and line ends, impossible dates, formula text. The
mutated articles come from the hold-out sets, the good ones are the seeds, so no mutation
can share a good article's title. Each run tries FUZZ_EXAMPLES + CORPUS_EXAMPLES *
FILES_PER_CORPUS + BUILD_EXAMPLES * FILES_PER_BUILD generated files (see the settings).
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.build import build_dataset
from pipeline.extract.facts import extract_facts
from pipeline.publish.files import FORMULA_PREFIXES
from pipeline.read.article import ArticleFormatError
from pipeline.read.corpus import MAX_ARTICLE_BYTES, ReadArticle, SourceFile, decode_article, scan_corpus
from tests.conftest import ICELAND, ISRAEL, PROJECT, SEEDS, copy_corpus, core_frames

FUZZ_EXAMPLES, CORPUS_EXAMPLES, FILES_PER_CORPUS, BUILD_EXAMPLES, FILES_PER_BUILD = 200, 25, 6, 2, 12
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=timedelta(seconds=10), database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
HOLDOUT = sorted([*(PROJECT / "tests" / "holdout").glob("*.txt"), *(PROJECT / "tests" / "holdout2").glob("*.txt")])
SOURCES = [path.read_bytes() for path in HOLDOUT]

IMPOSSIBLE_DATES = ["On 31 February 2019, the two countries signed a treaty.", "In 0000, relations were established.",
                    "On 99/99/9999 the embassy opened.", "Apr. 9, 1976, ministers met in Tokyo.",
                    "issue 3, 2019 of the agreement", "In the 1990s and 19X0s, visits followed.",
                    "On 2019-13-45, talks resumed.", "In the year 99999, Japan recognised Poland."]
FORMULAS = ["=HYPERLINK(\"http://x\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1+1"]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _truncate(draw, data: bytes) -> bytes:
    return data[: draw(st.integers(0, len(data)))]


def _flip(draw, data: bytes) -> bytes:
    if not data:
        return data
    at = draw(st.integers(0, len(data) - 1))
    return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]


def _nul(draw, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + b"\x00" + data[at:]


def _duplicate_line(draw, data: bytes) -> bytes:
    lines = _lines(data)
    at = draw(st.integers(0, len(lines) - 1))
    return b"\n".join(lines[: at + 1] + [lines[at]] * draw(st.integers(1, 3)) + lines[at + 1:])


def _repeat_sentence(draw, data: bytes) -> bytes:
    lines = _lines(data)
    at = draw(st.integers(0, len(lines) - 1))
    lines[at] = lines[at] + b" " + lines[at]
    return b"\n".join(lines)


def _break_headings(draw, data: bytes) -> bytes:
    broken = draw(st.sampled_from([b"=", b"===", b"", b"== ", b"=\n="]))
    return b"\n".join(line.replace(b"==", broken, 1) if line.startswith(b"==") else line for line in _lines(data))


def _break_infobox(draw, data: bytes) -> bytes:
    edit = draw(st.sampled_from([(b"Infobox", b""), (b"- Party1:", b"- Party1"), (b": ", b"::"), (b"- ", b"-")]))
    return data.replace(*edit)


def _odd_title(draw, data: bytes) -> bytes:
    title = draw(st.one_of(st.text(max_size=40), st.sampled_from(["両国の関係", "–", "", "= =", *FORMULAS])))
    lines = _lines(data)
    return b"\n".join([f"= {title} =".encode("utf-8", "surrogatepass")] + lines[1:])


def _encoding(draw, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    encoding = draw(st.sampled_from(["utf-16", "utf-32", "utf-16-le", "latin-1", "cp1252", "utf-8-sig"]))
    return text.encode(encoding, "replace")


def _line_ends(draw, data: bytes) -> bytes:
    return data.replace(b"\n", draw(st.sampled_from([b"\r\n", b"\r", b"\n\n", b"\x85", "\u2028".encode()])))


def _insert(draw, data: bytes) -> bytes:
    text = draw(st.one_of(st.sampled_from(IMPOSSIBLE_DATES + FORMULAS), st.text(max_size=80)))
    lines = _lines(data)
    at = draw(st.integers(0, len(lines)))
    return b"\n".join(lines[:at] + [text.encode("utf-8", "surrogatepass")] + lines[at:])


MUTATIONS = [_truncate, _flip, _nul, _duplicate_line, _repeat_sentence, _break_headings, _break_infobox,
             _odd_title, _encoding, _line_ends, _insert]


@st.composite
def mutated_articles(draw) -> bytes:
    data = draw(st.sampled_from(SOURCES))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3)):
        data = mutation(draw, data)
    return data


file_names = st.one_of(
    st.sampled_from(FORMULAS[:4]).map(lambda formula: f"{formula}.txt".replace("/", "_").encode("utf-8")),
    st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=20)
    .map(lambda name: os.fsencode(f"fuzz {name}.txt")),
    st.binary(min_size=1, max_size=12).map(lambda raw: b"fuzz-" + raw.replace(b"/", b"_").replace(b"\x00", b"_") + b".txt"),
)


def _write_corpus(folder: Path, files: list[tuple[bytes, bytes]]) -> set[str]:
    """Write the good seeds and the fuzzed files; the names every input must appear under."""
    copy_corpus(folder, ICELAND, ISRAEL)
    for name, data in files:
        with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
            handle.write(data)
    return {ICELAND.name, ISRAEL.name} | {os.fsdecode(name).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                                          for name, _ in files}


def _good_rows(tables: dict[str, pd.DataFrame]) -> dict[str, list]:
    """Rows of the good (seed) articles, in a stable order."""
    good = {"albania-iceland", "albania-israel"}
    return {name: tables[name][tables[name].article_id.isin(good)].sort_values(tables[name].columns[0])
            .astype(str).values.tolist() for name in ("articles", "events", "visits", "missions")}


@pytest.fixture(scope="module")
def baseline() -> dict[str, list]:
    """The seeds' rows alone (this also loads the gazetteer before any deadline runs)."""
    return _good_rows(core_frames(*scan_corpus(SEEDS)))


@FUZZ
@given(data=mutated_articles())
def test_mutated_articles_never_raise_in_the_reader_or_the_extraction(baseline, data):
    source = SourceFile("fuzz.txt", data)
    try:
        article = decode_article(source)
    except ArticleFormatError as err:
        assert str(err)
        return
    try:
        extract_facts(ReadArticle(article, source.sha256, len(data)))
    except ValueError as err:  # an article the rules cannot use (no pair of countries): a reject
        assert str(err)


@settings(FUZZ, max_examples=CORPUS_EXAMPLES)
@given(files=st.lists(st.tuples(file_names, mutated_articles()), min_size=1, max_size=FILES_PER_CORPUS,
                      unique_by=lambda item: item[0]))
def test_every_input_is_in_articles_or_rejects_and_good_rows_are_unchanged(baseline, files):
    with tempfile.TemporaryDirectory() as folder:
        names = _write_corpus(Path(folder), files)
        tables = core_frames(*scan_corpus(Path(folder)))
    listed = [*tables["articles"].source_file, *tables["rejects"].source_file]
    assert sorted(listed) == sorted(names)
    assert _good_rows(tables) == baseline


@settings(FUZZ, max_examples=BUILD_EXAMPLES, deadline=None)
@given(files=st.lists(st.tuples(file_names, mutated_articles()), min_size=FILES_PER_BUILD,
                      max_size=FILES_PER_BUILD, unique_by=lambda item: item[0]))
def test_a_build_over_fuzzed_and_good_articles_succeeds_and_publishes_the_good_ones(baseline, files):
    with tempfile.TemporaryDirectory() as folder:
        corpus, outputs = Path(folder) / "corpus", Path(folder) / "out"
        names = _write_corpus(corpus, files)
        result = build_dataset(corpus, outputs, instance=dg.DagsterInstance.ephemeral(), log_level="WARNING")
        assert result.success
        tables = {name: pd.read_parquet(outputs / "parquet" / f"{name}.parquet")
                  for name in ("articles", "events", "visits", "missions", "rejects")}
        csv_rejects = pd.read_csv(outputs / "csv" / "rejects.csv", dtype=str, keep_default_na=False)
    assert sorted([*tables["articles"].source_file, *tables["rejects"].source_file]) == sorted(names)
    assert {"albania-iceland", "albania-israel"} <= set(tables["articles"].article_id)
    assert csv_rejects.source_file.tolist() == [f"'{name}" if name.startswith(FORMULA_PREFIXES) else name
                                                for name in tables["rejects"].source_file]


def _article(shape: str, size: int) -> str:
    """An article of the seeds' prose, `size` bytes long: one line, or a section per paragraph."""
    prose = [line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()
             if len(line) > 80 and not line.startswith(("=", "-"))]
    chunks, total, i = ["= Albania–Israel relations =\n\n"], 0, 0
    while total < size:
        line = prose[i % len(prose)]
        chunks.append(f"{line} " if shape == "one_line" else f"== Part {i} ==\n{line}\n\n")
        total, i = total + len(chunks[-1].encode("utf-8")), i + 1
    return "".join(chunks).encode("utf-8")[:size].decode("utf-8", "ignore")


def _extraction_seconds(text: str) -> float:
    """Seconds to decode, parse and extract one article."""
    start = time.perf_counter()
    extract_facts(ReadArticle(decode_article(SourceFile("long.txt", text.encode("utf-8"))), "0" * 64, len(text)))
    return time.perf_counter() - start


@pytest.mark.parametrize("shape", ["one_line", "many_sections"])
def test_a_1_mib_article_takes_time_linear_in_its_size(baseline, shape):
    """Budget as a ratio, not a fixed timeout: 1 MiB (64 times the size) may take at most 3
    times the time per byte of a normal 16 KB article of the same prose; a stage quadratic in
    the text would take ~64 times more. Measured: 1.5 to 2.1 times (two stages of
    pipeline/extract/events.py still compare each fact, or block, with all before it)."""
    normal, huge = _article(shape, 16_384), _article(shape, MAX_ARTICLE_BYTES)
    per_byte = min(_extraction_seconds(normal) for _ in range(3)) / len(normal)
    assert _extraction_seconds(huge) <= 3 * per_byte * len(huge)
