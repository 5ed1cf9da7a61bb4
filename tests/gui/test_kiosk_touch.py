"""Every control a finger can reach in kiosk mode is at least 44 x 44 px, on every screen."""

from __future__ import annotations

from pathlib import Path

from gui_steps import WindowFactory, answer_red_flags, click, pages_until, start
from kiosk_steps import PIN, Kiosk, enter_pin, open_kiosk, sign_in
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QStyleOptionSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kneeapp.ui.pages.summary import SummaryPage

MINIMUM = 44
CONTROLS = (
    QAbstractButton,
    QSlider,
    QLineEdit,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
    QScrollBar,
)


def handle_rect(slider: QSlider) -> QRect:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    return slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )


def spin_button_rects(spin: QAbstractSpinBox) -> list[QRect]:
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)  # type: ignore[attr-defined]
    return [
        spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, spin)
        for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown)
    ]


def too_small(window: QWidget, screen: str) -> list[str]:
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QHeaderView) and not widget.sectionsClickable():
            continue  # a caption row, not something to touch
        name = f"{screen}: {type(widget).__name__} {widget.accessibleName() or ''}".strip()
        size = widget.size()
        if size.width() < MINIMUM or size.height() < MINIMUM:
            problems.append(f"{name} is {size.width()}x{size.height()}")
        if isinstance(widget, QSlider):
            handle = handle_rect(widget)
            if handle.width() < MINIMUM or handle.height() < MINIMUM:
                problems.append(f"{name} thumb is {handle.width()}x{handle.height()}")
        if isinstance(widget, QAbstractSpinBox):
            for rect in spin_button_rects(widget):
                if rect.width() < MINIMUM or rect.height() < MINIMUM:
                    problems.append(f"{name} step button is {rect.width()}x{rect.height()}")
    return problems


def test_every_visible_control_is_touch_sized_on_every_screen(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    kiosk: Kiosk = open_kiosk(make_window, data_dir, with_pin=False)
    window = kiosk.window
    window.resize(1280, 800)
    problems: list[str] = []

    def look(screen: str) -> None:
        qtbot.waitUntil(lambda: window.current_page().isVisible())
        problems.extend(too_small(window, screen))

    try:
        look("set PIN")
        enter_pin(qtbot, kiosk, PIN)
        enter_pin(qtbot, kiosk, PIN)
        look("start")
        sign_in(qtbot, kiosk, "Touch Test")
        look("home")
        red_flags = start(qtbot, window, core_only=False)
        look("safety questions")
        answer_red_flags(qtbot, red_flags)
        for page in pages_until(window, SummaryPage):
            for box in page.findChildren(QCheckBox):
                box.setChecked(True)  # shows the optional distance inputs
            look(type(page).__name__ + " " + str(getattr(getattr(page, "check", None), "id", "")))
            click(qtbot, page.next_button)  # type: ignore[attr-defined]
        look("summary")
        kiosk.controller.overlay.show_countdown(20)
        look("are you still there")
        kiosk.controller.overlay.hide()
        click(qtbot, window.current_page().save_button)  # type: ignore[attr-defined]
        look("done")
        click(qtbot, kiosk.controller.done_page.results_button)
        look("history")
        kiosk.controller.reset()
        click(qtbot, kiosk.controller.start_page.staff_button)
        look("PIN")
        enter_pin(qtbot, kiosk, PIN)
        look("clinician")
        kiosk.controller.clinician.patients.setCurrentRow(0)
        click(qtbot, kiosk.controller.clinician.history_button)
        look("clinician history")
    finally:
        kiosk.controller.guard.allow_close = True
    assert not problems, "\n".join(problems)
