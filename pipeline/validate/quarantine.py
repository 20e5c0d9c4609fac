"""Quarantine: an article whose rows fail a check goes to rejects, every other one is published.

The tables are checked as a whole (one pandera pass per table, not one per article); each
failing row is traced to its article, and all rows of those articles leave every table. The
blocking checks on the whole tables run afterwards, as a last guard that should never fire.
"""

from __future__ import annotations

import pandas as pd

from pipeline.validate.checks import validate_table

FACT_TABLES = ("articles", "events", "visits", "visit_counterparts", "missions")


def _article_of_rows(name: str, tables: dict[str, pd.DataFrame]) -> pd.Series:
    """The article id of each row of a table, by row index."""
    df = tables[name]
    if "article_id" in df:
        return df["article_id"]
    visits = tables["visits"].drop_duplicates("visit_id").set_index("visit_id")["article_id"]
    return df["visit_id"].map(visits)


def failed_articles(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Article id → the first check its rows fail, in words."""
    failed: dict[str, str] = {}
    for name in FACT_TABLES:
        failures = validate_table(name, tables[name], tables).failures.dropna(subset=["index"])
        articles = _article_of_rows(name, tables)
        for failure in failures.to_dict("records"):
            article_id = articles.get(int(failure["index"]))
            if isinstance(article_id, str):
                failed.setdefault(article_id, f"check failed: {name}.{failure['column']} {failure['check']} "
                                              f"(value {failure['failure_case']!r})")
    return failed


def quarantine(tables: dict[str, pd.DataFrame], sizes: dict[str, int]) -> dict[str, pd.DataFrame]:
    """The tables without the articles whose rows fail a check; those listed in rejects.

    `sizes` gives the size in bytes of each source file, for its reject row."""
    failed = failed_articles(tables)
    if not failed:
        return tables
    articles = tables["articles"]
    quarantined = articles[articles.article_id.isin(failed)]
    rejects = [{"source_file": row.source_file, "stage": "validate", "reason": failed[row.article_id],
                "size_bytes": sizes.get(row.source_file, 0), "sha256": row.sha256}
               for row in quarantined.itertuples()]
    out = {name: df[~_article_of_rows(name, tables).isin(failed)].reset_index(drop=True)
           for name, df in tables.items() if name in FACT_TABLES}
    out["rejects"] = pd.concat([tables["rejects"], pd.DataFrame(rejects, columns=tables["rejects"].columns)],
                               ignore_index=True)
    return out
