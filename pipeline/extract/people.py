"""People and their titles: "Israeli President Isaac Herzog", "then-Minister of Foreign Affairs".

A title is read into one of the SPEC's visitor roles by the table ``pipeline/lexicon/titles.csv``
(id, phrase, role), matched on lemmas; where several rows match, the first row wins (a
"Minister of State for External Affairs" is a junior minister, not the foreign minister; a
"Deputy President" is not the head of state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from pipeline.extract.countries import resolve_country
from pipeline.lexicon import PhraseMatcher, load_table

TITLES = load_table("titles", required=("phrase", "role"))
_TITLE_MATCHER = PhraseMatcher([(row["id"], row["phrase"]) for row in TITLES])
_RANKED_ROLES = {row["id"]: (rank, row["role"]) for rank, row in enumerate(TITLES)}
_COUNTRY_OF_TITLE = {row["id"]: row["country"] for row in TITLES if row["country"]}
LEGISLATURE = "(?:" + "|".join(
    row["phrase"].split("... ", 1)[1] for row in TITLES if row["id"].startswith("president-of-")) + ")"
"""The legislatures whose presiding officer is a president ('President of the Storting')."""
LEGISLATURE_FIRST_RE = re.compile(rf"\b(?i:{LEGISLATURE})\s+(?=(?i:president|speaker)\b)")
"""'the Storting president': the legislature named before the title."""

_UPPER = r"[^\W\d_a-z]"  # an upper-case letter, accented ones included (Össur, Đukanović)
_JOINED = r"(?:(?:al|el|ad|as|ash|ud|ul)-|d['’])"
_CAP = rf"(?:[ʻʼ]?{_UPPER}[\w'’.-]*|{_UPPER}\.|{_JOINED}{_UPPER}[\w'’.-]*)"
"""A word of a name: capitalised ('Abe'), an initial, an ʻokina first ('ʻAkilisi'), an article joined ('al-Maliki')."""
_PARTICLE = r"(?:da|das|de|do|dos|e|del|van|von|der|den|ter|ten|zu|af|bin|bint|ibn|ben|arap|al|el|la|le|di)"
NAME = rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)*{_CAP}){{0,5}}"
_UPPER_WORD = r"(?-i:[A-Z]\w+)"
_PORTFOLIOS = load_table("portfolios", required=("word", "kind"))


def _words_of(kind: str) -> str:
    return "|".join(re.escape(row["word"]) for row in _PORTFOLIOS if row["kind"] == kind)


_PORTFOLIO = rf"(?:(?:{_words_of('modifier')})\s+)?(?:{_words_of('field')})(?:\s+(?:{_words_of('suffix')}))?"
"""A minister's field ('Foreign Affairs', 'Fisheries'): words of portfolios.csv."""
_PORTFOLIOS_LISTED = rf"{_PORTFOLIO}(?:, {_PORTFOLIO})*(?:,? and {_PORTFOLIO})?"
"""'Trade, Industry and Energy': one minister's fields."""
TITLE_WORDS = (
    r"(?i:(?:(?:then|former)[- ])?(?:(?:acting|interim)[- ])?(?:(?:deputy|vice)[- ])?"
    rf"(?:{LEGISLATURE} (?:president|speaker)|general secretary|first secretary|secretary[- ]general|(?-i:General|Marshal|Colonel|Commodore|Admiral|Brigadier|PM|FM|VP|Pres\.|Chanc\.|Sec\. of (?:State|Homeland Security|the Treasury|[A-Z]\w+))|prime minister(?: for {_PORTFOLIO})?|foreign minister|foreign secretary|chancellor|premier|taoiseach|king|queen|emperor|empress|emir|sultan|"
    r"chair(?:man|woman) of the (?:council of ministers|presidium|council of state|state council|presidency|standing committee|national assembly)|"
    r"(?:crown )?prince(?:ss)?|captains? regent|grand duke|grand duchess|first lady|first gentleman|state counsell?or|governor(?:[- ]general)?|(?:lord )?mayor|chief minister|commander(?:[- ]in[- ]chief)?|chief of (?:the )?(?:general )?staff|"
    rf"(?:speaker|president) of (?:the )?(?:(?-i:[A-Z]\w+) )?{LEGISLATURE}(?: of (?:the )?(?-i:[A-Z]\w+))?|"
    r"speaker|(?:commission )?president|"
    rf"secretary of state|secretary of (?:the )?{_PORTFOLIO}|external affairs minister|head of (?:the (?-i:[A-Z]\w+) )?(?:state|government)|"
    rf"(?:state )?minister(?:(?: of state| responsible)?(?: (?:of|for) (?:the )?{_PORTFOLIOS_LISTED})| of state| responsible)?|"
    r"(?-i:(?!The )[A-Z]\w+ )?minister))(?:-elect)?"
)
_WORD_START = r"\b(?=\w)"
"""Where a title begins. Tested first, it spares the scan the long list of titles at every other
position, the ends of words included: the patterns that look for a title anywhere run twice as fast."""
TITLED_NAME_RE = re.compile(rf"{_WORD_START}(?<!\bbin\s)(?<!\bibn\s)(?<!\bbint\s)(?P<title>{TITLE_WORDS})(?P<plural>s)?\s+(?P<name>{NAME})")
"""'President A B'; not the 'Sultan' of 'Zayed bin Sultan Al Nahyan', a name's part."""
_TITLE_ONLY_RE = re.compile(rf"{TITLE_WORDS}$", re.I)
"""A 'name' that is only a title's words."""
TITLE_START_RE = re.compile(rf"{_WORD_START}{TITLE_WORDS}")
"""The first title of a text. Every pattern of a person but SECRETARY_RE needs a title at the start
of a word: most sentences name none, and are spared them all."""
AND_NAME_RE = re.compile(rf"\s+and\s+(?P<name>{NAME})")
TITLE_COMMA_NAME_RE = re.compile(rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|['’]s\s+)(?:[\w-]+\s+){{0,2}}?(?P<title>{TITLE_WORDS}(?: (?:of|for) (?:the )?(?-i:[A-Z][\w'’]*)(?: (?:and |of (?:the )?)?(?-i:[A-Z][\w'’]*)){{0,3}})?),\s+(?P<name>{NAME})[,.]")
"""'Djibouti's new foreign minister, A B,'; 'the Crown Prince of Abu Dhabi, A B.'; 'The First Secretary of the Workers' Party, A B,';
'The Minister of Foreign Affairs of the Republic of Belarus, A B,'"""
TITLE_WAS_NAME_RE = re.compile(rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|['’]s\s+)(?:[\w-]+\s+){{0,2}}?(?P<title>{TITLE_WORDS})\s+(?:at\s+the\s+time\s+|then\s+|by\s+then\s+)?was\s+(?P<name>{NAME})")
"""'C's foreign minister at the time was A B': the office, then who held it."""
TITLES_COMMA_NAMES_RE = re.compile(rf"\b[Tt]he\s+(?:two\s+)?(?P<title>{TITLE_WORDS})s,\s+(?P<first>{NAME})\s+and\s+(?P<second>{NAME}),")
"""'The foreign ministers, A and B, signed ...': one title for both."""
_SECRETARY = rf"(?i:(?:cabinet )?secretary (?:of|for) (?:the )?{_PORTFOLIO}|{_PORTFOLIO} secretary)"
SECRETARY_RE = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+|['’]s\s+)(?:[\w-]+\s+){{0,2}}?(?P<title>{_SECRETARY}),\s+(?P<name>{NAME})[,.]"
    rf"|(?P<named>{NAME}),\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?P<office>{_SECRETARY})[,.]")
"""'The labour secretary, A B,'; 'A B, the Kenyan cabinet secretary for energy,': a secretary heading a
department (kept out of TITLE_WORDS, which every title pattern tries at every word)."""
LONG_MINISTER_RE = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|['’]s\s+)(?:(?!(?:Prime|Chief|First)\s)(?-i:[A-Z]\w+)\s+)?"
    rf"(?P<title>(?:(?:[Aa]cting|[Dd]eputy|[Ss]tate)\s+)?[Mm]inister\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:(?:,\s+|\s+and\s+|\s+(?:of|for|the)\s+|\s+){_CAP}){{0,8}}),\s+(?P<name>{NAME})[,.]")
"""'the Minister of Trade, Industry and Tourism, A B,': a title that lists its portfolios."""
APPOSITIVE_RE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:(?:now|by then|later|newly|(?:re-)?elected)\s+)?(?:the\s+)?"
    rf"(?:(?:first|new|outgoing|incoming)\s+)?(?:(?-i:[A-Z][\w-]+)\s+and\s+|(?P<qualifier>(?-i:[A-Z][a-z]+))\s+(?=[a-z])|(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?=[a-z]))?"
    rf"(?P<title>{TITLE_WORDS}(?: of (?:the )?\w+(?: (?:of )?(?:the )?[A-Z][\w'’]+){{0,3}}| of the [a-z]+ (?:republic|kingdom|country|nation|state|government)|(?<=inister) (?:for|of) [a-z][a-z -]{{2,60}}?)?)(?:\s+(?:in|since) [^,;]{{1,30}}|\s+and\s+(?P<second>[^,;]{{1,40}}))?[,.]")
"""'A, now President of Angola,'; 'A, by then President of the Council of State,'; 'A, elected president of C in 2024,';
'A, Jordan's foreign minister,'; 'A, the UAE's vice-president and prime minister,' (the higher office held, not one to come: 'president-elect');
'A, the minister for international development cooperation and foreign trade,'."""
LEADERS = ("head_of_state", "head_of_government")
OFFICES = ("head_of_government", "foreign_minister", "minister")
"""Offices that a prince or a general may hold: what an article names him by when it says so."""
TRIP_AS_TITLE_RE = re.compile(
    rf"(?P<name>{NAME})\s+[^.;]{{0,60}}?\b(?:his|her)\s+(?:[\w-]+\s+){{0,3}}(?:visit|trip|journey|tour)s?\s+(?:abroad\s+)?as\s+(?:the\s+)?(?:new\s+)?"
    rf"(?P<title>{TITLE_WORDS}(?: of (?-i:[A-Z]\w+))?)")
"""'A chose C for his first state visit as president of Uzbekistan': the office the trip was made in."""
TRIP_AS_RE = re.compile(r"\b(?:visit|trip|journey|tour)s?\s+(?:abroad\s+)?as\s")
"""Where TRIP_AS_TITLE_RE can match: a cheap search before it."""
AS_TITLE_RE = re.compile(rf"(?<![a-z]ed )(?P<name>{NAME})(?:,[^,;]{{0,60}},)?(?:\s+(?:visited|toured)(?:\s+[A-Z][\w'’-]*){{1,3}})?"
                         rf"\s+as\s+(?:the\s+)?(?:new\s+)?(?P<title>{TITLE_WORDS}(?: of (?-i:[A-Z]\w+))?)")
"""'A, the son of immigrants, as president of Peru', 'A visited C as premier of D'; not 'visited C as premier'."""
AS_RE = re.compile(r"\sas\s")
"""Where AS_TITLE_RE can match: a cheap search before it."""
BECAME_RE = re.compile(
    rf"(?P<name>{NAME})\s+(?:became|was)\s+(?:the\s+)?(?:(?:first|only|last)\s+)?(?P<country>{_UPPER_WORD})(?:['’]s)?\s+(?P<title>{TITLE_WORDS})")
"""'A became the Mexican president', 'A was the first Mexican president to ...'."""
FIRST_TO_BE_RE = re.compile(
    rf"\b[Tt]he\s+(?:first|only|last)\s+(?P<country>{_UPPER_WORD})\s+(?P<title>{TITLE_WORDS})\s+to\s+[^,;]{{1,60}}?\s+was\s+(?P<name>{NAME})")
"""'The first Brazilian head of state to visit Mexico was A': the same, told the other way round."""
BECAME_OF_RE = re.compile(rf"(?P<name>{NAME})(?:,[^;]{{0,80}}?,)?\s+became\s+(?:the\s+)?(?:new\s+)?(?P<title>{TITLE_WORDS} of (?:the )?(?-i:[A-Z]\w+)(?: (?-i:[A-Z]\w+))?)")
"""'A B, who had been minister, became president of Colombia'."""
WHO_BECAME_RE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:who\s+(?:had\s+)?(?:just\s+)?(?:became|become)|(?:(?:[\w-]+\s+(?:days?|weeks?|months?)|shortly|soon|just)\s+)?after\s+becoming)"
    rf"\s+(?:the\s+)?(?:new\s+)?(?P<title>{TITLE_WORDS})\b")
"""'A, who became prime minister in July 2009,'; 'A, three days after becoming foreign minister,'."""
WAS_TITLE_RE = re.compile(
    rf"(?P<name>{NAME})\s+(?:was|had\s+been)\s+(?:then\s+|by\s+then\s+|at\s+the\s+time\s+)?(?:the\s+)?(?:(?:federal|new)\s+)?(?P<title>{TITLE_WORDS})(?=[,.;]|\s+(?:and|since|at)\b)")
"""'Van der Bellen was the federal president.', 'Babiš had been prime minister since 2017': a title told after the person's acts."""
WAS_A_TITLE_RE = re.compile(
    rf"\b(?:was|been)\s+(?:then\s+|by\s+then\s+|at\s+the\s+time\s+)?(?:the\s+)?(?:(?:federal|new)\s+)?{TITLE_WORDS}(?=[,.;]|\s+(?:and|since|at)\b)")
"""Where WAS_TITLE_RE can match: its title after 'was' or 'been', found before its name is looked for."""
FORMAL_STATE = (r"(?:(?:Federal|Democratic|Islamic|Socialist|People's|United|Federative)\s+)*"
                r"(?:Republic|Kingdom|State|Sultanate|Principality|Federation|Emirate|Commonwealth)\s+of\s+(?:the\s+)?")
"""The formal words before a state's name in a title: 'the Republic of', 'the Federal Democratic Republic of'."""
TITLE_OF_COUNTRY_RE = re.compile(rf"{_WORD_START}(?P<title>{TITLE_WORDS}) of (?:the )?(?:[a-z]+ )?(?P<formal>{FORMAL_STATE})?(?P<rest>{NAME})")
"""'President of Botswana Mokgweetsi Masisi', 'President of the Republic of Türkiye A B': the words
that name a country belong to the title."""
MAX_COUNTRY_WORDS = 3
PORTFOLIO_AFTER_RE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")
"""A capitalised word followed by 'for <Portfolio>' is part of a title, not a name."""
NOT_PERSON_RE = re.compile(r"\b(Forces|Army|Ministry|Cabinet|University|Union|Council|Commission|Assembly|Parliament|Government|Palace|Summit|Forum|Conference|State|Province|Region|Airport|Islands?|District|Territory|Bank|Company|Corporation|Agency|Embassy|Committee|Movement|Court|Front|Party|League|Alliance|Federation|Organi[sz]ation|Institute|Fund|Foundation|Association|Authority|Secretariat|Programme)\b")
STOP_WORDS = {"In", "On", "The", "During", "After", "Before", "Both", "From", "Since", "At", "He", "She", "They", "It",
              "Many", "Several", "Multiple", "Numerous", "Various", "Other", "Some", "Most", "All", "Each", "Every",
              "Such", "These", "Those", "This", "That", "Further", "Subsequent", "Later", "Earlier", "Under", "With",
              "Between", "Following", "Through", "For", "Of", "As", "When", "While", "Unlike", "Despite", "Until",
              "Within", "Among", "Against", "Without", "Upon", "Once", "Although", "Though", "Because", "Then", "And",
              "But", "Yet", "Also", "Their", "His", "Her", "Its", "To", "By", "Having"}
"""Words that open a sentence and are no name: prepositions, pronouns, quantifiers ('Multiple visits')."""


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    start: int
    end: int

    @property
    def surname(self) -> str:
        return surname_of(self.name)


def surname_of(name: str) -> str:
    """The last word of a name, or the word before a regnal number ('Harald' of Harald V)."""
    words = name.split()
    return words[-2] if len(words) > 1 and re.fullmatch(r"[IVXL]+", words[-1]) else words[-1]


@lru_cache(maxsize=1)
def _leading_offices() -> dict[str, list[tuple[int, int, str]]]:
    offices: dict[str, list[tuple[int, int, str]]] = {}
    for row in load_table("leading_offices", required=("iso3", "role", "from_year")):
        offices.setdefault(row["iso3"], []).append((int(row["from_year"]), int(row["until_year"] or 9999), row["role"]))
    return offices


def leader_role(iso3: str, year: int) -> str:
    """The role of a country's leader named without a title: the head of government where the
    prime minister leads (the reviewed table ``leading_offices.csv``), else the head of state."""
    return next((role for first, last, role in _leading_offices().get(iso3, ()) if first <= year <= last), "head_of_state")


@lru_cache(maxsize=1024)
def is_rank(title: str) -> bool:
    """A military rank only ('Commodore', 'General'): it tells no office."""
    found = [m.id for m in _TITLE_MATCHER.find(title.replace("-", " "))]
    return bool(found) and all(f.startswith("military-") for f in found)


def _style_only(title: str | None) -> bool:
    """A rank or a royal style ('General', 'Prince'), which tells no office of government."""
    return bool(title) and (is_rank(title) or role_of(title) == "royalty")


@lru_cache(maxsize=1024)
def role_of(title: str | None) -> str:
    """The SPEC role of a title as written: the first row of titles.csv that it matches (kept:
    articles write the same few titles again and again)."""
    if not title:
        return "other"
    legislature = LEGISLATURE_FIRST_RE.search(title)
    if legislature:  # read as 'president of the Storting'
        title = f"{title[legislature.end():]} of {legislature.group().strip()}"
    found = [_RANKED_ROLES[m.id] for m in _TITLE_MATCHER.find(title.replace("-", " "))]
    return min(found)[1] if found else "other"


@lru_cache(maxsize=1024)
def country_of_title(title: str | None) -> str | None:
    """The one country whose office a title names ('Taoiseach': IRL), from titles.csv, else None."""
    matches = _TITLE_MATCHER.find(title.replace("-", " ")) if title else []
    return next((_COUNTRY_OF_TITLE[m.id] for m in matches if m.id in _COUNTRY_OF_TITLE), None)


def _clean_name(name: str) -> str:
    words = name.split()
    while words and ((words[-1][0].islower() and not re.match(_JOINED, words[-1])) or words[-1].rstrip(".") in STOP_WORDS):
        words.pop()
    return " ".join(words).rstrip(".,").removesuffix("’s").removesuffix("'s")


def _is_name(name: str) -> bool:
    return bool(name) and name.split()[0] not in STOP_WORDS and name.lstrip("ʻʼ")[:1].isupper() and not re.fullmatch(_PORTFOLIO, name)


def _after_country(match: re.Match) -> Person | None:
    """The person of 'President of Botswana Mokgweetsi Masisi', if a country opens the words."""
    words = match["rest"].split()
    for size in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        if resolve_country(" ".join(words[:size])):
            name = _clean_name(" ".join(words[size:]))
            title = match.string[match.start(): match.start("rest")] + " ".join(words[:size])
            if _is_name(name) and not NOT_PERSON_RE.search(name):
                start = match.start("rest") + match["rest"].index(words[size])
                return Person(name, title, match.start(), start + len(name))
    return None


def titled_people(text: str) -> list[Person]:
    """People written with a title before or after their name, in text order."""
    return list(_titled_people(text))


def _add_secretaries(text: str, people: list[Person]) -> None:
    """'The labour secretary, A B,': the secretaries of departments not among `people` yet."""
    for match in SECRETARY_RE.finditer(text) if "ecretary" in text else ():
        name, at = _clean_name(match["name"] or match["named"]), match.start("name" if match["name"] else "named")
        if _is_name(name) and not any(p.start <= at < p.end for p in people):
            people.append(Person(name, match["title"] or match["office"], min(at, match.start("title" if match["title"] else "office")), at + len(name)))


@lru_cache(maxsize=4096)
def _titled_people(text: str) -> tuple[Person, ...]:
    people: list[Person] = []
    first_title = TITLE_START_RE.search(text)
    if first_title is None:
        _add_secretaries(text, people)
        return tuple(sorted(people, key=lambda p: p.start))
    for match in TITLED_NAME_RE.finditer(text, first_title.start()):
        name = _clean_name(match["name"])
        of_portfolio = PORTFOLIO_AFTER_RE.match(text, match.start("name") + len(name))  # 'Minister Delegate for Trade'
        if _is_name(name) and not of_portfolio and not _TITLE_ONLY_RE.match(name):
            people.append(Person(name, match["title"], match.start(), match.start("name") + len(name)))
            second = AND_NAME_RE.match(text, match.start("name") + len(name)) if match["plural"] else None
            if second and _is_name(_clean_name(second["name"])):  # "Presidents A and B"
                people.append(Person(_clean_name(second["name"]), match["title"], second.start("name"),
                                     second.start("name") + len(_clean_name(second["name"]))))
    for match in TITLE_OF_COUNTRY_RE.finditer(text) if " of " in text else ():
        person = _after_country(match)
        if person and not any(p.start <= person.start < p.end for p in people):
            people.append(person)
    # "the Minister of Trade, Industry and Tourism, A B,"; "Djibouti's new foreign minister, A B,"
    long_minister = LONG_MINISTER_RE.finditer(text) if "inister" in text else ()
    title_comma_name = TITLE_COMMA_NAME_RE.finditer(text) if "," in text else ()
    title_was_name = TITLE_WAS_NAME_RE.finditer(text) if " was " in text else ()
    for match in chain(long_minister, title_comma_name, title_was_name):
        name = _clean_name(match["name"])
        styled = [i for i, p in enumerate(people) if p.start == match.start("name") and _style_only(p.title)]
        if styled and role_of(match["title"]) in OFFICES:  # 'the foreign minister, Prince A,': the office he held
            people[styled[0]] = replace(people[styled[0]], title=match["title"])
        elif _is_name(name) and not any(p.start <= match.start("name") < p.end for p in people):
            people.append(Person(name, match["title"], match.start("title"), match.start("name") + len(name)))
    for match in TITLES_COMMA_NAMES_RE.finditer(text) if "s, " in text else ():
        for group in ("first", "second"):
            name = _clean_name(match[group])
            if _is_name(name) and not any(p.start <= match.start(group) < p.end for p in people):
                people.append(Person(name, match["title"], match.start(group), match.start(group) + len(name)))
    _add_secretaries(text, people)
    became_title = BECAME_RE.finditer(text) if "became" in text or "was" in text else ()
    first_to_be = FIRST_TO_BE_RE.finditer(text) if "first" in text or "only" in text or "last" in text else ()
    for match in chain(became_title, first_to_be):
        name, at = _clean_name(match["name"]), match.start("name")
        if _is_name(name) and not any(p.start <= at < p.end for p in people):
            end = max(at + len(name), match.end("title"))  # the name, or the title, whichever is told last
            people.append(Person(name, f"{match['country']} {match['title']}", match.start(), end))
    # "A B, ..., became president of C"; "A B, who became prime minister in July 2009, ..."; "A, the son of
    # immigrants, as president of Peru": a full name, its title written after it (each pattern only where its word is)
    became = BECAME_OF_RE.finditer(text) if "became" in text else ()
    who_became = WHO_BECAME_RE.finditer(text) if "beca" in text or "becom" in text else ()
    as_title = AS_TITLE_RE.finditer(text) if AS_RE.search(text) else ()
    trip_as = TRIP_AS_TITLE_RE.finditer(text) if TRIP_AS_RE.search(text) else ()
    was_title = WAS_TITLE_RE.finditer(text) if ("was" in text or "been" in text) and WAS_A_TITLE_RE.search(text) else ()
    for match in chain(became, who_became, as_title, trip_as, was_title):
        name = _clean_name(match["name"])
        if _is_name(name) and len(name.split()) >= 2 and not any(p.start <= match.start("name") < p.end for p in people):
            people.append(Person(name, match["title"], match.start("name"), match.start("name") + len(name)))
    for match in APPOSITIVE_RE.finditer(text) if "," in text else ():
        name = _clean_name(match["name"])
        ranked = [i for i, p in enumerate(people) if name.endswith(p.name) and p.title and is_rank(p.title)]
        if ranked:  # 'General A, commander-in-chief of the army,': the office, not the rank
            people[ranked[0]] = replace(people[ranked[0]], title=match["title"])
        elif _is_name(name) and not any(p.start <= match.start("name") < p.end for p in people):
            second = match["second"] or ""
            title = match["title"]
            if match["qualifier"] and LEGISLATURE_FIRST_RE.match(f"{match['qualifier']} {title}"):
                title = f"{match['qualifier']} {title}"  # 'A, the Storting president,'
            leads = role_of(second) in LEADERS and role_of(title) not in LEADERS and "-elect" not in second
            people.append(Person(name, second if leads else title, match.start(), match.end("title")))
    return tuple(sorted(people, key=lambda p: p.start))
