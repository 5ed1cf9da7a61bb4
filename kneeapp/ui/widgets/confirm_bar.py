"""An in-window question with two answers, used instead of a modal dialog.

Modal dialogs block tests and, on a kiosk, can end up behind the window; this bar
stays in the window and a test answers it by clicking like a person would.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.widgets.buttons import Button


class ConfirmBar(QFrame):
    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.message = QLabel(self)
        set_enum_property(self.message, "textFormat", "PlainText")  # it may name a patient
        self.message.setWordWrap(True)
        self.cancel_button = Button("", self)
        self.confirm_button = Button("", self, role="danger")
        layout.addWidget(self.message, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.confirm_button)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.hide()

    def ask(self, message: str, *, confirm: str, cancel: str) -> None:
        self.message.setText(message)
        self.confirm_button.setText(confirm)
        self.cancel_button.setText(cancel)
        self.show()
        # The safe answer takes the focus, so Enter never discards by accident.
        self.cancel_button.setFocus()

    def _on_cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def _on_confirm(self) -> None:
        self.hide()
        self.confirmed.emit()
