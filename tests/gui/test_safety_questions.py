"""The safety questions: quick when nothing applies, a stop as soon as one does, advice
about what was answered, and answers given through assistive technology's Toggle action."""

from __future__ import annotations

from collections.abc import Callable

from gui_steps import click, start
from pytestqt.qtbot import QtBot

from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.clinician_advice import ClinicianAdvicePage
from kneeapp.ui.pages.red_flags import NO, YES

WindowFactory = Callable[..., MainWindow]


def test_none_of_these_answers_every_question_no(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    page = start(qtbot, window)
    assert not page.continue_button.isEnabled()
    click(qtbot, page.none_button)
    assert all(row.choice() == NO for row in page.choices.values())
    assert page.continue_button.isEnabled() and page.continue_button.hasFocus()
    click(qtbot, page.continue_button)
    assert isinstance(window.current_page(), CheckPage)


def test_a_single_yes_stops_at_once_with_advice_about_that_answer(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    page = start(qtbot, window)
    click(qtbot, page.choices["hop_groin_pain"].buttons[YES])
    # The other five need no answer: the way on is open, and says why.
    assert page.continue_button.isEnabled()
    assert "not for today" in page.remaining.text()
    click(qtbot, page.continue_button)
    advice = window.current_page()
    assert isinstance(advice, ClinicianAdvicePage)
    assert "stress reaction in the bone" in advice.reasons.text()
    assert "locks or gives way" not in advice.reasons.text()
    assert not window.in_session


def test_answers_given_by_the_toggle_action_count(qtbot: QtBot, make_window: WindowFactory) -> None:
    # A screen reader or voice control checks a button through its Toggle action,
    # which toggles without a click: the page must follow it all the same.
    window = make_window()
    page = start(qtbot, window)
    rows = list(page.choices.values())
    for row in rows[:-1]:
        row.buttons[NO].toggle()
    assert "1 question left" in page.remaining.text()
    assert not page.continue_button.isEnabled()
    rows[-1].buttons[NO].toggle()
    assert page.continue_button.isEnabled()
    rows[0].buttons[YES].toggle()
    assert rows[0].choice() == YES and page.any_yes
    assert "not for today" in page.remaining.text()


def test_none_of_these_reaches_the_session_at_once(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    # The answers are the session's as soon as they are given: a crash on this page
    # keeps them, and the window never reads them back out of the page.
    window = make_window()
    page = start(qtbot, window)
    with qtbot.waitSignal(window.draft_changed, timeout=1000):
        click(qtbot, page.none_button)
    state = window.session.draft_state()
    assert state is not None
    draft, step = state
    assert step == 1 and draft.red_flags_answered and not draft.stopped_by_red_flag
