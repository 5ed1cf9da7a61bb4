"""A free-text note for the session: how the last run felt, how far it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

from kneeapp.domain.session import NOTE_MAX_LENGTH
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.hints import show_hint


class NoteEdit(QPlainTextEdit):
    """Plain text that lets Tab move on, so the keyboard never gets stuck in it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)


class NotePage(Page):
    def __init__(self, *, settings: bool = True) -> None:
        """``settings``: a way to the settings (not on a kiosk)."""
        super().__init__(
            self.tr("Add a note (optional)"),
            self.tr("A few words help you and your physical therapist read the results later."),
        )
        self.edit = NoteEdit()
        self.edit.setTabChangesFocus(True)
        show_hint(
            self.edit,
            self.tr("For example: 8 km easy yesterday, left knee ached on the downhill."),
        )
        self.edit.setAccessibleName(self.tr("Note"))
        self.edit.setMinimumHeight(160)
        self.body.addWidget(self.edit)
        self.counter = wrapped_label()
        self.body.addWidget(self.counter)
        self.body.addStretch(1)
        self.next_button = self.add_step_buttons(self.tr("See summary"), settings=settings)
        self.next_button.clicked.connect(self.next_requested)
        self.edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _on_text_changed(self) -> None:
        length = len(self.edit.toPlainText())
        too_long = length > NOTE_MAX_LENGTH
        if too_long:
            text = self.tr(
                "{length} of %n characters: please shorten the note.", "", NOTE_MAX_LENGTH
            )
        else:
            text = self.tr("{length} of %n characters", "", NOTE_MAX_LENGTH)
        self.counter.setText(text.format(length=length))
        self.next_button.setEnabled(not too_long)
