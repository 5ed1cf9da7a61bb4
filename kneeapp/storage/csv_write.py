"""Writing sessions as CSV (the columns: csv_columns.py)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO

from kneeapp.domain.asymmetry import rule_for
from kneeapp.domain.measures import Measure
from kneeapp.domain.session import Session
from kneeapp.storage.csv_columns import HEADER, NOTE, PROFILE, neutralise, skipped_cell


def _number(value: float | None, measure: Measure) -> str:
    if value is None:
        return ""
    # Angles measured on a photo are given to one decimal, as on screen: 40.0, not 40.
    return measure.kind.format_file_value(value)


def session_rows(session: Session) -> Iterator[list[str]]:
    recorded_at = session.recorded_at.isoformat()
    for reading in session.readings:
        asymmetry = reading.asymmetry
        measure = reading.check.measure(reading.measure_id).measure
        yield [
            session.uid,
            neutralise(session.profile),
            recorded_at,
            reading.check_id,
            reading.measure_id,
            measure.unit,
            _number(reading.left, measure),
            _number(reading.right, measure),
            "" if asymmetry is None else _number(asymmetry.value, measure),
            rule_for(measure).scale.value,
            "none"
            if asymmetry is None or asymmetry.worse_side is None
            else asymmetry.worse_side.value,
            "true" if asymmetry is not None and asymmetry.flagged else "false",
            neutralise(session.note),
            skipped_cell(reading),
        ]


def write_csv(sessions: Iterable[Session], stream: IO[str]) -> int:
    """Write the header and every session's rows; return how many sessions were written.

    Open ``stream`` with ``encoding="utf-8", newline=""``.
    """
    writer = csv.writer(stream, lineterminator="\n")
    # The csv module quotes only the line terminator's characters: a note with a lone
    # carriage return is written with every cell quoted, or it could not be read back.
    quoting = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(HEADER)
    written = 0
    for session in sessions:
        for row in session_rows(session):
            (quoting if "\r" in row[NOTE] or "\r" in row[PROFILE] else writer).writerow(row)
        written += 1
    return written
