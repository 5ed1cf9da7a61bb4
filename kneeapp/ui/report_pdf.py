"""The report for the physical therapist: one or two A4 pages, written with Qt's PDF writer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from kneeapp.domain.checks import CATALOG
from kneeapp.domain.clinical_summary import clinical_summary
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.observations import (
    observation,
)
from kneeapp.domain.profiles import Profile, profile_label
from kneeapp.domain.repository import SessionRepository
from kneeapp.domain.session import Session
from kneeapp.domain.text import NUMERUS, QT_TRANSLATE_NOOP
from kneeapp.domain.trends import Series, primary_measure, summary
from kneeapp.files import write_bytes_atomically
from kneeapp.ui.i18n import plural, qt_translate
from kneeapp.ui.report_tables import BY_SESSION, by_session_html
from kneeapp.ui.safety_answers import red_flag_text

# Enough recent sessions for a therapist, few enough to stay within two pages.
RECENT_SESSIONS = 5
# Sessions read for the summary and the session list.
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
    return format_day(local_time(moment), translate=qt_translate)


def _chart_image(series: Series) -> QImage:
    from kneeapp.ui.widgets.asymmetry_chart import AsymmetryChart, ChartData

    chart = AsymmetryChart()
    chart.set_text_size(16)
    data = ChartData.of(series, value_name=qt_translate("Measures", series.measure.label))
    chart.plot(replace(data, title=qt_translate("Checks", series.check.title)))
    # The axis title names the unit (points, cm, %); the rest is in the report's words.
    chart.band_caption.hide()
    chart.readout.hide()
    return chart.render_image(*CHART_SIZE)


LAST_SESSIONS = NUMERUS.translate("Report", "The last %n session(s)", None, 1)  # plural forms
ADVISED_AFTER = NUMERUS.translate(
    "Report",
    "KneeCheck advised seeing a clinician after %n session(s), most recently on {latest}. "
    "The advice is shown with the sessions below.",
    None,
    1,
)
# Older sessions with advice shown after the latest ones: enough to see a pattern,
# few enough to keep the report short.
EARLIER_ADVISED = 3
# Advice stands apart from routine lines, in colour and in print (bold, on a tint).
ADVICE_STYLE = "background-color:#fdecea; color:#7a1f00"


def build_report(repository: SessionRepository, profile: str, *, now: datetime) -> ReportContent:
    total = repository.count(profile)
    recent = repository.session_page(profile, 0, LATEST_LOOKBACK)
    oldest = repository.session_page(profile, max(total - 1, 0), 1)
    t = qt_translate
    heading = QCoreApplication.translate("Report", "KneeCheck: left/right self-check report")
    person = repository.profile(profile) or Profile(profile)
    name_label = QCoreApplication.translate("Report", "Name:")
    sessions_label = QCoreApplication.translate("Report", "Sessions:")
    made_label = QCoreApplication.translate("Report", "Report made:")
    parts: list[str] = [
        f"<h1>{escape(heading)}</h1>",
        f"<p><b>{escape(name_label)}</b> {escape(profile_label(person, t))}<br>",
        *(f"{escape(line)}<br>" for line in profile_lines(person)),
    ]
    if recent and oldest:
        sessions = QCoreApplication.translate("Report", "{count}, from {first} to {last}").format(
            count=total, first=_day(oldest[0].recorded_at), last=_day(recent[0].recorded_at)
        )
    else:
        sessions = QCoreApplication.translate("Report", "none saved yet")
    parts.append(f"<b>{escape(sessions_label)}</b> {escape(sessions)}<br>")
    not_a_diagnosis = QCoreApplication.translate(
        "Report",
        "These are the person's own observations from guided self-checks, not a diagnosis.",
    )
    parts.append(
        f"<b>{escape(made_label)}</b> {_day(now)}</p><p><i>{escape(not_a_diagnosis)}</i></p>"
    )
    advised = [session for session in recent if session.advice]
    if advised:
        # First thing the therapist reads: each session's advice is given with it below.
        pointer = plural(
            QCoreApplication.translate("Report", ADVISED_AFTER, None, len(advised)),
            len(advised),
        ).format(latest=_day(advised[0].recorded_at))
        parts.append(f'<p style="{ADVICE_STYLE}"><b>{escape(pointer)}</b></p>')

    images: dict[str, QImage] = {}
    if recent:
        from kneeapp.ui.widgets.asymmetry_chart import CHART_POINTS

        keys = [(check.id, m.id) for check in CATALOG for m in check.measures]
        found = repository.series(profile, keys, max_points=CHART_POINTS)
        every = [Series(c, m, tuple(found[(c, m)])) for c, m in keys]
        title = QCoreApplication.translate("Report", "Summary")
        text = clinical_summary(every, recent[0], qt_translate)
        parts.append(f"<h2>{escape(title)}</h2><p>{escape(text)}</p>")
        parts.append(by_session_html(recent[:BY_SESSION], every))

        cells: list[str] = []
        for check in CATALOG:
            measure_id = primary_measure(check.id)
            series = Series.compared(check.id, measure_id, found[(check.id, measure_id)])
            if not series.points:
                continue
            name = f"chart://{check.id}"
            images[name] = _chart_image(series)
            width = CHART_WIDTH
            cells.append(
                f'<td width="50%" valign="top"><img src="{name}" width="{width}"><br>'
                f'<span style="font-size:8pt">{escape(summary(series, translate=t))}</span></td>'
            )
        if cells:
            parts.append(
                "<h2>"
                + escape(QCoreApplication.translate("Report", "Asymmetry over time"))
                + "</h2>"
                '<p style="font-size:8pt">'
                + escape(
                    QCoreApplication.translate(
                        "Report",
                        "Above zero the left side was worse, below zero the right; the "
                        "shaded band holds differences too small to be flagged.",
                    )
                )
                + "</p>"
                '<table cellspacing="0" cellpadding="4" width="100%">'
            )
            for start in range(0, len(cells), 2):
                parts.append("<tr>" + "".join(cells[start : start + 2]) + "</tr>")
            parts.append("</table>")

        shown = min(RECENT_SESSIONS, len(recent))
        last = plural(QCoreApplication.translate("Report", LAST_SESSIONS, None, shown), shown)
        parts.append(f"<h2>{escape(last)}</h2>")
        # One table row per session: a row is never split across two pages.
        parts.append('<table cellspacing="0" cellpadding="2" width="100%">')
        for session in recent[:RECENT_SESSIONS]:
            parts.append(f"<tr><td>{_session_html(session)}</td></tr>")
        parts.append("</table>")
        # Advice given with an older session is not left out for being older.
        earlier = [s for s in recent[RECENT_SESSIONS:] if s.advice][:EARLIER_ADVISED]
        if earlier:
            title = QCoreApplication.translate("Report", "Earlier sessions with advice")
            parts.append(f"<h2>{escape(title)}</h2>")
            parts.append('<table cellspacing="0" cellpadding="2" width="100%">')
            for session in earlier:
                parts.append(f"<tr><td>{_session_html(session)}</td></tr>")
            parts.append("</table>")
    return ReportContent("".join(parts), images)


def _session_html(session: Session) -> str:
    flagged = [observation(r, qt_translate, neutral=True) for r in session.flagged_readings]
    lines = [f"<p><b>{escape(_day(session.recorded_at))}</b><br>"]
    if session.advice:
        advice = QCoreApplication.translate("Report", "Advice given: {advice}").format(
            advice=session.advice
        )
        lines.append(f'<span style="{ADVICE_STYLE}"><b>{escape(advice)}</b></span><br>')
    if flagged:
        text = QCoreApplication.translate("Report", "Flagged: {observations}").format(
            observations=" ".join(flagged)
        )
        lines.append(escape(text) + "<br>")
    else:
        lines.append(escape(QCoreApplication.translate("Report", "Flagged: nothing.")) + "<br>")
    lines.append(escape(red_flag_text(session)))
    if session.note:
        lines.append(
            "<br>"
            + escape(QCoreApplication.translate("Report", "Note: {note}").format(note=session.note))
        )
    lines.append("</p>")
    return "".join(lines)


def profile_lines(person: Profile) -> list[str]:
    """What the person told about themselves, a line each; nothing for what they left out."""
    lines = []
    if person.birth_year is not None:
        lines.append(
            QCoreApplication.translate("Report", "Year of birth: {year}").format(
                year=person.birth_year
            )
        )
    if person.painful_side is not None:
        side = QCoreApplication.translate("Report", PAINFUL_SIDE_NAMES[person.painful_side])
        lines.append(QCoreApplication.translate("Report", "Painful side: {side}").format(side=side))
    if person.weekly_km is not None:
        km = QLocale().toString(person.weekly_km, "g", 4)
        lines.append(
            QCoreApplication.translate("Report", "Weekly running distance: {km} km").format(km=km)
        )
    return lines


PAINFUL_SIDE_NAMES = {
    "left": QT_TRANSLATE_NOOP("Report", "left"),
    "right": QT_TRANSLATE_NOOP("Report", "right"),
    "both": QT_TRANSLATE_NOOP("Report", "both"),
}


def write_report(repository: SessionRepository, profile: str, out: Path, *, now: datetime) -> int:
    """Write the report to ``out`` as a PDF, whole or not at all; return its number of pages.

    The PDF is drawn in memory first: Qt's PDF writer reports no write errors, so it never
    writes to the disk itself; Python's writes do report a full disk."""
    content = build_report(repository, profile, now=now)
    person = repository.profile(profile)
    profile = profile_label(person or profile, qt_translate)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _write_pdf(content, profile, buffer)
    write_bytes_atomically(out, bytes(buffer.data().data()))
    return pages


def _report_title(profile: str) -> str:
    return QCoreApplication.translate("Report", "KneeCheck report: {profile}").format(
        profile=profile
    )


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _write_pdf(content: ReportContent, profile: str, out: QBuffer) -> int:
    writer = QPdfWriter(out)
    writer.setTitle(_report_title(profile))
    writer.setCreator("KneeCheck")
    writer.setResolution(LAYOUT_DPI)
    writer.setPageLayout(_page_layout())
    return _draw(content, writer)


def print_report(
    repository: SessionRepository, profile: str, printer: QPrinter, *, now: datetime
) -> int:
    """Print the same report as the PDF on ``printer`` (as the print dialog set it up);
    return its number of pages."""
    content = build_report(repository, profile, now=now)
    person = repository.profile(profile)
    printer.setDocName(_report_title(profile_label(person or profile, qt_translate)))
    printer.setCreator("KneeCheck")
    printer.setResolution(LAYOUT_DPI)
    printer.setPageLayout(_page_layout())
    return _draw(content, printer)


def _draw(content: ReportContent, writer: QPagedPaintDevice) -> int:
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
        raise OSError("the report could not be drawn")
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
