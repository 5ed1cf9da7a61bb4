"""The therapist's report takes the angles measured on photos like any other measure:
their values in degrees in the table, and the observation with the shin's own limit."""

from __future__ import annotations

import uuid
from pathlib import Path

from history_data import NOW
from pdf_text import text_of
from pytestqt.qtbot import QtBot

from kneeapp.domain.session import build_session, validate_reading
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.report_pdf import write_report


def test_the_report_gives_photo_angles_in_degrees(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "angles.pdf"
    with open_repository(data_dir) as repository:
        repository.save(
            build_session(
                uid=str(uuid.uuid4()),
                profile="Ana",
                recorded_at=NOW,
                readings=[
                    validate_reading("ankle_step", "range", 5, 8),
                    validate_reading("ankle_step", "shin_angle", 30.2, 41.0),
                    validate_reading("knee_extension", "knee_angle", 3.5, 2.0),
                ],
            )
        )
        write_report(repository, "Ana", out, now=NOW)
    _count, text = text_of(out)
    flat = " ".join(text.split())
    for expected in ("shin angle", "30.2°", "41.0°", "10.8°", "knee angle", "3.5 / 2.0"):
        assert expected in flat, expected
    assert "The left shin angle is under 36.5°" in flat
