"""What to suggest next: when to check again, and when pain calls for a clinician."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.observations import check_name, side_joint
from kneeapp.domain.session import Reading, Session
from kneeapp.domain.text import NUMERUS, QT_TRANSLATE_NOOP, Translate, identity
from kneeapp.domain.validation import format_number

RECHECK_AFTER = timedelta(days=7)
RECHECK_BEFORE = timedelta(days=14)
HIGH_PAIN = 7  # NPRS 7-10 is severe pain
PAIN_RISE = 2  # the minimal important change on the NPRS (Salaffi et al. 2004)

CLINICIAN_ADVICE = QT_TRANSLATE_NOOP(
    "Guidance",
    "Consider seeing a clinician. {reasons} Pain like this is worth having looked at "
    "by a doctor or physical therapist before you push on with running.",
)

DAYS_AGO = NUMERUS.translate("Guidance", "%n day(s) ago", None, 1)  # plural forms


def _days(delta: timedelta, translate: Translate) -> str:
    days = delta.days
    if days <= 0:
        return translate("Guidance", QT_TRANSLATE_NOOP("Guidance", "today"))
    if days == 1:
        return translate("Guidance", QT_TRANSLATE_NOOP("Guidance", "yesterday"))
    return translate("Guidance", DAYS_AGO, days)


def recheck_reminder(last: datetime | None, now: datetime, translate: Translate = identity) -> str:
    """One calm sentence on when the last check was and when the next one fits."""
    if last is None:
        return translate(
            "Guidance",
            QT_TRANSLATE_NOOP("Guidance", "No checks saved yet. Your first one starts here."),
        )
    local_last = local_time(last)
    age = local_time(now).date() - local_last.date()
    elapsed = timedelta(days=age.days)
    when = _days(elapsed, translate)
    if elapsed < RECHECK_AFTER:
        try:
            next_day = local_last + RECHECK_AFTER
        except OverflowError:  # a stored date at the end of the calendar
            next_day = local_last
        due = format_day(next_day, with_year=False, translate=translate)
        template = QT_TRANSLATE_NOOP(
            "Guidance",
            "Last check: {when}. The next one fits from {due}, or the day after a run that hurts.",
        )
    elif elapsed <= RECHECK_BEFORE:
        due = ""
        template = QT_TRANSLATE_NOOP(
            "Guidance", "Last check: {when}. A good time for the next one."
        )
    else:
        due = ""
        template = QT_TRANSLATE_NOOP(
            "Guidance",
            "Last check: {when}. Whenever you are ready, a new check shows whether the "
            "difference has changed.",
        )
    return translate("Guidance", template).format(when=when, due=due)


def _pain(readings: Iterable[Reading]) -> dict[tuple[str, Side], float]:
    return {
        (r.check_id, side): value
        for r in readings
        if r.measure.kind.pain
        for side in Side
        if (value := r.value(side)) is not None
    }


def pain_reasons(
    readings: Iterable[Reading], previous: Session | None, translate: Translate = identity
) -> list[str]:
    """Why pain today deserves a clinician's look; empty when it does not."""
    today = _pain(readings)
    before = _pain(previous.readings) if previous is not None else {}
    reasons: list[str] = []
    for (check_id, side), value in today.items():
        name = check_name(CHECKS[check_id], translate)
        side_text = side_joint(side, "side", translate)
        if value >= HIGH_PAIN:
            template = QT_TRANSLATE_NOOP(
                "Guidance", "Your {side} rated {value} of 10 in the {check}."
            )
            reasons.append(
                translate("Guidance", template).format(
                    side=side_text, value=format_number(value, translate), check=name
                )
            )
        elif (check_id, side) in before and value - before[check_id, side] >= PAIN_RISE:
            template = QT_TRANSLATE_NOOP(
                "Guidance",
                "Your {side}'s pain in the {check} rose from {before} to {value} since your "
                "last check.",
            )
            reasons.append(
                translate("Guidance", template).format(
                    side=side_text,
                    check=name,
                    before=format_number(before[check_id, side], translate),
                    value=format_number(value, translate),
                )
            )
    return reasons


def clinician_advice(
    readings: Iterable[Reading], previous: Session | None, translate: Translate = identity
) -> str:
    reasons = pain_reasons(readings, previous, translate)
    if not reasons:
        return ""
    return translate("Guidance", CLINICIAN_ADVICE).format(reasons=" ".join(reasons))
