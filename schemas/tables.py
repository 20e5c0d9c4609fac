"""Pandera schemas of the published tables: the single definition of every column.

Each model's ``Config.metadata`` carries the table's primary key and foreign keys; the
Parquet schema, the CSV header, the data dictionary and ``datapackage.json`` are all
derived from these classes (see ``pipeline.publish.table_schema``).
"""

from __future__ import annotations

import pandera.pandas as pa
from pandera.engines.pandas_engine import Date
from pandera.typing import Series

from schemas.vocabularies import (
    DATE_PRECISIONS, EVENT_TYPES, MISSION_TYPES, PLOVER_CATEGORIES, VISITOR_ROLES,
)

ISO3 = r"^[A-Z]{3}$"
WIKIPEDIA_URL = r"^https://en\.wikipedia\.org/wiki/[A-Za-z0-9_.~;@$!*(),/:%-]+$"
EDTF = r"^\d{3}[\dX](-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"


def _date_columns(subject: str):
    """The four date columns shared by events and visits."""
    return (
        pa.Field(str_matches=EDTF, description=f"Date of the {subject} in EDTF (ISO 8601-2), at the article's own precision: 2007-10, 1976-04-09, 1967/1991, 199X."),
        pa.Field(description="First day that `date` covers."),
        pa.Field(description="Last day that `date` covers."),
        pa.Field(isin=DATE_PRECISIONS, description="Precision of `date` (of its bounds, for an interval): day, month, year or decade."),
    )


def _provenance_columns():
    return (
        pa.Field(description="Section path of the source sentence, headings joined by ' > ' ('Lead' before the first heading)."),
        pa.Field(ge=0, description="Character offset where the source sentence starts in the article text (Unicode code points, UTF-8 decoded)."),
        pa.Field(ge=0, description="Character offset where the source sentence ends (exclusive)."),
    )


class Articles(pa.DataFrameModel):
    article_id: Series[str] = pa.Field(unique=True, str_matches=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="Stable slug of the title, e.g. albania-iceland.")
    title: Series[str] = pa.Field(description="Article title as written, e.g. Albania–Iceland relations.")
    country_a_iso3: Series[str] = pa.Field(str_matches=ISO3, description="First country of the pair (ISO 3166-1 alpha-3; XKX for Kosovo).")
    country_b_iso3: Series[str] = pa.Field(str_matches=ISO3, description="Second country of the pair (ISO 3166-1 alpha-3; XKX for Kosovo).")
    source_file: Series[str] = pa.Field(unique=True, description="Path of the source file relative to the corpus folder.")
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the source file's bytes.")
    wikipedia_url: Series[str] = pa.Field(str_matches=WIKIPEDIA_URL, description="Address of the article on English Wikipedia, from its title (spaces as underscores, other characters percent-encoded as UTF-8), e.g. https://en.wikipedia.org/wiki/Albania%E2%80%93Iceland_relations. Its history page names the authors the licence asks to credit.")

    class Config:
        strict = True
        title = "articles"
        description = "One row per source article: the pair of countries it covers and its provenance."
        metadata = {"primary_key": ["article_id"], "foreign_keys": []}


class Events(pa.DataFrameModel):
    event_id: Series[str] = pa.Field(unique=True, description="Stable key: the article id, the start date (YYYYMMDD) and the first 8 hex digits of the SHA-1 of the fact's EDTF date, type, sentence and (for a visit) visitor. A fact told twice in the same words, in one sentence, paragraph or article, gives the same key and is kept once; told in other words, the repeats of one date and type in other paragraphs are merged into one row first. An article whose rows still repeat a key is listed in rejects, never published in part.")
    article_id: Series[str] = pa.Field(description="Article that states the fact (articles.article_id).")
    date: Series[str]
    date_start: Series[Date]
    date_end: Series[Date]
    date_precision: Series[str]
    event_type: Series[str] = pa.Field(isin=EVENT_TYPES, description="Kind of fact: " + ", ".join(EVENT_TYPES) + ".")
    type_rule: Series[str] = pa.Field(str_matches=r"^(frame|[a-z_]+)\.[\w.-]+$", description="Why the row has its type: the id of the trigger in `pipeline/lexicon/event_triggers.csv` (`agreement.treaty`), or the frame that typed it (`frame.visit`, `frame.meeting-abroad`, `frame.untyped` for a dated fact no trigger types). Listed in `docs/lexicon.md`.")
    plover_category: Series[str] = pa.Field(nullable=True, isin=PLOVER_CATEGORIES, description="PLOVER event category (the successor of CAMEO used by POLECAT) of the trigger that typed the event, else of its event type; null where no single category fits.")
    description: Series[str] = pa.Field(description="The sentence that states the fact, as written.")
    section: Series[str]
    char_start: Series[int]
    char_end: Series[int]

    date, date_start, date_end, date_precision = _date_columns("event")
    section, char_start, char_end = _provenance_columns()

    class Config:
        strict = True
        title = "events"
        description = "Every dated fact about the pair's relations, visits included; a fact told twice in an article is one row."
        metadata = {
            "primary_key": ["event_id"],
            "foreign_keys": [{"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}}],
        }


class Visits(pa.DataFrameModel):
    visit_id: Series[str] = pa.Field(unique=True, description="Stable key of the visit.")
    event_id: Series[str] = pa.Field(description="The visit's row in events (events.event_id).")
    article_id: Series[str] = pa.Field(description="Article that tells of the visit (articles.article_id).")
    date: Series[str]
    date_start: Series[Date]
    date_end: Series[Date]
    date_precision: Series[str]
    visitor_name: Series[str] = pa.Field(description="Full name of the visitor as written.")
    visitor_role: Series[str] = pa.Field(isin=VISITOR_ROLES, description="Role of the visitor: " + ", ".join(VISITOR_ROLES) + "; from the title the article gives, "
                                          "else the role of the country's leader that year (leading_offices.csv).")
    visitor_title: Series[str] = pa.Field(nullable=True, description="Title of the visitor as written (e.g. 'then-Minister of Foreign Affairs').")
    origin_iso3: Series[str] = pa.Field(str_matches=ISO3, description="Country the visitor represents (ISO 3166-1 alpha-3).")
    host_iso3: Series[str] = pa.Field(str_matches=ISO3, description="Country visited (ISO 3166-1 alpha-3).")
    city: Series[str] = pa.Field(nullable=True, description="City visited; null when none is named.")
    occasion: Series[str] = pa.Field(nullable=True, description="Named summit or event attended, else null.")
    section: Series[str]
    char_start: Series[int]
    char_end: Series[int]

    date, date_start, date_end, date_precision = _date_columns("visit")
    section, char_start, char_end = _provenance_columns()

    class Config:
        strict = True
        title = "visits"
        description = "One row per high-level visit of an official of one country to the other."
        metadata = {
            "primary_key": ["visit_id"],
            "foreign_keys": [
                {"fields": ["event_id"], "reference": {"resource": "events", "fields": ["event_id"]}},
                {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}},
            ],
        }


class VisitCounterparts(pa.DataFrameModel):
    visit_id: Series[str] = pa.Field(description="The visit (visits.visit_id).")
    name: Series[str] = pa.Field(description="Name of a person the visitor met, as written.")
    title: Series[str] = pa.Field(nullable=True, description="Title of that person as written; null when none is given.")

    class Config:
        strict = True
        unique = ["visit_id", "name"]
        title = "visit_counterparts"
        description = "The people each visitor met, one row each."
        metadata = {
            "primary_key": ["visit_id", "name"],
            "foreign_keys": [{"fields": ["visit_id"], "reference": {"resource": "visits", "fields": ["visit_id"]}}],
        }


class Missions(pa.DataFrameModel):
    mission_id: Series[str] = pa.Field(unique=True, description="Stable key: article, sender, receiver, type and city.")
    article_id: Series[str] = pa.Field(description="Article that names the post (articles.article_id).")
    sending_iso3: Series[str] = pa.Field(str_matches=ISO3, description="Country that keeps the post (ISO 3166-1 alpha-3).")
    receiving_iso3: Series[str] = pa.Field(str_matches=ISO3, description="Country the post is accredited to (ISO 3166-1 alpha-3).")
    mission_type: Series[str] = pa.Field(isin=MISSION_TYPES, description="Kind of post: " + ", ".join(MISSION_TYPES) + ".")
    city: Series[str] = pa.Field(description="City where the post stands.")
    city_iso3: Series[str] = pa.Field(str_matches=ISO3, description="Country where the post stands (ISO 3166-1 alpha-3).")
    resident: Series[bool] = pa.Field(description="False where the sending country covers the receiving one from a post in a third country.")
    section: Series[str]
    char_start: Series[int]
    char_end: Series[int]

    section, char_start, char_end = _provenance_columns()

    class Config:
        strict = True
        title = "missions"
        description = "One row per diplomatic post of either country accredited to the other."
        metadata = {
            "primary_key": ["mission_id"],
            "foreign_keys": [{"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}}],
        }


class Rejects(pa.DataFrameModel):
    source_file: Series[str] = pa.Field(unique=True, description="Path of the file relative to the corpus folder; bytes of a name that are not UTF-8 are written as \\xNN.")
    stage: Series[str] = pa.Field(isin=("read", "extract", "validate"), description="Where it failed: read (not a readable article), extract (an article the rules could not use) or validate (its rows failed a check of the schema; the reason names the check).")
    reason: Series[str] = pa.Field(description="Why the file was not used, in words that say how to fix it.")
    size_bytes: Series[int] = pa.Field(ge=0, description="Size of the file in bytes (0 for a link, pipe or other entry that is not read).")
    sha256: Series[str] = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the file's bytes; null when the file could not be read (permission denied, a link or pipe not followed).")

    class Config:
        strict = True
        title = "rejects"
        description = "Input files that could not be used, with the reason; every other article is still published."
        metadata = {"primary_key": ["source_file"], "foreign_keys": []}


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles,
    "events": Events,
    "visits": Visits,
    "visit_counterparts": VisitCounterparts,
    "missions": Missions,
    "rejects": Rejects,
}
"""Published tables by name, in publication order."""
