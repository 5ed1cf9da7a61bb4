"""Every screen of KneeCheck, visited one by one, for tests that look at all of them."""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from pathlib import Path

from gui_steps import WindowFactory, answer_red_flags, check_pages, click
from kiosk_steps import PATIENT_PIN, PIN, enter_pin, open_kiosk
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.choose_checks import ChooseChecksPage
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.red_flags import RedFlagPage
from kneeapp.ui.pages.summary import SummaryPage

SCREEN_SIZE = (1024, 768)


def write_display(data_dir: Path, **display: str) -> None:
    """Settings as a person left them, before the window opens."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"display": display}), encoding="utf-8")


def settle(window: QWidget) -> None:
    """Let layouts and style sheets take effect, as after a paint."""
    for _ in range(3):
        QApplication.processEvents()
    window.grab()  # lays out and polishes everything that is visible


def flow_screens(qtbot: QtBot, window: MainWindow) -> Generator[str, None, None]:
    """Walk a whole session, then history, settings and the clinician advice; yields each
    screen's name while the window shows it."""
    window.resize(*SCREEN_SIZE)
    settle(window)
    yield "home"
    click(qtbot, window.home.start_button)
    choose = window.current_page()
    assert isinstance(choose, ChooseChecksPage)
    for box in choose.boxes.values():
        box.setChecked(True)
    settle(window)
    yield "choose checks"
    click(qtbot, choose.next_button)
    safety = window.current_page()
    assert isinstance(safety, RedFlagPage)
    settle(window)
    yield "safety"
    answer_red_flags(qtbot, safety)
    for page in check_pages(window):
        for control in page.inputs.values():
            value = control.value()
            if control.check_measure.id == "range":
                control.set_value(3)
                control.value_changed.emit(3.0)
            elif value is not None:
                control.value_changed.emit(value)
        settle(window)
        yield f"check {page.check.id}"
        click(qtbot, page.next_button)
    note = window.current_page()
    assert isinstance(note, NotePage)
    note.edit.setPlainText("8 km")
    settle(window)
    yield "note"
    click(qtbot, note.next_button)
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    for row in summary.findings[:1]:
        row.why_button.click()
    settle(window)
    yield "summary"
    click(qtbot, summary.leave_button)  # the leave question, answered "keep going"
    settle(window)
    yield "leave question"
    click(qtbot, window.confirm_bar.cancel_button)
    click(qtbot, summary.save_button)
    settle(window)
    yield "home after saving"
    click(qtbot, window.home.history_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage)
    qtbot.waitUntil(lambda: not history.charts_pending)  # the first charts of a run
    settle(window)
    yield "history"
    window.go_home()
    click(qtbot, window.home.settings_button)
    settle(window)
    yield "settings"
    window.show_page(window.session.advice)
    settle(window)
    yield "see a clinician"


def kiosk_screens(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> Iterator[tuple[str, MainWindow]]:
    """The kiosk's own screens: start, PIN, clinician mode, a patient's home, idle warning."""
    kiosk = open_kiosk(make_window, data_dir)
    window, controller = kiosk.window, kiosk.controller
    try:
        window.resize(*SCREEN_SIZE)
        settle(window)
        yield "kiosk start", window
        click(qtbot, controller.start_page.staff_button)
        settle(window)
        yield "kiosk PIN", window
        enter_pin(qtbot, kiosk, PIN)
        settle(window)
        yield "kiosk clinician mode", window
        click(qtbot, controller.clinician.done_button)
        qtbot.keyClicks(controller.start_page.name_field, "Anna")
        click(qtbot, controller.start_page.start_button)
        settle(window)
        yield "kiosk patient PIN", window
        click(qtbot, controller.pin_page.choose_button)
        settle(window)
        yield "kiosk patient chooses a PIN", window
        enter_pin(qtbot, kiosk, PATIENT_PIN)
        enter_pin(qtbot, kiosk, PATIENT_PIN)
        settle(window)
        yield "kiosk patient home", window
        controller.overlay.show_countdown(12)
        settle(window)
        yield "kiosk still there?", window
        controller.overlay.hide()
        # A patient's session at kiosk size: the choice of checks, safety, one check.
        click(qtbot, window.home.start_button)
        choose = window.current_page()
        assert isinstance(choose, ChooseChecksPage)
        for box in choose.boxes.values():
            box.setChecked(True)
        settle(window)
        yield "kiosk choose checks", window
        click(qtbot, choose.next_button)
        safety = window.current_page()
        assert isinstance(safety, RedFlagPage)
        settle(window)
        yield "kiosk safety", window
        answer_red_flags(qtbot, safety)
        for _ in range(3):  # on to the single-leg squat, whose choices are the widest
            page = window.current_page()
            assert isinstance(page, CheckPage)
            click(qtbot, page.next_button)
        settle(window)
        yield "kiosk single-leg squat", window
    finally:
        controller.guard.allow_close = True
