"""PNG charts of a release: events per year by type, visits per pair and direction, missions
per sending country (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

import shutil
from pathlib import Path

import matplotlib
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from matplotlib.figure import Figure

from schemas.vocabularies import EVENT_TYPES, MISSION_TYPES

CHARTS = {
    "events_per_year.png": "Events per year, by type",
    "visits_per_pair.png": "High-level visits per pair of countries, by direction",
    "missions_per_country.png": "Diplomatic posts per sending country, by type",
}
TOP = 30
"""Pairs and countries shown: the ones with the most rows."""
YEARS = 100
"""Years shown in the events chart, up to the latest; earlier events are counted in its title."""
COLUMNS = {"events": ["date_start", "event_type"], "visits": ["article_id", "origin_iso3"],
           "articles": ["article_id", "country_a_iso3", "country_b_iso3"], "missions": ["sending_iso3", "mission_type"]}
"""The columns the charts read, of each table they read."""


def _save(figure: Figure, path: Path) -> None:
    figure.tight_layout()
    figure.savefig(path, dpi=110, metadata={"Software": None})  # no version stamp: same bytes each build


def _stacked(axes, counts: pd.DataFrame, horizontal: bool) -> None:
    """One bar per row, one coloured segment per column; empty segments are not drawn."""
    colours = matplotlib.colormaps["tab20"].colors
    base = pd.Series(0, index=range(len(counts.index)))
    bar = axes.barh if horizontal else axes.bar
    for i, column in enumerate(counts.columns):
        values = pd.Series(counts[column].to_numpy(), index=base.index)
        drawn = values[values > 0].index
        offset = {"left" if horizontal else "bottom": base[drawn].to_numpy()}
        bar(drawn, values[drawn].to_numpy(), label=str(column), color=colours[i % len(colours)], **offset)
        base = base + values
    labels = [str(label) for label in counts.index]
    if horizontal:
        axes.set_yticks(list(base.index), labels, fontsize=8)
        axes.invert_yaxis()
    else:
        step = max(1, len(labels) // 20)
        axes.set_xticks(list(base.index)[::step], labels[::step], rotation=90, fontsize=8)


def _figure(title: str, unit: str, counts: pd.DataFrame, horizontal: bool, size: tuple[float, float]) -> Figure:
    figure = Figure(figsize=size)
    axes = figure.add_subplot()
    axes.set_title(title)
    (axes.set_xlabel if horizontal else axes.set_ylabel)(unit)
    if counts.empty:
        axes.text(0.5, 0.5, "no rows in this release", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    _stacked(axes, counts, horizontal)
    axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return figure


def _crosstab(rows: pa.Array, columns: pa.Array) -> pd.DataFrame:
    """Rows counted by two values (nulls left out), as pandas' crosstab counts them: sorted both ways."""
    pairs = pa.table({"row": rows, "column": columns}).drop_null()
    counted = pairs.group_by(["row", "column"]).aggregate([([], "count_all")]).to_pandas()
    counts = counted.pivot(index="row", columns="column", values="count_all").fillna(0).astype("int64")
    return counts.sort_index().sort_index(axis=1)


def events_per_year(events: pa.Table) -> pd.DataFrame:
    """Events by year of their first day (rows: every year of the last YEARS up to the latest
    event) and type (columns, in the vocabulary's order)."""
    counts = _crosstab(pc.year(events["date_start"]), events["event_type"])
    if len(counts):
        last = counts.index.max()
        counts = counts.reindex(range(max(counts.index.min(), last - YEARS + 1), last + 1), fill_value=0)
    return counts[[t for t in EVENT_TYPES if t in counts.columns]].rename_axis(None)


def _top(counts: pd.DataFrame) -> pd.DataFrame:
    """The TOP rows with the most, the first of equals first."""
    return counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index[:TOP]].rename_axis(None)


def visits_per_pair(visits: pa.Table, articles: pa.Table) -> pd.DataFrame:
    """Visits of the pairs with the most: from the first country named to the second, and back."""
    rows = visits.select(["article_id", "origin_iso3"]).join(
        articles.select(["article_id", "country_a_iso3", "country_b_iso3"]), "article_id")
    first = pc.fill_null(pc.equal(rows["origin_iso3"], rows["country_a_iso3"]), False)
    label = pc.binary_join_element_wise(rows["country_a_iso3"], rows["country_b_iso3"], "–")
    counts = _crosstab(label, pc.if_else(first, "first → second", "second → first"))
    return _top(counts.reindex(columns=["first → second", "second → first"], fill_value=0))


def missions_per_country(missions: pa.Table) -> pd.DataFrame:
    """Posts of the sending countries with the most, by mission type."""
    counts = _crosstab(missions["sending_iso3"], missions["mission_type"])
    return _top(counts[[t for t in MISSION_TYPES if t in counts.columns]])


def chart_counts(tables: dict[str, pa.Table]) -> dict[str, tuple[str, str, pd.DataFrame, bool, tuple[float, float]]]:
    """What each chart shows: title, unit, counts, horizontal or not, size."""
    years = events_per_year(tables["events"])
    earlier = tables["events"].num_rows - int(years.to_numpy().sum())
    return {
        "events_per_year.png": (CHARTS["events_per_year.png"] + (f" ({earlier} earlier not shown)" if earlier else ""),
                                "events (by the year of their first day)", years, False, (11, 5)),
        "visits_per_pair.png": (CHARTS["visits_per_pair.png"] + f" (top {TOP})", "visits",
                                visits_per_pair(tables["visits"], tables["articles"]), True, (9, 7)),
        "missions_per_country.png": (CHARTS["missions_per_country.png"] + f" (top {TOP})", "posts",
                                     missions_per_country(tables["missions"]), True, (9, 7)),
    }


def _same(one: tuple, other: tuple) -> bool:
    return one[:2] == other[:2] and one[2].equals(other[2]) and one[3:] == other[3:]


def write_charts(tables: dict[str, pa.Table], folder: Path, previous: tuple[dict[str, pa.Table], Path] | None = None
                 ) -> list[Path]:
    """The three charts as PNG files in `folder`; a chart of the same counts as the previous
    release's (its tables and folder in `previous`) is copied from it, not drawn again."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = chart_counts(tables)
    earlier = chart_counts(previous[0]) if previous and set(COLUMNS) <= set(previous[0]) else {}
    for name, shown in counts.items():
        drawn = previous[1] / "charts" / name if previous else None
        if name in earlier and _same(shown, earlier[name]) and drawn.is_file():
            shutil.copyfile(drawn, folder / name)
        else:
            _save(_figure(*shown), folder / name)
    return [folder / name for name in counts]
