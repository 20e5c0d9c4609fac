"""Run the extraction over a corpus and shape the rows into one DataFrame per table."""

from __future__ import annotations

import pandas as pd

from pipeline.extract.facts import ArticleFacts, extract_facts
from pipeline.publish.table_schema import table_schema
from pipeline.read.corpus import ReadArticle, Reject

CORE_TABLES = ("articles", "events", "visits", "visit_counterparts", "missions", "rejects")


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


def extract_corpus(articles: list[ReadArticle], rejects: list[Reject]) -> dict[str, pd.DataFrame]:
    """Every table of the dataset; an article the rules cannot use becomes a reject."""
    facts: list[ArticleFacts] = []
    rejected = list(rejects)
    seen: dict[str, str] = {}
    for read in articles:
        source = read.article.source_file
        size = len(read.article.text.encode("utf-8"))
        try:
            article_facts = extract_facts(read)
        except ValueError as err:
            rejected.append(Reject(source, "extract", str(err), size, read.sha256))
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
