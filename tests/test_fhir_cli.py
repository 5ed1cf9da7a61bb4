"""FHIR bundles through the real command: export, import back, import twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from fhir_data import resources, validated, varied_sessions
from test_cli import run

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
