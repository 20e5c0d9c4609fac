"""Read a corpus folder: every ``*.txt`` file becomes a parsed Article or a Reject.

`scan_corpus` only finds the readable files, with their size and sha256, for the extraction
to read and parse by path (`pipeline.extract.tables`); `read_corpus` parses them all at once.
Given the sha256 that an earlier scan found for each file with its stat stamp (size, times,
inode: as git does), a scan reads only the files whose stamp is new.

Nothing outside the corpus folder is read: symbolic links are followed only to files inside
it, and only regular files are opened (never a FIFO or a device, which could block the run).
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipeline.read.article import Article, ArticleFormatError, parse_article

MAX_ARTICLE_BYTES = 1_048_576
"""Files above 1 MiB are rejected: relations articles are a few KB, anything that large
is a dump or a wrong file, and reading it would slow every run."""

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: same first bytes
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Encodings recognised by their byte order mark; without one a file must be UTF-8."""

FILE_KINDS = {stat.S_ISFIFO: "a FIFO (named pipe)", stat.S_ISSOCK: "a socket", stat.S_ISCHR: "a character device",
              stat.S_ISBLK: "a block device", stat.S_ISDIR: "a folder"}


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
    stage: str  # "read", "extract" or "validate"
    reason: str
    size_bytes: int
    sha256: str | None  # None when the file could not be read


Stamp = tuple[int, int, int, int]
"""A file's size, modification and change times (ns) and inode: any write or chmod changes it."""


def stamp_of(info: os.stat_result) -> Stamp:
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


@dataclass(frozen=True)
class CorpusFile:
    """A readable file of the corpus, found but not yet parsed: where it is and what it holds."""

    path: str  # the file itself (a link inside the corpus resolved)
    name: str  # relative to the corpus, as in `source_file`
    size_bytes: int
    sha256: str
    stamp: Stamp | None = None  # when it was read (None for a symbolic link)


@dataclass(frozen=True)
class ReadArticle:
    article: Article
    sha256: str
    size_bytes: int


def _relative(path: str, corpus_dir: str) -> str:
    """The path relative to the corpus (a plain cut where the listing joined them)."""
    prefix = os.path.join(corpus_dir, "")
    return path[len(prefix):] if path.startswith(prefix) else Path(os.path.relpath(path, corpus_dir)).as_posix()


def display_name(path: str, corpus_dir: str) -> str:
    """The name relative to the corpus, bytes that are not UTF-8 written as \\xNN escapes."""
    return _relative(path, corpus_dir).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def list_sources(corpus_dir: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Paths of every ``*.txt`` entry of the corpus (files, links, pipes), sorted; and the
    folders not entered, with the reason (links to folders, folders that cannot be listed)."""
    found, skipped = [], []

    def unlisted(err: OSError) -> None:
        skipped.append((err.filename, f"folder cannot be listed: {err.strerror}"))

    for folder, dirs, files in os.walk(corpus_dir, onerror=unlisted, followlinks=False):
        links = [name for name in dirs if os.path.islink(os.path.join(folder, name))]
        skipped.extend((os.path.join(folder, name), "symbolic link to a folder: not followed") for name in links)
        found.extend(os.path.join(folder, name) for name in files if name.endswith(".txt"))
    return sorted(found), sorted(skipped)


def decode_article(source: SourceFile) -> Article:
    """Decode and parse one file; raise ArticleFormatError with a reader-facing reason."""
    data = source.data
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        if encoding.startswith("utf-8"):
            raise ArticleFormatError(f"not UTF-8: invalid byte at offset {err.start}") from None
        raise ArticleFormatError(f"{encoding.upper()} byte order mark but invalid {encoding.upper()} text at "
                                 f"byte {err.start}: save it as UTF-8") from None
    if not text.strip():
        raise ArticleFormatError("empty file")
    if "\x00" in text:
        raise ArticleFormatError("binary file (contains NUL characters)")
    try:
        return parse_article(text, source.name)
    except ArticleFormatError as err:
        if encoding.startswith("utf-8"):
            raise
        raise ArticleFormatError(f"not UTF-8: invalid byte at offset 0; read as {encoding.upper()} (from its "
                                 f"byte order mark): {err}") from None


def _sha256_of(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _not_a_corpus_file(path: str, corpus_real: str) -> str | None:
    """Why an entry is not opened (a link leading nowhere or outside, a pipe), or None."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        target = os.readlink(path)
        try:
            info = os.stat(path)
        except OSError as err:
            if err.errno == errno.ELOOP:
                return f"symbolic link loop (-> {target}): not read"
            return f"dangling symbolic link: its target {target} does not exist"
        if os.path.commonpath([os.path.realpath(path), corpus_real]) != corpus_real:
            return f"symbolic link to {target}, outside the corpus folder: not read"
    kind = next((name for test, name in FILE_KINDS.items() if test(info.st_mode)), None)
    return f"not a regular file: {kind}, not read" if kind else None


def open_source(path: str, corpus_dir: str) -> SourceFile | Reject:
    """The bytes of one entry of the corpus, or a reject when it is not a readable file."""
    name = display_name(path, corpus_dir)
    try:
        if reason := _not_a_corpus_file(path, os.path.realpath(corpus_dir)):
            return Reject(name, "read", reason, 0, None)
        with open(os.path.realpath(path), "rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
            if len(data) > MAX_ARTICLE_BYTES:
                size = os.fstat(handle.fileno()).st_size
                reason = f"file is {size} bytes, over the {MAX_ARTICLE_BYTES} byte limit"
                return Reject(name, "read", reason, size, _sha256_of(handle.name))
    except OSError as err:
        size = os.lstat(path).st_size if os.path.lexists(path) else 0
        return Reject(name, "read", f"cannot be read: {err.strerror or err}", size, None)
    return SourceFile(name, data)


def parse_source(source: SourceFile) -> ReadArticle | Reject:
    """A file's bytes as a parsed article, or a reject with the reason."""
    try:
        return ReadArticle(decode_article(source), source.sha256, len(source.data))
    except ArticleFormatError as err:
        return Reject(source.name, "read", str(err), len(source.data), source.sha256)


def read_source(path: str, corpus_dir: str) -> ReadArticle | Reject:
    """One entry of the corpus as a parsed article, or a reject with the reason."""
    source = open_source(path, corpus_dir)
    return source if isinstance(source, Reject) else parse_source(source)


def _sources(corpus_dir: Path) -> tuple[list[str], list[Reject]]:
    """Paths of the corpus's ``*.txt`` entries, and a reject for each folder not entered."""
    if not Path(corpus_dir).is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus_dir}")
    paths, skipped = list_sources(Path(corpus_dir))
    return paths, [Reject(display_name(path, str(corpus_dir)), "read", reason, 0, None) for path, reason in skipped]


def read_corpus(corpus_dir: Path) -> tuple[list[ReadArticle], list[Reject]]:
    """Parse every article of the corpus; unreadable files become rejects, never errors."""
    paths, rejects = _sources(corpus_dir)
    articles = []
    for path in paths:
        result = read_source(path, str(corpus_dir))
        (articles if isinstance(result, ReadArticle) else rejects).append(result)
    return articles, rejects


def _known_file(path: str, corpus_dir: str, corpus_real: str, known: dict[str, CorpusFile]) -> CorpusFile | None:
    """The file as an earlier scan found it, if it is a regular file (not a link) whose stamp
    has not changed since: nothing is read."""
    relative = _relative(path, corpus_dir)
    earlier = known.get(relative.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))
    if earlier is None:
        return None
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or stamp_of(info) != earlier.stamp:
        return None
    return CorpusFile(os.path.join(corpus_real, relative), earlier.name, info.st_size, earlier.sha256, earlier.stamp)


def _found_file(path: str, corpus_dir: str) -> CorpusFile | Reject:
    """The file read and hashed, stamped as it was before it was read (a link is not stamped)."""
    try:
        info = os.lstat(path)
    except OSError:
        info = None
    source = open_source(path, corpus_dir)
    if isinstance(source, Reject):
        return source
    stamp = stamp_of(info) if info and stat.S_ISREG(info.st_mode) else None
    return CorpusFile(os.path.realpath(path), source.name, len(source.data), source.sha256, stamp)


def scan_corpus(corpus_dir: Path, known: dict[str, CorpusFile] | None = None) -> tuple[list[CorpusFile], list[Reject]]:
    """Every readable file of the corpus with its size and sha256, not yet decoded or parsed;
    the entries that are not readable files become rejects (see `open_source`). A file of
    `known` (by name, from an earlier scan) whose stamp is unchanged is not read again."""
    paths, rejects = _sources(corpus_dir)
    corpus_real, files = os.path.realpath(corpus_dir), []
    for path in paths:
        found = known and _known_file(path, str(corpus_dir), corpus_real, known) or _found_file(path, str(corpus_dir))
        (rejects if isinstance(found, Reject) else files).append(found)
    return files, rejects
