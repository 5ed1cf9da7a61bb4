"""The start screen: a picture, the long welcome only the first time, how the two sides
have come along in plain words, and when the next check fits said once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from a11y import visible_texts
from gui_steps import WindowFactory, answer_red_flags, check_pages, click, pages_until, rate, start
from pytestqt.qtbot import QtBot
from screens import write_display

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.session import build_session, validate_reading
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.pages.summary import SummaryPage

FIRST = datetime(2026, 8, 3, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


def store_ankle_sessions(data_dir: Path) -> None:
    """Four weeks of step tests: the left ankle 3 points behind, then level."""
    with open_repository(data_dir) as repository:
        for i, left in enumerate((3, 4, 6, 6)):
            repository.save(
                build_session(
                    uid=str(uuid.UUID(int=500 + i)),
                    profile="default",
                    recorded_at=FIRST + timedelta(days=7 * i),
                    readings=[validate_reading("ankle_step", "range", left, 6)],
                )
            )


def test_the_first_visit_welcomes_in_full_with_a_picture(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    home = make_window(clock=lambda: NOW).home
    assert home.picture.isVisible() and home.picture.accessibleName()
    assert not home.picture.pixmap().isNull()
    assert home.picture.width() >= 200
    assert home.about.isVisible() and "physical therapist" in home.about.text()
    assert home.when.isVisible()
    assert not home.welcome_back.isVisible()
    assert not home.progress.isVisible()


def test_a_returning_runner_reads_a_line_and_the_progress_headline(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    store_ankle_sessions(data_dir)
    home = make_window(clock=lambda: NOW).home
    qtbot.waitUntil(home.progress.isVisible)  # read once the screen is up
    assert home.welcome_back.isVisible()
    assert not home.about.isVisible() and not home.when.isVisible()
    assert home.progress.isVisible()
    assert home.progress.text() == "Left ankle gap down from 3 points to 0 points since 3 August."
    assert "not a diagnosis" in home.not_a_diagnosis.text()


def test_the_headline_in_spanish(qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    store_ankle_sessions(data_dir)
    write_display(data_dir, language="es")
    home = make_window(clock=lambda: NOW).home
    qtbot.waitUntil(home.progress.isVisible)
    assert home.progress.text() == (
        "Diferencia en tu tobillo izquierdo: bajó de 3 puntos a 0 puntos desde el 3 de agosto."
    )


def test_after_saving_when_to_check_again_is_said_once(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    for page in check_pages(window):
        rate(page, "range", Side.LEFT, 4)
        rate(page, "range", Side.RIGHT, 6)
        click(qtbot, page.next_button)
    for page in pages_until(window, SummaryPage):
        click(qtbot, page.next_button)  # type: ignore[attr-defined]
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    click(qtbot, summary.save_button)
    assert window.current_page() is window.home
    assert window.home.banner.text().startswith("Saved your self-check of")
    said = " ".join(visible_texts(window))
    assert said.count("run that hurts") == 1, said
    assert "week or two" not in said
