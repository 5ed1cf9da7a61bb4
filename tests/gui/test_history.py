"""The history screen, driven as a person would, on a real database of known sessions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_steps import click
from history_data import ANKLE_LEFT, ANKLE_RIGHT, LUNGE_RIGHT, NOW, sessions_csv, uid
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from kneeapp.cli import main as cli_main
from kneeapp.domain.asymmetry import compare
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages import history as history_module
from kneeapp.ui.pages.history import EMPTY_TEXT, HistoryPage

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def imported(tmp_path: Path, data_dir: Path) -> Path:
    """The data folder after importing the known sessions with `kneeapp import`."""
    file = tmp_path / "sessions.csv"
    file.write_text(sessions_csv(), encoding="utf-8")
    assert cli_main(["import", str(file), "--data-dir", str(data_dir)]) == 0
    return data_dir


def open_history(qtbot: QtBot, make_window: WindowFactory) -> HistoryPage:
    window = make_window(clock=lambda: NOW)
    click(qtbot, window.home.history_button)
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    # The first history of a run draws its charts once the page is on screen.
    qtbot.waitUntil(lambda: not page.charts_pending)
    return page


def rounded(values: list[float]) -> list[float]:
    return [round(v, 1) for v in values]


def expected_signed(left: tuple[int, ...], right: tuple[int, ...]) -> list[float]:
    return [compare("range", a, b).signed_value for a, b in zip(left, right, strict=True)]


def test_list_shows_sessions_newest_first(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    model = page.model
    assert model.rowCount() == 10
    assert page.count_label.text() == "10 saved sessions, newest first"
    first = model.data(model.index(0, 0))
    assert isinstance(first, str)
    assert first.startswith("01 June 2026")
    assert "Step test, Kneeling lunge" in first and "flagged: step test pain" in first
    last = model.data(model.index(9, 0))
    assert isinstance(last, str) and last.startswith("03 March 2026")
    assert "step test range" in last
    # The newest one is chosen and its detail shown.
    assert page.detail_title.text().startswith("01 June 2026")
    assert "Your left ankle moved less than your right" in page.detail_text.text()
    assert page.note_edit.toPlainText() == "week 9"


def test_charts_plot_signed_asymmetry_with_band_and_summary(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    ankle = page.sections["ankle_step"]
    assert ankle.isVisible()
    _, y = ankle.chart.plotted()
    assert rounded(y) == rounded(expected_signed(ANKLE_LEFT, ANKLE_RIGHT))
    assert all(value > 0 for value in y)  # left worse sits above zero
    x, _ = ankle.chart.asymmetry_curve.getData()
    assert len(x) == 10 and list(x) == sorted(x)
    assert tuple(ankle.chart.band.getRegion()) == pytest.approx((-20.0, 20.0))

    lunge = page.sections["kneeling_lunge"]
    _, y = lunge.chart.plotted()
    expected = expected_signed((7,) * 10, LUNGE_RIGHT)
    assert rounded(y) == rounded(expected)
    assert min(y) < 0 < max(y)  # right worse sits below zero
    assert not page.sections["single_leg_bridge"].isVisible()

    text = ankle.summary.text()
    assert text == (
        "Step test (range): left ankle worse in 8 of the last 8 sessions; "
        "asymmetry fell from 70 % to 11 % since 3 March."
    )
    assert ankle.summary.accessibleDescription() == text
    assert "about the same" in lunge.summary.text()


def test_points_give_their_exact_values(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    chart = open_history(qtbot, make_window).sections["ankle_step"].chart
    chart.window().resize(1920, 1080)
    x, y = chart.asymmetry_curve.getData()
    view = chart.plot_widget.getPlotItem().getViewBox()

    def screen_point(index: int) -> QPoint:
        scene = view.mapViewToScene(QPointF(float(x[index]), float(y[index])))
        return chart.plot_widget.mapFromScene(scene)

    viewport = chart.plot_widget.viewport()
    # Hovering near the first point shows its values; a click or tap writes them below.
    qtbot.mouseMove(viewport, screen_point(0))
    qtbot.waitUntil(lambda: "03 March 2026" in chart.plot_widget.toolTip())
    assert "left 3, right 10; left worse by 70 %" in chart.plot_widget.toolTip()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=screen_point(9))
    qtbot.waitUntil(lambda: "01 June 2026" in chart.readout.text())
    assert "left 8, right 9; left worse by 11.1 %" in chart.readout.text()


def test_raw_switch_shows_left_and_right(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    chart = page.sections["ankle_step"].chart
    click(qtbot, page.raw_toggle)
    assert chart.show_raw
    assert list(chart.left_curve.getData()[1]) == list(ANKLE_LEFT)
    assert list(chart.right_curve.getData()[1]) == list(ANKLE_RIGHT)
    assert chart.left_curve.opts["symbol"] != chart.right_curve.opts["symbol"]
    assert not chart.band.isVisible() and not chart.asymmetry_curve.isVisible()
    legend = [label.text for _, label in chart.legend.items]
    assert legend == ["Left (circles)", "Right (triangles)"]
    click(qtbot, page.raw_toggle)
    assert chart.asymmetry_curve.isVisible() and chart.band.isVisible()


def test_range_filter_changes_what_is_plotted(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    chart = page.sections["ankle_step"].chart
    buttons = page.range_row.buttons
    assert [b.text() for b in buttons] == ["30 days", "90 days", "1 year", "All"]
    click(qtbot, buttons[0])  # since 11 May: 12 May, 22 May, 1 June
    assert rounded(chart.plotted()[1]) == rounded(expected_signed(ANKLE_LEFT, ANKLE_RIGHT)[-3:])
    assert "3 of the last 3 sessions" in page.sections["ankle_step"].summary.text()
    click(qtbot, buttons[1])  # since 12 March
    assert len(chart.plotted()[1]) == 9
    click(qtbot, buttons[3])
    assert len(chart.plotted()[1]) == 10


def test_delete_asks_in_the_window_and_can_be_undone(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, data_dir: Path
) -> None:
    page = open_history(qtbot, make_window)
    original = page.current_session()
    assert original is not None and original.uid == uid(9)
    click(qtbot, page.delete_button)
    assert page.confirm_bar.isVisible()
    assert page.model.rowCount() == 10  # nothing happens before the answer
    click(qtbot, page.confirm_bar.confirm_button)
    assert page.model.rowCount() == 9
    assert page.undo_bar.isVisible()
    assert len(page.sections["ankle_step"].chart.plotted()[1]) == 9
    click(qtbot, page.undo_button)
    assert page.model.rowCount() == 10
    assert not page.undo_bar.isVisible()
    with open_repository(data_dir) as repository:
        assert repository.get(original.uid) == original


def test_undo_expires(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, data_dir: Path
) -> None:
    page = open_history(qtbot, make_window)
    page.undo_timer.setInterval(50)
    click(qtbot, page.delete_button)
    click(qtbot, page.confirm_bar.confirm_button)
    qtbot.waitUntil(lambda: not page.undo_bar.isVisible())
    with open_repository(data_dir) as repository:
        assert repository.count("default") == 9
        assert repository.get(uid(9)) is None


def test_note_edit_is_saved(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, data_dir: Path
) -> None:
    page = open_history(qtbot, make_window)
    page.list_view.setCurrentIndex(page.model.index(3, 0))
    assert page.note_edit.toPlainText() == "week 6"
    page.note_edit.selectAll()
    qtbot.keyClicks(page.note_edit, "Ran 5 km, no pain")
    click(qtbot, page.save_note_button)
    assert page.message.text() == "Note saved."
    assert page.current_session() is not None
    assert page.note_edit.toPlainText() == "Ran 5 km, no pain"
    with open_repository(data_dir) as repository:
        stored = repository.get(uid(6))
    assert stored is not None and stored.note == "Ran 5 km, no pain"


def test_exports_go_where_the_person_chooses(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, tmp_path: Path
) -> None:
    page = open_history(qtbot, make_window)
    chosen: list[str] = []

    def choose(title: str, suggested: str, _filter: str) -> Path:
        chosen.append(suggested)
        return tmp_path / suggested

    page.choose_save_path = choose
    click(qtbot, page.csv_button)
    csv_file = tmp_path / "kneecheck-default-2026-06-10.csv"
    lines = csv_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("session_uid,") and len(lines) == 1 + 40
    assert "Exported 10 sessions" in page.message.text()
    click(qtbot, page.pdf_button)
    pdf_file = tmp_path / "kneecheck-default-2026-06-10.pdf"
    assert pdf_file.read_bytes().startswith(b"%PDF")
    assert "Saved the report" in page.message.text()
    # Cancelling the choice writes nothing.
    page.choose_save_path = lambda *_: None
    click(qtbot, page.csv_button)
    assert chosen == [csv_file.name, pdf_file.name]


def test_empty_history_says_what_to_do(qtbot: QtBot, make_window: WindowFactory) -> None:
    page = open_history(qtbot, make_window)
    assert page.empty_label.isVisible() and page.empty_label.text() == EMPTY_TEXT
    assert not page.content.isVisible()
    assert not page.pdf_button.isEnabled() and not page.csv_button.isEnabled()
    assert all(section.chart.plot_widget is None for section in page.sections.values())
    click(qtbot, page.back_button)
    window = page.window()
    assert isinstance(window, MainWindow) and window.current_page() is window.home


def test_every_control_has_a_name_and_room_for_a_finger(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    for button in page.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.text() or button.accessibleName(), button
            assert button.height() >= 44, button.text()
    for widget in (page.list_view, page.note_edit):
        assert widget.accessibleName()
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    assert page.detail_title.text().startswith("22 May 2026")
    assert isinstance(page.sections["ankle_step"].chart, QWidget)


def test_editing_a_note_beyond_the_first_page_keeps_that_session_selected(
    qtbot: QtBot,
    make_window: WindowFactory,
    imported: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kneeapp.ui.widgets import session_list

    monkeypatch.setattr(session_list, "PAGE_SIZE", 3)
    page = open_history(qtbot, make_window)
    while page.model.canFetchMore(page.model.index(-1, 0).parent()):
        page.model.fetchMore(page.model.index(-1, 0).parent())
    page.list_view.setCurrentIndex(page.model.index(8, 0))
    chosen = page.current_session()
    assert chosen is not None and chosen.uid == uid(1)
    page.note_edit.selectAll()
    qtbot.keyClicks(page.note_edit, "an old session")
    click(qtbot, page.save_note_button)
    selected = page.current_session()
    assert selected is not None and selected.uid == uid(1)
    assert page.note_edit.toPlainText() == "an old session"


def test_first_charts_of_a_run_are_drawn_once_the_page_is_shown(
    qtbot: QtBot, make_window: WindowFactory, imported: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As in a fresh process, where the chart library is not loaded yet.
    monkeypatch.setattr(history_module, "chart_library_loaded", lambda: False)
    window = make_window(clock=lambda: NOW)
    click(qtbot, window.home.history_button)
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    ankle = page.sections["ankle_step"]
    # The list and the summaries are there at once; the charts say they are coming.
    assert page.model.total == 10
    assert "left" in ankle.summary.text().lower()
    assert page.charts_pending and ankle.chart.data is None
    assert ankle.chart.band_caption.text() == "Drawing the chart…"
    assert ankle.chart.halves.isHidden()  # no "Left worse" beside a chart not there yet
    with qtbot.waitSignal(page.charts_drawn, timeout=10_000):
        pass
    assert not page.charts_pending
    assert ankle.chart.data is not None and ankle.chart.asymmetry_curve.isVisible()
    assert "Drawing" not in ankle.chart.band_caption.text()
    assert not ankle.chart.halves.isHidden()
