"""The pandera schemas are the one definition of the tables: check them and what derives from them."""

from datetime import date

import pandas as pd
import pyarrow
import pytest

from pipeline.assets.validate import core_table_checks
from pipeline.definitions import defs
from pipeline.extract.tables import CORE_TABLES, frame
from pipeline.publish.table_schema import table_schema
from pipeline.validate.checks import validate_table
from schemas.tables import TABLES


def _event(**overrides) -> dict:
    row = {"event_id": "a-19760409-1", "article_id": "a", "date": "1976-04-09", "date_start": date(1976, 4, 9),
           "date_end": date(1976, 4, 9), "date_precision": "day", "event_type": "relations_established",
           "type_rule": "relations_established.establish-diplomatic-relation", "plover_category": "SUPPORT", "description": "Relations were established.", "section": "History",
           "char_start": 10, "char_end": 40}
    return {**row, **overrides}


def _article(article_id="a") -> dict:
    return {"article_id": article_id, "title": "A–B relations", "country_a_iso3": "ALB", "country_b_iso3": "ISL",
            "source_file": f"{article_id}.txt", "sha256": "0" * 64}


def _references(**tables) -> dict:
    refs = {name: frame(name, []) for name in CORE_TABLES}
    refs.update({name: frame(name, rows) for name, rows in tables.items()})
    return refs


def test_every_column_has_a_description_and_a_parquet_type():
    for name in TABLES:
        schema = table_schema(name)
        assert schema.primary_key, name
        for column in schema.columns:
            assert len(column.description) > 10, (name, column.name)
        assert isinstance(schema.arrow_schema(), pyarrow.Schema)


def test_csv_header_and_arrow_schema_follow_the_model_order():
    assert table_schema("events").column_names[:4] == ["event_id", "article_id", "date", "date_start"]
    assert table_schema("events").arrow_schema().field("date_start").type == pyarrow.date32()
    assert table_schema("missions").arrow_schema().field("resident").type == pyarrow.bool_()


def test_valid_rows_pass():
    refs = _references(articles=[_article()])
    assert validate_table("events", frame("events", [_event()]), refs).passed


@pytest.mark.parametrize("bad, column", [
    ({"event_type": "party"}, "event_type"),
    ({"date_precision": "century"}, "date_precision"),
    ({"date": "April 1976"}, "date"),
    ({"plover_category": "HUG"}, "plover_category"),
    ({"char_start": -1}, "char_start"),
])
def test_vocabularies_and_formats_are_enforced(bad, column):
    result = validate_table("events", frame("events", [_event(**bad)]), _references(articles=[_article()]))
    assert not result.passed
    assert column in set(result.failures.column)


def test_duplicate_keys_are_rejected():
    rows = [_event(), _event(description="again")]
    result = validate_table("events", frame("events", rows), _references(articles=[_article()]))
    assert not result.passed
    assert "event_id" in set(result.failures.column)


def test_foreign_keys_are_checked():
    result = validate_table("events", frame("events", [_event(article_id="nowhere")]), _references(articles=[_article()]))
    assert not result.passed
    assert result.failures.check.str.contains("foreign key").any()


def test_wrong_dtype_is_rejected():
    df = frame("events", [_event()])
    df["char_start"] = df["char_start"].astype(str)
    assert not validate_table("events", df, _references(articles=[_article()])).passed


def test_definitions_have_one_blocking_check_per_table():
    specs = list(defs.resolve_asset_graph().asset_check_keys)
    names = {key.name for key in specs}
    assert names == {f"{name}_schema" for name in CORE_TABLES}
    check_specs = list(core_table_checks.check_specs)
    assert len(check_specs) == len(CORE_TABLES)
    assert all(spec.blocking for spec in check_specs)


def test_committed_data_dictionary_is_up_to_date():
    from pipeline.publish.dictionary import render_dictionary
    from tests.conftest import PROJECT

    committed = (PROJECT / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    assert committed == render_dictionary(), "run: python -m pipeline.publish.dictionary > docs/data_dictionary.md"
    assert "| `visit` | CONSULT |" in committed
