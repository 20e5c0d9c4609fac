"""Domain knowledge as reviewed data: CSV tables with ids, and a lemma matcher over them.

Each table is ``pipeline/lexicon/<name>.csv`` with a unique ``id`` column, so a reviewer reads
the rules as a table (``docs/lexicon.md`` is generated from them) and a row can name the rule
that produced it.
"""

from pipeline.lexicon.tables import LEXICON_DIR, load_table
from pipeline.lexicon.matcher import Match, PhraseMatcher
from pipeline.lexicon.lemmas import lemma, tokens

__all__ = ["LEXICON_DIR", "Match", "PhraseMatcher", "lemma", "load_table", "tokens"]
