"""Every file format in the one list is offered, and written, wherever files are made:
History, Settings and the command line; a kiosk's patient is offered none."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from gui_steps import WindowFactory, click
from kiosk_steps import PIN, enter_pin, flush_deletes, open_kiosk
from pytestqt.qtbot import QtBot

from kneeapp.domain.session import Session, build_session, validate_reading
from kneeapp.exchange.formats import ExportFormat
from kneeapp.exporters import EXPORTERS
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.pages.settings import SettingsPage

REPO_ROOT = Path(__file__).resolve().parents[2]


def two_sessions() -> list[Session]:
    start = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    return [
        build_session(
            uid=f"10000000-0000-4000-8000-00000000000{index}",
            profile="default",
            recorded_at=start + timedelta(days=7 * index),
            readings=[
                validate_reading("ankle_step", "range", 5 + index, 8),
                validate_reading("ankle_step", "pain", 2, 0),
            ],
        )
        for index in range(2)
    ]


@pytest.fixture
def stored(data_dir: Path) -> list[Session]:
    sessions = two_sessions()
    with open_repository(data_dir) as repository:
        repository.import_sessions(sessions)
    return sessions


def read_back(export: ExportFormat, path: Path) -> set[str] | None:
    """The uids of the sessions in a written file; None for a file KneeCheck does not
    read back (then it is at least not empty)."""
    if export.read is None:
        assert path.stat().st_size > 0
        return None
    with path.open("rb") as stream, export.read(stream, None) as staged:
        staged.check()
        return {session.uid for _, session in staged.sessions()}


def test_history_offers_and_writes_every_format(
    qtbot: QtBot, make_window: WindowFactory, stored: list[Session], tmp_path: Path
) -> None:
    window = make_window()
    click(qtbot, window.home.history_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage)
    assert list(history.export_buttons) == [export.id for export in EXPORTERS]
    asked: list[str] = []

    def choose(_title: str, suggested: str, _filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    history.choose_save_path = choose
    for export in EXPORTERS:
        click(qtbot, history.export_buttons[export.id])
        name = asked[-1]
        assert name.startswith("kneecheck-main-profile-") and name.endswith(f".{export.suffix}")
        assert str(tmp_path / name) in history.message.text()
        uids = read_back(export, tmp_path / name)
        assert uids in (None, {s.uid for s in stored})


def test_settings_export_every_format_of_everyone(
    qtbot: QtBot, make_window: WindowFactory, stored: list[Session], tmp_path: Path
) -> None:
    window = make_window()
    click(qtbot, window.home.settings_button)
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    everyone = [export for export in EXPORTERS if not export.one_profile]
    assert list(page.export_buttons) == [export.id for export in everyone]
    for export in everyone:
        target = tmp_path / f"all.{export.suffix}"
        window.choose_save_path = lambda _title, _name, _filter, target=target: target
        click(qtbot, page.export_buttons[export.id])
        assert "Exported 2 sessions to" in page.status.text()
        assert read_back(export, target) in (None, {s.uid for s in stored})


def test_clinician_mode_writes_every_format_and_erasing_removes_them(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    sessions = [s._replace(profile="Alice") for s in two_sessions()]
    with open_repository(data_dir) as repository:
        repository.import_sessions(sessions)
    kiosk = open_kiosk(make_window, data_dir)
    try:
        window, controller = kiosk.window, kiosk.controller
        click(qtbot, controller.start_page.staff_button)
        enter_pin(qtbot, kiosk, PIN)
        clinician = controller.clinician
        clinician.patients.setCurrentRow(0)
        click(qtbot, clinician.history_button)
        history = window.current_page()
        assert isinstance(history, HistoryPage) and history.profile == "Alice"
        assert list(history.export_buttons) == [export.id for export in EXPORTERS]
        for export in EXPORTERS:
            click(qtbot, history.export_buttons[export.id])
        exports = data_dir / "exports"
        written = sorted(path.suffix for path in exports.iterdir())
        assert written == sorted(f".{export.suffix}" for export in EXPORTERS)
        for export in EXPORTERS:
            [path] = exports.glob(f"*.{export.suffix}")
            assert read_back(export, path) in (None, {s.uid for s in sessions})
        click(qtbot, history.back_button)
        flush_deletes()
        clinician.patients.setCurrentRow(0)
        click(qtbot, clinician.erase_button)
        click(qtbot, clinician.confirm_bar.confirm_button)
        assert list(exports.iterdir()) == []
    finally:
        kiosk.controller.guard.allow_close = True  # the fixture closes the window


def test_the_command_line_offers_every_format() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kneeapp", "export", "--help"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    choices = "{" + ",".join(export.id for export in EXPORTERS) + "}"
    assert choices in result.stdout
