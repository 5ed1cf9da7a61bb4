"""The report's table of left / right values, session by session."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.measures import Measure
from kneeapp.domain.observations import measure_label
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
                "\u2013" if v is None else _cell_value(series.measure, v) for v in values
            )
            text = escape(text)
            cells.append(f"<td{KEEP_WHOLE}>{f'<b>{text}</b>' if reading.flagged else text}</td>")
        if any(cell != "<td></td>" for cell in cells):
            check = series.check
            measure = measure_label(check, series.measure_id, qt_translate)
            unit = series.measure.kind.unit_suffix  # each cell: two short numbers
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


def _cell_value(measure: Measure, value: float) -> str:
    """A number as the table shows it (angles to one decimal); a category in its words
    (knee drift: none, slight, marked). The unit is in the row's name."""
    kind = measure.kind
    if kind.is_category:
        return kind.format_value(value, qt_translate)
    return format_number(value, qt_translate, decimals=kind.decimals)


def _short_day(moment: datetime) -> str:
    return format_day(local_time(moment), with_year=False, translate=qt_translate)
