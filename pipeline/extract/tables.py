"""Run the extraction over a corpus and shape the rows into one table per kind of fact.

Each file is read, parsed and extracted by its path, in forked worker processes (one per core
from a few hundred files on): the rules' phrase automata, lemmas and gazetteer (about 130 MB)
are loaded there, never in the main process, which holds the tables. A file's rows come back
as Arrow tables tagged with the sha256 of the file, which is what the extraction cache
(``pipeline.cache``) keeps between builds. The published tables are then put together by
``pipeline.core_tables`` in the order of the corpus, whether a file's rows were extracted now
or taken from the cache, so an incremental build gives the rows of a cold one.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.extract.facts import ArticleFacts, extract_facts
from pipeline.publish.table_schema import table_schema
from pipeline.read.corpus import MAX_ARTICLE_BYTES, CorpusFile, ReadArticle, Reject, SourceFile, parse_source
from pipeline.validate.quarantine import file_checks

CORE_TABLES = ("articles", "events", "visits", "visit_counterparts", "missions", "rejects")
FACT_TABLES = CORE_TABLES[:-1]
PARALLEL_MIN_ARTICLES = 400
"""From this many files to extract the work runs in one forked process per core; below it in
one, as the start-up of another costs more than it saves."""
CHUNK_FILES = 32
"""Files a worker extracts per task: enough to amortise the transfer of the results."""

SOURCES_SCHEMA = pa.schema([
    ("sha256", pa.string()), ("stage", pa.string()), ("reason", pa.string()),
    ("article_id", pa.string()), ("text_length", pa.int64()), ("check", pa.string()),
])
"""One row per file extracted: its sha256 as read (null when it could not be read), the
stage and reason when it is unusable, else its article id and length (for duplicates), and
the first check of the schemas its rows fail (null when they pass)."""

_FACT_ROWS = {"articles": lambda f: [f.article], "events": lambda f: f.events, "visits": lambda f: f.visits,
              "visit_counterparts": lambda f: f.counterparts, "missions": lambda f: f.missions}


def fact_schema(name: str) -> pa.Schema:
    """A fact table's columns as extracted: the published ones, every one nullable (the source
    file of an article is set when the tables are put together), and the file's sha256."""
    return pa.schema([*table_schema(name).row_schema(), pa.field("source_sha256", pa.string())])


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


def _source_offsets(facts: ArticleFacts, read: ReadArticle) -> ArticleFacts:
    """Offsets of the rows moved from the LF-normalised text into the decoded source."""
    if read.article.crlf_at:
        for row in (*facts.events, *facts.visits, *facts.missions):
            row["char_start"] = read.article.source_offset(row["char_start"])
            row["char_end"] = read.article.source_offset(row["char_end"])
    return facts


def _extract_file(file: CorpusFile) -> tuple[dict, ArticleFacts | None]:
    """Read, parse and extract one file: its row of SOURCES_SCHEMA, and its facts if usable."""
    try:
        with open(file.path, "rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as err:
        return {"sha256": None, "stage": "read", "reason": f"cannot be read: {err.strerror or err}"}, None
    source = SourceFile(file.name, data)
    read = parse_source(source)
    if isinstance(read, Reject):
        return {"sha256": source.sha256, "stage": "read", "reason": read.reason}, None
    facts = _extract_one(read)
    if isinstance(facts, str):
        return {"sha256": source.sha256, "stage": "extract", "reason": facts}, None
    article_id, length = facts.article["article_id"], len(read.article.text)
    return {"sha256": source.sha256, "article_id": article_id, "text_length": length}, _source_offsets(facts, read)


def _fact_tables(extracted: list[tuple[dict, ArticleFacts | None]]) -> dict[str, pa.Table]:
    """The rows of several files as one Arrow table per fact table."""
    rows = {name: [] for name in FACT_TABLES}
    for source, facts in extracted:
        for name in FACT_TABLES if facts else ():
            rows[name].extend({**row, "source_sha256": source["sha256"]} for row in _FACT_ROWS[name](facts))
    return {name: pa.Table.from_pylist(rows[name], schema=fact_schema(name)) for name in FACT_TABLES}


def _extract_chunk(files: list[CorpusFile]) -> dict[str, pa.Table]:
    """Every table of a few files; a file whose rows do not fit the schema's types is a reject."""
    extracted = [_extract_file(file) for file in files]
    try:
        facts = _fact_tables(extracted)
    except (pa.ArrowException, TypeError, ValueError):  # find the file(s) at fault, one by one
        for index, (source, _) in enumerate(extracted):
            try:
                _fact_tables(extracted[index:index + 1])
            except (pa.ArrowException, TypeError, ValueError) as err:
                reason = f"extraction failed ({type(err).__name__}: {err})"
                extracted[index] = ({"sha256": source["sha256"], "stage": "extract", "reason": reason}, None)
        facts = _fact_tables(extracted)
    return {"sources": pa.Table.from_pylist([s for s, _ in extracted], schema=SOURCES_SCHEMA), **facts}


def empty_extraction() -> dict[str, pa.Table]:
    """The tables of an extraction of no file."""
    return _extract_chunk([])


def extract_files(files: list[CorpusFile]) -> dict[str, pa.Table]:
    """The extraction of every file, one row of `sources` per file in order, fact rows tagged
    with the file's sha256."""
    if not files:
        return _extract_chunk(files)
    workers = 1 if len(files) < PARALLEL_MIN_ARTICLES else os.cpu_count() or 1
    chunks = [files[i:i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        parts = list(pool.map(_extract_chunk, chunks))
    return {name: pa.concat_tables(part[name] for part in parts) for name in parts[0]}


def _duplicate_reason(kept: dict, other: dict, title: str) -> str:
    """Why the file `other`, whose title is `title`, is rejected for the file `kept`."""
    why = "the longer text" if kept["text_length"] > other["text_length"] else "as long, and first by file name"
    return (f"duplicate article: {title!r} is also in {kept['name']}, which is kept "
            f"({why}: {kept['text_length']} characters, this file {other['text_length']})")


def choose_kept(files: list[dict], titles: dict[str, str]) -> tuple[list[dict], list[Reject]]:
    """The file kept for each article id among usable files of one title or more (rows with
    their name, size_bytes, sha256, article_id and text_length, in the order of the corpus),
    and the others as rejects.

    Of two files with one title (one article id) the longer text is kept, as a reader would
    keep the complete copy over a truncated one; on equal lengths the first by file name. Each
    file rejected names the file kept when it was met."""
    kept: dict[str, dict] = {}
    rejected = []
    for this in files:
        first = kept.setdefault(this["article_id"], this)
        if first is this:
            continue
        if this["text_length"] > first["text_length"]:
            kept[this["article_id"]], this = this, first
        reason = _duplicate_reason(kept[this["article_id"]], this, titles[this["sha256"]])
        rejected.append(Reject(this["name"], "extract", reason, this["size_bytes"], this["sha256"]))
    return list(kept.values()), rejected


def with_checks(extraction: dict[str, pa.Table]) -> pa.Table:
    """`sources` with the first check of the schemas that each file's rows fail: the one
    pandera pass over these rows, whose verdict the cache keeps with them."""
    failed = file_checks(extraction)
    sources = extraction["sources"]
    column = pa.array([failed.get(sha) for sha in sources["sha256"].to_pylist()], pa.string())
    return sources.set_column(sources.schema.get_field_index("check"), "check", column)


def extraction_schemas() -> dict[str, pa.Schema]:
    """The tables of an extraction (and of its cache): `sources` and the fact tables."""
    return {"sources": SOURCES_SCHEMA, **{name: fact_schema(name) for name in FACT_TABLES}}


def rows_of(extraction: dict[str, pa.Table], values: pa.Array, of=lambda shas: shas) -> dict[str, pa.Table]:
    """The rows of the files whose sha256 (or `of` their sha256) is in `values`, no others; each
    table in one chunk, or as it is when every row is kept."""
    tables = {}
    for name, table in extraction.items():
        keep = pc.is_in(of(table["sha256" if name == "sources" else "source_sha256"]), value_set=values)
        tables[name] = table if pc.all(keep).as_py() is not False else table.take(pc.indices_nonzero(keep))
    return tables
