"""Event typing: one auditable rule list, the first matching rule gives a clause its type.

Each rule is a regular expression over the clause in lower case. Order matters: the more
specific kinds of fact (a break in relations, visas, aid) come before the general ones
(agreements, meetings), so "agreed to eliminate visas" is a visa fact, not an agreement.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import resolve_country

RULES: tuple[tuple[str, str], ...] = (
    ("commemoration", r"\banniversary\b|\bcentenary\b|\bmonument\b|\bmemorial\b|\bcommemorat|\bto honou?r (his|her|their|the) memory|\bplaque\b"),
    ("relations_severed", r"\bbr(oke|eak|oken)s? off\b.*\brelations\b|\brelations\b.{0,60}\b(broken|cut) off\b|\bsever(ed|s)?\b.*\b(relations|ties)\b|\bcut (off )?(diplomatic )?(relations|ties)\b|\blegation was closed\b|\bclosed its legation\b|\bsuspend(ed)? (diplomatic )?relations\b"),
    ("relations_restored", r"\brestor(ed|e|ation of)\b.*\brelations\b|\brelations\b.{0,80}\b(were|was) restored\b|\bre-?open(ed)? (its|their) (diplomatic mission|legation)\b|\bresum(ed|ption of) (diplomatic )?relations\b|\bre-?established (diplomatic )?relations\b"),
    ("relations_established", r"\bestablish(ed|ment of)? (formal |full )?diplomatic relations\b|\bdiplomatic relations\b.*\b(were|was) (\w+ )?established\b|\bopened (a|its) legation\b|\bestablished relations\b"),
    ("recognition", r"\brecogni[sz](ed|es|e|ing)\b.*\b(as a state|independence|new state|sovereignty|republic)\b|\brecogni[sz]ed (the )?(independence|new state|state of)\b|\bde jure\b|\brecognition of (the )?(independence|state|republic)\b|\brecogni[sz]ed (it|them)\b"),
    ("visa", r"\bvisas?\b|\bbiometric identity card\b|\bcross the border\b"),
    ("aid", r"\bhumanitarian\b|\baid\b|\brescue\b|\brelief\b|\bdonat(ed|ion)\b|\bsoft loan\b|\bloan\b|\bgranted\b.*\b(loan|funds?|assistance)\b|\bfinanc(ed|ing)\b|\bdevelopment (cooperation|assistance)\b|\btook in\b.*\brefugees\b|\bassistance\b|\bred cross\b|\bconcession(al|ary)\b"),
    ("transport", r"\bflights?\b|\bferry\b|\bair (link|route|connection)\b|\bairlines?\b|\brail(way)?\b|\bbridge\b|\bborder (post|crossing)\b|\bhighway\b"),
    ("support", r"\bsupport(ed|s)?\b.*\b(bid|membership|accession|candidacy|seat)\b|\bback(ed|s)?\b.*\b(bid|membership|accession|candidacy|seat)\b|\bratif(y|ied)\b.*\baccession\b|\bendors(ed|es)\b|\bvoted in favou?r\b|\bin support of\b"),
    ("agreement", r"\bsign(ed|ing)\b|\btreaty\b|\bconvention of\b|\bstrategic partnership\b|\b(upgraded|raised|elevated)\b.*\bpartnership\b|\bagreements?\b|\bmemorandum\b|\bprotocol\b|\baccord\b"),
    ("statement", r"\bsaid\b|\bstated\b|\bdeclared\b|\bannounced\b|\bstatement\b|\bdemand(ed|ing)\b|\bcondemn(ed|s)\b|\bcalled (for|on)\b|\bopined\b|\bexpressed\b|\bprotest(ed|s)?\b|\bpraised\b|\bdescribed\b|\btelephoned\b|\bapologi[sz]e|\bwelcomed\b"),
    ("migration", r"\bemigrat|\bimmigra|\basylum\b|\brefugees\b|\bdiaspora\b|\bmigrants?\b|\bexiles?\b|\bmoved to\b|\b(re)?settled in\b|\bexpel(led|s)?\b|\bexpulsions?\b|\bdeport|\bundocumented\b|\baliens?\b"),
    ("military", r"\bdeclared war\b|\btroops\b|\barmy\b|\barmed forces\b|\bmilitary\b|\boccup(ied|ation)\b|\binvad(ed|ed)\b|\bbesieged\b|\bvolunteers\b.*\bfight\b|(?<![-\w])operation\b|\bcombat\b|\bbundeswehr\b|\bwar of\b|\bair force\b|\bnav(y|ies|al)\b|\bexercises?\b|\bfought\b|\bbattle of\b|\barmou?red\b|\bjoint operations\b|\bwarships?\b|\bsquadron\b|\bbombard(ed|ment)\b|\bairspace\b|\baircraft\b"),
    ("trade", r"\btrade\b|\bexport(s|ed|ing)?\b|\bimport(s|ed)?\b|\btrading partners?\b|\binvest(ment|ments|ed|ors?)\b|\bfactor(y|ies)\b|\bjoint venture\b|\bcompanies\b|\bshopping\b"),
    ("organization", r"\borgani[sz]ation called\b|\bfounded\b.*\b(community|union|council|organi[sz]ation)\b|\bfounding members?\b|\bassociation\b|\bsociety\b|\bfriendship group\b"),
    ("cultural", r"\bcultur(e|al)\b|\blyc[ée]e\b|\bschools?\b|\buniversity\b|\bstudents\b|\bscholarships?\b|\binstitute\b|\bexhibition\b|\bacademy\b|\bco-produc|\btelevision\b|\bbroadcast|\bfestival\b|\btranslation\b|\bco-hosted an event\b"),
    ("meeting", r"\bmet\b|\bmeetings?\b|\btalks\b|\bconsultations\b|\bnegotiations\b|\bsummit\b|\bconference\b|\bdialogue\b"),
    ("agreement", r"\bagreed\b"),
)
_COMPILED = tuple((event_type, re.compile(pattern)) for event_type, pattern in RULES)


RECOGNISED_COUNTRY_RE = re.compile(r"\brecogni[sz]ed\s+(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _recognises_a_country(clause: str) -> bool:
    """'Japan recognised Poland on 1 May 2001': the object is a country."""
    return any(resolve_country(m["country"]) for m in RECOGNISED_COUNTRY_RE.finditer(clause))


def classify(clause: str) -> str | None:
    """The event type of a clause, or None when no rule fires."""
    lowered = clause.lower()
    for event_type, pattern in _COMPILED:
        if pattern.search(lowered) or (event_type == "recognition" and _recognises_a_country(clause)):
            return event_type
    return None
