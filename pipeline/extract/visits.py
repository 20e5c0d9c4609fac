"""High-level visits: one frame per trip — an official of one party, a travel or hosting
predicate, and a place or host of the other party — wherever the article tells it.

The predicates are data (``pipeline/lexicon/visit_predicates.csv``), matched on lemmas; the
frame of each row says where the visitor and the place are:

- travel, attend, meet, trip: the visitor is the subject ("X travelled to C"), or the person
  after 'by' or the subject that follows a nominal trip ("during a visit to C, X signed");
- host: the visitor is the object ("X hosted Y in C"); hosted: the subject, hosted by the
  person after 'by' or 'of' ("Y was received in C by X", "Y was the guest of X");
- destination: the country chosen follows the verb ("chose C for his first trip abroad");
- return: a place may be named; if not, the trip went to the other party ("returned the visit");
- call: a travel predicate whose object is a person ("X called on Y in C"), unless it asks
  something of them ("called on Y to withdraw");
- joint: two officials act together in a city of one party ("A and B signed ... in C"): the
  one who is not of that party is the visitor.

The place gives the host country; the visitor's country comes from the article's registry of
people (context.py), the demonym of their title, the section heading, or else is the other
party. A meeting in a third country is returned with ``host_iso3`` None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.extract.context import NAME_RE, Known, VisitContext, is_full_name, is_person_name, is_surname, people_in
from pipeline.extract.countries import all_demonyms, fold, resolve_country, territories
from pipeline.extract.dates import ABBREVIATED_MONTHS, MONTHS, ORDINAL_WORDS
from pipeline.extract.event_types import LEADING_SUBORDINATE_RE
from pipeline.extract.destinations import (CHAIRED_BODY_RE, PLACE_RE, city_in, city_of, occasion_in, place_of,
                                          town_after_occasion, town_of_occasion, unknown_town)
from pipeline.extract.people import NAME, STOP_WORDS, TITLE_WORDS, Person, is_rank, leader_role, role_of, surname_of
from pipeline.lexicon import PhraseMatcher, load_table
from pipeline.lexicon.lemmas import is_english_word

PREDICATES = load_table("visit_predicates", required=("phrase", "frame"))
FRAMES = {row["id"]: row["frame"] for row in PREDICATES}
MATCHER = PhraseMatcher([(row["id"], row["phrase"]) for row in PREDICATES])
FIELDS = {row["label"]: row["field"] for row in load_table("visit_fields", required=("label", "field"))}
NEW_TRIP_FRAMES = {"travel", "attend", "trip", "destination", "return", "follow"}
"""Frames that, coordinated after another trip in one clause, tell of a second trip."""
APPOSITIVE_SUBJECT_RE = re.compile(
    rf"(?:(?:On|In|At|During)\s+[^,;]{{1,30}}?\s+|[^,;–—]{{1,30}}\s+[–—]\s+)?(?P<name>{NAME}),\s+(?P<aside>[^,;()]{{1,60}}),\s+(?:[a-z]+\s+){{0,2}}$")
"""A full name with an aside before its predicate, after a fronted time or not ('On D A B, then defence minister, came';
'D – B, sworn in a month earlier, pays')."""
PARTICIPLE_SUBJECT_RE = re.compile(rf"(?:(?:On|In|At|During)\s+[^,;]{{1,30}}?\s+)?(?P<name>{NAME}),\s+$")
"""A full name right before a participle of the trip: 'On D A B, received in C by E, agreed'."""
AS_OFFICE_SUBJECT_RE = re.compile(rf"(?P<name>{NAME}),\s+as\s+(?:the\s+)?(?:new\s+)?(?P<title>[^,;()]{{1,40}}),\s+(?:[a-z]+\s+){{0,2}}$")
"""A subject named with the office it then held: 'Funes, as president, returned the courtesy'."""
OFFICE_ASIDE_RE = re.compile(r"(?:(?:then|by then|now|the)\s+)?(?P<title>[^,]+?)(?:\s+and\s+.*)?$")
"""The office an aside names: 'then defence minister and president-elect' → 'defence minister'."""
PRONOUN_SUCCESSOR_RE = re.compile(r"\b(?:[Hh]is|[Hh]er) (?:successor|predecessor)\b")
"""'Her successor, A, ...': the office of someone named before, by a pronoun."""
WORD_LIST_RE = re.compile(r"\b[a-z]+(?: [a-z]+)?(?:, [a-z]+(?: [a-z]+)?)+,? and\b")
"""A list of common nouns inside a predicate: 'a delegation of senators, officials and business people to C'."""
APPOSED_NAME_RE = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},")
"""A name set off by commas inside a predicate's gap ('her counterpart, A B, in'): no clause break."""
VISIT_NOUN_RE = re.compile(r"\b(?:the|a|an|his|her|their|its|this|that|whose)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""Before 'visit' as a noun ('the state visit of A', 'a visit')."""
VISIT_OF_RE = re.compile(r"\s+of\b")
"""After 'visit' as a noun, its visitor: 'the state visit of A'."""
FOLLOWED_TRIP_RE = re.compile(r"\s*(?:(?:in|on|during|that|the\s+(?:next|following)|a\s+\w+\s+later|\w+\s+(?:days|weeks|months|years)\s+later"
                              r"|with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit)\b|[,.;]|$)")
"""After 'followed' that tells a trip in the steps of the one before: a time, a visit of its own ('followed with a
state visit'), or nothing."""
APPEAL_RE = re.compile(r"^[^.;:]*?\bto\s+(?!the\b|an?\b|[A-Z])[a-z]+")
"""'called on X to withdraw': an appeal, not a call paid on someone."""
PRIVATE = frozenset(row["phrase"] for row in load_table("private_occupations", required=("phrase",)))
"""Occupations of private people: 'the poet A' makes no official visit."""
NO_OFFICIAL = PRIVATE | frozenset(row["phrase"] for row in load_table("named_things", required=("phrase",)))
"""Nouns that introduce a name of no official: private occupations, and things such as ships ('the steamship A B')."""
_ASIDE_OPENERS = r"whose|having|accompanied by|joined by|flanked by"
RELATIVE_RE = re.compile(rf",\s+(?:who|{_ASIDE_OPENERS})\s[^,;]*")
"""', who won the election that month', ', whose friendship with B ...', ', having taken office in May', ', accompanied
by his wife': an aside about a person."""
AGAIN_RE = re.compile(r"^(?:and\s+)?again\b")
"""'..., and again on 24 February 2024': the same trip made once more."""
MAX_GAPPED_SPAN = 70
"""How long a predicate with a gap ('paid ... visit') may be, in characters."""

CONTINUATION_RE = re.compile(
    rf"^(?:and\s+)?(?:(?:in [A-Z][\w -]+?,?\s+)?(?:he|she|they|the (?:royal )?(?:couple|guests?|visitors?)|the (?:[\w-]+\s+)?{TITLE_WORDS})\s+)?(?:then\s+|also\s+)?"
    r"(?:met|held talks|(?:(?:was|were|is|are)\s+)?(?:received|welcomed|hosted|greeted|entertained)|(?:was|were) met|(?:was|were|is) the guest of)\b|^the (?:visit|trip|stay)\b"
    r"|^(?:and\s+)?during (?:his|her|their|the) (?:stay|visit) in\b|^(?:his|her|their) hosts?,"
    r"|^(?:for|to attend|to take part in)\s+the\b"
    r"|^(?:and\s+)?(?:he|she|they)\s+(?:was|were)\s+the\s+first\b[^,;]*?\bto\s+(?:meet|greet)\b")
"""A clause that adds to the visit before it: 'received in C by X' (a list's style), 'and he was the guest of X',
'(flew to C on D) for the signing of ...',
'and during his stay in C the hosts promised ...'."""
SUBJECTLESS_ACT_RE = re.compile(r"(?:and\s+)?(?:on\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+|the\s+next\s+day\s+)?(?:(?:then|also|there)\s+)?"
                                r"(?:signed|agreed|gave|laid|opened|inaugurated|addressed|spoke|discussed)\b")
"""'..., and signed a declaration with B in C', '... and on the 21st signed ...': what the visitor did on the
trip, its subject left out."""
ONWARD_RE = re.compile(r"^(?:and\s+)?(?:he|she|they) then (?:travell?ed|went|flew|continued) (?:on )?to\b")
"""An undated leg within the host country told after the visit: 'he then travelled to C'."""
ADDRESSED_RE = re.compile(r"\b(?:asked|urged|pressed|assured|briefed|thanked)\s+(?:(?:the|his|her)\s+)?$")
"""Verbs of a word said to a person on the trip, face to face: 'asked B for backing', 'urged B to'."""
FOLLOW_UP_MET_RE = re.compile(r"^(?:in (?P<city>[A-Z][\w -]+?),? )?(?P<who>he|she|they|\w+)(?: also)? (?:met|held talks|(?:was|were) (?:received|met|welcomed|greeted|the guests? of))\b", re.I)
RECEIVING_RE = re.compile(rf"^(?:Receiving|Welcoming|Hosting|Greeting) (?:him|her|them),\s+(?P<name>{NAME})")
COUNTERPART_RE = re.compile(r"\bcounterparts?\b")
"""A clause after the trip that names the visitor's counterpart: met, when the clause has no time of its own."""
TITLE_ONLY_RE = re.compile(rf"(?:[Tt]he\s+)?{TITLE_WORDS}")
"""A title alone, no person's name."""
ACTED_WITH_RE = re.compile(r"\b(?:he|she)\s+(?:\w+\s+){0,2}?(?:signed|concluded)\b[^;]*?\bwith\s+[A-Z]")
"""'..., and two days later he signed the treaty with Prime Minister B': whom the visitor acted with on the trip."""
COMPANY_RE = re.compile(rf"\b(?:(?:[Hh]e|[Ss]he) and|[Tt]ogether with) (?P<name>{NAME})")
MET_LIST_RE = re.compile(
    r"\b(?:(?:hosted|welcomed|received|greeted|met)(?: there| (?:in|at|to) (?:the )?(?:[a-z]+ )?[A-Z][\w-]+(?: (?:(?:de|du|of)(?: la| the)? )?[A-Z][\w-]+)*(?: airport)?| at the [a-z]+(?: [a-z]+)?(?: (?:in|of) [A-Z][\w-]+(?: [A-Z][\w-]+)*)?)?(?: (?:from|on) [^,;()]{1,30}?)? by|met(?: with)?|meets|greet(?:ed)?|to (?:tell|inform|brief|consult|meet)|talks with|call(?:ed)? on|(?:granted |given )?an audience (?:with|by)|embraced|joining|alongside|beside|guests? of|co-(?:chaired|hosted) (?:by|with)|(?:signed|concluded) [^;,.]{0,80}?with|as(?=\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+guest)|"
    r"(?:[Hh]e|[Ss]he) and|(?:[Hh]is|[Hh]er|[Tt]heir) hosts?,|during which|(?<=, )which(?=\s+[A-Z])|meeting(?=\s+[A-Z])|where (?:he|she)(?:,| and)|(?<=, )where(?=\s+[A-Z]))\s+(?=(?P<names>(?:[^.;]|(?<=\b[A-Z])\.){1,200}))")
GUEST_AFTER_RE = re.compile(r"\s*(?:(?!(?:from|of|by|with|to|for)\b)(?:[\w'’-]+|(?:[A-Z]\.)+)\s+){0,4}")
"""Between a hosting verb and its guest: 'received the visiting president A', 'welcomed H.E. A', not '... a
constitution from A'."""
TERSE_TO_RE = re.compile(r"(?:,[^,;–—]{1,60})?,?\s+(?:to|–|—)\s+")
"""Between a visitor and the place of a trip listed without its verb ('A, now president, to C',
'A, President of B – C, June 1992')."""
WITH_A_TRIP_RE = re.compile(r"\bwith\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
"""'A repaid the courtesy with a state visit to C': the trip of the clause's subject."""
BY_GERUND_RE = re.compile(r"\bby\s+$")
"""'A reciprocated by travelling to C' (before an -ing trigger): the trip of the clause's subject."""
MET_NAME_RE = re.compile(
    rf"\s+(?!(?:in|at|on)\s)(?:(?:the|his|her|their)\s+)?(?:(?!(?:in|at|on)\s)[a-z]+\s+){{0,2}}{NAME}(?:['’]s\s+[a-z]+)?(?=\s+(?:in|on|at|during)\b)")
"""The person met, written right after the verb and before the place ('met Lula on the margins ... in C',
'met B's government in C')."""
MET_AT_RE = re.compile(r"\s+at\b")
"""'met at C': the place follows."""
CALLED_ON_NAME_RE = re.compile(rf"\s+(?:(?:the|his|her|its)\s+(?:[a-z]+\s+){{0,2}})?{NAME}")
"""The person 'called on' ('called on Thomas Sankara'), written before any place."""
TRIP_TO_RE = re.compile(r"\bto\s+[A-Z]")
TERSE_NAME_RE = re.compile(
    rf"(?:^|,\s+)(?P<name>{NAME})(?=(?:,\s+(?P<title>{TITLE_WORDS}(?: of (?:the )?[A-Z][\w ]+?)?))?,?\s+(?:to|–|—)\s)")
"""A visitor of such a trip named without a title before the name ('B's successor, A B, to C';
'A B, President of C – D')."""
OWNER_RE = re.compile(r"['’]s\s+(?:(?!(?:and|but|was|were|had|successor|predecessor)\b)[\w-]+\s+){0,3}(?:(?:trip|visit|tour|journey)\b[^;]{0,60})?")
"""Between a person and their trip: "A's first state visit to C"; "A's second trip, in May, took him to C";
not "A's invitation and was in C"."""
FORWARD_PRONOUN_RE = re.compile(r"\W*(?:During|On|In the course of)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}(?:visit|trip)\b")
"""A trip told before its visitor: 'During his visit to C, President A ...'."""
DESCRIBED_PLACE_RE = re.compile(
    r"\s*(?:to\s+)?the\s+(?:[a-z-]+\s+){0,2}(?:country|kingdom|republic|island|archipelago|nation|emirate|sultanate|principality)\b(?!\s+of\b)")
"""A party told by a description, not a name ('the kingdom', 'the neighbouring island'); not 'the Republic of X'."""
MAX_LISTED = 4
"""How many comma- or 'and'-separated items after 'met' are read for names."""
WITH_NAME_RE = re.compile(rf"\bwith\s+(?P<name>{NAME})")
INVITER_RE = re.compile(rf"\b(?:at|on|(?:took|takes|take) up|accept(?:ed|s)?|answer(?:ed|s)?) (?:(?P<name>{NAME})['’]s invitation|the invitation of (?:his |her |the )?(?:[a-z]+ )*(?P<of>{NAME}))")
NEGATED_RE = re.compile(r"\b(?:no|not|never)\s+(?:[a-z]+\s+)?$")
"""'no visit to either country took place', 'did not visit': no trip."""
GREETED_GUEST_RE = re.compile(r"\b(?:met|received|welcomed|greeted)\s+(?:him|her|them|the\s+(?:royal\s+|official\s+)?(?:party|guests?|visitors?|delegation))\b")
"""A sentence after a visit where the hosts meet 'the royal party' or 'him'."""
RECEIVED_HIM_RE = re.compile(r"\s+(?:received|welcomed|greeted|hosted)\s+(?:him|her|them)\b")
POSSESSIVE_RE = re.compile(rf"(?:(?:{'|'.join(sorted(STOP_WORDS))})\s+)?(?P<name>{NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}$")
"""'(During) X's state visit to C': the visitor named before the trip, an opening word left out."""
TRIP_AS_TIME_RE = re.compile(rf"\b(?:after|since|before|until)\s+(?P<name>{NAME})['’]s\s+(?:[\w-]+\s+){{0,2}}$")
"""'The spring after A's visit': a trip named as a time, told where it was made, not here."""
CALLED_OFF_RE = re.compile(r"\b(?:was|were|had been) (?:cancell?ed|called off|postponed|put off)\b|\bstay(?:ed|s)? away\b|\bboycott(?:ed|s)\b")
"""'A state visit ..., planned for October 2010, was cancelled', 'A stayed away from the summit in C': no trip."""
FUTURE_RE = re.compile(r"\b(invited|would|will|plans? to|intended to|preparing to)\b[^.;]*$")
MORROW_RE = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|evening)|that\s+(?:evening|night|afternoon)|later\s+that\s+day)\b")
"""A time within the next hours: 'the following day', 'that evening'."""
THE_CITY_RE = re.compile(r"\bthe city\b")
"""In an occasion, the city visited: 'for the 750th anniversary of the city'."""
GUEST_PRONOUN_RE = re.compile(r"\s+(?:him|her)\b")
"""'C welcomed him to D': the guest of a hosting verb is the person the sentence opened with."""
CONSENT_RE = re.compile(r"\b(?:agreed|offered|consented) to\s+$")
"""'the king had agreed to receive him': a consent, not the reception of a guest."""
OBJECT_RE = re.compile(r"\b(?:presented|received|welcomed|hosted|decorated|awarded|greeted|honou?red) (?:him|her)\b")
ELLIPSIS_RE = re.compile(rf"^(?:(?:his|her|their)\s+\w+\s+)?(?P<name>{NAME})\s+(?:in|on)\s+[^,;]*\d")
DATE_HEAD_RE = re.compile(rf"[\d\s–—,.:/-]*(?:(?:{'|'.join(MONTHS)})[\d\s–—,.:/-]*)*")
"""What may stand before the person of a verbless entry: its date ('14–16 June 1990 – ')."""
PRESENT_IN_RE = re.compile(r"\s+in\s+(?=[A-Z])")
PRESENCE_END_RE = re.compile(r"\s*(?:$|[,.;(]|\s(?:for|to|on|at)\b)")
"""After the place of a verbless entry: its end, or what was done there ('for talks with B')."""
FRONTED_PLACE_RE = re.compile(
    r"(?:(?:On|In|From)\s+[^,;]{3,30},\s+)?(?:[Ii]n|[Aa]t\s+[^,;]{1,50}?\s+in)\s+(?P<place>[A-Z][^,;]{1,40}?)(?:\s+on\s+[^,;]{3,30})?,\s+"
    rf"|(?P<dateline>[A-Z][^,;:]{{1,40}}?),\s+[\d–\s]*(?:{'|'.join(MONTHS)})\s+\d{{4}}(?::|\s+[—–])\s+"
    r"(?:(?:On|During|After|For)\s+[^,;]{2,40},\s+)?")
"""A place told before the clause's subject: 'On D, in C, A declared'; 'At a ceremony in C on D, A
handed'; a dateline, 'C, 24 June 2017: the foreign ministers A and B mark ...', 'C, D — On a state
visit, A meets ...'."""
SUBJECT_GROUP_RE = re.compile(rf"(?:(?:[Tt]he|and)\s+|[A-Z][\w-]*(?:['’]s)?\s+|(?=[a-z]){TITLE_WORDS}s?\s+)*")
"""Before a person of the clause's subject: 'the', a demonym, titles, others named ('the foreign ministers A and B').
A capitalised title is read as a capitalised word only: one way to read each word, so no backtracking blow-up."""
TITLE_OF_RE = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")
PRONOUN_RE = re.compile(r"\b(?:he|she|they)\b", re.I)
NATIONAL_NOUN_RE = re.compile(r"(?P<stem>[A-Z][a-z]+)(?:man|woman)")
"""'the Frenchman', 'an Englishwoman': a person named by nationality alone is no official."""
LATER_PLACE_RE = re.compile(r"\b(?:in|at)\s+(?=[A-Z])")
"""Where a place may be named later in a sentence: 'and gave a lecture in Hanoi'."""
OBJECT_BEFORE_NAME_RE = re.compile(r"\b(?:with|by|of|from|for|against)\s+$")
"""A name after a preposition is no subject: '... with B during a visit to C'."""
TRIP_BY_NAME_RE = re.compile(rf"\s(?:by|of)\s+(?P<name>{NAME})\s+to\b")
"""'a state visit by A B to C', 'the visit of A B to C'."""
PAID_BY_RE = re.compile(rf"[^,;]*?\s(?:was|were)\s+(?:paid|made)\s+by\s+(?P<name>{NAME})")
"""'a state visit to C was paid by A'."""
SAME_CITY_RE = re.compile(r"\s*the\s+same\s+(?:city|town|capital)\b")
"""'A went to Manila in 1966. B was in the same city for the summit in 2017': the city of the trip told before."""
DAY_NAMED_RE = re.compile(r"(?:On|In)\s+[^,;]{3,30},\s+(?:the\s+)?(?P<occasion>[^,;]{3,60}?\b(?:anniversary|centenary|jubilee|Day)),")
"""A date with the day it was in apposition: 'On 8 April 2024, the bridge's thirtieth anniversary, ...'."""
JOIN_RULES = ("join-in", "join-at")
"""'joined B in C', 'joined B at the summit in C' (visit_predicates.csv): whom the visitor joined was met."""
GAP_PLACE_RULES = ("be-guest-of", "be-guest", "guest-at", "sit-in-for", "received-in-by")
"""Predicates whose gap may hold the place (visit_predicates.csv): 'was in Vienna as the guest of B',
'sat in the stadium in Sydney for the ceremony'."""
BETWEEN_RULES = ("talks-between", "meeting-between")
"""Joint predicates whose two officials follow 'between' (visit_predicates.csv)."""
FACILITY_AT_RE = re.compile(r"\b(?:plant|station|mine|factory|refinery|bridge|dam|terminal|reactor|field|site)s?\s+(?:at|in|near)\s+\Z")
"""A place told as where a facility stands ('a power plant at C'), not where its document was signed."""
DID_SO_RE = re.compile(r"\b(?:did so|did the same|followed suit)\b|\bso did\s+(?P<after>)")
"""A trip told again of another person by ellipsis."""
TITLED_ONLY_RULES = ("reach",)
"""Predicates that ships, envoys and settlers share with officials (visit_predicates.csv): a trip only of
someone known as an official (a title, a role or an earlier trip) or named in full as the clause's subject."""
ONWARD_RULES = ("leave-for", "fly-on-to")
"""Predicates of a trip's next leg (visit_predicates.csv): to a third country they tell no meeting there."""
HOME_RE = re.compile(r"\s+(?:back\s+)?home\b")
TIME_AFTER_RE = re.compile(r"\s+(?:the\s+)?(?:\d|(?:early|late|mid)\b|\w+\s+(?:century|centuries|decade)\b)")
"""After 'go back to', 'return to': a time ('relations go back to 1902'), not a place."""
AS_TITLE_RE = re.compile(rf"\bas (?:the )?(?:new )?(?:first )?(?P<title>{TITLE_WORDS})\b")
FIRST_TITLE_RE = re.compile(rf"\bfirst\s+(?:(?:visit|trip)\s+(?:to\s+[A-Z][\w-]+\s+)?by\s+(?:an?\s+)?)?(?:[\w-]+\s+){{0,3}}?(?P<title>{TITLE_WORDS}|head of state)\b")
PEER_ROLES = {"foreign_minister", "minister", "speaker"}
"""Offices whose holders meet their peers: an untitled person such a visitor met holds the same office."""
PASSIVE_BY_RE = re.compile(r"(?:(?:was|were)\s+)?\w+\s+by\b")
"""'attended by': the predicate's subject is what was attended."""
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?\Z")
"""Before a travel predicate in the passive: 'Aden was visited', 'Muscat was first visited'."""
BY_AGENT_RE = re.compile(r"[^,;]{0,40}?\bby\s+(?:the\s+)?(?:[\w-]+\s+)?")
"""'visited on 12 October by', 'visited in June by the new': what stands between a passive predicate and its agent."""
STATE_VISIT_RE = re.compile(r"\bstate visit\b", re.I)
NO_PLACE_RE = re.compile(
    r"\s*(?:(?:again|twice|once more|officially|briefly|himself|herself)\s+)*(?:$|[,.;:(]|(?:on|from|during|for|and|that|when|between)\b"
    rf"|in\s+(?:\d|(?:{'|'.join(MONTHS)}|{ABBREVIATED_MONTHS}|early|late|mid|the|that)\b))")
"""After a trip's predicate, no place: 'paid a state visit in May 2005 and met B', 'visited again on D'."""
NOT_MET_ASIDE_RE = re.compile(rf",\s+(?:{_ASIDE_OPENERS})\s[^,;]*")
"""Asides whose people the visitor did not meet as hosts (unlike ', who was hosted by B')."""
RESTATED_RE = re.compile(r"\s*,\s*(?:in|on)?\s*")
"""Between a relative date and the date it stands for: 'two months later, in January 1988'."""
REDUCED_PASSIVE_RE = re.compile(r"\s+(?:in|at)\s+[A-Z][^,;]*?\s+by\s")
"""'the treaty signed in Rabat on 4 July 1991 by A and B': the signatories follow 'by'."""
HOSTS_GUEST_RE = re.compile(rf"(?P<name>{NAME})['’]s\s+(?:[a-z]+\s+)?guest\b")
"""'A was Nyerere's guest of honour': the host is met."""
SUCH_RE = re.compile(r"(?:the\s+)?(?P<rank>\w+)\s+such\s+(?P<noun>\w+)")
"""'the third such summit': an occasion named by the one told before it."""
SIGNED_BY_RE = re.compile(rf"\b(?:was|were)\s+signed\b[^;]*?\bby\s[^;]*?,?\s+and\s+(?P<name>{NAME})")
"""'The agreement was signed in C on D by A, who had flown in for the ceremony, and B': the co-signer B was met."""
LEADING_TITLE_RE = re.compile(rf"^{TITLE_WORDS}\s+")
WHOM_RE = re.compile(r",\s+whom\s+[^,;]{1,80}$")
"""'A and B, whom President C received': the guests are named before 'whom'."""
GROUP_START_RE = re.compile(r".*\b(?:for|to|by|with|of|was|were)\s")
"""Up to the last word before a group of people named together ('reserved for A and B')."""
OWNED_NAME_RE = re.compile(
    rf"(?:(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?P<name>{NAME})|(?P<person>{NAME})\s+of\s+(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))"
    rf"\s+(?:[a-z]+\s+){{0,2}}$")
"""'Iraq's Fuad Hussein paid a visit', 'Enrique Bolaños of Nicaragua attended': an untitled person named with their country."""
PURPOSE_FIRST_RE = re.compile(r"(?:In order )?[Tt]o\s+[a-z]")
"""'To attend the summit, A flew to C': the purpose told before the trip."""
FIELD_RE = re.compile(r"(?:^|;\s*)(?P<label>[A-Za-z]+):\s*(?P<value>[^;]+)")


@dataclass(frozen=True)
class Trigger:
    frame: str
    start: int
    end: int
    rule: str


@dataclass
class Visit:
    visitor_name: str
    written_title: str | None
    person: Known
    origin_iso3: str
    host_iso3: str | None  # None: a meeting in a third country, not a visit
    city: str | None = None
    occasion: str | None = None
    counterparts: list[tuple[str, str | None]] = field(default_factory=list)
    trigger: int = 0
    state: bool = False  # a state visit: made to and received by heads of state
    rule: str = ""  # the id of the predicate (visit_predicates.csv) that told it, or "listed-item"
    guessed: bool = False  # who of two strangers was the guest: not a fact to remember of them
    partners: list[Known] = field(default_factory=list)  # the others of a guessed joint act

    @property
    def visitor_title(self) -> str | None:
        """The title written with the visit, else the one the article gives the person."""
        title = self.written_title if self.written_title != "counterpart" else None
        return title or (self.person.title if self.person.title != "counterpart" else None)

    @property
    def visitor_role(self) -> str | None:
        """The role the article tells, by a title or by what the person did; None if it tells none."""
        title = self.visitor_title
        if title and _of_a_territory(title):
            return "other"  # 'the prime minister of Aruba': an office of a territory, not of the party
        return role_of(title) if title and not is_rank(title) else self.person.role

    def role_in(self, year: int) -> str:
        """The role, or for an official named without any (most often the leader), the
        role of the country's leader that year."""
        return self.visitor_role or leader_role(self.origin_iso3, year)

    @property
    def surname(self) -> str:
        return fold(surname_of(self.visitor_name))

    def settle_guess(self) -> None:
        """A guessed guest whom the article later shows to be of the host country was the
        host: the partner not known to be of the host was the guest."""
        if not self.guessed or self.person.origin != self.host_iso3:
            return
        guest = next((k for k in self.partners if k.origin != self.host_iso3), None)
        if guest is None:
            return
        titles = dict(self.counterparts)
        self.counterparts = [(self.visitor_name, self.visitor_title)] + [c for c in self.counterparts if c[0] != guest.name]
        self.visitor_name, self.written_title, self.person = guest.name, titles.get(guest.name), guest

    def absorb(self, other: Visit) -> None:
        """Take the city, occasion and counterparts that another telling of this trip adds."""
        self.city = self.city or other.city
        self.occasion = self.occasion or other.occasion
        for name, title in other.counterparts:
            self.add_counterpart(name, title)

    def add_counterpart(self, name: str, title: str | None) -> None:
        if TITLE_ONLY_RE.fullmatch(name):
            return  # 'the Emperor' or 'Secretary' with no one known to hold the title
        known = [n for n, _ in self.counterparts] + [self.visitor_name]
        if not any(_same_person(name, other) for other in known) and name not in self.visitor_name:
            self.counterparts.append((name, title))


def _same_person(a: str, b: str) -> bool:
    """Two writings of one person: the same last word, or a short regnal name and its short
    form ('Harald V', 'King Harald'); not 'Abdullah II' and 'Hussein bin Abdullah'."""
    if fold(a.split()[-1]) == fold(b.split()[-1]):
        return True
    regnal = surname_of(a) != a.split()[-1] or surname_of(b) != b.split()[-1]
    return regnal and len(a.split()) <= 2 and len(b.split()) <= 2 and fold(surname_of(a)) == fold(surname_of(b))


def _of_a_territory(title: str) -> bool:
    """A title of a dependent territory's office ('Premier of Bermuda', 'prime minister of Aruba')."""
    place = TITLE_OF_RE.search(title)
    return bool(place) and resolve_country(place["place"]) in territories()


UNNAMED_OFFICIAL_RE = re.compile(rf"\b[Tt]he\s+(?:(?:new|then|incoming|(?-i:[A-Z][\w-]+)|federal|royal)\s+){{0,2}}(?:{TITLE_WORDS}|(?:royal|imperial) couple)\s+(?:[a-z]+\s+){{0,2}}$")
"""'The federal chancellor came to C', 'the new Czech head of state made his first journey to C':
an official named by office alone, just before the predicate."""
UNNAMED_FRAMES = {"travel", "destination", "trip", "return"}


def unnamed_trip(clause: str, context: VisitContext) -> bool:
    """A trip to one party by an official the clause names by office alone: a visit, though
    no visitor can be put in the visits table ('The federal chancellor came to Prague in 1998')."""
    for trigger in find_triggers(clause):
        official = UNNAMED_OFFICIAL_RE.search(clause, 0, trigger.start) if trigger.frame in UNNAMED_FRAMES else None
        if official is None:
            continue
        host, _ = place_of(clause, trigger.end, context, [])
        origin = next(iter(context.mentions.named(official.group())), None)
        return host in context.parties and origin != host
    return False


def _told_as_made(clause: str, start: int) -> bool:
    """A predicate at `start` not under a plan or invitation; a trip announced for the next hours
    ('said on D that the king would travel to C the following day') is told as made."""
    future = FUTURE_RE.search(clause, 0, start)
    return future is None or (future[1] == "would" and bool(MORROW_RE.search(clause, start)))


def find_triggers(clause: str) -> list[Trigger]:
    """The travel and hosting predicates of a clause, in order, the longest where two overlap;
    none under a plan or invitation ('will visit', 'invited him to visit'; a trip announced for the
    next hours is told as made) or a negation ('no visit')."""
    return list(_triggers(clause))


@lru_cache(maxsize=1024)
def _triggers(clause: str) -> tuple[Trigger, ...]:
    """Kept: a clause is read for its triggers two or three times (people, visits, follow-ups)."""
    if CALLED_OFF_RE.search(clause):
        return ()
    matches = [m for m in MATCHER.find(clause) if not NEGATED_RE.search(clause, 0, m.start) and _told_as_made(clause, m.start)]
    kept: list[Trigger] = []
    # the longest predicate at a word, but one that makes its object the destination first ('made C the
    # destination of his first trip to Europe': C, not Europe)
    for match in sorted(matches, key=lambda m: (m.start, FRAMES[m.id] != "destination", -m.end)):
        span = clause[match.start:match.end]
        compact = WORD_LIST_RE.sub("", span)  # 'led a delegation of senators, officials and business people to C'
        too_wide = len(compact) > MAX_GAPPED_SPAN or "," in APPOSED_NAME_RE.sub("", compact)  # 'held talks with her counterpart, A B, in C'
        if too_wide or (kept and match.start < kept[-1].end):
            continue
        frame = FRAMES[match.id]
        if (frame == "return" and HOME_RE.match(clause, match.end)) or (span.endswith(" to") and TIME_AFTER_RE.match(clause, match.end)):
            continue  # 'returned home three days later': the trip's end; 'relations go back to 1902': a time
        if frame == "follow" and not FOLLOWED_TRIP_RE.match(clause, match.end):
            continue  # 'the talks that followed', 'followed by a dinner': no trip
        if span == "visit" and VISIT_OF_RE.match(clause, match.end) and VISIT_NOUN_RE.search(clause, 0, match.start):
            continue  # 'prepared the state visit of A': the noun, whose visitor follows it
        if frame == "call":
            if APPEAL_RE.match(clause[match.end:]):
                continue
            frame = "travel"
        kept.append(Trigger(frame, match.start, match.end, match.id))
    return tuple(kept)


def detect_visit(clause: str, context: VisitContext, previous: Visit | None = None, sentence: str = "") -> Visit | None:
    """The first visit a clause tells of (see `detect_visits`)."""
    found = detect_visits(clause, context, previous, sentence)
    return found[0] if found else None


EVENT_NAME_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|on|in)\s+)*[A-Z][\w'’-]*)+")
"""The name of an event hosted: 'the final stage of the Conference on Security and Co-operation in Europe'."""
PLACE_NAME = r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
HOSTING_RE = re.compile(rf"{PLACE_NAME} (?:hosted|played host to|(?:was|were) the host (?:of|to)) (?=(?:the|an?)\b)"
                        rf"|\b(?:which|that) {PLACE_NAME} hosted\b|\bhosted by {PLACE_NAME}")
"""'Kuwait hosted the conference', 'Apia was the host of the meeting', 'the summit, which Jordan hosted',
'the meeting, hosted by Jordan'."""


def detect_visits(clause: str, context: VisitContext, previous: Visit | None = None, sentence: str = "") -> list[Visit]:
    """The visits a clause tells of, or a third-country meeting (host None); usually one.

    `previous` is a visit told earlier in the sentence: a clause with a travel predicate and
    no subject ("... and returned in 2012 to attend ...") is a new trip of that visitor, and so
    is a second trip coordinated in the clause ("attended A in C and came back for B").
    `sentence` is the whole sentence, for visits written as fields ("Guest: ...; host: ...").
    """
    fielded = _field_visit(_table_row(sentence or clause, context) or sentence or clause, context)
    if fielded is not None:
        return [fielded]
    visits: list[Visit] = []
    people = _with_partners(clause, people_in(clause, context), context)
    triggers = find_triggers(clause)
    subject = _sentence_subject(sentence, clause, context)
    if not triggers and context.direction and context.bullet:
        item = _visit_item(clause, people, previous, context)
        return [item] if item else []
    item = _terse_trip(clause, people, context) if context.visit_list else None
    if item and not any(t.start < item.trigger for t in triggers):
        _complete(item, clause, [], people, context)
        return [item]
    if not triggers and previous is not None and previous.host_iso3 and AGAIN_RE.match(clause):
        return [replace(previous, counterparts=[], occasion=occasion_in(clause), trigger=0)]  # '..., and again on D'
    last = previous or context.last_visit
    did = _did_so(clause, people, last) if not triggers and last is not None and last.host_iso3 else None
    if did is not None:
        return [did]
    if not triggers and previous is not None and previous.host_iso3:
        listed = _listed_trip(clause, people, previous, context)
        return [listed] if listed else []
    lead = None  # a predicate with no known place before the one that tells the visit
    for index, trigger in enumerate(triggers):
        if visits and not (trigger.frame in NEW_TRIP_FRAMES and _coordinated(clause, triggers[index - 1], trigger)):
            continue
        visit = _frame(clause, trigger, people, context, visits[-1] if visits else previous, subject, second=bool(visits))
        if visit is not None and visits and visit.host_iso3 is None:
            continue  # 'visited C, thanked B and spoke at a conference': a part of that trip, not a meeting abroad
        if visit is not None:
            visit.occasion = visit.occasion or (occasion_in(clause[lead:trigger.start]) if lead is not None else None)
            visits.append(visit)
        elif lead is None and (place_of(clause, trigger.end, context, people) == (None, None) or PURPOSE_FIRST_RE.match(clause)):
            lead = trigger.start  # 'attended the summit in <unlisted town> as the guest of X', 'To attend the summit, A flew to C'
    presence = None if visits else _presence(clause, people, context) or _fronted_place(clause, people, context)
    visits += [presence] if presence else []
    for index, visit in enumerate(visits):
        end = visits[index + 1].trigger if index + 1 < len(visits) else len(clause)
        _complete(visit, clause[:end], [t for t in triggers if visit.trigger <= t.start < end], people, context)
    for visit in visits:
        visit.occasion = _such_occasion(visit.occasion, context.last_visit)
    signed = SIGNED_BY_RE.search(sentence) if len(visits) == 1 else None
    if signed and fold(signed["name"]) != fold(visits[0].visitor_name) and is_person_name(signed["name"]):
        visits[0].add_counterpart(signed["name"].rstrip(".,"), None)  # the last co-signer of the sentence
    return visits


def read_hosting(sentence: str, context: VisitContext) -> None:
    """Remember the party (and city) that hosted an event the sentence tells ('Kuwait hosted the
    conference', 'Helsinki hosted the final stage of ...'): where those who attended it went."""
    match = HOSTING_RE.search(sentence) if "host" in sentence else None  # every sentence: a cheap test first
    place = next(filter(None, match.groups()), "") if match else ""
    country = resolve_country(place) if place else None
    cities = [(party, city_of(place, party)) for party in context.parties] if place and not country else []
    where = (country, None) if country in context.parties else next(((p, c) for p, c in cities if c), None)
    hosted = sentence[match.end():] if match and match[1] else ""  # 'Kuwait hosted the X', not 'which Kuwait hosted'
    named = EVENT_NAME_RE.search(re.split(r"[,;.]", hosted, maxsplit=1)[0])
    event = named.group() if named else occasion_in("attended " + hosted) if hosted else None
    context.hosted = (*where, event) if where else None


def _such_occasion(occasion: str | None, last: Visit | None) -> str | None:
    """'the third such summit' after a trip to 'the first tripartite summit of A': the third tripartite summit of A."""
    such = SUCH_RE.fullmatch(occasion or "")
    told = last.occasion.split(" ", 1) if such and last and last.occasion and such["noun"] in last.occasion else None
    return f"{such['rank']} {told[1]}" if told and len(told) == 2 and told[0] in ORDINAL_WORDS else occasion


def _complete(visit: Visit, text: str, triggers: list[Trigger], people: list[tuple[Person, Known]],
              context: VisitContext) -> None:
    """What the rest of the visit's words add: counterparts (also those acting with the
    visitor, 'during a visit, A and B signed'), a state visit, the date's predicate."""
    people = [pk for pk in people if pk[0].start < len(text)]
    _counterparts(text, visit, people, context, visit.trigger)
    for joint in (t for t in triggers if t.frame == "joint" and t.start > visit.trigger):
        for _, other in _subject_group(people, text, joint.start):
            if other is not visit.person:
                visit.add_counterpart(other.name, other.title)
    visit.state = bool(STATE_VISIT_RE.search(text))
    _state_visit_roles(visit, context)
    later = [t.start for t in triggers if t.frame in NEW_TRIP_FRAMES]
    visit.trigger = max(later, default=visit.trigger)  # dated by its last travel predicate


def _state_visit_roles(visit: Visit, context: VisitContext) -> None:
    """A state visit is made by a head of state: so is its untitled visitor (whoever of the
    host's side received them, a prime minister may have held the talks)."""
    known = context.people.get(fold(visit.visitor_name.split()[-1])) if visit.state else None
    if known is not None and known.title in (None, "counterpart") and not known.role:
        known.role = "head_of_state"


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Where relative clauses about a person stand: ', who won the election that month'."""
    return [m.span() for m in RELATIVE_RE.finditer(text)] if ", " in text else []


NOT_TRIP_DATE_RE = re.compile(r"\bsince\s+$|\b(?:elected|appointed|born|sworn in|became|become)\b[^,;:]*$|,\s+inaugurated\s+(?:in|on)\s+$")
"""What a date before the trip dates instead: a state of affairs ('since'), an office taken ('A,
inaugurated in January, flew')."""
OF_DATE_RE = re.compile(r"\bof\s+\Z")
"""'the riots of November 2006': the date of a thing named, not of the clause."""


def trip_dates(sentence: str, dates: list, trigger: int | None = None) -> list:
    """The dates that may date a trip: not the start of a state of affairs ('in office since
    January'), nor the date of an office in an appositive ('A, elected president in March, came'),
    nor one inside a relative clause that is not the trip's ('A, who won the election that month,
    chose C'), nor a relative date told again as a date ('two months later, in January 1988'), nor
    that of a leading clause when the trip has its own ('When A died on D, B flew to C the next morning')."""
    lead = LEADING_SUBORDINATE_RE.match(sentence)
    own = [d for d in dates if lead and d.char_start >= lead.end() and not OF_DATE_RE.search(sentence, 0, d.char_start)]
    if own and trigger is not None and trigger >= lead.end():
        dates = [d for d in dates if d.char_start >= lead.end()]
    asides = [span for span in aside_spans(sentence) if trigger is None or not span[0] <= trigger < span[1]]
    dates = [d for d, after in zip(dates, [*dates[1:], None]) if not (
        d.relative and after is not None and not after.relative and RESTATED_RE.fullmatch(sentence, d.char_end, after.char_start))]
    return [d for d in dates if not NOT_TRIP_DATE_RE.search(sentence, 0, d.char_start)
            and not any(start <= d.char_start < end for start, end in asides)]


def _presence(clause: str, people: list[tuple[Person, Known]], context: VisitContext) -> Visit | None:
    """An entry that opens with its date and tells a trip without a verb: '14–16 June 1990 –
    President A in Athens for talks with B', '2 March 1999 – Minister A in Nicosia, where ...'."""
    if not people or not DATE_HEAD_RE.fullmatch(clause[: people[0][0].start]):
        return None
    person, known = people[0]
    where = PRESENT_IN_RE.match(clause, person.end)
    place = PLACE_RE.match(clause, where.end()) if where else None
    host, city = place_of(clause, where.end(), context, people) if place else (None, None)
    if host not in context.parties or host == known.origin or not PRESENCE_END_RE.match(clause, place.end()):
        return None
    known.origin = known.origin or context.other(host)
    return Visit(known.name, person.title, known, known.origin, host, city, occasion_in(clause[where.end():]),
                 trigger=where.start(), rule="presence")


def _fronted_place(clause: str, people: list[tuple[Person, Known]], context: VisitContext) -> Visit | None:
    """'On 17 November 2019, in Dakar, the French prime minister handed ...': an official of one
    party, whose country is known, acting in a city of the other was there."""
    match = FRONTED_PLACE_RE.match(clause)
    if match is None:
        return None
    place = "dateline" if match["dateline"] else "place"
    host, city = place_of(clause[: match.end(place)], match.start(place), context, [])
    if host not in context.parties:
        return None
    subject = [pk for pk in people if SUBJECT_GROUP_RE.fullmatch(clause, match.end(), pk[0].start)]
    guest = next((pk for pk in subject if pk[1].origin == context.other(host) and (pk[0].title or pk[1].title or pk[1].role)), None)
    if guest is None:
        return None
    person, known = guest
    visit = Visit(known.name, person.title, known, known.origin, host, city, occasion_in(clause[: match.start(place)]),
                  trigger=match.start(place), rule="fronted-place")
    for other_person, other in people:  # the host's people it names: 'A handed Sall the sword'
        if other.origin == host:
            visit.add_counterpart(other.name, other_person.title)
    return visit


def _did_so(clause: str, people: list[tuple[Person, Known]], last: Visit) -> Visit | None:
    """The last trip made again by another: 'B did so in May 1996', 'so did B, on 24 April 2004'."""
    match = DID_SO_RE.search(clause)
    if match is None:
        return None
    if match["after"] is not None:  # 'so did B': the person after
        named = [pk for pk in people if pk[0].start >= match.end()][:1]
    else:  # 'B did so': the person before
        named = [pk for pk in people if pk[0].end <= match.start()][-1:]
    trip = _trip_again(named, last)
    return trip and replace(trip, trigger=match.start(), rule="did-so")


def _listed_trip(clause: str, people: list[tuple[Person, Known]], previous: Visit, context: VisitContext) -> Visit | None:
    """A trip listed after another without its predicate: '..., and his son B in January 2013'."""
    match = ELLIPSIS_RE.match(clause)
    named = [pk for pk in people if match and pk[0].start <= match.start("name") < pk[0].end + 1]
    trip = _trip_again(named, previous)
    return trip and replace(trip, occasion=previous.occasion, rule=previous.rule)


def _trip_again(named: list[tuple[Person, Known]], last: Visit) -> Visit | None:
    """The trip `last` made by the first person `named`, another of its origin (or of none known yet)."""
    if not named or named[0][1] is last.person or named[0][1].origin not in (None, last.origin_iso3):
        return None
    person, known = named[0]
    known.origin = last.origin_iso3
    return Visit(known.name, person.title, known, last.origin_iso3, last.host_iso3, last.city)


def _visit_item(clause: str, people: list[tuple[Person, Known]], previous: Visit | None, context: VisitContext) -> Visit | None:
    """An item of a list of visits under a heading that gives the direction ('From A to B'):
    '1970 – Prime Minister X (June)'; a later date of the same item is the same visitor's."""
    origin, host = context.direction
    titled = [(p, k) for p, k in people if p.title and k.origin in (None, origin)]
    if titled:
        person, known = titled[0]
        title = person.title
    elif previous is not None and previous.origin_iso3 == origin:
        known, title = previous.person, previous.written_title
    else:
        return None
    known.origin = known.origin or origin
    place_host, city = place_of(clause, 0, context, people)
    return Visit(known.name, title, known, origin, host, city if place_host == host else None, occasion_in(clause),
                 rule="listed-item")


def _terse_trip(clause: str, people: list[tuple[Person, Known]], context: VisitContext) -> Visit | None:
    """An item of a list of visits told without a verb: 'Prime Minister A to C (June)',
    'A, now president, to C for the summit'."""
    taken = [(p.start, p.end) for p, _ in people]
    bare = [(Person(m["name"], m["title"], m.start("name"), m.end("name")), None) for m in TERSE_NAME_RE.finditer(clause)
            if len(m["name"].split()) >= 2 and is_person_name(m["name"])
            and not any(s <= m.start("name") < e for s, e in taken)]
    for person, known in sorted(people + bare, key=lambda pk: pk[0].start):
        to = TERSE_TO_RE.match(clause, person.end)
        host, city = place_of(clause, to.end(), context, people) if to else (None, None)
        if host not in context.parties or (known and known.origin not in (None, context.other(host))):
            continue
        known = known or context.remember(person, None)
        known.origin = context.other(host)
        return Visit(known.name, person.title, known, known.origin, host, city, occasion_in(clause[to.end():]),
                     trigger=to.start(), rule="listed-item")
    return None


def _sentence_subject(sentence: str, clause: str, context: VisitContext) -> tuple[Person, Known] | None:
    """The person a sentence starts with, for a later clause that has no subject of its own."""
    if not clause[:1].islower():
        return None
    at = sentence.find(clause)
    if at <= 0:
        return None
    head = sentence[:at]
    if clause.startswith("who "):  # "..., received by B, who in turn paid a visit to C": B
        named = people_in(head, context)
        if named and re.fullmatch(r",?\s*", head[named[-1][0].end:]):
            return named[-1]
        bare = re.search(rf"(?P<name>{NAME}),?\s*$", head)  # 'the election of A B, who paid a state visit to C'
        return _untitled(bare["name"], bare.start("name"), context) if bare and is_full_name(bare["name"]) else None
    people = [pk for pk in people_in(head, context) if pk[0].start < 40]
    if people:
        return people[0]
    bare = re.match(rf"(?P<name>{NAME})\s+[a-z]", head)
    full = context.full_name(bare["name"]) if bare and " " not in bare["name"] else None
    if full:  # 'The election of A B ... . B had counted on ..., and he chose C': B stands for A B
        return _untitled(full, 0, context)
    if not (bare and len(bare["name"].split()) >= 2):  # "Two years after his accession, A B chose ..."
        bare = re.match(rf"[A-Z][^,;]{{0,40}},\s+(?P<name>{NAME})\s+[a-z]", head)
    return _untitled(bare["name"], 0, context) if bare and is_full_name(bare["name"]) else None


OPENING_OWNER_RE = re.compile(rf"(?P<name>{NAME})['’]s\s")
"""A sentence opening with an untitled person's possessive: 'A B's turn came ...'."""


def _guest_told_before(clause: str, trigger: Trigger, people: list[tuple[Person, Known]],
                       context: VisitContext) -> list[tuple[Person, Known]]:
    """The guest of 'C welcomed him': the first person of the sentence before the clause or
    before the host ("A's turn came in 2011, when C received her"), else the person the sentence
    before was about; never the host, nor one of the host's country."""
    sentence, at = context.in_sentence(clause)
    hosts = [k for _, k in _subject_group(people, clause, trigger.start)]
    named = people_in(sentence[:at], context) if at > 0 else []
    named = named or [pk for pk in people if pk[0].end <= trigger.start and all(pk[1] is not k for k in hosts)]
    owner = OPENING_OWNER_RE.match(clause) if not named else None
    named = named or ([_untitled(owner["name"], 0, context)] if owner and is_full_name(owner["name"]) else [])
    guest = named[0] if named else _pronoun_referent(None, None, context)
    if guest is None or any(k is guest[1] or (k.origin and k.origin == guest[1].origin) for k in hosts):
        return []
    return [guest]


def _untitled(name: str, start: int, context: VisitContext) -> tuple[Person, Known]:
    """A person the text names without a title, remembered with no country yet."""
    person = Person(name, None, start, start + len(name))
    return person, context.remember(person, None)


def _with_partners(clause: str, people: list[tuple[Person, Known]], context: VisitContext) -> list[tuple[Person, Known]]:
    """Add untitled full names coordinated with a person found ('Fernández and Michel Martelly')."""
    taken = [(p.start, p.end) for p, _ in people]
    added = []
    for person, _ in people:
        match = re.match(rf"\s+and\s+(?P<name>{NAME})", clause[person.end:])
        name = match["name"].rstrip(".,") if match else ""
        start = person.end + match.start("name") if match else 0
        if len(name.split()) >= 2 and is_person_name(name) and not any(a < start + len(name) and start < b for a, b in taken):
            added.append(_untitled(name, start, context))
    return sorted(people + added, key=lambda pk: pk[0].start)


def _coordinated(clause: str, before: Trigger, trigger: Trigger) -> bool:
    """'attended A in C and came back for B': a second predicate joined by 'and'."""
    return bool(re.search(r"\band\s+(?:then\s+)?$", clause[before.end:trigger.start]))


def _frame(clause: str, trigger: Trigger, people: list[tuple[Person, Known]], context: VisitContext,
           previous: Visit | None, subject: tuple[Person, Known] | None = None, second: bool = False) -> Visit | None:
    """The visit of one predicate: visitor, origin, host, city, occasion; a `second` trip of
    the clause only with a place of its own."""
    if trigger.frame == "joint":
        return _joint(clause, trigger, people, context)
    if trigger.frame == "follow" and not any(p.end <= trigger.start and (p.title or k.title) for p, k in people):
        return None  # 'the embassy in C followed in 1964': only an official follows another's trip
    candidates = _visitors(clause, trigger, people, context, previous, subject)
    if not candidates:
        return None
    if trigger.frame == "meet" and len(candidates) > 1 and not any(k.origin for _, k in candidates):
        joint = _joint(clause, trigger, people, context)  # "A and B met in C", strangers: one was the guest
        if joint is not None:
            return joint
    person, known = candidates[0]
    if trigger.rule in JOIN_RULES and clause[person.start:person.end].split()[-1:] != known.name.split()[-1:]:
        return None  # 'Korean marines joined the exercise': only a person written as the subject joins
    official = person.title or known.title or known.role or known.last_trip
    told = any(k is known for _, k in people) or PRONOUN_RE.search(clause, 0, trigger.start)  # 'he reached C': the official
    named_subject = (person.start == 0 and is_full_name(clause[: person.end])  # 'A B reached C': a person, not a ship
                     and "," not in clause[person.end: trigger.start])  # nor 'A B, a trader, reached C'
    if trigger.rule in TITLED_ONLY_RULES and not ((official and told) or named_subject):
        return None  # 'the ship reached C', 'A, a trader, reached C', 'a mission from C reached D': no official
    if _private(clause, person):
        return None
    place_start = _place_start(clause, trigger, person)
    if _passive(clause, trigger):  # 'Aden was visited on D by A': the place is the subject
        host, city = _place_before(clause[: trigger.start], context, people)
    else:
        host, city = place_of(clause, place_start, context, people)
    if host is None and trigger.rule in GAP_PLACE_RULES:  # 'was the guest of Poland': the place after, not in the gap
        host, city = place_of(clause, trigger.end, context, people)
    last = context.last_visit
    if host is None and last is not None and last.city and SAME_CITY_RE.match(clause, place_start):
        host, city = last.host_iso3, last.city  # 'B was in the same city for the summit': the last trip's
    if host is None and previous is not None and previous.person is known and trigger.frame != "host":
        host, city = previous.host_iso3, previous.city  # not 'C hosted him again': C's country, no city told
    if host is None and known.origin in context.parties and DESCRIBED_PLACE_RE.match(clause, place_start):
        host = context.other(known.origin)  # "made a state visit to the neighbouring island": the other party
    town = unknown_town(clause, place_start) if host is None and trigger.frame == "travel" else None
    if town and known.origin in context.parties and not context.mentions.named(clause) - {known.origin}:
        host, city = context.other(known.origin), town  # "went to La Baule for the summit": a town the gazetteer lacks
    if host is None and TRIP_AS_TIME_RE.search(clause, 0, trigger.start):
        return None
    if host is None and trigger.frame != "host" and not second:  # "during a visit to C, at which he was hosted by B"
        host, city = _place_before(clause[: trigger.start], context, people)
    hosted = context.hosted if host is None and trigger.frame == "attend" else None
    if hosted:
        host, city, _ = hosted  # 'Helsinki hosted the conference, and A attended the summit at Finlandia Hall'
    place_subject = PLACE_SUBJECT_RE.fullmatch(clause, 0, trigger.start) if host is None and trigger.frame == "host" else None
    if place_subject:  # 'Nairobi welcomed A', 'On D the port town of Lamu received A': the city is the host
        host, city = _place_before(place_subject["place"], context, people)
    if host is None and trigger.frame == "host":  # "Singapore played host to A"
        named = context.mentions.named(clause[: trigger.start])
        host = next(iter(named)) if len(named) == 1 else None
    if host is None:
        host = _host_without_place(clause, trigger, known, people, context)
    unplaced = trigger.frame == "travel" and NO_PLACE_RE.match(clause, trigger.end)
    later = _later_place(clause, trigger.end, context) if unplaced and (host is None or city is None) else (None, None)
    host = host or later[0]
    if host is None:
        return None
    person, known = next((pk for pk in candidates if pk[1].origin not in (None, host)), candidates[0])
    if trigger.frame == "meet" and known.origin == host:  # 'A met B in A's country': B was the guest
        met = [pk for pk in people if trigger.start < pk[0].start < trigger.end and pk[1].origin in (None, context.other(host))]
        guest = next((pk for pk in candidates if pk[1].origin is None), None) or next(iter(met), None)
        person, known = guest or (person, known)
    origin = known.origin or (context.direction[0] if context.direction and context.direction[1] == host else None)
    if host not in context.parties:
        if trigger.frame not in ("meet", "attend", "travel") or trigger.rule in ONWARD_RULES:
            return None  # 'left for Buenos Aires': the next leg of a trip, no meeting abroad
        return Visit(known.name, person.title, known, origin or context.parties[0], None, trigger=trigger.start, rule=trigger.rule)
    origin = origin or context.other(host)
    if origin == host and PRONOUN_SUCCESSOR_RE.search(clause, 0, trigger.start) and host in context.parties:
        origin = context.other(host)  # 'Her successor, A, chose C': 'her' is not the last visitor, who came from C
    if origin == host or origin not in context.parties:
        return None
    known.origin = origin
    title = _written_title(clause, person, known, people, context)
    city = city or city_in(clause, trigger.start, host, people) or _city_back_in(trigger, known, host)
    city = city or (later[1] if later[0] == host else None)
    occasion = _occasion(clause, trigger) or (hosted[2] if hosted else None)
    if occasion and city:  # 'for the 750th anniversary of the city': of the city visited
        occasion = THE_CITY_RE.sub(city, occasion)
    if occasion and not city:  # 'the commemoration at Thiaroye', 'the G7 summit in Kananaskis'
        city = town_of_occasion(occasion, host) or town_after_occasion(clause, occasion, host)
    visit = Visit(known.name, title, known, origin, host, city, occasion, trigger=trigger.start, rule=trigger.rule)
    if trigger.frame in ("host", "meet"):
        whom = WHOM_RE.search(clause, 0, trigger.start) if trigger.frame == "host" else None
        hosts_from = whom.start() if whom else 0  # 'A and B, whom C received': C, not B
        for other, other_known in people:  # not 'C's successor, A, met B': C
            if hosts_from <= other.start < trigger.start and other_known is not known and not re.match(r"['’]s\b", clause[other.end:]):
                visit.add_counterpart(other_known.name, other.title)
        if trigger.rule in JOIN_RULES:  # 'A joined B in C': B was met
            joined = [pk for pk in people if trigger.start < pk[0].start < trigger.end] or [
                pk for pk in [_name_after(clause, _verb_end(clause, trigger), context)] if pk]
            for other, other_known in joined[:1]:
                if other_known is not known:
                    visit.add_counterpart(other_known.name, other.title)
    elif trigger.frame == "attend":  # "A and B co-chaired the council in C": B, of the host, received A
        for other, other_known in _subject_group(people, clause, trigger.start):
            if other_known is not known and other_known.origin == host:
                visit.add_counterpart(other_known.name, other.title)
    elif trigger.rule == "as-the-guest":  # 'the meeting took place in C, with A as the guest': of A's peer there
        peer = context.holder(host, visit.visitor_role)
        if peer is not None:
            visit.add_counterpart(peer.name, peer.title)
    return visit


def _occasion(clause: str, trigger: Trigger) -> str | None:
    """The event attended, named after the predicate, or before a passive one ('The summit in C
    was attended by A', 'A came for the ceremony hosted by B')."""
    passive = PASSIVE_BY_RE.match(clause, trigger.start)
    before = clause[: trigger.end] if trigger.frame == "hosted" else clause[: trigger.start]  # 'for the ceremony hosted by B'
    named = occasion_in(clause[trigger.start:]) or (occasion_in("attended " + before) if passive or trigger.frame == "hosted" else None)
    if named:
        return named
    dated = DAY_NAMED_RE.match(clause)  # 'On D, the bridge's thirtieth anniversary, A crossed to C'
    return dated["occasion"] if dated and dated.end() <= trigger.start else None


def _private(clause: str, person: Person) -> bool:
    """'the poet Lord Byron', 'a Danish writer, A,': a person named by a private occupation;
    'the Frenchman A': by a nationality alone; 'the steamship A B': no person at all."""
    before = re.search(r"\b(?i:the|a|an)\s+(?:[\w-]+\s+)?(?P<noun>[A-Za-z]+),?\s+$", clause[: person.start])
    return _national_noun(person.name.split()[0]) or (bool(before) and (before["noun"] in NO_OFFICIAL or _national_noun(before["noun"])))


def _national_noun(word: str) -> bool:
    """'Frenchman', 'Dutchwoman': a nationality's noun (not 'Roman', 'Herman')."""
    match = NATIONAL_NOUN_RE.fullmatch(word)
    return bool(match) and match["stem"] in all_demonyms()


def _joint(clause: str, trigger: Trigger, people: list[tuple[Person, Known]], context: VisitContext) -> Visit | None:
    """Two officials acting together in a city of one party: the other one is the visitor; one
    official of a known party acting alone in a city of the other was there."""
    after = clause[trigger.end:]  # "was signed ... by A and B", "(a treaty) signed in C by A and B"
    passive = re.match(r"[^,;]*?\bby\s", after) if trigger.rule.startswith("be-") else REDUCED_PASSIVE_RE.match(after)
    between = trigger.rule in BETWEEN_RULES  # 'talks in C between A of D and B': the people after, the place before
    agents_after = bool(passive) or between
    group = _group_after(people, clause, trigger.end) if agents_after else _subject_group(people, clause, trigger.start)
    if len(group) == 1 and not agents_after:
        group += _partner_after(clause, trigger, people, group[0][1])
    alone = len(group) == 1 and group[0][1].origin in context.parties and not agents_after  # 'A, the Dutch minister, signed ... in C'
    if len(group) < 2 and not alone:
        return None
    fronted = not agents_after  # 'On D, in C, A and B signed ...': the place before the signers
    host, city = _place_before(clause[: group[0][0].start], context, people) if fronted else (None, None)
    if host is None and not between:
        host, city = place_of(clause, trigger.end, context, people)
    if host not in context.parties and trigger.frame == "meet":  # 'A and B met in C at the summit'
        host, city = place_of(clause, trigger.start, context, people)
    if host not in context.parties:  # 'Hanoi, 10 October 2005: A and B sign the treaty'
        host, city = _place_before(clause[: group[0][0].start], context, people)
    told = after[: passive.end()] if passive else "" if between else after  # not the agents: 'by A and Polish Prime Minister B'
    places = " ".join(m.group() for m in re.finditer(r"\b(?:in|at)\s+[^,;]*", told))
    if host not in context.parties or len(context.mentions.named(places)) > 1:
        return None  # not 'at the same time in Helsinki and Tallinn'
    if alone and city and FACILITY_AT_RE.search(clause, 0, max(clause.find(city), 0)):
        return None  # 'A signed a letter on a power plant at C': the plant's town, not where A signed
    guests = sorted((pk for pk in group if pk[1].origin != host), key=lambda pk: pk[1].origin is None)
    if not guests or (guests[0][1].origin and guests[0][1].origin != context.other(host)):
        return None
    person, known = guests[0]
    guessed = not any(k.origin for _, k in group)
    if not guessed:
        known.origin = context.other(host)
    title = _written_title(clause, person, known, people, context)
    visit = Visit(known.name, title, known, context.other(host), host, city or city_in(clause, trigger.start, host, people),
                  _occasion(clause, trigger), trigger=trigger.start, rule=trigger.rule, guessed=guessed)
    for other, other_known in group:
        if other_known is not known:
            visit.add_counterpart(other_known.name, other.title)
            visit.partners += [other_known] if guessed else []
            if not guessed:
                other_known.origin = other_known.origin or host
    return visit


def _partner_after(clause: str, trigger: Trigger, people: list[tuple[Person, Known]], actor: Known) -> list[tuple[Person, Known]]:
    """'A signed the memorandum in C (together) with B': the person A acted with, written after."""
    for person, known in people:
        if person.start > trigger.end and known is not actor and re.search(
                r"\b(?:together )?with\s+(?:(?:the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$", clause[trigger.end: person.start]):
            return [(person, known)]
    return []


def _passive(clause: str, trigger: Trigger) -> bool:
    """'C was visited by A': a travel predicate in the passive, its place the subject."""
    return trigger.frame == "travel" and bool(PASSIVE_BEFORE_RE.search(clause, 0, trigger.start))


def _verb_end(clause: str, trigger: Trigger) -> int:
    """The end of the predicate's first word ('chose' of 'chose C for ... visit')."""
    return trigger.start + len(clause[trigger.start:].split(" ", 1)[0])


def _place_start(clause: str, trigger: Trigger, visitor: Person) -> int:
    """Where the place of the trip may be written: after the predicate, after its verb (the
    country chosen, the person met), or after the guest ('hosted Y in C')."""
    if trigger.frame == "destination":  # "chose C for"
        return _verb_end(clause, trigger)
    if trigger.frame == "meet":  # "met X in C": past the person met, not a village of that name
        verb_end = _verb_end(clause, trigger)
        met = MET_NAME_RE.match(clause, verb_end) or MET_AT_RE.match(clause, verb_end)
        return met.end() if met else verb_end
    if trigger.frame == "host":
        return max(visitor.end, trigger.end)
    called = CALLED_ON_NAME_RE.match(clause, trigger.end) if trigger.rule == "call-on" else None
    if called:  # 'called on Thomas Sankara after ...': a person, not the town of Thomas
        return called.end()
    if trigger.rule in GAP_PLACE_RULES:  # 'was in Vienna on D as the guest of B': the place is in the gap
        return _verb_end(clause, trigger)
    return trigger.end


def _host_without_place(clause: str, trigger: Trigger, known: Known, people: list[tuple[Person, Known]],
                        context: VisitContext) -> str | None:
    """The host country when no place is named: the host's country (or the party whose people
    hold the host's office, 'Prime Minister'), the section's direction,
    or, for a returned visit, a stay as someone's guest or a trip told without a place, the
    visitor's other party (else the country of the person met), else the country of the visit
    returned."""
    if trigger.frame == "host":  # the last person before the verb, with those coordinated ('A and B received C')
        hosts = [k for p, k in _subject_group(people, clause, trigger.start) if k is not known][::-1]
    elif trigger.frame == "hosted":
        hosts = [k for p, k in people if p.start >= trigger.end and k is not known][:1]
    else:
        hosts = []
    origins = [origin for k in hosts if (origin := k.origin or context.party_of_role(k.title))]
    if origins:
        return origins[0]
    if context.direction:
        return context.direction[1]
    if trigger.frame in ("return", "hosted") and known.origin in context.parties:
        return context.other(known.origin)
    if trigger.rule == "be-represented-by":  # 'Mauritius was represented at the inauguration by A'
        named = context.mentions.named(clause[: trigger.start])
        country = next(iter(named)) if len(named) == 1 else None
        return context.other(country) if country in context.parties else None
    if trigger.frame == "travel" and NO_PLACE_RE.match(clause, trigger.end):  # 'paid a state visit in 1986 and met B'
        met = [k.origin for p, k in people if p.start >= trigger.end and k is not known and k.origin in context.parties]
        if known.origin in context.parties:
            return context.other(known.origin)
        last = context.last_visit  # '... had been in Muscat in May. Minister A visited in December.': there too
        return next(iter(met), None) or (last.host_iso3 if last is not None and last.person is not known else None)
    last = context.last_visit
    if trigger.frame == "return" and last is not None and last.host_iso3:
        return last.host_iso3 if last.person is known else last.origin_iso3  # came back, or returned the visit
    if trigger.frame == "follow" and last is not None and last.person is not known:
        return last.host_iso3  # 'The Queen came to C in 1979. The Prime Minister followed in 1981.'
    return None


def _later_place(clause: str, start: int, context: VisitContext) -> tuple[str | None, str | None]:
    """'paid an official visit in 1994 and gave a lecture in Hanoi': the party (and city) of a
    place named later in the sentence, where the visitor went on to act."""
    sentence, at = context.in_sentence(clause)
    text, start = (sentence, at + start) if at >= 0 else (clause, start)
    for match in LATER_PLACE_RE.finditer(text, start):
        host, city = place_of(text, match.start(), context, [])
        if host in context.parties:
            return host, city
    return None, None


def _written_title(clause: str, person: Person, known: Known, people: list[tuple[Person, Known]],
                   context: VisitContext) -> str | None:
    """The visitor's title in this clause: written with the name, 'as prime minister', 'the
    first head of state to visit', or a counterpart's title ('hosted his counterpart X')."""
    if person.title and person.title != "counterpart":
        return person.title
    if known.title and known.title != "counterpart":
        return None  # the registry's title, read through the visit
    if re.search(r"\b(?:successor|predecessor),?\s+$", clause[: person.start]) and context.last_visit:
        return context.last_visit.visitor_title
    for pattern in (AS_TITLE_RE, FIRST_TITLE_RE):
        match = pattern.search(clause)
        if match:
            known.title = known.title if known.title not in (None, "counterpart") else match["title"]
            return match["title"]
    if person.title == "counterpart" or known.title == "counterpart":
        others = [k.title for p, k in people if k is not known and k.title and k.title != "counterpart"]
        before = context.previous_subject  # 'His counterpart, A, returned the visit': his, the last sentence's subject
        opening = (person.title == "counterpart" and person.start == 0 and context.sentences[-1].startswith(clause[: person.end])
                   and before is not None and before is not known and before.title != "counterpart")
        return before.title if opening else (others[0] if others else None)
    return None


def _visitors(clause: str, trigger: Trigger, people: list[tuple[Person, Known]], context: VisitContext,
              previous: Visit | None, subject: tuple[Person, Known] | None) -> list[tuple[Person, Known]]:
    """Candidates for the person making the trip, as the frame places them; `subject` is the
    sentence's, for a clause without its own ('A became minister in 2016 and made C ...')."""
    if trigger.frame == "host" and (whom := WHOM_RE.search(clause, 0, trigger.start)):
        group = GROUP_START_RE.search(clause, 0, whom.start())
        return [pk for pk in people if (group.end() if group else 0) <= pk[0].start < whom.start()][:1]
    if trigger.frame == "host":
        after = [pk for pk in people if pk[0].start >= trigger.end][:1]
        if after and not GUEST_AFTER_RE.fullmatch(clause, trigger.end, after[0][0].start):
            return []  # 'received a constitution from King A': A is no guest
        if not after and GUEST_PRONOUN_RE.match(clause, trigger.end) and not CONSENT_RE.search(clause, 0, trigger.start):
            return _guest_told_before(clause, trigger, people, context)  # 'A succeeded B, and C welcomed him to D'
        return after or [pk for pk in [_name_after(clause, trigger.end, context)] if pk]
    if _passive(clause, trigger):
        return [pk for pk in people if pk[0].start >= trigger.end and BY_AGENT_RE.fullmatch(clause, trigger.end, pk[0].start)][:1]
    inside = [pk for pk in people if trigger.start < pk[0].start < trigger.end]
    if trigger.frame == "trip" and inside and re.search(r" (?:by|of) ", clause[trigger.start: inside[0][0].start]):
        return inside[:1]  # "the first state visit by Sultan A to C", "the visit of Premier A to C"
    named = TRIP_BY_NAME_RE.search(clause, trigger.start, trigger.end) if trigger.frame == "trip" and not inside else None
    named = named or (PAID_BY_RE.match(clause, trigger.end) if trigger.frame == "trip" else None)
    name = named and (named["name"] if is_full_name(named["name"]) else context.full_name(named["name"].split()[-1]))
    titled = [pk for pk in people if named and named.start("name") <= pk[0].start < named.end("name")]
    if titled:  # 'a state visit to C was paid by President A B': the person with their title
        return titled[:1]
    if name:  # "a state visit by A B to C", "a state visit to C was paid by A"
        person = Person(name, None, named.start("name"), named.end("name"))
        return [(person, context.remember(person, None))]
    before = [pk for pk in people if pk[0].start < trigger.start and not re.match(r"['’]s\b", clause[pk[0].end:])]
    if clause.startswith("who ") and subject and not before:
        return [subject]  # the person the relative clause is about
    owners = [pk for pk in people if OWNER_RE.fullmatch(clause, pk[0].end, trigger.start)]
    if owners:  # "President A's state visit to C"
        return owners[-1:]
    aside = _aside_subject(clause, trigger.start, people, context)
    if aside:  # "A B, who followed C in 2015, attended"
        return [aside]
    after = [pk for pk in people if pk[0].start >= trigger.end]
    if trigger.frame == "trip" and after and FORWARD_PRONOUN_RE.match(clause):
        return after[:1]  # "During his visit to C on D, President A called for ..."
    pronoun = list(PRONOUN_RE.finditer(clause, 0, trigger.start))
    if pronoun and (not before or pronoun[-1].start() > before[-1][0].end):
        own = [pk for pk in before if pk[1] is context.subject]  # 'A has been a frequent visitor: he was in C'
        referent = own[0] if own and previous is None else _pronoun_referent(previous, subject, context)
        return [referent] if referent else []
    bare = _bare_subject(clause, trigger.start, context)
    if bare and OBJECT_BEFORE_NAME_RE.search(clause, 0, bare.start):
        bare = None  # 'A signed the Treaty on Friendship, Cooperation ... with B during a visit to C': B is no subject
    if before and not (bare and bare.start > before[-1][0].end and re.search(r"[,;]", clause[before[-1][0].end: bare.start])):
        return _subject_group(before, clause, trigger.start)  # not 'When A succeeded B, C travelled'
    owned = OWNED_NAME_RE.search(clause, 0, trigger.start)
    country = resolve_country(owned["country"] or owned["of"]) if owned else None
    if country in context.parties and is_person_name(owned["name"] or owned["person"]):
        group = "name" if owned["name"] else "person"
        person = Person(owned[group], None, owned.start(group), owned.end(group))
        return [(person, context.remember(person, country))]
    if bare:
        return [(bare, context.remember(bare, _successor_origin(clause[: trigger.start], people, context)))]
    possessive = POSSESSIVE_RE.search(clause[: trigger.start])
    if possessive and is_person_name(possessive["name"]):  # "(During) X's state visit to C"
        return [_untitled(possessive["name"], possessive.start("name"), context)]
    earlier = _earlier_visitor(previous, context) or subject
    if earlier:
        return [earlier]
    if after and re.fullmatch(r"[^;]*:\s+", clause[trigger.end: after[0][0].start]):
        return after[:1]  # "... were chief guests at the parade: King A in 2005"
    if trigger.frame in ("trip", "destination", "return") and after:
        between = clause[trigger.end: after[0][0].start]
        if re.fullmatch(r"[^,;]*\b(?:by|was|were)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}|[^,;]*,\s+", between):
            return after[:1]  # "a visit to C by X"; "during a visit to C, X ..."; "among the guests in C was X"
    return []


def _city_back_in(trigger: Trigger, known: Known, host: str) -> str | None:
    """'In September he was back for the inauguration': back in the city of their last trip there."""
    last = known.last_trip
    return last.city if trigger.rule in ("be-back", "return") and last is not None and last.host_iso3 == host else None


PLACE_SUBJECT_RE = re.compile(r"(?:(?:On|In)\s[^,;]{0,25}?\d{4},?\s+)?(?:[Tt]he\s+(?:[\w-]+\s+){0,3}of\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+")
"""A place as the subject of a hosting verb, after a fronted date or not: 'the port town of Lamu received'."""


def _place_before(head: str, context: VisitContext, people: list[tuple[Person, Known]]) -> tuple[str | None, str | None]:
    """A party's place written before the predicate ('In Amman, ..., A flew in')."""
    host, city = place_of(head, 0, context, people) if head else (None, None)
    return (host, city) if host in context.parties else (None, None)


def _aside_subject(clause: str, before: int, people: list[tuple[Person, Known]],
                   context: VisitContext) -> tuple[Person, Known] | None:
    """The person a relative clause right before the predicate is about ('A B, who followed
    C in 2015, attended'), not the people the aside names."""
    for start, end in aside_spans(clause[:before]):
        if not re.fullmatch(r",\s+(?:[a-z]+\s+){0,2}", clause[end:before]):
            continue
        owner = [pk for pk in people if pk[0].end == start]
        if owner:
            return owner[0]
        named = re.search(rf"(?<![\w'’-])(?P<name>{NAME})$", clause[:start])
        if named and is_full_name(named["name"]):
            person = Person(named["name"], None, named.start("name"), start)
            return person, context.remember(person, None)
    return None


def _pronoun_referent(previous: Visit | None, subject: tuple[Person, Known] | None,
                      context: VisitContext) -> tuple[Person, Known] | None:
    """Who 'he' or 'she' is: the visitor told earlier in the sentence, the person the sentence
    starts with, the person the sentence before was about, else the last visitor."""
    earlier = _earlier_visitor(previous, context) or subject
    if earlier is None and context.previous_subject is not None:
        known = context.previous_subject
        return Person(known.name, known.title, 0, 0), known
    return earlier or _earlier_visitor(context.last_visit, context)


def _earlier_visitor(visit: Visit | None, context: VisitContext) -> tuple[Person, Known] | None:
    """'He returned to Thimphu': the visitor of the visit told just before."""
    if visit is None or visit.host_iso3 is None:
        return None
    person = Person(visit.visitor_name, visit.written_title, 0, 0)
    return person, context.remember(person, visit.origin_iso3)


def _successor_origin(head: str, people: list[tuple[Person, Known]], context: VisitContext) -> str | None:
    """'His successor, A B, ...' or 'A B, C's successor, ...': a successor or predecessor holds
    the office of the same party as the person named with it, or as the visitor told before."""
    match = re.search(r"(?:^|\b)(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<name>\S+)['’]s) (?:successor|predecessor)\b", head)
    if not match:
        return None
    if match["name"]:
        named = [k for p, k in people if p.end == match.end("name")]
        return named[0].origin if named else None
    last = context.last_visit
    return last.origin_iso3 if last is not None and last.host_iso3 else None


def _bare_subject(text: str, before: int, context: VisitContext) -> Person | None:
    """A full name without a title, the subject of the clause ("Lulzim Basha travelled"), or
    a single name right before the predicate ("Arévalo was hosted")."""
    head = text[:before]
    led = re.match(rf"(?:His|Her|[A-Z][\w-]+['’]s) (?:successor|predecessor),?\s+(?P<name>{NAME}),?\s+(?:[a-z]+\s+){{0,2}}$", head)
    if led and len(led["name"].split()) >= 2 and is_person_name(led["name"]):  # "His successor, A B, chose"; "C's successor A B met"
        return Person(led["name"], None, led.start("name"), led.end("name"))
    relative = re.match(rf"(?:and\s+)?(?P<name>{NAME}),\s+who\s+(?!had\b)(?:[a-z]+\s+){{0,2}}$", head)
    if relative and is_full_name(relative["name"]):  # "(and) A B, who stopped in C"; not "who had spent years in C"
        return Person(relative["name"], None, relative.start("name"), relative.end("name"))
    participle = PARTICIPLE_SUBJECT_RE.match(head)
    if participle and is_full_name(participle["name"]):  # "On D A B, received in C by E, agreed"
        return Person(participle["name"], None, participle.start("name"), participle.end("name"))
    as_office = AS_OFFICE_SUBJECT_RE.match(head)
    if as_office and role_of(as_office["title"]) != "other" and (is_full_name(as_office["name"]) or is_surname(as_office["name"])):
        return Person(as_office["name"], as_office["title"], 0, len(as_office["name"]))  # 'A, as president, returned the courtesy'
    appositive = APPOSITIVE_SUBJECT_RE.match(head)
    named = appositive and (len(appositive["name"].split()) >= 2 and is_person_name(appositive["name"])
                            or context.full_name(appositive["name"]))  # "A B, C's successor, paid"; 'B, sworn in in May, paid'
    if named:
        office = OFFICE_ASIDE_RE.match(appositive["aside"])  # 'On D, A B, then defence minister, came': the office held
        title = office["title"] if office and role_of(office["title"]) != "other" else None
        return Person(appositive["name"], title, appositive.start("name"), appositive.end("name"))
    for match in reversed(list(re.finditer(rf"(?<![\w'’-])(?:(?:{'|'.join(MONTHS)})\s+)?(?P<name>{NAME})", head))):
        name = match["name"].rstrip(".,")  # not the month before it: 'in September al-Burhan made
        if re.search(r"['’]s$", name):
            return None  # "India's other consulates are in C": the owner, not the subject
        gap = WITH_A_TRIP_RE.sub("", head[match.end("name"):])
        gap = BY_GERUND_RE.sub("", gap) if re.match(r"\w+ing\b", text[before:]) else gap
        if re.search(r"[,;(]|\b(?:of|by|for|with|from|to|in)\s", gap) or len(gap.split()) > 8:
            return None
        if is_full_name(name):
            return Person(name, None, match.start("name"), match.start("name") + len(name))
        adverbs = re.fullmatch(r"(?:\s+(?:had|has|also|then|later|again|himself|herself|first))*\s*", gap)
        opens = match.start("name") == 0 and len(gap.split()) <= 4  # "Lula repaid the courtesy with a visit"
        # not 'About 1.1 million visitors travelled' (a dictionary word), unless a name read before ('Berg')
        unknown_word = not (opens and is_english_word(name)) or context.full_name(name)
        if " " not in name and (adverbs or opens) and name not in STOP_WORDS and unknown_word and (is_surname(name) or context.full_name(name)):  # "Arévalo was hosted"; 'Bio', named before
            return Person(name, None, match.start("name"), match.start("name") + len(name))
        if len(name.split()) >= 3 and name.split()[0] in ("On", "In", "At"):
            continue
    return None


def _name_after(text: str, start: int, context: VisitContext) -> tuple[Person, Known] | None:
    """An untitled name right after `start` ("hosted Akufo-Addo in Abuja")."""
    match = re.match(rf"\s+(?P<name>{NAME})", text[start:])
    if not match or not is_person_name(match["name"]):
        return None
    person = Person(match["name"], None, start + match.start("name"), start + match.end("name"))
    return person, context.remember(person, None)


def _subject_group(people: list[tuple[Person, Known]], text: str, before: int) -> list[tuple[Person, Known]]:
    """The people named last before the verb, with those coordinated with them ("A and B visited")."""
    earlier = [pk for pk in people if pk[0].start < before]
    group = earlier[-1:]
    for candidate in reversed(earlier[:-1]):
        together = candidate[0].start == group[0][0].start  # 'the two presidents'
        if not together and not re.fullmatch(r",?\s+and\s+(?:\S+\s+){0,2}", text[candidate[0].end:group[0][0].start]):
            break
        group.insert(0, candidate)
    return group


COORDINATED_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+and\s+(?:\S+\s+){0,2}")
"""Between two people coordinated: 'A (of C) and (his counterpart) B'."""


def _group_after(people: list[tuple[Person, Known]], text: str, start: int) -> list[tuple[Person, Known]]:
    """The people coordinated right after `start` ("signed by A and B")."""
    later = [pk for pk in people if pk[0].start >= start]
    group = later[:1]
    for candidate in later[1:]:
        if not COORDINATED_RE.fullmatch(text, group[-1][0].end, candidate[0].start):
            break
        group.append(candidate)
    return group


def read_table_header(row: str, context: VisitContext) -> None:
    """Keep the fields of a table's columns from its row of names ('Date | Visitor | Office |
    Place | Received by'), for the rows after it."""
    cells = [cell.strip() for cell in row.split(" | ")]
    fields = [FIELDS.get(cell.lower().rstrip(".")) for cell in cells]
    if len(cells) >= 2 and any(fields) and not any(char.isdigit() for char in row):
        context.table_header = fields


def _table_row(text: str, context: VisitContext) -> str | None:
    """A row of a table of visits as labelled fields ('visitor: Prime Minister of A B; place: C'),
    by its column names; None for text that is no such row."""
    cells = [cell.strip() for cell in text.split(" | ")]
    header = context.table_header
    if not header or len(header) != len(cells):
        return None
    row = {field: cell for field, cell in zip(header, cells) if field}
    return "; ".join(f"{'office' if field == 'title' else field}: {value}" for field, value in row.items() if value)


def _guests(visitor: str, title: str | None, context: VisitContext) -> list[tuple[Person, Known]]:
    """The visitor of a fielded visit: a name with its office in a field of its own ('Guest: A B;
    office: King of C'), else the people named in the two fields."""
    if title and is_person_name(visitor):
        person = Person(visitor, title, 0, len(visitor))
        return [(person, context.remember(person, context.origin_of_title(title)))]
    return people_in(" ".join(filter(None, (title, visitor))), context)


def _field_visit(sentence: str, context: VisitContext) -> Visit | None:
    """A visit written as labelled fields: 'Guest: A; host: B; place: C; date: D'."""
    fields = {FIELDS[m["label"].lower()]: m["value"].strip() for m in FIELD_RE.finditer(sentence) if m["label"].lower() in FIELDS}
    if "visitor" not in fields or not ({"host", "place"} & set(fields)):
        return None
    guests = _guests(fields["visitor"], fields.get("title"), context)
    if not guests:
        return None
    person, known = guests[0]
    place = fields.get("place", "")
    host, city = place_of(place, 0, context, []) if place else (None, None)
    host_name = fields.get("host", "").rstrip(".")
    hosts = people_in(host_name, context)
    if not hosts and len(host_name.split()) >= 2 and is_person_name(host_name):  # an untitled name in its cell
        hosts = [(Person(host_name, None, 0, len(host_name)), context.remember(Person(host_name, None, 0, 0), None))]
    if host is None and hosts and hosts[0][1].origin:
        host = hosts[0][1].origin
    if host is None and known.origin in context.parties and NAME_RE.fullmatch(place):
        host, city = context.other(known.origin), place  # a town the gazetteer lacks, in the place field
    origin = known.origin or (context.other(host) if host in context.parties else None)
    if host not in context.parties or origin in (None, host):
        return None
    known.origin = origin
    visit = Visit(known.name, person.title, known, origin, host, city, occasion_in(sentence), rule="fields")
    for host_person, host_known in hosts:
        host_known.origin = host_known.origin or host
        visit.add_counterpart(host_known.name, host_person.title)
    notes = fields.get("notes", "")
    notes = notes[:1].lower() + notes[1:]  # 'Met B', 'Received by B': read as the clause's predicate
    if notes:
        _counterparts(notes, visit, people_in(notes, context), context)
        visit.occasion = visit.occasion or occasion_in(notes) or occasion_in(f"attended the {notes}")  # '6th summit'
    return visit


def _counterparts(text: str, visit: Visit, people: list[tuple[Person, Known]], context: VisitContext,
                  trigger: int | None = None) -> None:
    """The people the visitor met, was hosted by, or held talks with; not those of an aside about
    the visitor ('A, whose friendship with B ...', 'A, accompanied by his wife B,') unless the aside
    tells the trip at `trigger` ('A, having been received in C by his counterpart B,')."""
    asides = [m.span() for m in NOT_MET_ASIDE_RE.finditer(text) if trigger is None or not m.start() <= trigger < m.end()]
    people = [pk for pk in people if not any(a <= pk[0].start < b for a, b in asides)]
    for match in INVITER_RE.finditer(text):
        name = match["name"] or match["of"]
        if match["name"] or is_person_name(name):
            visit.add_counterpart(name, None)
    for match in HOSTS_GUEST_RE.finditer(text):
        name = LEADING_TITLE_RE.sub("", match["name"])
        if " " not in name:  # a surname only when it stands for one person read before
            known = context.people.get(fold(name))
            name = known.name if known else context.full_name(name)
        if name and is_person_name(name):
            visit.add_counterpart(name, None)
    for person, known in people:
        if person.title == "counterpart":
            visit.add_counterpart(known.name, None)
        elif re.search(r"\bwith\s+(?:(?:the|his|her|their)\s+(?:[A-Z][\w-]+\s+)?)?$", text[: person.start]):
            visit.add_counterpart(known.name, person.title)
        elif re.search(r"\b(?:visited|(?:visit|trip|journey)\s+to)\s+$", text[: person.start]) or RECEIVED_HIM_RE.match(text, person.end):
            visit.add_counterpart(known.name, person.title)  # 'where King B received him
        elif ADDRESSED_RE.search(text, 0, person.start):
            visit.add_counterpart(known.name, person.title)  # 'made a trip to C and asked B for backing
    for match in WITH_NAME_RE.finditer(text):
        if len(match["name"].split()) >= 2 and is_person_name(match["name"]) and not any(a <= match.start() < b for a, b in asides):
            visit.add_counterpart(match["name"].rstrip(".,"), None)
    for match in MET_LIST_RE.finditer(text):
        if not any(a <= match.start() < b for a, b in asides):
            _listed(match["names"], match.start("names"), visit, people, context)
    _pronoun_met(text, visit, people)
    resolved = []
    for name, title in visit.counterparts:
        known = context.people.get(fold(name.split()[-1])) or next(
            (k for k in context.people.values() if k.name.split()[: len(name.split())] == name.split()), None)
        longer = known.name if known and len(known.name) > len(name) else context.longer_name(name)
        resolved.append((longer or name, title))
    visit.counterparts[:] = resolved
    peer_role = visit.visitor_role if visit.visitor_role in PEER_ROLES else None
    for name, title in visit.counterparts:
        first_met = fold(name.split()[-1]) not in context.people
        known = context.remember(Person(name, title, 0, 0), None if visit.guessed else visit.host_iso3)
        if peer_role and first_met and known.title in (None, "counterpart") and not known.role:
            known.role = peer_role  # a foreign minister's talks are with the other foreign minister


def _listed(names: str, offset: int, visit: Visit, people: list[tuple[Person, Known]], context: VisitContext) -> None:
    """Counterparts listed after 'met': 'A, B and C', titled or known, untitled full names, or
    one word for a full name read earlier ('met Natano'); the list ends where a name is followed
    by other words ('he and A raised relations')."""
    position = offset
    for chunk in re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", names)[: 2 * MAX_LISTED - 1]:
        start, position = position, position + len(chunk)
        if re.fullmatch(r",\s+(?:and\s+)?|\s+and\s+", chunk):
            continue
        named = [(p, k) for p, k in people if start <= p.start < position]
        bare = re.match(rf"(?:the\s+)?(?P<name>{NAME})", re.sub(r"['’]s(?=\s+[a-z])", "", chunk.strip(), count=1))  # 'met B's government'
        if named:
            visit.add_counterpart(named[0][1].name, named[0][0].title)
            end = named[0][0].end - start
        elif bare and len(bare["name"].split()) >= 2 and is_person_name(bare["name"]):
            visit.add_counterpart(bare["name"].rstrip(".,"), None)
            end = len(chunk) - len(chunk.lstrip()) + bare.end()
        elif bare and (full := context.full_name(bare["name"].rstrip(".,"))):
            visit.add_counterpart(full, None)
            end = len(chunk) - len(chunk.lstrip()) + bare.end()
        elif bare and start == offset and " " not in bare["name"] and bare["name"] not in STOP_WORDS and is_surname(bare["name"]):
            visit.add_counterpart(bare["name"], None)  # 'met Lula on the margins of ...': one name, right after the verb
            end = len(chunk) - len(chunk.lstrip()) + bare.end()
        else:
            continue
        if re.search(r"\b[a-z]", chunk[end:]):
            return


def _pronoun_met(text: str, visit: Visit, people: list[tuple[Person, Known]]) -> None:
    """'attends the inauguration of X ... and meets him': the person named last before 'him'."""
    match = re.search(r"\b(?:met|meets|meeting|embraced)\s+(?:him|her)\b", text)
    if match:
        named = [(p.end, k.name) for p, k in people if p.end <= match.start() and k.name != visit.visitor_name]
        named += [(m.end(), m.group()) for m in re.finditer(NAME, text[: match.start()])
                  if len(m.group().split()) >= 2 and is_person_name(m.group())]
        if named:
            visit.add_counterpart(max(named)[1], None)


def follow_up(sentence: str, context: VisitContext, dated: bool) -> bool:
    """Add counterparts or a city told in the sentence after a visit ("In Athens he met ...",
    "Receiving him, X said ..."). A dated sentence is a follow-up only when it says so."""
    visit = context.last_visit
    if visit is None or visit.host_iso3 is None:
        return False
    receiving = RECEIVING_RE.match(sentence)
    if receiving and is_person_name(receiving["name"]):
        visit.add_counterpart(receiving["name"], None)
        context.remember(Person(receiving["name"], None, 0, 0), visit.host_iso3)
        return False
    match = FOLLOW_UP_MET_RE.search(sentence)
    at_city = None if dated else re.match(r"^(?:At|In) (?P<place>(?:[A-Z][\w'’-]*\s?)+)", sentence)
    company = None if dated else COMPANY_RE.match(sentence)
    if company:
        add_met(sentence, visit, context)
        return False
    greeting = None if dated else GREETED_GUEST_RE.search(sentence)
    if greeting and not find_triggers(sentence[: greeting.start()]):  # not 'B flew to C, where A received him': a trip
        # 'The king, A, met the royal party at the airport ... in C': the hosts, and the city
        people = [pk for pk in people_in(sentence, context) if pk[0].end <= greeting.start()]
        for _, known in people:
            visit.add_counterpart(known.name, known.title)
        visit.city = visit.city or city_in(sentence, 0, visit.host_iso3, [])
        return bool(people)
    if not match and not (at_city and _names_surname(sentence, visit.visitor_name)):
        return False
    who = (match["who"] if match else "").lower()
    if match and who not in ("he", "she", "they") and fold(who) not in fold(visit.visitor_name):
        return False
    place = (match["city"] if match and match["city"] else None) or (at_city["place"] if at_city else None)
    if visit.city is None:
        visit.city = city_of(place, visit.host_iso3) if place else city_in(sentence, 0, visit.host_iso3, [])
    add_met(sentence, visit, context)
    return True


def _names_surname(sentence: str, name: str) -> bool:
    """The sentence names the person by surname (a pattern of its own: compiled only when asked)."""
    return bool(re.search(rf"\b{re.escape(name.split()[-1])}\b", sentence))


def continue_visit(clause: str, visit: Visit, context: VisitContext, dated: bool = False, shared: bool = False) -> bool:
    """A clause after a visit in the same sentence ("..., and met X in Hanoi", "the visit ended
    with the summit in Ottawa", a `shared` subject's "and signed ... with X in C"): add to the
    visit. A clause with its own date only adds the person written with the visitor ("on 5
    December he and X signed ...") and stays a fact."""
    onward = not dated and ONWARD_RE.match(clause) and place_of(clause, 0, context, [])[0] == visit.host_iso3
    continues = onward or ((shared or SUBJECTLESS_ACT_RE.match(clause)) and not dated) or (CONTINUATION_RE.match(clause) and (not dated or not clause.startswith("in ")))
    listed = context.visit_list and visit.host_iso3  # an item of a list of visits tells of its visit only
    if listed and not continues:
        own_trip = dated or TRIP_TO_RE.search(clause)  # '...; B to C (October)': a trip of its own
        if not own_trip:
            _add_to(clause, visit, context)
        return not own_trip
    if not continues:
        acted_with = COMPANY_RE.search(clause) or ACTED_WITH_RE.search(clause)  # '...; he and B chaired the committee'
        if acted_with or (not dated and COUNTERPART_RE.search(clause)):
            add_met(clause, visit, context)  # '..., and his Uruguayan counterpart, B, signed here ...'
        if acted_with:
            chaired = CHAIRED_BODY_RE.search(clause)
            visit.occasion = visit.occasion or occasion_in(clause) or (chaired["occasion"] if chaired else None)
        if not dated:  # not 'and B hosted him again a year later': another meeting
            _visitor_as_object(clause, visit, context)
        return False
    _add_to(clause, visit, context)
    return True


def _add_to(clause: str, visit: Visit, context: VisitContext) -> None:
    """The city, occasion and people met that a clause adds to a visit."""
    if visit.city is None:
        visit.city = city_in(clause, 0, visit.host_iso3, people_in(clause, context))
    visit.occasion = visit.occasion or occasion_in(clause)
    add_met(clause, visit, context)


def add_met(text: str, visit: Visit, context: VisitContext) -> None:
    """The visitor's counterparts named in `text`."""
    people = people_in(text, context)
    _counterparts(text, visit, people, context)
    for person, known in people:
        if f"{person.name}," in text and re.search(rf"{re.escape(person.name)},\s+the\s+", text):
            visit.add_counterpart(known.name, person.title)
    _state_visit_roles(visit, context)


def _visitor_as_object(clause: str, visit: Visit, context: VisitContext) -> None:
    """'the king presented him with the order in Thimphu': the host who acts on the visitor
    is met, and the city is the visit's."""
    pronoun = OBJECT_RE.search(clause)
    if pronoun is None:
        return
    hosts = [(p, k) for p, k in people_in(clause[: pronoun.start()], context)
             if k.origin in (None, visit.host_iso3) and k is not visit.person]
    if hosts:
        visit.add_counterpart(hosts[-1][1].name, hosts[-1][0].title)
        visit.city = visit.city or city_in(clause, 0, visit.host_iso3, [])
