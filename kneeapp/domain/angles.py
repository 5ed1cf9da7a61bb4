"""Joint angles measured on a side-on photo from points the person marks, no Qt.

Points are in the photo's own pixels, turned upright, with y growing downwards as in
every image. Angles are taken against a reference vertical: the photo's own vertical when
the person confirms the phone was held upright, else a line they mark on something
truly vertical (a door frame, a plumb line).

- ``shin_angle`` (step test): the shin, ankle to knee, against vertical; 0 = upright.
- ``thigh_angle`` (kneeling lunge): the back thigh, knee to hip, against vertical;
  positive when the hip is ahead of the knee (hip extension), so it needs to know which
  way the person faces in the photo.
- ``knee_angle`` (knee straightening): how far hip-knee-ankle is short of a straight
  line (180° minus the angle at the knee); it needs no vertical.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kneeapp.domain.text import QT_TRANSLATE_NOOP, Translate, identity, round_half_up

MAX_PHOTOS = 3  # per side; the mean of them is the result

# A point can be placed only so precisely: about this fraction of the photo's shorter
# side (a fingertip on a photo fitted to the screen), and never better than a few pixels.
PLACEMENT_FRACTION = 0.005
PLACEMENT_MIN_PX = 2.0
# Above this possible error (half the 5° left/right rule) a segment is "too short".
MAX_ERROR_DEG = 2.5
# A marked vertical leaning more than this from the photo's own vertical is suspect.
REFERENCE_LEAN_DEG = 20.0


class AngleKind(StrEnum):
    SHIN = "shin_angle"
    THIGH = "thigh_angle"
    KNEE = "knee_angle"


class Landmark(StrEnum):
    HIP = "hip"
    KNEE = "knee"
    ANKLE = "ankle"
    # The two ends of a marked vertical (door frame, plumb line).
    TOP = "top"
    BOTTOM = "bottom"


LANDMARK_LABELS: dict[Landmark, str] = {
    Landmark.HIP: QT_TRANSLATE_NOOP("Angles", "hip"),
    Landmark.KNEE: QT_TRANSLATE_NOOP("Angles", "knee"),
    Landmark.ANKLE: QT_TRANSLATE_NOOP("Angles", "ankle"),
    Landmark.TOP: QT_TRANSLATE_NOOP("Angles", "line top"),
    Landmark.BOTTOM: QT_TRANSLATE_NOOP("Angles", "line bottom"),
}

# The points each angle is measured from, in the order they are asked for.
LANDMARKS: dict[AngleKind, tuple[Landmark, ...]] = {
    AngleKind.SHIN: (Landmark.ANKLE, Landmark.KNEE),
    AngleKind.THIGH: (Landmark.KNEE, Landmark.HIP),
    AngleKind.KNEE: (Landmark.HIP, Landmark.KNEE, Landmark.ANKLE),
}

# The range each angle is recorded in (DESIGN.md §1).
LIMITS: dict[AngleKind, tuple[float, float]] = {
    AngleKind.SHIN: (0.0, 80.0),
    AngleKind.THIGH: (-30.0, 60.0),
    AngleKind.KNEE: (0.0, 30.0),
}


class Facing(StrEnum):
    """Which way the person faces in the photo (the thigh angle's sign needs it)."""

    LEFT = "left"
    RIGHT = "right"


class Problem(StrEnum):
    """Why an angle cannot be trusted, or cannot be taken at all."""

    SAME_POINT = "same_point"
    TOO_CLOSE = "too_close"
    REFERENCE_TOO_SHORT = "reference_too_short"
    REFERENCE_LEANS = "reference_leans"
    OUT_OF_RANGE = "out_of_range"


PROBLEM_TEXT: dict[Problem, str] = {
    Problem.SAME_POINT: QT_TRANSLATE_NOOP(
        "Angles", "Two points are on top of each other: move them apart to get an angle."
    ),
    Problem.TOO_CLOSE: QT_TRANSLATE_NOOP(
        "Angles",
        "The {first} and {second} points are too close together to be precise: "
        "zoom in, or take the photo closer so that the leg fills more of it.",
    ),
    Problem.REFERENCE_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Angles",
        "The vertical line is too short to be precise: mark its ends further apart.",
    ),
    Problem.REFERENCE_LEANS: QT_TRANSLATE_NOOP(
        "Angles",
        "The line you marked leans a lot: is it really vertical, such as a door frame?",
    ),
    Problem.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Angles",
        "This angle is outside what this check can show: check the points are on the right places.",
    ),
}


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def minus(self, other: Point) -> tuple[float, float]:
        return (self.x - other.x, self.y - other.y)

    def distance(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


@dataclass(frozen=True)
class Reference:
    """The vertical the angles are taken against: the photo's own (``line`` None, the
    phone held upright) or a line marked on something vertical, from its top to its
    bottom (the order the person marks them in does not matter)."""

    line: tuple[Point, Point] | None = None

    @property
    def is_image_vertical(self) -> bool:
        return self.line is None

    def up(self) -> tuple[float, float] | None:
        """A unit vector pointing up along the reference; None if its ends coincide."""
        if self.line is None:
            return (0.0, -1.0)
        first, second = self.line
        dx, dy = first.minus(second)
        length = math.hypot(dx, dy)
        if length == 0:
            return None
        if dy > 0 or (dy == 0 and dx < 0):  # make it point up the photo
            dx, dy = -dx, -dy
        return (dx / length, dy / length)

    def lean(self) -> float:
        """How many degrees the reference leans from the photo's own vertical (0-90)."""
        up = self.up()
        if up is None:
            return 0.0
        return abs(math.degrees(math.atan2(up[0], -up[1])))


@dataclass(frozen=True)
class PhotoMarks:
    """What was marked on one photo: enough to compute the angle again, or re-place it."""

    kind: AngleKind
    points: Mapping[Landmark, Point]
    width: int  # the upright photo's size in pixels
    height: int
    reference: Reference = field(default_factory=Reference)
    facing: Facing = Facing.RIGHT

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, kept with the measurement."""
        return {
            "kind": self.kind.value,
            "points": {name.value: [p.x, p.y] for name, p in self.points.items()},
            "reference": (
                None if self.reference.line is None else [[p.x, p.y] for p in self.reference.line]
            ),
            "width": self.width,
            "height": self.height,
            "facing": self.facing.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PhotoMarks:
        line = data.get("reference")
        return cls(
            kind=AngleKind(data["kind"]),
            points={
                Landmark(name): Point(float(xy[0]), float(xy[1]))
                for name, xy in data["points"].items()
            },
            width=int(data["width"]),
            height=int(data["height"]),
            reference=Reference(
                None if line is None else (Point(*map(float, line[0])), Point(*map(float, line[1])))
            ),
            facing=Facing(data.get("facing", Facing.RIGHT.value)),
        )


@dataclass(frozen=True)
class AngleWarning:
    problem: Problem
    landmarks: tuple[Landmark, ...] = ()


@dataclass(frozen=True)
class AngleResult:
    """The angle in degrees (None when it cannot be taken) and what weakens it."""

    value: float | None
    warnings: tuple[AngleWarning, ...] = ()
    possible_error: float | None = None  # degrees, from the placement precision


def placement_error_px(width: int, height: int) -> float:
    """How far off a carefully placed point may be, in pixels."""
    return max(PLACEMENT_MIN_PX, PLACEMENT_FRACTION * min(width, height))


def segment_error_deg(length: float, placement_px: float) -> float:
    """The most a segment's direction can be off when each end may be ``placement_px``
    off, sideways and in opposite directions."""
    if length <= 0:
        return 180.0
    return math.degrees(math.atan2(2 * placement_px, length))


def signed_to_up(start: Point, end: Point, up: tuple[float, float]) -> float:
    """The angle in degrees from ``up`` to the direction start -> end; positive when the
    segment leans towards the right of the photo (clockwise on screen), -180..180."""
    dx, dy = end.minus(start)
    ux, uy = up
    # With y downwards, cross > 0 means a clockwise turn on screen from up to the segment.
    cross = ux * dy - uy * dx
    dot = ux * dx + uy * dy
    return math.degrees(math.atan2(cross, dot))


def interior_angle(a: Point, vertex: Point, b: Point) -> float:
    """The angle a-vertex-b in degrees, 0-180."""
    ax, ay = a.minus(vertex)
    bx, by = b.minus(vertex)
    return math.degrees(math.atan2(abs(ax * by - ay * bx), ax * bx + ay * by))


def _segments(kind: AngleKind) -> tuple[tuple[Landmark, Landmark], ...]:
    names = LANDMARKS[kind]
    return tuple(itertools.pairwise(names))


def measure(marks: PhotoMarks) -> AngleResult:
    """The angle ``marks`` describe, with warnings about its precision."""
    placement = placement_error_px(marks.width, marks.height)
    warnings: list[AngleWarning] = []
    errors: list[float] = []
    for first, second in _segments(marks.kind):
        length = marks.points[first].distance(marks.points[second])
        if length == 0:
            return AngleResult(None, (AngleWarning(Problem.SAME_POINT, (first, second)),))
        error = segment_error_deg(length, placement)
        errors.append(error)
        if error > MAX_ERROR_DEG:
            warnings.append(AngleWarning(Problem.TOO_CLOSE, (first, second)))
    if marks.kind is AngleKind.KNEE:
        p = marks.points
        value = 180.0 - interior_angle(p[Landmark.HIP], p[Landmark.KNEE], p[Landmark.ANKLE])
    else:
        up = marks.reference.up()
        if up is None:
            return AngleResult(
                None, (AngleWarning(Problem.SAME_POINT, (Landmark.TOP, Landmark.BOTTOM)),)
            )
        if marks.reference.line is not None:
            top, bottom = marks.reference.line
            error = segment_error_deg(top.distance(bottom), placement)
            errors.append(error)
            if error > MAX_ERROR_DEG:
                warnings.append(
                    AngleWarning(Problem.REFERENCE_TOO_SHORT, (Landmark.TOP, Landmark.BOTTOM))
                )
            if marks.reference.lean() > REFERENCE_LEAN_DEG:
                warnings.append(
                    AngleWarning(Problem.REFERENCE_LEANS, (Landmark.TOP, Landmark.BOTTOM))
                )
        lower, upper = LANDMARKS[marks.kind]
        signed = signed_to_up(marks.points[lower], marks.points[upper], up)
        if marks.kind is AngleKind.SHIN:
            value = abs(signed)
        else:
            # Hip ahead of the knee, in the direction the person faces, is extension.
            value = signed if marks.facing is Facing.RIGHT else -signed
    low, high = LIMITS[marks.kind]
    if not low <= round_half_up(value) <= high:
        warnings.append(AngleWarning(Problem.OUT_OF_RANGE))
    return AngleResult(round_half_up(value, 3), tuple(warnings), round_half_up(sum(errors), 1))


def in_range(kind: AngleKind, value: float) -> bool:
    low, high = LIMITS[kind]
    return low <= round_half_up(value) <= high


@dataclass(frozen=True)
class Summary:
    """Up to three photos of one side: the mean is the result, the spread is shown."""

    mean: float  # one decimal, halves up
    spread: float  # largest minus smallest, one decimal
    count: int


def summarize(values: Sequence[float]) -> Summary | None:
    """The mean and spread of one side's angles; None when there are none."""
    if not values:
        return None
    if len(values) > MAX_PHOTOS:
        raise ValueError(f"at most {MAX_PHOTOS} photos per side")
    return Summary(
        round_half_up(statistics.fmean(values)),
        round_half_up(max(values) - min(values)),
        len(values),
    )


def describe(warning: AngleWarning, translate: Translate = identity) -> str:
    """A warning as a sentence in the language ``translate`` gives."""
    text = translate("Angles", PROBLEM_TEXT[warning.problem])
    if warning.problem is Problem.TOO_CLOSE:
        first, second = warning.landmarks
        return text.format(
            first=translate("Angles", LANDMARK_LABELS[first]),
            second=translate("Angles", LANDMARK_LABELS[second]),
        )
    return text


@dataclass(frozen=True)
class SideAngles:
    """One side's photos, each with its marks: the values and their summary follow."""

    kind: AngleKind
    photos: tuple[PhotoMarks, ...] = ()

    def values(self) -> tuple[float, ...]:
        found = (measure(marks).value for marks in self.photos)
        return tuple(value for value in found if value is not None)

    def summary(self) -> Summary | None:
        return summarize(self.values())
