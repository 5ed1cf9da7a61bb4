"""The history screen, driven as a person would, on a real database of known sessions."""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path

import pytest
from gui_steps import (
    WindowFactory,
    answer_red_flags,
    click,
    current_check,
    pages_until,
    rate,
    start,
)
from history_data import (
    ANKLE_LEFT,
    ANKLE_RIGHT,
    LUNGE_RIGHT,
    NOW,
    STEP_PAIN,
    STEP_RANGE,
    STEP_WALL,
    VARIED_NOW,
    sessions_csv,
    varied_sessions,
    varied_when,
)
from pdf_text import text_of
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot
from screens import SCREEN_SIZE, write_display

from kneeapp.cli import main as cli_main
from kneeapp.domain.asymmetry import RULES, Side, compare
from kneeapp.domain.trends import Series, SeriesPoint
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.pages.chart_section import ChartSection
from kneeapp.ui.pages.history import HistoryPage
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.widgets.asymmetry_chart import AsymmetryChart, ChartData
from kneeapp.ui.widgets.session_list import session_title


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
    assert first.startswith("1 June 2026")
    assert first.endswith("2 checks · 1 pointed out")
    last = model.data(model.index(9, 0))
    assert isinstance(last, str) and last.startswith("3 March 2026")
    assert "step test range" in model.data(model.index(9, 0), Qt.ItemDataRole.ToolTipRole)
    # The newest one is chosen and its detail shown.
    assert page.detail_title.text().startswith("1 June 2026")
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
    # The band is the flag rule in points: 2 points or more is pointed out.
    assert tuple(ankle.chart.band.getRegion()) == pytest.approx((-1.5, 1.5))
    assert "2 points or more" in ankle.chart.band_caption.text()

    lunge = page.sections["kneeling_lunge"]
    _, y = lunge.chart.plotted()
    expected = expected_signed((7,) * 10, LUNGE_RIGHT)
    assert rounded(y) == rounded(expected)
    assert min(y) < 0 < max(y)  # right worse sits below zero
    assert not page.sections["single_leg_bridge"].isVisible()

    text = ankle.summary.text()
    assert text == (
        "Step test (range): left ankle worse in 8 of the last 8 sessions; "
        "asymmetry fell from 6 points to 2 points since 3 March."
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
    qtbot.waitUntil(lambda: "3 March 2026" in chart.plot_widget.toolTip())
    assert "left 3, right 10; left worse by 7 points" in chart.plot_widget.toolTip()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=screen_point(9))
    qtbot.waitUntil(lambda: "1 June 2026" in chart.readout.text())
    assert "left 8, right 9; left worse by 1 point" in chart.readout.text()


@pytest.mark.parametrize(
    ("check_id", "measure_id", "pairs"),
    [
        ("ankle_step", "range", [(1, 2), (3, 6), (2, 4), (5, 5), (9, 10), (10, 7)]),
        ("ankle_step", "knee_to_wall", [(6.5, 11), (10, 11.5), (10, 12), (9, 9), (12, 10)]),
        ("single_leg_bridge", "reps", [(9, 10), (8, 9), (20, 10), (19, 20), (0, 3)]),
        ("kneeling_lunge", "pain", [(0, 1), (0, 2), (3, 0), (7, 7), (4, 5)]),
    ],
)
def test_every_flagged_point_lies_outside_the_band_and_every_other_inside(
    qtbot: QtBot, check_id: str, measure_id: str, pairs: list[tuple[float, float]]
) -> None:
    # One rule, one story: the flag, the band and the caption say the same thing.
    series = Series.compared(
        check_id,
        measure_id,
        [
            SeriesPoint((NOW - timedelta(days=len(pairs) - day)).timestamp(), left, right)
            for day, (left, right) in enumerate(pairs)
        ],
    )
    chart = AsymmetryChart()
    qtbot.addWidget(chart)
    chart.plot(ChartData.of(series, value_name=measure_id))
    low, high = chart.band.getRegion()
    assert low == -high
    _, plotted = chart.plotted()
    assert len(plotted) == len(pairs)
    for (left, right), value in zip(pairs, plotted, strict=True):
        flagged = compare(measure_id, left, right).flagged
        assert bool(abs(value) > high) == flagged, (left, right, value, high)
    assert RULES[measure_id].plain in chart.band_caption.text()


# -- pain and knee-to-wall per side, skipped sides, advice ----------------------


@pytest.fixture
def varied(data_dir: Path) -> Path:
    """The data folder holding sessions with pain, knee-to-wall, skips and advice."""
    with open_repository(data_dir) as repository:
        for session in varied_sessions():
            repository.save(session)
    return data_dir


def open_varied_history(qtbot: QtBot, make_window: WindowFactory) -> HistoryPage:
    window = make_window(clock=lambda: VARIED_NOW)
    window.resize(*SCREEN_SIZE)
    click(qtbot, window.home.history_button)
    page = window.current_page()
    assert isinstance(page, HistoryPage)
    qtbot.waitUntil(lambda: not page.charts_pending)
    return page


def nan_as_none(values: list[float]) -> list[float | None]:
    return [None if math.isnan(v) else v for v in values]


def test_pain_per_side_shows_a_missing_side_as_missing(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    page = open_varied_history(qtbot, make_window)
    section = page.side_sections["ankle_step", "pain"]
    assert section.isVisible()
    chart = section.chart
    x, left, right = chart.plotted_sides()
    assert x == [varied_when(i).timestamp() for i in range(len(STEP_PAIN))]
    # Skipped (too painful) and not rated: no point, and no value made up in its place.
    assert nan_as_none(left) == [p[0] for p in STEP_PAIN]
    assert nan_as_none(right) == [p[1] for p in STEP_PAIN]
    # Left and right differ by symbol and line style, not by colour alone.
    assert chart.left_curve.opts["symbol"] != chart.right_curve.opts["symbol"]
    assert chart.left_curve.opts["pen"].style() != chart.right_curve.opts["pen"].style()
    # The 0-10 scale is the axis, named in words.
    low, high = chart.plot_widget.getPlotItem().getViewBox().viewRange()[1]
    assert low < 0 and 10 < high < 11
    axis = chart.plot_widget.getPlotItem().getAxis("left").labelText
    assert axis == "pain (0 to 10)"
    # The sides were pointed out (2 points or more apart) in weeks 1, 3 and 5.
    assert chart.pointed_out_times() == [varied_when(i).timestamp() for i in (0, 2, 4)]
    assert RULES["pain"].plain in chart.band_caption.text()
    assert section.summary.text() == (
        "Step test (pain): left fell from 7 of 10 to 1.5 of 10 since 1 April; "
        "right about the same since 1 April (1 of 10 then, 0.5 of 10 now); "
        "the sides were pointed out in 3 of 4 sessions with both sides rated."
    )
    # Hovering a session with a side missing says so.
    assert chart.describe(1).endswith("left 8, right no value")
    # Every check with pain has its own chart; the lunge's pain was never different.
    lunge = page.side_sections["kneeling_lunge", "pain"]
    assert lunge.isVisible()
    assert lunge.chart.pointed_out_times() == [varied_when(4).timestamp()]


def test_knee_to_wall_per_side_in_cm_only_when_measured(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    page = open_varied_history(qtbot, make_window)
    section = page.side_sections["ankle_step", "knee_to_wall"]
    assert section.isVisible()
    x, left, right = section.chart.plotted_sides()
    measured = [i for i, wall in enumerate(STEP_WALL) if wall is not None]
    assert x == [varied_when(i).timestamp() for i in measured]
    assert left == [STEP_WALL[i][0] for i in measured]  # type: ignore[index]
    assert right == [STEP_WALL[i][1] for i in measured]  # type: ignore[index]
    axis = section.chart.plot_widget.getPlotItem().getAxis("left").labelText
    assert axis == "knee-to-wall distance (cm)"
    # More than 1.5 cm apart: 7.5 against 11 and 9 against 11.
    assert section.chart.pointed_out_times() == [varied_when(i).timestamp() for i in (0, 2)]
    assert "more than 1.5 cm" in section.chart.band_caption.text()
    assert "left rose from 8.3 cm to 10.8 cm since 1 April" in section.summary.text()
    # Only the step test measures it.
    assert ("kneeling_lunge", "knee_to_wall") not in page.side_sections
    # The asymmetry chart of the step test's range sits before it, with every session.
    order = [w for w in page.content.findChildren(ChartSection) if w.isVisible()]
    assert order[:3] == [
        page.sections["ankle_step"],
        section,
        page.side_sections["ankle_step", "pain"],
    ]


def test_a_session_without_knee_to_wall_shows_no_knee_to_wall_chart(
    qtbot: QtBot, make_window: WindowFactory, imported: Path
) -> None:
    page = open_history(qtbot, make_window)
    assert not page.side_sections["ankle_step", "knee_to_wall"].isVisible()
    assert page.side_sections["ankle_step", "pain"].isVisible()


def test_the_asymmetry_uses_only_sessions_with_both_sides(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    page = open_varied_history(qtbot, make_window)
    lunge = page.sections["kneeling_lunge"]
    x, y = lunge.chart.plotted()
    # The week the lunge was skipped is not compared, not drawn as "both the same".
    assert x == [varied_when(i).timestamp() for i in (0, 2, 3, 4, 5)]
    assert y == [0.0] * 5
    # Showing left and right values, the step test's range has every session.
    click(qtbot, page.raw_toggle)
    _, left, _ = page.sections["ankle_step"].chart.plotted_sides()
    assert left == [float(v) for v, _ in STEP_RANGE]


def test_the_detail_shows_the_advice_and_the_list_marks_it(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    sessions = varied_sessions()
    advised = {s.uid: s.advice for s in sessions if s.advice}
    assert len(advised) == 2
    page = open_varied_history(qtbot, make_window)
    model = page.model
    rows = [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]
    marked = [i for i, row in enumerate(rows) if "advised to see a clinician" in row]
    assert [model.session(i).uid for i in marked] == [  # type: ignore[union-attr]
        s.uid for s in reversed(sessions) if s.advice
    ]
    # The newest session carried no advice: nothing in its detail looks like advice.
    assert not page.detail_advice.isVisible()
    # The person goes down the list with the keyboard; each session shows its own advice.
    page.list_view.setFocus()
    for row in range(1, len(rows)):
        qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
        session = page.current_session()
        assert session is not None and page.detail_title.text() == session_title(session)
        assert page.detail_advice.isVisible() == (session.uid in advised)
        if session.uid in advised:
            assert row in marked
            assert page.detail_advice.text() == advised[session.uid]
    # Up again to the step test's 8 of 10: the advice, first under the date, says why.
    for _ in range(len(rows) - 1 - marked[1]):
        qtbot.keyClick(page.list_view, Qt.Key.Key_Up)
    assert page.detail_title.text().startswith("8 April 2026")
    assert page.detail_advice.text().startswith("Consider seeing a clinician.")
    assert "Your left side rated 8 of 10 in the step test." in page.detail_advice.text()
    panel = page.detail_advice.parentWidget().layout()  # type: ignore[union-attr]
    assert panel.indexOf(page.detail_title) + 1 == panel.indexOf(page.detail_advice)
    assert panel.indexOf(page.detail_advice) < panel.indexOf(page.detail_text)
    # Styled as advice on the results page, not as the routine text around it.
    assert page.detail_advice.objectName() == "advice"
    advice_colour = page.detail_advice.grab().toImage().pixelColor(4, 4)
    text_colour = page.detail_text.grab().toImage().pixelColor(4, 4)
    assert advice_colour != text_colour
    # The lunge was skipped as a whole that week; the right side's pain not rated.
    detail = page.detail_text.text()
    assert "Kneeling lunge: both sides skipped: not done." in detail
    assert "Step test, pain: left side 8 of 10; right side not rated." in detail


def test_the_detail_says_plainly_which_side_was_skipped(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    page = open_varied_history(qtbot, make_window)
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(varied_sessions()[3].uid), 0))
    assert (
        "Step test, pain: left side skipped: too painful; right side 0 of 10."
        in page.detail_text.text()
    )


@pytest.mark.parametrize(
    ("check_id", "measure_id", "pairs"),
    [
        ("ankle_step", "pain", [(0, 1), (None, 2), (3, 0), (7, 7), (4, None), (1, 3), (6, 4)]),
        ("kneeling_lunge", "pain", [(2, 0), (1, 0), (None, None), (0, 9)]),
        ("ankle_step", "knee_to_wall", [(6.5, 8), (10, 11.5), (None, 12), (9, 10.5), (12, 10)]),
    ],
)
def test_the_charts_of_each_side_keep_the_rule_too(
    qtbot: QtBot, check_id: str, measure_id: str, pairs: list[tuple[float | None, float | None]]
) -> None:
    # The asymmetry chart of the same sessions: the band holds every unflagged point and
    # only those, and the sessions with a side missing are not drawn at all.
    points = [
        SeriesPoint((NOW - timedelta(days=len(pairs) - day)).timestamp(), left, right)
        for day, (left, right) in enumerate(pairs)
    ]
    series = Series(check_id, measure_id, tuple(p for p in points if p.has_value))
    data = ChartData.of(series, value_name=measure_id)
    asymmetry = AsymmetryChart()
    qtbot.addWidget(asymmetry)
    asymmetry.plot(data)
    _, high = asymmetry.band.getRegion()
    compared = [(a, b) for a, b in pairs if a is not None and b is not None]
    _, plotted = asymmetry.plotted()
    assert len(plotted) == len(compared)
    for (left, right), value in zip(compared, plotted, strict=True):
        assert bool(abs(value) > high) == compare(measure_id, left, right).flagged
    # The left-and-right chart: a bar joins the sides exactly where they were flagged.
    sides = AsymmetryChart(sides_only=True)
    qtbot.addWidget(sides)
    sides.plot(data)
    flagged = [
        p.timestamp
        for p in points
        if p.left is not None
        and p.right is not None
        and compare(measure_id, p.left, p.right).flagged
    ]
    assert sides.pointed_out_times() == flagged
    x, left, right = sides.plotted_sides()
    assert x == [p.timestamp for p in points if p.has_value]
    assert RULES[measure_id].plain in sides.band_caption.text()


def test_advice_after_severe_pain_is_found_in_history_and_in_its_report(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    # A self-check as a person does it: the left step test hurts 8 of 10.
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    rate(step, "range", Side.LEFT, 4)
    rate(step, "range", Side.RIGHT, 8)
    rate(step, "pain", Side.LEFT, 8)
    click(qtbot, step.pain_prompt.stop_check_button)
    for page in pages_until(window, SummaryPage):
        click(qtbot, page.next_button)  # type: ignore[attr-defined]
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    advice = summary.advice.text()
    assert advice.startswith("Consider seeing a clinician.")
    click(qtbot, summary.save_button)

    # Later, in History: the session is marked in the list and its advice comes first.
    click(qtbot, window.home.history_button)
    history = window.current_page()
    assert isinstance(history, HistoryPage)
    qtbot.waitUntil(lambda: not history.charts_pending)
    row = str(history.model.data(history.model.index(0, 0)))
    assert "advised to see a clinician" in row
    assert history.detail_advice.isVisible()
    assert history.detail_advice.text() == advice
    # The pain chart has the left side's 8 and no point for the right, never rated.
    pain = history.side_sections["ankle_step", "pain"]
    _, left, right = pain.chart.plotted_sides()
    assert left == [8.0] and math.isnan(right[0])

    # The report made from History carries the same advice, with its session.
    out = tmp_path / "report.pdf"
    history.choose_save_path = lambda title, suggested, file_filter: out
    click(qtbot, history.export_buttons["pdf"])
    assert "Saved the report" in history.message.text()
    _, text = text_of(out)
    assert "KneeCheck advised seeing a clinician after 1 session, most recently on" in text
    assert f"Advice given: {' '.join(advice.split())}" in text


def test_clicking_a_point_of_the_pain_chart_gives_both_sides(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    page = open_varied_history(qtbot, make_window)
    page.window().resize(1920, 1080)
    section = page.side_sections["ankle_step", "pain"]
    chart = section.chart
    page.scroll_area.ensureWidgetVisible(section)
    x, left, _ = chart.plotted_sides()
    view = chart.plot_widget.getPlotItem().getViewBox()

    def screen_point(index: int) -> QPoint:
        scene = view.mapViewToScene(QPointF(float(x[index]), float(left[index])))
        return chart.plot_widget.mapFromScene(scene)

    viewport = chart.plot_widget.viewport()
    # The week the right side was not rated: the left's value, and no value for the right.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=screen_point(1))
    qtbot.waitUntil(lambda: "8 April 2026" in chart.readout.text())
    assert chart.readout.text().endswith("left 8, right no value")
    qtbot.mouseMove(viewport, screen_point(0))
    qtbot.waitUntil(lambda: "1 April 2026" in chart.plot_widget.toolTip())
    assert chart.plot_widget.toolTip().endswith("left 6, right 1; pointed out")


def test_the_period_chosen_applies_to_each_side_too(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    page = open_varied_history(qtbot, make_window)
    click(qtbot, page.range_row.buttons[0])  # the last 30 days
    x, left, right = page.side_sections["ankle_step", "pain"].chart.plotted_sides()
    recent = [i for i in range(len(STEP_PAIN)) if VARIED_NOW - varied_when(i) <= timedelta(30)]
    assert recent == [3, 4, 5]
    assert x == [varied_when(i).timestamp() for i in recent]
    assert nan_as_none(left) == [STEP_PAIN[i][0] for i in recent]
    assert right == [STEP_PAIN[i][1] for i in recent]
    summary = page.side_sections["ankle_step", "pain"].summary.text()
    assert "left fell from 2 of 10 to 1 of 10" not in summary  # one point: not a change
    assert "left about the same since 29 April (2 of 10 then, 1 of 10 now)" in summary


def test_chart_dates_are_in_the_persons_language(
    qtbot: QtBot, make_window: WindowFactory, varied: Path
) -> None:
    write_display(varied, language="es")
    page = open_varied_history(qtbot, make_window)
    chart = page.side_sections["ankle_step", "pain"].chart
    chart.grab()  # lays the axis out for its width
    axis = chart.plot_widget.getPlotItem().getAxis("bottom")
    low, high = axis.range
    labels = [
        label
        for spacing, values in axis.tickValues(low, high, axis.width())
        for label in axis.tickStrings(values, 1, spacing)
    ]
    assert "abr" in labels and "may" in labels
    assert not {"Apr", "Aug", "Jan"} & set(labels)
