"""The session being entered: answers and values as the person moves through the checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS, Check
from kneeapp.domain.red_flags import RED_FLAGS, any_red_flag
from kneeapp.domain.session import Reading, Session, build_session, new_session_uid
from kneeapp.domain.validation import validate_value


def starting_value(check: Check, measure_id: str) -> float | None:
    """Where a control starts: no pain, no drift, no repetitions, mid range."""
    check_measure = check.measure(measure_id)
    if check_measure.optional:
        return None
    if measure_id == "range":
        return 5.0
    return check_measure.measure.minimum


class SessionDraft:
    """Mutable, validated state of a session that has not been saved yet."""

    def __init__(self, check_ids: Sequence[str], *, uid: str | None = None) -> None:
        self.uid = uid or new_session_uid()
        self.checks: tuple[Check, ...] = tuple(CHECKS[check_id] for check_id in check_ids)
        self.red_flags: dict[str, bool] = {}
        self.note = ""
        self.advice = ""
        self._values: dict[tuple[str, str, Side], float | None] = {}
        for check in self.checks:
            for check_measure in check.measures:
                for side in Side:
                    self._values[check.id, check_measure.id, side] = starting_value(
                        check, check_measure.id
                    )

    @property
    def red_flags_answered(self) -> bool:
        return all(flag.id in self.red_flags for flag in RED_FLAGS)

    @property
    def stopped_by_red_flag(self) -> bool:
        return any_red_flag(self.red_flags)

    def set_value(self, check_id: str, measure_id: str, side: Side, value: float | None) -> None:
        measure = CHECKS[check_id].measure(measure_id)
        if value is None:
            if not measure.optional:
                raise ValueError(f"{measure_id} of {check_id} cannot be left empty")
            self._values[check_id, measure_id, side] = None
            return
        self._values[check_id, measure_id, side] = validate_value(measure.measure, value)

    def value(self, check_id: str, measure_id: str, side: Side) -> float | None:
        return self._values[check_id, measure_id, side]

    def reading(self, check_id: str, measure_id: str) -> Reading | None:
        """Both sides of a measure, or None while either side is empty."""
        left = self.value(check_id, measure_id, Side.LEFT)
        right = self.value(check_id, measure_id, Side.RIGHT)
        if left is None or right is None:
            return None
        return Reading(check_id, measure_id, left, right)

    def readings(self) -> tuple[Reading, ...]:
        found = (
            self.reading(check.id, check_measure.id)
            for check in self.checks
            for check_measure in check.measures
        )
        return tuple(reading for reading in found if reading is not None)

    def to_session(self, profile: str, recorded_at: datetime) -> Session:
        return build_session(
            uid=self.uid,
            profile=profile,
            recorded_at=recorded_at,
            readings=self.readings(),
            note=self.note,
            red_flags=self.red_flags,
            advice=self.advice,
        )
