"""The session being entered: answers and values as the person moves through the checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS, Check
from kneeapp.domain.red_flags import RED_FLAGS, any_red_flag
from kneeapp.domain.session import Reading, Session, Skip, build_session, new_session_uid
from kneeapp.domain.validation import validate_value

# Photo marks are loaded with the first one: the home screen needs none of it.
if TYPE_CHECKING:
    from kneeapp.domain.photo_evidence import PhotoEvidence, PhotoKey


class SessionDraft:
    """Mutable, validated state of a session that has not been saved yet.

    Every side of every measure starts not rated (None): a value is only ever what the
    person set. A side of a check can be skipped on purpose, with a reason.
    """

    def __init__(self, check_ids: Sequence[str], *, uid: str | None = None) -> None:
        self.uid = uid or new_session_uid()
        self.checks: tuple[Check, ...] = tuple(CHECKS[check_id] for check_id in check_ids)
        self.red_flags: dict[str, bool] = {}
        self.note = ""
        self.advice = ""
        # How many kept values could not be brought back after a crash (said on the summary).
        self.values_not_restored = 0
        self._values: dict[tuple[str, str, Side], float | None] = {
            (check.id, check_measure.id, side): None
            for check in self.checks
            for check_measure in check.measures
            for side in Side
        }
        self._skips: dict[tuple[str, Side], Skip] = {}
        # A photo-measured side: what its angle came from, and the photo files to keep.
        self._photos: dict[PhotoKey, PhotoEvidence] = {}
        self._kept_files: dict[PhotoKey, tuple[str | None, ...]] = {}

    @property
    def red_flags_answered(self) -> bool:
        return all(flag.id in self.red_flags for flag in RED_FLAGS)

    @property
    def stopped_by_red_flag(self) -> bool:
        return any_red_flag(self.red_flags)

    def set_value(self, check_id: str, measure_id: str, side: Side, value: float | None) -> None:
        """Rate a side (None takes the rating back); rating a side un-skips it."""
        measure = CHECKS[check_id].measure(measure_id)
        if (check_id, measure_id, side) not in self._values:
            raise KeyError(f"{check_id} is not part of this session")
        if value is None:
            self._values[check_id, measure_id, side] = None
            self._drop_photos((check_id, measure_id, side))
            return
        self._values[check_id, measure_id, side] = validate_value(measure.measure, value)
        self._skips.pop((check_id, side), None)
        evidence = self._photos.get((check_id, measure_id, side))
        summary = None if evidence is None else evidence.summary()
        if summary is not None and summary.mean != self._values[check_id, measure_id, side]:
            self._drop_photos((check_id, measure_id, side))  # a value not from these marks

    def set_photos(self, evidence: PhotoEvidence, kept_files: Sequence[str | None] = ()) -> float:
        """Take a side's angle from its photos: the mean of them is the value; the marks
        (and the files of the photos to keep, by position) go with it. Returns the value;
        ValidationError if the marks give none this measure allows."""
        from kneeapp.domain.photo_evidence import validate_evidence

        validate_evidence(evidence)
        summary = evidence.summary()
        assert summary is not None
        check_id, measure_id, side = evidence.key
        self.set_value(check_id, measure_id, side, summary.mean)
        self._photos[evidence.key] = evidence
        if any(kept_files):
            self._kept_files[evidence.key] = tuple(kept_files)
        else:
            self._kept_files.pop(evidence.key, None)
        return summary.mean

    def photos(self, check_id: str, measure_id: str, side: Side) -> PhotoEvidence | None:
        return self._photos.get((check_id, measure_id, side))

    def kept_files(self, check_id: str, measure_id: str, side: Side) -> tuple[str | None, ...]:
        return self._kept_files.get((check_id, measure_id, side), ())

    def all_photos(self) -> tuple[tuple[PhotoEvidence, tuple[str | None, ...]], ...]:
        """Every side's photo marks with the files to keep, in the order they were taken."""
        return tuple((e, self._kept_files.get(key, ())) for key, e in self._photos.items())

    def _drop_photos(self, key: PhotoKey) -> None:
        self._photos.pop(key, None)
        self._kept_files.pop(key, None)

    def value(self, check_id: str, measure_id: str, side: Side) -> float | None:
        return self._values[check_id, measure_id, side]

    def skip_side(
        self, check_id: str, side: Side, reason: Skip | None, *, keep_rated: bool = False
    ) -> None:
        """Skip one side of a check on purpose (None: not skipped after all).

        Skipping takes back what was rated on that side, unless ``keep_rated`` (a check
        stopped for pain keeps what was measured before it hurt).
        """
        check = CHECKS[check_id]
        if check not in self.checks:
            raise KeyError(f"{check_id} is not part of this session")
        if reason is None:
            self._skips.pop((check_id, side), None)
            return
        if not keep_rated:
            for check_measure in check.measures:
                self._values[check_id, check_measure.id, side] = None
                self._drop_photos((check_id, check_measure.id, side))
        self._skips[check_id, side] = reason

    def skipped(self, check_id: str, side: Side) -> Skip | None:
        return self._skips.get((check_id, side))

    def skip_check(self, check_id: str, reason: Skip, *, keep_rated: bool = False) -> None:
        for side in Side:
            self.skip_side(check_id, side, reason, keep_rated=keep_rated)

    def reading(self, check_id: str, measure_id: str) -> Reading:
        """Both sides of a measure; a side not rated or skipped is None."""
        values = {side: self.value(check_id, measure_id, side) for side in Side}
        skips = {
            side: self.skipped(check_id, side) if values[side] is None else None for side in Side
        }
        return Reading(
            check_id,
            measure_id,
            values[Side.LEFT],
            values[Side.RIGHT],
            skips[Side.LEFT],
            skips[Side.RIGHT],
        )

    def readings(self) -> tuple[Reading, ...]:
        """Every measure with at least one side rated or skipped."""
        found = (
            self.reading(check.id, check_measure.id)
            for check in self.checks
            for check_measure in check.measures
        )
        return tuple(reading for reading in found if not reading.is_empty)

    @property
    def has_rated_value(self) -> bool:
        return any(value is not None for value in self._values.values())

    def to_session(
        self,
        profile: str,
        recorded_at: datetime,
        read_photo: Callable[[str], bytes | None] | None = None,
    ) -> Session:
        """The session to save. ``read_photo`` reads a photo the person chose to keep
        (None when it cannot be read: its marks are kept without it); without it, no
        photo file is kept."""
        evidence = []
        for found, files in self.all_photos():
            check_id, measure_id, side = found.key
            if self.value(check_id, measure_id, side) is None:
                continue
            if read_photo is not None and any(files):
                images = tuple(None if path is None else read_photo(path) for path in files)
                if any(image is not None for image in images):
                    found = found.with_images(images)
            evidence.append(found)
        return build_session(
            photos=evidence,
            uid=self.uid,
            profile=profile,
            recorded_at=recorded_at,
            readings=self.readings(),
            note=self.note,
            red_flags=self.red_flags,
            advice=self.advice,
        )
