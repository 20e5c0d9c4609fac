"""Dated facts of an article: sentences → clauses → (date, type), visits included.

A clause is a fact when it has a date (its own, the one before it in its sentence, or the
one an undated follow-up sentence inherits) and either a typing rule fires or it tells of a
visit, and when it is about the pair (see `relevance`). A fact told again in another
paragraph (lead and History) is kept once, at its most precise date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache

from pipeline.extract.countries import fold
from pipeline.extract.destinations import city_in, city_of, occasion_in
from pipeline.extract.dates import MONTHS, ORDINAL_WORDS, DateMention, find_dates, parse_edtf
from pipeline.extract.event_types import LEADING_SUBORDINATE_RE, SIGNED_DOCUMENT_RE, Typing, classify, type_clause
from pipeline.extract.mentions import PartyMentions
from pipeline.extract.relevance import BACKGROUND_RE, RELATIONS_TYPES, Scope, relevant, third_countries
from pipeline.extract.people import role_of, titled_people
from pipeline.extract.sentences import Sentence, split_sentences
from pipeline.extract.context import VisitContext
from pipeline.extract.visits import (Visit, add_met, aside_spans, continue_visit, detect_visits, follow_up, read_hosting,
                                     read_table_header, trip_dates, unnamed_trip)
from pipeline.lexicon import PhraseMatcher, load_table
from pipeline.read.article import Article, Block

LOG = logging.getLogger(__name__)
SKIPPED_SECTIONS_RE = re.compile(
    r"^(see also|references|notes|footnotes|citations|works cited|literature|external links|further reading|bibliography|sources)$", re.I)
CITATION_RE = re.compile(r"\((?:[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+| et al\.)?,? \d{4}[a-z]?: ?[\d–-]+(?:; )?)+\)")
"""An author-year citation, '(Kidane 2001: 88)': the year of a work, no date of the fact."""
BRACKETS_RE = re.compile(r"\([^()]*\)")
ORDINALS = rf"(?:{'|'.join(ORDINAL_WORDS[1:])}|next|last|\d+(?:st|nd|rd|th))"
"""The rank of the next of a series: 'the second', 'its ninth', 'the 12th'."""
TRIP_VERBS = r"(?:visited|attended|inaugurated|addressed|discussed|opened|toured|travell?ed|crossed|landed|arrived|called|received|welcomed|hosted|accompanied|joined|stayed|spent|laid)\b"
"""Verbs that go on telling a trip ('visited Lima and addressed Congress'): never the start of another fact's clause."""
CLAUSE_SPLIT_RE = re.compile(rf";\s+|,\s+(?=(?:the|its)\s+{ORDINALS}\s+(?:in|on|at)\s)|,\s+(?=(?:and\s+)?(?:in force|entered into force|came into force)\b[^,;]*\d)|,\s+(?P<who>)(?=who\s+(?:\w+\s+){{0,3}}(?:paid|made|visited|travell?ed|returned|came|went|flew)\b[^;]*\d)|,\s+(?:and|but|while)\s+|,\s+when\s+(?=[^,.;]*\d)|,\s+(?=(?:some\s+|about\s+|only\s+|just\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+[^,.;]*\d)|\s+and\s+(?=(?:again\s+)?(?:in|on)\s[^,;]*\d)|\s+and\s+(?P<by>)(?=by\s+[a-z]+ing\b)|\s+and\s+(?P<shared>)(?=(?:\w+ly\s+)?(?:(?!{TRIP_VERBS})[a-z]{{3,}}ed|signed|agreed|declared|announced|began|applied|became|returned|restored|sent|gave|broke|took|withdrew|froze|won|struck|sold|built)\b(?!\s+(?:by|to|with)\b))")
BY_DOING_RE = re.compile(r"\bby\s+[a-z]+ing\b")
"""'retaliated by closing the border': the first of acts told as the means of one response."""
NAME_END_RE = re.compile(r"\b[A-Z][\w'’-]+$")
DATED_AND_RE = re.compile(r",?\s+and\s+(?=[a-z])|,\s+(?=(?:prompting|provoking|drawing|sparking|triggering)\s)")
"""Where a clause with two dates parts: 'signed on D and entered into force on E', and a consequence
told by a participle with a time of its own ('ruled on D, prompting a protest the next day')."""
RECEIVING_GUEST_RE = re.compile(r"(?:Receiving|Welcoming|Hosting)\s+(?:him|her|them)\b")
"""A sentence that opens with the host receiving the guest of the visit told before it."""
FOLLOW_UP_RE = re.compile(r"^(during (the|her|his|this) (visit|trip|stay)|the (two )?(ministers|governments|leaders|countries|sides)|(he|she|they) also|the countries also)\b", re.I)
VERB_AFTER_DATE_RE = re.compile(r"\s+(?=(?:was|were|became|came|took|entered|[a-z]+ed)\b)")
"""The main verb right after a date that closes the subject ('signed on 5 May 2015 entered ...')."""
TIME_CUE_RE = re.compile(r"\b(?:during|after|before|since|until|following|once|earlier|later)\b", re.I)
"""A time of a clause's own, though not a date ('broken off during the war and restored in 1957')."""
DURING_TRIP_RE = re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the|his|her|their|that|this)\s+(?:stay|visit|trip|tour)\b", re.I)
"""'He signed an agreement during the stay': the time of the trip told before, not a time of its own."""
DATED_BY_PRONOUN_RE = re.compile(
    r"(?:it|they)\s+(?:was|were|had\s+been)\s+(?:unveiled|inaugurated|opened|erected|built|completed|founded|established|launched|dedicated)\b")
"""'..., and it was unveiled in 1974': the clause dates what the undated clause before it told."""
ELLIPTICAL_RE = re.compile(r"^(?:and\s+)?(?:in|on|at|from|by|\d{3,4}\b)", re.I)
"""A clause that only adds a time to the fact before: 'and in 1998', 'and 1197'."""
PLACE_TIME_WORDS = {"and", "again", "then", "later", "in", "on", "to", "at", "of", "the", "from", "until", "till", "late", "early", "mid"}
"""The words that may stand with a place and a time in a clause that only moves a trip elsewhere."""
DATE_LIST_GAP_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
"""Between two dates of one list: 'in 1170, 1194 and 1197'."""
LEAD_END_RE = re.compile(r"\s*[.:|–—-]")
"""What follows a date that opens an entry of a chronology ('2019 – ...', '6 June 2019. ...')."""
DATE_LABEL_END_RE = re.compile(r"[\s.:–—-]*")
"""What may follow a date that stands alone as a label of the entries below it ('- 1987')."""
YEAR_HEADING_RE = re.compile(r"1\d{3}|20\d{2}")
HEADING_SPAN_CUE_RE = re.compile(r"\b(?:since|after|before|until|till|from|to|post|pre)\W+$", re.IGNORECASE)
"""'Relations since 1991': a heading year that starts or ends a span dates none of its days."""
MONEY_RE = re.compile(r"(?:US\$|\$|€|£|¥)\s?\d[\d.,]*\s*(?:million|billion|bn|m)\b")
"""A sum of money: with no trigger of its own, the measure of the trade told just before it."""
MEASURE_ANAPHORA_RE = re.compile(
    r"(?:The|These|This|Those|Such)\s+(?:[a-z-]+\s+){0,2}(?:requirements?|measures?|restrictions?|bans?|sanctions?|embargo|"
    r"arrangements?|programmes?|programs?|schemes?|services?|routes?|rules?|waivers?|exemptions?|quotas?|tariffs?|duties|fees?)"
    r"\s+(?:was|were|had been|has been|have been)\s")
"""A sentence whose subject is a measure told just before ('The requirement was lifted'): a fact of
the same kind as that one."""
BARE_CEREMONY_RE = re.compile(r"\bfor\s+the\s+(ceremon(?:y|ies)|celebrations?|festivities)\b")
INDEPENDENCE_RE = re.compile(r"\b(?:became|become|becomes)\s+independent\b|\bindependence\b", re.I)
ASIDE_BEFORE_RE = re.compile(r",\s+(?:who|which|whose)\b|\bsaid\b")
"""Before a date of what someone said or of a relative clause, not of the sentence's own act."""
LACK_SINCE_RE = re.compile(r"\bha(?:s|ve|d)\s+had\s+no\b[^,;.]{0,60}\bsince\s+\Z|\b(?:any\s+time|ever)\s+since\s+\Z")
"""'which has had no army since 1948', 'closer than at any time since 1905': how long a state has
lasted, or a comparison with the past, no fact of that date."""
HOST_CITY_RE = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?:,[^,.;]{1,30},)? (?:has|had|have) (?:\w+ )?(?:received|hosted|welcomed)\b")
DATELINE_RE = re.compile(r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]+),\s+[^—–\n]{4,40}?\s+[—–]\s")
"""A news item's dateline: 'ASUNCIÓN, 9 June 2010 — ...'."""
TABLE_HEADER_RE = re.compile(r"[^\d|\n]+(?: \| [^\d|\n]+)+")
"""A table's row of column names: cells without digits."""
DOCUMENT_TOPIC_RE = re.compile(
    r"\b(?i:agreement|treaty|convention|memorandum|memoranda|protocol|accord|declaration)s?\s+(?:on|of|for|concerning)\s+(?:the\s+)?(?P<topic>[\w-]+(?:\s+(?:and\s+)?(?!(?:on|in|an?|the|to|by|at|was|were|with|which|that)\b)[\w-]+){0,3})")
GENERIC_TOPIC_WORDS = {"cooperation", "operation", "understanding", "bilateral", "mutual", "between", "countries",
                       "field", "fields", "area", "areas", "signed"}
"""Words of a document's name that tell nothing of its subject ('Memorandum of Understanding on Cooperation');
a year or a short word tells none either ('the treaty of 1948 and on ...')."""
HEADING_CITY_RE = re.compile(r"([A-Z][\w'’ -]*?)(?: as (?:host|hosts|the host))?$")
"""A heading that names a city alone or as the host of what is told under it."""
SEQUEL_RE = re.compile(
    r"\bfollowed(?:\s*$|\s+(?=suit|in|on|at|within|with|by|later|soon|shortly|the\s+(?:next|following)|\w+\s+(?:years?|months?|weeks?|days?)\s+later))"
    rf"|\bhosted\s+(?=in|on)\b|\b(?:did|do|does|doing)\s+(?:so|the\s+same|likewise)\b|\bwhich\s+\w+\s+did\b|^(?:and\s+)?(?:the|its|a)\s+{ORDINALS}\b(?=\s*,|\s+(?:in|on|at|was|were|came|took)\b)", re.I)
"""A clause that tells the next of a series without naming its kind ('a second followed in 2013',
'it was followed by Tala in 2007', 'the ninth in Beijing in 2024', '22,000 did so in 1999'): a fact
of the kind before it."""
RESUMED_RE = re.compile(r"^(?:(?:and|but)\s+)?(?:(?:it|they)\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
                        r"(?:\w+ly\s+)?(?:resumed|reopened|restored|renewed|reinstated)\b", re.I)
"""A clause that takes up again, without naming it, the fact before ('they resumed in 1992', 'it was
renewed in 2023'): of its kind; relations taken up again are restored."""
LISTED_DOCUMENTS_RE = re.compile(r"\b(?:signed|concluded|adopted|initiall?ed|ratified|exchanged)\s*:\s*")
"""'the two sides signed: an agreement on A; an MoU on B; and a protocol on C': one fact per item."""
LIST_ITEM_RE = re.compile(r"^(?:and\s+)?(?:an?|the)\s")
QUESTION_RE = re.compile(r"[\s'\"]*[A-Z][^.!?\n]*\?[\s'\"]*")
"""A sentence or block that is one question: an FAQ's, whose answer follows."""
DEFINITION_RE = re.compile(r"[^.;]{0,80}?\brelations\s+(?:are|were)\s+the\s+(?:[\w-]+\s+){0,2}(?:relations|ties)\s+between\b")
"""An article's opening definition ('A–B relations are the relations between ...'): its dates
bound the subject ('from 1917 until 1991', 'known until 1939 as Siam'); they are no facts."""
NOT_RELATIONS_RE = re.compile(r"\b(?:was|were) born\b|\bdied\b")
OFFICIAL_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "minister"}
RELATIONS_ANNIVERSARY_RE = re.compile(
    r"\b(?:anniversary|years|centenary|jubilee)\s+of\s+(?:the\s+(?:establishment|start)\s+of\s+)?"
    r"(?:(?:the|their|bilateral|diplomatic|[A-Z]\w+)\s+)*(?:relations|ties|[Tt]reaty|immigration)\b")
"""What a visit marks as a fact of its own: the pair's relations, treaty or migration ('the
thirtieth anniversary of diplomatic relations'), not one party's day or someone's funeral."""
COMMEMORATED_RE = re.compile(
    r"(?P<time>\b(?:after|before|following|since|until)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?"  # 'days after the 50th'
    r"(?:\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s\s+(?:[\w-]+\s+){0,2})?"  # 'Ghana's independence'
    r"\b(?:anniversary|centenary|bicentenary|bicentennial|centennial|memorial|commemoration)\b"
    r"(?:\s+(?:service\s+)?(?:of|for)\s+[^,;.]+?(?=\s+(?:in|at|on)\s|[,;.]|$))?")  # 'of independence', not 'in Accra'
"""A day commemorated and what it is of ('Ghana's independence anniversary', 'the centenary of
the state'), or a day that only tells the time ('a few days after the anniversary')."""
MEMORIAL_FOR_RE = re.compile(r"^memorial\s+(?:service\s+)?for\b")
OCCASION_RULES = frozenset(f"commemoration.{word}" for word in (
    "anniversary", "centenary", "bicentenary", "bicentennial", "centennial", "memorial", "commemoration"))
"""Triggers that name the day a visit was for (not a wreath laid or a plaque unveiled on it)."""
TRIP_REACH = timedelta(days=31)
"""How far from a trip's or a meeting's dates a fact of the same sentence still belongs to it."""
SPEAKER_LEAD_RE = re.compile(r"^(?:and\s+)?(?:(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+)?")
"""What may open a clause before its speaker: 'and', a day ('on 4 June')."""
BACKGROUND_ASIDE_RE = re.compile(r",\s+who\s+had\b")
"""An aside in the pluperfect tells of before the trip ('A, who had seized power in 1965, came
to C'), unlike one of what was done on it (', who conferred on her the order')."""
WITH_VISIT_TYPES = RELATIONS_TYPES | {"agreement", "visa", "support", "aid", "transport", "organization",
                                      "commemoration", "other"}
"""Facts that a visit's sentence can tell besides the trip (signed, opened, laid a foundation
stone, marked an anniversary), typed by its clauses' heads; the topic of the talks (defence,
trade) or thanks for aid are not second facts. Untyped clauses are not facts there."""


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
    rule: str = ""  # the lexicon trigger or the frame that typed it


@dataclass(frozen=True)
class Clause:
    text: str
    start: int  # offset within the sentence
    shared: bool = False  # 'met in Mogadishu and signed ...': the subject and the time of the clause before


def split_clauses(sentence: str, dates: list[DateMention] = ()) -> list[Clause]:
    """Clauses at semicolons and coordinating conjunctions, and between two dated facts; never
    inside brackets ('(Portuguese: ...; Spanish: ...)')."""
    clauses, start, shared = [], 0, False
    brackets = [(m.start(), m.end()) for m in BRACKETS_RE.finditer(sentence)]
    for sep in CLAUSE_SPLIT_RE.finditer(sentence):
        if any(a < sep.start() < b for a, b in brackets) or (sep["who"] is not None and not NAME_END_RE.search(sentence, 0, sep.start())):
            continue  # a trip told in a relative clause is split off only after a person's name
        if sep["by"] is not None and not BY_DOING_RE.search(sentence, start, sep.start()):
            continue  # 'by closing the border and by requiring visas', not 'by the expulsions ... and by recurring disputes'
        clauses.append(Clause(sentence[start:sep.start()], start, shared))
        start, shared = sep.end(), sep["shared"] is not None or sep["by"] is not None
    clauses.append(Clause(sentence[start:], start, shared))
    return [part for c in clauses if c.text.strip() for part in _split_between_dates(c, dates)]


def _split_between_dates(clause: Clause, dates: list[DateMention]) -> list[Clause]:
    """One clause per date: 'signed on 31 May 2011 and entered into force on 1 March 2012', and
    'An agreement signed on 5 May 2015 entered into force on 20 December' (the verb after a date)."""
    end = clause.start + len(clause.text)
    inside = [d for d in dates if clause.start <= d.char_start < end]
    cuts = [(sep.start(), sep.end()) for sep in DATED_AND_RE.finditer(clause.text)]
    verbs = (VERB_AFTER_DATE_RE.match(clause.text, d.char_end - clause.start) for d in inside)
    cuts += [(verb.start(), verb.end()) for verb in verbs if verb]
    asides = [(clause.start + a, clause.start + b) for a, b in aside_spans(clause.text)]
    parts, start = [], 0
    for cut, after in sorted(cuts):
        at = clause.start + cut
        own = [d for d in inside if not any(a <= d.char_start < b <= at for a, b in asides)]  # not 'A, who won in May, came'
        if any(clause.start + start <= d.char_start < at for d in own) and any(d.char_start > at for d in inside):
            parts.append(Clause(clause.text[start:cut], clause.start + start, clause.shared and not parts))
            start = after
    parts.append(Clause(clause.text[start:], clause.start + start, clause.shared and not parts))
    return parts


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span blanked out (offsets kept)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _dates_in(clause: Clause, dates: list[DateMention]) -> list[DateMention]:
    return [d for d in dates if clause.start <= d.char_start < clause.start + len(clause.text)]


def _clause_date(clause: Clause, dates: list[DateMention], fallback: DateMention | None,
                 following: Clause | None = None) -> DateMention | None:
    """The first date written inside the clause, past a leading 'After the crisis of 1963, ...'
    when another date follows in it or in the next clause of the same subject; else the
    sentence's date before it; else, unless the clause tells a time of its own, the date of a
    next clause that shares its subject ('met in Mogadishu and signed an agreement in October
    1972')."""
    inside = _dates_in(clause, dates)
    lead = LEADING_SUBORDINATE_RE.match(clause.text)
    main = [d for d in inside if lead and d.char_start >= clause.start + lead.end()]
    if main:
        return main[0]
    own = clause.text[lead.end():] if lead else clause.text
    shared = _dates_in(following, dates) if following and following.shared and not TIME_CUE_RE.search(own) else []
    if inside:  # 'When X on D, A closed B and sent C the next day': the main clause is of the day after
        return shared[0] if lead and shared else inside[0]
    before = [d for d in dates if d.char_start < clause.start]
    return before[-1] if before else shared[0] if shared else fallback


def _closing_date(sentence: str, dates: list[DateMention]) -> DateMention | None:
    """A date in brackets that closes the sentence dates its undated clauses ('A came to C a few
    months afterwards, and was received by B (November 1985).')."""
    last = dates[-1] if dates else None
    opened = sentence.rfind("(", 0, last.char_start) if last else -1
    if opened < 0 or ")" in sentence[opened: last.char_start]:
        return None
    return last if re.fullmatch(r"\)[.;]?\s*", sentence[last.char_end:]) else None


def _listed_after(first: DateMention, dates: list[DateMention], sentence: str) -> list[DateMention]:
    """The dates listed right after a clause's date, each a time of the same fact: 'attacked
    in 1170, 1194 and 1197'."""
    listed, last = [], first
    for date in (d for d in dates if d.char_start > first.char_start):
        if not DATE_LIST_GAP_RE.fullmatch(sentence, last.char_end, date.char_start):
            break
        listed.append(date)
        last = date
    return listed


def _cell_dates(first: DateMention, dates: list[DateMention], sentence: str) -> list[DateMention]:
    """The other dates that fill a cell of the same table row ('Name | 21 August 1973 | Singapore |
    1 April 1974': signed, then in force), each a fact of the row's kind."""
    def fills_cell(date: DateMention) -> bool:
        before, after = sentence[: date.char_start].rstrip(), sentence[date.char_end:].lstrip()
        return before.endswith("|") and (not after or after.startswith("|"))
    return [d for d in dates if d.char_start > first.char_start and fills_cell(d)] if fills_cell(first) else []


def _nearest_date(dates: list[DateMention], at: int, fallback: DateMention | None) -> DateMention | None:
    """The date nearest a predicate, or a more precise one of the clause inside it ('2018: A to
    C (20 December)')."""
    if not dates:
        return fallback
    nearest = min(dates, key=lambda d: abs(d.char_start - at))
    if "/" in nearest.edtf:
        return nearest
    return max((d for d in dates if nearest.start <= d.start and d.end <= nearest.end), key=_precision_rank)


def _trip_dates(sentence: str, dates: list[DateMention], inside: list[DateMention], at: int) -> list[DateMention]:
    """The dates of a trip told at `at`: its clause's, or when they all date something else (an
    office taken: 'A, inaugurated in January, flew to C and was received there on 17 May') the
    sentence's later ones."""
    own = trip_dates(sentence, inside, at)
    if own or not inside or any(d.char_start > at for d in inside):
        return own
    return trip_dates(sentence, [d for d in dates if d.char_start > at], at)


def _heading_year(section: tuple[str, ...]) -> DateMention | None:
    """A section headed by a year ('===2019===', '==Eight weeks in 1969==') dates its days and
    months ('On 15 December'); not a heading that tells a span or a time after or before it."""
    heading = section[-1] if section else ""
    if YEAR_HEADING_RE.fullmatch(heading):
        return parse_edtf(heading)
    dates = find_dates(heading) if YEAR_HEADING_RE.search(heading) else []
    if len(dates) != 1 or "/" in dates[0].edtf or dates[0].precision == "decade":
        return None
    return None if HEADING_SPAN_CUE_RE.search(heading, 0, dates[0].char_start) else dates[0]


def _heading_date(section: tuple[str, ...]) -> DateMention | None:
    """A section headed by a date and what happened ('=== 6–8 August 2003: state visit ==='):
    the date of the undated sentences under it."""
    heading = section[-1] if section else ""
    dates = find_dates(heading) if heading[:1].isdigit() or heading.split(" ")[0] in MONTHS else []
    return dates[0] if dates and dates[0].char_start == 0 and LEAD_END_RE.match(heading, dates[0].char_end) else None


STATE_SUBJECT_RE = re.compile(r"(?:The\s+)?(?P<names>(?:[A-Z][\w'’-]*\s+){1,3})(?:(?:foreign\s+)?(?:ministry|government|foreign\s+office)\s+)?"
                              r"(?:[a-z]+ed|sent|said|told|gave|wrote|took)\b")
"""A party, its capital or its government as the subject: it speaks for the state."""


def _official_statement(sentence: str, context: VisitContext) -> bool:
    """An undated statement by an official ("Foreign Minister X condemned ...") follows the
    fact told just before it, and takes its date (unless it answers another statement)."""
    if classify(sentence) != "statement":
        return False
    speaker = next(iter(titled_people(sentence)), None)
    known = context.people.get(fold(sentence.split()[0])) if sentence[:1].isupper() else None
    title = speaker.title if speaker and speaker.start < 40 else (known.title if known else None)
    state = STATE_SUBJECT_RE.match(sentence)  # 'Lima protested', 'The Peruvian foreign ministry replied'
    return role_of(title) in OFFICIAL_ROLES or bool(state and context.mentions.named(state["names"]))


def _same_visitor(a: Visit | None, b: Visit | None) -> bool:
    """Two visits in one sentence at one date are one fact only when one person made them."""
    return a is None or b is None or a.surname == b.surname


def _retold(a: DateMention, b: DateMention) -> bool:
    """Whether two dates can tell one fact: the same date, or a plain year or month and a more
    precise date inside it. A span (1949/1953, the 1990s) holds facts of its own."""
    if a.edtf == b.edtf:
        return True
    if "/" in a.edtf + b.edtf or "decade" in (a.precision, b.precision):
        return False
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _in_month_of(date: DateMention, trip: DateMention) -> bool:
    """A day told without its year, in the month of the paragraph's trip but given an earlier year
    by a background date read in between ('convicted of an attack in 1986'); not a later year the
    story moved on to."""
    return (date.relative and date.precision == "day" and trip.precision in ("month", "day")
            and date.start.month == trip.start.month and date.start.year < trip.start.year)


def _during(day: DateMention, trip: DateMention) -> bool:
    """A date of the trip itself: the same, or within its span ('on 22–23 March ... on 22 March')."""
    return _retold(day, trip) or trip.start <= day.start <= day.end <= trip.end


LEG_DAYS = 2
"""A trip of the same visitor to the same host within this many days of the one told before in
the sentence is a leg of that trip."""


def _next_leg(visit: Visit, day: DateMention, events: list[Event]) -> bool:
    """A later leg of a trip told earlier in the sentence: same visitor, same host, days after it."""
    trip = next((e for e in reversed(events) if e.visit), None)
    return (trip is not None and visit.host_iso3 is not None and trip.visit.person is visit.person
            and trip.visit.host_iso3 == visit.host_iso3 and day.precision == "day" and trip.date.precision == "day"
            and timedelta(0) < day.start - trip.date.end <= timedelta(days=LEG_DAYS))


def _same_fact(a: Event, b: Event) -> bool:
    """Two mentions of one fact: same type, dates that can be one, in different paragraphs."""
    if a.event_type != b.event_type:
        return False
    if a.block == b.block:  # 'A pays a state visit to C. In D he is welcomed by B': one trip told on
        return bool(a.visit and b.visit) and a.date.edtf == b.date.edtf and a.visit.host_iso3 == b.visit.host_iso3 \
            and a.visit.person is b.visit.person
    if a.visit and b.visit:  # 'President Moon's stay in C in April 2019' and 'Moon Jae-in – C, 18–21 April 2019'
        one_trip = _during(a.date, b.date) or _during(b.date, a.date)
        return one_trip and _one_person(a.visit.visitor_name, b.visit.visitor_name)
    if not _retold(a.date, b.date):
        return False
    if a.event_type == "agreement":
        topics_a, topics_b = _document_topics(a.text), _document_topics(b.text)
        return not (topics_a and topics_b) or bool(topics_a & topics_b)
    return True


def _one_person(a: str, b: str) -> bool:
    """Two writings of one visitor: the same surname, or one word that is a part of the other name."""
    words_a, words_b = fold(a).split(), fold(b).split()
    return words_a[-1] == words_b[-1] or (len(words_a) == 1 and words_a[0] in words_b) or (len(words_b) == 1 and words_b[0] in words_a)


def _document_topics(text: str) -> set[str]:
    """What the documents a sentence names are about ('an agreement on military cooperation':
    military), so that two agreements of one year are one fact only when told alike."""
    return {word.lower() for match in DOCUMENT_TOPIC_RE.finditer(text)
            for word in re.findall(r"[^\W\d]{4,}", match["topic"]) if word.lower() not in GENERIC_TOPIC_WORDS}


def _repeat_bucket(event: Event) -> tuple:
    """Facts that can be one share a bucket: a span or decade its exact value, a date its year;
    a trip its year, whatever its span."""
    date = event.date
    exact = ("/" in date.edtf and not event.visit) or date.precision == "decade"
    return event.event_type, date.edtf if exact else date.start.year


def _merge_repeats(events: list[Event]) -> list[Event]:
    """Keep one row per fact told more than once, at its most precise date; linear in the facts
    since each is compared only with those of its bucket."""
    kept: list[Event] = []
    buckets: dict[tuple, list[int]] = {}
    for event in events:
        bucket = buckets.setdefault(_repeat_bucket(event), [])
        twin = next((i for i in bucket if _same_fact(kept[i], event)), None)
        if twin is None:
            bucket.append(len(kept))
            kept.append(event)
        elif _precision_rank(event.date) > _precision_rank(kept[twin].date):
            kept[twin] = replace(event, visit=event.visit or kept[twin].visit)
        elif event.visit and kept[twin].visit:
            _told_more(kept[twin].visit, event.visit)
    return kept


def _told_more(visit: Visit, retold: Visit) -> None:
    """The city and the people met that a trip's retelling adds."""
    visit.city = visit.city or retold.city
    for name, title in retold.counterparts:
        visit.add_counterpart(name, title)


def _precision_rank(date: DateMention) -> tuple[int, int]:
    return ({"decade": 0, "year": 1, "month": 2, "day": 3}[date.precision], -(date.end - date.start).days)


class _Reader:
    """Reads an article in order, keeping what the sentences before tell: the last date
    (for relative and inherited dates), the people named, the last visit."""

    def __init__(self, article: Article, parties: tuple[str, str]):
        self.article = article
        self.mentions = PartyMentions(parties)
        self.context = VisitContext(parties, self.mentions)
        self.events: list[Event] = []
        self.anchor: DateMention | None = None
        self.lead: DateMention | None = None  # the date that opens the current block's entry
        self.heading_date: DateMention | None = None  # the date the current section is headed by
        self.anchor_block: int | None = None  # the block whose sentence stated the anchor
        self.anchor_text = ""  # and that sentence
        self.table_typing: Typing | None = None  # the type a table's header tells of its rows ('Year | Exports')
        self.asked: Typing | None = None  # the type an FAQ's question tells of its answer ('When did A recognise B?')

    def read(self) -> list[Event]:
        section = None
        section_texts: dict[tuple, list[str]] = {}
        for block in self.article.blocks:
            section_texts.setdefault(block.section, []).append(block.text)
        for index, block in enumerate(self.article.blocks):
            if block.section and SKIPPED_SECTIONS_RE.match(block.section[0]):
                continue
            if block.section != section:
                section, self.anchor = block.section, _heading_year(block.section)
                self.heading_date = _heading_date(block.section)
                self.anchor = self.anchor or self.heading_date
                in_section = self.mentions.named(" ".join(section_texts[section]))
                self.table_typing = None
            self.context.enter_block(block.section, block.kind == "bullet")
            read_table_header(block.text, self.context)
            if TABLE_HEADER_RE.fullmatch(block.text):
                self.table_typing = type_clause(block.text)
            in_paragraph = set(self.mentions.parties) if self.mentions.pair_named(block.text) else self.mentions.named(block.text)
            self.lead = None
            for sentence in split_sentences(block.text, block.start):
                try:
                    self._read_sentence(sentence, block, index, in_section, in_paragraph)
                except Exception:  # a rule that fails on one sentence costs that sentence only
                    LOG.warning("%s: a rule failed on the sentence at %d; skipped", self.article.source_file,
                                sentence.start, exc_info=True)
            if not QUESTION_RE.fullmatch(block.text):  # a question alone is answered by the next block
                self.asked = None
        for event in self.events:
            if event.visit:
                event.visit.settle_guess()
        return _merge_repeats(self.events)

    def _read_sentence(self, sentence: Sentence, block: Block, index: int, in_section: set[str],
                       in_paragraph: set[str]) -> None:
        dates = self._dates(sentence.text, self.anchor)
        trip = next((e for e in reversed(self.events) if e.visit and e.block == index), None)
        if trip and any(_in_month_of(d, trip.date) for d in dates):  # 'a visit in February 2018 ... on 23 February'
            dates = self._dates(sentence.text, trip.date)
        if sentence.start == block.start and dates and dates[0].char_start == 0 and LEAD_END_RE.match(sentence.text, dates[0].char_end):
            self.lead = dates[0]  # an entry of a chronology: its undated sentences are of that date
        if len(dates) == 1 and dates[0].char_start == 0 and DATE_LABEL_END_RE.fullmatch(sentence.text, dates[0].char_end):
            self.anchor = dates[0]  # a label, such as a year whose entries are nested below it
            return
        self.context.read_people(sentence.text)
        read_hosting(sentence.text, self.context)
        if QUESTION_RE.fullmatch(sentence.text):  # an FAQ's question: what follows answers it
            self.asked = type_clause(sentence.text)
            return
        if DEFINITION_RE.match(sentence.text):
            return
        trip = self._last_trip() if dates else None
        dated = bool(dates) and not (trip and all(_during(d, trip.date) for d in dates))  # 'a banquet that evening'
        if not self._another_trip(sentence.text, dates) and follow_up(sentence.text, self.context, dated=dated):
            return
        inherited = self.anchor if not dates and self._continues(sentence.text, index) else None
        own_time = BACKGROUND_RE.search(sentence.text) or TIME_CUE_RE.search(DURING_TRIP_RE.sub("", sentence.text))
        inherited = inherited or (self.lead if not dates and not own_time else None)
        inherited = inherited or (self.heading_date if not dates else None)  # the heading tells when, whatever the cues
        trip_date = self.anchor if not (dates or inherited or own_time) and self.anchor_block == index else None
        found = self._sentence_events(sentence, dates, inherited, block, index, in_section, in_paragraph, trip_date)
        if dates and not any(e.visit for e in found):
            self.context.last_visit = None
        self.events.extend(found)
        if dates:  # what a later 'that year' counts from: the time of the facts told, not of their background
            self.anchor = found[-1].date if found else dates[-1]
            self.anchor_block, self.anchor_text = index, sentence.text

    def _dates(self, text: str, anchor: DateMention | None) -> list[DateMention]:
        """The dates of a sentence, without those of citations and of 'no X since D'."""
        cited = [m.span() for m in CITATION_RE.finditer(text)]
        return [d for d in find_dates(text, anchor, self._event_date)
                if not LACK_SINCE_RE.search(text, 0, d.char_start) and not any(a < d.char_start < b for a, b in cited)]

    def _another_trip(self, sentence: str, dates: list[DateMention]) -> bool:
        """'He met Xi again in Dalian on 7–8 May 2018' after a trip in March: a time of its own, outside
        the last trip's (not a date inside it, nor one of what someone said)."""
        last = self.context.last_visit
        if not dates or last is None or last.host_iso3 is None:  # no trip a follow-up could add to
            return False
        trip = self._last_trip()
        own = [d for d in dates if not ASIDE_BEFORE_RE.search(sentence, 0, d.char_start)]
        return trip is not None and bool(own) and all(d.end < trip.date.start or d.start > trip.date.end for d in own)

    def _untyped(self, clause: str, before: Event | None) -> tuple[str, str]:
        """The type of a dated clause no trigger typed: the trade a sum of money measures, the
        answer to an FAQ's question, a row under a table's header; else other."""
        if MONEY_RE.search(clause) and before is not None and before.event_type == "trade":
            return before.event_type, before.rule  # '... trade grew; by 2010 it was below US$1 billion'
        if self.asked:
            return self.asked.event_type, self.asked.rule  # 'When were relations established?' 'On 7 July 1995.'
        if self.table_typing and " | " in clause:
            return self.table_typing.event_type, self.table_typing.rule  # '2005 | 4.4 | 2.5' under 'Year | Exports'
        return "other", "frame.untyped"

    def _unmarked_day(self, text: str) -> bool:
        """A day of one party's own, a memorial service for someone or a day that tells the time,
        not one of the pair's shared history that the trip marked ('the centenary of Brazilian
        independence', 'the memorial service for A', 'days after the anniversary')."""
        if RELATIONS_ANNIVERSARY_RE.search(text):
            return False
        days = [(m["time"], m.group()[len(m["time"] or ""):]) for m in COMMEMORATED_RE.finditer(text)]
        return any(time or MEMORIAL_FOR_RE.search(day) or len(self.mentions.named(day)) == 1 for time, day in days)

    def _event_date(self, words: str) -> DateMention | None:
        """The date of the fact that 'two years after <words>' counts from (date_anchors.csv): the
        establishment of relations, or the visitor's last trip ('after A's visit'), else the last trip."""
        matcher, types = _date_anchors()
        wanted = {types[match.id] for match in matcher.find(words)}
        if "relations_established" in wanted:
            established = next((e for e in self.events if e.event_type == "relations_established"), None)
            return established.date if established else None
        trips = [e for e in self.events if e.visit] if "visit" in wanted else []
        said = fold(words).split()
        named = [e for e in trips if e.visit.surname in said]
        return (named or trips)[-1].date if trips else None

    def _opens_with_person(self, clause: str) -> bool:
        """The clause's subject is a person of the sentence ('Rabuka said that ...', 'on 4 June she apologised')."""
        clause = SPEAKER_LEAD_RE.sub("", clause)
        first = clause.split(" ", 1)[0]
        return first in ("he", "she") or any(first == known.name.split()[-1] or clause.startswith(known.name)
                                             for known in self.context.named_people)

    def _people_parties(self) -> set[str]:
        """The parties whose officials the sentence names: 'President A said ...' names A's country."""
        return {known.origin for known in self.context.named_people if known.origin in self.mentions.parties}

    def _last_trip(self) -> Event | None:
        """The event of the last visit read."""
        return next((e for e in reversed(self.events) if e.visit is self.context.last_visit), None)

    def _continues(self, sentence: str, index: int) -> bool:
        """An undated sentence that carries on the fact before it ("The two governments also ...")."""
        last = self.events[-1] if self.events else None
        answers = last is not None and last.block == index and last.event_type == "statement"
        official = _official_statement(sentence, self.context) and not answers
        if RECEIVING_GUEST_RE.match(sentence):
            return True  # 'Receiving him, A expressed regret for what C had done': said at the visit told before
        return bool(FOLLOW_UP_RE.match(sentence) or official) and not BACKGROUND_RE.search(sentence)

    def _sentence_events(self, sentence: Sentence, dates: list[DateMention], inherited: DateMention | None,
                         block: Block, index: int, in_section: set[str], in_paragraph: set[str],
                         trip_date: DateMention | None = None) -> list[Event]:
        """One event per clause that has a date and a type (or tells of a visit). An undated
        sentence's trip is of `trip_date`, the date of the sentence before it in its paragraph
        ('Suriname became independent on 25 November 1975. Prime Minister A attended the
        ceremonies in Paramaribo.'); its other facts have no date."""
        events: list[Event] = []
        previous_type, previous_rule, visit_told, deferred = None, None, False, False
        undated: Typing | None = None  # the typing of an undated clause, for the pronoun that dates it
        last = self.events[-1] if self.events else None
        measure = last if last is not None and last.block == index and MEASURE_ANAPHORA_RE.match(sentence.text) else None
        named = self.mentions.named(sentence.text)
        scope = Scope(named, self.mentions.pair_named(sentence.text), third_countries(sentence.text, self.mentions.parties),
                      in_paragraph, in_section, self.mentions.parties, self._people_parties())

        def add(date: DateMention, event_type: str, rule: str, visit: Visit | None = None, item: str | None = None) -> None:
            """One fact; an `item` of a list of documents is told by its own words."""
            if item or not any(e.event_type == event_type and e.date.edtf == date.edtf and _same_visitor(e.visit, visit) for e in events):
                events.append(Event(date, event_type, item or sentence.text, block.section_path, sentence.start,
                                    sentence.end, index, visit, rule))

        def add_told_with_visit(text: str, date: DateMention, any_type: bool = False) -> None:
            """What was signed, opened or marked on the trip, typed by the clause's head; any
            act but a meeting, the trip itself, when the trip is told only by where it was done
            ('On D, in C, A declared'); not what an aside tells of before the trip."""
            background = [(a, b) for a, b in aside_spans(text) if BACKGROUND_ASIDE_RE.match(text, a)]
            told = type_clause(_without(text, background), heads_only=True)
            if told and told.rule in OCCASION_RULES and self._unmarked_day(text):
                return  # 'attended the centenary of Panama's independence': the trip's occasion
            if told and ((any_type and told.event_type != "meeting") or told.event_type in WITH_VISIT_TYPES):
                add(date, told.event_type, told.rule)

        clauses = split_clauses(sentence.text, dates)
        inherited = _closing_date(sentence.text, dates) or inherited
        listing = LISTED_DOCUMENTS_RE.search(sentence.text)
        for clause, following in zip(clauses, [*clauses[1:], None]):
            inside = _dates_in(clause, dates)
            date = _clause_date(clause, dates, inherited, following) or trip_date
            if date is None:
                undated = type_clause(clause.text)  # 'A memorial ... stands at C; it was unveiled in 1974'
                continue
            if date is trip_date:
                visits = detect_visits(clause.text, self.context, events[-1].visit if events else None, sentence.text)
                for visit in (v for v in visits if v.host_iso3):
                    told = last.visit if last is not None and last.date is date and last.visit else None
                    if told and told.person is visit.person and told.host_iso3 == visit.host_iso3:
                        told.absorb(visit)  # 'A returned the visit in 1955. He travelled up to C.'
                        continue
                    self.context.last_visit = visit
                    visit.person.last_trip = visit
                    visit.city = visit.city or city_in(self.anchor_text, 0, visit.host_iso3, [])  # the place and event told with the date
                    visit.occasion = visit.occasion or occasion_in(self.anchor_text) or _ceremony_of(clause.text, self.anchor_text)
                    add(date, "visit", "frame.visit-undated", visit)
                on_trip = not visits and last is not None and last.visit is self.context.last_visit and last.date is date
                if on_trip and _tells_agreement(clause.text):  # 'A came to C on D. The two signed an agreement ...'
                    kind = type_clause(clause.text, heads_only=True)  # of its kind: 'an agreement exempting visas'
                    of_kind = kind is not None and kind.event_type in WITH_VISIT_TYPES
                    add(date, kind.event_type if of_kind else "agreement", kind.rule if of_kind else "frame.signed-on-trip")
                elif on_trip and RELATIONS_ANNIVERSARY_RE.search(clause.text):
                    add_told_with_visit(clause.text, date)  # '... and it marked the thirtieth anniversary of relations'
                continue
            if listing and clause.start >= listing.end() and LIST_ITEM_RE.match(clause.text):
                item = sentence.text[: listing.end()] + clause.text.removeprefix("and ")
                typing = type_clause(item)
                if typing:
                    add(date, typing.event_type, typing.rule, item=item)
                    continue
            trip = next((e for e in reversed(events) if e.visit), None)
            told = trip.visit if trip else None
            dated = any(not _during(d, trip.date) for d in inside) if trip else bool(inside)  # a time of its own
            city = city_in(clause.text, 0, told.host_iso3, []) if told and told.host_iso3 and dated and _another_stop(clause.text) else None
            if city:  # 'met Xi in Dalian on 7 May and in Beijing on 19 June': the same visitor's next trip
                stop = replace(told, city=city, counterparts=list(told.counterparts))
                add_met(clause.text, stop, self.context)  # '..., and in August to Changchun, where Hu came to meet him'
                add(date, "visit", "frame.visit-elliptical", stop)
                continue
            if told and continue_visit(clause.text, told, self.context, dated=dated, shared=clause.shared):
                add_told_with_visit(clause.text, date)
                continue
            visits = detect_visits(clause.text, self.context, events[-1].visit if events else None, sentence.text)
            visits = [v for v in visits if not any(d.relative and d.char_start <= clause.start + v.trigger < d.char_end for d in inside)]
            for visit in visits:  # not the visit a date counts from ('on the last day of the visit')
                at = clause.start + visit.trigger
                visit_date = _nearest_date(_trip_dates(sentence.text, dates, inside, at), at, date)
                if _next_leg(visit, visit_date, events):
                    continue  # '... landed in C on 8 April; the next day they crossed to D': one trip
                self.context.last_visit = visit
                if visit.host_iso3:
                    visit.person.last_trip = visit
                    visit.city = visit.city or _heading_city(block, visit.host_iso3) or _host_city(block, visit.host_iso3)
                    add(visit_date, "visit", "frame.visit", visit)
                    for again in _listed_after(visit_date, inside, sentence.text) if visit_date in inside else ():
                        add(again, "visit", "frame.visit", replace(visit))  # 'came back to hunt in 1969 and 1976'
                else:
                    add(visit_date, "meeting", "frame.meeting-abroad")
            if visits:
                fronted = any(v.rule == "fronted-place" for v in visits)
                add_told_with_visit(clause.text, _nearest_date(inside, clause.start + visits[0].trigger, date), fronted)
                previous_type, visit_told = None, True
                continue
            if NOT_RELATIONS_RE.search(clause.text):
                continue
            if unnamed_trip(clause.text, self.context):
                add(date, "visit", "frame.visit-unnamed")  # no visitor row: the clause names no one
                previous_type, visit_told = None, True
                continue
            own_fact = bool(inside) and (sentence.text[: clause.start].rstrip().endswith(";")  # '...; that year trade peaked'
                                         or _apart_from_meeting(inside, events))
            typing = type_clause(clause.text, heads_only=visit_told)
            event_type, rule = (typing.event_type, typing.rule) if typing else (None, None)
            resumed = RESUMED_RE.match(clause.text)
            untyped_fact = event_type is None and (deferred or (inside and not clause.shared))
            deferred = untyped_fact and bool(following and following.shared)  # 'A convened and chaired B': one fact
            if event_type is None and measure is not None and clause.start == 0:  # 'The requirement was lifted in 2016'
                event_type, rule = measure.event_type, measure.rule
            elif event_type is None and undated and DATED_BY_PRONOUN_RE.match(clause.text):
                event_type, rule = undated.event_type, undated.rule
            elif event_type is None and previous_type and (not inside or ELLIPTICAL_RE.match(clause.text)):
                event_type, rule = previous_type, previous_rule
            elif event_type is None and (SEQUEL_RE.search(clause.text) or resumed) and (series := _series(events, last, index)):
                event_type, rule = series.event_type, series.rule
                if resumed and event_type.startswith("relations_"):
                    event_type, rule = "relations_restored", "series.resumed"
            elif untyped_fact and not deferred:
                event_type, rule = self._untyped(clause.text, _told_before(events, last, index))
            untyped = rule == "frame.untyped"
            spoken = event_type == "statement" and self._opens_with_person(clause.text)  # '..., and A said that ...'
            of_trip = event_type in WITH_VISIT_TYPES or own_fact or spoken
            if event_type is None or (visit_told and (untyped or not of_trip)):
                continue
            with_trip = visit_told and event_type in WITH_VISIT_TYPES
            if with_trip or relevant(event_type, clause.text, scope, untyped):  # a trip of the pair is about the pair
                previous_type, previous_rule = event_type, rule
                for listed in [date, *_listed_after(date, inside, sentence.text), *_cell_dates(date, inside, sentence.text)]:
                    add(listed, event_type, rule)
        return events


@lru_cache(maxsize=1)
def _date_anchors() -> tuple[PhraseMatcher, dict[str, str]]:
    """The words of facts that a time counts from (date_anchors.csv), and each id's type of fact."""
    rows = load_table("date_anchors", required=("phrase", "event_type"))
    return PhraseMatcher([(row["id"], row["phrase"]) for row in rows]), {row["id"]: row["event_type"] for row in rows}


def _apart_from_meeting(inside: list[DateMention], events: list[Event]) -> bool:
    """A clause dated a month or more apart from the sentence's last trip or meeting ('met in
    September 2019, and the two spoke by telephone on 27 February 2020'): a fact of its own, not
    one told with it, as the departure days later is ('landed on 2 March and left on 6 March')."""
    met = next((e for e in reversed(events) if e.event_type in ("visit", "meeting")), None)
    return met is not None and any(d.start > met.date.end + TRIP_REACH or d.end < met.date.start - TRIP_REACH
                                   for d in inside)


def _another_stop(clause: str) -> bool:
    """A clause of a place and a time alone, up to its first comma ('and in Beijing on 19 June',
    'and in August to Changchun, where ...'): the trip before it, made again elsewhere."""
    head = clause.split(",", 1)[0]
    words = [w for w in re.findall(r"[^\W\d]+", head) if w[0].islower() and w.lower() not in PLACE_TIME_WORDS]
    return bool(ELLIPTICAL_RE.match(head)) and not words


def _tells_agreement(clause: str) -> bool:
    """A clause that signs a document or whose head is an agreement ('proclaimed a partnership')."""
    if SIGNED_DOCUMENT_RE.search(clause):
        return True
    typing = type_clause(clause, heads_only=True)
    return typing is not None and typing.event_type == "agreement"


def _told_before(events: list[Event], last: Event | None, index: int) -> Event | None:
    """The fact told just before a clause: in its sentence, else in its block."""
    return events[-1] if events else (last if last is not None and last.block == index else None)


def _series(events: list[Event], last: Event | None, index: int) -> Event | None:
    """The fact a sequel continues: the one before it in its sentence, else in its block; not a trip."""
    before = _told_before(events, last, index)
    return before if before is not None and before.event_type != "visit" else None


def _ceremony_of(clause: str, before: str) -> str | None:
    """'... became independent on D. King A flew to C for the ceremony.': the ceremony of the
    independence told before."""
    ceremony = BARE_CEREMONY_RE.search(clause)
    return f"independence {ceremony[1]}" if ceremony and INDEPENDENCE_RE.search(before) else None


def _host_city(block: Block, host: str) -> str | None:
    """The city a paragraph opens with as the host of what it tells ('Taipei, for its part, has
    received a long line of Paraguayan presidents.'), or its dateline ('ASUNCIÓN, 9 June 2010 — ...')."""
    opening = HOST_CITY_RE.match(block.text) or DATELINE_RE.match(block.text)
    city = city_of(opening[1], host) if opening else None
    return city if city and city.casefold() == opening[1].casefold() else None


def _heading_city(block: Block, host: str) -> str | None:
    """The city a section is headed by ('===Gdańsk===', '==Gdańsk as host=='): where the trips
    told under it went."""
    heading = block.section[-1] if block.section else ""
    named = HEADING_CITY_RE.match(heading)
    return named[1] if named and city_of(named[1], host) == named[1] else None


def extract_events(article: Article, parties: tuple[str, str]) -> list[Event]:
    """Every dated fact about the pair, in article order, repeats merged."""
    return _Reader(article, parties).read()
