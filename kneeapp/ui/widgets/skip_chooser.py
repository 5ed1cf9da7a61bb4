"""Skipping on purpose: the reasons, one tap each, and a way back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kneeapp.domain.session import Skip
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.widgets.buttons import Button

REASONS: dict[Skip, str] = {
    Skip.NOT_DONE: QT_TRANSLATE_NOOP("SkipChooser", "Not done"),
    Skip.TOO_PAINFUL: QT_TRANSLATE_NOOP("SkipChooser", "Too painful"),
    Skip.COULD_NOT: QT_TRANSLATE_NOOP("SkipChooser", "Could not do it"),
}


class SkipChooser(QFrame):
    """A question with the three reasons for skipping and a Cancel; hidden until asked."""

    chosen = Signal(object)  # a Skip
    cancelled = Signal()

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skipChooser")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        # One above the other: whole words at any text size, large targets for a finger.
        row = QVBoxLayout()
        row.setSpacing(6)
        self.buttons: dict[Skip, Button] = {}
        for reason, text in REASONS.items():
            button = Button(self.tr(text), self)
            button.setAccessibleName(f"{question} {self.tr(text)}")
            button.clicked.connect(lambda _=False, r=reason: self._on_reason(r))
            row.addWidget(button)
            self.buttons[reason] = button
        self.cancel_button = Button(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._on_cancel)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.hide()

    def ask(self) -> None:
        self.show()
        self.buttons[Skip.NOT_DONE].setFocus()

    def _on_reason(self, reason: Skip) -> None:
        self.hide()
        self.chosen.emit(reason)

    def _on_cancel(self) -> None:
        self.hide()
        self.cancelled.emit()
