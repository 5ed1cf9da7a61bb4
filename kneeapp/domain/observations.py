"""Plain-language observations about a session's readings. Never a diagnosis.

Every sentence is one translatable template; ``translate`` turns it into the
person's language (English as written by default).
"""

from __future__ import annotations

from collections.abc import Iterable

from kneeapp.domain.asymmetry import Asymmetry, Scale, Side, below_side_threshold, rule_for
from kneeapp.domain.checks import CHECKS, Check
from kneeapp.domain.kinds import POINTS as POINTS
from kneeapp.domain.kinds import points_text as points_text
from kneeapp.domain.measures import MEASURES, Measure
from kneeapp.domain.session import Reading, Skip
from kneeapp.domain.text import NUMERUS, QT_TRANSLATE_NOOP, Translate, identity
from kneeapp.domain.validation import format_number

# A side with its joint as one phrase: in many languages the words agree in gender.
SIDE_JOINTS: dict[tuple[Side, str], str] = {
    (Side.LEFT, "ankle"): QT_TRANSLATE_NOOP("Sides", "left ankle"),
    (Side.RIGHT, "ankle"): QT_TRANSLATE_NOOP("Sides", "right ankle"),
    (Side.LEFT, "hip"): QT_TRANSLATE_NOOP("Sides", "left hip"),
    (Side.RIGHT, "hip"): QT_TRANSLATE_NOOP("Sides", "right hip"),
    (Side.LEFT, "knee"): QT_TRANSLATE_NOOP("Sides", "left knee"),
    (Side.RIGHT, "knee"): QT_TRANSLATE_NOOP("Sides", "right knee"),
    (Side.LEFT, "side"): QT_TRANSLATE_NOOP("Sides", "left side"),
    (Side.RIGHT, "side"): QT_TRANSLATE_NOOP("Sides", "right side"),
}
# "than your right": the other side standing for the same joint (one context per joint).
OTHER_SIDES: dict[tuple[Side, str], tuple[str, str]] = {
    (Side.LEFT, "ankle"): ("Other ankle", QT_TRANSLATE_NOOP("Other ankle", "left")),
    (Side.RIGHT, "ankle"): ("Other ankle", QT_TRANSLATE_NOOP("Other ankle", "right")),
    (Side.LEFT, "hip"): ("Other hip", QT_TRANSLATE_NOOP("Other hip", "left")),
    (Side.RIGHT, "hip"): ("Other hip", QT_TRANSLATE_NOOP("Other hip", "right")),
    (Side.LEFT, "knee"): ("Other knee", QT_TRANSLATE_NOOP("Other knee", "left")),
    (Side.RIGHT, "knee"): ("Other knee", QT_TRANSLATE_NOOP("Other knee", "right")),
    (Side.LEFT, "side"): ("Other side", QT_TRANSLATE_NOOP("Other side", "left")),
    (Side.RIGHT, "side"): ("Other side", QT_TRANSLATE_NOOP("Other side", "right")),
}


def side_joint(side: Side, joint: str, translate: Translate = identity) -> str:
    """'left ankle', 'right side'."""
    return translate("Sides", SIDE_JOINTS[side, joint])


def other_side(side: Side, joint: str, translate: Translate = identity) -> str:
    """The other side as the end of 'than your ...': 'right'."""
    context, source = OTHER_SIDES[side, joint]
    return translate(context, source)


def check_name(check: Check, translate: Translate = identity) -> str:
    return translate("Checks", check.name)


def measure_label(check: Check, measure_id: str, translate: Translate = identity) -> str:
    return translate("Measures", check.measure(measure_id).measure.label)


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def amount_text(scale: Scale, value: float, translate: Translate = identity) -> str:
    """An asymmetry in its unit: '2 points', '4.5 cm', '12.5 %', '6.0°' (``Scale.amount``)."""
    return scale.amount(value, translate)


def format_asymmetry(asymmetry: Asymmetry, translate: Translate = identity) -> str:
    """'2 points', '4.5 cm', '33.3 %', or for knee drift, a category: 'marked against none'."""
    return asymmetry.measure.kind.difference_text(
        asymmetry.left, asymmetry.right, asymmetry.value, translate
    )


def _measure(measure: Measure | str) -> Measure:
    return MEASURES[measure] if isinstance(measure, str) else measure


def versus(
    measure: Measure | str, worse: float, other: float, translate: Translate = identity
) -> str:
    """'6 of 10 against 9 of 10': the worse side's value first."""
    return _measure(measure).kind.versus(worse, other, translate)


NOT_RATED = QT_TRANSLATE_NOOP("Values", "not rated")
SKIP_WORDS: dict[Skip, str] = {
    Skip.NOT_DONE: QT_TRANSLATE_NOOP("Values", "skipped: not done"),
    Skip.TOO_PAINFUL: QT_TRANSLATE_NOOP("Values", "skipped: too painful"),
    Skip.COULD_NOT: QT_TRANSLATE_NOOP("Values", "skipped: could not do it"),
}


def missing_text(skip: Skip | None, translate: Translate = identity) -> str:
    """Why a side has no value: 'not rated' or 'skipped: too painful'."""
    return translate("Values", NOT_RATED if skip is None else SKIP_WORDS[skip])


def format_value(measure: Measure | str, value: float, translate: Translate = identity) -> str:
    """One side's value as its kind writes it: '6 of 10', '6.5 cm', 'slight', '40.0°'."""
    return _measure(measure).kind.format_value(value, translate)


def side_text(reading: Reading, side: Side, translate: Translate = identity) -> str:
    """One side of a reading: its value, or why it has none."""
    value = reading.value(side)
    if value is None:
        return missing_text(reading.skip(side), translate)
    return format_value(reading.measure, value, translate)


def comparison_text(reading: Reading, translate: Translate = identity) -> str:
    """The asymmetry with the worse side, or 'not compared' when a side has no value."""
    asymmetry = reading.asymmetry
    if asymmetry is None:
        return translate("Observations", QT_TRANSLATE_NOOP("Observations", "not compared"))
    return worse_text(asymmetry, translate)


def worse_text(asymmetry: Asymmetry, translate: Translate = identity) -> str:
    """The asymmetry with the worse side: '33.3 %, left worse'."""
    amount = format_asymmetry(asymmetry, translate)
    if asymmetry.worse_side is None:
        return amount
    template = (
        QT_TRANSLATE_NOOP("Observations", "{amount}, left worse")
        if asymmetry.worse_side is Side.LEFT
        else QT_TRANSLATE_NOOP("Observations", "{amount}, right worse")
    )
    return translate("Observations", template).format(amount=amount)


def _pair(reading: Reading, worse: Side, translate: Translate) -> str:
    return translate(
        "Observations", QT_TRANSLATE_NOOP("Observations", "{worse} against {other}")
    ).format(
        worse=side_text(reading, worse, translate),
        other=side_text(reading, worse.other, translate),
    )


NOT_COMPARED = QT_TRANSLATE_NOOP(
    "Observations", "{title}, {measure}: not compared (left {left}, right {right})."
)


def _not_compared(reading: Reading, translate: Translate) -> str:
    check = CHECKS[reading.check_id]
    return translate("Observations", NOT_COMPARED).format(
        title=translate("Checks", check.title),
        measure=measure_label(check, reading.measure_id, translate),
        left=side_text(reading, Side.LEFT, translate),
        right=side_text(reading, Side.RIGHT, translate),
    )


def low_sides(reading: Reading) -> tuple[Side, ...]:
    """The sides whose value is under the measure's own limit (the shin under 36.5°)."""
    return tuple(
        side
        for side in Side
        if (value := reading.value(side)) is not None
        and below_side_threshold(reading.measure, value)
    )


def low_side_text(reading: Reading, translate: Translate = identity) -> str:
    """A sentence for each side under its limit; empty when none is."""
    left, right = reading.measure.low_side
    return " ".join(
        translate("Observations", left if side is Side.LEFT else right)
        for side in low_sides(reading)
    )


SMALL_DIFFERENCE = QT_TRANSLATE_NOOP(
    "Observations", "The difference is smaller than what this app points out."
)


def observation(reading: Reading, translate: Translate = identity, *, neutral: bool = False) -> str:
    """One sentence comparing the two sides of a reading (and one for a side under its
    measure's own limit); ``neutral``: as staff read it ("the left ankle", not "your")."""
    text = _comparison(reading, translate, neutral)
    low = low_side_text(reading, translate)
    return f"{text} {low}" if low else text


def _comparison(reading: Reading, translate: Translate, neutral: bool = False) -> str:
    check = CHECKS[reading.check_id]
    asymmetry = reading.asymmetry
    if asymmetry is None:
        return _not_compared(reading, translate)
    worse = asymmetry.worse_side
    measure = reading.measure
    if worse is None:
        # Equal sides pointed out: both at their worst (both knees drifted markedly).
        if asymmetry.flagged:
            return translate("Observations", measure.both_flagged).format(
                check=check_name(check, translate)
            )
        return translate(
            "Observations",
            QT_TRANSLATE_NOOP("Observations", "{title}, {measure}: both sides the same."),
        ).format(
            title=translate("Checks", check.title),
            measure=measure_label(check, measure.id, translate),
        )
    template = measure.neutral_observation if neutral else measure.observation
    joint = measure.joint or check.joint
    text = translate("Observations", template).format(
        side_joint=side_joint(worse, joint, translate),
        other=other_side(worse.other, joint, translate),
        check=check_name(check, translate),
        pair=_pair(reading, worse, translate),
        distance=format_number(asymmetry.difference, translate),
    )
    if not asymmetry.flagged:
        text += " " + translate("Observations", SMALL_DIFFERENCE)
    return text


_LIVE_LINES = {
    True: QT_TRANSLATE_NOOP("Observations", "{measure}: {side} worse by {amount}. Worth noting."),
    False: QT_TRANSLATE_NOOP(
        "Observations", "{measure}: {side} worse by {amount}. Small difference."
    ),
}


def live_line(reading: Reading, translate: Translate = identity) -> str:
    """A short line for under the sliders: which side is worse and by how much (and a
    side under its measure's own limit)."""
    text = _live_line(reading, translate)
    low = low_side_text(reading, translate)
    return f"{text} {low}" if low else text


def _live_line(reading: Reading, translate: Translate) -> str:
    asymmetry = reading.asymmetry
    check = CHECKS[reading.check_id]
    label = capitalized(measure_label(check, reading.measure_id, translate))
    if asymmetry is None:
        return _missing_line(reading, label, translate)
    if asymmetry.worse_side is None:
        if asymmetry.flagged:  # both at a category's worst: both sides marked
            template = QT_TRANSLATE_NOOP(
                "Observations", "{measure}: both sides marked. Worth noting."
            )
        else:
            template = QT_TRANSLATE_NOOP("Observations", "{measure}: both sides the same.")
        return translate("Observations", template).format(measure=label)
    template = _LIVE_LINES[asymmetry.flagged]
    if reading.measure.kind.is_category:  # not an amount: "(marked against none)"
        template = QT_TRANSLATE_NOOP(
            "Observations", "{measure}: {side} worse ({amount}). Worth noting."
        )
    return translate("Observations", template).format(
        measure=label,
        side=side_joint(asymmetry.worse_side, "side", translate),
        amount=format_asymmetry(asymmetry, translate),
    )


def _missing_line(reading: Reading, label: str, translate: Translate) -> str:
    """'Range: left 4 of 10, right not rated yet.'"""
    if (
        reading.left is None
        and reading.right is None
        and reading.left_skip is None
        and (reading.right_skip is None)
    ):
        template = QT_TRANSLATE_NOOP("Observations", "{measure}: not rated yet.")
        return translate("Observations", template).format(measure=label)
    template = QT_TRANSLATE_NOOP("Observations", "{measure}: left {left}, right {right}.")
    return translate("Observations", template).format(
        measure=label,
        left=side_text(reading, Side.LEFT, translate),
        right=side_text(reading, Side.RIGHT, translate),
    )


def why(reading: Reading, translate: Translate = identity) -> str:
    """The rule behind a reading's flag, with its source."""
    rule = rule_for(reading.measure)
    return translate(
        "Observations", QT_TRANSLATE_NOOP("Observations", "{rule} Source: {source}")
    ).format(rule=translate("Rules", rule.plain), source=translate("Rules", rule.source))


def join_list(items: list[str], translate: Translate = identity) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) == 1:
        return items[0]
    return translate("Findings", QT_TRANSLATE_NOOP("Findings", "{items} and {last}")).format(
        items=", ".join(items[:-1]), last=items[-1]
    )


STAND_OUT = NUMERUS.translate("Findings", "%n result(s) stand(s|) out today: {where}.", None, 1)
NOTHING_COMPARED = QT_TRANSLATE_NOOP(
    "Findings",
    "Nothing could be compared today: a comparison needs both sides of a measure rated.",
)
ALL_CLOSE = QT_TRANSLATE_NOOP(
    "Findings", "Your two sides were close in every measure you rated today."
)
WHAT_IT_MEANS = QT_TRANSLATE_NOOP(
    "Findings",
    "These are observations, not a diagnosis. The guide behind this app links such "
    "differences to knee pain after running: keep checking every week or two, and if a "
    "difference stays, a physical therapist can find out why.",
)


def where(reading: Reading, translate: Translate = identity) -> str:
    """Where a flagged result is: 'left ankle (step test)', 'both knees (single-leg squat)'."""
    check = CHECKS[reading.check_id]
    asymmetry = reading.asymmetry
    assert asymmetry is not None, "only compared readings stand out"
    name = check_name(check, translate)
    worse = asymmetry.worse_side
    if worse is None:
        place = translate("Findings", reading.measure.both_place)  # both at their worst
    else:
        place = side_joint(worse, reading.measure.joint or check.joint, translate)
    return translate("Findings", QT_TRANSLATE_NOOP("Findings", "{place} ({check})")).format(
        place=place, check=name
    )


def headline(readings: Iterable[Reading], translate: Translate = identity) -> str:
    """One short line on what stands out today; the details follow, one line each."""
    readings = list(readings)
    flagged = [r for r in readings if r.flagged]
    if flagged:
        # Each place once: a check's range and its angle may both point at one ankle.
        places = join_list(list(dict.fromkeys(where(r, translate) for r in flagged)), translate)
        return translate("Findings", STAND_OUT, len(flagged)).format(where=places)
    if not any(r.asymmetry is not None for r in readings):
        return translate("Findings", NOTHING_COMPARED)
    return translate("Findings", ALL_CLOSE)
