from pipeline.read.article import ArticleFormatError, parse_article
from tests.conftest import ICELAND, ISRAEL

import pytest


def _iceland():
    return parse_article(ICELAND.read_text(encoding="utf-8"), ICELAND.name)


def test_title_and_infobox():
    article = _iceland()
    assert article.title == "Albania–Iceland relations"
    assert article.infobox_value("Party1") == "Albania"
    assert article.infobox_value("party2") == "Iceland"
    assert [e.key for e in article.infobox] == ["Title", "Party1", "Party2", "Map"]


def test_section_paths_keep_the_heading_hierarchy():
    article = _iceland()
    paths = [b.section_path for b in article.blocks]
    assert paths[0] == "Lead"
    assert "History > Asylum seekers" in paths
    assert "High level visits > High-level visits from Albania to Iceland" in paths
    assert "High level visits > High-level visits from Iceland to Albania" in paths


def test_offsets_point_at_the_source_text():
    article = _iceland()
    for block in article.blocks:
        assert article.text[block.start:block.end] == block.text
    for entry in article.infobox:
        assert entry.value in article.text[entry.start:entry.end]


def test_paragraph_broken_over_lines_is_one_block():
    article = _iceland()
    first = next(b for b in article.blocks if b.section == ("History",))
    assert first.text.startswith("From 1967 to 1991")
    assert "Iceland\n), or MAÍ" in first.text
    assert first.text.endswith("diplomatic releations with Albania.")  # sic, as in the source


def test_bullets_and_spaced_headings():
    article = parse_article(ISRAEL.read_text(encoding="utf-8"), ISRAEL.name)
    bullets = [b for b in article.blocks if b.kind == "bullet" and b.section == ("Resident diplomatic missions",)]
    assert [b.text for b in bullets] == ["Albania has an embassy in Tel Aviv.", "Israel has an embassy in Tirana."]
    assert any(b.section == ("History", "Communist Albania (1946–1992)") for b in article.blocks)
    assert article.infobox_value("Mission1") == "Albanian embassy, Tel Aviv"


def test_missing_title_is_an_error():
    with pytest.raises(ArticleFormatError, match="Title"):
        parse_article("Just some text\n\nMore text.", "x.txt")


def test_each_row_of_a_table_is_an_item():
    text = ("= Canada–Norway relations =\n==Visits==\nYear | Guest | Notes\n"
            "1998 | Prime Minister Kjell Bondevik | Talks in Ottawa.\n2003 | King Harald V | State visit.\n\n"
            "Trade grew; tariffs fell | rose.\nA second line of the paragraph.\n")
    article = parse_article(text, "x.txt")
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("bullet", "Year | Guest | Notes"),
        ("bullet", "1998 | Prime Minister Kjell Bondevik | Talks in Ottawa."),
        ("bullet", "2003 | King Harald V | State visit."),
        ("bullet", "Trade grew; tariffs fell | rose."),
        ("paragraph", "A second line of the paragraph."),
    ]


def test_each_row_of_a_wiki_table_written_one_cell_per_line_is_an_item():
    text = ('= Canada–Norway relations =\n==Visits==\n{| class="wikitable"\n|+ Visits\n! Year\n! Guest\n|-\n'
            "| 1998\n| Prime Minister Kjell Bondevik\n| Talks in Ottawa\n|-\n| 2003 || King Harald V || State visit\n|}\n"
            "After the table.\n")
    article = parse_article(text, "x.txt")
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("bullet", "Year | Guest"),
        ("bullet", "1998 | Prime Minister Kjell Bondevik | Talks in Ottawa"),
        ("bullet", "2003 |  King Harald V |  State visit"),
        ("paragraph", "After the table."),
    ]
    assert all(len(b.text) == b.end - b.start for b in article.blocks)
