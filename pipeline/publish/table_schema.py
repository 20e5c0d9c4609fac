"""Derive the Parquet schema, CSV header and Frictionless fields from the pandera schemas."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandera.pandas as pa
import pyarrow

from schemas.tables import TABLES

_ARROW_TYPES = {"str": pyarrow.string(), "date": pyarrow.date32(), "int64": pyarrow.int64(), "bool": pyarrow.bool_()}
_FRICTIONLESS_TYPES = {"str": "string", "date": "date", "int64": "integer", "bool": "boolean"}


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "str", "date", "int64" or "bool"
    nullable: bool
    unique: bool
    description: str
    enum: tuple | None
    pattern: str | None
    minimum: int | None


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict, ...]
    model: type[pa.DataFrameModel]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self) -> pyarrow.Schema:
        """Parquet schema with each column's description in its field metadata."""
        fields = [
            pyarrow.field(c.name, _ARROW_TYPES[c.dtype], nullable=c.nullable, metadata={"description": c.description})
            for c in self.columns
        ]
        return pyarrow.schema(fields, metadata={"table": self.name, "description": self.description})

    def row_schema(self) -> pyarrow.Schema:
        """The columns' names and types alone, each nullable: rows as built, before the checks."""
        return pyarrow.schema([pyarrow.field(c.name, _ARROW_TYPES[c.dtype]) for c in self.columns])

    def frictionless_schema(self) -> dict:
        fields = []
        for c in self.columns:
            constraints: dict = {"required": not c.nullable}
            if c.unique:
                constraints["unique"] = True
            if c.enum:
                constraints["enum"] = list(c.enum)
            if c.pattern:
                constraints["pattern"] = c.pattern.removeprefix("^").removesuffix("$")
            if c.minimum is not None:
                constraints["minimum"] = c.minimum
            fields.append({"name": c.name, "type": _FRICTIONLESS_TYPES[c.dtype], "description": c.description, "constraints": constraints})
        schema = {"fields": fields, "primaryKey": list(self.primary_key), "missingValues": [""]}
        if self.foreign_keys:
            schema["foreignKeys"] = list(self.foreign_keys)
        return schema


def _column(name: str, column) -> Column:
    enum = pattern = minimum = None
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            enum = tuple(stats["allowed_values"])
        elif check.name == "str_matches":
            pattern = stats["pattern"]
        elif check.name == "greater_than_or_equal_to":
            minimum = stats["min_value"]
    if not column.description:
        raise ValueError(f"column {name!r} has no description")
    return Column(name, str(column.dtype), bool(column.nullable), bool(column.unique), column.description, enum, pattern, minimum)


@lru_cache(maxsize=None)
def table_schema(name: str) -> TableSchema:
    """The schema of one published table, read from its pandera model."""
    model = TABLES[name]
    schema = model.to_schema()
    meta = model.get_metadata()[model.__name__]["dataframe"]
    columns = tuple(_column(col_name, col) for col_name, col in schema.columns.items())
    return TableSchema(name, schema.description, columns, tuple(meta["primary_key"]), tuple(meta["foreign_keys"]), model)
