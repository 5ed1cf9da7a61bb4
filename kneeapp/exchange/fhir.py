"""FHIR R4 bundles of sessions: a ``collection`` Bundle with a Patient per profile (a
pseudonym unless the profile has a display name), a Device for KneeCheck, per session an
Observation grouping one Observation per check, measure and side, and a
QuestionnaireResponse for the safety answers. Codes and units: ``fhir_codes``.

Pure: no Qt, no storage. ``fhir_read`` reads such a bundle back.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import IO, Any

from kneeapp import __version__
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.profiles import Profile
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.domain.session import DEFAULT_PROFILE, Reading, Session
from kneeapp.exchange.fhir_codes import (
    ADVICE_EXTENSION,
    BUILT_IN_PROFILE_SYSTEM,
    CATEGORY_SYSTEM,
    CODE_SYSTEM,
    CODES,
    DATA_ABSENT_SYSTEM,
    LOINC,
    PROFILE_SYSTEM,
    SAFETY_QUESTIONNAIRE,
    SESSION_CODE,
    SESSION_DISPLAY,
    SESSION_SYSTEM,
    SIDE_CODES,
    SKIP_DISPLAYS,
    SNOMED,
    UCUM,
    unit_of,
)

Resource = dict[str, Any]

# The ids of a bundle's entries are made from what they stand for, so exporting the same
# sessions twice gives the same bundle (apart from its timestamp).
_IDS = uuid.UUID("6f0c3c5e-2f57-4a38-9b1e-4b6a1f6f2a10")
_CATEGORY = [{"coding": [{"system": CATEGORY_SYSTEM, "code": "exam", "display": "Exam"}]}]


def _urn(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_IDS, '/'.join(parts))}"


def _reference(url: str) -> dict[str, str]:
    return {"reference": url}


def _moment(when: datetime) -> str:
    return when.isoformat()


def patient(profile: Profile) -> Resource:
    """A profile as a Patient: its uid only, unless it has a display name (then that and
    the year of birth). The built-in profile says it is the built-in one."""
    identifiers = [{"system": PROFILE_SYSTEM, "value": profile.uid or str(uuid.uuid4())}]
    if profile.name == DEFAULT_PROFILE:
        identifiers.append({"system": BUILT_IN_PROFILE_SYSTEM, "value": DEFAULT_PROFILE})
    resource: Resource = {"resourceType": "Patient", "identifier": identifiers}
    if profile.display_name:
        resource["name"] = [{"text": profile.display_name}]
        if profile.birth_year is not None:
            resource["birthDate"] = f"{profile.birth_year:04d}"
    return resource


def device() -> Resource:
    return {
        "resourceType": "Device",
        "deviceName": [{"name": "KneeCheck", "type": "user-friendly-name"}],
        "version": [{"value": __version__}],
    }


def _measure_code(reading: Reading, side: Side) -> dict[str, Any]:
    row = CODES[reading.check_id, reading.measure_id]
    codings = []
    loinc = row.loinc_for(side)
    if loinc:
        codings.append({"system": LOINC, "code": loinc})
    codings.append({"system": CODE_SYSTEM, "code": row.code, "display": row.display})
    return {"coding": codings, "text": row.display}


def _value(reading: Reading, value: float) -> Resource:
    unit = unit_of(reading.measure)
    if unit.ucum is None:
        return {"valueInteger": round(value)}
    number: float | int = int(value) if float(value).is_integer() else value
    return {
        "valueQuantity": {
            "value": number,
            "unit": unit.display,
            "system": UCUM,
            "code": unit.ucum,
        }
    }


def side_observation(
    session: Session, reading: Reading, side: Side, subject: str, tool: str
) -> Resource | None:
    """One side of one measure; None for a side neither rated nor skipped."""
    value, skip = reading.value(side), reading.skip(side)
    if value is None and skip is None:
        return None
    code, display = SIDE_CODES[side]
    resource: Resource = {
        "resourceType": "Observation",
        "status": "final",
        "category": _CATEGORY,
        "code": _measure_code(reading, side),
        "subject": _reference(subject),
        "effectiveDateTime": _moment(session.recorded_at),
        "device": _reference(tool),
        "bodySite": {"coding": [{"system": SNOMED, "code": code, "display": display}]},
    }
    if value is not None:
        resource.update(_value(reading, value))
    else:
        assert skip is not None
        resource["dataAbsentReason"] = {
            "coding": [
                {"system": DATA_ABSENT_SYSTEM, "code": "not-performed"},
                {"system": CODE_SYSTEM, "code": skip.value, "display": SKIP_DISPLAYS[skip]},
            ],
            "text": SKIP_DISPLAYS[skip],
        }
    return resource


def safety_answers(session: Session, subject: str) -> Resource:
    """The safety screen's answers given before the session's first check."""
    items = [
        {"linkId": flag.id, "text": flag.question, "answer": [{"valueBoolean": answer}]}
        for flag in RED_FLAGS
        if (answer := session.red_flags.get(flag.id)) is not None
    ]
    return {
        "resourceType": "QuestionnaireResponse",
        "identifier": {"system": SESSION_SYSTEM, "value": session.uid},
        "questionnaire": SAFETY_QUESTIONNAIRE,
        "status": "completed",
        "subject": _reference(subject),
        "authored": _moment(session.recorded_at),
        "item": items,
    }


def session_entries(session: Session, subject: str, tool: str) -> list[Resource]:
    """The session's grouping Observation, its members and its safety answers."""
    entries: list[Resource] = []
    members: list[dict[str, str]] = []
    for reading in session.readings:
        for side in Side:
            resource = side_observation(session, reading, side, subject, tool)
            if resource is not None:
                url = _urn(session.uid, reading.check_id, reading.measure_id, side.value)
                entries.append({"fullUrl": url, "resource": resource})
                members.append(_reference(url))
    panel: Resource = {
        "resourceType": "Observation",
        "identifier": [{"system": SESSION_SYSTEM, "value": session.uid}],
        "status": "final",
        "category": _CATEGORY,
        "code": {
            "coding": [{"system": CODE_SYSTEM, "code": SESSION_CODE, "display": SESSION_DISPLAY}],
            "text": SESSION_DISPLAY,
        },
        "subject": _reference(subject),
        "effectiveDateTime": _moment(session.recorded_at),
        "device": _reference(tool),
        "hasMember": members,
    }
    if session.note:
        panel["note"] = [{"text": session.note}]
    if session.advice:
        panel["extension"] = [{"url": ADVICE_EXTENSION, "valueString": session.advice}]
    if session.red_flags:
        answers = _urn(session.uid, "safety")
        panel["derivedFrom"] = [_reference(answers)]
        entries.append({"fullUrl": answers, "resource": safety_answers(session, subject)})
    return [{"fullUrl": _urn(session.uid), "resource": panel}, *entries]


def bundle(sessions: Iterable[Session], profiles: Mapping[str, Profile], now: datetime) -> Resource:
    """The bundle of ``sessions``; ``profiles`` by stored name (a profile missing there is
    written as a pseudonym)."""
    tool = _urn("device", "KneeCheck")
    entries: list[Resource] = [{"fullUrl": tool, "resource": device()}]
    subjects: dict[str, str] = {}
    for session in sessions:
        subject = subjects.get(session.profile)
        if subject is None:
            person = profiles.get(session.profile) or Profile(session.profile)
            resource = patient(person)
            subject = _urn("patient", resource["identifier"][0]["value"])
            subjects[session.profile] = subject
            entries.append({"fullUrl": subject, "resource": resource})
        entries.extend(session_entries(session, subject, tool))
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": _moment(now),
        "entry": entries,
    }


def write_bundle(
    sessions: Iterable[Session], profiles: Mapping[str, Profile], now: datetime, stream: IO[str]
) -> int:
    """Write the bundle of ``sessions`` as JSON; return how many sessions it holds."""
    written = bundle(sessions, profiles, now)
    json.dump(written, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
    return sum(
        1
        for entry in written["entry"]
        if entry["resource"]["resourceType"] == "Observation"
        and entry["resource"]["code"]["coding"][0]["code"] == SESSION_CODE
    )
