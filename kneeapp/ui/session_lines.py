"""A session's results in lines of words, one per result, as the history's detail shows
them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.observations import measure_label, missing_text, observation, side_text
from kneeapp.domain.session import Session
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.i18n import qt_translate

WHOLE_CHECK_MISSING = QT_TRANSLATE_NOOP("History", "{title}: both sides {missing}.")
SIDE_MISSING = {
    Side.LEFT: QT_TRANSLATE_NOOP("History", "left side {missing}"),
    Side.RIGHT: QT_TRANSLATE_NOOP("History", "right side {missing}"),
}
SIDE_VALUE = {
    Side.LEFT: QT_TRANSLATE_NOOP("History", "left side {value}"),
    Side.RIGHT: QT_TRANSLATE_NOOP("History", "right side {value}"),
}
PARTLY_MISSING = QT_TRANSLATE_NOOP("History", "{title}, {measure}: {sides}.")


def reading_lines(session: Session, *, neutral: bool = False) -> list[str]:
    """One line per result: the comparison where both sides have a value; otherwise
    plainly what each side has ("left side skipped: too painful; right side 3 of 10").
    A check skipped as a whole is one line."""
    lines: list[str] = []
    for check_id in session.check_ids:
        readings = session.readings_for(check_id)
        title = qt_translate("Checks", CHECKS[check_id].title)
        reasons = {r.skip(side) for r in readings for side in Side}
        if not any(r.has_value for r in readings) and len(reasons) == 1:
            missing = missing_text(reasons.pop(), qt_translate)
            lines.append(
                QCoreApplication.translate("History", WHOLE_CHECK_MISSING).format(
                    title=title, missing=missing
                )
            )
            continue
        for reading in readings:
            if reading.asymmetry is not None:
                lines.append(observation(reading, qt_translate, neutral=neutral))
                continue
            sides = [
                QCoreApplication.translate("History", SIDE_VALUE[side]).format(
                    value=side_text(reading, side, qt_translate)
                )
                if reading.value(side) is not None
                else QCoreApplication.translate("History", SIDE_MISSING[side]).format(
                    missing=missing_text(reading.skip(side), qt_translate)
                )
                for side in Side
            ]
            lines.append(
                QCoreApplication.translate("History", PARTLY_MISSING).format(
                    title=title,
                    measure=measure_label(reading.check, reading.measure_id, qt_translate),
                    sides="; ".join(sides),
                )
            )
    return lines
