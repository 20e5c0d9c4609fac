"""Diplomatic posts of the two parties in each other's territory, and non-resident accreditation.

The kinds of post and the words for them are a reviewed table, ``lexicon/mission_kinds.csv``;
this module reads the frames around them:

- noun phrases of infobox ``Mission1``/``Mission2`` lines and bare bullets of a missions
  section: "Albanian embassy, Tel Aviv", "Embassy of Germany in Tirana"; terse items there:
  "X: embassy in C; consulates-general in A and B", "Honorary consulates in A and B.";
- present-tense clauses: "X has an embassy in C, a consulate-general in D and honorary
  consulates (in A and B)", "X maintains a trade office, the House of X, in C";
- a post told in the passive, "X is represented in C by an embassy", and one in an aside,
  "X, besides its embassy in C, maintains consulates in A and B";
- accreditation: "X is accredited to Y from its embassy in C, Z", "X's embassy in C also
  covers Y", "X has an embassy in C, which is also accredited to Y", "X is represented by
  its embassy in C", "X's ambassador to Y is based in C";
- the pair at once: "both countries have embassies in each other's capitals";
- openings told in the past: "X opened an embassy in C in 2005", "X's consulate in C was
  upgraded to an embassy". Such a post stands unless the article closes it later ("closed
  its embassy in C", "but closed it"), or a later opening or a present-tense post of the same
  sender in the same city replaces it (a legation raised to an embassy).

Planned or negated posts ("intended to reopen an embassy", "has no embassy in C") never
count. The sender is the party a clause's subject names ("Enterprise Estonia" → Estonia, "the
City of Bergen" → Norway); the receiver is the other party. A post is kept when it
stands in the receiver's territory, or in a third country when the wording ties it to the
receiver (accreditation, an infobox line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.countries import countries, fold, is_former_country, resolve_country, territories
from pipeline.extract.mentions import PartyMentions, capital, country_pattern
from pipeline.extract.places import lookup_city
from pipeline.extract.sentences import split_sentences
from pipeline.lexicon import load_table
from pipeline.read.article import Article, Block

KINDS = {row["id"]: row for row in load_table("mission_kinds", required=("pattern", "mission_type"))}
"""Kinds of post by id: the words for each (a space also matches a hyphen), its mission_type
and, for a kind that names its sender (an apostolic nunciature), that sender."""


def _kind_regex(pattern: str) -> str:
    return pattern.replace(" ", r"[\s-]+")


KIND = "(?i:" + "|".join(_kind_regex(row["pattern"]) for row in KINDS.values()) + ")"
KIND_RE = re.compile(KIND)
KIND_ID_RE = re.compile("|".join(f"(?P<{kind}>{_kind_regex(row['pattern'])})" for kind, row in KINDS.items()), re.I)

UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
"""Capital letters of the Latin scripts, for names like 'Ålesund' or 'Île-de-France'."""
CAPITALISED = rf"{UPPER}[\w'’-]*"
PARTICLE = r"(?:de|do|da|dos|das|del|della|der|di|du|el|es|al|am|an|la|las|le|les|los|of|sur|upon|on|y|en|aux)"
PLACE = rf"(?:St\.|{CAPITALISED})(?:\s+(?:{PARTICLE}\s+)*{CAPITALISED})*"
PLACE_RE = re.compile(PLACE)
"""A capitalised place name: 'Tel Aviv', 'Port of Spain', 'Santa Cruz de la Sierra'."""
INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
"""A qualifier written after a city like a country is: 'Washington, D.C.'."""
RECEIVER = rf"(?P<receiver>(?:the\s+)?{CAPITALISED}(?:[ -][\w'’-]+)*?)"
PLACE_INTRO = rf"(?:the\s+(?:city|town|port)\s+of\s+|the\s+(?:{CAPITALISED}\s+)?capital(?:\s+city)?,?\s+(?={UPPER}))?"
COUNT = r"one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+"

POST_HEAD = (
    rf"(?:(?i:an?|its|their|the|(?P<none>no)|{COUNT})\s+)?"
    rf"(?:(?i:resident|non-resident|new|own|main|permanent|full|fully[- ]fledged|full-fledged|separate|large|small|{COUNT})\s+)*"
    rf"(?:(?P<adjective>(?!{KIND}){CAPITALISED}(?:\s+(?!{KIND}){CAPITALISED})*)\s+)?"
    rf"(?P<kinds>{KIND}(?:\s*(?:,|\band\b)\s*(?:(?i:an?|{COUNT})\s+)?{KIND})*)"
)
"""The words of a post phrase up to its kinds: 'an embassy', 'its honorary consulates', 'the
Portuguese embassy' (a capitalised word before the kind names the sender)."""
BARE_POST_RE = re.compile(POST_HEAD + r"(?=\s*(?:[,;.]|\band\b|$))")
"""A post phrase that names no place, its city told before it: '(represented in C) by an embassy'."""
POST_RE = re.compile(
    POST_HEAD +
    rf"(?:\s*,\s+(?:the\s+)?{UPPER}[^,]*,|\s*,\s+(?:which|that)\s[^,]*,|\s+\([^()]*\))?"
    rf"(?:\s+to\s+(?P<to>(?:the\s+)?{CAPITALISED}(?:\s+{CAPITALISED})*))?"
    rf"\s+(?:(?:located|based)\s+)?(?:in\s+{PLACE_INTRO}|(?=\(|there\b))"
)
"""One post phrase of a clause's object, up to where its places begin: 'an embassy in ',
'an embassy and a trade office in ', 'a representative office, the House of X, in ', 'assistant high
commissions, which function as consulates, in ', 'a deputy high commission (a consulate-general) in ',
'honorary consulates (' before a list in brackets."""

HAVE = (r"(?:(?:also|now|currently|still)\s+)?(?:has|have|maintains?|operates?|keeps?|runs?)"
        r"(?:\s+(?:also|now|long|still|since|maintained|had|kept|operated))*")
ESTABLISH = (r"(?:(?:also|later|first|then|finally)\s+)?"
             r"(?:re-?)?(?:opened|opens|established|inaugurated|set\s+up|upgraded|raised|elevated|appointed)")
BE = r"(?:is|are|(?:has|have)\s+(?:since\s+|long\s+)?been)\s+(?:also\s+|now\s+)?"
ACCREDITED_VERB = (rf"(?:{BE}(?:accredited|represented)\s+(?:to|in)|(?:also\s+)?covers)"
                   rf"\s+{RECEIVER}\s+(?:from|through|by|via)")
UNNAMED_RECEIVER = r"(?:the|this|that)\s+(?:[a-z]+\s+){1,3}?"
"""The other party named by a common noun: 'the country', 'the islands', 'the kingdom'."""
REPRESENTED_VERB = (rf"{BE}(?:represented|accredited)\s+(?:(?:in|on|to)\s+{UNNAMED_RECEIVER})?(?:by|through|via|from)"
                    rf"|(?:(?:also\s+)?covers|(?:has|have)\s+(?:since\s+)?covered)\s+{UNNAMED_RECEIVER}(?:from|through|by)")
"""'X is represented by its embassy in Z', 'X is represented in the islands by …', 'X has
covered the island from its embassy in Z': by a post of its own, for the other party."""
VERB_RE = re.compile(rf"(?<![\w-])(?:(?P<accredited>{ACCREDITED_VERB})|(?P<represented>{REPRESENTED_VERB})"
                     rf"|(?P<established>{ESTABLISH})|{HAVE})\s+")
"""A verb that can start a clause naming posts; it does when a post phrase follows."""
ASIDE_RE = re.compile(
    r",\s+(?:besides|beside|as\s+well\s+as|in\s+addition\s+to|apart\s+from|alongside|along\s+with)\s+"
    r"(?P<posts>[^,]+?),\s*$")
"""An aside between a subject and its verb that names a post of its own: 'X, besides its
embassy in C, maintains consulates in A and B'."""
LISTING_LEAD_RE = re.compile(r"^(?P<subject>[^:;,.()]{1,60}?):\s+")
"""The sender leading a terse item of a missions section: 'X: embassy in C; consulates in A and B'."""
OFFICIAL_SUBJECT_RE = re.compile(rf"^(?i:the|its|their)\s+(?:{KIND})(?i:er|ers)?$")
"""A subject that is the sender's envoy, standing for the sender named before: 'the high commissioner'."""
UPGRADED_TO = rf"(?:(?:to|into)\s+(?:the\s+(?:rank|status|level)\s+of\s+)?|(?<=became\s))(?:(?:an?|full)\s+)*(?P<upgraded>{KIND})"
"""The new kind of an upgraded post: '… to an embassy', '… to the rank of embassy'."""
UPGRADED_TO_RE = re.compile(rf"\b{UPGRADED_TO}")

POST_SUBJECT_RE = re.compile(
    rf"^(?P<subject>.*?)(?:['’]s)?\s+(?P<kind>{KIND})(?:\s+of\s+(?P<of>(?:the\s+)?{CAPITALISED}(?:\s+{CAPITALISED})*))?"
    rf"\s+in\s+(?P<places>.+?)\s+(?:"
    rf"(?P<accredited>(?:is|are)\s+(?:also\s+)?(?:accredited\s+to|responsible\s+for)|(?:also\s+)?(?:covers|serves))"
    rf"\s+{RECEIVER}(?:[,.;]|\s+(?:and|as|from|since)\b|$)"
    rf"|(?P<established>(?:was\s+|were\s+)?(?:(?:first|officially|formally)\s+)?(?:re-?)?(?:opened|inaugurated|established))\b"
    rf"|(?:(?:was|were)\s+(?:later\s+)?(?:upgraded|raised|elevated|converted|turned)\s+(?:in\s+\d{{4}}\s+)?|became\s+)"
    rf"{UPGRADED_TO})"
)
"""A post as the subject: 'Albania's embassy in Stockholm is also accredited to Iceland',
'The embassy of Norway in Lisbon opened in 2005', 'Its consulate in C became an embassy'."""

POST_SITED_RE = re.compile(
    rf"^(?P<subject>.*?)\s+(?P<kind>{KIND})(?:\s+of\s+(?P<of>(?:the\s+)?{CAPITALISED}(?:\s+{CAPITALISED})*))?"
    rf"\s+(?:also\s+)?(?:operates?|serves?|works?|functions?|exists?"
    rf"|(?:is|are)\s+(?:located|based|open)|(?P<established>(?:was|were)\s+(?:re-?)?(?:opened|established|inaugurated)))"
    rf"\s+in\s+(?P<places>.+)$"
)
"""A post whose verb comes before its place: 'Canadian honorary consuls serve in A and B',
'Further honorary consulates operate in A and B' (the sender of the sentence before), 'A
Hungarian consulate-general was opened in C', 'An honorary consulate of Estonia operates in C'."""
SUBJECT_ASIDE_RE = re.compile(r",\s+(?:for\s+(?:its|their)\s+part|in\s+turn|meanwhile|likewise|similarly|in\s+return),")
"""'Italy, for its part, has ...': an aside that separates a subject from its verb."""
QUALIFIER_RE = re.compile(rf"^(?:(?i:further|other|additional|more|also|{COUNT})\s*)+$")
"""The words before a post that name no sender ('Further honorary consulates')."""
POSTED_ABROAD_RE = re.compile(
    rf"^(?P<subject>.*?)(?:['’]s)?\s+(?:(?:non-)?resident\s+)?(?P<kind>{KIND})\s+to\s+{RECEIVER}\s+"
    rf"(?:(?:is|are)\s+(?:also\s+)?(?:resident|based|located|stationed)|resides|sits)\s+in\s+(?P<places>.+)$"
)
"""'Portugal's ambassador to Norway is based in Stockholm': the post that covers the receiver."""
COVERED_BY_RE = re.compile(
    rf"^{RECEIVER}\s+(?:is|are)\s+(?:also\s+|now\s+)?(?:covered|served)\s+(?:by|from)\s+"
    rf"(?P<subject>.*?)(?:['’]s)?\s+(?P<kind>{KIND})\s+in\s+(?P<places>.+)$"
)
"""'Norway is covered by Portugal's embassy in Stockholm', '… by its embassy in Stockholm'."""
KIND_AFTER_SPACE_RE = re.compile(rf"\s{KIND}")
"""A word for a post after a space, which every pattern of a post as the subject needs."""
THERE_IS_RE = re.compile(rf"^(?i:(?:also|today|currently),?\s+)?(?i:there)\s+(?:is|are)\s+(?:also\s+|now\s+)?(?:an?\s+|(?:{COUNT})\s+)?")
"""'There is a Norwegian embassy in Lisbon': a noun phrase that states a post."""

NOUN_PHRASE_RE = re.compile(
    rf"^(?:(?i:the)\s+)?(?:(?P<kind_of>{KIND})\s+of\s+(?:the\s+)?(?P<country>[^,]+?)"
    rf"|(?P<adjective>{CAPITALISED}(?:\s+{CAPITALISED})*)\s+(?P<kind>{KIND}))"
    rf"(?:\s*,\s*|\s+in\s+){PLACE_INTRO}(?P<places>{UPPER}.*?)\.?$"
)
"""'Albanian embassy, Tel Aviv', 'Embassy of Germany in Tirana', 'Apostolic Nunciature, Tokyo'."""

CLOSE_RE = re.compile(r"\b(?:closed|closes|shut(?:\s+down)?|withdrawn|withdrew|abolished|closure)\b")
LAST_POST_AFTER_RE = re.compile(r"^\s+(?:down\s+)?(?:it|them)\b")
LAST_POST_BEFORE_RE = re.compile(r"(?:\b(?:which|that)\s+(?:was\s+|were\s+)?|\bits\s+)$")
"""A closing word whose object is the post named last: 'but closed it', 'which closed', 'its closure'."""
CLOSED_POST_BEFORE_RE = re.compile(rf"(?P<kind>{KIND})(?:\s+in\s+(?P<places>[^,;]+?))?\s+(?:(?:was|were|had\s+been)\s+)?$")
"""A post as the subject of a closing verb: 'The legation was closed', 'the embassy in C closed'."""

LIST_LEAD_RE = re.compile(
    rf"^(?:(?P<where>{PLACE}|(?:[\w-]+\s+){{0,3}}?(?:cities|towns|places|locations))\s*)?"
    rf"(?P<open>\(\s*(?:in\s+)?|:\s+|,\s+(?:(?:among\s+(?:them|which)|including|notably|namely|of\s+which)\s+"
    rf"(?:(?:those|ones|{COUNT})\s+)?(?:in\s+)?|in\s+))"
)
"""What comes before a list of cities: 'Norway, among them those in ', 'Norway, in ', '(in ', 'five cities: '."""
ANAPHOR_RE = re.compile(
    r"^(?:the\s+(?:same\s+)?(?P<kind>city|town|capital)\b(?!\s+of)|there\b"
    r"|(?P<reciprocal>(?:each\s+other|the\s+other(?:\s+country)?)['’]s?\s+capitals?\b))"
)
SAME_CITY, RECEIVER_CAPITAL, EACH_CAPITAL = "<the city>", "<the capital>", "<each other's capital>"
"""Places a post names by reference: the city named before it, the receiver's capital, and
the capital of each party for the other ('both have embassies in each other's capitals')."""
RECIPROCAL_SUBJECT_RE = re.compile(r"^(?:both|each|the\s+two)\b", re.I)
OTHER_PARTY = "<the other party>"
"""The receiver of a post said to represent its sender without naming whom to."""

ALSO_ACCREDITED_RE = re.compile(rf"\baccredited\s+to\s+{RECEIVER}(?:[,.;]|\s+(?:and|as)\b|$)")
CLAUSE_BOUNDARY_RE = re.compile(r"[,;:]\s+(?:(?:and|while|whereas|but)\s+)?|\s+(?:while|whereas|but)\s+")
AND_RE = re.compile(r"\s+and\s+")
NEGATED_RE = re.compile(r"\b(?:not|never|no longer|to|will|would|could|should|may|might)\s*$")
NOT_CURRENT_RE = re.compile(
    r"\b(?:until|till|formerly|previously|no longer|between\s+\d{4})\b|\bfrom\s+\d{4}\s+(?:to|until)\b"
)
PLACES_END_RE = re.compile(r"\s+(?:since|from|which|that|where|headed|led|as|for|to|until|opened|with)\b|\s+in\s+\d|[;()]")
CITY_STATE_MIN_POPULATION = 100_000
"""A city named like its country that is not its capital must be this big to be the place meant (Hong Kong)."""
PLACE_SEPARATOR_RE = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:in\s+(?:the\s+)?)?|\s+(?:and|or)(?:\s+in)?(?:\s+|$)")
"""Between the places of a list, with the 'in' each may repeat: 'in Tórshavn, in the Faroe Islands, and in Nuuk'."""
CARRIED_SUBJECTS = {"", "it", "its", "they", "their", "the", "the country", "this"}
"""Subjects that stand for the sender named before them."""
GENERIC_NAME_WORDS = {"republic", "kingdom", "united", "states", "islands", "island", "democratic", "federal",
                      "people's", "saint", "north", "south", "east", "west", "new", "central", "equatorial",
                      "arab", "union", "state", "city", "see", "holy", "vatican"}
"""Words of country names that do not tell the country on their own."""
NAMESAKE_MAX_POPULATION = 50_000
"""A town abroad smaller than this, and not a capital, is taken for an unknown namesake in the
receiver when a post is said to stand there ('honorary consulates in A, B and C')."""
PARTY_KEY_RE = re.compile(r"party\s*(?P<n>\d+)", re.I)
PAST_HAVE_RE = re.compile(r"\bhad(?= an? | its )")
"""'Czechoslovakia had an embassy in Cairo': the posts of a country that is gone are told in the
past tense and read as 'has' (a word of the same length, so offsets hold)."""
MISSIONS_HEADING_RE = re.compile(r"mission|embass|diplomatic|consul", re.I)
"""A heading of the section listing the posts ('Resident diplomatic missions')."""
INFOBOX_KEY_RE = re.compile(r"^(?P<kind>mission|(?:honorary\s+)?consulates?(?:[\s-]+general)?)\s*(?P<party>\d*)$", re.I)
"""'Mission1' (noun phrases naming their sender), and lists of one kind of post by the party of
the number: 'Consulates1: Consulate-General of Brazil, Zurich; ...', 'Honorary consulates2: Recife'."""

RESIDENT, ACCREDITED, LISTED, ESTABLISHED = "resident", "accredited", "listed", "established"
"""How a statement ties a post to the receiver: by standing there now ('has an embassy in C'),
by accreditation ('accredited to Y from its embassy in C'), by being listed as one of the
pair's missions (infobox, missions-section noun phrase), or by an opening told in the past
('opened an embassy in C in 2005')."""


@dataclass(frozen=True)
class Mission:
    sending_iso3: str
    receiving_iso3: str
    mission_type: str      # one of MISSION_TYPES
    city: str              # as written in the article
    city_iso3: str         # country where the post stands
    resident: bool         # False where the sender covers the receiver from a third country
    section: str           # Block.section_path, or 'Infobox'
    char_start: int        # offsets in article.text of the sentence, bullet or infobox line
    char_end: int


@dataclass(frozen=True)
class Statement:
    """One post as the words state it, before its countries are resolved."""

    subject: str              # the words naming the sender
    kind: str                 # id in KINDS
    city: str
    city_country: str | None  # ISO3 of an explicit ', Country' after the city
    form: str                 # RESIDENT, ACCREDITED, LISTED or ESTABLISHED
    receiver: str | None = None  # the receiver as the words name it, when they do


@dataclass(frozen=True)
class Closure:
    """A post closed: of a kind and in cities when the words name them, else the last one opened."""

    mission_type: str | None
    cities: tuple[str, ...]
    position: int  # offset in article.text


@dataclass(frozen=True)
class Found:
    mission: Mission
    in_section: bool  # stated in a missions section
    established: bool  # told as an opening, not as a post that stands now


def _kind_id(words: str) -> str:
    return KIND_ID_RE.fullmatch(words).lastgroup


def _mission_type(kind: str) -> str:
    return KINDS[kind]["mission_type"]


def _city_state(name: str, iso3: str) -> bool:
    """A country name that is also its own capital's or main city's name (Singapore, Luxembourg,
    Hong Kong); not a village named after its country."""
    city = lookup_city(name)
    return city is not None and city.iso3 == iso3 and (city.name == capital(iso3) or city.population >= CITY_STATE_MIN_POPULATION)


def _list_body(text: str) -> str:
    """The list of cities without what leads to it: 'Norway, among them those in A and B' → 'A and B'."""
    lead = LIST_LEAD_RE.match(text)
    if not lead:
        return text
    where = lead["where"]
    if where is None:
        return text[lead.end():] if lead["open"].startswith("(") else text
    if resolve_country(where) or where.split()[-1] in ("cities", "towns", "places", "locations"):
        return text[lead.end():]
    return text


def _places(text: str) -> list[tuple[str, str | None]]:
    """Cities of a list ('Oulu, Turku and Vaasa'), each with the country written after it."""
    anaphor = ANAPHOR_RE.match(text)
    if anaphor:
        if anaphor["reciprocal"]:
            return [(EACH_CAPITAL, None)]
        return [(RECEIVER_CAPITAL if anaphor["kind"] == "capital" else SAME_CITY, None)]
    text = _list_body(text)
    end = PLACES_END_RE.search(text)
    text = text[: end.start()] if end else text
    places: list[tuple[str, str | None]] = []
    for token in PLACE_SEPARATOR_RE.split(text.strip(" ,")):
        if places and INITIALS_RE.fullmatch(token):
            places[-1] = (f"{places[-1][0]}, {token.rstrip('.')}.", places[-1][1])  # the stop may close a phrase
            continue
        place = PLACE_RE.match(token)
        if not place:
            break
        name = place.group().rstrip(".")
        country = resolve_country(name)
        if country is None or _city_state(name, country):  # 'Shenyang and Hong Kong': a city, though a territory too
            places.append((name, None))
        elif places and places[-1][1] is None:
            places[-1] = (places[-1][0], country)
        if place.end() < len(token):
            break
    return places


def _statements_of_object(subject: str, text: str, form: str, receiver: str | None) -> list[Statement]:
    """Posts of a clause's object: 'an embassy in C and honorary consulates in A and B'.

    An opening that upgrades a post ('upgraded its consulate in C to an embassy') states the
    new kind of post.
    """
    upgrade = UPGRADED_TO_RE.search(text) if form == ESTABLISHED else None
    text = text[: upgrade.start()] if upgrade else text
    posts = list(POST_RE.finditer(text))
    if not posts or posts[0].start() != 0:
        return []
    also = ALSO_ACCREDITED_RE.search(text)
    if form == RESIDENT and also:
        form, receiver = ACCREDITED, also["receiver"]
    statements = []
    for post, following in zip(posts, posts[1:] + [None]):
        if post["none"]:
            continue
        kinds = [_kind_id(upgrade["upgraded"])] if upgrade else [_kind_id(k.group()) for k in KIND_RE.finditer(post["kinds"])]
        post_form, post_receiver = (ACCREDITED, post["to"]) if post["to"] else (form, receiver)
        places = text[post.end(): following.start() if following else len(text)]
        sender = post["adjective"] or subject
        for city, country in _places(places):
            statements += [Statement(sender, kind, city, country, post_form, post_receiver) for kind in kinds]
    return statements


def _own_subject(words: str, carried: str) -> str:
    """The sender's words of a clause, or the carried ones when it names the sender by a pronoun."""
    words = words.strip()
    unnamed = words.lower() in CARRIED_SUBJECTS or QUALIFIER_RE.match(words) or OFFICIAL_SUBJECT_RE.match(words)
    return carried if unnamed else words


def _post_subject_statements(sentence: str, subject: str) -> list[Statement] | None:
    """Posts of a sentence whose subject is the post itself, or None when it is not one."""
    there_is = THERE_IS_RE.match(sentence)
    if not KIND_AFTER_SPACE_RE.search(sentence):  # the four patterns below all need one: a cheap test first
        return _noun_phrase_statements(sentence[there_is.end():], RESIDENT) if there_is else None
    abroad = POSTED_ABROAD_RE.match(sentence) or COVERED_BY_RE.match(sentence)
    if abroad:
        return [Statement(_own_subject(abroad["subject"], subject), _kind_id(abroad["kind"]), city, country,
                          ACCREDITED, abroad["receiver"]) for city, country in _places(abroad["places"])]
    sited = POST_SITED_RE.match(sentence)
    if sited and not VERB_RE.search(sited["subject"] + " "):
        form = ESTABLISHED if sited["established"] else RESIDENT
        sender = sited["of"] or _own_subject(sited["subject"], subject)
        return [Statement(sender, _kind_id(sited["kind"]), city, country, form) for city, country in _places(sited["places"])]
    if there_is:
        return _noun_phrase_statements(sentence[there_is.end():], RESIDENT)
    match = POST_SUBJECT_RE.match(sentence)
    if not match or VERB_RE.search(match["subject"] + " "):
        return None  # the post is the object of a verb before it: 'X opened its embassy in C …'
    if match["accredited"]:
        form, kind, receiver = ACCREDITED, match["kind"], match["receiver"]
    else:
        form, kind, receiver = ESTABLISHED, match["upgraded"] or match["kind"], None
    sender = match["of"] or _own_subject(match["subject"], subject)
    return [Statement(sender, _kind_id(kind), city, country, form, receiver) for city, country in _places(match["places"])]


def _clause_break(region: str, first: bool) -> tuple[int, int]:
    """Where, in the words before a verb, the clause before ends and the verb's subject begins.

    `region` runs from the previous verb, or from the sentence start when `first`. A bare
    'and' ends a clause only after a first one ('X has … and Y has …'), so that 'X and Y
    have …' keeps both countries in its subject.
    """
    breaks = [*CLAUSE_BOUNDARY_RE.finditer(region), *([] if first else AND_RE.finditer(region))]
    last = max(breaks, key=lambda b: b.end(), default=None)
    if last:
        return last.start(), last.end()
    return (0, 0) if first else (len(region), len(region))


def _sentence_statements(sentence: str, subject: str, listing: bool = False) -> tuple[list[Statement], str]:
    """Posts the parts of a sentence between semicolons name, and the subject carried on.

    In a missions section (`listing`) a part may be a bare post phrase, the sender led by a
    colon or carried from before: 'X: embassy in C; consulates-general in A and B',
    'Honorary consulates in A and B.'
    """
    lead = LISTING_LEAD_RE.match(sentence) if listing else None
    if lead:
        subject, sentence = lead["subject"].strip(), sentence[lead.end():]
    statements: list[Statement] = []
    for part in re.split(r";\s+|,\s+(?:while|whereas)\s+", sentence):
        found, subject = _clause_statements(part, subject)
        if not found and listing and POST_RE.match(part.strip()):
            found = _statements_of_object(subject, part.strip(), RESIDENT, None)
        statements += found
    return statements, subject


def _clause_statements(sentence: str, subject: str) -> tuple[list[Statement], str]:
    """Posts the clauses of a sentence name; `subject` is the sender's words carried from before.

    A clause with no subject of its own ('… and has an honorary consulate in C') takes the
    one before. Returns the statements and the subject to carry on to the next sentence.
    """
    sentence = SUBJECT_ASIDE_RE.sub("", sentence)
    post_subject = _post_subject_statements(sentence, subject)
    if post_subject is not None:
        return post_subject, subject
    verbs = [v for v in VERB_RE.finditer(sentence)
             if POST_RE.match(sentence, v.end()) or _city_before_post(v, sentence)]
    begins = [0, *(v.end() for v in verbs)]
    regions = [sentence[begin: verb.start()] for begin, verb in zip(begins, verbs)]
    asides = [ASIDE_RE.search(region) for region in regions]
    breaks = [_clause_break(region[: aside.start()] if aside else region, i == 0)
              for i, (region, aside) in enumerate(zip(regions, asides))]
    statements: list[Statement] = []
    for i, verb in enumerate(verbs):
        subject_end = begins[i] + asides[i].start() if asides[i] else verb.start()
        subject = _own_subject(sentence[begins[i] + breaks[i][1]: subject_end], subject)
        object_end = begins[i + 1] + breaks[i + 1][0] if i + 1 < len(verbs) else len(sentence)
        words = sentence[verb.end(): object_end]
        if NEGATED_RE.search(sentence, 0, verb.start()) or NOT_CURRENT_RE.search(words):
            continue
        if asides[i]:
            statements += _statements_of_object(subject, asides[i]["posts"], RESIDENT, None)
        city = _city_before_post(verb, sentence)
        if city:
            bare = BARE_POST_RE.match(sentence, verb.end())
            statements += [Statement(subject, _kind_id(k.group()), city, None, RESIDENT)
                           for k in KIND_RE.finditer(bare["kinds"])]
            continue
        form = ACCREDITED if verb["accredited"] or verb["represented"] else ESTABLISHED if verb["established"] else RESIDENT
        receiver = OTHER_PARTY if verb["represented"] else verb["receiver"]
        statements += _statements_of_object(subject, words, form, receiver)
    return statements, subject


def _city_before_post(verb: re.Match, sentence: str) -> str | None:
    """The city of 'X is represented in C by an embassy': the place named before a post
    phrase that names none, when it is a city and not a country."""
    if not verb["accredited"] or POST_RE.match(sentence, verb.end()):
        return None
    bare = BARE_POST_RE.match(sentence, verb.end())
    where = verb["receiver"]
    if not bare or bare["none"] or resolve_country(where) or not PLACE_RE.fullmatch(where):
        return None
    return where


def _noun_phrase_statements(text: str, form: str = LISTED) -> list[Statement]:
    """Posts of a bare noun phrase: 'Albanian embassy, Tel Aviv', 'Embassy of Albania in Cairo'."""
    match = NOUN_PHRASE_RE.match(text.strip())
    if not match:
        return []
    subject = match["country"] or match["adjective"]
    kind = _kind_id(match["kind_of"] or match["kind"])
    return [Statement(subject, kind, city, country, form) for city, country in _places(match["places"])]


def _closures(text: str, offset: int) -> list[Closure]:
    """Posts a sentence closes; `offset` is where the sentence starts in the article."""
    closures = []
    for verb in CLOSE_RE.finditer(text):
        before, after = text[: verb.start()], text[verb.end():]
        if NEGATED_RE.search(before):
            continue  # 'the embassy was never closed'
        post = POST_RE.match(after.lstrip())
        if post:
            places = after.lstrip()[post.end():]
            cities = tuple(city for city, _ in _places(places))
            kind = _mission_type(_kind_id(KIND_RE.search(post["kinds"]).group()))
            if cities:
                closures.append(Closure(kind, cities, offset + verb.start()))
        elif LAST_POST_AFTER_RE.match(after) or LAST_POST_BEFORE_RE.search(before):
            closures.append(Closure(None, (), offset + verb.start()))
        elif named := CLOSED_POST_BEFORE_RE.search(before):
            cities = tuple(city for city, _ in _places(named["places"] or ""))
            closures.append(Closure(_mission_type(_kind_id(named["kind"])), cities, offset + verb.start()))
    return closures


def _stem_named(text: str, parties: tuple[str, str]) -> set[str]:
    """Parties whose name shares a stem with a capitalised word ('Philippine', 'the Korea Agency')."""
    words = re.findall(CAPITALISED, text)
    found = set()
    for iso3 in parties:
        for name_word in re.findall(r"[\w'’]+", countries()[iso3].name):
            if len(name_word) < 4 or name_word.lower() in GENERIC_NAME_WORDS:
                continue
            stem = name_word[: max(4, len(name_word) - 1)]
            if any(word.startswith(stem) for word in words):
                found.add(iso3)
    return found


def _party(text: str, parties: tuple[str, str]) -> str | None:
    """The one party a phrase names: by name or demonym ('Enterprise Estonia' → EST), else by a
    word of its name ('Philippine embassy'), else by one of its cities ('the City of Bergen')."""
    exact = resolve_country(text)
    if exact:
        return exact if exact in parties else None
    named = {iso3 for iso3 in parties if country_pattern(iso3).search(text)}
    if not named:
        named = _stem_named(text, parties) or PartyMentions(parties).named(text)
    return named.pop() if len(named) == 1 else None


def _city_country(city: str, form: str, sender: str, receiver: str, unnamed_receiver: bool = False) -> str | None:
    """Where a post's city stands. A post said to stand (not accredited from afar) in a town the
    gazetteer lacks, or knows only as a small namesake abroad, stands in the receiver; so does
    one in an unknown town by which the sender is represented without naming where ('is
    represented by an honorary consul in C')."""
    found = lookup_city(city, prefer=[receiver, sender])
    if form == ACCREDITED:
        return found.iso3 if found else receiver if unnamed_receiver else None
    if found is None or (found.iso3 not in (sender, receiver) and found.population < NAMESAKE_MAX_POPULATION
                         and capital(found.iso3) != found.name):
        return receiver
    return found.iso3


def _resolve(statement: Statement, parties: tuple[str, str], section: str, start: int, end: int) -> Mission | None:
    """The mission a statement gives, or None when it is not a post of one party for the other.

    A post in the receiver's territory is resident. One in a third country counts only when
    the words tie it to the receiver: accreditation to it, or a listing among the pair's posts.
    """
    sender = _party(statement.subject, parties) or KINDS[statement.kind]["sender"] or None
    if sender not in parties:
        return None
    receiver = parties[1] if sender == parties[0] else parties[0]
    city = capital(receiver) if statement.city == RECEIVER_CAPITAL else statement.city
    if not city:
        return None
    city_iso3 = statement.city_country or _city_country(city, statement.form, sender, receiver,
                                                            statement.receiver == OTHER_PARTY)
    territory = territories().get(city_iso3 or "")
    in_territory = territory is not None and territory["sovereign_iso3"] == receiver  # 'a consulate-general in Nouméa'
    if in_territory and territory["city_country"] == "sovereign":  # an overseas department or a region is part of the state
        city_iso3 = receiver
    if city_iso3 != receiver and not in_territory:
        accredited_here = statement.form == ACCREDITED and (
            statement.receiver == OTHER_PARTY or resolve_country(statement.receiver or "") == receiver)
        if city_iso3 in (None, sender) or not (accredited_here or statement.form == LISTED):
            return None
    return Mission(sender, receiver, _mission_type(statement.kind), city, city_iso3,
                   city_iso3 == receiver or in_territory, section, start, end)


def _infobox_missions(article: Article, parties: tuple[str, str]) -> list[Found]:
    """Posts of the infobox's Mission lines, each with the line's offsets."""
    found = []
    senders = {m["n"]: entry.value for entry in article.infobox if (m := PARTY_KEY_RE.fullmatch(entry.key))}
    for entry in article.infobox:
        key = INFOBOX_KEY_RE.match(entry.key)
        if not key:
            continue
        listed_kind = key["kind"].lower() != "mission"
        for item in entry.value.split(";") if listed_kind else [entry.value]:
            statements = _noun_phrase_statements(item)
            if not statements and listed_kind and key["party"] in senders and item.strip():  # a bare city
                statements = [Statement(senders[key["party"]], _kind_id(key["kind"]), item.strip(), None, LISTED)]
            for statement in statements:
                mission = _resolve(statement, parties, "Infobox", entry.start, entry.end)
                found += [Found(mission, False, False)] if mission else []
    return found


def _each_party(statements: list[Statement], parties: tuple[str, str]) -> list[Statement]:
    """Statements with a post 'in each other's capitals' made one per party, when the subject is
    the pair ('both countries', 'Norway and Portugal', 'each')."""
    result = []
    for statement in statements:
        if statement.city != EACH_CAPITAL:
            result.append(statement)
        elif RECIPROCAL_SUBJECT_RE.match(statement.subject) or all(
                country_pattern(iso3).search(statement.subject) for iso3 in parties):
            result += [Statement(countries()[iso3].name, statement.kind, RECEIVER_CAPITAL, None, RESIDENT)
                       for iso3 in parties]
    return result


def _block_missions(block: Block, parties: tuple[str, str]) -> tuple[list[Found], list[Closure]]:
    """Posts a paragraph or bullet states, and the posts it closes.

    A bullet is one statement, with its own offsets. 'In the city' is the city named last.
    """
    in_section = any(MISSIONS_HEADING_RE.search(heading) for heading in block.section)
    found, closures = [], []
    subject = _heading_sender(block.section[-1], parties) if in_section else ""
    last_city = None
    former = any(is_former_country(iso3) for iso3 in parties)
    for sentence in split_sentences(block.text, block.start):
        text = PAST_HAVE_RE.sub("has", sentence.text) if former else sentence.text
        statements, subject = _sentence_statements(text, subject, in_section)
        if not statements and in_section and block.kind == "bullet":
            statements = _row_statements(sentence.text) or _noun_phrase_statements(sentence.text)
        start, end = (block.start, block.end) if block.kind == "bullet" else (sentence.start, sentence.end)
        for statement in _each_party(statements, parties):
            if statement.city == SAME_CITY:
                if last_city is None:
                    continue
                statement = Statement(statement.subject, statement.kind, last_city, None, statement.form,
                                      statement.receiver)
            last_city = statement.city
            mission = _resolve(statement, parties, block.section_path, start, end)
            found += [Found(mission, in_section, statement.form == ESTABLISHED)] if mission else []
        closures += _closures(sentence.text, sentence.start)
    return found, closures


def _row_statements(row: str) -> list[Statement]:
    """A table row of posts, its cells the sender, the kind and the city in any order, others
    ignored: 'Kazakhstan | Consulate-General | Busan | 2019'."""
    cells = [cell.strip() for cell in row.split(" | ")]
    kinds = [cell for cell in cells if KIND_ID_RE.fullmatch(cell)]
    senders = [cell for cell in cells if resolve_country(cell)]
    places = [cell for cell in cells if PLACE_RE.fullmatch(cell) and cell not in kinds + senders]
    if len(cells) < 3 or len(kinds) != 1 or len(senders) != 1 or len(places) != 1:
        return []
    return [Statement(senders[0], _kind_id(kinds[0]), places[0], None, LISTED)]


def _heading_sender(heading: str, parties: tuple[str, str]) -> str:
    """The party a heading names first: the sender of its untitled posts ('Monegasque missions in
    the United States', 'American representation for Monaco'); '' when it names none."""
    named = [(m.start(), m.group()) for iso3 in parties if (m := country_pattern(iso3).search(heading))]
    return min(named)[1] if named else ""


def _standing(found: list[Found], closures: list[Closure]) -> list[Found]:
    """The posts that did not end: closed later in the text (or in the sentence that names them),
    or openings replaced by a later opening or a standing post of the same sender in the same city."""
    def place(f: Found) -> tuple[str, str]:
        return f.mission.sending_iso3, fold(f.mission.city)

    standing = {place(f) for f in found if not f.established}
    posts = sorted(found, key=lambda f: (f.established, f.mission.char_start))
    ended = {i for i, f in enumerate(posts) if f.established
             and (place(f) in standing or any(place(g) == place(f) for g in posts[i + 1:]))}
    for closure in closures:
        before = [i for i, f in enumerate(posts) if f.mission.char_start <= closure.position
                  and closure.mission_type in (None, f.mission.mission_type)]
        if closure.cities:
            cities = {fold(city) for city in closure.cities}
            ended |= {i for i in before if fold(posts[i].mission.city) in cities}
        elif before:
            ended.add(max(before, key=lambda i: posts[i].mission.char_start))
    return [f for i, f in enumerate(posts) if i not in ended]


def extract_missions(article: Article, parties: tuple[str, str]) -> list[Mission]:
    """Every post of either party accredited to the other, once each, in text order.

    A post named more than once (infobox, lead, missions section) keeps the provenance of
    its first mention in a missions section, else of its first mention.
    """
    found, closures = _infobox_missions(article, parties), []
    for block in article.blocks:
        block_found, block_closures = _block_missions(block, parties)
        found += block_found
        closures += block_closures
    chosen: dict[tuple[str, str, str, str], Found] = {}
    for f in sorted(_standing(found, closures), key=lambda f: f.mission.char_start):
        m = f.mission
        key = (m.sending_iso3, m.receiving_iso3, m.mission_type, fold(m.city))
        if key not in chosen or (f.in_section and not chosen[key].in_section):
            chosen[key] = f
    return sorted((f.mission for f in chosen.values()), key=lambda m: m.char_start)
