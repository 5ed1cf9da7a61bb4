"""Readings in the order of the check catalog, so stored and imported sessions compare equal."""

from __future__ import annotations

from collections.abc import Iterable

from kneeapp.domain.checks import CATALOG
from kneeapp.domain.session import Reading

_POSITION: dict[tuple[str, str], int] = {
    (check.id, check_measure.id): index
    for index, (check, check_measure) in enumerate(
        (check, check_measure) for check in CATALOG for check_measure in check.measures
    )
}


def catalog_order(readings: Iterable[Reading]) -> tuple[Reading, ...]:
    return tuple(
        sorted(
            readings,
            key=lambda reading: _POSITION.get((reading.check_id, reading.measure_id), 1 << 30),
        )
    )
