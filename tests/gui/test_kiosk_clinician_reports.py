"""Clinician mode on a kiosk: whose history is open, the report saved (saying where) and
printed through Qt's print support, and closing KneeCheck without a second PIN."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from a11y import visible_texts
from gui_steps import WindowFactory, click
from kiosk_steps import PIN, Kiosk, enter_pin, open_kiosk
from pdf_text import text_of
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kneeapp.storage.sessions import open_repository
from kneeapp.ui.kiosk.pin_page import PinPurpose
from kneeapp.ui.pages.history import HistoryPage
from tests.clinic.stations import make_session


@pytest.fixture
def kiosk(make_window: WindowFactory, data_dir: Path) -> Iterator[Kiosk]:
    with open_repository(data_dir) as repository:
        repository.save(make_session(1, "Marta Ruiz"))
    opened = open_kiosk(make_window, data_dir)
    yield opened
    opened.controller.guard.allow_close = True


def open_martas_history(qtbot: QtBot, kiosk: Kiosk) -> HistoryPage:
    controller = kiosk.controller
    click(qtbot, controller.start_page.staff_button)
    enter_pin(qtbot, kiosk, PIN)
    controller.clinician.patients.setCurrentRow(0)
    click(qtbot, controller.clinician.history_button)
    history = kiosk.window.current_page()
    assert isinstance(history, HistoryPage)
    return history


def test_the_history_says_whose_it_is(qtbot: QtBot, kiosk: Kiosk) -> None:
    history = open_martas_history(qtbot, kiosk)
    shown = visible_texts(kiosk.window)
    assert "History and reports: Marta Ruiz" in shown
    assert any(text.startswith("Marta Ruiz's saved self-checks") for text in shown)
    assert not any("Your saved self-checks" in text for text in shown)
    # The session's details too: "the left ankle", never "your".
    details = history.detail_text.text()
    assert "The left ankle moved less than the right in the step test" in details
    assert "your" not in details.lower()
    assert history.isVisible()


def test_the_report_is_saved_saying_where_and_printed(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    history = open_martas_history(qtbot, kiosk)
    click(qtbot, history.export_buttons["pdf"])
    [saved] = (kiosk.data_dir / "exports").glob("*.pdf")
    assert str(saved) in history.message.text()

    printed = tmp_path / "printed.pdf"

    def pdf_printer() -> QPrinter:  # what the print dialog gives for "Print to file"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printer_file))
        return printer

    printer_file = printed
    kiosk.controller.choose_printer = pdf_printer  # type: ignore[method-assign]
    history = kiosk.controller.clinician_history
    print_button = None if history is None else history.print_button
    assert print_button is not None and print_button.isVisible()
    click(qtbot, print_button)
    pages, text = text_of(printed)
    assert pages >= 1 and "Marta Ruiz" in text
    assert history.message.text() == (
        f"Sent the report for Marta Ruiz ({pages} page{'s' if pages > 1 else ''}) to {printed}."
    )
    # Cancelled in the dialog: nothing printed, nothing said.
    kiosk.controller.choose_printer = lambda: None  # type: ignore[method-assign]
    history.show_message("")
    click(qtbot, print_button)
    assert not history.message.isVisible()


def test_closing_in_clinician_mode_needs_no_second_pin(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, controller = kiosk.window, kiosk.controller
    window.close()  # as from the window manager, on the patients' screen: the PIN
    assert window.isVisible() and controller.pin_page.purpose is PinPurpose.LEAVE
    click(qtbot, controller.pin_page.cancel_button)
    open_martas_history(qtbot, kiosk)
    window.close()
    assert not window.isVisible()


def test_staff_read_the_exports_in_their_own_words(qtbot: QtBot, kiosk: Kiosk) -> None:
    history = open_martas_history(qtbot, kiosk)
    assert history.export_buttons["pdf"].text() == "Save the report (PDF)…"
    assert history.print_button is not None and history.print_button.isVisible()


def test_a_person_at_home_reads_the_report_as_theirs(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    click(qtbot, window.home.history_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage)
    assert history.export_buttons["pdf"].text() == "Report for your therapist (PDF)…"
    assert history.print_button is None  # printing is a clinic's
    assert window.home.settings_button is not None and window.home.done_button is None
