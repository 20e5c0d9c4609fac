"""The core tables of the dataset from the corpus's files, as Arrow tables from end to end.

The files the extraction cache lacks are extracted (``pipeline.extract.tables``, each file's
rows validated once); then, over every file's rows, cached or fresh: one file kept per title
(in the order of the corpus), the checks that span files, and the rows of failing articles
moved to rejects; each table sorted by its key, as it is published. No DataFrame of a whole
table is made: pandera only sees the rows of the new files, a slice at a time.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.cache import ExtractionCache
from pipeline.extract.tables import (
    FACT_TABLES, choose_kept, rows_of, with_checks, empty_extraction, extract_files, extraction_schemas,
)
from pipeline.memory import release_memory
from pipeline.publish.files import sorted_by_key
from pipeline.publish.table_schema import table_schema
from pipeline.read.corpus import CorpusFile, Reject
from pipeline.validate.quarantine import quarantine, spanning_failures


def _extraction(files: list[CorpusFile], cache: ExtractionCache | None) -> tuple[dict[str, dict], dict[str, pa.Table]]:
    """Each file's row of `sources` by the sha256 it was found with, and the rows of the
    corpus's files (from the cache, or extracted now); the cache is left holding those rows."""
    stored = (cache.load(extraction_schemas()) if cache else None) or empty_extraction()
    known = set(stored["sources"]["sha256"].to_pylist())
    todo = list({f.sha256: f for f in files if f.sha256 not in known}.values())
    fresh = extract_files(todo)
    fresh["sources"] = with_checks(fresh)
    outcomes = {row["sha256"]: row for row in stored["sources"].to_pylist()}
    outcomes.update(zip((f.sha256 for f in todo), fresh["sources"].to_pylist()))
    present = pa.array({outcomes[f.sha256]["sha256"] for f in files} - {None}, pa.string())
    stored_files = len(stored["sources"])
    extraction = rows_of({name: pa.concat_tables([stored.pop(name), fresh.pop(name)]) for name in list(stored)},
                          present)  # the stored and fresh rows are let go as they are copied
    if cache and (todo or len(extraction["sources"]) < stored_files):
        cache.save(extraction, present.to_pylist())
    release_memory()  # the workers' results and the validation's temporaries
    return outcomes, extraction


def rejects_table(rejects: list[Reject]) -> pa.Table:
    """The rejects with the columns and types of their table."""
    return pa.Table.from_pylist([vars(reject) for reject in rejects], schema=table_schema("rejects").row_schema())


def _kept_rows(extraction: dict[str, pa.Table], kept: list) -> dict[str, pa.Table]:
    """The fact rows of the files kept, in the published columns, each article with the name
    of the file it was read from."""
    rows = {name: extraction.pop(name) for name in FACT_TABLES}
    if rows["articles"].num_rows != len(kept):  # rows of a duplicate to leave out
        rows = rows_of(rows, pa.array([k.sha256 for k in kept], pa.string()))
    names = {k.sha256: k.file.name for k in kept}
    sources = pa.array([names[sha] for sha in rows["articles"]["source_sha256"].to_pylist()], pa.string())
    tables = {name: table.select(table_schema(name).column_names) for name, table in rows.items()}
    articles = tables["articles"]
    tables["articles"] = articles.set_column(articles.schema.get_field_index("source_file"), "source_file", sources)
    return tables


def _quarantined(articles: pa.Table, failed: dict[str, str], kept: list) -> list[Reject]:
    """The rejects of the articles whose rows failed a check."""
    rows = articles.filter(pc.is_in(articles["article_id"], value_set=pa.array(list(failed), pa.string())))
    sizes = {k.file.name: k.file.size_bytes for k in kept}
    return [Reject(row["source_file"], "validate", failed[row["article_id"]], sizes[row["source_file"]], row["sha256"])
            for row in rows.select(["article_id", "source_file", "sha256"]).to_pylist()]


def build_core_tables(files: list[CorpusFile], rejects: list[Reject],
                      cache: ExtractionCache | None = None) -> dict[str, pa.Table]:
    """Every table of the dataset, sorted by key; an article the rules cannot use, or whose rows
    fail a check of the schema, becomes a reject. With a cache, only the files it does not hold
    are extracted, and it is left holding the rows of the corpus's files, no others."""
    outcomes, extraction = _extraction(files, cache)
    articles = extraction["articles"]
    titles = dict(zip(articles["source_sha256"].to_pylist(), articles["title"].to_pylist()))
    kept, rejected = choose_kept(files, outcomes, titles)
    tables = _kept_rows(extraction, kept)
    checks = {outcomes[k.file.sha256]["article_id"]: outcomes[k.file.sha256]["check"] for k in kept}
    failed = {**spanning_failures(tables), **{article_id: check for article_id, check in checks.items() if check}}
    tables["rejects"] = rejects_table([*rejects, *rejected, *(_quarantined(tables["articles"], failed, kept)
                                                               if failed else [])])
    tables = {name: sorted_by_key(table, table_schema(name).primary_key)
              for name, table in quarantine(tables, failed).items()}
    release_memory()  # the cached rows, now sorted, and the validation's temporaries
    return tables
