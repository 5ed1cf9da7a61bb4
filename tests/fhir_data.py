"""Sessions and checks shared by the FHIR tests: what a bundle must hold, validated with
the ``fhir.resources`` package (R4B models) and read resource by resource."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle

from kneeapp.domain.session import Session, build_session, validate_reading

ALICE = "Alice Example"  # a kiosk patient's profile: their name, never written to a bundle
NOTE = 'after a 10 km run, "sore"'
ADVICE = "Consider seeing a physical therapist."


def varied_sessions() -> list[Session]:
    """Every kind of measure, a skipped and an unrated side, a note, advice, safety
    answers; two profiles."""
    start = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    first = build_session(
        uid="10000000-0000-4000-8000-000000000001",
        profile="default",
        recorded_at=start,
        readings=[
            validate_reading("ankle_step", "range", 4, 8),
            validate_reading("ankle_step", "pain", 6, None),  # right side not rated
            validate_reading("ankle_step", "knee_to_wall", 7.5, None, None, "too_painful"),
            validate_reading("kneeling_lunge", "range", 6, 6),
            validate_reading("kneeling_lunge", "pain", 0, 1),
            validate_reading("knee_extension", "range", 9, 10),
            validate_reading("knee_extension", "pain", 1, 1),
            validate_reading("single_leg_squat", "drift", 2, 0),
            validate_reading("single_leg_squat", "pain", 3, 0),
            validate_reading("single_leg_bridge", "reps", 12, 20),
            validate_reading("single_leg_bridge", "pain", None, None, "could_not", "not_done"),
        ],
        note=NOTE,
        red_flags={
            "hot_swollen": False,
            "night_rest_pain": False,
            "locking_giving_way": False,
            "cannot_bear_weight": False,
            "fall_twist_swelling": False,
            "hop_groin_pain": False,
        },
        advice=ADVICE,
    )
    second = build_session(
        uid="10000000-0000-4000-8000-000000000002",
        profile=ALICE,
        recorded_at=start + timedelta(days=9, minutes=3),
        readings=[
            validate_reading("ankle_step", "range", 5, 7),
            validate_reading("ankle_step", "pain", 2, 0),
        ],
    )
    return [first, second]


def validated(path: Path) -> dict[str, Any]:
    """The bundle in ``path``, after the R4B models accepted it."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    Bundle.model_validate(data)
    return data


def resources(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]
