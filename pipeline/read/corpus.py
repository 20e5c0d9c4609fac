"""Read a corpus folder: every ``*.txt`` file becomes a parsed Article or a Reject."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.read.article import Article, ArticleFormatError, parse_article

MAX_ARTICLE_BYTES = 1_048_576
"""Files above 1 MiB are rejected: relations articles are a few KB, anything that large
is a dump or a wrong file, and reading it would slow every run."""


@dataclass(frozen=True)
class SourceFile:
    """A file as read: its name relative to the corpus, bytes and checksum."""

    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Reject:
    source_file: str
    stage: str  # "read" or "extract"
    reason: str
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class ReadArticle:
    article: Article
    sha256: str


def list_sources(corpus_dir: Path) -> list[Path]:
    """The article files of a corpus, sorted by name (answer keys and other files skipped)."""
    return sorted(p for p in corpus_dir.rglob("*.txt") if p.is_file())


def decode_article(source: SourceFile) -> Article:
    """Decode and parse one file; raise ArticleFormatError with a reader-facing reason."""
    data = source.data
    if not data.strip():
        raise ArticleFormatError("empty file")
    if b"\x00" in data:
        raise ArticleFormatError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleFormatError(f"not UTF-8: invalid byte at offset {err.start}") from None
    return parse_article(text, source.name)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_corpus(corpus_dir: Path) -> tuple[list[ReadArticle], list[Reject]]:
    """Parse every article of the corpus; unreadable files become rejects, never errors."""
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    articles, rejects = [], []
    for path in list_sources(corpus_dir):
        name = path.relative_to(corpus_dir).as_posix()
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            reason = f"file is {size} bytes, over the {MAX_ARTICLE_BYTES} byte limit"
            rejects.append(Reject(name, "read", reason, size, _sha256_of(path)))
            continue
        source = SourceFile(name, path.read_bytes())
        try:
            articles.append(ReadArticle(decode_article(source), source.sha256))
        except ArticleFormatError as err:
            rejects.append(Reject(source.name, "read", str(err), len(source.data), source.sha256))
    return articles, rejects
