"""The report's table of left / right values, session by session."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.measures import MEASURES
from kneeapp.domain.observations import format_value, measure_label
from kneeapp.domain.session import Session
from kneeapp.domain.trends import Series
from kneeapp.domain.validation import format_number
from kneeapp.ui.i18n import qt_translate

# A value or a date is never broken over two lines ("marke / d").
KEEP_WHOLE = ' style="white-space:nowrap"'

# Sessions in the left/right table: as many as fit the page's width.
BY_SESSION = 6


def by_session_html(sessions: list[Session], every: list[Series]) -> str:
    """Each measure's left and right values in the latest sessions, oldest on the left;
    bold where the sides were pointed out, a dash where a side has no value."""
    sessions = sessions[::-1]
    rows: list[str] = []
    for series in every:
        cells = []
        for session in sessions:
            reading = next(
                (
                    r
                    for r in session.readings
                    if (r.check_id, r.measure_id) == (series.check_id, series.measure_id)
                ),
                None,
            )
            if reading is None or not reading.has_value:
                cells.append("<td></td>")
                continue
            values = [reading.value(side) for side in (Side.LEFT, Side.RIGHT)]
            text = " / ".join(
                "\u2013" if v is None else _cell_value(series.measure_id, v) for v in values
            )
            text = escape(text)
            cells.append(f"<td{KEEP_WHOLE}>{f'<b>{text}</b>' if reading.flagged else text}</td>")
        if any(cell != "<td></td>" for cell in cells):
            check = series.check
            measure = measure_label(check, series.measure_id, qt_translate)
            unit = UNIT_SUFFIXES.get(series.measure.unit, "")
            label = f"{qt_translate('Checks', check.title)}: {measure}{unit}"
            rows.append(f'<tr><td width="30%">{escape(label)}</td>{"".join(cells)}</tr>')
    if not rows:
        return ""
    title = QCoreApplication.translate("Report", "Left / right by session")
    note = QCoreApplication.translate(
        "Report", "Left / right in each session; bold: the sides were pointed out."
    )
    width = 70 // max(len(sessions), 1)
    heads = "".join(
        f'<th width="{width}%">{escape(_short_day(s.recorded_at))}</th>' for s in sessions
    )
    header = escape(QCoreApplication.translate("Report", "Check: measure"))
    return (
        f'<h2>{escape(title)}</h2><p style="font-size:8pt">{escape(note)}</p>'
        '<table border="1" cellspacing="0" cellpadding="2" width="100%" style="font-size:8pt">'
        f"<tr><th>{header}</th>{heads}</tr>{''.join(rows)}</table>"
    )


# The unit goes with the row's name, so that each cell is two short numbers.
UNIT_SUFFIXES = {"cm": " (cm)", "deg": " (°)", "score_0_10": " (0–10)", "nprs_0_10": " (0–10)"}


def _cell_value(measure_id: str, value: float) -> str:
    """A number as the table shows it; knee drift in its words (none, slight, marked)."""
    if measure_id == "drift":
        return format_value(measure_id, value, qt_translate)
    decimals = 1 if MEASURES[measure_id].unit == "deg" else None  # angles: one decimal
    return format_number(value, qt_translate, decimals=decimals)


def _short_day(moment: datetime) -> str:
    return format_day(local_time(moment), with_year=False, translate=qt_translate)
