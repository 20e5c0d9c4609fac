"""What changed in the tables' schemas between two releases, and whether it breaks users' code.

A change to what users rely on (a table or column removed, a column's type or constraints,
its vocabulary included, a key) is breaking: the next major version. A new table, column or
foreign key is not: the next minor version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class SchemaChange:
    table: str
    text: str
    breaking: bool


def _tables(descriptor: dict) -> dict[str, dict]:
    """Each table's schema, from its CSV resource (the Parquet resource has the same columns)."""
    return {r["name"]: r["schema"] for r in descriptor["resources"] if r.get("format") == "csv"}


def _keys(schema: dict) -> set[str]:
    return {json.dumps(key, sort_keys=True) for key in schema.get("foreignKeys", [])}


def _column_changes(table: str, old: dict, new: dict) -> list[SchemaChange]:
    old_fields = {f["name"]: f for f in old["fields"]}
    new_fields = {f["name"]: f for f in new["fields"]}
    changes = [SchemaChange(table, f"column `{name}` removed", True) for name in old_fields if name not in new_fields]
    changes += [SchemaChange(table, f"column `{name}` added ({f['type']})", False)
                for name, f in new_fields.items() if name not in old_fields]
    for name in old_fields.keys() & new_fields.keys():
        before, after = old_fields[name], new_fields[name]
        if before["type"] != after["type"]:
            changes.append(SchemaChange(table, f"column `{name}`: type {before['type']} → {after['type']}", True))
        if before.get("constraints") != after.get("constraints"):
            changes.append(SchemaChange(table, f"column `{name}`: constraints (vocabulary, pattern or "
                                               f"required) changed", True))
    return sorted(changes, key=lambda c: c.text)


def schema_changes(previous: dict, descriptor: dict) -> list[SchemaChange]:
    """Every change of tables, columns and keys from `previous` to `descriptor`."""
    old_tables, new_tables = _tables(previous), _tables(descriptor)
    changes = [SchemaChange(name, "table removed", True) for name in old_tables if name not in new_tables]
    for name, new in new_tables.items():
        old = old_tables.get(name)
        if old is None:
            changes.append(SchemaChange(name, "table added", False))
            continue
        changes += _column_changes(name, old, new)
        if old.get("primaryKey") != new.get("primaryKey"):
            changes.append(SchemaChange(name, f"primary key {old.get('primaryKey')} → {new.get('primaryKey')}", True))
        if _keys(old) - _keys(new):
            changes.append(SchemaChange(name, "a foreign key removed or changed", True))
        elif _keys(new) - _keys(old):
            changes.append(SchemaChange(name, "foreign key added", False))
    return changes


def same_tables(previous: dict, descriptor: dict) -> bool:
    """Whether two releases describe their tables alike: columns, types, vocabularies, keys and
    descriptions (all that the DuckDB file's DDL and comments are made of)."""
    def described(package: dict) -> dict:
        return {r["name"]: (r["schema"], r["description"]) for r in package["resources"] if r.get("format") == "csv"}

    return described(previous) == described(descriptor)
