"""Settings: chosen with the mouse, kept in the data folder, applied at once."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_steps import (
    WindowFactory,
    answer_red_flags,
    check_pages,
    click,
    current_check,
    pages_until,
    rate,
    start,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from screens import write_display

from kneeapp.domain.asymmetry import Side
from kneeapp.storage.backups import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    BEFORE_UPDATE,
    DAILY,
    list_backups,
    take_backup,
)
from kneeapp.storage.migrations import SCHEMA_VERSION
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.settings import SettingsPage
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.style import resolve_theme
from kneeapp.ui.themes import DARK, Theme
from kneeapp.ui.widgets.measure_inputs import DistanceInput
from tests.conftest import StoredSessions


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    click(qtbot, window.home.settings_button)
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    return page


def save_one_session(qtbot: QtBot, window: MainWindow) -> None:
    answer_red_flags(qtbot, start(qtbot, window))
    for page in check_pages(window):
        for measure_id in ("range", "pain"):
            for side in Side:
                rate(page, measure_id, side, 3)
        click(qtbot, page.next_button)
    for page in pages_until(window, SummaryPage):
        click(qtbot, page.next_button)  # type: ignore[attr-defined]
    click(qtbot, window.current_page().save_button)  # type: ignore[attr-defined]


def test_theme_and_text_size_apply_at_once_and_persist(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    page = open_settings(qtbot, window)
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    click(qtbot, page.text_size.buttons[2])  # extra large
    assert f"background: {DARK['window']}" in window.styleSheet()
    assert "font-size: 26px" in window.styleSheet()  # 17 px x 1.5
    stored = json.loads((data_dir / "settings.json").read_text())
    assert stored["display"]["theme"] == "dark"
    assert stored["display"]["text_size"] == "extra_large"
    click(qtbot, page.back_button)
    window.close()

    again = make_window()
    assert f"background: {DARK['window']}" in again.styleSheet()
    assert open_settings(qtbot, again).text_size.choice() == 2


def test_inches_are_shown_and_centimetres_stored(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    page = open_settings(qtbot, window)
    click(qtbot, page.distance_unit.buttons[1])  # inches
    click(qtbot, page.back_button)
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    left = step.inputs["knee_to_wall", Side.LEFT]
    assert isinstance(left, DistanceInput) and left.spin.suffix() == " in"
    left.spin.setValue(4.0)  # 10.16 cm, on the 0.5 cm grid: 10 cm
    assert left.value() == 10.0
    for page in pages_until(window, SummaryPage):
        click(qtbot, page.next_button)  # type: ignore[attr-defined]
    click(qtbot, window.current_page().save_button)  # type: ignore[attr-defined]
    [session] = stored_sessions()
    stored = {r.measure_id: r for r in session.readings}["knee_to_wall"]
    assert stored.left == 10.0


def test_export_all_data_writes_a_private_csv(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    save_one_session(qtbot, window)
    target = tmp_path / "all.csv"
    window.choose_save_path = lambda title, suggested, file_filter: target
    page = open_settings(qtbot, window)
    click(qtbot, page.export_buttons["csv"])
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("session_uid,profile,recorded_at,check,measure")
    assert len(lines) == 1 + 4  # one session: range and pain of the two core checks
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Exported 1 session to" in page.status.text()  # numerus form: one session


def test_delete_all_data_needs_the_typed_word(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    save_one_session(qtbot, window)
    page = open_settings(qtbot, window)
    assert not page.delete_button.isEnabled()
    qtbot.keyClicks(page.delete_word, "delete")
    assert not page.delete_button.isEnabled()
    page.delete_word.clear()
    qtbot.keyClicks(page.delete_word, "DELETE")
    click(qtbot, page.delete_button)
    assert "deleted" in page.status.text()
    assert len(stored_sessions()) == 0


def test_open_data_folder_shows_the_folder(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    opened: list[Path] = []
    window.open_folder = opened.append
    click(qtbot, open_settings(qtbot, window).open_folder_button)
    assert opened == [window.data_dir]


def test_window_remembers_its_size(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(790, 590)
    qtbot.waitUntil(lambda: window.size().width() == 790)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (790, 590)


def test_restore_from_backup_brings_back_the_copy_after_asking(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, stored_sessions: StoredSessions
) -> None:
    window = make_window()
    save_one_session(qtbot, window)
    window.close()
    # The next start takes the day's copy (with the one session), then a second
    # session is saved that the copy does not hold.
    for old in (data_dir / "backups").glob("*"):
        old.unlink()
    window = make_window()
    save_one_session(qtbot, window)
    assert len(stored_sessions()) == 2
    page = open_settings(qtbot, window)
    assert page.backups.count() >= 1 and page.restore_button.isEnabled()
    click(qtbot, page.restore_button)
    assert window.confirm_bar.isVisible()
    click(qtbot, window.confirm_bar.cancel_button)
    assert len(stored_sessions()) == 2, "cancelling must change nothing"
    click(qtbot, page.restore_button)
    click(qtbot, window.confirm_bar.confirm_button)
    assert "Restored the copy" in page.status.text()
    assert window.repository.count() == 1
    assert len(stored_sessions()) == 1


def test_window_has_the_icon_at_every_usual_size(make_window: WindowFactory) -> None:
    icon = make_window().windowIcon()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert sizes == {(n, n) for n in (16, 24, 32, 48, 64, 128, 256, 512)}
    # Each size is drawn from its own PNG, not scaled from another one.
    for side in (16, 48, 512):
        image = icon.pixmap(side, side).toImage()
        assert (image.width(), image.height()) == (side, side)
        assert image.pixelColor(side // 2, side // 2).alpha() > 0


@pytest.mark.parametrize(
    ("window_colour", "text_colour", "expected"),
    [("#202124", "#e8eaed", Theme.DARK), ("#f5f5f5", "#1a1a1a", Theme.LIGHT)],
)
def test_following_the_system_takes_its_light_or_dark_setting(
    qapp: QApplication, window_colour: str, text_colour: str, expected: Theme
) -> None:
    saved = QGuiApplication.palette()
    palette = QPalette(saved)
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text_colour))
    QGuiApplication.setPalette(palette)
    try:
        assert resolve_theme(Theme.SYSTEM) is expected
        assert resolve_theme(Theme.HIGH_CONTRAST) is Theme.HIGH_CONTRAST
    finally:
        QGuiApplication.setPalette(saved)


def test_every_kind_of_backup_copy_is_named_in_spanish(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    make_window().close()  # the data file
    database = data_dir / "kneeapp.sqlite3"
    now = datetime.now(UTC)
    for kind in (BEFORE_IMPORT, BEFORE_RESTORE, BEFORE_UPDATE):
        take_backup(database, kind, now)
    write_display(data_dir, language="es")
    window = make_window()  # the day's copy of that file, taken beside the window on a thread
    qtbot.waitUntil(lambda: any(b.kind == DAILY for b in list_backups(data_dir)), timeout=20000)
    page = open_settings(qtbot, window)
    listed = [page.backups.itemText(i) for i in range(page.backups.count())]
    kinds = sorted(text[text.rindex("(") :] for text in listed)
    assert kinds == [
        "(antes de actualizar)",
        "(antes de importar)",
        "(antes de restaurar)",
        "(diaria)",
    ], listed


def test_every_choice_offered_is_kept_and_found_again(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    """The page offers exactly the choices the settings file keeps: each one made on the
    page is stored and shown chosen at the next start."""
    window = make_window()
    page = open_settings(qtbot, window)
    themes = [page.theme.itemData(i) for i in range(page.theme.count())]
    languages = [page.language.itemData(i) for i in range(page.language.count())]
    assert themes == ["system", "light", "dark", "high_contrast"]
    assert languages == ["system", "en", "es"]
    for theme in themes:
        page.theme.setCurrentIndex(page.theme.findData(theme))
        for size, button in enumerate(page.text_size.buttons):
            click(qtbot, button)
            click(qtbot, page.distance_unit.buttons[size % 2])
            # Re-choosing what is already chosen changes nothing, so writes nothing.
            file = data_dir / "settings.json"
            stored = (
                json.loads(file.read_text())["display"]
                if file.exists()
                else {"theme": "system", "text_size": "normal", "distance_unit": "cm"}
            )
            assert (stored["theme"], stored["text_size"], stored["distance_unit"]) == (
                theme,
                ("normal", "large", "extra_large")[size],
                ("cm", "in")[size % 2],
            )
    click(qtbot, page.back_button)
    window.close()
    again = open_settings(qtbot, make_window())
    assert again.theme.currentData() == "high_contrast"
    assert (again.text_size.choice(), again.distance_unit.choice()) == (2, 0)


def test_deleting_all_data_written_by_a_newer_version_says_so_and_keeps_it(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    save_one_session(qtbot, window)
    window.close()
    connection = sqlite3.connect(data_dir / "kneeapp.sqlite3")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    page = open_settings(qtbot, make_window())
    qtbot.keyClicks(page.delete_word, "DELETE")
    click(qtbot, page.delete_button)
    assert "newer version of KneeCheck" in page.status.text()
    assert "read-only" not in page.status.text()
    connection = sqlite3.connect(data_dir / "kneeapp.sqlite3")
    assert connection.execute("SELECT COUNT(*) FROM sessions").fetchone() == (1,)
    connection.close()
