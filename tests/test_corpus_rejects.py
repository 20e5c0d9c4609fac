"""A file that is not a readable article is listed in rejects, never stops the run."""

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.read.corpus import MAX_ARTICLE_BYTES, read_corpus, scan_corpus
from tests.conftest import ICELAND, ISRAEL, PROJECT, copy_corpus, core_frames

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


def _reasons(corpus: Path) -> dict[str, str]:
    return {r.source_file: r.reason for r in read_corpus(corpus)[1]}


def test_a_symlink_outside_the_corpus_is_rejected_and_never_read(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    outside = tmp_path / "private.txt"
    outside.write_text("= Albania–Israel relations =\n\nSecret.\n", encoding="utf-8")
    (corpus / "link.txt").symlink_to(outside)
    articles, rejects = read_corpus(corpus)
    assert "outside the corpus folder" in _reasons(corpus)["link.txt"]
    assert [r.sha256 for r in rejects] == [None]  # nothing of it is read, not even its hash
    assert len(articles) == 1


def test_a_symlink_inside_the_corpus_is_read(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "alias.txt").symlink_to(corpus / ICELAND.name)
    articles, rejects = read_corpus(corpus)
    assert sorted(a.article.source_file for a in articles) == [ICELAND.name, "sub/alias.txt"]
    assert rejects == []


def test_dangling_symlinks_loops_and_fifos_are_rejected_with_their_reason(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    os.mkfifo(corpus / "pipe.txt")  # opening it would block the run
    reasons = _reasons(corpus)
    assert "dangling symbolic link" in reasons["dangling.txt"]
    assert "symbolic link loop" in reasons["loop.txt"]
    assert "not a regular file: a FIFO" in reasons["pipe.txt"]


def test_a_file_name_that_is_not_utf8_is_read_under_an_escaped_name(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "wb") as handle:
        handle.write(ICELAND.read_bytes())
    articles, _ = read_corpus(corpus)
    assert [a.article.source_file for a in articles] == ["caf\\xe9.txt"]
    assert articles[0].article.source_file.encode("utf-8")  # publishable as UTF-8


def test_an_unreadable_file_or_folder_is_rejected_as_permission_denied(tmp_path):
    """Run as a user without the capabilities that let root read anything (setpriv), so the
    modes count; a plain user needs no such step."""
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    (corpus / "secret.txt").write_text("= Albania–Israel relations =\n", encoding="utf-8")
    (corpus / "secret.txt").chmod(0)
    (corpus / "locked").mkdir()
    copy_corpus(corpus / "locked", ISRAEL)
    (corpus / "locked").chmod(0)
    drop = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] if os.geteuid() == 0 else []
    script = ("import sys\nfrom pipeline.read.corpus import read_corpus\n"
              "articles, rejects = read_corpus(sys.argv[1])\n"
              "print(len(articles), *[f'{r.source_file}: {r.reason}' for r in rejects], sep='\\n')\n")
    done = subprocess.run([*drop, sys.executable, "-c", script, str(corpus)], cwd=PROJECT,
                          capture_output=True, text=True, check=True, timeout=120)
    (corpus / "locked").chmod(0o755)
    assert done.stdout.splitlines() == ["1", "locked: folder cannot be listed: Permission denied",
                                        "secret.txt: cannot be read: Permission denied"]


def test_a_symlink_to_a_folder_is_rejected_not_followed(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus", ICELAND)
    copy_corpus(tmp_path / "elsewhere", ISRAEL)
    (corpus / "more").symlink_to(tmp_path / "elsewhere")
    articles, rejects = read_corpus(corpus)
    assert [(r.source_file, r.reason) for r in rejects] == [("more", "symbolic link to a folder: not followed")]
    assert len(articles) == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-le"])
def test_utf16_and_utf32_files_with_a_bom_are_decoded(tmp_path, encoding):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = ICELAND.read_text(encoding="utf-8")
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}.get(encoding, b"")
    (corpus / "wide.txt").write_bytes(bom + text.encode(encoding))
    articles, rejects = read_corpus(corpus)
    assert rejects == []
    assert articles[0].article.text == text


def test_a_bom_before_bytes_that_are_not_that_encoding_is_rejected_as_such(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "odd.txt").write_bytes(codecs.BOM_UTF16_LE + b"= T =\n\x00")  # odd number of bytes
    assert "UTF-16 byte order mark but invalid UTF-16 text" in _reasons(corpus)["odd.txt"]


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_cr_and_crlf_articles_give_the_rows_of_the_lf_article(tmp_path, line_end):
    text = ISRAEL.read_text(encoding="utf-8")
    for name, ends in (("lf", "\n"), ("other", line_end)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(text.replace("\n", ends), encoding="utf-8", newline="")
    lf, other = (core_frames(*scan_corpus(tmp_path / name)) for name in ("lf", "other"))
    columns = ["event_id", "description", "date", "event_type"]
    assert lf["events"][columns].equals(other["events"][columns])
    assert lf["visits"]["visit_id"].tolist() == other["visits"]["visit_id"].tolist()
    source = (tmp_path / "other" / "a.txt").read_bytes().decode("utf-8")
    for row in other["events"].itertuples():
        assert source[row.char_start:row.char_end].replace(line_end, "\n") == row.description


def test_a_title_without_ascii_letters_gets_a_real_id(tmp_path):
    from pipeline.extract.facts import article_slug

    assert article_slug("両国の関係") == "liang-guo-noguan-xi"
    assert article_slug("Łódź–Straße relations") == "lodz-strasse"
    assert article_slug("Albania–Iceland relations") == "albania-iceland"
    assert article_slug("– relations").startswith("article-") and article_slug("–") != article_slug("—")


def test_of_two_files_with_one_title_the_longer_is_kept_and_the_other_rejected(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = ISRAEL.read_text(encoding="utf-8")
    (corpus / "a_truncated.txt").write_text(text[: len(text) // 3], encoding="utf-8")
    (corpus / "b_complete.txt").write_text(text, encoding="utf-8")
    tables = core_frames(*scan_corpus(corpus))
    assert tables["articles"].source_file.tolist() == ["b_complete.txt"]
    reject = tables["rejects"].iloc[0]
    assert reject.source_file == "a_truncated.txt"
    assert "also in b_complete.txt, which is kept (the longer text" in reject.reason
