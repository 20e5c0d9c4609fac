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

from pipeline.cache import ExtractionCache, buckets_of
from pipeline.extract.tables import (
    FACT_TABLES, choose_kept, rows_of, with_checks, empty_extraction, extract_files, extraction_schemas,
)
from pipeline.memory import release_memory
from pipeline.publish.files import sorted_by_key
from pipeline.publish.table_schema import table_schema
from pipeline.read.corpus import CorpusFile, Reject
from pipeline.validate.quarantine import quarantine, spanning_failures


def _corpus(files: list[CorpusFile]) -> pa.Table:
    """The corpus's files in order: name, size and the sha256 each was scanned with."""
    return pa.table({"name": pa.array([f.name for f in files], pa.string()),
                     "size_bytes": pa.array([f.size_bytes for f in files], pa.int64()),
                     "scanned": pa.array([f.sha256 for f in files], pa.string())})


def _extraction(files: list[CorpusFile], cache: ExtractionCache | None) -> tuple[pa.Table, dict[str, pa.Table]]:
    """Each file's outcome in the order of the corpus (its row of `sources`: the sha256 it was
    read with, its stage and reason or article id, length and check; with its name and size),
    and the rows of the corpus's files (from the cache, or extracted now); the cache is left
    holding those rows, its buckets rewritten only where their files changed."""
    empty = empty_extraction()
    buckets = cache.load(extraction_schemas()) if cache else {}
    stored = pa.concat_tables([empty["sources"], *(bucket["sources"] for bucket in buckets.values())])
    corpus = _corpus(files)
    new = pc.indices_nonzero(pc.invert(pc.is_in(corpus["scanned"], value_set=stored["sha256"])))
    todo = list({f.sha256: f for f in (files[i] for i in new.to_pylist())}.values())
    fresh = extract_files(todo)
    fresh["sources"] = with_checks(fresh)
    sources = pa.concat_tables([  # a file extracted now outranks its stored row
        fresh["sources"].append_column("scanned", pa.array([f.sha256 for f in todo], pa.string())),
        stored.append_column("scanned", stored["sha256"])]).combine_chunks()
    outcomes = sources.take(pc.index_in(corpus["scanned"], value_set=sources["scanned"]))
    outcomes = outcomes.drop_columns("scanned").append_column("name", corpus["name"]) \
        .append_column("size_bytes", corpus["size_bytes"])
    present = pc.unique(outcomes["sha256"].combine_chunks().drop_null())
    gone = stored.filter(pc.invert(pc.is_in(stored["sha256"], value_set=present)))["sha256"]
    changed = sorted(set(buckets_of(fresh["sources"]["sha256"].drop_null()).to_pylist())
                     | set(buckets_of(gone).to_pylist()))
    rows = {bucket: buckets.get(bucket, empty) for bucket in changed}
    for name in list(fresh):  # each fresh table let go once spread over its buckets
        table = fresh.pop(name)
        for bucket in changed:
            part = rows_of({name: table}, pa.array([bucket]), buckets_of)[name]
            rows[bucket] = {**rows[bucket], name: pa.concat_tables([rows[bucket][name], part]).combine_chunks()}
    for bucket in changed:  # but the rows of files gone
        buckets[bucket] = rows_of(rows.pop(bucket), present)
        if cache:
            cache.save(bucket, buckets[bucket])
    release_memory()  # the workers' results and the validation's temporaries
    return outcomes, {name: pa.concat_tables([empty[name], *(bucket[name] for bucket in buckets.values())])
                      for name in empty}


def rejects_table(rejects: list[Reject]) -> pa.Table:
    """The rejects with the columns and types of their table."""
    return pa.Table.from_pylist([vars(reject) for reject in rejects], schema=table_schema("rejects").row_schema())


KEPT_COLUMNS = ["name", "size_bytes", "sha256", "article_id", "text_length", "check"]


def _kept_files(outcomes: pa.Table, articles: pa.Table) -> tuple[pa.Table, list[Reject]]:
    """The files kept (KEPT_COLUMNS), one per article id, and the others as rejects: the files
    the rules could not use, and the duplicates (`choose_kept`, which sees only the files of
    the article ids found more than once)."""
    usable = pc.is_null(outcomes["stage"])
    rejected = [Reject(row["name"], row["stage"], row["reason"], row["size_bytes"], row["sha256"])
                for row in outcomes.filter(pc.invert(usable)).to_pylist()]
    usable = outcomes.filter(usable).select(KEPT_COLUMNS)
    counts = pc.value_counts(usable["article_id"])
    repeated = pc.is_in(usable["article_id"], value_set=pc.filter(counts.field("values"),
                                                                  pc.greater(counts.field("counts"), 1)))
    if not pc.any(repeated).as_py():
        return usable, rejected
    duplicates = usable.filter(repeated)
    titled = articles.filter(pc.is_in(articles["source_sha256"], value_set=duplicates["sha256"]))
    titles = dict(zip(titled["source_sha256"].to_pylist(), titled["title"].to_pylist()))
    chosen, also_rejected = choose_kept(duplicates.to_pylist(), titles)
    kept = pa.concat_tables([usable.filter(pc.invert(repeated)), pa.Table.from_pylist(chosen, schema=usable.schema)])
    return kept, [*rejected, *also_rejected]


def _kept_rows(extraction: dict[str, pa.Table], kept: pa.Table) -> dict[str, pa.Table]:
    """The fact rows of the files kept, in the published columns, each article with the name
    of the file it was read from."""
    rows = {name: extraction.pop(name) for name in FACT_TABLES}
    if rows["articles"].num_rows != kept.num_rows:  # rows of a duplicate to leave out
        rows = rows_of(rows, kept["sha256"].combine_chunks())
    articles = rows["articles"]
    sources = kept["name"].take(pc.index_in(articles["source_sha256"], value_set=kept["sha256"].combine_chunks()))
    tables = {name: table.select(table_schema(name).column_names) for name, table in rows.items()}
    index = table_schema("articles").column_names.index("source_file")
    tables["articles"] = tables["articles"].set_column(index, "source_file", sources)
    return tables


def _quarantined(articles: pa.Table, failed: dict[str, str], kept: pa.Table) -> list[Reject]:
    """The rejects of the articles whose rows failed a check."""
    rows = articles.filter(pc.is_in(articles["article_id"], value_set=pa.array(list(failed), pa.string())))
    sizes = kept["size_bytes"].take(pc.index_in(rows["source_file"], value_set=kept["name"].combine_chunks()))
    return [Reject(row["source_file"], "validate", failed[row["article_id"]], size, row["sha256"])
            for row, size in zip(rows.select(["article_id", "source_file", "sha256"]).to_pylist(), sizes.to_pylist())]


def build_core_tables(files: list[CorpusFile], rejects: list[Reject],
                      cache: ExtractionCache | None = None) -> dict[str, pa.Table]:
    """Every table of the dataset, sorted by key; an article the rules cannot use, or whose rows
    fail a check of the schema, becomes a reject. With a cache, only the files it does not hold
    are extracted, and it is left holding the rows of the corpus's files, no others."""
    outcomes, extraction = _extraction(files, cache)
    kept, rejected = _kept_files(outcomes, extraction["articles"])
    tables = _kept_rows(extraction, kept)
    checked = kept.filter(pc.is_valid(kept["check"]))
    failed = {**spanning_failures(tables), **dict(zip(checked["article_id"].to_pylist(), checked["check"].to_pylist()))}
    tables["rejects"] = rejects_table([*rejects, *rejected, *(_quarantined(tables["articles"], failed, kept)
                                                               if failed else [])])
    tables = {name: sorted_by_key(table, table_schema(name).primary_key)
              for name, table in quarantine(tables, failed).items()}
    release_memory()  # the cached rows, now sorted, and the validation's temporaries
    return tables
