"""The history screen: saved sessions, asymmetry over time, CSV and PDF exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.checks import CATALOG, CHECKS
from kneeapp.domain.measures import MEASURES
from kneeapp.domain.observations import observation
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.domain.repository import SessionRepository, StorageError
from kneeapp.domain.session import Session
from kneeapp.domain.trends import (
    Series,
    primary_measure,
    summary,
)
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.files import SavePathChooser, ask_save_path
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.asymmetry_chart import AsymmetryChart, ChartData
from kneeapp.ui.widgets.buttons import Button, ChoiceRow
from kneeapp.ui.widgets.confirm_bar import ConfirmBar
from kneeapp.ui.widgets.session_list import SessionListModel, session_line, session_title

# (label, days back; None = everything)
RANGES: tuple[tuple[str, int | None], ...] = (
    ("30 days", 30),
    ("90 days", 90),
    ("1 year", 365),
    ("All", None),
)
DEFAULT_RANGE = 2  # a year: long enough to see a trend, quick with any history
UNDO_MS = 8000

EMPTY_TEXT = (
    "No self-checks saved yet. Go back and press “Start a self-check”: after your "
    "first one, your results and how they change over time appear here."
)

class ChartSection(QFrame):
    """One check: its chart, and beside it the same story in words."""

    def __init__(self, check_id: str) -> None:
        super().__init__()
        self.setObjectName("chartSection")
        self.check_id = check_id
        self.measure_id = primary_measure(check_id)
        check = CHECKS[check_id]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        measure = MEASURES[self.measure_id]
        self.title = wrapped_label(f"{check.title}: {measure.label}", "sectionTitle")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.chart = AsymmetryChart()
        self.chart.setAccessibleName(f"{check.title} chart")
        row.addWidget(self.chart, 3)
        self.summary = wrapped_label("", "chartSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setMinimumWidth(220)
        row.addWidget(self.summary, 2)
        layout.addLayout(row)

    def show_series(self, series: Series, x_range: tuple[float, float] | None) -> None:
        text = summary(series)
        self.summary.setText(text)
        self.summary.setAccessibleName(f"{CHECKS[self.check_id].title} summary")
        self.summary.setAccessibleDescription(text)
        self.chart.setAccessibleDescription(text)
        measure = series.measure
        value_name = f"{measure.label} ({measure.unit.replace('_', ' ')})"
        self.chart.plot(ChartData.of(series, value_name=value_name, x_range=x_range))


class HistoryPage(Page):
    """Every saved session of a profile, the charts, and the exports."""

    def __init__(
        self,
        repository: SessionRepository,
        *,
        profile: str,
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(
            "History and reports",
            "Your saved self-checks, and whether the difference between your sides is shrinking.",
        )
        self.repository = repository
        self.profile = profile
        self.clock = clock
        # Replaceable so that tests and embedders answer without a modal dialog.
        self.choose_save_path: SavePathChooser = ask_save_path
        self._deleted: Session | None = None

        self.message = wrapped_label("", "banner")
        self.message.hide()
        self.body.addWidget(self.message)
        self.empty_label = wrapped_label(EMPTY_TEXT, "sectionTitle")
        self.body.addWidget(self.empty_label)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(14)
        self.body.addWidget(self.content)
        self.body.addStretch(1)

        # Sessions: the list and the chosen one's detail.
        self.count_label = wrapped_label("", "sectionTitle")
        content.addWidget(self.count_label)
        sessions_row = QHBoxLayout()
        self.model = SessionListModel(repository, profile, self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAccessibleName("Saved sessions, newest first")
        self.list_view.setMinimumHeight(260)
        self.list_view.setSpacing(2)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        selection = self.list_view.selectionModel()
        selection.selectionChanged.connect(self.on_selection_changed)
        sessions_row.addWidget(self.list_view, 3)
        sessions_row.addWidget(self._build_detail(), 2)
        content.addLayout(sessions_row)

        # Charts, with the period and the raw-values switch.
        content.addWidget(wrapped_label("Left and right over time", "sectionTitle"))
        controls = QHBoxLayout()
        self.range_row = ChoiceRow([label for label, _ in RANGES], "Show results from the last")
        self.range_row.set_choice(DEFAULT_RANGE)
        self.range_row.chosen.connect(self.on_range_chosen)
        controls.addWidget(self.range_row)
        controls.addStretch(1)
        self.raw_toggle = Button("Show left and right values", role="choice")
        self.raw_toggle.setCheckable(True)
        # Checked, the text turns bold: leave room for that, even at kiosk size.
        bold = QFont(self.raw_toggle.font())
        bold.setBold(True)
        bold.setPixelSize(22)
        self.raw_toggle.setMinimumWidth(
            QFontMetrics(bold).horizontalAdvance(self.raw_toggle.text()) + 48
        )
        self.raw_toggle.toggled.connect(self.on_raw_toggled)
        controls.addWidget(self.raw_toggle)
        content.addLayout(controls)
        self.no_results = wrapped_label("")
        content.addWidget(self.no_results)
        self.sections: dict[str, ChartSection] = {}
        for check in CATALOG:
            section = ChartSection(check.id)
            section.hide()
            self.sections[check.id] = section
            content.addWidget(section)

        # In-window questions, above the buttons.
        self.confirm_bar = ConfirmBar(self)
        self.confirm_bar.confirmed.connect(self.on_delete_confirmed)
        self.outer.insertWidget(self.outer.count() - 1, self.confirm_bar)
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("confirmBar")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(16, 10, 16, 10)
        self.undo_label = QLabel("")
        self.undo_label.setWordWrap(True)
        undo_layout.addWidget(self.undo_label, 1)
        self.undo_button = Button("Undo", self.undo_bar)
        self.undo_button.clicked.connect(self.on_undo)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.outer.insertWidget(self.outer.count() - 1, self.undo_bar)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_MS)
        self.undo_timer.timeout.connect(self.on_undo_expired)

        self.back_button = self.add_button("Back")
        self.back_button.clicked.connect(self.back_requested)
        self.csv_button = self.add_button("Export CSV…", stretch_before=True)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = self.add_button("Report for your therapist (PDF)…", role="primary")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.initial_focus = self.list_view

    def _build_detail(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("sidePanel")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 10, 12, 10)
        self.detail_title = wrapped_label("", "sideTitle")
        layout.addWidget(self.detail_title)
        self.detail_text = wrapped_label("")
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_text)
        note_label = wrapped_label("Note")
        layout.addWidget(note_label)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName("Note for this session")
        self.note_edit.setMaximumHeight(90)
        note_label.setBuddy(self.note_edit)
        layout.addWidget(self.note_edit)
        buttons = QHBoxLayout()
        self.save_note_button = Button("Save note", frame)
        self.save_note_button.clicked.connect(self.save_note)
        self.delete_button = Button("Delete session…", frame, role="danger")
        self.delete_button.clicked.connect(self.ask_delete)
        buttons.addWidget(self.save_note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return frame

    # -- loading ----------------------------------------------------------------

    def reload(self, select_uid: str | None = None) -> None:
        try:
            self.model.reload()
        except StorageError as error:
            self.show_message(str(error))
            return
        total = self.model.total
        self.empty_label.setVisible(total == 0)
        self.content.setVisible(total > 0)
        self.csv_button.setEnabled(total > 0)
        self.pdf_button.setEnabled(total > 0)
        if total == 0:
            self.show_detail(None)
            return
        plural = "session" if total == 1 else "sessions"
        self.count_label.setText(f"{total} saved {plural}, newest first")
        row = self.model.row_of(select_uid) if select_uid else 0
        self.list_view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.refresh_charts()

    def since(self) -> datetime | None:
        choice = self.range_row.choice()
        days = RANGES[DEFAULT_RANGE if choice is None else choice][1]
        return None if days is None else self.clock() - timedelta(days=days)

    def refresh_charts(self) -> None:
        since = self.since()
        x_range = None if since is None else (since.timestamp(), self.clock().timestamp())
        shown = 0
        try:
            for check_id, section in self.sections.items():
                points = self.repository.series(self.profile, check_id, section.measure_id, since)
                section.setVisible(bool(points))
                if points:
                    section.chart.show_raw = self.raw_toggle.isChecked()
                    section.show_series(
                        Series(check_id, section.measure_id, tuple(points)), x_range
                    )
                    shown += 1
        except StorageError as error:
            self.show_message(str(error))
            return
        self.no_results.setText(
            "" if shown else "No checks in this period: choose a longer one to see your results."
        )
        self.no_results.setVisible(not shown)

    # -- the chosen session -----------------------------------------------------

    def current_session(self) -> Session | None:
        return self.model.session(self.list_view.currentIndex().row())

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_detail(self.current_session())

    def show_detail(self, session: Session | None) -> None:
        for widget in (self.note_edit, self.save_note_button, self.delete_button):
            widget.setEnabled(session is not None)
        if session is None:
            self.detail_title.setText("")
            self.detail_text.setText("")
            self.note_edit.setPlainText("")
            return
        self.detail_title.setText(session_title(session))
        lines = [session_line(session), ""]
        lines += [observation(reading) for reading in session.readings]
        lines.append("")
        lines.append(red_flag_text(session))
        self.detail_text.setText("\n".join(lines))
        self.note_edit.setPlainText(session.note)

    def save_note(self) -> None:
        session = self.current_session()
        if session is None:
            return
        try:
            self.repository.update_note(session.uid, self.note_edit.toPlainText())
        except (StorageError, ValidationError) as error:
            self.show_message(f"Could not save the note: {error}")
            return
        self.show_message("Note saved.")
        self.reload(select_uid=session.uid)

    # -- deleting, with undo ----------------------------------------------------

    def ask_delete(self) -> None:
        session = self.current_session()
        if session is None:
            return
        self.confirm_bar.ask(
            f"Delete the self-check of {session_title(session)}? "
            "You can undo this for a few seconds.",
            confirm="Delete",
            cancel="Keep it",
        )

    def on_delete_confirmed(self) -> None:
        session = self.current_session()
        if session is None:
            return
        try:
            self.repository.delete(session.uid)
        except StorageError as error:
            self.show_message(f"Could not delete: {error}")
            return
        self._deleted = session
        self.undo_label.setText(f"Deleted the self-check of {session_title(session)}.")
        self.undo_bar.show()
        self.undo_timer.start()
        self.reload()
        self.undo_button.setFocus()

    def on_undo(self) -> None:
        session, self._deleted = self._deleted, None
        self.undo_timer.stop()
        self.undo_bar.hide()
        if session is None:
            return
        try:
            self.repository.save(session)
        except StorageError as error:
            self.show_message(f"Could not restore the session: {error}")
            return
        self.reload(select_uid=session.uid)

    def on_undo_expired(self) -> None:
        self._deleted = None
        self.undo_bar.hide()

    # -- charts controls --------------------------------------------------------

    def on_range_chosen(self, _index: int) -> None:
        self.refresh_charts()

    def on_raw_toggled(self, raw: bool) -> None:
        for section in self.sections.values():
            section.chart.set_show_raw(raw)

    # -- exports ----------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _file_name(self, extension: str) -> str:
        day = self.clock().astimezone().strftime("%Y-%m-%d")
        return f"kneecheck-{self.profile}-{day}.{extension}"

    def export_csv(self) -> None:
        path = self.choose_save_path("Export CSV", self._file_name("csv"), "CSV files (*.csv)")
        if path is None:
            return
        try:
            written = self.repository.export_csv_file(path, self.profile)
        except StorageError as error:
            self.show_message(str(error))
            return
        self.show_message(f"Exported {written} sessions to {path}.")

    def export_pdf(self) -> None:
        from kneeapp.ui.report_pdf import write_report

        path = self.choose_save_path("Save the report", self._file_name("pdf"), "PDF files (*.pdf)")
        if path is None:
            return
        try:
            pages = write_report(self.repository, self.profile, path, now=self.clock())
        except (OSError, StorageError) as error:
            self.show_message(f"Could not write {path}: {error}")
            return
        plural = "page" if pages == 1 else "pages"
        self.show_message(f"Saved the report ({pages} {plural}) to {path}.")


def red_flag_text(session: Session) -> str:
    if not session.red_flags:
        return "Safety questions: not recorded with this session."
    yes = [flag.question for flag in RED_FLAGS if session.red_flags.get(flag.id)]
    if not yes:
        return "Safety questions: all answered no."
    return "Safety questions answered yes: " + " ".join(yes)
