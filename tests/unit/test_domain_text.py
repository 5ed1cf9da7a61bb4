"""Domain text goes through a pluggable translator as whole sentences (no Qt here)."""

from __future__ import annotations

import pytest

from kneeapp.domain.dates import localized_short_names
from kneeapp.domain.kiosk import patient_name
from kneeapp.domain.observations import observation
from kneeapp.domain.session import Reading
from kneeapp.domain.text import english, identity
from kneeapp.domain.trends import Series, SeriesPoint, summary
from kneeapp.domain.validation import ValidationError


def test_english_plural_forms() -> None:
    assert english("%n session(s)", 1) == "1 session"
    assert english("%n session(s)", 0) == "0 sessions"
    assert english("Wrong PIN. %n tr(y|ies) left", 1) == "Wrong PIN. 1 try left"
    assert english("Wrong PIN. %n tr(y|ies) left", 4) == "Wrong PIN. 4 tries left"
    assert identity("Ctx", "Pain (ankle)") == "Pain (ankle)"


def test_a_translator_gets_whole_sentences_and_may_reorder_them() -> None:
    asked: list[tuple[str, str]] = []
    spanish = {
        "Your {side_joint} moved less than your {other} in the {check} ({pair}).": (
            "En {check}, tu {side_joint} se movió menos que {other} ({pair})."
        ),
        "left ankle": "tobillo izquierdo",
        "right": "el derecho",
        "step test": "la prueba del escalón",
        "{worse} against {other}": "{worse} frente a {other}",
        "{value} of 10": "{value} de 10",
    }

    def translate(context: str, source: str, n: int = -1) -> str:
        asked.append((context, source))
        return english(spanish.get(source, source), n)

    reading = Reading("ankle_step", "range", 3, 8)
    assert observation(reading, translate) == (
        "En la prueba del escalón, tu tobillo izquierdo se movió menos que el derecho "
        "(3 de 10 frente a 8 de 10)."
    )
    # The side and its joint are one phrase; "the other one" has a context per joint.
    assert ("Sides", "left ankle") in asked and ("Other ankle", "right") in asked
    assert observation(reading) == (
        "Your left ankle moved less than your right in the step test (3 of 10 against 8 of 10)."
    )


def test_trend_counts_use_plural_forms() -> None:
    points = tuple(SeriesPoint(1_700_000_000 + day * 86400, 3, 8) for day in range(3))
    counts: list[int] = []

    def translate(context: str, source: str, n: int = -1) -> str:
        if n >= 0:
            counts.append(n)
        return english(source, n)

    text = summary(Series("ankle_step", "range", points), translate=translate)
    assert "left ankle worse in 3 of the last 3 sessions" in text
    assert 3 in counts


def test_validation_messages_keep_their_template() -> None:
    with pytest.raises(ValidationError) as raised:
        patient_name("x" * 61)
    assert str(raised.value) == "Please use at most 60 characters."
    assert raised.value.template == "Please use at most {count} characters."
    assert raised.value.values == {"count": 60}


def test_short_month_and_day_names_of_date_labels_are_translated() -> None:
    spanish = {("ShortMonths", "Apr"): "abr", ("ShortWeekdays", "Mon"): "lun"}

    def translate(context: str, source: str, n: int = -1) -> str:
        return spanish.get((context, source), source)

    assert localized_short_names("Apr", translate) == "abr"
    assert localized_short_names("Mon 06", translate) == "lun 06"
    assert localized_short_names("2026", translate) == "2026"
    assert localized_short_names("", translate) == ""
    # "May" the short name, not the month written in full: its own context.
    assert localized_short_names("May") == "May"
