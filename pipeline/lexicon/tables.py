"""Load a lexicon table and check it before use: required columns, unique non-empty ids."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def _read(name: str) -> tuple[dict[str, str], ...]:
    path = LEXICON_DIR / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = tuple(
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(handle)
            if not (row.get("id") or "").startswith("#")
        )
    seen: set[str] = set()
    for number, row in enumerate(rows, 2):
        if not row.get("id"):
            raise ValueError(f"{path.name}:{number}: empty id")
        if row["id"] in seen:
            raise ValueError(f"{path.name}:{number}: duplicate id {row['id']!r}")
        seen.add(row["id"])
    return rows


def load_table(name: str, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """The rows of ``<name>.csv`` as dicts; raise ValueError when a required column is empty."""
    rows = _read(name)
    for row in rows:
        missing = [column for column in required if not row.get(column)]
        if missing:
            raise ValueError(f"{name}.csv: row {row['id']!r} has no {', '.join(missing)}")
    return [dict(row) for row in rows]
