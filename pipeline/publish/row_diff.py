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

_NEW, _OLD = "__new_row", "__old_row"


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


def key_text(table: pa.Table, key: list[str], rows: np.ndarray) -> list[str]:
    """The keys of the rows at `rows` as text, sorted; 'a / b' for a key of two columns."""
    picked = table.select(key).take(pa.array(rows, pa.int64()))
    if len(key) == 1:
        return sorted(picked[key[0]].to_pylist())
    return sorted(pc.binary_join_element_wise(*(picked[k] for k in key), " / ").to_pylist())


def _same(new: pa.ChunkedArray, old: pa.ChunkedArray) -> pa.Array:
    equal = pc.fill_null(pc.equal(new, old), False)
    return pc.or_(equal, pc.and_(pc.is_null(new), pc.is_null(old)))


def row_diff(new: pa.Table, old: pa.Table, key: list[str]) -> RowDiff:
    """The rows of `new` found unchanged in `old` (same columns and types), by `key`."""
    numbered = new.select(key).append_column(_NEW, pa.array(np.arange(new.num_rows)))
    matched = numbered.join(old.select(key).append_column(_OLD, pa.array(np.arange(old.num_rows))), key,
                            join_type="inner").combine_chunks()
    new_rows, old_rows = matched[_NEW], matched[_OLD]
    same = pa.array(np.ones(matched.num_rows, dtype=bool))
    for column in new.column_names:
        if column not in key:
            same = pc.and_(same, _same(new[column].take(new_rows), old[column].take(old_rows)))
    positions = np.full(new.num_rows, -1, dtype=np.int64)
    unchanged = same.to_numpy(zero_copy_only=False)
    positions[new_rows.to_numpy()[unchanged]] = old_rows.to_numpy()[unchanged]
    found_new = np.zeros(new.num_rows, dtype=bool)
    found_new[new_rows.to_numpy()] = True
    found_old = np.zeros(old.num_rows, dtype=bool)
    found_old[old_rows.to_numpy()] = True
    return RowDiff(positions, old.num_rows, key_text(new, key, np.flatnonzero(~found_new)),
                   key_text(old, key, np.flatnonzero(~found_old)), key_text(new, key, new_rows.to_numpy()[~unchanged]))
