"""Controlled vocabularies of the dataset (fixed by SPEC.md) and the PLOVER crosswalk."""

EVENT_TYPES = (
    "recognition", "relations_established", "relations_severed", "relations_restored",
    "agreement", "visit", "meeting", "support", "aid", "statement", "migration",
    "transport", "visa", "trade", "military", "commemoration", "cultural",
    "organization", "other",
)

VISITOR_ROLES = (
    "head_of_state", "head_of_government", "foreign_minister", "minister", "speaker",
    "royalty", "other",
)

MISSION_TYPES = (
    "embassy", "consulate_general", "consulate", "honorary_consulate",
    "representative_office", "other",
)

DATE_PRECISIONS = ("day", "month", "year", "decade")

PLOVER_BY_EVENT_TYPE = {
    "recognition": "SUPPORT",
    "relations_established": "SUPPORT",
    "relations_restored": "SUPPORT",
    "relations_severed": "SANCTION",
    "support": "SUPPORT",
    "agreement": "AGREE",
    "visit": "CONSULT",
    "meeting": "CONSULT",
    "aid": "AID",
    "trade": "COOPERATE",
    "transport": "COOPERATE",
    "visa": "COOPERATE",
    "cultural": "COOPERATE",
}
"""PLOVER category of each event type; types with no single PLOVER category (statements,
migration, military, commemoration, organisations, other) map to null."""

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""PLOVER's sixteen event categories, in the codebook's order (cooperation to conflict)."""
