"""Kinds of measure: what every measure of a kind shares, in one record each.

A kind owns its unit and the words for it, how a value is written and put into words,
where a side starts (not rated), the unit its left/right difference is read in (a
``Scale``) and how that difference is written, and the key the interface builds its
input by (``ui/widgets/measure_inputs.py``). A measure (``domain/measures.py``) is of one
kind; nothing else asks which measure it is to know how to treat it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import NamedTuple

from kneeapp.domain.text import (
    NUMERUS,
    QT_TRANSLATE_NOOP,
    Translate,
    format_number,
    identity,
)

# Comparisons are made on values rounded this far, so that 9 / 10 is exactly 90 %.
PRECISION = 6


class Scale(Enum):
    """The unit a clinician reads a measure's left/right difference in."""

    POINTS = "points"  # plain difference on a rating scale (range, pain, drift)
    CM = "cm"  # plain difference in centimetres (knee-to-wall)
    PERCENT = "%"  # 100 - limb symmetry index, lower / higher x 100 (repetitions)
    DEGREES = "deg"  # plain difference in degrees (angles measured on a photo)

    def amount(self, value: float, translate: Translate = identity) -> str:
        """A difference in this unit: '2 points', '4.5 cm', '12.5 %', '6.0°'.

        The one formatter of a left/right difference for every screen, chart and report
        (a no-break space keeps a number and its unit on one line)."""
        if self is Scale.POINTS:
            return points_text(value, translate)
        template, decimals = _AMOUNTS[self]
        number = format_number(value, translate, decimals=decimals)
        return translate("Observations", template).format(value=number)

    @property
    def mean_decimals(self) -> int:
        """How many decimals a mean difference is told with: whole points for ratings (a
        mean of 0.3 points would be false precision), else one."""
        return 0 if self is Scale.POINTS else 1

    def symbol(self, translate: Translate = identity) -> str:
        """The unit as a chart's axis shows it: '%', 'cm', '°', or 'points' translated."""
        if self is Scale.POINTS:
            return translate("AsymmetryChart", QT_TRANSLATE_NOOP("AsymmetryChart", "points"))
        return "°" if self is Scale.DEGREES else self.value


POINTS = NUMERUS.translate("Observations", "%n point(s)", None, 1)  # plural forms

# Scale -> (template, decimals): centimetres as measured, the others to one decimal.
_AMOUNTS: dict[Scale, tuple[str, int | None]] = {
    Scale.CM: (QT_TRANSLATE_NOOP("Observations", "{value}\u00a0cm"), None),
    Scale.PERCENT: (QT_TRANSLATE_NOOP("Observations", "{value}\u00a0%"), 1),
    Scale.DEGREES: (QT_TRANSLATE_NOOP("Observations", "{value}°"), 1),
}


def points_text(value: float, translate: Translate = identity) -> str:
    """'1 point', '2 points'."""
    if float(value).is_integer():
        return translate("Observations", POINTS, int(value))
    return translate("Observations", QT_TRANSLATE_NOOP("Observations", "{value} points")).format(
        value=format_number(value, translate)
    )


FROM_INCLUDED = QT_TRANSLATE_NOOP("Summary", "{amount} or more")
FROM_OVER = QT_TRANSLATE_NOOP("Summary", "more than {amount}")


class AsymmetryRule(NamedTuple):
    """When a left/right difference of one measure is worth pointing out."""

    measure_id: str
    scale: Scale
    plain: str  # the rule in one sentence, as shown under "Why?"
    source: str
    lsi_below: float | None = None  # flag when lower / higher x 100 is below this
    difference_at_least: float | None = None  # flag when |left - right| >= this
    difference_over: float | None = None  # flag when |left - right| > this
    value_at_least: float | None = None  # flag when either side reaches this
    side_below: float | None = None  # point out a side under this (not a flag of asymmetry)

    @property
    def threshold(self) -> float:
        """The asymmetry, in the rule's unit, from which a result is pointed out."""
        if self.lsi_below is not None:
            return round(100 - self.lsi_below, PRECISION)
        if self.difference_at_least is not None:
            return self.difference_at_least
        assert self.difference_over is not None, self.measure_id
        return self.difference_over

    @property
    def threshold_included(self) -> bool:
        """Whether an asymmetry exactly at the threshold is pointed out."""
        return self.difference_at_least is not None

    @property
    def smallest_meaningful_difference(self) -> float:
        """The change, in the rule's unit, below which a change over time is noise."""
        return self.threshold

    def is_over(self, amount: float) -> bool:
        """Whether an asymmetry of ``amount`` (in the rule's unit) reaches the threshold."""
        amount = round(amount, PRECISION)
        return amount >= self.threshold if self.threshold_included else amount > self.threshold

    def threshold_text(self, translate: Translate = identity) -> str:
        """From where a difference is pointed out: '2 points or more', 'more than 1.5 cm'."""
        amount = self.scale.amount(self.threshold, translate)
        template = FROM_INCLUDED if self.threshold_included else FROM_OVER
        return translate("Summary", template).format(amount=amount)


# -- a value in words -------------------------------------------------------------------

DRIFT_WORDS = (
    QT_TRANSLATE_NOOP("Values", "none"),
    QT_TRANSLATE_NOOP("Values", "slight"),
    QT_TRANSLATE_NOOP("Values", "marked"),
)
PAIN_WORDS = (
    QT_TRANSLATE_NOOP("Values", "no pain"),
    QT_TRANSLATE_NOOP("Values", "mild pain"),
    QT_TRANSLATE_NOOP("Values", "moderate pain"),
    QT_TRANSLATE_NOOP("Values", "severe pain"),
)
RANGE_WORDS = (
    QT_TRANSLATE_NOOP("Values", "limited"),
    QT_TRANSLATE_NOOP("Values", "partway"),
    QT_TRANSLATE_NOOP("Values", "nearly all the way"),
)
# The count stands in for any number: lupdate reads these as messages with plural forms.
REPETITIONS = NUMERUS.translate("Values", "%n repetition(s)", None, 1)

# (value, what the lowest value means, what the highest means, translate) -> words.
Describe = Callable[[float, str, str, Translate], str]


def _range_words(value: float, low: str, high: str, translate: Translate) -> str:
    if value <= 1:
        return translate("Checks", low)
    if value >= 10:
        return translate("Checks", high)
    return translate("Values", RANGE_WORDS[0 if value <= 4 else 1 if value <= 7 else 2])


def _pain_words(value: float, _low: str, _high: str, translate: Translate) -> str:
    index = 0 if value == 0 else 1 if value <= 3 else 2 if value <= 6 else 3
    return translate("Values", PAIN_WORDS[index])


def _count_words(value: float, _low: str, _high: str, translate: Translate) -> str:
    return translate("Values", REPETITIONS, int(value))


class MeasureKind(NamedTuple):
    """What every measure of one kind shares (see the module's docstring)."""

    key: str  # names the kind; the interface builds a side's input by it
    unit: str  # the unit as files write it (CSV's unit column): "score_0_10", "cm"
    unit_name: str  # the unit as a chart's axis names it (context "History")
    unit_suffix: str  # after a measure's name in the report's table: " (cm)"; "" for none
    scale: Scale  # the unit of a left/right difference
    minimum: float  # the limits and step of its measures, unless a measure has its own
    maximum: float
    step: float
    value_template: str | None  # a value with its unit (context "Values"); None: the number
    not_rated: str  # what a side's input says before it has a value (context "Values")
    decimals: int | None = None  # always this many decimals; None: as few as needed
    words: tuple[str, ...] = ()  # a category's word for each value (knee drift)
    describe: Describe | None = None  # a value in words; None: the value with its unit
    shows_anchors: bool = False  # a check says what its lowest and highest values mean
    pain: bool = False  # how much it hurts: severe pain asks whether to stop
    from_photo: bool = False  # measured on photos: offered only where photos may be used
    ucum: str | None = None  # FHIR: the UCUM unit; None: a whole number (valueInteger)
    ucum_display: str = ""

    @property
    def is_category(self) -> bool:
        """Each value is a category with its own word, not an amount."""
        return bool(self.words)

    def format_value(self, value: float, translate: Translate = identity) -> str:
        """One side's value as a sentence gives it: '6 of 10', '6.5 cm', 'slight', '40.0°'."""
        if self.words:
            return translate("Values", self.words[int(value)])
        number = format_number(value, translate, decimals=self.decimals)
        if self.value_template is None:
            return number
        return translate("Values", self.value_template).format(value=number)

    def format_file_value(self, value: float) -> str:
        """A value as files write it: always a point, angles to one decimal (40.0)."""
        return format_number(value, decimals=self.decimals)

    def describe_value(
        self, value: float, low_anchor: str = "", high_anchor: str = "", t: Translate = identity
    ) -> str:
        """A value in words beside its input: 'shin over the toes', 'moderate pain'."""
        if self.describe is not None:
            return self.describe(value, low_anchor, high_anchor, t)
        return self.format_value(value, t)

    def versus(self, worse: float, other: float, translate: Translate = identity) -> str:
        """'6 of 10 against 9 of 10': the worse side's value first."""
        return translate(
            "Observations", QT_TRANSLATE_NOOP("Observations", "{worse} against {other}")
        ).format(
            worse=self.format_value(worse, translate), other=self.format_value(other, translate)
        )

    def difference_text(
        self, left: float, right: float, amount: float, translate: Translate = identity
    ) -> str:
        """A left/right difference: '2 points', '4.5 cm', '33.3 %', or for a category
        with a worse side, the two categories: 'marked against none'."""
        if self.words and left != right:
            worse, other = sorted((left, right), reverse=True)
            return self.versus(worse, other, translate)
        return self.scale.amount(amount, translate)


RATING = MeasureKind(
    key="rating",
    unit="score_0_10",
    unit_name=QT_TRANSLATE_NOOP("History", "0 to 10"),
    unit_suffix=" (0–10)",
    scale=Scale.POINTS,
    minimum=0,
    maximum=10,
    step=1,
    value_template=QT_TRANSLATE_NOOP("Values", "{value} of 10"),
    not_rated=QT_TRANSLATE_NOOP("ScaleSlider", "Not rated: tap the line"),
    describe=_range_words,
    shows_anchors=True,
    ucum="{score}",
    ucum_display="score",
)
# Pain is rated on the same 0-10 line, in its own words and unit (NPRS).
PAIN_RATING = RATING._replace(key="pain", unit="nprs_0_10", describe=_pain_words, pain=True)
DISTANCE = MeasureKind(
    key="distance",
    unit="cm",
    unit_name=QT_TRANSLATE_NOOP("History", "cm"),
    unit_suffix=" (cm)",
    scale=Scale.CM,
    minimum=0,
    maximum=25,
    step=0.5,
    value_template=QT_TRANSLATE_NOOP("Values", "{value} cm"),
    not_rated=QT_TRANSLATE_NOOP("DistanceInput", "not measured"),
    ucum="cm",
    ucum_display="cm",
)
CATEGORY = MeasureKind(
    key="category",
    unit="drift_0_2",
    unit_name=QT_TRANSLATE_NOOP("History", "0 none, 1 slight, 2 marked"),
    unit_suffix="",
    scale=Scale.POINTS,
    minimum=0,
    maximum=2,
    step=1,
    value_template=None,
    not_rated="",  # no choice made
    words=DRIFT_WORDS,
    ucum="{score}",
    ucum_display="score",
)
COUNT = MeasureKind(
    key="count",
    unit="reps",
    unit_name=QT_TRANSLATE_NOOP("History", "count"),
    unit_suffix="",
    scale=Scale.PERCENT,
    minimum=0,
    maximum=100,
    step=1,
    value_template=None,
    not_rated=QT_TRANSLATE_NOOP("RepsInput", "not counted"),
    describe=_count_words,
    ucum=None,
)
PHOTO_ANGLE = MeasureKind(
    key="photo_angle",
    unit="deg",
    unit_name=QT_TRANSLATE_NOOP("History", "degrees"),
    unit_suffix=" (°)",
    scale=Scale.DEGREES,
    minimum=0,
    maximum=90,
    step=0.1,
    value_template=QT_TRANSLATE_NOOP("Values", "{value}°"),
    not_rated=QT_TRANSLATE_NOOP("PhotoAngleInput", "not measured"),
    decimals=1,
    from_photo=True,
    ucum="deg",
    ucum_display="degrees",
)

KINDS: dict[str, MeasureKind] = {
    kind.key: kind for kind in (RATING, PAIN_RATING, DISTANCE, CATEGORY, COUNT, PHOTO_ANGLE)
}
