"""The session at a glance before saving: both sides, asymmetry, what stands out."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.observations import (
    comparison_text,
    findings_statement,
    measure_label,
    observation,
    side_text,
    why,
)
from kneeapp.domain.session import Reading
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label

COLUMNS = (
    QT_TRANSLATE_NOOP("SummaryPage", "Check"),
    QT_TRANSLATE_NOOP("SummaryPage", "Measure"),
    QT_TRANSLATE_NOOP("SummaryPage", "Left"),
    QT_TRANSLATE_NOOP("SummaryPage", "Right"),
    QT_TRANSLATE_NOOP("SummaryPage", "Asymmetry"),
    QT_TRANSLATE_NOOP("SummaryPage", "Result"),
)
FLAG_TEXT = QT_TRANSLATE_NOOP("SummaryPage", "⚑ Worth noting")
CLEAR_TEXT = QT_TRANSLATE_NOOP("SummaryPage", "✓ Close")


class SummaryPage(Page):
    save_requested = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Your results today"), self.tr("Look them over, then save."))
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
        self.meaning = wrapped_label("", "banner")
        self.body.addWidget(self.meaning)
        self.advice = wrapped_label("", "safety")
        self.advice.hide()
        self.body.addWidget(self.advice)
        self.observations = wrapped_label()
        self.observations.setTextFormat(Qt.TextFormat.RichText)
        self.observations.setAccessibleName(self.tr("What stands out"))
        self.observations.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.observations.linkActivated.connect(self._on_link_activated)
        self.body.addWidget(self.observations)
        self.why = wrapped_label()
        self.why.setAccessibleName(self.tr("Why this is pointed out"))
        self.why.hide()
        self.body.addWidget(self.why)
        self._readings: dict[str, Reading] = {}
        self.note = wrapped_label()
        self.body.addWidget(self.note)
        self.error = wrapped_label("", "error")
        self.error.hide()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.save_button = self.add_step_buttons(self.tr("Save session"))
        self.save_button.clicked.connect(self.save_requested)

    def show_results(self, readings: tuple[Reading, ...], note: str, advice: str = "") -> None:
        self.show_error("")
        self.why.hide()
        self._readings = {f"{r.check_id}/{r.measure_id}": r for r in readings}
        self.table.setRowCount(len(readings))
        for row, reading in enumerate(readings):
            check = CHECKS[reading.check_id]
            cells = (
                qt_translate("Checks", check.title),
                measure_label(check, reading.measure_id, qt_translate),
                side_text(reading, Side.LEFT, qt_translate),
                side_text(reading, Side.RIGHT, qt_translate),
                comparison_text(reading, qt_translate),
                self.tr(FLAG_TEXT if reading.flagged else CLEAR_TEXT),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.fit_table()

        # Flagged findings first: they are what the person came to learn.
        ordered = sorted(readings, key=lambda r: not r.flagged)
        items = "".join(
            f"<li style='margin-bottom:4px'>{escape(observation(r, qt_translate))} "
            f"<a href='{r.check_id}/{r.measure_id}'>{escape(self.tr('Why?'))}</a></li>"
            for r in ordered
            if (asymmetry := r.asymmetry) is not None
            and (asymmetry.flagged or asymmetry.worse_side is not None)
        )
        listing = f"<ul style='margin-left:0px; -qt-list-indent:1'>{items}</ul>"
        self.observations.setText(listing if items else "")
        self.observations.setVisible(bool(items))
        self.meaning.setText(findings_statement(readings, qt_translate))
        # Green when the sides were close, amber when something stands out.
        flagged = any(r.flagged for r in readings)
        if self.meaning.property("flagged") != flagged:
            self.meaning.setProperty("flagged", flagged)
            self.meaning.style().unpolish(self.meaning)
            self.meaning.style().polish(self.meaning)
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        self.note.setText(
            self.tr("Your note: {note}").format(note=note) if note else self.tr("No note added.")
        )

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

    def show_why(self, key: str) -> None:
        """Show the rule behind one observation; ``key`` is "check_id/measure_id"."""
        self.why.setText(why(self._readings[key], qt_translate))
        self.why.show()

    def _on_link_activated(self, link: str) -> None:
        self.show_why(link)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
