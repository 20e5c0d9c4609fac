"""What changed in a table since the previous release, row by row, on Arrow.

Both tables are sorted by their primary key. Each new row either has an identical row in the
previous release (same key, every value equal, nulls included) or is fresh; that is what lets
a release be derived from the previous one (the CSV spliced, the DuckDB file patched) and what
its changelog counts. Only tables of the same columns and types are compared this way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


@dataclass(frozen=True)
class RowDiff:
    """For each new row the position of its identical old row, or -1; the number of old rows;
    and the keys (as text, 'a / b' for a key of two columns) added, removed and changed."""

    old_rows: np.ndarray
    old_count: int
    added: list[str]
    removed: list[str]
    changed: list[str]

    @property
    def fresh(self) -> np.ndarray:
        """Positions of the new rows that the previous release does not hold."""
        return np.flatnonzero(self.old_rows < 0)

    @property
    def gone(self) -> np.ndarray:
        """Positions of the old rows that the new release does not hold as they were."""
        kept = np.zeros(self.old_count, dtype=bool)
        kept[self.old_rows[self.old_rows >= 0]] = True
        return np.flatnonzero(~kept)


def key_values(table: pa.Table, key: list[str] | tuple[str, ...]) -> pa.Array:
    """One value per row for a key of one or more text columns (joined by a unit separator)."""
    columns = [table[k].combine_chunks() for k in key]
    return columns[0] if len(columns) == 1 else pc.binary_join_element_wise(*columns, "\x1f")


def key_text(table: pa.Table, key: list[str], rows: np.ndarray) -> list[str]:
    """The keys of the rows at `rows` as text, sorted; 'a / b' for a key of two columns."""
    picked = table.select(key).take(pa.array(rows, pa.int64()))
    if len(key) == 1:
        return sorted(picked[key[0]].to_pylist())
    return sorted(pc.binary_join_element_wise(*(picked[k] for k in key), " / ").to_pylist())


def _same(new: pa.Array, old: pa.Array) -> np.ndarray:
    equal = pc.fill_null(pc.equal(new, old), False)
    return pc.or_(equal, pc.and_(pc.is_null(new), pc.is_null(old))).to_numpy(zero_copy_only=False)


MAX_RUNS = 256
"""Above this many runs of rows that follow each other in both tables, the rows are compared
as whole columns taken in order (a copy) rather than slice by slice (no copy)."""


def _same_rows(new: pa.Table, old: pa.Table, new_rows: np.ndarray, old_rows: np.ndarray) -> np.ndarray:
    """Whether each pair of rows (`new_rows`, `old_rows`: ascending in both) holds equal values."""
    shifted = np.diff(new_rows - old_rows, prepend=np.int64(-1 << 62)) != 0
    starts = np.flatnonzero(shifted | (np.diff(new_rows, prepend=-2) != 1))
    same = np.ones(len(new_rows), dtype=bool)
    columns = [c for c in new.column_names if c in old.column_names]
    if len(starts) > MAX_RUNS:
        taken_new, taken_old = pa.array(new_rows), pa.array(old_rows)
        for column in columns:
            same &= _same(new[column].take(taken_new), old[column].take(taken_old))
        return same
    for begin, end in zip(starts, [*starts[1:], len(new_rows)]):
        length = int(end - begin)
        for column in columns:
            same[begin:end] &= _same(new[column].slice(new_rows[begin], length).combine_chunks(),
                                     old[column].slice(old_rows[begin], length).combine_chunks())
    return same


def row_diff(new: pa.Table, old: pa.Table, key: list[str]) -> RowDiff:
    """The rows of `new` found unchanged in `old` (same columns and types), by `key`."""
    found = pc.index_in(key_values(new, key), value_set=key_values(old, key))
    new_rows = np.flatnonzero(pc.is_valid(found).to_numpy(zero_copy_only=False))
    old_rows = found.drop_null().to_numpy().astype(np.int64)
    unchanged = _same_rows(new, old, new_rows, old_rows)
    positions = np.full(new.num_rows, -1, dtype=np.int64)
    positions[new_rows[unchanged]] = old_rows[unchanged]
    found_old = np.zeros(old.num_rows, dtype=bool)
    found_old[old_rows] = True
    added = np.setdiff1d(np.arange(new.num_rows), new_rows, assume_unique=True)
    return RowDiff(positions, old.num_rows, key_text(new, key, added), key_text(old, key, np.flatnonzero(~found_old)),
                   key_text(new, key, new_rows[~unchanged]))
