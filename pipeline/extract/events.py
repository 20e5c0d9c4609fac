"""Dated facts of an article: sentences → clauses → (date, type), visits included.

A clause is a fact when it has a date (its own, or its sentence's, or the one an undated
follow-up sentence inherits) and either a typing rule fires or it names a visit. A fact
told again in another paragraph (lead and History) is kept once, at its most precise date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.dates import DateMention, find_dates
from pipeline.extract.event_types import classify
from pipeline.extract.mentions import PartyMentions
from pipeline.extract.sentences import Sentence, split_sentences
from pipeline.extract.visits import Visit, VisitContext, detect_visit, follow_up
from pipeline.read.article import Article, Block

SKIPPED_SECTIONS_RE = re.compile(r"^(see also|references|notes|external links|further reading|bibliography|sources)$", re.I)
CLAUSE_SPLIT_RE = re.compile(r";\s+|,\s+(?:and|but|while)\s+|\s+and\s+(?=(?:\w+ly\s+)?(?:signed|agreed|declared|announced|began|applied|became|returned)\b)")
FOLLOW_UP_RE = re.compile(r"^(during (the|her|his|this) (visit|trip|stay)|the two (ministers|governments|leaders|countries|sides)|(he|she|they) also|the countries also)\b", re.I)
VISIT_SECTION_RE = re.compile(r"\bvisits?\b", re.I)


@dataclass(frozen=True)
class Event:
    date: DateMention
    event_type: str
    text: str
    section: str
    start: int
    end: int
    block: int
    visit: Visit | None = None


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # offset within the sentence


def split_clauses(sentence: str) -> list[Clause]:
    clauses, start = [], 0
    for sep in CLAUSE_SPLIT_RE.finditer(sentence):
        clauses.append(Clause(sentence[start:sep.start()], start))
        start = sep.end()
    clauses.append(Clause(sentence[start:], start))
    return [c for c in clauses if c.text.strip()]


def _clause_date(clause: Clause, dates: list[DateMention], fallback: DateMention | None) -> DateMention | None:
    """The first date written inside the clause, else the sentence's date before it."""
    end = clause.start + len(clause.text)
    inside = [d for d in dates if clause.start <= d.char_start < end]
    if inside:
        return inside[0]
    before = [d for d in dates if d.char_start < clause.start]
    return before[-1] if before else fallback


def _nearest_date(dates: list[DateMention], at: int, fallback: DateMention | None) -> DateMention | None:
    return min(dates, key=lambda d: abs(d.char_start - at)) if dates else fallback


def _sentence_events(sentence: Sentence, dates: list[DateMention], inherited: DateMention | None,
                     block: Block, index: int, mentions: PartyMentions, context: VisitContext) -> list[Event]:
    events: list[Event] = []
    previous_type = None
    sentence_date = dates[0] if dates else inherited
    about_pair = mentions.concerns_pair(sentence.text, block)
    for clause in split_clauses(sentence.text):
        date = _clause_date(clause, dates, sentence_date)
        if date is None:
            continue
        visit = detect_visit(clause.text, context, events[-1].visit if events else None)
        if visit is not None:
            inside = [d for d in dates if clause.start <= d.char_start < clause.start + len(clause.text)]
            date = _nearest_date(inside, clause.start + visit.trigger, date)
            event_type = "visit" if visit.host_iso3 else "meeting"
            context.last_visit = visit
        else:
            event_type = classify(clause.text) or previous_type
        if event_type is None or not (visit or about_pair):
            continue
        previous_type = None if visit else event_type
        if events and events[-1].event_type == event_type and events[-1].date == date and not visit:
            continue
        events.append(Event(date, event_type, sentence.text, block.section_path, sentence.start, sentence.end, index,
                            visit if event_type == "visit" else None))
    if not events and dates and about_pair:
        events.append(Event(dates[0], "other", sentence.text, block.section_path, sentence.start, sentence.end, index))
    return events


def _same_fact(a: Event, b: Event) -> bool:
    """Two mentions of one fact: same type, nested dates, in different paragraphs."""
    if a.event_type != b.event_type or a.block == b.block:
        return False
    nested = (a.date.start <= b.date.start and b.date.end <= a.date.end) or (b.date.start <= a.date.start and a.date.end <= b.date.end)
    if not nested:
        return False
    if a.visit and b.visit:
        return a.visit.surname == b.visit.surname
    return True


def _merge_repeats(events: list[Event]) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        twin = next((i for i, k in enumerate(kept) if _same_fact(k, event)), None)
        if twin is None:
            kept.append(event)
        elif _precision_rank(event.date) > _precision_rank(kept[twin].date):
            kept[twin] = replace(event, visit=event.visit or kept[twin].visit)
    return kept


def _precision_rank(date: DateMention) -> tuple[int, int]:
    return ({"decade": 0, "year": 1, "month": 2, "day": 3}[date.precision], -(date.end - date.start).days)


def extract_events(article: Article, parties: tuple[str, str]) -> list[Event]:
    """Every dated fact about the pair, in article order, repeats merged."""
    mentions = PartyMentions(parties)
    context = VisitContext(parties, mentions)
    events: list[Event] = []
    anchor: DateMention | None = None
    section = None
    for index, block in enumerate(article.blocks):
        if block.section and SKIPPED_SECTIONS_RE.match(block.section[0]):
            continue
        if block.section != section:
            section, anchor = block.section, None
        context.enter_block(block.section)
        for sentence in split_sentences(block.text, block.start):
            dates = find_dates(sentence.text, anchor)
            if follow_up(sentence.text, context):
                continue
            inherited = anchor if FOLLOW_UP_RE.match(sentence.text) else None
            found = _sentence_events(sentence, dates, inherited, block, index, mentions, context)
            if not any(e.visit for e in found) and dates:
                context.last_visit = None
            events.extend(found)
            if dates:
                anchor = dates[-1]
    return _merge_repeats(events)
