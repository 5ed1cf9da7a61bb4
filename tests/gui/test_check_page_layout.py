"""The check pages as a person reads them: plain words first, which leg is which, the
drift examples with the steps, and nothing jumping while the sliders move."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_steps import WindowFactory, answer_red_flags, check_pages, click, rate, start
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from screens import SCREEN_SIZE, settle, write_display

from kneeapp.domain.asymmetry import Side
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage


def all_check_pages(qtbot: QtBot, window: MainWindow) -> dict[str, CheckPage]:
    window.resize(*SCREEN_SIZE)
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    pages: dict[str, CheckPage] = {}
    for page in check_pages(window):
        settle(window)
        pages[page.check.id] = page
        click(qtbot, page.next_button)
    return pages


def top_in(widget: QWidget, window: QWidget) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def test_titles_lead_with_plain_words_and_the_term_follows_smaller(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    pages = all_check_pages(qtbot, make_window())
    step = pages["ankle_step"]
    assert step.title.text() == "Step test: how far your ankle bends"
    assert step.subtitle.text() == "Check 1 of 5 · ankle dorsiflexion"
    bridge = pages["single_leg_bridge"]
    assert bridge.title.text() == "Single-leg bridge: how strong the back of your hip is"
    assert "hip extensor strength" in bridge.subtitle.text()
    for page in pages.values():
        assert page.check.target not in page.title.text()


def test_each_picture_says_which_leg_is_the_side(qtbot: QtBot, make_window: WindowFactory) -> None:
    pages = all_check_pages(qtbot, make_window())
    lunge = pages["kneeling_lunge"]
    caption = lunge.tested_leg.text()
    assert "back leg" in caption and "left knee checks your left hip" in caption
    # Right under the picture, before the steps.
    picture = top_in(lunge.illustration, lunge)
    assert top_in(lunge.tested_leg, lunge).y() > picture.y() + lunge.illustration.height() - 1
    for page in pages.values():
        assert page.tested_leg.text().strip()


def test_drift_examples_sit_with_the_steps_not_among_the_answers(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    squat = all_check_pages(qtbot, make_window())["single_leg_squat"]
    squat.scroll_area.ensureWidgetVisible(squat.examples_title)
    assert "examples" in squat.examples_title.text()
    panel = squat.findChild(QWidget, "sidePanel")
    assert panel is not None
    examples = [w for w in squat.findChildren(QWidget) if w.accessibleName().startswith("Example")]
    assert len(examples) == 3
    for picture in examples:
        assert not panel.isAncestorOf(picture)


@pytest.mark.parametrize(("language", "size"), [("en", "normal"), ("es", "extra_large")])
def test_nothing_moves_while_the_sliders_move(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, language: str, size: str
) -> None:
    """The comparison lines keep their height whatever they say: the controls under
    them stay put while a person rates one side, then the other, then changes a value."""
    write_display(data_dir, language=language, text_size=size)
    window = make_window()
    window.resize(*SCREEN_SIZE)
    answer_red_flags(qtbot, start(qtbot, window))
    page = window.current_page()
    assert isinstance(page, CheckPage)
    settle(window)
    below = page.skip_buttons[Side.LEFT]
    places = {top_in(below, page.scroll_area.widget()).y()}
    # Pain stays under 7, which would ask whether to stop.
    for side, value in ((Side.LEFT, 2), (Side.RIGHT, 6), (Side.LEFT, 5), (Side.RIGHT, 0)):
        for measure in ("range", "pain"):
            rate(page, measure, side, value)
        settle(window)
        places.add(top_in(below, page.scroll_area.widget()).y())
    assert len(places) == 1, places


def test_the_side_panel_stays_in_place_from_check_to_check(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.resize(*SCREEN_SIZE)
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    places = {}
    for page in check_pages(window):
        settle(window)
        places[page.check.id] = (
            page.side_panel.mapTo(page, QPoint(0, 0)).x(),
            page.side_panel.width(),
        )
        click(qtbot, page.next_button)
    assert len(places) == 5 and len(set(places.values())) == 1, places


@pytest.mark.parametrize("language", ["en", "es"])
def test_at_the_largest_text_the_guide_stays_readable_and_starts_high(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, language: str
) -> None:
    """1024×768 at the largest text: the steps start high, the picture keeps a useful size
    beside them, a line of steps holds some 32 characters, and the sides come below."""
    write_display(data_dir, language=language, text_size="extra_large")
    window = make_window()
    window.resize(*SCREEN_SIZE)
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    seen = []
    for page in check_pages(window):
        settle(window)
        content = page.scroll_area.mapTo(page, QPoint(0, 0)).y()
        chars = page.steps.width() / page.steps.fontMetrics().averageCharWidth()
        picture = page.illustration.size()
        seen.append(page.check.id)
        assert content <= 250, (page.check.id, content)
        assert picture.width() >= 300 and picture.height() >= 200, (page.check.id, picture)
        assert chars >= 32, (page.check.id, chars)
        # The sides below the guide, across the page.
        assert (
            page.side_panel.mapTo(page, QPoint(0, 0)).y() > page.steps.mapTo(page, QPoint(0, 0)).y()
        )
        assert page.side_panel.width() > SCREEN_SIZE[0] * 0.8
        click(qtbot, page.next_button)
    assert len(seen) == 5


def test_at_the_normal_size_the_guide_and_the_sides_stand_side_by_side(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.resize(*SCREEN_SIZE)
    answer_red_flags(qtbot, start(qtbot, window, core_only=False))
    for page in check_pages(window):
        settle(window)
        guide, panel = page.guide.geometry(), page.side_panel.geometry()
        assert panel.left() > guide.right() and panel.top() == guide.top(), page.check.id
        assert page.illustration.width() >= 300, page.check.id
        chars = page.steps.width() / page.steps.fontMetrics().averageCharWidth()
        assert chars >= 32, (page.check.id, chars)
        click(qtbot, page.next_button)
