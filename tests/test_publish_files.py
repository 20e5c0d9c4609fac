"""CSV and Parquet writers: formula cells made inert in CSV only, RFC 4180, nulls empty."""

from datetime import date

import pandas as pd
import pyarrow.parquet as pq

from pipeline.extract.tables import frame
from pipeline.publish.files import splice_csv, to_arrow, write_csv, write_parquet
from pipeline.publish.row_diff import row_diff
from pipeline.publish.table_schema import table_schema


def _events() -> pd.DataFrame:
    row = {"article_id": "a", "date": "2001", "date_start": date(2001, 1, 1), "date_end": date(2001, 12, 31),
           "date_precision": "year", "event_type": "statement", "type_rule": "statement.said",
           "plover_category": None,
           "section": "History", "char_start": 0, "char_end": 10}
    return frame("events", [
        {**row, "event_id": "a-2", "description": '=HYPERLINK("http://x","click")'},
        {**row, "event_id": "a-1", "description": 'He said: "yes, no", then left.'},
        {**row, "event_id": "a-3", "description": "-2 degrees", "plover_category": "AGREE"},
    ])


def test_csv_escapes_formulas_quotes_and_nulls(tmp_path):
    schema = table_schema("events")
    table = to_arrow(_events(), schema)
    write_csv(table, schema, tmp_path / "events.csv")
    raw = (tmp_path / "events.csv").read_bytes().decode("utf-8")
    lines = raw.split("\r\n")
    assert lines[0] == ",".join(schema.column_names)
    assert lines[1].startswith("a-1,a,2001,2001-01-01,2001-12-31,year,statement,statement.said,,")
    assert '"He said: ""yes, no"", then left."' in lines[1]
    assert "'=HYPERLINK" in lines[2]
    assert ",'-2 degrees," in lines[3]
    assert raw.endswith("\r\n")


def test_parquet_keeps_text_as_written_and_rows_sorted(tmp_path):
    schema = table_schema("events")
    write_parquet(to_arrow(_events(), schema), tmp_path / "events.parquet")
    back = pq.read_table(tmp_path / "events.parquet").to_pandas()
    assert back.event_id.tolist() == ["a-1", "a-2", "a-3"]
    assert back.description[1].startswith("=HYPERLINK")
    assert back.plover_category.isna().tolist() == [True, True, False]


def test_csv_is_written_as_the_csv_module_writes_it(tmp_path):
    """Column-wise writing gives the bytes of csv.writer (RFC 4180, CRLF) with the formula guard,
    on cells with quotes, commas, line breaks, formula prefixes, nulls and non-ASCII text."""
    import csv
    import io

    cells = ['a "b"', "x,y", "line\nbreak", "cr\ronly", "=1+1", "+4", "-", "@me", "\tab", "\rcr", "'q", "",
             "両国", "plain", None]
    rows = [{"visit_id": f"v{i:02d}", "name": cells[i % 14] or "n", "title": cells[(i * 5) % 15]}
            for i in range(45)]
    schema = table_schema("visit_counterparts")
    table = to_arrow(frame("visit_counterparts", rows), schema)
    write_csv(table, schema, tmp_path / "out.csv")
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(schema.column_names)
    for row in table.to_pylist():
        writer.writerow(["" if v is None else ("'" + v if v.startswith(("=", "+", "-", "@", "\t", "\r")) else v)
                         for v in row.values()])
    assert (tmp_path / "out.csv").read_bytes() == expected.getvalue().encode("utf-8")
    assert b'"line\nbreak"' in (tmp_path / "out.csv").read_bytes()


def test_csv_of_an_empty_table_is_its_header(tmp_path):
    schema = table_schema("rejects")
    write_csv(to_arrow(frame("rejects", []), schema), schema, tmp_path / "rejects.csv")
    assert (tmp_path / "rejects.csv").read_bytes() == (",".join(schema.column_names) + "\r\n").encode()


def test_a_csv_spliced_from_the_previous_release_is_the_csv_written_whole(tmp_path, monkeypatch):
    """Rows removed first, in the middle and last, one changed, one re-added with another
    value, one new; cells with quotes, line breaks and formulas on either side; the previous
    file scanned a few bytes at a time (records across blocks)."""
    import pipeline.publish.files as files

    monkeypatch.setattr(files, "BLOCK_BYTES", 7)
    schema = table_schema("visit_counterparts")
    cells = ['a "b"', "x,y", "line\r\nbreak", "=1+1", None, "plain"]
    old_rows = [{"visit_id": f"v{i:02d}", "name": "n", "title": cells[i % 6]} for i in range(30)]
    new_rows = [row for row in old_rows if row["visit_id"] not in ("v00", "v07", "v29")]
    new_rows[3] = {**new_rows[3], "title": 'changed "x"\r\n'}
    new_rows += [{"visit_id": "v07", "name": "m", "title": "=new"}, {"visit_id": "v99", "name": "n", "title": None}]
    old, new = (to_arrow(frame("visit_counterparts", rows), schema) for rows in (old_rows, new_rows))
    write_csv(old, schema, tmp_path / "old.csv")
    write_csv(new, schema, tmp_path / "whole.csv")
    diff = row_diff(new, old, ["visit_id", "name"])
    assert (diff.added, diff.removed, diff.changed) == (["v07 / m", "v99 / n"], ["v00 / n", "v07 / n", "v29 / n"],
                                                        ["v04 / n"])
    assert splice_csv(new, schema, tmp_path / "old.csv", diff, tmp_path / "spliced.csv")
    assert (tmp_path / "spliced.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    (tmp_path / "other.csv").write_bytes(b"visit_id,name,title\r\nv00,n,\r\n")  # not the old table's CSV
    assert not splice_csv(new, schema, tmp_path / "other.csv", diff, tmp_path / "not_written.csv")
    assert not (tmp_path / "not_written.csv").exists()
