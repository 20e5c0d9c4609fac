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


def extract_corpus(articles: list[ReadArticle], rejects: list[Reject]) -> dict[str, pd.DataFrame]:
    """Every table of the dataset; an article the rules cannot use becomes a reject."""
    facts: list[ArticleFacts] = []
    rejected = list(rejects)
    seen: dict[str, str] = {}
    for read, article_facts in zip(articles, _extract_all(articles)):
        source = read.article.source_file
        size = len(read.article.text.encode("utf-8"))
        if isinstance(article_facts, str):
            rejected.append(Reject(source, "extract", article_facts, size, read.sha256))
            continue
        article_id = article_facts.article["article_id"]
        if article_id in seen:
            reason = f"duplicate article: {read.article.title!r} is also in {seen[article_id]}"
            rejected.append(Reject(source, "extract", reason, size, read.sha256))
            continue
        seen[article_id] = source
        facts.append(article_facts)
    return {
        "articles": frame("articles", [f.article for f in facts]),
        "events": frame("events", [row for f in facts for row in f.events]),
        "visits": frame("visits", [row for f in facts for row in f.visits]),
        "visit_counterparts": frame("visit_counterparts", [row for f in facts for row in f.counterparts]),
        "missions": frame("missions", [row for f in facts for row in f.missions]),
        "rejects": frame("rejects", [vars(r) for r in rejected]),
    }
