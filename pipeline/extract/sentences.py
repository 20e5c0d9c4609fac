"""Split a paragraph into sentences, keeping each sentence's offsets.

A stop (with any quotes, brackets and notes such as "[3]" or "[citation needed]" after it) ends a sentence when an upper-case letter or a digit (of any script) follows it, except
after an abbreviation ("Lt. Gen.", "No. 10", "approx."), an initial ("George H. W. Bush") or
an abbreviated given name without a vowel ("Guðni Th. Jóhannesson"). The work is linear in
the length of the text: each stop looks back at most a short window. A sentence's text drops
its note marks; its offsets still span it as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.dates import MONTHS

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "mt", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr",
    "brig", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "approx", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k",
    "u.n", "prof", "rev", "hon", "gov", "sen", "rep", "pres", "chanc", "amb", "cf", "viz", "govt", "govts",
}
DOTTED_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
"""Letters each closed by a stop, the last stop the boundary's: an initialism ('H.R.H', 'U.S')."""
NUMBER_ABBREVIATIONS = {"no", "nos", "vol", "art", "para", "pp", "ca", "est", "fig"}
"""Words that are abbreviations only before a number ('No. 10', 'Art. 5'), else ordinary words."""
BOUNDARY_RE = re.compile(r"""[.!?](?<![.!?]{2})[.!?]*["'”’)\]]*(?:\[(?:\d+|[a-z][a-z ]{0,30})\])*(?=\s+["'“‘(\[]?(\w))""")
"""A stop, with the quotes, brackets and note marks after it ('[3]', '[citation needed]'). Written
stop first, the check that no stop precedes it second, so that the scan jumps from stop to stop."""
NOTE_MARK_RE = re.compile(r"\s*\[(?:\d+|[a-z][a-z ]{0,30})\]")
"""A footnote or editor's mark ('[17]', '[citation needed]'): no part of the sentence's words."""
WORD_BEFORE_RE = re.compile(r"[\w.]+\Z")
MONTH = "(?:" + "|".join(MONTHS) + ")"
LEAD_DATE_RE = re.compile(rf"(?:\d{{1,2}} {MONTH} |{MONTH} (?:\d{{1,2}}, )?)?\d{{4}}\.")
"""A date that opens a paragraph with a stop ('16 January 2019. Macri is in ...'): the lead of
its sentence, not a sentence."""
REGNAL_END_RE = re.compile(r"\b(?:King|Queen|Emperor|Empress|Tsar|Czar|Pope|Sultan|Shah|Kaiser)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+[IVX]\Z")
"""'King Manuel I.': a regnal number, not an initial, before the stop."""
VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿ")
LOOK_BACK = 16
"""How many characters before a stop are read to decide whether it ends an abbreviation."""


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the source text
    end: int


def _word_before(text: str, dot: int) -> str | None:
    """The word that ends at `dot` (dots inside it kept: 'U.S'); None when it is longer than
    the look-back window, so no abbreviation."""
    window = max(0, dot - LOOK_BACK)
    word = WORD_BEFORE_RE.search(text, window, dot)
    if not word or (word.start() == window and window and WORD_BEFORE_RE.match(text[window - 1])):
        return None
    return word.group()


def _is_abbreviation(word: str, before_number: bool) -> bool:
    token = word.lower().rstrip(".")
    single_initial = len(token) == 1 and token.isalpha()
    short_name = word.istitle() and len(token) <= 3 and token.isalpha() and not VOWELS & set(token)
    dotted = bool(DOTTED_RE.fullmatch(word))  # 'H.E.', 'H.R.H.', 'H.I.M.': a style of address
    return single_initial or short_name or dotted or token in ABBREVIATIONS or (before_number and token in NUMBER_ABBREVIATIONS)


def _ends_sentence(text: str, boundary: re.Match) -> bool:
    following = boundary.group(1)
    if not (following.isupper() or following.isdigit()):
        return False
    if text[boundary.start()] != ".":
        return True
    word = _word_before(text, boundary.start())
    if word and len(word) == 1 and REGNAL_END_RE.search(text, max(0, boundary.start() - 4 * LOOK_BACK), boundary.start()):
        return True
    return not (word and _is_abbreviation(word, following.isdigit()))


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of `text`; `offset` is where `text` starts in the source file."""
    return list(_split(text, offset))


@lru_cache(maxsize=512)
def _split(text: str, offset: int) -> tuple[Sentence, ...]:
    """The sentences of a paragraph, kept for about an article's paragraphs: events and missions
    both split each one."""
    spans, start = [], 0
    for boundary in BOUNDARY_RE.finditer(text):
        if _ends_sentence(text, boundary):
            spans.append((start, boundary.end()))
            start = boundary.end()
    spans.append((start, len(text)))
    if len(spans) > 1 and LEAD_DATE_RE.fullmatch(text[spans[0][0]:spans[0][1]].strip()):
        spans[:2] = [(spans[0][0], spans[1][1])]
    result = []
    for begin, end in spans:
        chunk = text[begin:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:  # the offsets span the sentence as written, its text is without note marks
            words = NOTE_MARK_RE.sub("", body) if "[" in body else body
            result.append(Sentence(words, offset + begin + lead, offset + begin + lead + len(body)))
    return tuple(result)
