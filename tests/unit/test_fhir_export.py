"""The FHIR bundle: valid R4 (checked with the fhir.resources R4B models), and its codes,
units, sides, identifiers and safety answers checked one by one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir_data import ADVICE, ALICE, NOTE, resources, validated, varied_sessions

from kneeapp import __version__
from kneeapp.domain.checks import CATALOG
from kneeapp.domain.measures import MEASURES
from kneeapp.domain.profiles import ProfileDetails
from kneeapp.domain.repository import SessionRepository
from kneeapp.domain.session import Session
from kneeapp.exchange.fhir_codes import (
    CODE_SYSTEM,
    CODES,
    LOINC,
    PROFILE_SYSTEM,
    SESSION_SYSTEM,
    SNOMED,
    UCUM,
    UNITS,
)
from kneeapp.exchange.formats import ExportJob
from kneeapp.exporters import FHIR
from tests.conftest import ENGINES

NOW = datetime(2025, 4, 1, 12, 0, tzinfo=UTC)
LEFT, RIGHT = "7771000", "24028007"


@pytest.fixture
def exported(repository: SessionRepository, tmp_path: Path) -> dict[str, Any]:
    repository.import_sessions(varied_sessions())
    out = tmp_path / "bundle.json"
    assert FHIR.write(ExportJob(repository, None, out, NOW)) == 2
    return validated(out)


def codings(resource: dict[str, Any], system: str) -> list[str]:
    return [c["code"] for c in resource["code"]["coding"] if c["system"] == system]


def member(data: dict[str, Any], session_uid: str, code: str, side: str) -> dict[str, Any] | None:
    """The Observation of one measure and side of a session, through its group."""
    by_url = {e["fullUrl"]: e["resource"] for e in data["entry"]}
    [group] = [
        r
        for r in resources(data, "Observation")
        if r.get("identifier") == [{"system": SESSION_SYSTEM, "value": session_uid}]
    ]
    found = [
        by_url[m["reference"]]
        for m in group["hasMember"]
        if codings(by_url[m["reference"]], CODE_SYSTEM) == [code]
        and by_url[m["reference"]]["bodySite"]["coding"][0]["code"] == side
    ]
    assert len(found) <= 1
    return found[0] if found else None


def test_every_measure_of_every_check_has_a_code_and_every_unit_a_value_type() -> None:
    for check in CATALOG:
        for measure in check.measures:
            assert (check.id, measure.id) in CODES, (check.id, measure.id)
    assert {measure.unit for measure in MEASURES.values()} <= set(UNITS)


def test_the_bundle_is_a_valid_collection(exported: dict[str, Any]) -> None:
    assert exported["resourceType"] == "Bundle" and exported["type"] == "collection"
    urls = [entry["fullUrl"] for entry in exported["entry"]]
    assert len(urls) == len(set(urls)) and all(u.startswith("urn:uuid:") for u in urls)
    [device] = resources(exported, "Device")
    assert device["deviceName"][0]["name"] == "KneeCheck"
    assert device["version"] == [{"value": __version__}]
    assert len(resources(exported, "Patient")) == 2


@pytest.mark.parametrize("repository", ENGINES, indirect=True)
def test_values_codes_units_and_sides(exported: dict[str, Any]) -> None:
    first = "10000000-0000-4000-8000-000000000001"
    range_left = member(exported, first, "ankle_step.range", LEFT)
    assert range_left is not None
    assert range_left["valueQuantity"] == {
        "value": 4,
        "unit": "score",
        "system": UCUM,
        "code": "{score}",
    }
    assert range_left["effectiveDateTime"] == "2025-03-01T08:30:00+00:00"
    assert range_left["bodySite"]["coding"][0]["system"] == SNOMED
    pain = member(exported, first, "ankle_step.pain", LEFT)
    assert pain is not None and codings(pain, LOINC) == ["72514-3"]
    assert pain["valueQuantity"]["value"] == 6
    # The right side's pain was never rated: left out.
    assert member(exported, first, "ankle_step.pain", RIGHT) is None
    knee_to_wall = member(exported, first, "ankle_step.knee_to_wall", LEFT)
    assert knee_to_wall is not None
    assert knee_to_wall["valueQuantity"]["value"] == 7.5
    assert knee_to_wall["valueQuantity"]["code"] == "cm"
    skipped = member(exported, first, "ankle_step.knee_to_wall", RIGHT)
    assert skipped is not None and "valueQuantity" not in skipped
    assert [c["code"] for c in skipped["dataAbsentReason"]["coding"]] == [
        "not-performed",
        "too_painful",
    ]
    reps = member(exported, first, "single_leg_bridge.reps", RIGHT)
    assert reps is not None and reps["valueInteger"] == 20 and "valueQuantity" not in reps
    drift = member(exported, first, "single_leg_squat.drift", LEFT)
    assert drift is not None and drift["valueQuantity"]["value"] == 2
    # No Observation has both a value and a reason for its absence (FHIR's obs-6).
    for observation in resources(exported, "Observation"):
        has_value = any(key.startswith("value") for key in observation)
        assert not (has_value and "dataAbsentReason" in observation)
        assert observation["status"] == "final"


def test_the_session_group(exported: dict[str, Any]) -> None:
    groups = [r for r in resources(exported, "Observation") if "hasMember" in r]
    assert [g["identifier"][0]["value"] for g in groups] == [s.uid for s in varied_sessions()]
    first = groups[0]
    # 11 readings × 2 sides, less the right side's unrated pain.
    assert len(first["hasMember"]) == 21
    assert first["note"] == [{"text": NOTE}]
    assert first["extension"][0]["valueString"] == ADVICE


def test_safety_answers(exported: dict[str, Any]) -> None:
    [answers] = resources(exported, "QuestionnaireResponse")
    assert answers["identifier"]["value"] == "10000000-0000-4000-8000-000000000001"
    assert answers["status"] == "completed"
    assert len(answers["item"]) == 6
    assert all(item["answer"] == [{"valueBoolean": False}] for item in answers["item"])


def test_a_patient_is_a_pseudonym_unless_named(
    repository: SessionRepository, exported: dict[str, Any], tmp_path: Path
) -> None:
    text = str(exported)
    assert ALICE not in text and "Alice" not in text
    for patient in resources(exported, "Patient"):
        assert "name" not in patient and "birthDate" not in patient
        assert patient["identifier"][0]["system"] == PROFILE_SYSTEM
    repository.update_profile(ALICE, ProfileDetails("Alice E.", 1988, "left", 30.0))
    out = tmp_path / "named.json"
    FHIR.write(ExportJob(repository, ALICE, out, NOW))
    [named] = resources(validated(out), "Patient")
    assert named["name"] == [{"text": "Alice E."}] and named["birthDate"] == "1988"


def test_a_photo_angle_is_in_degrees_and_knee_extension_has_loinc() -> None:
    from kneeapp.domain.asymmetry import Side
    from kneeapp.domain.session import Reading
    from kneeapp.exchange.fhir import side_observation

    row = CODES["knee_extension", "knee_angle"]
    assert (row.loinc_for(Side.LEFT), row.loinc_for(Side.RIGHT)) == ("41345-0", "41349-2")
    assert UNITS["deg"].ucum == "deg"
    if not any(m.id == "knee_angle" for c in CATALOG for m in c.measures):
        pytest.skip("the photo angles are not recorded yet")
    session: Session = varied_sessions()[0]
    reading = Reading("knee_extension", "knee_angle", 4.5, 0.0)
    left = side_observation(session, reading, Side.LEFT, "urn:uuid:p", "urn:uuid:d")
    assert left is not None and left["valueQuantity"]["code"] == "deg"
    assert left["code"]["coding"][0]["code"] == "41345-0"
