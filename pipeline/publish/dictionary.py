"""The data dictionary (codebook) of the release, rendered from the pandera schemas.

    python -m pipeline.publish.dictionary > docs/data_dictionary.md
"""

from __future__ import annotations

from pipeline.publish.table_schema import table_schema
from schemas.tables import TABLES
from pipeline.lexicon import load_table


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_dictionary() -> str:
    lines = [
        "# Data dictionary",
        "",
        "Generated from the pandera schemas in `schemas/tables.py` (`python -m pipeline.publish.dictionary`).",
        "Every table is published as `parquet/<table>.parquet` and `csv/<table>.csv`.",
    ]
    for name in TABLES:
        schema = table_schema(name)
        lines += ["", f"## `{name}`", "", schema.description, "", f"Key: `{', '.join(schema.primary_key)}`."]
        for key in schema.foreign_keys:
            target = key["reference"]
            lines.append(f"Foreign key: `{', '.join(key['fields'])}` → `{target['resource']}.{', '.join(target['fields'])}`.")
        lines += ["", "| column | type | required | description | allowed values |", "| --- | --- | --- | --- | --- |"]
        for c in schema.columns:
            allowed = ", ".join(f"`{v}`" for v in c.enum) if c.enum else (f"pattern `{c.pattern}`" if c.pattern else "")
            lines.append(f"| `{c.name}` | {c.dtype} | {'no' if c.nullable else 'yes'} | {_cell(c.description)} | {allowed} |")
    lines += ["", "## Event types and PLOVER", "",
              "`events.plover_category` is the PLOVER category (the successor of CAMEO, used by POLECAT) of the trigger",
              "that typed the event (`events.type_rule`, listed in `docs/lexicon.md`), else the default of its type:",
              "", "| event_type | default plover_category | what it covers |", "| --- | --- | --- |"]
    lines += [f"| `{t['id']}` | {t['plover'] or '(null)'} | {_cell(t['description'])} |" for t in load_table("event_types")]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render_dictionary(), end="")
