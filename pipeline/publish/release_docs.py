"""The README.md and CITATION.cff of a release: what is inside, how to load it, how to cite it."""

from __future__ import annotations

from pipeline.publish.charts import CHARTS
from pipeline.publish.datapackage import PACKAGE_NAME, TITLE
from pipeline.publish.duckdb_file import DUCKDB_FILE
from pipeline.publish.table_schema import table_schema

AUTHORS = "The bilateral-relations contributors"


def citation_text(version: str, day: str) -> str:
    return (f"{AUTHORS} ({day[:4]}). {TITLE}: events, visits and diplomatic missions from Wikipedia "
            f"relations articles (version {version}, released {day}) [Data set]. CC BY-SA 4.0.")


def render_citation_cff(version: str, day: str) -> str:
    """CITATION.cff (Citation File Format 1.2.0) of the release."""
    return "\n".join([
        "cff-version: 1.2.0",
        "message: If you use this dataset, please cite it as below, and credit the Wikipedia articles (ATTRIBUTION.md).",
        "type: dataset",
        f'title: "{TITLE}: events, visits and diplomatic missions from Wikipedia relations articles"',
        "authors:",
        f'  - name: "{AUTHORS}"',
        f'version: "{version}"',
        f"date-released: {day}",
        "license: CC-BY-SA-4.0",
        "keywords: [diplomacy, bilateral relations, state visits, embassies, Wikipedia]",
    ]) + "\n"


def _inventory(rows: dict[str, int]) -> list[str]:
    lines = ["| table | rows | files | one row per |", "| --- | ---: | --- | --- |"]
    for name, count in rows.items():
        files = f"`csv/{name}.csv`, `parquet/{name}.parquet`"
        lines.append(f"| `{name}` | {count} | {files} | {table_schema(name).description} |")
    return lines


def render_readme(version: str, day: str, rows: dict[str, int]) -> str:
    """The release's README: inventory with row counts, loading in four tools, citation."""
    charts = [f"- `charts/{name}`: {title}" for name, title in CHARTS.items()]
    return "\n".join([
        f"# {TITLE} — release {version} ({day})",
        "",
        "Events, high-level visits and diplomatic missions of pairs of countries, extracted from",
        "English Wikipedia \"X–Y relations\" articles by rules. Every row names its article",
        "(`articles.wikipedia_url`) and the position of its sentence in the text.",
        "",
        "## What is inside",
        "",
        *_inventory(rows),
        "",
        "- `datapackage.json`: the Frictionless Data Package (columns, types, descriptions, keys,",
        "  licences, sources); `data_dictionary.md`: the same for people.",
        f"- `{DUCKDB_FILE}`: every table in one DuckDB database, with primary and foreign keys and",
        "  each column's description as a comment.",
        *charts,
        "- `CHANGELOG.md`: what changed since each earlier release; `LICENSE.md`, `ATTRIBUTION.md`:",
        "  the licences and every source article; `CITATION.cff`: how to cite this version.",
        "- `SHA256SUMS`: check the files with `sha256sum -c SHA256SUMS`.",
        "",
        "CSV files are UTF-8 with a header row and CRLF line ends, empty for null; text cells that",
        "begin with `=`, `+`, `-`, `@`, tab or carriage return carry a leading `'` (spreadsheet",
        "formula guard) that the Parquet files do not have.",
        "",
        "## Loading it",
        "",
        "```python",
        "import pandas as pd",
        'events = pd.read_parquet("parquet/events.parquet")',
        "",
        "import polars as pl",
        'visits = pl.read_parquet("parquet/visits.parquet")',
        "",
        "import duckdb",
        f'con = duckdb.connect("{DUCKDB_FILE}", read_only=True)',
        'con.sql("SELECT v.visitor_name, v.date, e.description FROM visits v JOIN events e USING (event_id)")',
        "```",
        "",
        "```r",
        "library(arrow)",
        'missions <- read_parquet("parquet/missions.parquet")',
        "# or: library(duckdb); con <- dbConnect(duckdb(), dbdir = \"" + DUCKDB_FILE + "\", read_only = TRUE)",
        "```",
        "",
        "## How to cite it",
        "",
        citation_text(version, day),
        "",
        "```bibtex",
        f"@misc{{{PACKAGE_NAME.replace('-', '_')}_{version.replace('.', '_')},",
        f"  author = {{{{{AUTHORS}}}}},",
        f"  title = {{{{{TITLE}}}: events, visits and diplomatic missions from Wikipedia relations articles}},",
        f"  year = {{{day[:4]}}},",
        f"  version = {{{version}}},",
        f"  note = {{Released {day}. CC BY-SA 4.0}},",
        "}",
        "```",
        "",
        "The data is CC BY-SA 4.0 (city countries from GeoNames, CC BY 4.0): credit the Wikipedia",
        "articles listed in `ATTRIBUTION.md` and share adaptations alike (`LICENSE.md`).",
    ]) + "\n"
