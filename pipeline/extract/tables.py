"""Run the extraction over a corpus and shape the rows into one DataFrame per table."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from pipeline.extract.facts import ArticleFacts, extract_facts
from pipeline.extract.places import lookup_city
from pipeline.publish.table_schema import table_schema
from pipeline.read.corpus import ReadArticle, Reject
from pipeline.validate.quarantine import quarantine

CORE_TABLES = ("articles", "events", "visits", "visit_counterparts", "missions", "rejects")
PARALLEL_MIN_ARTICLES = 400
"""From this many articles the extraction runs in one forked process per core; below it the
start-up of the workers costs more than it saves."""


def frame(name: str, rows: list[dict]) -> pd.DataFrame:
    """A table's rows as a DataFrame with the schema's columns and dtypes, even when empty."""
    columns = table_schema(name).columns
    df = pd.DataFrame(rows, columns=[c.name for c in columns])
    for column in columns:
        if column.dtype == "int64":
            df[column.name] = df[column.name].astype("int64")
        elif column.dtype == "bool":
            df[column.name] = df[column.name].astype("bool")
        elif column.dtype == "str":
            df[column.name] = df[column.name].astype(object).where(df[column.name].notna(), None)
    return df


def _extract_one(read: ReadArticle) -> ArticleFacts | str:
    """The article's facts, or the reason it cannot be used.

    An unexpected error in a rule is caught here too: it costs that one article, which is
    listed in rejects with the error, never the whole run."""
    try:
        return extract_facts(read)
    except ValueError as err:
        return str(err)
    except Exception as err:  # noqa: BLE001 - isolate one article's failure, report it in rejects
        return f"extraction failed ({type(err).__name__}: {err})"


def _extract_all(articles: list[ReadArticle]) -> list[ArticleFacts | str]:
    workers = os.cpu_count() or 1
    if len(articles) < PARALLEL_MIN_ARTICLES or workers < 2:
        return [_extract_one(read) for read in articles]
    lookup_city("")  # load the gazetteer once; forked workers share it
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_extract_one, articles, chunksize=32))


def _source_offsets(facts: ArticleFacts, read: ReadArticle) -> ArticleFacts:
    """Offsets of the rows moved from the LF-normalised text into the decoded source."""
    if read.article.crlf_at:
        for row in (*facts.events, *facts.visits, *facts.missions):
            row["char_start"] = read.article.source_offset(row["char_start"])
            row["char_end"] = read.article.source_offset(row["char_end"])
    return facts


def _duplicate_reason(kept: ReadArticle, other: ReadArticle) -> str:
    longer, shorter = len(kept.article.text), len(other.article.text)
    why = "the longer text" if longer > shorter else "as long, and first by file name"
    return (f"duplicate article: {other.article.title!r} is also in {kept.article.source_file}, which is kept "
            f"({why}: {longer} characters, this file {shorter})")


def extract_corpus(articles: list[ReadArticle], rejects: list[Reject]) -> dict[str, pd.DataFrame]:
    """Every table of the dataset; an article the rules cannot use, or whose rows fail a check
    of the schema, becomes a reject.

    Of two files with one title (one article id) the longer text is kept, as a reader would
    keep the complete copy over a truncated one; on equal lengths the first by file name."""
    rejected = list(rejects)
    kept: dict[str, tuple[ReadArticle, ArticleFacts]] = {}
    for read, article_facts in zip(articles, _extract_all(articles)):
        if isinstance(article_facts, str):
            rejected.append(Reject(read.article.source_file, "extract", article_facts, read.size_bytes, read.sha256))
            continue
        article_id = article_facts.article["article_id"]
        if article_id in kept:
            first = kept[article_id][0]
            if len(read.article.text) > len(first.article.text):
                kept[article_id], read = (read, _source_offsets(article_facts, read)), first
            reason = _duplicate_reason(kept[article_id][0], read)
            rejected.append(Reject(read.article.source_file, "extract", reason, read.size_bytes, read.sha256))
            continue
        kept[article_id] = (read, _source_offsets(article_facts, read))
    facts = [f for _, f in kept.values()]
    tables = {
        "articles": frame("articles", [f.article for f in facts]),
        "events": frame("events", [row for f in facts for row in f.events]),
        "visits": frame("visits", [row for f in facts for row in f.visits]),
        "visit_counterparts": frame("visit_counterparts", [row for f in facts for row in f.counterparts]),
        "missions": frame("missions", [row for f in facts for row in f.missions]),
        "rejects": frame("rejects", [vars(r) for r in rejected]),
    }
    return quarantine(tables, {read.article.source_file: read.size_bytes for read, _ in kept.values()})
