"""Words and their lemmas: "sent", "sends" and "sending" are all "send" (lemminflect)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lemminflect import getAllLemmas, getAllLemmasOOV

WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
POS_ORDER = ("VERB", "NOUN", "ADJ", "ADV", "AUX")
"""A word that can be a verb is read as one: lexicon phrases are mostly predicates."""


class Token(NamedTuple):
    lemma: str
    start: int
    end: int


_new_token = tuple.__new__
"""Token's own constructor without NamedTuple's Python-level __new__: tokens() makes one per word."""


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a word, lower case; unknown words keep their form."""
    lowered = word.lower().replace("’", "'")
    known = getAllLemmas(lowered)
    for pos in POS_ORDER:
        if pos in known:
            form = known[pos][0]
            return lemma(form) if pos == "NOUN" and form != lowered else form  # 'bombings' as 'bombing' does: 'bomb'
    if lowered.endswith(("ed", "ing")):
        return getAllLemmasOOV(lowered, "VERB")["VERB"][0]
    if lowered.endswith("s") and not lowered.endswith("ss"):
        return getAllLemmasOOV(lowered, "NOUN")["NOUN"][0]
    return lowered


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """A dictionary form of an English word ('About', 'Formal'), as most names are not ('Arévalo',
    'Kagame'; 'Arias' is only an inflected 'aria')."""
    lowered = word.lower()
    return any(lowered in forms for forms in getAllLemmas(lowered).values())


def is_english_form(word: str) -> bool:
    """Any form of an English word, inflected ones included ('Did', 'Was'), as given names are not ('Isaac')."""
    return bool(getAllLemmas(word.lower()))


def tokens(text: str) -> list[Token]:
    """Every word of `text` with its lemma and character offsets."""
    return [_new_token(Token, (lemma(match[0]), match.start(), match.end())) for match in WORD_RE.finditer(text)]


class LemmaSequence(NamedTuple):
    """The words of a text as the phrase matcher reads them: parallel lists, not a Token per word
    (they are made for every clause read, and the tuples cost the allocator and the collector)."""

    lemmas: list[str]
    begins: list[int]  # where each word begins and ends in the text
    ends: list[int]
    joined: str  # the lemmas joined as ' l1 l2 ... '
    starts: list[int]  # where each lemma starts in `joined`


@lru_cache(maxsize=4096)
def lemma_sequence(text: str) -> LemmaSequence:
    """The words of `text` (as `tokens` finds them), their lemmas joined as ' l1 l2 ... ', and
    where each lemma starts there; cached, since every lexicon reads the same clauses."""
    matches = list(WORD_RE.finditer(text))
    lemmas = [lemma(match[0]) for match in matches]
    starts, position = [], 1
    for word in lemmas:
        starts.append(position)
        position += len(word) + 1
    return LemmaSequence(lemmas, [match.start() for match in matches], [match.end() for match in matches],
                         " ".join(["", *lemmas, ""]), starts)
