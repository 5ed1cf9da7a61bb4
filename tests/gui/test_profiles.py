"""Profiles a person can see: a kiosk patient's file imported at home shows up, the chooser
counts each profile's sessions, and a profile's details are kept and shown."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from gui_steps import WindowFactory, click
from history_data import NOW, sessions_csv
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kneeapp.domain.profiles import ProfileDetails
from kneeapp.exchange.formats import ExportJob
from kneeapp.exporters import CSV
from kneeapp.storage.csv_read import read_csv
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.pages.profile import ProfilePage


def kiosk_export(tmp_path: Path, patient: str) -> Path:
    """A clinic kiosk's CSV export of one patient, written the way its History writes it."""
    kiosk_data = tmp_path / "kiosk"
    with open_repository(kiosk_data) as repository:
        # Sessions of their own: other uids than the home profile's in these tests.
        text = sessions_csv(patient).replace("00000000-0000-0000", "cccccccc-0000-4000")
        repository.import_sessions(read_csv(text.splitlines(True)))
        out = tmp_path / f"kneecheck-{patient.lower()}.csv"
        CSV.write(ExportJob(repository, patient, out, datetime.now(UTC)))
    return out


def import_with_the_command(file: Path, data_dir: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "kneeapp", "import", str(file), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryPage:
    click(qtbot, window.home.history_button)
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    qtbot.waitUntil(lambda: not page.charts_pending)
    return page


def test_a_kiosk_patients_export_imported_at_home_is_seen_in_history(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    said = import_with_the_command(kiosk_export(tmp_path, "Carmen"), data_dir)
    assert "Imported 10 sessions" in said and "Added to: Carmen (10)" in said
    window = make_window(clock=lambda: NOW)
    # Only Carmen has sessions here: the window opens on hers, and says whose they are.
    assert window.profile == "Carmen"
    assert window.home.profile_name.text() == "Profile: Carmen"
    page = open_history(qtbot, window)
    assert page.model.total == 10
    assert page.title.text() == "History and reports: Carmen"
    assert page.empty_label.isHidden()


def test_the_chooser_shows_every_profile_with_its_count(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    with open_repository(data_dir) as repository:
        own = read_csv(sessions_csv("default").splitlines(True))
        repository.import_sessions(own[:3])
    import_with_the_command(kiosk_export(tmp_path, "Carmen"), data_dir)
    window = make_window(clock=lambda: NOW)
    home = window.home
    assert window.profile == "default"
    assert home.profile_choice.isVisible()
    items = [home.profile_choice.itemText(i) for i in range(home.profile_choice.count())]
    assert items == ["Carmen (10 self-checks)", "Main profile (3 self-checks)"]
    assert home.profile_choice.currentText() == "Main profile (3 self-checks)"
    assert "default" not in " ".join(items)
    # Chosen with the keyboard, as a person would.
    home.profile_choice.setFocus()
    qtbot.keyClick(home.profile_choice, Qt.Key.Key_Up)
    assert window.profile == "Carmen"
    page = open_history(qtbot, window)
    assert page.model.total == 10
    click(qtbot, page.back_button)
    assert window.current_page() is home


def test_one_profile_shows_no_chooser(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert not window.home.profile_choice.isVisible()
    assert window.home.profile_name.text() == "Profile: Main profile"
    assert window.home.profile_button.isVisible()


def fill_profile(qtbot: QtBot, page: ProfilePage, name: str, year: str, km: str) -> None:
    for field, text in ((page.display_name, name), (page.birth_year, year), (page.weekly_km, km)):
        field.setFocus()
        field.selectAll()
        type_text(qtbot, field, text)


def type_text(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Typed key by key; a letter QTest cannot type (e.g. "í") comes as its key event."""
    for letter in text:
        if letter.isascii():
            qtbot.keyClicks(field, letter)
        else:
            QApplication.sendEvent(
                field, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, letter)
            )


def test_a_profile_is_renamed_and_its_details_kept(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window(clock=lambda: NOW)
    click(qtbot, window.home.profile_button)
    page = window.current_page()
    assert isinstance(page, ProfilePage)
    assert page.title.text() == "Profile: Main profile"
    fill_profile(qtbot, page, "Ana García", "19x5", "32,5")
    click(qtbot, page.painful_side.buttons[1])  # left
    click(qtbot, page.save_button)
    # A year that is no number is said, and nothing is lost or saved.
    assert window.current_page() is page
    assert "Year of birth: type a whole number" in page.message.text()
    fill_profile(qtbot, page, "Ana García", "1985", "32,5")
    click(qtbot, page.save_button)
    assert window.current_page() is window.home
    assert window.home.profile_name.text() == "Profile: Ana García"
    with open_repository(data_dir) as repository:
        stored = repository.profile("default")
    assert stored is not None
    assert stored.details == ProfileDetails("Ana García", 1985, "left", 32.5)

    # The history and its file names use the name given.
    page_history = open_history(qtbot, window)
    assert page_history.title.text() == "History and reports: Ana García"
    assert page_history._file_name("pdf") == "kneecheck-ana-garcia-2026-06-10.pdf"


def test_a_year_in_the_future_is_refused(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(clock=lambda: NOW)
    click(qtbot, window.home.profile_button)
    page = window.current_page()
    assert isinstance(page, ProfilePage)
    fill_profile(qtbot, page, "", "2030", "")
    click(qtbot, page.save_button)
    assert page.message.text() == "The year of birth must be between 1900 and 2026."
