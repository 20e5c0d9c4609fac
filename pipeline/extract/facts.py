"""Everything the dataset says about one article: its row, events, visits and missions."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from urllib.parse import quote

from slugify import slugify

from pipeline.extract.countries import resolve_parties
from pipeline.extract.event_types import plover_of
from pipeline.extract.events import extract_events
from pipeline.extract.missions import extract_missions
from pipeline.read.corpus import ReadArticle


@dataclass
class ArticleFacts:
    article: dict
    events: list[dict] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)
    counterparts: list[dict] = field(default_factory=list)
    missions: list[dict] = field(default_factory=list)


def article_slug(title: str) -> str:
    """'Albania–Iceland relations' → 'albania-iceland'; 'Łódź' → 'lodz', other scripts
    transliterated; a title with no letter or digit gets 'article-' and a hash of it."""
    head = re.sub(r"\s+relations\s*$", "", title.strip(), flags=re.IGNORECASE)
    return slugify(head) or f"article-{hashlib.sha1(title.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def wikipedia_url(title: str) -> str:
    """The English Wikipedia address of a title: spaces as underscores, the rest percent-encoded
    as UTF-8 the way MediaWiki writes it ('Albania–Iceland relations' → .../Albania%E2%80%93Iceland_relations)."""
    return "https://en.wikipedia.org/wiki/" + quote(title.replace(" ", "_"), safe=";@$!*(),/~:", errors="surrogatepass")


def stable_id(article_id: str, day, *parts: str) -> str:
    """Key that sorts by article and date and stays put while the fact's words do."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:8]
    return f"{article_id}-{day:%Y%m%d}-{digest}"


def _date_columns(mention) -> dict:
    return {"date": mention.edtf, "date_start": mention.start, "date_end": mention.end, "date_precision": mention.precision}


def extract_facts(read: ReadArticle) -> ArticleFacts:
    """Extract every table's rows from one parsed article; raise ValueError when unusable."""
    article = read.article
    parties = resolve_parties(article.title, article.infobox_value("Party1"), article.infobox_value("Party2"))
    article_id = article_slug(article.title)
    facts = ArticleFacts({
        "article_id": article_id, "title": article.title, "country_a_iso3": parties[0],
        "country_b_iso3": parties[1], "source_file": article.source_file, "sha256": read.sha256,
        "wikipedia_url": wikipedia_url(article.title),
    })
    seen: set[str] = set()
    for event in extract_events(article, parties):
        visitor = (event.visit.visitor_name,) if event.visit else ()  # two visits told in one sentence
        event_id = stable_id(article_id, event.date.start, event.date.edtf, event.event_type, event.text, *visitor)
        if event_id in seen:  # the same fact told twice in one sentence is one row
            continue
        seen.add(event_id)
        provenance = {"section": event.section, "char_start": event.start, "char_end": event.end}
        facts.events.append({
            "event_id": event_id, "article_id": article_id, **_date_columns(event.date),
            "event_type": event.event_type, "type_rule": event.rule,
            "plover_category": plover_of(event.rule, event.event_type),
            "description": event.text, **provenance,
        })
        if event.visit is None:
            continue
        visit = event.visit
        visit_id = stable_id(article_id, event.date.start, event_id, visit.visitor_name)
        facts.visits.append({
            "visit_id": visit_id, "event_id": event_id, "article_id": article_id, **_date_columns(event.date),
            "visitor_name": visit.visitor_name, "visitor_role": visit.role_in(event.date.start.year),
            "visitor_title": visit.visitor_title, "origin_iso3": visit.origin_iso3, "host_iso3": visit.host_iso3,
            "city": visit.city, "occasion": visit.occasion, **provenance,
        })
        facts.counterparts.extend({"visit_id": visit_id, "name": name, "title": title} for name, title in visit.counterparts)
    for mission in extract_missions(article, parties):
        row = asdict(mission)
        mission_id = f"{article_id}-{row['sending_iso3']}-{row['receiving_iso3']}-{row['mission_type']}-{article_slug(row['city'])}"
        facts.missions.append({"mission_id": mission_id.lower(), "article_id": article_id, **row})
    return facts
