"""What to suggest next: when to check again, and when pain calls for a clinician."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.session import Reading, Session

RECHECK_AFTER = timedelta(days=7)
RECHECK_BEFORE = timedelta(days=14)
HIGH_PAIN = 7  # NPRS 7-10 is severe pain
PAIN_RISE = 2  # the minimal important change on the NPRS (Salaffi et al. 2004)

CLINICIAN_ADVICE = (
    "Consider seeing a clinician. {reasons} Pain like this is worth having looked at "
    "by a doctor or physical therapist before you push on with running."
)


def _days(delta: timedelta) -> str:
    days = delta.days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def recheck_reminder(last: datetime | None, now: datetime) -> str:
    """One calm sentence on when the last check was and when the next one fits."""
    if last is None:
        return "No checks saved yet. Your first one starts here."
    local_last = last.astimezone()
    age = now.astimezone().date() - local_last.date()
    elapsed = timedelta(days=age.days)
    when = f"Last check: {_days(elapsed)}"
    if elapsed < RECHECK_AFTER:
        due = (local_last + RECHECK_AFTER).strftime("%-d %B")
        return f"{when}. The next one fits from {due}, or the day after a run that hurts."
    if elapsed <= RECHECK_BEFORE:
        return f"{when}. A good time for the next one."
    return f"{when}. Whenever you are ready, a new check shows whether the difference has changed."


def _pain(readings: Iterable[Reading]) -> dict[tuple[str, Side], float]:
    return {
        (r.check_id, side): r.value(side)
        for r in readings
        if r.measure_id == "pain"
        for side in Side
    }


def pain_reasons(readings: Iterable[Reading], previous: Session | None) -> list[str]:
    """Why pain today deserves a clinician's look; empty when it does not."""
    today = _pain(readings)
    before = _pain(previous.readings) if previous is not None else {}
    reasons: list[str] = []
    for (check_id, side), value in today.items():
        name = CHECKS[check_id].name
        if value >= HIGH_PAIN:
            reasons.append(f"Your {side.value} side rated {value:g} of 10 in the {name}.")
        elif (check_id, side) in before and value - before[check_id, side] >= PAIN_RISE:
            reasons.append(
                f"Your {side.value} side's pain in the {name} rose from "
                f"{before[check_id, side]:g} to {value:g} since your last check."
            )
    return reasons


def clinician_advice(readings: Iterable[Reading], previous: Session | None) -> str:
    reasons = pain_reasons(readings, previous)
    return CLINICIAN_ADVICE.format(reasons=" ".join(reasons)) if reasons else ""
