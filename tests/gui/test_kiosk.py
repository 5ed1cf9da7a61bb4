"""Kiosk mode: first start, idle reset, the PIN on closing, patients kept apart, clinician mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from a11y import visible_texts
from gui_steps import (
    WindowFactory,
    answer_red_flags,
    check_pages,
    click,
    current_check,
    start,
    tap_slider,
)
from kiosk_steps import (
    PIN,
    Kiosk,
    all_widgets,
    enter_pin,
    flush_deletes,
    open_kiosk,
    sign_in,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.kiosk import NO_PATIENT
from kneeapp.paths import DATABASE_NAME
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.kiosk.pin_page import PinPurpose
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.red_flags import RedFlagPage
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.widgets.asymmetry_chart import AsymmetryChart
from kneeapp.ui.widgets.measure_inputs import MeasureInput, ScaleSlider
from tests.conftest import StoredSessions


@pytest.fixture
def kiosk(make_window: WindowFactory, data_dir: Path) -> Iterator[Kiosk]:
    opened = open_kiosk(make_window, data_dir)
    yield opened
    # The shared fixture closes the window afterwards: let it.
    opened.controller.guard.allow_close = True


NOTE_A = "alice-private-note-5521"
NOTE_B = "bob-private-note-9034"


def to_summary(qtbot: QtBot, window: MainWindow, note: str) -> SummaryPage:
    """Through the core checks (left range moved), a note, to the summary."""
    answer_red_flags(qtbot, start(qtbot, window))
    for page in check_pages(window):
        control = page.inputs["range", Side.LEFT]
        assert isinstance(control, ScaleSlider)
        tap_slider(control.slider, 2)
        click(qtbot, page.next_button)
    note_page = window.current_page()
    assert isinstance(note_page, NotePage)
    qtbot.keyClicks(note_page.edit, note)
    click(qtbot, note_page.next_button)
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    return summary


def texts_on_screen(window: QWidget) -> str:
    """Every text a widget of the window holds, visible or not."""
    parts: list[str] = []
    for widget in all_widgets(window):
        if isinstance(widget, (QLabel, QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    parts.append(item.text() if item else "")
    return "\n".join(parts)


def test_first_start_asks_for_a_pin_and_stores_only_its_hash(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    kiosk = open_kiosk(make_window, data_dir, with_pin=False)
    try:
        page = kiosk.controller.pin_page
        assert kiosk.window.current_page() is page and page.purpose is PinPurpose.SET
        assert not page.cancel_button.isVisible()
        enter_pin(qtbot, kiosk, "12")
        assert "4 to 12 digits" in page.message.text()
        enter_pin(qtbot, kiosk, "1357")
        assert page.purpose is PinPurpose.CONFIRM
        enter_pin(qtbot, kiosk, "1358")
        assert page.purpose is PinPurpose.SET and "differ" in page.message.text()
        enter_pin(qtbot, kiosk, "1357")
        enter_pin(qtbot, kiosk, "1357")
        assert kiosk.window.current_page() is kiosk.controller.start_page
        stored = JsonKioskSettings.open(data_dir).pin_hash()
        assert stored is not None and stored.startswith("scrypt$")
        assert "1357" not in (data_dir / "kiosk.json").read_text()
        # The display preferences hold no secret at all.
        assert (
            not (data_dir / "settings.json").exists()
            or "scrypt" not in (data_dir / "settings.json").read_text()
        )
        assert kiosk.window.isFullScreen() or kiosk.window.windowFlags() & (
            Qt.WindowType.FramelessWindowHint
        )
    finally:
        kiosk.controller.guard.allow_close = True


def test_idle_warning_then_reset_clears_every_view_of_the_patient(
    qtbot: QtBot, kiosk: Kiosk, stored_sessions: StoredSessions
) -> None:
    window, controller = kiosk.window, kiosk.controller
    sign_in(qtbot, kiosk, "Alice Example")
    summary = to_summary(qtbot, window, NOTE_A)
    assert NOTE_A in texts_on_screen(window)

    kiosk.advance(89)
    assert not controller.overlay.isVisible()
    kiosk.advance(1)
    assert controller.overlay.isVisible()
    assert "20 s" in controller.overlay.seconds.text()
    # A touch keeps the session.
    click(qtbot, controller.overlay.button)
    assert not controller.overlay.isVisible()
    assert window.current_page() is summary

    kiosk.advance(95)
    assert "15 s" in controller.overlay.seconds.text()
    kiosk.advance(15)
    flush_deletes()

    assert window.current_page() is controller.start_page
    assert not controller.overlay.isVisible()
    assert window.profile == NO_PATIENT and window.session.draft is None
    widgets = all_widgets(window)
    patient_views = (CheckPage, NotePage, SummaryPage, HistoryPage, AsymmetryChart, MeasureInput)
    for kind in (*patient_views, QSlider):
        assert not [w for w in widgets if isinstance(w, kind)], kind.__name__
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            assert widget.text() == ""
            widget.undo()  # no way back to the last patient's name
            assert widget.text() == ""
        if isinstance(widget, QPlainTextEdit):
            assert widget.toPlainText() == ""
        if isinstance(widget, QTableWidget):
            assert widget.rowCount() == 0
    shown = texts_on_screen(window)
    assert NOTE_A not in shown and "Alice" not in shown
    # Nothing unsaved was kept.
    assert len(stored_sessions(kiosk.data_dir)) == 0


def test_a_check_page_waits_five_minutes_other_pages_90_s(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    sign_in(qtbot, kiosk, "Floor Bridge")
    answer_red_flags(qtbot, start(qtbot, window))
    check = current_check(window)
    # Lying on the floor for the bridge: four minutes without a touch keep everything.
    kiosk.advance(240)
    assert not controller.overlay.isVisible() and window.current_page() is check
    kiosk.advance(60)
    assert controller.overlay.isVisible()
    # One large button keeps everything.
    qtbot.waitUntil(lambda: controller.overlay.button.height() >= 80)
    click(qtbot, controller.overlay.button)
    assert not controller.overlay.isVisible() and window.current_page() is check
    # Staff choose a longer wait; back on a page that is not a check, 90 s again.
    controller.set_check_idle_seconds(600)
    click(qtbot, check.next_button)
    click(qtbot, current_check(window).back_button)
    kiosk.advance(590)
    assert not controller.overlay.isVisible()
    click(qtbot, current_check(window).back_button)  # to the safety questions
    assert not isinstance(window.current_page(), CheckPage)
    kiosk.advance(89)
    assert not controller.overlay.isVisible()
    kiosk.advance(1)
    assert controller.overlay.isVisible()


def test_clean_start_screen_never_warns(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.advance(600)
    assert not kiosk.controller.overlay.isVisible()
    qtbot.keyClicks(kiosk.controller.start_page.name_field, "Half a na")
    kiosk.advance(90)
    assert kiosk.controller.overlay.isVisible()
    kiosk.advance(20)
    assert kiosk.controller.start_page.name_field.text() == ""


def test_close_alt_f4_and_escape_are_refused_without_the_pin(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    sign_in(qtbot, kiosk, "Alice")
    answer_red_flags(qtbot, start(qtbot, window))
    check = current_check(window)

    qtbot.keyClick(check, Qt.Key.Key_Escape)
    assert window.isVisible() and window.current_page() is check
    assert not window.close()
    assert window.isVisible() and not closed
    assert window.current_page() is controller.pin_page
    assert controller.pin_page.purpose is PinPurpose.LEAVE
    # Cancel goes back to the check, the session untouched.
    click(qtbot, controller.pin_page.cancel_button)
    assert window.current_page() is check and window.in_session

    qtbot.keyClick(check, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible() and window.current_page() is controller.pin_page
    enter_pin(qtbot, kiosk, "0000")
    assert window.isVisible() and "Wrong PIN" in controller.pin_page.message.text()
    enter_pin(qtbot, kiosk, PIN)
    assert closed and not window.isVisible()


def test_wrong_pins_lock_entry_for_30_s(qtbot: QtBot, kiosk: Kiosk) -> None:
    controller = kiosk.controller
    click(qtbot, controller.start_page.staff_button)
    page = controller.pin_page
    for _ in range(5):
        enter_pin(qtbot, kiosk, "1111")
    assert not page.ok_button.isEnabled() and "30 s" in page.message.text()
    kiosk.advance(12)
    assert "18 s" in page.message.text()
    kiosk.advance(18)
    assert page.ok_button.isEnabled()
    enter_pin(qtbot, kiosk, PIN)
    assert kiosk.window.current_page() is controller.clinician


def test_a_restart_keeps_the_lock_and_letters_are_not_tries(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    first = open_kiosk(make_window, data_dir)
    page = first.controller.pin_page
    click(qtbot, first.controller.start_page.staff_button)
    # Letters typed on a physical keyboard are not taken, and Enter on nothing is no try.
    qtbot.keyClicks(page.field, "abcd")
    assert page.field.text() == ""
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.keyClicks(page.field, "x1y1z1w1")
    assert page.field.text() == "1111"
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert "4 tries left" in page.message.text()
    for _ in range(4):
        enter_pin(qtbot, first, "1111")
    assert not page.ok_button.isEnabled()
    first.controller.guard.allow_close = True
    first.window.close()
    # Started again 10 s later: still locked, the right PIN refused, no fresh tries.
    again = open_kiosk(make_window, data_dir, with_pin=False)
    again.clock.now = first.clock.now + 10
    try:
        click(qtbot, again.controller.start_page.staff_button)
        assert not again.controller.pin_page.ok_button.isEnabled()
        assert "20 s" in again.controller.pin_page.message.text()
        again.advance(20)
        enter_pin(qtbot, again, "1111")
        # The sixth wrong try locks again, for twice as long.
        assert "60 s" in again.controller.pin_page.message.text()
    finally:
        again.controller.guard.allow_close = True


def test_one_patient_never_reaches_another_patients_results(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    sign_in(qtbot, kiosk, "Alice Example")
    summary = to_summary(qtbot, window, NOTE_A)
    click(qtbot, summary.save_button)
    assert window.current_page() is controller.done_page
    click(qtbot, controller.done_page.results_button)
    assert NOTE_A in texts_on_screen(window)
    click(qtbot, window.current_page().back_button)  # type: ignore[attr-defined]
    click(qtbot, controller.window.home.done_button)
    flush_deletes()
    assert NOTE_A not in texts_on_screen(window)

    sign_in(qtbot, kiosk, "Bob")
    assert "No checks saved yet" in window.home.last_check.text()
    click(qtbot, window.home.history_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage) and history.profile == "Bob"
    assert history.model.total == 0
    assert not history.export_buttons  # a patient's history writes no files
    shown = texts_on_screen(window)
    assert NOTE_A not in shown and "Alice" not in shown
    # No way to a list of patients from the patient's screens.
    assert window.home.settings_button is None  # never built for a patient
    assert controller.clinician.patients.count() == 0

    # The same name again, typed differently, finds Alice's own results.
    controller.reset()
    flush_deletes()
    sign_in(qtbot, kiosk, "alice example", first_visit=False)
    assert window.profile == "Alice Example"
    click(qtbot, window.home.history_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage) and history.model.total == 1
    assert NOTE_A in texts_on_screen(window)


def test_after_save_the_patient_is_signed_out_within_10_s(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    sign_in(qtbot, kiosk, "Alice Example")
    click(qtbot, to_summary(qtbot, window, NOTE_A).save_button)
    done = controller.done_page
    assert window.current_page() is done and "10 s" in done.countdown.text()
    qtbot.waitUntil(lambda: done.results_button.height() >= 88)
    kiosk.advance(9)
    assert window.current_page() is done and "1 s" in done.countdown.text()
    kiosk.advance(1)
    flush_deletes()
    assert window.current_page() is controller.start_page and window.profile == NO_PATIENT
    assert NOTE_A not in texts_on_screen(window)

    # "Show my results again" stops the countdown; the usual idle rules apply after it.
    sign_in(qtbot, kiosk, "Alice Example")
    click(qtbot, to_summary(qtbot, window, NOTE_B).save_button)
    kiosk.advance(5)
    click(qtbot, done.results_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage) and history.model.total == 2
    kiosk.advance(30)
    assert window.current_page() is history
    kiosk.advance(60 + 20)
    flush_deletes()
    assert window.current_page() is controller.start_page


def test_a_days_backup_that_fails_is_told_to_staff_not_to_patients(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    with open_repository(data_dir):
        pass  # a data file from an earlier day
    (data_dir / "backups").write_text("a file where the backups folder goes")
    kiosk = open_kiosk(make_window, data_dir)
    try:
        window, controller = kiosk.window, kiosk.controller
        assert window.backups is not None
        qtbot.waitUntil(
            lambda: window.backups.daily_problem() is not None  # type: ignore[union-attr]
        )
        assert not any("backup" in text for text in visible_texts(window))  # patients' screen
        click(qtbot, controller.start_page.staff_button)
        enter_pin(qtbot, kiosk, PIN)
        assert window.current_page() is controller.clinician
        message = controller.clinician.message
        assert message.isVisible()
        assert message.text().startswith("Today's backup copy of your data could not be made")
        assert message.property("flagged") is True  # amber, not the green of good news
    finally:
        kiosk.controller.guard.allow_close = True


def test_clinician_lists_opens_exports_erases_and_leaves(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    for name, note in (("Alice", NOTE_A), ("Bob", NOTE_B)):
        sign_in(qtbot, kiosk, name)
        click(qtbot, to_summary(qtbot, window, note).save_button)
        click(qtbot, controller.done_page.sign_out_button)

    click(qtbot, controller.start_page.staff_button)
    enter_pin(qtbot, kiosk, PIN)
    clinician = controller.clinician
    assert window.current_page() is clinician
    rows = [clinician.patients.item(i).text() for i in range(clinician.patients.count())]
    assert rows == ["Alice  ·  1 self-check", "Bob  ·  1 self-check"]

    clinician.patients.setCurrentRow(0)
    click(qtbot, clinician.history_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage) and history.profile == "Alice"
    click(qtbot, history.export_buttons["csv"])
    exports = list((kiosk.data_dir / "exports").glob("*.csv"))
    assert len(exports) == 1 and NOTE_A in exports[0].read_text(encoding="utf-8")
    assert NOTE_B not in exports[0].read_text(encoding="utf-8")
    exports[0].unlink()
    click(qtbot, history.back_button)
    flush_deletes()
    assert window.current_page() is clinician

    clinician.patients.setCurrentRow(0)
    click(qtbot, clinician.erase_button)
    click(qtbot, clinician.confirm_bar.confirm_button)
    assert "Deleted Alice" in clinician.message.text()
    assert clinician.patients.count() == 1
    database = kiosk.data_dir / DATABASE_NAME
    for path in (database, database.with_name(DATABASE_NAME + "-wal")):
        if path.exists():
            content = path.read_bytes()
            assert NOTE_A.encode() not in content and b"Alice" not in content, path.name
    with open_repository(kiosk.data_dir) as repository:
        assert repository.profiles() == ["Bob"]

    click(qtbot, clinician.idle_row.buttons[0])
    assert JsonKioskSettings.open(kiosk.data_dir).idle_seconds() == 30
    kiosk.advance(31)
    assert controller.overlay.isVisible()
    kiosk.advance(20)
    assert window.current_page() is controller.start_page

    click(qtbot, controller.start_page.staff_button)
    enter_pin(qtbot, kiosk, PIN)
    click(qtbot, clinician.leave_button)  # staff gave the PIN on the way in
    assert not window.isVisible()


def test_a_kiosk_starts_without_anyone_s_unfinished_session(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    import sqlite3

    # At home, a session is left half-way (as after a crash): its draft is kept.
    home = make_window()
    answer_red_flags(qtbot, start(qtbot, home))
    click(qtbot, current_check(home).next_button)
    database = data_dir / DATABASE_NAME

    def drafts() -> int:
        connection = sqlite3.connect(database)
        try:
            return int(connection.execute("SELECT COUNT(*) FROM drafts").fetchone()[0])
        finally:
            connection.close()

    assert drafts() == 1
    opened = open_kiosk(make_window, data_dir)
    opened.controller.guard.allow_close = True  # so the shared fixture can close it
    assert drafts() == 0


# The offscreen platform says so of every message box; a real screen does not.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_kiosk_whose_settings_cannot_be_read_says_so_and_exits_non_zero(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kneeapp.app import run_gui

    data_dir.mkdir(parents=True, exist_ok=True)
    damaged = '{"pin_hash": "scrypt$16384$8$1$00$11",}'  # one trailing comma
    (data_dir / "kiosk.json").write_text(damaged, encoding="utf-8")
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            poll.stop()
            ok = box.button(QMessageBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    poll = QTimer()
    poll.timeout.connect(answer)
    poll.start(20)
    # Started the way settings.json's "start_as_kiosk" would start it: no flag.
    status = run_gui(data_dir)
    poll.stop()
    assert status == 1
    assert shown and str(data_dir / "kiosk.json") in shown[0]
    assert "kiosk.json" in capsys.readouterr().err
    # Nothing was rewritten, and no window asks whoever stands there to choose a PIN.
    assert (data_dir / "kiosk.json").read_text(encoding="utf-8") == damaged


def test_no_page_of_a_patients_session_has_a_way_to_the_settings(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    """The settings lead to the file manager and to deleting everyone's data: a patient's
    pages are built without the button, not built with it and hidden."""
    sign_in(qtbot, kiosk, "Dana")
    window = kiosk.window
    click(qtbot, window.home.start_button)
    seen = [window.current_page()]
    safety = start_from_choice(qtbot, window)
    seen.append(safety)
    answer_red_flags(qtbot, safety)
    for page in check_pages(window):
        seen.append(page)
        click(qtbot, page.next_button)
    note = window.current_page()
    assert isinstance(note, NotePage)
    seen.append(note)
    click(qtbot, note.next_button)
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    seen.append(summary)
    for page in seen:
        assert getattr(page, "settings_button", None) is None, type(page).__name__
        assert "Settings" not in visible_texts(page), type(page).__name__


def start_from_choice(qtbot: QtBot, window: MainWindow) -> RedFlagPage:
    choose = window.current_page()
    assert isinstance(choose, ChooseChecksPage)
    click(qtbot, choose.core_button)
    click(qtbot, choose.next_button)
    safety = window.current_page()
    assert isinstance(safety, RedFlagPage)
    return safety
