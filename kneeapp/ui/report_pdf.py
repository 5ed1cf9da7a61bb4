"""The report for the physical therapist: one or two A4 pages, written with Qt's PDF writer."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from kneeapp.domain.checks import CATALOG, CHECKS
from kneeapp.domain.observations import format_asymmetry, format_value, observation
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.domain.repository import SessionRepository
from kneeapp.domain.session import Reading, Session
from kneeapp.domain.trends import Series, format_day, primary_measure, summary

# Enough recent sessions for a therapist, few enough to stay within two pages.
RECENT_SESSIONS = 5
# The latest result of each check is looked for among this many sessions.
LATEST_LOOKBACK = 50
# Laid out at 96 dots per inch, so that HTML pixel sizes mean what they mean on screen.
LAYOUT_DPI = 96
MARGIN_MM = 14
CHART_WIDTH = 330
CHART_SIZE = (600, 330)  # pixels of the rendered chart, shown at CHART_WIDTH


@dataclass(frozen=True)
class ReportContent:
    html: str
    images: dict[str, QImage]


def _day(moment: datetime) -> str:
    return format_day(moment.astimezone())


def _latest_rows(sessions: list[Session]) -> list[tuple[Session, Reading]]:
    """The newest reading of every check and measure among ``sessions`` (newest first)."""
    found: dict[tuple[str, str], tuple[Session, Reading]] = {}
    for session in sessions:
        for reading in session.readings:
            found.setdefault((reading.check_id, reading.measure_id), (session, reading))
    order = [(c.id, m.id) for c in CATALOG for m in c.measures]
    return [found[key] for key in order if key in found]


def _chart_image(series: Series) -> QImage:
    from kneeapp.ui.widgets.asymmetry_chart import AsymmetryChart, ChartData

    chart = AsymmetryChart()
    chart.set_text_size(16)
    chart.plot(ChartData.of(series, value_name=series.measure.label))
    # The caption lines are written by the report itself.
    chart.hide_axis_title()
    chart.band_caption.hide()
    chart.readout.hide()
    return chart.render_image(*CHART_SIZE)


def build_report(repository: SessionRepository, profile: str, *, now: datetime) -> ReportContent:
    total = repository.count(profile)
    recent = repository.session_page(profile, 0, LATEST_LOOKBACK)
    oldest = repository.session_page(profile, max(total - 1, 0), 1)
    parts: list[str] = [
        "<h1>KneeCheck: left/right self-check report</h1>",
        f"<p><b>Profile:</b> {escape(profile)}<br>",
    ]
    if recent and oldest:
        parts.append(
            f"<b>Sessions:</b> {total}, from {_day(oldest[0].recorded_at)} "
            f"to {_day(recent[0].recorded_at)}<br>"
        )
    else:
        parts.append("<b>Sessions:</b> none saved yet<br>")
    parts.append(
        f"<b>Report made:</b> {_day(now)}</p>"
        "<p><i>These are the person's own observations from guided self-checks, "
        "not a diagnosis.</i></p>"
    )

    images: dict[str, QImage] = {}
    if recent:
        parts.append("<h2>Latest results</h2>")
        parts.append(
            '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            "<tr><th>Check</th><th>Measure</th><th>Left</th><th>Right</th>"
            "<th>Difference</th><th>Flagged</th><th>Date</th></tr>"
        )
        for session, reading in _latest_rows(recent):
            check = CHECKS[reading.check_id]
            asymmetry = reading.asymmetry
            worse = asymmetry.worse_side
            difference = format_asymmetry(asymmetry)
            if worse is not None:
                difference += f", {worse.value} worse"
            parts.append(
                f"<tr><td>{escape(check.title)}</td>"
                f"<td>{escape(check.measure(reading.measure_id).measure.label)}</td>"
                f"<td>{escape(format_value(reading.measure_id, reading.left))}</td>"
                f"<td>{escape(format_value(reading.measure_id, reading.right))}</td>"
                f"<td>{escape(difference)}</td>"
                f"<td>{'<b>yes</b>' if asymmetry.flagged else 'no'}</td>"
                f"<td>{_day(session.recorded_at)}</td></tr>"
            )
        parts.append("</table>")

        cells: list[str] = []
        for check in CATALOG:
            measure_id = primary_measure(check.id)
            points = repository.series(profile, check.id, measure_id)
            if not points:
                continue
            series = Series(check.id, measure_id, tuple(points))
            name = f"chart://{check.id}"
            images[name] = _chart_image(series)
            width = CHART_WIDTH
            cells.append(
                f'<td width="50%" valign="top"><img src="{name}" width="{width}"><br>'
                f'<span style="font-size:8pt">{escape(summary(series))}</span></td>'
            )
        if cells:
            parts.append(
                '<h2>Asymmetry over time</h2><p style="font-size:8pt">Above zero the '
                "left side was worse, below zero the right; the shaded band holds "
                "differences too small to be flagged.</p>"
                '<table cellspacing="0" cellpadding="4" width="100%">'
            )
            for start in range(0, len(cells), 2):
                parts.append("<tr>" + "".join(cells[start : start + 2]) + "</tr>")
            parts.append("</table>")

        parts.append(f"<h2>The last {min(RECENT_SESSIONS, len(recent))} sessions</h2>")
        # One table row per session: a row is never split across two pages.
        parts.append('<table cellspacing="0" cellpadding="2" width="100%">')
        for session in recent[:RECENT_SESSIONS]:
            parts.append(f"<tr><td>{_session_html(session)}</td></tr>")
        parts.append("</table>")
    return ReportContent("".join(parts), images)


def _session_html(session: Session) -> str:
    flagged = [observation(r) for r in session.flagged_readings]
    lines = [f"<p><b>{escape(_day(session.recorded_at))}</b><br>"]
    if flagged:
        lines.append("Flagged: " + escape(" ".join(flagged)) + "<br>")
    else:
        lines.append("Flagged: nothing.<br>")
    if not session.red_flags:
        lines.append("Safety questions: not recorded with this session.")
    else:
        yes = [flag.question for flag in RED_FLAGS if session.red_flags.get(flag.id)]
        lines.append(
            "Safety questions: all answered no."
            if not yes
            else "Safety questions answered yes: " + escape(" ".join(yes))
        )
    if session.note:
        lines.append("<br>Note: " + escape(session.note))
    lines.append("</p>")
    return "".join(lines)


def write_report(repository: SessionRepository, profile: str, out: Path, *, now: datetime) -> int:
    """Write the report to ``out`` as a PDF; return its number of pages."""
    content = build_report(repository, profile, now=now)
    # Written beside ``out`` and renamed into place, so a failure never leaves half a file.
    descriptor, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(descriptor)
    partial = Path(name)
    try:
        pages = _write_pdf(content, profile, partial)
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return pages


def _write_pdf(content: ReportContent, profile: str, out: Path) -> int:
    writer = QPdfWriter(str(out))
    writer.setTitle(f"KneeCheck report: {profile}")
    writer.setCreator("KneeCheck")
    writer.setResolution(LAYOUT_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(9.5)
    # No ligatures: copied or extracted text reads "fi", not one odd character.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 10px; } "
        "th { background-color: #eef1f5; text-align: left; }"
    )
    for name, image in content.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(content.html)
    page = QSizeF(writer.width(), writer.height())
    document.setPageSize(page)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {out}")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            document.drawContents(
                painter, QRectF(0, index * page.height(), page.width(), page.height())
            )
            painter.restore()
    finally:
        painter.end()
        # The layout keeps a pointer to the writer: let go of it before the writer goes.
        document.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]
        del document
    return pages
