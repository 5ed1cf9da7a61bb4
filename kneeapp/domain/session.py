"""Sessions: what one sitting of checks recorded, and the draft that builds one."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from kneeapp.domain.asymmetry import Asymmetry, Side, compare
from kneeapp.domain.checks import CATALOG, CHECKS, Check
from kneeapp.domain.measures import Measure
from kneeapp.domain.red_flags import RED_FLAG_IDS
from kneeapp.domain.validation import ValidationError, validate_value

# Photo marks are loaded with the first one: the home screen needs none of it.
if TYPE_CHECKING:
    from kneeapp.domain.photo_evidence import PhotoEvidence

DEFAULT_PROFILE = "default"
NOTE_MAX_LENGTH = 2000


class Skip(StrEnum):
    """Why a side has no value although the person saw the check."""

    NOT_DONE = "not_done"
    TOO_PAINFUL = "too_painful"
    COULD_NOT = "could_not"


class Reading(NamedTuple):
    """Both sides of one measure of one check; a side without a value is None.

    A side is None when it was not rated, or skipped on purpose (then its ``*_skip``
    says why). Nothing is ever stored in place of a missing value.
    """

    check_id: str
    measure_id: str
    left: float | None
    right: float | None
    left_skip: Skip | None = None
    right_skip: Skip | None = None

    @property
    def check(self) -> Check:
        return CHECKS[self.check_id]

    @property
    def measure(self) -> Measure:
        """The measure as its check records it (its kind says how to treat it)."""
        return self.check.measure(self.measure_id).measure

    @property
    def asymmetry(self) -> Asymmetry | None:
        """The comparison of the sides, or None unless both have a value."""
        if self.left is None or self.right is None:
            return None
        return compare(self.measure, self.left, self.right)

    @property
    def flagged(self) -> bool:
        asymmetry = self.asymmetry
        return asymmetry is not None and asymmetry.flagged

    def value(self, side: Side) -> float | None:
        return self.left if side is Side.LEFT else self.right

    def skip(self, side: Side) -> Skip | None:
        return self.left_skip if side is Side.LEFT else self.right_skip

    @property
    def has_value(self) -> bool:
        return self.left is not None or self.right is not None

    @property
    def is_empty(self) -> bool:
        """Neither side rated nor skipped: nothing worth keeping."""
        return not self.has_value and self.left_skip is None and self.right_skip is None


class Session(NamedTuple):
    uid: str
    profile: str
    recorded_at: datetime  # timezone-aware
    readings: tuple[Reading, ...]
    note: str = ""
    red_flags: Mapping[str, bool] = MappingProxyType({})  # read-only, shared
    advice: str = ""  # the "consider seeing a clinician" message shown, if any
    # What each photo-measured side's angle came from (marks, and photos kept).
    photos: tuple[PhotoEvidence, ...] = ()

    def photo_evidence(self, check_id: str, measure_id: str, side: Side) -> PhotoEvidence | None:
        return next((e for e in self.photos if e.key == (check_id, measure_id, side)), None)

    @property
    def check_ids(self) -> tuple[str, ...]:
        """The checks done, in catalog order."""
        done = {reading.check_id for reading in self.readings}
        return tuple(check.id for check in CATALOG if check.id in done)

    def readings_for(self, check_id: str) -> tuple[Reading, ...]:
        return tuple(r for r in self.readings if r.check_id == check_id)

    @property
    def flagged_readings(self) -> tuple[Reading, ...]:
        return tuple(r for r in self.readings if r.flagged)


def new_session_uid() -> str:
    import uuid  # not needed until a session is started: kept off the start-up path

    return str(uuid.uuid4())


def validate_uid(text: str) -> str:
    import uuid

    try:
        return str(uuid.UUID(str(text)))
    except ValueError:
        raise ValidationError(f"{text!r} is not a valid session id (a UUID).") from None


def validate_note(note: str) -> str:
    if len(note) > NOTE_MAX_LENGTH:
        raise ValidationError(f"The note is too long: keep it under {NOTE_MAX_LENGTH} characters.")
    return note


def validate_reading(
    check_id: str,
    measure_id: str,
    left: object,
    right: object,
    left_skip: object = None,
    right_skip: object = None,
) -> Reading:
    check = CHECKS.get(check_id)
    if check is None:
        raise ValidationError(f"{check_id!r} is not a check KneeCheck knows.")
    try:
        check_measure = check.measure(measure_id)
    except KeyError:
        raise ValidationError(f"The {check.name} does not record {measure_id!r}.") from None
    measure = check_measure.measure
    return Reading(
        check_id,
        measure_id,
        _validate_side(measure, left, "left"),
        _validate_side(measure, right, "right"),
        _validate_skip(left_skip, left, "left"),
        _validate_skip(right_skip, right, "right"),
    )


def _validate_side(measure: Measure, value: object, side: str) -> float | None:
    if value is None:
        return None
    try:
        return validate_value(measure, value)
    except ValidationError as error:
        raise ValidationError(f"{side.capitalize()} side: {error}") from None


def _validate_skip(skip: object, value: object, side: str) -> Skip | None:
    if skip is None or skip == "":
        return None
    try:
        reason = Skip(str(skip))
    except ValueError:
        raise ValidationError(
            f"{side.capitalize()} side: {skip!r} is not a reason for skipping "
            f"(not_done, too_painful or could_not)."
        ) from None
    if value is not None:
        raise ValidationError(f"{side.capitalize()} side: skipped, yet it has a value.")
    return reason


def build_session(
    *,
    uid: str,
    profile: str,
    recorded_at: datetime,
    readings: Iterable[Reading],
    note: str = "",
    red_flags: Mapping[str, bool] | None = None,
    advice: str = "",
    photos: Iterable[PhotoEvidence] = (),
) -> Session:
    """Assemble a Session, refusing anything that could not have been recorded."""
    if recorded_at.tzinfo is None or recorded_at.utcoffset() is None:
        raise ValidationError("The session time must include its UTC offset.")
    # Composed (NFC), so one name typed or imported two ways is one profile.
    profile = unicodedata.normalize("NFC", profile.strip())
    if not profile:
        raise ValidationError("The profile name must not be empty.")
    readings = tuple(
        validate_reading(r.check_id, r.measure_id, r.left, r.right, r.left_skip, r.right_skip)
        for r in readings
    )
    readings = tuple(r for r in readings if not r.is_empty)
    if not any(r.has_value for r in readings):
        raise ValidationError("A session needs at least one rated value.")
    seen: set[tuple[str, str]] = set()
    for reading in readings:
        key = (reading.check_id, reading.measure_id)
        if key in seen:
            raise ValidationError(
                f"The {reading.check.name} {reading.measure_id} is recorded twice."
            )
        seen.add(key)
    flags = dict(red_flags or {})
    unknown = set(flags) - RED_FLAG_IDS
    if unknown:
        raise ValidationError(f"Unknown safety questions: {', '.join(sorted(unknown))}.")
    evidence: tuple[PhotoEvidence, ...] = ()
    if photos:
        from kneeapp.domain.photo_evidence import in_order, validate_evidence

        evidence = in_order(validate_evidence(e) for e in photos)
    values = {(r.check_id, r.measure_id, side): r.value(side) for r in readings for side in Side}
    keys = [e.key for e in evidence]
    if len(set(keys)) != len(keys):
        raise ValidationError("A side's photo marks are recorded twice.")
    if any(values.get(key) is None for key in keys):
        raise ValidationError("Photo marks are kept only for a side with its angle.")
    return Session(
        uid=validate_uid(uid),
        profile=profile,
        recorded_at=recorded_at.astimezone(UTC),
        readings=readings,
        note=validate_note(note),
        red_flags=flags,
        advice=advice,
        photos=evidence,
    )
