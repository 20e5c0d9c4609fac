"""Parse the plain-text article format into sections, paragraphs and bullets with offsets.

The format: a first line ``= Title =``; an optional ``Infobox`` block of ``- Key: Value``
lines; a lead; sections ``==Name==`` and sub-sections ``===Name===``; bullet lines
``- item``; a line of cells ``a | b | c`` is a row of a table, read as an item like a bullet, and
so is a row of a wiki table (``{|`` ... ``|-`` ... ``|}``) written one cell per line (``| a``,
``! Header``), its cells joined by `` | `` in place of the line breaks (the same length, so every
offset still points into the text).
Line ends are normalised to LF (so a CRLF file gives the same sentences and ids as an LF one);
every offset is a character offset into that text, and ``Article.source_offset`` maps it back
into the decoded source, so a row of the dataset can point at the exact words that state it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

TITLE_RE = re.compile(r"^=\s*(?P<title>[^=].*?)\s*=\s*$")
HEADING_RE = re.compile(r"^(?P<level>={2,6})\s*(?P<name>.*?)\s*(?P=level)\s*$")
BULLET_RE = re.compile(r"^\s*[-*]\s+(?P<item>.*\S)\s*$")
ROW_RE = re.compile(r"^\s*(?P<item>[^|\n]*\S\s+\|\s+.*\S)\s*$")
INFOBOX_ENTRY_RE = re.compile(r"^\s*-\s*(?P<key>[^:]+?)\s*:\s*(?P<value>.*?)\s*$")
CELL_START_RE = re.compile(r"^\s*[|!](?![-}+])\s*")
"""The mark that opens a cell of a wiki table ('| ', '! '), not a row's, the table's end or caption."""
CELL_BREAK_RE = re.compile(r"\n[|!]\s?|\s?(?:\|\||!!)\s?")
"""Between two cells of a wiki table's row: a line break and the next cell's mark, or '||' inline."""


class ArticleFormatError(ValueError):
    """The text is not an article in the expected format."""


@dataclass(frozen=True)
class InfoboxEntry:
    key: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A paragraph or a bullet, with the path of headings it sits under."""

    kind: str  # "paragraph" or "bullet" (a bullet line or a table row)
    text: str
    start: int
    end: int
    section: tuple[str, ...] = ()

    @property
    def section_path(self) -> str:
        """Headings joined with ' > '; 'Lead' for the text before the first heading."""
        return " > ".join(self.section) if self.section else "Lead"


@dataclass(frozen=True)
class Article:
    source_file: str
    title: str
    text: str  # the decoded source with line ends normalised to LF
    infobox: tuple[InfoboxEntry, ...] = ()
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    crlf_at: tuple[int, ...] = ()  # offsets in `text` of each LF that was a CRLF in the source

    def source_offset(self, offset: int) -> int:
        """The offset in the decoded source of `offset` in `text` (each CRLF before it counts two)."""
        return offset + bisect_left(self.crlf_at, offset)

    def infobox_value(self, key: str) -> str | None:
        for entry in self.infobox:
            if entry.key.lower() == key.lower():
                return entry.value
        return None


def _lines(text: str):
    """Yield (line without its line break, offset of its first character)."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        yield raw.rstrip("\r\n"), offset
        offset += len(raw)


def normalise_line_ends(source: str) -> tuple[str, tuple[int, ...]]:
    """CRLF and CR to LF; also the offsets (in the result) of the LFs that were CRLF."""
    crlf_at, shift = [], 0
    for match in re.finditer("\r\n", source):
        crlf_at.append(match.start() - shift)
        shift += 1
    return source.replace("\r\n", "\n").replace("\r", "\n"), tuple(crlf_at)


def parse_article(source: str, source_file: str) -> Article:
    """Parse one article; raise ArticleFormatError when it has no ``= Title =`` line."""
    text, crlf_at = normalise_line_ends(source)
    lines = list(_lines(text))
    first = next(((line, pos) for line, pos in lines if line.strip()), None)
    title_match = TITLE_RE.match(first[0].strip()) if first else None
    if not title_match:
        raise ArticleFormatError("no '= Title =' line at the top of the file")
    title = title_match.group("title")

    infobox: list[InfoboxEntry] = []
    blocks: list[Block] = []
    path: list[str] = []
    in_infobox = False
    para: list[tuple[str, int]] = []

    def flush_paragraph() -> None:
        if para:
            start = para[0][1] + (len(para[0][0]) - len(para[0][0].lstrip()))
            last_line, last_pos = para[-1]
            end = last_pos + len(last_line.rstrip())
            blocks.append(Block("paragraph", text[start:end], start, end, tuple(path)))
            para.clear()

    row: list[tuple[str, int]] = []  # the lines of a wiki table's row
    in_table = False

    def flush_row() -> None:
        cells = [(line, pos) for line, pos in row if line.strip()]
        row.clear()
        if not cells:
            return
        first_line, first_pos = cells[0]
        start = first_pos + CELL_START_RE.match(first_line).end()
        end = cells[-1][1] + len(cells[-1][0].rstrip())
        if start < end:
            joined = CELL_BREAK_RE.sub(lambda m: " | ".ljust(len(m.group())) if len(m.group()) >= 3 else " |", text[start:end])
            blocks.append(Block("bullet", joined, start, end, tuple(path)))

    for line, pos in lines[lines.index(first) + 1:]:
        stripped = line.strip()
        if in_table:
            if stripped.startswith(("|-", "|}")) or not row and not CELL_START_RE.match(line):
                flush_row()
                in_table = not stripped.startswith("|}")
            elif not stripped.startswith("|+"):
                row.append((line, pos))
            continue
        if stripped.startswith("{|"):
            flush_paragraph()
            in_table = True
            continue
        if in_infobox:
            entry = INFOBOX_ENTRY_RE.match(line)
            if entry:
                infobox.append(InfoboxEntry(entry["key"], entry["value"], pos, pos + len(line.rstrip())))
                continue
            in_infobox = False
        if not stripped:
            flush_paragraph()
        elif stripped == "Infobox" and not blocks and not infobox and not para:
            in_infobox = True
        elif heading := HEADING_RE.match(stripped):
            flush_paragraph()
            depth = len(heading["level"]) - 1
            path[:] = path[: depth - 1] + [heading["name"]]
        elif bullet := BULLET_RE.match(line) or ROW_RE.match(line):
            flush_paragraph()
            start = pos + bullet.start("item")
            blocks.append(Block("bullet", bullet["item"], start, pos + bullet.end("item"), tuple(path)))
        else:
            para.append((line, pos))
    flush_row()
    flush_paragraph()
    return Article(source_file, title, text, tuple(infobox), tuple(blocks), crlf_at)
