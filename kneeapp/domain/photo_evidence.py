"""What one side's photo angle was measured from, kept with the session so that a
clinician can check the points or place them again: each photo's marks (points, the
reference line, the photo's size), the KneeCheck version that measured them, and the
photo files themselves only where the person chose to keep them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kneeapp.domain.angles import MAX_PHOTOS, AngleKind, PhotoMarks, SideAngles, Summary
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.validation import ValidationError

PhotoKey = tuple[str, str, Side]  # check id, measure id, side


@dataclass(frozen=True)
class PhotoEvidence:
    check_id: str
    measure_id: str
    side: Side
    photos: tuple[PhotoMarks, ...]
    app_version: str
    # The photo files kept, by the position of their marks; () when none was kept.
    images: tuple[bytes | None, ...] = ()

    @property
    def key(self) -> PhotoKey:
        return (self.check_id, self.measure_id, self.side)

    @property
    def kind(self) -> AngleKind:
        return AngleKind(self.measure_id)

    def summary(self) -> Summary | None:
        return SideAngles(self.kind, self.photos).summary()

    @property
    def kept_images(self) -> int:
        return sum(1 for image in self.images if image is not None)

    def marks_to_dict(self) -> dict[str, Any]:
        """The marks as JSON-ready data (the photo files are stored apart)."""
        summary = self.summary()
        return {
            "app_version": self.app_version,
            "photos": [marks.to_dict() for marks in self.photos],
            "mean": None if summary is None else summary.mean,
            "spread": None if summary is None else summary.spread,
        }

    def marks_json(self) -> str:
        return json.dumps(self.marks_to_dict(), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_marks(
        cls,
        check_id: str,
        measure_id: str,
        side: Side | str,
        data: Mapping[str, Any] | str,
        images: tuple[bytes | None, ...] = (),
    ) -> PhotoEvidence:
        """Marks read back from storage (a JSON text or its parsed form)."""
        found: Any = json.loads(data) if isinstance(data, str) else data
        return cls(
            check_id,
            measure_id,
            Side(side),
            tuple(PhotoMarks.from_dict(photo) for photo in found["photos"]),
            str(found["app_version"]),
            images,
        )

    def with_images(self, images: tuple[bytes | None, ...]) -> PhotoEvidence:
        return PhotoEvidence(
            self.check_id, self.measure_id, self.side, self.photos, self.app_version, images
        )


def in_order(evidence: Iterable[PhotoEvidence]) -> tuple[PhotoEvidence, ...]:
    """Photo marks in catalog order, left before right: one order however they came."""
    from kneeapp.domain.checks import CATALOG

    place = {
        (check.id, measure.id): (i, j)
        for i, check in enumerate(CATALOG)
        for j, measure in enumerate(check.measures)
    }
    return tuple(
        sorted(
            evidence,
            key=lambda e: (*place.get((e.check_id, e.measure_id), (99, 99)), e.side != Side.LEFT),
        )
    )


def validate_evidence(evidence: PhotoEvidence) -> PhotoEvidence:
    """Refuse marks that could not have measured this side's angle."""
    check = CHECKS.get(evidence.check_id)
    if (
        check is None
        or evidence.measure_id not in check.measure_ids
        or not check.measure(evidence.measure_id).measure.kind.from_photo
    ):
        raise ValidationError(f"{evidence.measure_id!r} is not measured on a photo.")
    if not 1 <= len(evidence.photos) <= MAX_PHOTOS:
        raise ValidationError(f"A side's angle comes from 1 to {MAX_PHOTOS} photos.")
    if any(marks.kind.value != evidence.measure_id for marks in evidence.photos):
        raise ValidationError("The photo marks are of another angle.")
    if evidence.images and len(evidence.images) != len(evidence.photos):
        raise ValidationError("Kept photos do not match their marks.")
    if evidence.summary() is None:
        raise ValidationError("The photo marks give no angle.")
    return evidence
