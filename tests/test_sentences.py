"""Sentence splitting: exact offsets, and no split inside initials, abbreviations or numbers."""

from __future__ import annotations

import pytest

from pipeline.extract import sentences
from pipeline.extract.sentences import Sentence, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_at_the_sentence_in_the_source():
    paragraph = "  Japan recognised Poland in 1919.\nRelations were cut in 1941.   Ties resumed in 1957. "
    found = split_sentences(paragraph)
    assert [s.text for s in found] == [
        "Japan recognised Poland in 1919.",
        "Relations were cut in 1941.",
        "Ties resumed in 1957.",
    ]
    for sentence in found:
        assert paragraph[sentence.start:sentence.end] == sentence.text
    assert found[0].start == 2  # leading spaces are not part of the sentence


def test_offset_argument_shifts_positions_into_the_file():
    source = "= Canada–Norway relations =\n\nCanada opened a legation in Oslo. Norway did the same."
    paragraph_start = source.index("Canada opened")
    found = split_sentences(source[paragraph_start:], paragraph_start)
    assert found == [
        Sentence("Canada opened a legation in Oslo.", paragraph_start, paragraph_start + 33),
        Sentence("Norway did the same.", paragraph_start + 34, len(source)),
    ]
    for sentence in found:
        assert source[sentence.start:sentence.end] == sentence.text


def test_single_sentence_without_final_stop():
    assert split_sentences("Brazil and Portugal share a language") == [
        Sentence("Brazil and Portugal share a language", 0, 36)]


def test_blank_text_has_no_sentences():
    assert split_sentences("   \n ") == []


@pytest.mark.parametrize("text, expected", [
    # an initial inside a name
    ("In 1956, Lester B. Pearson visited Oslo. He met Halvard Lange.",
     ["In 1956, Lester B. Pearson visited Oslo.", "He met Halvard Lange."]),
    # abbreviations
    ("The U.S. ambassador attended the ceremony in Warsaw. Japan sent a delegation.",
     ["The U.S. ambassador attended the ceremony in Warsaw.", "Japan sent a delegation."]),
    ("Dr. Mendes opened the clinic in Recife. Portugal paid for it.",
     ["Dr. Mendes opened the clinic in Recife.", "Portugal paid for it."]),
    ("The St. Lawrence route was opened to Norwegian ships. Trade grew.",
     ["The St. Lawrence route was opened to Norwegian ships.", "Trade grew."]),
    ("Japan sent approx. 300 volunteers to Gdańsk. They stayed a year.",
     ["Japan sent approx. 300 volunteers to Gdańsk.", "They stayed a year."]),
    # decimals in amounts
    ("Brazil granted US$1.5 million in aid. Portugal thanked it.",
     ["Brazil granted US$1.5 million in aid.", "Portugal thanked it."]),
    ("Trade grew by 3.5 percent in 2012. It fell in 2013.",
     ["Trade grew by 3.5 percent in 2012.", "It fell in 2013."]),
    # several initials, an abbreviated given name, ranks, a number sign
    ("In 1990, John F. W. Carter flew to Lima. He met the minister.",
     ["In 1990, John F. W. Carter flew to Lima.", "He met the minister."]),
    ("Speaker Einar Th. Hallgrímsson came to Oslo. Norway welcomed him.",
     ["Speaker Einar Th. Hallgrímsson came to Oslo.", "Norway welcomed him."]),
    ("Lt. Gen. Okafor inspected the base. Nigeria paid for it.",
     ["Lt. Gen. Okafor inspected the base.", "Nigeria paid for it."]),
    ("The envoy was received at No. 10 Downing Street. Britain agreed.",
     ["The envoy was received at No. 10 Downing Street.", "Britain agreed."]),
    ("A month later Chanc. Olaf Berg flew to Hanoi. He met the premier.",
     ["A month later Chanc. Olaf Berg flew to Hanoi.", "He met the premier."]),
])
def test_no_split_inside_initials_abbreviations_and_numbers(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Japan and Poland signed a treaty in 1922! It was ratified a year later? Yes. Trade followed.",
     ["Japan and Poland signed a treaty in 1922!", "It was ratified a year later?", "Yes.", "Trade followed."]),
    ("Relations improved. Östersund hosted a Canadian forum.",
     ["Relations improved.", "Östersund hosted a Canadian forum."]),
    ("The embassy opened in Ottawa (1946). Norway appointed an envoy.",
     ["The embassy opened in Ottawa (1946).", "Norway appointed an envoy."]),
    ("The talks ended in 1999. 2000 was a quieter year.",
     ["The talks ended in 1999.", "2000 was a quieter year."]),
    ("The envoy carried letters for King Manuel I. Thai chronicles name him too.",
     ["The envoy carried letters for King Manuel I.", "Thai chronicles name him too."]),
])
def test_splits_on_ordinary_boundaries(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('The minister said "We are old friends." Poland agreed.',
     ['The minister said "We are old friends."', "Poland agreed."]),
    ("The minister said, “Relations are excellent.” Brazil agreed.",
     ["The minister said, “Relations are excellent.”", "Brazil agreed."]),
    ("They called the deal ‘final.’ Canada disagreed.",
     ["They called the deal ‘final.’", "Canada disagreed."]),
    ('Norway protested. "We will not accept this," the minister said.',
     ["Norway protested.", '"We will not accept this," the minister said.']),
])
def test_splits_after_closing_quotes_and_before_opening_ones(text, expected):
    found = split_sentences(text)
    assert [s.text for s in found] == expected
    for sentence in found:
        assert text[sentence.start:sentence.end] == sentence.text


@pytest.mark.parametrize("text, expected", [
    ("The minister said no. The talks failed.", ["The minister said no.", "The talks failed."]),
    ("Norway funds modern art. The gallery opened.", ["Norway funds modern art.", "The gallery opened."]),
    ("It was reported by the BBC. Japan replied.", ["It was reported by the BBC.", "Japan replied."]),
    ("Iceland hosted them. Þingvellir was the venue.", ["Iceland hosted them.", "Þingvellir was the venue."]),
])
def test_ordinary_words_and_acronyms_end_sentences(text, expected):
    assert texts(text) == expected


class _Windows:
    """A pattern that records the length of every window it is asked to search."""

    def __init__(self, pattern, windows: list[int]):
        self.pattern, self.windows = pattern, windows

    def search(self, text, start=0, end=None):
        end = len(text) if end is None else end
        self.windows.append(end - start)
        return self.pattern.search(text, start, end)

    def match(self, text, *args):
        return self.pattern.match(text, *args)


def test_each_stop_looks_back_a_bounded_window_so_the_work_is_linear(monkeypatch):
    windows: list[int] = []
    for name in ("WORD_BEFORE_RE", "REGNAL_END_RE"):
        monkeypatch.setattr(sentences, name, _Windows(getattr(sentences, name), windows))
    stops = 0
    for unit in (".", ". \n", "Lt. Gen. A. B. Smith met No. 10 staff. King Manuel I. Thai "):
        text = unit * 16_000
        stops += text.count(".")
        split_sentences(text)
    assert windows and max(windows) <= 4 * sentences.LOOK_BACK
    assert len(windows) <= 2 * stops


def test_no_split_before_a_lower_case_word():
    assert texts("The treaty was signed in Lisbon. it entered into force later.") == [
        "The treaty was signed in Lisbon. it entered into force later."]


def test_citation_marks_end_a_sentence_and_are_no_part_of_its_text():
    text = "Relations soured in 2008,[17] and trade fell in the 1990s.[3] Trade fell."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Relations soured in 2008, and trade fell in the 1990s.", "Trade fell."]
    assert text[sentences[0].start: sentences[0].end] == "Relations soured in 2008,[17] and trade fell in the 1990s.[3]"


def test_editorial_notes_in_brackets_end_a_sentence_like_citation_marks():
    text = "Many players have roots on the islands.[citation needed] In 2015 the teams met in Apia."
    assert texts(text) == ["Many players have roots on the islands.", "In 2015 the teams met in Apia."]
    assert texts("He wrote [sic] Vienna.") == ["He wrote Vienna."]


@pytest.mark.parametrize("text, expected", [
    ("4 March 2021. Sandu flies to Kyiv. She meets Zelensky.",
     ["4 March 2021. Sandu flies to Kyiv.", "She meets Zelensky."]),
    ("March 4, 2021. Sandu flies to Kyiv.", ["March 4, 2021. Sandu flies to Kyiv."]),
    ("In 2021. Sandu flew to Kyiv.", ["In 2021.", "Sandu flew to Kyiv."]),
])
def test_a_date_opening_a_paragraph_is_the_lead_of_its_sentence(text, expected):
    assert texts(text) == expected


def test_a_style_of_address_in_initials_ends_no_sentence():
    assert texts("Oslo welcomed H.R.H. Crown Prince Haakon in 2005. The visit lasted a week.") == [
        "Oslo welcomed H.R.H. Crown Prince Haakon in 2005.", "The visit lasted a week."]
