"""The CSV exchange format's columns and the cells written the same way both ways.

``session_uid,profile,recorded_at,check,measure,unit,left,right,asymmetry,asymmetry_unit,
worse_side,flagged,note,skipped``

A side without a value (not rated, or skipped) has an empty cell; ``skipped`` says why a
side was skipped: ``left``, ``right`` or ``both``, a colon and the reason
(``left:too_painful``; two reasons as ``left:too_painful;right:could_not``). Files written
before ``skipped`` existed (13 columns) still import.

The derived columns (asymmetry, asymmetry_unit, worse_side, flagged) are written for
people reading the file in a spreadsheet; on import they are ignored and recomputed.
Safety-screen answers are not part of the format.

Cells of free text (profile, note) that a spreadsheet would run as a formula (starting
with ``= + - @``, a tab or a carriage return) are written after a ``'``, which import
takes off again, so a round trip keeps the text.
"""

from __future__ import annotations

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.session import Reading, Skip
from kneeapp.domain.validation import ValidationError

HEADER: tuple[str, ...] = (
    "session_uid",
    "profile",
    "recorded_at",
    "check",
    "measure",
    "unit",
    "left",
    "right",
    "asymmetry",
    "asymmetry_unit",
    "worse_side",
    "flagged",
    "note",
    "skipped",
)
# Files written before a side could be skipped: the same columns without the last one.
HEADER_WITHOUT_SKIPPED = HEADER[:-1]
NOTE = HEADER.index("note")
PROFILE = HEADER.index("profile")


# What a spreadsheet would take for the start of a formula (OWASP's list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it, never runs it: a leading ``'`` before a
    formula character (and before quotes that precede one, so that import can undo it)."""
    return "'" + text if text.lstrip("'").startswith(_FORMULA_STARTS) else text


def restore_neutralised(text: str) -> str:
    """The text ``neutralise`` was given."""
    if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def skipped_cell(reading: Reading) -> str:
    """'left:too_painful', 'both:not_done', or '' when no side was skipped.

    Sides skipped for different reasons are both written: 'left:too_painful;right:could_not'.
    """
    left, right = reading.left_skip, reading.right_skip
    if left is not None and left is right:
        return f"both:{left.value}"
    return ";".join(
        f"{side.value}:{reason.value}"
        for side, reason in ((Side.LEFT, left), (Side.RIGHT, right))
        if reason is not None
    )


def parse_skipped(text: str) -> dict[Side, Skip]:
    """The reasons in a ``skipped`` cell, by side; ValidationError if it is not one."""
    reasons: dict[Side, Skip] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        where, _, why = part.partition(":")
        try:
            reason = Skip(why.strip())
            sides = list(Side) if where.strip() == "both" else [Side(where.strip())]
        except ValueError:
            raise ValidationError(
                f"The skipped cell {text!r} must be left, right or both, a colon and "
                f"not_done, too_painful or could_not (e.g. left:too_painful)."
            ) from None
        for side in sides:
            reasons[side] = reason
    return reasons
