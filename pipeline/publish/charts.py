"""PNG charts of a release: events per year by type, visits per pair and direction, missions
per sending country (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pandas as pd
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


def events_per_year(events: pd.DataFrame) -> pd.DataFrame:
    """Events by year of their first day (rows: every year of the last YEARS up to the latest
    event) and type (columns, in the vocabulary's order)."""
    years = events.date_start.map(lambda day: day.year)  # dates before 1677 do not fit pandas' timestamps
    counts = pd.crosstab(years, events.event_type)
    if len(counts):
        last = counts.index.max()
        counts = counts.reindex(range(max(counts.index.min(), last - YEARS + 1), last + 1), fill_value=0)
    return counts[[t for t in EVENT_TYPES if t in counts.columns]].rename_axis(None)


def visits_per_pair(visits: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Visits of the pairs with the most: from the first country named to the second, and back."""
    pairs = articles.set_index("article_id")[["country_a_iso3", "country_b_iso3"]]
    rows = visits.join(pairs, on="article_id")
    first = rows.origin_iso3 == rows.country_a_iso3
    label = rows.country_a_iso3 + "–" + rows.country_b_iso3
    counts = pd.crosstab(label, first.map({True: "first → second", False: "second → first"}))
    counts = counts.reindex(columns=["first → second", "second → first"], fill_value=0)
    return counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index[:TOP]].rename_axis(None)


def missions_per_country(missions: pd.DataFrame) -> pd.DataFrame:
    """Posts of the sending countries with the most, by mission type."""
    counts = pd.crosstab(missions.sending_iso3, missions.mission_type)
    counts = counts[[t for t in MISSION_TYPES if t in counts.columns]]
    return counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index[:TOP]].rename_axis(None)


def write_charts(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """The three charts as PNG files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    years = events_per_year(tables["events"])
    earlier = len(tables["events"]) - int(years.to_numpy().sum())
    figures = {
        "events_per_year.png": _figure(CHARTS["events_per_year.png"] + (f" ({earlier} earlier not shown)" if earlier else ""),
                                       "events (by the year of their first day)", years, False, (11, 5)),
        "visits_per_pair.png": _figure(CHARTS["visits_per_pair.png"] + f" (top {TOP})", "visits",
                                       visits_per_pair(tables["visits"], tables["articles"]), True, (9, 7)),
        "missions_per_country.png": _figure(CHARTS["missions_per_country.png"] + f" (top {TOP})", "posts",
                                            missions_per_country(tables["missions"]), True, (9, 7)),
    }
    for name, figure in figures.items():
        _save(figure, folder / name)
    return [folder / name for name in figures]
