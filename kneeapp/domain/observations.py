"""Plain-language observations about a session's readings. Never a diagnosis."""

from __future__ import annotations

from collections.abc import Iterable

from kneeapp.domain.asymmetry import Asymmetry, Scale, Side, rule_for
from kneeapp.domain.checks import CHECKS, DRIFT_WORDS
from kneeapp.domain.session import Reading
from kneeapp.domain.validation import format_number

WHAT_IT_MEANS_FLAGGED = (
    "One side moving or holding less well than the other is the pattern linked to "
    "knee pain after running. This is an observation, not a diagnosis: check again in "
    "a week or two, and if the difference stays, a physical therapist can find out why."
)
WHAT_IT_MEANS_CLEAR = (
    "Your two sides were close in every check today. Keep checking every week or two, "
    "and after any run that hurt."
)


def format_asymmetry(asymmetry: Asymmetry) -> str:
    """'33.3 %' or '2 points'."""
    if asymmetry.scale is Scale.PERCENT:
        return f"{asymmetry.value:.1f} %"
    points = format_number(asymmetry.value)
    return f"{points} point" if asymmetry.value == 1 else f"{points} points"


def format_value(measure_id: str, value: float) -> str:
    if measure_id == "drift":
        return DRIFT_WORDS[int(value)]
    if measure_id == "knee_to_wall":
        return f"{format_number(value)} cm"
    if measure_id == "reps":
        return format_number(value)
    return f"{format_number(value)} of 10"


def _pair(reading: Reading, worse: Side) -> str:
    return (
        f"{format_value(reading.measure_id, reading.value(worse))} against "
        f"{format_value(reading.measure_id, reading.value(worse.other))}"
    )


def observation(reading: Reading) -> str:
    """One sentence comparing the two sides of a reading."""
    check = CHECKS[reading.check_id]
    asymmetry = reading.asymmetry
    worse = asymmetry.worse_side
    measure_id = reading.measure_id
    if worse is None:
        if measure_id == "drift" and reading.left == 2:
            return f"Both knees drifted inward markedly in the {check.name}."
        return f"{check.title}, {check.measure(measure_id).measure.label}: both sides the same."
    side, other = worse.value, worse.other.value
    pair = _pair(reading, worse)
    if measure_id == "range":
        text = (
            f"Your {side} {check.joint} moved less than your {other} in the {check.name} ({pair})."
        )
    elif measure_id == "pain":
        text = f"Your {side} side hurt more than your {other} in the {check.name} ({pair})."
    elif measure_id == "knee_to_wall":
        text = (
            f"Your {side} knee stayed {format_number(asymmetry.difference)} cm closer to the "
            f"wall than your {other} ({pair})."
        )
    elif measure_id == "drift":
        text = (
            f"Your {side} knee drifted inward more than your {other} in the {check.name} ({pair})."
        )
    else:
        text = (
            f"Your {side} {check.joint} managed fewer repetitions than your {other} in the "
            f"{check.name} ({pair})."
        )
    if not asymmetry.flagged:
        text += " The difference is small, within normal day-to-day variation."
    return text


def live_line(reading: Reading) -> str:
    """A short line for under the sliders: which side is worse and by how much."""
    asymmetry = reading.asymmetry
    label = CHECKS[reading.check_id].measure(reading.measure_id).measure.label.capitalize()
    if asymmetry.worse_side is None:
        if reading.measure_id == "drift" and reading.left == 2:
            return f"{label}: both sides marked. Worth noting."
        return f"{label}: both sides the same."
    side = asymmetry.worse_side.value
    text = f"{label}: {side} side worse by {format_asymmetry(asymmetry)}"
    if asymmetry.scale is Scale.PERCENT and reading.measure_id == "range":
        points = format_number(asymmetry.difference)
        text += f" ({points} point{'s' if asymmetry.difference != 1 else ''} apart)"
    return text + (". Worth noting." if asymmetry.flagged else ". Small difference.")


def why(reading: Reading) -> str:
    """The rule behind a reading's flag, with its source."""
    rule = rule_for(CHECKS[reading.check_id].measure(reading.measure_id).measure)
    return f"{rule.plain} Source: {rule.source}"


def finding(reading: Reading) -> str:
    """A flagged reading as a short clause naming the side, the joint and the check."""
    check = CHECKS[reading.check_id]
    asymmetry = reading.asymmetry
    worse = asymmetry.worse_side
    if worse is None:
        return f"both knees drift inward markedly ({check.name})"
    side, other = worse.value, worse.other.value
    clause = {
        "range": f"your {side} {check.joint} moves less than your {other}",
        "knee_to_wall": f"your {side} ankle reaches less far toward the wall",
        "pain": f"your {side} side hurts more than your {other}",
        "drift": f"your {side} knee drifts inward more than your {other}",
        "reps": f"your {side} {check.joint} tires sooner than your {other}",
    }[reading.measure_id]
    if check.id == "knee_extension" and reading.measure_id == "range":
        clause = f"your {side} knee does not straighten as far as your {other}"
    return f"{clause} ({check.name})"


def findings_statement(readings: Iterable[Reading]) -> str:
    """What the session's flagged results say together, as observations only."""
    clauses = [finding(r) for r in readings if r.asymmetry.flagged]
    if not clauses:
        return WHAT_IT_MEANS_CLEAR
    joined = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + " and " + clauses[-1]
    these = "this" if len(clauses) == 1 else ("both" if len(clauses) == 2 else "each of these")
    return (
        f"{joined[0].upper()}{joined[1:]}. The guide behind this app links {these} to knee "
        "pain after running. This is an observation, not a diagnosis: keep checking every "
        "week or two; if the difference stays, a physical therapist can find out why."
    )


def summary_meaning(readings: Iterable[Reading]) -> str:
    """One or two sentences on what the session's results mean, as observations."""
    flagged = any(r.asymmetry.flagged for r in readings)
    return WHAT_IT_MEANS_FLAGGED if flagged else WHAT_IT_MEANS_CLEAR
