"""The session at a glance before saving: both sides, asymmetry, what stands out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.observations import (
    WHAT_IT_MEANS,
    comparison_text,
    headline,
    measure_label,
    observation,
    side_text,
    why,
)
from kneeapp.domain.session import Reading
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.i18n import plural, qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button

COLUMNS = (
    QT_TRANSLATE_NOOP("SummaryPage", "Check"),
    QT_TRANSLATE_NOOP("SummaryPage", "Measure"),
    QT_TRANSLATE_NOOP("SummaryPage", "Left"),
    QT_TRANSLATE_NOOP("SummaryPage", "Right"),
    QT_TRANSLATE_NOOP("SummaryPage", "Asymmetry"),
    QT_TRANSLATE_NOOP("SummaryPage", "Result"),
)
FLAG_TEXT = QT_TRANSLATE_NOOP("SummaryPage", "⚑ Worth noting")
CLEAR_TEXT = QT_TRANSLATE_NOOP("SummaryPage", "Sides similar")


class FindingRow(QWidget):
    """One finding: its sentence, and a "Why?" that opens the rule right under it."""

    def __init__(self, reading: Reading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = reading
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        line = QHBoxLayout()
        self.sentence = wrapped_label(observation(reading, qt_translate), "finding")
        self.sentence.setProperty("flagged", reading.flagged)
        line.addWidget(self.sentence, 1)
        self.why_button = Button(self.tr("Why?"), self, role="link")
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(
            self.tr("Why is this pointed out? {finding}").format(finding=self.sentence.text())
        )
        line.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(line)
        self.why = wrapped_label(why(reading, qt_translate), "why")
        self.why.hide()
        layout.addWidget(self.why)
        self.why_button.toggled.connect(self._on_why_toggled)

    def _on_why_toggled(self, shown: bool) -> None:
        self.why.setVisible(shown)


class SummaryPage(Page):
    save_requested = Signal()

    def __init__(self, *, settings: bool = True) -> None:
        """``settings``: a way to the settings (not on a kiosk)."""
        super().__init__(self.tr("Your results today"), self.tr("Look them over, then save."))
        # Advice to see a clinician comes first, and looks like nothing routine.
        self.advice = wrapped_label("", "advice")
        self.advice.setAccessibleName(self.tr("Advice"))
        self.advice.hide()
        self.body.addWidget(self.advice)
        self.not_restored = wrapped_label("", "error")
        self.not_restored.hide()
        self.body.addWidget(self.not_restored)
        self.meaning = wrapped_label("", "banner")
        self.meaning.setAccessibleName(self.tr("What stands out"))
        self.body.addWidget(self.meaning)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setAccessibleName(self.tr("Results table"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.body.addWidget(self.table)
        self.findings_box = QWidget()
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_layout.setSpacing(10)
        self.body.addWidget(self.findings_box)
        self.findings: list[FindingRow] = []
        self.what_it_means = wrapped_label(qt_translate("Findings", WHAT_IT_MEANS), "subtitle")
        self.body.addWidget(self.what_it_means)
        self.note = wrapped_label()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.note)
        self.error = wrapped_label("", "error")
        self.error.hide()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.save_button = self.add_step_buttons(self.tr("Save session"), settings=settings)
        self.save_button.clicked.connect(self.save_requested)

    def show_results(
        self,
        readings: tuple[Reading, ...],
        note: str,
        advice: str = "",
        *,
        values_not_restored: int = 0,
    ) -> None:
        self.show_error("")
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        self.not_restored.setText(
            plural(
                self.tr(
                    "%n value(s) kept before KneeCheck closed could not be brought back: "
                    "please check the values below.",
                    "",
                    values_not_restored,
                ),
                values_not_restored,
            )
        )
        self.not_restored.setVisible(values_not_restored > 0)
        self.table.setRowCount(len(readings))
        for row, reading in enumerate(readings):
            check = CHECKS[reading.check_id]
            cells = (
                qt_translate("Checks", check.title),
                measure_label(check, reading.measure_id, qt_translate),
                side_text(reading, Side.LEFT, qt_translate),
                side_text(reading, Side.RIGHT, qt_translate),
                comparison_text(reading, qt_translate),
                self.tr(FLAG_TEXT if reading.flagged else CLEAR_TEXT)
                if reading.asymmetry is not None
                else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.fit_table()

        self.meaning.setText(headline(readings, qt_translate))
        # Amber when something stands out, green when the sides were close.
        flagged = any(r.flagged for r in readings)
        if self.meaning.property("flagged") != flagged:
            self.meaning.setProperty("flagged", flagged)
            self.meaning.style().unpolish(self.meaning)
            self.meaning.style().polish(self.meaning)
        # One line per finding, what stands out first; equal sides need no line.
        for old in self.findings:
            old.deleteLater()
        self.findings = [
            FindingRow(reading)
            for reading in sorted(readings, key=lambda r: not r.flagged)
            if (asymmetry := reading.asymmetry) is not None
            and (asymmetry.flagged or asymmetry.worse_side is not None)
        ]
        for finding_row in self.findings:
            self.findings_layout.addWidget(finding_row)
        has_value = any(r.has_value for r in readings)
        self.save_button.setEnabled(has_value)
        if not has_value:
            self.show_error(
                self.tr(
                    "Nothing was rated, so there is nothing to save. Go back and rate at "
                    "least one side of one check, or leave."
                )
            )
        self.note.setText(
            self.tr("Your note: {note}").format(note=note) if note else self.tr("No note added.")
        )

    def findings_text(self) -> str:
        """Every finding's sentence, as a screen reader would read them in turn."""
        return "\n".join(row.sentence.text() for row in self.findings)

    def fit_table(self) -> None:
        """Columns as wide as their text when the table fits across the page; else the
        page's width shared out and the cells wrapped, so no column is pushed out of
        sight at large text sizes. The table is as tall as its rows: the page scrolls."""
        table, header = self.table, self.table.horizontalHeader()
        table.setWordWrap(False)
        need = sum(
            max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(table.columnCount())
        )
        # The page's width, less its margins and a scroll bar: known even before the
        # scroll area has been laid out.
        margins = self.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 40
        wide = need > room > 0
        header.setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
        )
        table.setWordWrap(wide)
        table.resizeRowsToContents()
        height = header.height() + 4
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_table()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
