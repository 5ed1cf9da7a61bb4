"""The check page builds each side's input from the measure's kind: a check defined in
this test alone, with a measure of every kind, is rated as the catalogue's are."""

from __future__ import annotations

import pytest
from gui_steps import rate, tap_slider
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS, Check, CheckMeasure
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.kinds import KINDS
from kneeapp.domain.measures import DRIFT, KNEE_TO_WALL, PAIN, RANGE, REPS, SHIN_ANGLE
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.widgets.buttons import ChoiceRow
from kneeapp.ui.widgets.measure_inputs import (
    KIND_INPUTS,
    DistanceInput,
    DriftChoice,
    PhotoAngleInput,
    RepsInput,
    ScaleSlider,
)

EVERY_KIND = Check(
    id="every_kind",
    title="Every kind",
    name="every kind",
    target="every input",
    joint="ankle",
    illustration="ankle_step.svg",
    purpose="A check made of one measure of each kind.",
    steps=("Do it on one side.", "Then on the other."),
    measures=(
        CheckMeasure(RANGE, "How far?", "not at all", "all the way"),
        CheckMeasure(PAIN, "Pain?", "no pain", "worst pain"),
        CheckMeasure(KNEE_TO_WALL, "Distance?", "0 cm", "25 cm", True),
        CheckMeasure(DRIFT, "Drift?", "none", "marked"),
        CheckMeasure(REPS, "How many?", "0", "100"),
        CheckMeasure(SHIN_ANGLE, "Angle from a photo?", "upright", "far over", True),
    ),
)


def test_every_kind_has_an_input() -> None:
    assert set(KIND_INPUTS) == set(KINDS)


@pytest.fixture
def page(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> CheckPage:
    monkeypatch.setitem(CHECKS, EVERY_KIND.id, EVERY_KIND)
    page = CheckPage(EVERY_KIND, SessionDraft([EVERY_KIND.id]), 1, 1)
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    return page


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # a page on its own
def test_a_new_check_gets_each_measures_input_from_its_kind(qtbot: QtBot, page: CheckPage) -> None:
    expected = {
        "range": ScaleSlider,
        "pain": ScaleSlider,
        "knee_to_wall": DistanceInput,
        "drift": DriftChoice,
        "reps": RepsInput,
        "shin_angle": PhotoAngleInput,
    }
    for measure_id, kind in expected.items():
        for side in Side:
            assert type(page.inputs[measure_id, side]) is kind, measure_id
    # Each starts as its kind says: not rated.
    left_range = page.inputs["range", Side.LEFT]
    assert isinstance(left_range, ScaleSlider)
    assert left_range.value_text.text() == "Not rated: tap the line"
    assert page.inputs["shin_angle", Side.LEFT].value() is None
    assert page.live_lines["range"].text() == "Range: not rated yet."

    rate(page, "range", Side.LEFT, 3)
    rate(page, "range", Side.RIGHT, 8)
    assert page.live_lines["range"].text() == "Range: left side worse by 5 points. Worth noting."
    assert "3 of 10 · limited" in left_range.value_text.text()

    drift = page.inputs["drift", Side.RIGHT]
    assert isinstance(drift, DriftChoice)
    choices: ChoiceRow = drift.choices
    QTest.mouseClick(choices.buttons[2], Qt.MouseButton.LeftButton)
    assert page.draft.value(EVERY_KIND.id, "drift", Side.RIGHT) == 2

    reps = page.inputs["reps", Side.LEFT]
    assert isinstance(reps, RepsInput)
    QTest.mouseClick(reps.tap_button, Qt.MouseButton.LeftButton)
    assert page.draft.value(EVERY_KIND.id, "reps", Side.LEFT) == 1


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_severe_pain_in_a_new_check_asks_whether_to_stop(qtbot: QtBot, page: CheckPage) -> None:
    pain = page.inputs["pain", Side.RIGHT]
    assert isinstance(pain, ScaleSlider)
    tap_slider(pain.slider, 8)
    assert page.pain_prompt.isVisible()
    assert "right side hurts 8 of 10" in page.pain_prompt.text.text()


def test_a_kiosk_without_photos_leaves_out_a_new_checks_photo_angle(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(CHECKS, EVERY_KIND.id, EVERY_KIND)
    page = CheckPage(EVERY_KIND, SessionDraft([EVERY_KIND.id]), 1, 1, photos_offered=False)
    qtbot.addWidget(page)
    assert ("shin_angle", Side.LEFT) not in page.inputs
    assert ("knee_to_wall", Side.LEFT) in page.inputs
