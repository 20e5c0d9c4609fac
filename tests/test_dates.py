"""Date expressions in sentences of relations articles, as EDTF values."""

from __future__ import annotations

import random
import time
from datetime import date

import pytest

from pipeline.extract.dates import MONTHS, DateMention, find_dates, parse_edtf


def only(text: str, anchor: DateMention | None = None) -> DateMention:
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


def check(mention: DateMention, edtf: str, start: date, end: date, precision: str) -> None:
    assert (mention.edtf, mention.start, mention.end, mention.precision) == (edtf, start, end, precision)


@pytest.mark.parametrize("text, edtf, start, end, precision, words", [
    ("The embassy opened on 9 April 1976.", "1976-04-09", date(1976, 4, 9), date(1976, 4, 9), "day", "9 April 1976"),
    ("He traveled to Quito on October 19 and 20, 2021.", "2021-10-19/2021-10-20", date(2021, 10, 19),
     date(2021, 10, 20), "day", "October 19 and 20, 2021"),
    ("She was in Lima October 19 to 21, 2021.", "2021-10-19/2021-10-21", date(2021, 10, 19), date(2021, 10, 21),
     "day", "October 19 to 21, 2021"),
    ("On 26 November 2019, an earthquake struck.", "2019-11-26", date(2019, 11, 26), date(2019, 11, 26), "day", "26 November 2019"),
    ("Israel has been recognised since April 19, 1949.", "1949-04-19", date(1949, 4, 19), date(1949, 4, 19), "day", "April 19, 1949"),
    ("On August 19, 1991, relations were established.", "1991-08-19", date(1991, 8, 19), date(1991, 8, 19), "day", "August 19, 1991"),
    ("Japan recognised it on Thursday, 10.02.1972.", "1972-02-10", date(1972, 2, 10), date(1972, 2, 10), "day", "10.02.1972"),
    ("12.viii.2008 – The president flew to Tbilisi.", "2008-08-12", date(2008, 8, 12), date(2008, 8, 12), "day", "12.viii.2008"),
    ("The treaty was signed on 5.XI.1994.", "1994-11-05", date(1994, 11, 5), date(1994, 11, 5), "day", "5.XI.1994"),
    ("- 2000-08-22: The prime minister arrived.", "2000-08-22", date(2000, 8, 22), date(2000, 8, 22), "day", "2000-08-22"),
    ("- 2014-05-25 to 2014-05-28: A visit.", "2014-05-25/2014-05-28", date(2014, 5, 25), date(2014, 5, 28), "day",
     "2014-05-25 to 2014-05-28"),
    ("A visit from 18.10.1973 to 24.10.1973.", "1973-10-18/1973-10-24", date(1973, 10, 18), date(1973, 10, 24), "day",
     "from 18.10.1973 to 24.10.1973"),
    ("In October 2007, the prime minister visited.", "2007-10", date(2007, 10, 1), date(2007, 10, 31), "month", "October 2007"),
    ("An agreement took effect in March 2012.", "2012-03", date(2012, 3, 1), date(2012, 3, 31), "month", "March 2012"),
    ("They met in February 2016.", "2016-02", date(2016, 2, 1), date(2016, 2, 29), "month", "February 2016"),
    ("In 1974, they issued a statement.", "1974", date(1974, 1, 1), date(1974, 12, 31), "year", "1974"),
    ("France opened a legation in 1922.", "1922", date(1922, 1, 1), date(1922, 12, 31), "year", "1922"),
    ("In the spring of 1997, troops arrived.", "1997", date(1997, 1, 1), date(1997, 12, 31), "year", "spring of 1997"),
    ("It granted a loan in autumn 1993.", "1993", date(1993, 1, 1), date(1993, 12, 31), "year", "autumn 1993"),
    ("In early 2015, the ministries met.", "2015", date(2015, 1, 1), date(2015, 12, 31), "year", "early 2015"),
    ("Talks resumed in mid-2015.", "2015", date(2015, 1, 1), date(2015, 12, 31), "year", "mid-2015"),
    ("In late 2016, negotiations began.", "2016", date(2016, 1, 1), date(2016, 12, 31), "year", "late 2016"),
    ("In the 1990s, many emigrated.", "199X", date(1990, 1, 1), date(1999, 12, 31), "decade", "1990s"),
    ("His descendants ruled until the revolution of 1952.", "1952", date(1952, 1, 1), date(1952, 12, 31), "year", "1952"),
    ("The Finnish Institute has operated since 1992.", "1992", date(1992, 1, 1), date(1992, 12, 31), "year", "1992"),
    ("From 1967 to 1991, an organisation operated.", "1967/1991", date(1967, 1, 1), date(1991, 12, 31), "year", "From 1967 to 1991"),
    ("The programme ran between 2010 and 2012.", "2010/2012", date(2010, 1, 1), date(2012, 12, 31), "year", "between 2010 and 2012"),
    ("During the Cold War (1947–1991), ties were strained.", "1947/1991", date(1947, 1, 1), date(1991, 12, 31), "year", "1947–1991"),
    ("From 3 to 5 November 2013, the minister visited Paris.", "2013-11-03/2013-11-05", date(2013, 11, 3), date(2013, 11, 5), "day", "From 3 to 5 November 2013"),
    ("On 3–5 March 2019, the president made a state visit.", "2019-03-03/2019-03-05", date(2019, 3, 3), date(2019, 3, 5), "day", "3–5 March 2019"),
    ("On 10–12 June 2014, Rama was in France.", "2014-06-10/2014-06-12", date(2014, 6, 10), date(2014, 6, 12), "day", "10–12 June 2014"),
    ("On 7-8 June 2021, Rama was in Budapest.", "2021-06-07/2021-06-08", date(2021, 6, 7), date(2021, 6, 8), "day", "7-8 June 2021"),
    ("The summit met on 30 April – 2 May 2019.", "2019-04-30/2019-05-02", date(2019, 4, 30), date(2019, 5, 2), "day", "30 April – 2 May 2019"),
    ("The talks ran on March 3–5, 2019.", "2019-03-03/2019-03-05", date(2019, 3, 3), date(2019, 3, 5), "day", "March 3–5, 2019"),
    ("It was built from March to June 2012.", "2012-03/2012-06", date(2012, 3, 1), date(2012, 6, 30), "month", "from March to June 2012"),
    ("The envoy stayed from 18 April to 24 April 2002.", "2002-04-18/2002-04-24", date(2002, 4, 18), date(2002, 4, 24), "day", "from 18 April to 24 April 2002"),
    ("The fair ran 18 April – 24 April 2002.", "2002-04-18/2002-04-24", date(2002, 4, 18), date(2002, 4, 24), "day", "18 April – 24 April 2002"),
    ("Talks took place on 12–14 May 2009.", "2009-05-12/2009-05-14", date(2009, 5, 12), date(2009, 5, 14), "day", "12–14 May 2009"),
    ("The king toured the country from 2 to 5 June 2013.", "2013-06-02/2013-06-05", date(2013, 6, 2), date(2013, 6, 5), "day", "from 2 to 5 June 2013"),
    ("The border was closed between 1994 and 1996.", "1994/1996", date(1994, 1, 1), date(1996, 12, 31), "year", "between 1994 and 1996"),
    ("Merchants traded there as early as 1577.", "1577", date(1577, 1, 1), date(1577, 12, 31), "year", "1577"),
    ("By 1920, both had consulates.", "1920", date(1920, 1, 1), date(1920, 12, 31), "year", "1920"),
    ("A mill was built circa 1900.", "1900", date(1900, 1, 1), date(1900, 12, 31), "year", "1900"),
    ("A mill was built c. 1900.", "1900", date(1900, 1, 1), date(1900, 12, 31), "year", "1900"),
    ("The accord was signed on March 3, 2005.", "2005-03-03", date(2005, 3, 3), date(2005, 3, 3), "day", "March 3, 2005"),
    ("The accord was signed on 14 February, 1996.", "1996-02-14", date(1996, 2, 14), date(1996, 2, 14), "day", "14 February, 1996"),
    ("The accord was signed on Apr. 9, 1976.", "1976-04-09", date(1976, 4, 9), date(1976, 4, 9), "day", "Apr. 9, 1976"),
    ("The accord was signed on Sept. 3, 2001.", "2001-09-03", date(2001, 9, 3), date(2001, 9, 3), "day", "Sept. 3, 2001"),
    ("Envoys met in Dec. 1999.", "1999-12", date(1999, 12, 1), date(1999, 12, 31), "month", "Dec. 1999"),
    ("The prime minister came from 30 Jul to 1 Aug 2024.", "2024-07-30/2024-08-01", date(2024, 7, 30), date(2024, 8, 1),
     "day", "from 30 Jul to 1 Aug 2024"),
    ("Trade collapsed in the late 1980s.", "198X", date(1980, 1, 1), date(1989, 12, 31), "decade", "late 1980s"),
    ("In early 1990s, trade grew.", "199X", date(1990, 1, 1), date(1999, 12, 31), "decade", "early 1990s"),
])
def test_absolute_dates(text, edtf, start, end, precision, words):
    mention = only(text)
    check(mention, edtf, start, end, precision)
    assert text[mention.char_start:mention.char_end] == words
    assert not mention.relative


def test_two_years_after_a_preposition():
    assert [m.edtf for m in find_dates("It held a seat on the Council in 2022 and 2023.")] == ["2022", "2023"]


def test_dates_come_in_order_without_the_years_inside_them():
    text = "Albania recognised it on 12 July 2006, and relations were established in August 2006."
    assert [m.edtf for m in find_dates(text)] == ["2006-07-12", "2006-08"]


@pytest.mark.parametrize("text", [
    "In that year, 28% of all asylum seekers came from Albania.",
    "Some 20,000 tourists visited, among them some 3,500 Finns.",
    "Trade amounted to US$128.1 million.",
    "Finland granted a loan of 50 million marks.",
    "The embassy marked the 60th anniversary of relations.",
    "The route carries around 9 million passengers a year.",
    "The community numbered 200 before World War II.",
    "Both governments align their cooperation with the United Nations' Agenda 2030.",
    "A drone flew over a UEFA Euro 2016 qualifying match.",
    "It is a contribution to the Kenya Vision 2030 development blueprint.",
    "Ruto supported the Kenyan team at the 2016 Summer Olympics.",
    "The leaders met before the 2004 summit.",
    "They signed copies of the 1920 act of recognition.",
    "Fighting lasted from 3 to 5 days.",
    "Albania won the match 3–1.",
])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == []


ANCHOR_DAY = parse_edtf("2009-04-27")
ANCHOR_YEAR = parse_edtf("2016")


@pytest.mark.parametrize("text, anchor, edtf, precision, words", [
    ("The same year, Germany added Albania to its list.", ANCHOR_YEAR, "2016", "year", "The same year"),
    ("The court annulled it that year.", ANCHOR_DAY, "2009", "year", "that year"),
    ("The following year, they signed an agreement.", ANCHOR_YEAR, "2017", "year", "The following year"),
    ("The court annulled it the next year.", ANCHOR_DAY, "2010", "year", "the next year"),
    ("A year later, the embassy opened.", ANCHOR_YEAR, "2017", "year", "A year later"),
    ("Two years later, he returned.", ANCHOR_YEAR, "2018", "year", "Two years later"),
    ("Three years later, his successor visited.", ANCHOR_YEAR, "2019", "year", "Three years later"),
    ("Ten years later, relations were restored.", ANCHOR_YEAR, "2026", "year", "Ten years later"),
    ("12 years later, relations were restored.", ANCHOR_YEAR, "2028", "year", "12 years later"),
    ("A month later, Rama came to Belgrade.", ANCHOR_DAY, "2009-05", "month", "A month later"),
    ("The prime ministers met again later that month.", ANCHOR_DAY, "2009-04", "month", "later that month"),
    ("He visited Tirana in January the following year.", ANCHOR_YEAR, "2017-01", "month", "January the following year"),
    ("He returned on 24 June.", ANCHOR_DAY, "2009-06-24", "day", "24 June"),
    ("On June 24, he returned.", ANCHOR_YEAR, "2016-06-24", "day", "June 24"),
    ("The embassy reopened in May.", ANCHOR_DAY, "2009-05", "month", "May"),
    ("In early March, the envoys met.", ANCHOR_YEAR, "2016-03", "month", "early March"),
    ("The ministers met from 2 to 5 May.", ANCHOR_YEAR, "2016-05-02/2016-05-05", "day", "from 2 to 5 May"),
    ("In October of that year, a treaty followed.", ANCHOR_YEAR, "2016-10", "month", "October of that year"),
    ("It came into force on 20 December of the same year.", ANCHOR_DAY, "2009-12-20", "day", "20 December of the same year"),
    ("A protocol was signed on 8 February that year.", ANCHOR_YEAR, "2016-02-08", "day", "8 February that year"),
    ("It entered into force in August of the following year.", ANCHOR_YEAR, "2017-08", "month", "August of the following year"),
    ("By the end of the year, the army had withdrawn.", ANCHOR_DAY, "2009", "year", "the end of the year"),
    ("In the days that followed, the envoy flew to Riga.", ANCHOR_DAY, "2009-04", "month", "In the days that followed"),
    ("Aid arrived in the following days.", ANCHOR_DAY, "2009-04", "month", "in the following days"),
    ("A few weeks earlier, the minister had been in Quito.", ANCHOR_DAY, "2009", "year", "A few weeks earlier"),
    ("That June the consulate closed.", ANCHOR_YEAR, "2016-06", "month", "That June"),
    ("The following March the envoys met.", ANCHOR_DAY, "2010-03", "month", "The following March"),
    ("The following May the envoys met.", ANCHOR_DAY, "2009-05", "month", "The following May"),
    ("The previous December a note was sent.", ANCHOR_DAY, "2008-12", "month", "The previous December"),
    ("The ministry issued a statement that evening.", ANCHOR_DAY, "2009-04-27", "day", "that evening"),
    ("He telephoned his counterpart the same night.", ANCHOR_DAY, "2009-04-27", "day", "the same night"),
    ("The envoys left the next morning.", ANCHOR_DAY, "2009-04-28", "day", "the next morning"),
    ("The legation was closed on the same date.", ANCHOR_DAY, "2009-04-27", "day", "the same date"),
])
def test_relative_dates(text, anchor, edtf, precision, words):
    mention = only(text, anchor)
    assert (mention.edtf, mention.precision, mention.relative) == (edtf, precision, True)
    assert text[mention.char_start:mention.char_end] == words


def test_relative_month_crosses_the_year():
    mention = only("A month later, they met again.", parse_edtf("2014-12-14"))
    check(mention, "2015-01", date(2015, 1, 1), date(2015, 1, 31), "month")


def test_that_date_of_a_yearly_day_is_no_relative_date():
    assert [d.edtf for d in find_dates("Anzac Day has been marked on that date since 1916.", ANCHOR_DAY)] == ["1916"]


def test_relative_dates_need_an_anchor_of_sufficient_precision():
    assert find_dates("The following year, they signed an agreement.") == []
    assert find_dates("A month later, Rama came to Belgrade.", ANCHOR_YEAR) == []
    assert find_dates("Later that month, they met.", parse_edtf("199X")) == []
    assert find_dates("In the days that followed, they met.", ANCHOR_YEAR) == []
    assert find_dates("They spent days there and weeks later.", ANCHOR_DAY) == []


def test_relative_date_uses_the_date_earlier_in_the_sentence():
    found = find_dates("Albania joined NATO in 2009 and applied to the EU the same year.", parse_edtf("1996-03-21"))
    assert [(m.edtf, m.relative) for m in found] == [("2009", False), ("2009", True)]


@pytest.mark.parametrize("value, start, end, precision", [
    ("1976-04-09", date(1976, 4, 9), date(1976, 4, 9), "day"),
    ("2007-10", date(2007, 10, 1), date(2007, 10, 31), "month"),
    ("2008", date(2008, 1, 1), date(2008, 12, 31), "year"),
    ("199X", date(1990, 1, 1), date(1999, 12, 31), "decade"),
    ("1967/1991", date(1967, 1, 1), date(1991, 12, 31), "year"),
    ("2013-11-03/2013-11-05", date(2013, 11, 3), date(2013, 11, 5), "day"),
])
def test_parse_edtf(value, start, end, precision):
    mention = parse_edtf(value)
    check(mention, value, start, end, precision)
    assert (mention.char_start, mention.char_end, mention.relative) == (0, 0, False)


@pytest.mark.parametrize("value", ["2015-21", "2015~", "1990/..", "April 2015"])
def test_parse_edtf_rejects_other_forms(value):
    with pytest.raises(ValueError):
        parse_edtf(value)


def test_found_dates_agree_with_parse_edtf():
    text = "From 3 to 5 November 2013 and in the 1990s, then in February 2016 and on 9 April 1976."
    for mention in find_dates(text):
        assert parse_edtf(mention.edtf) == DateMention(mention.edtf, mention.start, mention.end, mention.precision, 0, 0)


@pytest.mark.parametrize("text, edtfs", [
    ("In 1999, 2000 and 2001, they met.", ["1999", "2000", "2001"]),
    ("1994 saw the first visit.", ["1994"]),
    ("The mission ran from 1998 until 2001.", ["1998/2001"]),
    ("During the First World War (1914–18), the country was occupied.", ["1914/1918"]),
    ("A treaty (1926) followed.", ["1926"]),
    ("It was due by the end of 2016.", ["2016"]),
    ("In the early 2000s, trade grew.", ["200X"]),
    ("2016 Summer Olympics were held in Rio.", []),
    ("They met on 31 February 2019.", []),
])
def test_more_absolute_dates(text, edtfs):
    assert [m.edtf for m in find_dates(text)] == edtfs


def test_relative_days_and_earlier_years():
    assert only("The next day, he left.", ANCHOR_DAY).edtf == "2009-04-28"
    assert only("Two days later, he left.", ANCHOR_DAY).edtf == "2009-04-29"
    assert only("The previous year, talks had failed.", ANCHOR_YEAR).edtf == "2015"
    assert only("Two years earlier, talks had failed.", ANCHOR_YEAR).edtf == "2014"
    assert find_dates("The next day, he left.", ANCHOR_YEAR) == []


def test_a_month_alone_in_brackets_is_a_date_of_the_year_before():
    assert [d.edtf for d in find_dates("2009: A to Oslo (April); B to Ottawa (2 May).")] == ["2009", "2009-04", "2009-05-02"]
    assert find_dates("A ship called May sailed.", ANCHOR_YEAR) == []


@pytest.mark.parametrize("text, expected", [
    ("A decade later it had fallen below US$1 billion.", ["2026"]),
    ("Its own embassy opened two years after that.", ["2018"]),
    ("Five years on, the two met again.", ["2021"]),
    ("Two years before that, they had met.", ["2014"]),
    ("The embassy followed more than a decade later.", []),
    ("The agreement was extended by twenty years on 19 September 1955.", ["1955-09-19"]),
])
def test_decades_and_years_after_that_or_on(text, expected):
    assert [d.edtf for d in find_dates(text, ANCHOR_YEAR)] == expected


def test_a_month_that_labels_an_entry_is_a_date_of_the_year_before():
    assert [d.edtf for d in find_dates("June: Canada barred the leaders of the coup.", ANCHOR_YEAR)] == ["2016-06"]
    assert find_dates("June said that the talks went well.", ANCHOR_YEAR) == []


@pytest.mark.parametrize("text", ["On the 5th of May 1999 they met.", "On 5th May 1999 they met.", "On May 5th, 1999 they met."])
def test_days_written_as_ordinals(text):
    assert [d.edtf for d in find_dates(text)] == ["1999-05-05"]


@pytest.mark.parametrize("text, expected", [
    ("He came on the 9th–10th of April 2018.", ["2018-04-09/2018-04-10"]),
    ("They met from the 3rd to the 5th of May 1999.", ["1999-05-03/1999-05-05"]),
    ("In the August of 2016 the embassy closed.", ["2016-08"]),
    ("It opened in May of 1990.", ["1990-05"]),
    ("It opened in 1990; on the 12th of November of the same year it closed.", ["1990", "1990-11-12"]),
    ("He finished 5th in 1990.", ["1990"]),
])
def test_ordinal_days_in_ranges_and_months_of_a_year(text, expected):
    assert [d.edtf for d in find_dates(text)] == expected


def test_a_year_after_since_is_no_reference_for_what_follows():
    text = "He flew to Oslo on 8 July 2018, the first leader to go there since 1998; the next day he left."
    assert [d.edtf for d in find_dates(text)] == ["2018-07-08", "1998", "2018-07-09"]


def test_at_the_same_time_is_the_date_before():
    assert [d.edtf for d in find_dates("In August 1993 they met; at the same time they signed a declaration.")] == [
        "1993-08", "1993-08"]
    assert find_dates("At the same time, they left.") == []
    anchor = find_dates("In May 2001")[0]
    assert [d.edtf for d in find_dates("At the same time, they left.", anchor)] == ["2001-05"]  # the sentence before's


@pytest.mark.parametrize("text", ["Agreement on air services – 1995", "Agreement on air services | 1995 | Oslo"])
def test_a_year_after_a_dash_or_a_cell_bar_is_a_date(text):
    assert [d.edtf for d in find_dates(text)] == ["1995"]


def test_weeks_are_told_to_their_month():
    assert only("The same week, he left.", ANCHOR_DAY).edtf == "2009-04"
    assert only("Two weeks later, he left.", ANCHOR_DAY).edtf == "2009-05"
    assert only("The same week, he left.", parse_edtf("2009-04")).edtf == "2009-04"
    assert find_dates("The following week, he left.", parse_edtf("2009-04")) == []


def test_relative_date_after_an_interval_counts_from_its_end():
    assert only("The following year, the office closed.", parse_edtf("1967/1991")).edtf == "1992"




def test_a_day_without_year_takes_the_year_stated_earlier_in_the_sentence():
    found = find_dates("Talks opened on 3 March 2004 and ended on 5 April.", ANCHOR_YEAR)
    assert [(m.edtf, m.relative) for m in found] == [("2004-03-03", False), ("2004-04-05", True)]


@pytest.mark.parametrize("text, anchor", [
    ("He returned on 24 June.", None),
    ("He returned on 24 June.", parse_edtf("199X")),
    ("Theresa May visited Warsaw.", ANCHOR_YEAR),
    ("May the talks succeed.", ANCHOR_YEAR),
    ("Jan Smuts wrote to him.", ANCHOR_YEAR),
    ("It was a response to the September 11 attacks.", ANCHOR_YEAR),
    ("They were to meet on 31 June.", ANCHOR_YEAR),
    ("The result was 9, 1976 votes.", None),
])
def test_no_date_without_a_year_or_a_preposition(text, anchor):
    assert find_dates(text, anchor) == []


def test_random_text_never_raises():
    rnd = random.Random(7)
    words = ["in", "on", "from", "to", "between", "and", "the", "following", "same", "that", "year",
             "month", "days", "later", "of", "early", "mid-", "spring", "c.", "(", ")", "–", "-", ",",
             "Sept.", "Apr.", "May", "0", "9", "29", "31", "02", "1999", "2000", "1914–18", "2019-05",
             "1000", "1990s", "two", "a", "99", *MONTHS]
    anchors = [None, parse_edtf("199X"), parse_edtf("1967/1991"), parse_edtf("2000-02-29")]
    for _ in range(3000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12)))
        for anchor in anchors:
            for mention in find_dates(text, anchor):
                assert mention.start <= mention.end


def test_time_is_linear_in_the_text_length():
    def seconds(repeat: int) -> float:
        text = "On 3 March 2004 and on 5 April, from 1990 to 1992, the following year; 9 May " * repeat
        began = time.perf_counter()
        find_dates(text)
        return time.perf_counter() - began

    small, large = min(seconds(1000) for _ in range(3)), min(seconds(8000) for _ in range(3))  # the least noisy of three
    assert large < 8 * 3 * small + 0.05


@pytest.mark.parametrize("text, edtfs", [
    ("During 1950 and 1951 the two navies trained together.", ["1950/1951"]),
    ("The envoy lived in Lisbon from 1961 until his death in 1979.", ["1961/1979"]),
    ("The port was leased from 1905 until its return on 1 July 1997.", ["1905/1997-07-01"]),
    ("The 2011 census counted 4,000 residents, and the next one followed two years later.", ["2011", "2013"]),
    ("The 1990 Games were held in Auckland.", []),
])
def test_spans_and_years_that_open_a_sentence(text, edtfs):
    assert [m.edtf for m in find_dates(text)] == edtfs


@pytest.mark.parametrize("text, edtfs", [
    ("In the 14th century merchants from Ragusa traded in Durrës.", ["1300/1399"]),
    ("Trade was slow, and during the early nineteenth century caravans stopped.", ["1800/1899"]),
    ("Their ties are traced back to an alliance in the fifteenth century.", []),
    ("They declared a partnership for the 21st century.", []),
])
def test_a_century_that_opens_a_clause_is_the_span_of_its_years(text, edtfs):
    found = find_dates(text)
    assert [m.edtf for m in found] == edtfs
    assert all(m.precision == "year" and m.end.year - m.start.year == 99 for m in found)


def test_two_days_apart_joined_by_and_are_not_one_span():
    found = [d.edtf for d in find_dates("The talks were held on 3 and 9 May 2020.")]
    assert "2020-05-09" in found and not any("/" in edtf for edtf in found)


def test_that_evening_of_a_span_of_days_is_its_first_day():
    text = "The king was in Oslo from 9 to 11 May 2021; at the dinner that night he spoke."
    assert [d.edtf for d in find_dates(text)] == ["2021-05-09/2021-05-11", "2021-05-09"]


@pytest.mark.parametrize("text, expected", [
    ("Both countries opened embassies in the course of 1371 (1992–93).", ["1992/1993"]),
    ("On 20 Bahman 1370 (9 February 1992) relations were established.", ["1992-02-09"]),
    ("The siege of 1683 (the second) failed.", ["1683"]),
])
def test_a_year_of_another_calendar_glossed_in_brackets_is_the_gregorian_date(text, expected):
    assert [d.edtf for d in find_dates(text)] == expected


@pytest.mark.parametrize("text, edtfs", [
    ("The king was in Oslo from 9 to 12 March 1965, and a treaty was signed on the last day of the visit.",
     ["1965-03-09/1965-03-12", "1965-03-12"]),
    ("The president arrived on 20 April 2005; on the second day of her visit a memorandum was signed.",
     ["2005-04-20", "2005-04-21"]),
    ("The talks ran on 16–17 May 1996, and on the third day of the talks nothing happened.", ["1996-05-16/1996-05-17"]),
    ("The envoy came in May 1996, and on the second day of the visit he left.", ["1996-05"]),
    # 'on the second day' alone is a day of the stay just dated; before a comma, the date after it says which
    ("The king spent a week in Oslo from 7 April 2016; on the second day a treaty was signed.", ["2016-04-07", "2016-04-08"]),
    ("The king came on 17–19 March 1972. On the last day, 19 March, a treaty was signed.", ["1972-03-17/1972-03-19", "1972-03-19"]),
    ("The king came on 17 March 1972. On the second day of school nothing happened.", ["1972-03-17"]),
])
def test_a_day_of_a_dated_stay_counts_from_its_dates(text, edtfs):
    assert [d.edtf for d in find_dates(text)] == edtfs


def test_a_day_of_a_stay_in_apposition_to_a_date_is_that_date():
    text = "The king came on 19–21 May 2009. A treaty was concluded on 20 May 2009, the second day of the visit."
    assert [d.edtf for d in find_dates(text)] == ["2009-05-19/2009-05-21", "2009-05-20"]


@pytest.mark.parametrize("text, edtfs", [
    ("In 2022 he came. One year later, the premier paid a visit and met the king on 9 January 2023.", ["2022", "2023-01-09"]),
    ("In 2022 he came. The minister returned the visit the next year, and on 9 January 2023 a treaty was signed.",
     ["2022", "2023", "2023-01-09"]),
])
def test_a_relative_date_restated_by_a_day_in_its_clause_is_that_day(text, edtfs):
    assert [d.edtf for d in find_dates(text)] == edtfs


def test_a_year_that_relations_go_back_to_is_a_date():
    assert [d.edtf for d in find_dates("Relations go back to 1902, when a legation opened.")] == ["1902"]


def test_a_month_takes_the_common_era_year_glossed_in_brackets_after_another_calendars():
    found = find_dates("They came in May B.E. 2506 (1963) and again in 1964.", parse_edtf("1955"))
    assert [d.edtf for d in found] == ["1963-05", "1964"]


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # counted from the date of the clause before, in the same sentence
    ("Ana Lima took up the post in July 2008, and two months after her arrival Norway reopened its embassy.",
     "2001", ["2008-07", "2008-09"]),
    # in the clause of a date of its own, the expression glosses that date
    ("In 2001, ten years after the collapse of the union, the two signed a treaty.", "1990", ["2001"]),
    ("Erik Lund paid a return visit three years after the king's trip, in 1998.", "1990", ["1998"]),
    ("26 May: Erik Lund, three days after becoming foreign minister, flew to Oslo.", "2022", ["2022-05-26"]),
    # with no date before it in the sentence, and no event told, it has no date
    ("A month after the separatist was arrested, the courts refused his extradition.", "2023-05", []),
    # a span of time is no date
    ("The troops held the field for ten days before withdrawing.", "2012-04-10", []),
])
def test_a_time_after_an_event_counts_from_that_event(text, anchor, expected):
    assert [d.edtf for d in find_dates(text, parse_edtf(anchor))] == expected


def test_a_time_after_an_event_counts_from_the_date_the_caller_knows_for_it():
    known = {"relations began": parse_edtf("1953-04-06")}
    found = find_dates("Norway opened an embassy, eight years after relations began.", parse_edtf("1958"), known.get)
    assert [d.edtf for d in found] == ["1961"]


def test_a_time_after_an_unknown_event_leaves_the_next_expression_its_reference():
    text = "The office was raised to an embassy two months after independence, and ours opened two years after that."
    assert [d.edtf for d in find_dates(text, parse_edtf("1975-03"))] == ["1977"]
