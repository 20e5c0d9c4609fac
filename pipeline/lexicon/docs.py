"""The lexicon as a reviewer reads it: every table of `pipeline/lexicon/` in one Markdown page.

    python -m pipeline.lexicon.docs > docs/lexicon.md
"""

from __future__ import annotations

from pipeline.lexicon.tables import LEXICON_DIR, load_table

INTRO = (
    "# Lexicon\n\n"
    "Domain knowledge of the extraction, kept as data so that it can be reviewed as tables; generated\n"
    "from `pipeline/lexicon/*.csv` (`python -m pipeline.lexicon.docs`). Phrases are matched on lemmas\n"
    "(\"sign\" matches signed, signs, signing); a word in double quotes must stand in that form; `...`\n"
    "allows other words in between within the clause. `events.type_rule` names the trigger that typed\n"
    "each event.\n"
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_lexicon() -> str:
    parts = [INTRO]
    for path in sorted(LEXICON_DIR.glob("*.csv")):
        rows = load_table(path.stem)
        columns = list(rows[0]) if rows else []
        parts.append(f"\n## `{path.name}` ({len(rows)} rows)\n\n| " + " | ".join(columns) + " |\n|"
                     + " --- |" * len(columns) + "\n")
        parts.append("".join("| " + " | ".join(_cell(row[c]) for c in columns) + " |\n" for row in rows))
    return "".join(parts)


if __name__ == "__main__":
    print(render_lexicon(), end="")
