"""Split a paragraph into sentences, keeping each sentence's offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "mt", "gen", "lt", "col", "capt", "sgt", "jr", "sr",
    "no", "vol", "inc", "ltd", "co", "corp", "vs", "etc", "approx", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s",
    "u.k", "u.n", "prof", "rev", "hon", "gov", "sen", "rep", "pres",
}
BOUNDARY_RE = re.compile(r"""[.!?]+["'”’)\]]*(?:\[\d+\])*(?=\s+["'“‘(\[]?[A-Z0-9ÀÁÂÄÅÇÉÈÎÓÖØÚÜŠŽĐČĆ])""")
WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the source text
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    word = WORD_BEFORE_RE.search(text[:dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    single_initial = len(token) == 1 and token.isalpha()
    return single_initial or token in ABBREVIATIONS


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of `text`; `offset` is where `text` starts in the source file."""
    sentences, start = [], 0
    for boundary in BOUNDARY_RE.finditer(text):
        if text[boundary.start()] == "." and _is_abbreviation(text, boundary.start()):
            continue
        sentences.append((start, boundary.end()))
        start = boundary.end()
    sentences.append((start, len(text)))
    result = []
    for begin, end in sentences:
        chunk = text[begin:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            result.append(Sentence(body, offset + begin + lead, offset + begin + lead + len(body)))
    return result
