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


def tokens(text: str) -> list[Token]:
    """Every word of `text` with its lemma and character offsets."""
    return [_new_token(Token, (lemma(match[0]), match.start(), match.end())) for match in WORD_RE.finditer(text)]


@lru_cache(maxsize=4096)
def lemma_sequence(text: str) -> tuple[list[Token], str, list[int]]:
    """The words of `text`, their lemmas joined as ' l1 l2 ... ', and where each lemma starts
    there; cached, since every lexicon reads the same clauses."""
    words = tokens(text)
    starts, pieces, position = [], [], 0
    for word in words:
        starts.append(position + 1)
        pieces.append(" " + word.lemma)
        position += len(word.lemma) + 1
    return words, "".join(pieces) + " ", starts
