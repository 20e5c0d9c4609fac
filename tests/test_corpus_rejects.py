"""A file that is not a readable article is listed in rejects, never stops the run."""

from pathlib import Path

from pipeline.read.corpus import MAX_ARTICLE_BYTES, read_corpus
from tests.conftest import ICELAND, copy_corpus

BAD_FILES = {
    "latin1.txt": ("= Café-Iceland relations =\n\nCafé".encode("latin-1"), "not UTF-8"),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n \n", "empty file"),
    "untitled.txt": ("Albania and Iceland are friends.\n".encode(), "no '= Title ='"),
    "binary.txt": (b"= T =\n\x00\x01\x02\x03", "binary"),
    "huge.txt": (b"= Huge relations =\n" + b"x" * MAX_ARTICLE_BYTES, "over the"),
}


def _corpus(tmp_path: Path) -> Path:
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    for name, (data, _) in BAD_FILES.items():
        (corpus / name).write_bytes(data)
    return corpus


def test_each_bad_file_is_rejected_with_its_reason(tmp_path):
    articles, rejects = read_corpus(_corpus(tmp_path))
    reasons = {r.source_file: r.reason for r in rejects}
    assert set(reasons) == set(BAD_FILES)
    for name, (_, expected) in BAD_FILES.items():
        assert expected in reasons[name], (name, reasons[name])
    assert [a.article.title for a in articles] == ["Albania–Iceland relations"]


def test_reject_rows_carry_size_and_checksum(tmp_path):
    _, rejects = read_corpus(_corpus(tmp_path))
    huge = next(r for r in rejects if r.source_file == "huge.txt")
    assert huge.size_bytes > MAX_ARTICLE_BYTES
    assert len(huge.sha256) == 64
