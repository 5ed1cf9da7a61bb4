"""The history screen: saved sessions, asymmetry over time, and the exports it is given."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.checks import CATALOG
from kneeapp.domain.profiles import file_name_part, profile_label
from kneeapp.domain.repository import SessionRepository, StorageError
from kneeapp.domain.session import DEFAULT_PROFILE, Session
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.domain.trends import (
    Series,
    side_measures,
)
from kneeapp.domain.validation import ValidationError
from kneeapp.exchange.formats import ExportFormat, ExportJob
from kneeapp.ui.files import SavePathChooser, ask_save_path
from kneeapp.ui.i18n import error_text, plural, qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.pages.chart_section import ChartSection
from kneeapp.ui.safety_answers import red_flag_text
from kneeapp.ui.session_lines import reading_lines
from kneeapp.ui.widgets.asymmetry_chart import (
    CHART_POINTS,
    chart_library_loaded,
)
from kneeapp.ui.widgets.buttons import Button, ChoiceRow
from kneeapp.ui.widgets.notice_bar import NoticeBar
from kneeapp.ui.widgets.session_list import SessionListModel, session_line, session_title

# (label, days back; None = everything)
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryPage", "30 days"), 30),
    (QT_TRANSLATE_NOOP("HistoryPage", "90 days"), 90),
    (QT_TRANSLATE_NOOP("HistoryPage", "1 year"), 365),
    (QT_TRANSLATE_NOOP("HistoryPage", "All"), None),
)
# Everything, fitted to the span of the sessions: three months of checks fill the width
# instead of a corner of a year.
DEFAULT_RANGE = 3
# The list shows this many sessions before it scrolls: the charts follow right below.
LIST_ROWS = 4
UNDO_MS = 8000

FRAME_MS = 16  # one frame at 60 Hz
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "HistoryPage",
    "No self-checks saved yet. Go back and press “Start a self-check”: after your "
    "first one, your results and how they change over time appear here.",
)


class HistoryPage(Page):
    """Every saved session of a profile, the charts, and the exports."""

    charts_drawn = Signal()  # the charts that waited for the chart library are drawn
    print_requested = Signal()  # staff asked for the report on paper

    def __init__(
        self,
        repository: SessionRepository,
        *,
        profile: str,
        clock: Callable[[], datetime],
        exports: Sequence[ExportFormat] = (),
        staff: bool = False,
        printable: bool = False,
        choose_save_path: SavePathChooser = ask_save_path,
    ) -> None:
        """``exports``: the files this page may write (none for a kiosk's patient);
        ``staff``: clinic staff reading a patient's history (their name, never "your",
        the exports in staff's words); ``printable``: a Print button (``print_requested``)."""
        super().__init__(
            self.tr("History and reports"),
            self.tr(
                "Your saved self-checks, and whether the difference between your sides "
                "is shrinking."
            ),
        )
        self.repository = repository
        self.profile = profile
        self.person = profile_label(profile, qt_translate)  # the name shown
        self.clock = clock
        # Staff reading a patient's history: "the left ankle", never "your".
        self.neutral_wording = staff
        # Replaceable so that tests and embedders answer without a modal dialog.
        self.choose_save_path = choose_save_path
        self._deleted: Session | None = None
        self._waiting: list[ChartSection] = []  # sections whose chart is still to be drawn
        self._draw_scheduled = False

        self.message = wrapped_label("", "banner")
        self.message.hide()
        self.body.addWidget(self.message)
        self.empty_label = wrapped_label(self.tr(EMPTY_TEXT), "sectionTitle")
        self.body.addWidget(self.empty_label)
        if staff:  # whose history this is: staff open many patients' in turn
            self.set_subtitle(
                self.tr(
                    "{name}'s saved self-checks, and whether the difference between their "
                    "sides is shrinking."
                ).format(name=self.person)
            )
            self.empty_label.setText(
                self.tr("{name} has no saved self-checks.").format(name=self.person)
            )

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(14)
        self.body.addWidget(self.content)
        self.body.addStretch(1)

        # Charts first, with the period and the raw-values switch: what changes over time
        # is in sight as the page opens.
        content.addWidget(wrapped_label(self.tr("Left and right over time"), "sectionTitle"))
        controls = QHBoxLayout()
        self.range_row = ChoiceRow(
            [self.tr(label) for label, _ in RANGES], self.tr("Show results from the last")
        )
        self.range_row.set_choice(DEFAULT_RANGE)
        self.range_row.chosen.connect(self.on_range_chosen)
        controls.addWidget(self.range_row)
        controls.addStretch(1)
        self.raw_toggle = Button(self.tr("Show left and right values"), role="choice")
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
        # Per check: the asymmetry chart, then each side's pain and knee-to-wall distance.
        self.sections: dict[str, ChartSection] = {}
        self.side_sections: dict[tuple[str, str], ChartSection] = {}
        for check in CATALOG:
            section = ChartSection(check.id)
            section.hide()
            self.sections[check.id] = section
            content.addWidget(section)
            for measure_id in side_measures(check.id):
                side_section = ChartSection(check.id, measure_id)
                side_section.hide()
                self.side_sections[check.id, measure_id] = side_section
                content.addWidget(side_section)

        # Sessions: the list, a few rows high, and the chosen one's detail.
        self.count_label = wrapped_label("", "sectionTitle")
        content.addWidget(self.count_label)
        sessions_row = QHBoxLayout()
        self.model = SessionListModel(repository, profile, self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAccessibleName(self.tr("Saved sessions, newest first"))
        self.list_view.setSpacing(2)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        selection = self.list_view.selectionModel()
        selection.selectionChanged.connect(self.on_selection_changed)
        sessions_row.addWidget(self.list_view, 3, Qt.AlignmentFlag.AlignTop)
        sessions_row.addWidget(self._build_detail(), 2)
        content.addLayout(sessions_row)
        # The files of this person's data, other than the report: quieter, at the end.
        self.files_row = QHBoxLayout()
        content.addLayout(self.files_row)

        # In-window questions, above the buttons.
        self.confirm_bar = NoticeBar(self)
        self.confirm_bar.confirmed.connect(self.on_delete_confirmed)
        self.outer.insertWidget(self.outer.count() - 1, self.confirm_bar)
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("confirmBar")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(16, 10, 16, 10)
        self.undo_label = QLabel("")
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setWordWrap(True)
        undo_layout.addWidget(self.undo_label, 1)
        self.undo_button = Button(self.tr("Undo"), self.undo_bar)
        self.undo_button.clicked.connect(self.on_undo)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.outer.insertWidget(self.outer.count() - 1, self.undo_bar)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_MS)
        self.undo_timer.timeout.connect(self.on_undo_expired)

        self.back_button = self.add_button(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested)
        self.print_button: Button | None = None
        if printable:
            self.print_button = self.add_button(self.tr("Print…"))
            self.print_button.setAccessibleName(self.tr("Print the report"))
            self.print_button.clicked.connect(self.print_requested)
        # The report in the button bar; the other files with the sessions, so the bar
        # stays one row at any text size and the charts keep their room.
        self.export_buttons: dict[str, Button] = {}
        self.file_buttons: list[Button] = []
        for export in exports:
            words = export.staff_button if staff and export.staff_button else export.button
            text = QCoreApplication.translate("Exports", words)
            if export.primary:
                button = self.add_button(text, role="primary", stretch_before=True)
            else:
                button = Button(text, self)
                self.files_row.addWidget(button)
                self.file_buttons.append(button)
            button.clicked.connect(lambda _=False, chosen=export: self.export(chosen))
            self.export_buttons[export.id] = button
        self.files_row.addStretch(1)
        self.initial_focus = self.range_row.buttons[DEFAULT_RANGE]

    def _build_detail(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("sidePanel")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 10, 12, 10)
        self.detail_title = wrapped_label("", "sideTitle")
        layout.addWidget(self.detail_title)
        # The advice the session ended with, styled as on the results page: not routine.
        self.detail_advice = wrapped_label("", "advice")
        self.detail_advice.setAccessibleName(self.tr("Advice given with this session"))
        self.detail_advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_advice.hide()
        layout.addWidget(self.detail_advice)
        self.detail_text = wrapped_label("")
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail_text)
        note_label = wrapped_label(self.tr("Note"))
        layout.addWidget(note_label)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note for this session"))
        self.note_edit.setMaximumHeight(90)
        note_label.setBuddy(self.note_edit)
        layout.addWidget(self.note_edit)
        # One above the other: side by side they do not fit the panel at large text sizes.
        self.save_note_button = Button(self.tr("Save note"), frame)
        self.save_note_button.clicked.connect(self.save_note)
        # There when needed, never the page's boldest control.
        self.delete_button = Button(self.tr("Delete session…"), frame, role="quiet")
        self.delete_button.clicked.connect(self.ask_delete)
        layout.addWidget(self.save_note_button)
        layout.addWidget(self.delete_button)
        layout.addStretch(1)
        return frame

    # -- loading ----------------------------------------------------------------

    def reload(self, select_uid: str | None = None) -> None:
        try:
            self.model.reload()
            profile = self.repository.profile(self.profile)
        except StorageError as error:
            self.show_message(error_text(error))
            return
        # Whose history it is, always: a clinician opens many patients' in turn.
        self.person = profile_label(profile or self.profile, qt_translate)
        self.set_title(self.tr("History and reports: {name}").format(name=self.person))
        total = self.model.total
        self.empty_label.setVisible(total == 0)
        self.content.setVisible(total > 0)
        for button in self.export_buttons.values():
            button.setEnabled(total > 0)
        if total == 0:
            self.show_detail(None)
            return
        self.count_label.setText(
            plural(self.tr("%n saved session(s), newest first", "", total), total)
        )
        row = self.model.row_of(select_uid) if select_uid else 0
        self.list_view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._fit_list_height()
        self.refresh_charts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_list_height()  # the text size may have changed since

    def _fit_list_height(self) -> None:
        """A few rows high, whatever the text size: it scrolls, the page goes on."""
        rows = min(LIST_ROWS, max(1, self.model.rowCount()))
        row = self.list_view.sizeHintForRow(0)
        if row <= 0:
            return
        frame = 2 * self.list_view.frameWidth()
        self.list_view.setFixedHeight(rows * (row + 2 * self.list_view.spacing()) + frame)

    def since(self) -> datetime | None:
        choice = self.range_row.choice()
        days = RANGES[DEFAULT_RANGE if choice is None else choice][1]
        return None if days is None else self.clock() - timedelta(days=days)

    def refresh_charts(self) -> None:
        since = self.since()
        x_range = None if since is None else (since.timestamp(), self.clock().timestamp())
        shown = 0
        try:
            found = self.repository.series(
                self.profile,
                [(section.check_id, section.measure_id) for section in self._all_sections()],
                since,
                max_points=CHART_POINTS,
            )
        except StorageError as error:
            self.show_message(error_text(error))
            return
        # The first charts of a run wait until the page is on screen: the chart library
        # takes about half a second to load, and the list and summaries need none of it.
        draw = chart_library_loaded()
        self._waiting = []
        for section in self._all_sections():
            key = (section.check_id, section.measure_id)
            # Every session with a value on either side; a missing side stays missing.
            series = Series(*key, tuple(p for p in found[key] if p.has_value))
            compared = Series.compared(*key, series.points)
            shows = bool(series.points if section.sides_only else compared.points)
            section.setVisible(shows)
            if shows:
                if not section.sides_only:
                    section.chart.show_raw = self.raw_toggle.isChecked()
                section.show_series(series, x_range, draw=draw)
                if not draw:
                    self._waiting.append(section)
                shown += 1
        if self._waiting and not self._draw_scheduled:
            # A frame's time later: by then the page has been painted, so the person
            # sees it while the library loads.
            self._draw_scheduled = True
            QTimer.singleShot(FRAME_MS, self, self._draw_waiting)
        self._order_tab_stops()
        self.no_results.setText(
            ""
            if shown
            else self.tr("No checks in this period: choose a longer one to see your results.")
        )
        self.no_results.setVisible(not shown)

    def _all_sections(self) -> list[ChartSection]:
        """Every chart section, in the order they are shown."""
        sections: list[ChartSection] = []
        for check_id, section in self.sections.items():
            sections.append(section)
            sections += [s for (c, _), s in self.side_sections.items() if c == check_id]
        return sections

    @property
    def charts_pending(self) -> bool:
        """Whether charts are still to be drawn (only ever on the first history of a run)."""
        return bool(self._waiting)

    def _draw_waiting(self) -> None:
        self._draw_scheduled = False
        waiting, self._waiting = self._waiting, []
        for section in waiting:
            section.draw_chart()
        if waiting:
            self._order_tab_stops()  # the charts take their turn in reading order
            self.charts_drawn.emit()

    def _order_tab_stops(self) -> None:
        """Charts are drawn after the page is built: put them where they are read, after
        the chart controls and before the buttons at the bottom."""
        stops: list[QWidget] = [*self.range_row.buttons, self.raw_toggle]
        for section in self._all_sections():
            stops += [
                widget
                for widget in section.findChildren(QWidget)
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ]
        stops += [self.list_view, self.note_edit, self.save_note_button, self.delete_button]
        stops += [*self.file_buttons, self.back_button]
        if self.print_button is not None:
            stops.append(self.print_button)
        stops += [b for b in self.export_buttons.values() if b not in self.file_buttons]
        for before, after in itertools.pairwise(stops):
            QWidget.setTabOrder(before, after)

    # -- the chosen session -----------------------------------------------------

    def current_session(self) -> Session | None:
        return self.model.session(self.list_view.currentIndex().row())

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_detail(self.current_session())

    def show_detail(self, session: Session | None) -> None:
        for widget in (self.note_edit, self.save_note_button, self.delete_button):
            widget.setEnabled(session is not None)
        self.detail_advice.setText(session.advice if session else "")
        self.detail_advice.setVisible(bool(session and session.advice))
        if session is None:
            self.detail_title.setText("")
            self.detail_text.setText("")
            self.note_edit.setPlainText("")
            return
        self.detail_title.setText(session_title(session))
        lines = [session_line(session), ""]
        lines += reading_lines(session, neutral=self.neutral_wording)
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
            self.show_message(
                self.tr("Could not save the note: {error}").format(error=error_text(error))
            )
            return
        self.show_message(self.tr("Note saved."))
        self.reload(select_uid=session.uid)

    # -- deleting, with undo ----------------------------------------------------

    def ask_delete(self) -> None:
        session = self.current_session()
        if session is None:
            return
        self.confirm_bar.confirm(
            self.tr("Delete the self-check of {when}? You can undo this for a few seconds.").format(
                when=session_title(session)
            ),
            confirm=self.tr("Delete"),
            cancel=self.tr("Keep it"),
        )

    def on_delete_confirmed(self) -> None:
        session = self.current_session()
        if session is None:
            return
        try:
            self.repository.delete(session.uid)
        except StorageError as error:
            self.show_message(self.tr("Could not delete: {error}").format(error=error_text(error)))
            return
        self._deleted = session
        self.undo_label.setText(
            self.tr("Deleted the self-check of {when}.").format(when=session_title(session))
        )
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
            self.show_message(
                self.tr("Could not restore the session: {error}").format(error=error_text(error))
            )
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
        # A patient's exports keep their stored name: erasing the patient finds them by it.
        part = file_name_part(self.person) if self.profile == DEFAULT_PROFILE else self.profile
        return f"kneecheck-{part}-{day}.{extension}"

    def export(self, export: ExportFormat) -> None:
        """Write this profile's sessions in ``export``'s format where the person says."""
        path = self.choose_save_path(
            QCoreApplication.translate("Exports", export.button).rstrip("…"),
            self._file_name(export.suffix),
            QCoreApplication.translate("Exports", export.file_filter),
        )
        if path is None:
            return
        try:
            written = export.write(ExportJob(self.repository, self.profile, path, self.clock()))
        except StorageError as error:
            self.show_message(error_text(error))
            return
        except OSError as error:
            self.show_message(
                self.tr("Could not write {path}: {error}").format(
                    path=path, error=error.strerror or error
                )
            )
            return
        done = QCoreApplication.translate("Exports", export.done, None, written)
        self.show_message(plural(done, written).format(path=path, person=self.person))
