"""FHIR bundles through the real command: export, import back, import twice."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fhir_data import ALICE, resources, validated, varied_sessions
from test_cli import run

from kneeapp.domain.profiles import ProfileDetails
from kneeapp.domain.session import Session
from kneeapp.storage.sessions import open_repository


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with open_repository(folder) as repository:
        repository.import_sessions(varied_sessions())
    return folder


def test_export_writes_a_valid_bundle(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle.json"
    result = run("export", "--format", "fhir", "--out", out, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Exported 2 sessions to {out}.\n"
    bundle = validated(out)
    assert len(resources(bundle, "Patient")) == 2
    assert out.stat().st_mode & 0o777 == 0o600


def stored(folder: Path) -> list[Session]:
    with open_repository(folder) as repository:
        return sorted(repository.iter_sessions(), key=lambda s: s.uid)


def test_round_trip_then_import_twice_adds_nothing(data: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.json"
    assert run("export", "--format", "fhir", "--out", bundle, data_dir=data).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    first = run("import", bundle, data_dir=elsewhere)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Imported 2 sessions (0 already present).")
    again = run("import", bundle, data_dir=elsewhere)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Imported 0 sessions (2 already present).")
    # Everything the sessions hold came back: values, skips, note, advice, safety answers.
    original, imported = stored(data), stored(elsewhere)
    assert [s._replace(profile="") for s in imported] == [s._replace(profile="") for s in original]
    # The built-in profile is the built-in one again; the kiosk patient is a pseudonym.
    profiles = [s.profile for s in imported]
    assert profiles[0] == "default" and profiles[1].startswith("Patient ")
    assert ALICE not in profiles
    # Back where it came from, the bundle adds nothing either: the profiles are known
    # by their pseudonym.
    home = run("import", bundle, data_dir=data)
    assert home.returncode == 0, home.stderr
    assert home.stdout.startswith("Imported 0 sessions (2 already present).")
    assert stored(data) == original


def test_a_named_profile_comes_back_with_its_name(data: Path, tmp_path: Path) -> None:
    with open_repository(data) as repository:
        repository.update_profile(ALICE, ProfileDetails("Alice E.", 1988))
    bundle = tmp_path / "bundle.json"
    assert run("export", "--format", "fhir", "--out", bundle, data_dir=data).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    result = run("import", bundle, data_dir=elsewhere)
    assert result.returncode == 0, result.stderr
    assert "Alice E. (1)" in result.stdout
    with open_repository(elsewhere) as repository:
        [named] = [p for p in repository.profile_list() if p.display_name]
    assert named.display_name == "Alice E." and named.birth_year == 1988


def broken(bundle: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = json.loads(bundle.read_text(encoding="utf-8"))
    change(data)
    bundle.write_text(json.dumps(data), encoding="utf-8")
    return bundle


def first_member(data: dict[str, Any]) -> dict[str, Any]:
    resource: dict[str, Any] = next(
        e["resource"]
        for e in data["entry"]
        if e["resource"]["resourceType"] == "Observation" and "hasMember" not in e["resource"]
    )
    return resource


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(type="transaction"), "KneeCheck reads collections"),
        (
            lambda d: first_member(d)["valueQuantity"].update(code="%"),
            "value is in '%'; KneeCheck records it in '{score}'",
        ),
        (
            lambda d: first_member(d)["code"].update(coding=[{"system": "x", "code": "y"}]),
            "not one of KneeCheck's measures",
        ),
        (
            lambda d: first_member(d)["valueQuantity"].update(value=11),
            "must be between 0 and 10",
        ),
        (
            lambda d: first_member(d).update(dataAbsentReason={"text": "?"}),
            "has a value and dataAbsentReason",
        ),
    ],
)
def test_a_bad_bundle_is_refused_whole(
    data: Path,
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    message: str,
) -> None:
    bundle = tmp_path / "bundle.json"
    assert run("export", "--format", "fhir", "--out", bundle, data_dir=data).returncode == 0
    broken(bundle, change)
    before = stored(data)
    for folder in (tmp_path / "elsewhere", data):
        result = run("import", bundle, data_dir=folder)
        assert result.returncode == 2
        assert message in result.stderr
        assert "Nothing was imported" in result.stderr
    assert stored(tmp_path / "elsewhere") == [] and stored(data) == before


def test_a_file_that_is_not_json_says_so(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.json"
    bundle.write_text('{"resourceType": "Bundle", ', encoding="utf-8")
    result = run("import", bundle, data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert f"{bundle}: The file is not JSON" in result.stderr
