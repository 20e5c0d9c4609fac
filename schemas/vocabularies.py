"""Controlled vocabularies of the dataset (fixed by SPEC.md) and PLOVER's categories."""

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

PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""PLOVER's sixteen event categories, in the codebook's order (cooperation to conflict)."""
