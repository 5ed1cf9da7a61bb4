"""The report's opening paragraph: the history in a clinician's words, in the third person.

A measure is named when its sides were pointed out in the latest session that compared
them, or in at least half of the recent sessions; each such sentence gives how often
which side was worse, the latest values and their difference against the rule. The
other checks are listed as showing no difference, so the paragraph never claims more
than the numbers do. Never a diagnosis.
"""

from __future__ import annotations

from collections.abc import Sequence

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.observations import amount_text, format_value, join_list
from kneeapp.domain.session import Reading, Session
from kneeapp.domain.text import NUMERUS, QT_TRANSLATE_NOOP, Translate, identity
from kneeapp.domain.trends import RECENT_SESSIONS, Series

_SIDES = {
    Side.LEFT: QT_TRANSLATE_NOOP("Summary", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Summary", "right"),
}
WORSE_IN = NUMERUS.translate(
    "Summary",
    "{target} ({check}, {measure}): {side} side worse in {count} of the last %n "
    "session(s) with both sides rated",
    None,
    1,
)
ALSO_OTHER = QT_TRANSLATE_NOOP("Summary", "{part}, the {other} in {count}")
ONLY_SESSION = QT_TRANSLATE_NOOP(
    "Summary", "{target} ({check}, {measure}): {side} side worse in the one session compared"
)
LATEST = QT_TRANSLATE_NOOP(
    "Summary",
    "{part}; latest {worse} against {other}, a difference of {amount} "
    "(pointed out from {threshold}).",
)
PAIN_TARGET = QT_TRANSLATE_NOOP("Summary", "Pain")
NO_DIFFERENCE = QT_TRANSLATE_NOOP(
    "Summary", "No left/right difference pointed out recently in: {checks}."
)
NOTHING_COMPARED = QT_TRANSLATE_NOOP(
    "Summary", "No session yet with both sides of a check rated, so no side is compared."
)
HIGHEST_PAIN = QT_TRANSLATE_NOOP(
    "Summary", "Highest pain in the latest session: {value}, {side} side, in the {check}."
)
NO_PAIN = QT_TRANSLATE_NOOP("Summary", "No pain was rated above 0 of 10 in the latest session.")


def _is_named(series: Series, last: int) -> bool:
    recent = series.asymmetries(last)
    if not recent:
        return False
    flagged = sum(1 for a in recent if a.flagged)
    return recent[-1].flagged or flagged * 2 >= len(recent)


def measure_sentence(
    series: Series, last: int = RECENT_SESSIONS, translate: Translate = identity
) -> str:
    """'Ankle dorsiflexion (step test, range): left side worse in 7 of the last 8 sessions
    with both sides rated; latest 4 of 10 against 7 of 10, a difference of 3 points
    (pointed out from 2 points or more).'; '' when nothing was compared."""
    recent = series.asymmetries(last)
    if not recent:
        return ""
    check, measure = series.check, series.measure
    latest = recent[-1]
    counts = {side: sum(1 for a in recent if a.worse_side is side) for side in Side}
    # The side named is the one worse most often; at a tie, the one worse most recently.
    worse = max(
        Side,
        key=lambda side: (counts[side], latest.worse_side is side),
    )
    target = (
        translate("Summary", PAIN_TARGET)
        if measure.kind.pain
        else translate("Checks", check.target)
    )
    values = {
        "target": target[:1].upper() + target[1:],
        "check": translate("Checks", check.title),
        "measure": translate("Measures", measure.label),
        "side": translate("Summary", _SIDES[worse]),
    }
    if len(recent) == 1:
        part = translate("Summary", ONLY_SESSION).format(**values)
    else:
        part = translate("Summary", WORSE_IN, len(recent)).format(count=counts[worse], **values)
        if counts[worse.other]:
            part = translate("Summary", ALSO_OTHER).format(
                part=part,
                other=translate("Summary", _SIDES[worse.other]),
                count=counts[worse.other],
            )
    latest_worse = latest.worse_side or worse
    left_right = {Side.LEFT: latest.left, Side.RIGHT: latest.right}
    return translate("Summary", LATEST).format(
        part=part,
        worse=format_value(measure, left_right[latest_worse], translate),
        other=format_value(measure, left_right[latest_worse.other], translate),
        amount=amount_text(latest.scale, latest.value, translate),
        threshold=measure.rule.threshold_text(translate),
    )


def _pain_sentence(session: Session, translate: Translate) -> str:
    highest: tuple[float, Side, Reading] | None = None
    for reading in session.readings:
        if not reading.measure.kind.pain:
            continue
        for side in Side:
            value = reading.value(side)
            if value is not None and (highest is None or value > highest[0]):
                highest = (value, side, reading)
    if highest is None:
        return ""
    value, side, reading = highest
    if value == 0:
        return translate("Summary", NO_PAIN)
    return translate("Summary", HIGHEST_PAIN).format(
        value=format_value(reading.measure, value, translate),
        side=translate("Summary", _SIDES[side]),
        check=translate("Checks", reading.check.name),
    )


def clinical_summary(
    series: Sequence[Series],
    latest: Session | None,
    translate: Translate = identity,
    last: int = RECENT_SESSIONS,
) -> str:
    """One paragraph: the measures whose sides differ, the checks whose sides do not, and
    the highest pain of the latest session. ``series`` holds every check and measure in
    catalogue order, with every session's values (missing sides as None)."""
    compared = [Series.compared(s.check_id, s.measure_id, s.points) for s in series]
    sentences = [measure_sentence(s, last, translate) for s in compared if _is_named(s, last)]
    named_checks = {s.check_id for s in compared if _is_named(s, last)}
    quiet: list[str] = []
    for s in compared:
        if s.asymmetries(last) and s.check_id not in named_checks:
            name = translate("Checks", s.check.name)
            if name not in quiet:
                quiet.append(name)
    if quiet:
        sentences.append(
            translate("Summary", NO_DIFFERENCE).format(checks=join_list(quiet, translate))
        )
    if not any(s.points for s in compared):
        sentences.append(translate("Summary", NOTHING_COMPARED))
    if latest is not None:
        pain = _pain_sentence(latest, translate)
        if pain:
            sentences.append(pain)
    return " ".join(sentences)
