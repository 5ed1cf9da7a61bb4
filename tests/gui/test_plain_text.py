"""Names and notes are shown as the text they are: markup a patient types (or a file
brings) never turns into headings, images or links."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk_steps import open_kiosk, sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kneeapp.domain.session import DEFAULT_PROFILE, build_session, validate_reading
from kneeapp.storage.sessions import open_repository

MARKUP_NAME = "<h1>Big</h1>"
MARKUP_NOTE = "<b>bold</b> <img src='x.png'> <a href='http://x'>link</a>"


def assert_shown_as_plain_text(window: QWidget, *markup: str) -> int:
    """Every label holding the markup shows it as text; returns how many hold it."""
    holding = 0
    for label in window.findChildren(QLabel):
        text = label.text()
        if any(piece in text for piece in markup):
            holding += 1
            assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), text)
        if label.textFormat() == Qt.TextFormat.RichText:
            assert not any(piece in text for piece in markup), text
    return holding


def test_a_kiosk_patients_name_is_plain_text(qtbot: QtBot, make_window, data_dir: Path) -> None:
    kiosk = open_kiosk(make_window, data_dir)
    sign_in(qtbot, kiosk, MARKUP_NAME)
    assert assert_shown_as_plain_text(kiosk.window, MARKUP_NAME) >= 1


def test_a_note_is_plain_text_in_the_history(qtbot: QtBot, make_window, data_dir: Path) -> None:
    with open_repository(data_dir) as repository:
        repository.save(
            build_session(
                uid="0c6b6a1e-2f0d-4c4e-9a55-5f9a1e0b7d21",
                profile=DEFAULT_PROFILE,
                recorded_at=datetime(2025, 3, 1, 8, 0, tzinfo=UTC),
                readings=[
                    validate_reading("ankle_step", "range", 6, 8),
                    validate_reading("ankle_step", "pain", 1, 0),
                ],
                note=MARKUP_NOTE,
            )
        )
    window = make_window()
    window.open_history()
    qtbot.waitUntil(lambda: window.current_page() is window.history)
    assert_shown_as_plain_text(window, "<b>bold</b>", "<img")


def test_every_label_that_could_show_a_name_is_plain_text_unless_it_escapes(
    qtbot: QtBot, make_window, data_dir: Path
) -> None:
    """Labels left to guess (Qt's AutoText) would take a name with tags for rich text."""
    window = make_window()
    window.open_settings()
    window.open_history()
    window.go_home()
    guessing = [
        label.objectName() or label.text()[:40]
        for label in window.findChildren(QLabel)
        if label.textFormat() == Qt.TextFormat.AutoText
    ]
    assert not guessing, guessing
