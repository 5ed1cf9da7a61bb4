"""Refuses values a measure cannot take, with a message a person can act on."""

from __future__ import annotations

import math

from kneeapp.domain.measures import Measure
from kneeapp.domain.text import DECIMAL_POINT as DECIMAL_POINT
from kneeapp.domain.text import format_number as format_number


class ValidationError(ValueError):
    """A value outside what a measure allows; the message is meant for the user.

    ``message`` may be a template with named placeholders filled from ``values``; the
    interface translates the template (context "Errors") before filling it in.
    """

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message.format(**values) if values else message)
        self.template = message
        self.values = values


def validate_value(measure: Measure, value: object) -> float:
    """Return ``value`` as a float if ``measure`` allows it, else raise ValidationError."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(f"The {measure.label} must be a number, not {value!r}.")
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        number = math.inf
    if not math.isfinite(number):
        raise ValidationError(f"The {measure.label} must be a finite number.")
    if not measure.minimum <= number <= measure.maximum:
        raise ValidationError(
            f"The {measure.label} must be between {format_number(measure.minimum)} "
            f"and {format_number(measure.maximum)}; {format_number(number)} is outside that."
        )
    steps = (number - measure.minimum) / measure.step
    if abs(steps - round(steps)) > 1e-9:
        raise ValidationError(
            f"The {measure.label} goes in steps of {format_number(measure.step)}; "
            f"{format_number(number)} is not one of them."
        )
    # Return the grid value itself, not one off it by rounding noise: compare() would
    # otherwise call one of two equal-looking sides worse by 0 %.
    # Rounded to the step's decimals, so 0.1 steps give 12.3, never 12.300000000000004.
    return round(float(measure.minimum + round(steps) * measure.step), 6)


def parse_value(measure: Measure, text: str) -> float:
    """Parse user or file text into a valid value for ``measure``."""
    stripped = text.strip()
    try:
        number = float(stripped)
    except ValueError:
        raise ValidationError(f"The {measure.label} must be a number, not {stripped!r}.") from None
    return validate_value(measure, number)
