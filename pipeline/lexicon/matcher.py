"""Find many lemma phrases in a text in one pass (Aho–Corasick over the lemma sequence).

A phrase is written as words ("sign agreement", "send rescue team"); its words are
lemmatised like the text, so "signed" or "signing" match "sign". A word in double quotes
must stand in that very form (`"stated"` is not the noun "state"). `...` between words
allows any words in between, within the text given (a clause): "sign ... agreement"
matches "signed a trade agreement".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from pipeline.lexicon.lemmas import LemmaSequence, lemma_sequence, tokens

GAP = "..."


@dataclass(frozen=True)
class Match:
    id: str
    start: int  # character offsets in the text
    end: int
    first_token: int


class _Part(NamedTuple):
    key: str  # ' lemma lemma ', as the automaton sees it
    size: int  # words
    exact: tuple[tuple[int, str], ...]  # (word index, form) of quoted words


def _parts(phrase: str) -> list[_Part]:
    """One part per gap-separated piece of a phrase."""
    pieces = [piece.strip() for piece in phrase.split(GAP)]
    if not all(pieces):
        raise ValueError(f"phrase {phrase!r}: '{GAP}' needs words on both sides")
    parts = []
    for piece in pieces:
        words = piece.split()
        lemmas = [t.lemma for word in words for t in tokens(word)]
        if len(lemmas) != len(words):
            raise ValueError(f"phrase {phrase!r}: write one word per space-separated item")
        exact = tuple((i, w.strip('"').lower()) for i, w in enumerate(words) if w.startswith('"'))
        parts.append(_Part(" " + " ".join(lemmas) + " ", len(words), exact))
    return parts


def _form(text: str, words: LemmaSequence, index: int) -> str:
    return text[words.begins[index]:words.ends[index]].lower().replace("’", "'")


class _Group(NamedTuple):
    """Parts of phrases written alike (the same lemmas, the same quoted words): their hits are one list."""

    number: int  # the key of its hits
    size: int
    exact: tuple[tuple[int, str], ...]


class PhraseMatcher:
    """Matches ``(id, phrase)`` pairs; one id may have several phrases."""

    def __init__(self, phrases: list[tuple[str, str]]):
        # per group, the phrases it opens: (id, the groups of their later parts)
        self._opening: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
        groups: dict[_Part, _Group] = {}
        by_key: dict[str, list[_Group]] = {}
        for pattern_id, phrase in phrases:
            parts = []
            for part in _parts(phrase):
                if part not in groups:
                    groups[part] = _Group(len(groups), part.size, part.exact)
                    by_key.setdefault(part.key, []).append(groups[part])
                parts.append(groups[part].number)
            self._opening.setdefault(parts[0], []).append((pattern_id, tuple(parts[1:])))
        self._automaton = ahocorasick.Automaton()
        for key, found in by_key.items():
            self._automaton.add_word(key, tuple(found))
        self._automaton.make_automaton()
        self._found = lru_cache(maxsize=256)(self._find)

    def find(self, text: str) -> list[Match]:
        """Every phrase found in `text`, in text order (a gapped phrase once, at its first part).
        The last texts' matches are kept: several rules read the same clause."""
        return list(self._found(text))

    def _find(self, text: str) -> tuple[Match, ...]:
        words = lemma_sequence(text)
        if not words.lemmas or not self._opening:
            return ()
        hits: dict[int, list[tuple[int, int]]] = {}
        for end, groups in self._automaton.iter(words.joined):
            last = bisect_right(words.starts, end - 1) - 1
            for number, size, exact in groups:
                first = last - size + 1
                if not exact or all(_form(text, words, first + i) == form for i, form in exact):
                    hits.setdefault(number, []).append((first, last))
        found = []
        for group, spans in hits.items():
            for pattern_id, later in self._opening.get(group, ()):
                if not later:
                    found += [Match(pattern_id, words.begins[first], words.ends[last], first) for first, last in spans]
                elif all(part in hits for part in later):  # a gapped phrase needs a hit of each part
                    found += self._chain(pattern_id, spans, [hits[part] for part in later], words)
        return tuple(sorted(found, key=lambda m: (m.start, m.end, m.id)))

    @staticmethod
    def _chain(pattern_id: str, spans: list[tuple[int, int]], later: list[list[tuple[int, int]]],
               words: LemmaSequence) -> list[Match]:
        """A match for each hit of the first part (`spans`) followed, in order, by a hit of every later part."""
        matches = []
        for first, last in spans:
            end_token = last
            for part_spans in later:
                after = [span for span in part_spans if span[0] > end_token]
                if not after:
                    break
                end_token = min(after)[1]
            else:
                matches.append(Match(pattern_id, words.begins[first], words.ends[end_token], first))
        return matches
