"""A message at the top of the window with a few answers: the way KneeCheck asks
about a kept draft or a damaged data file without a modal dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.widgets.buttons import Button


class NoticeBar(QFrame):
    chosen = Signal(str)  # the key of the answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmBar")  # the same look as the leave question
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 10, 16, 10)
        self.message = QLabel(self)
        set_enum_property(self.message, "textFormat", "PlainText")  # it may quote a name or path
        self.message.setWordWrap(True)
        self._layout.addWidget(self.message, 1)
        self.buttons: dict[str, Button] = {}
        self.hide()

    def ask(self, message: str, answers: Sequence[tuple[str, str, str]]) -> None:
        """Show ``message`` with buttons of (key, text, role); the first one takes the focus."""
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.message.setText(message)
        for key, text, role in answers:
            button = Button(text, self, role=role)
            button.clicked.connect(lambda _=False, key=key: self.chosen.emit(key))
            self._layout.addWidget(button)
            self.buttons[key] = button
        self.show()
        if self.buttons:
            next(iter(self.buttons.values())).setFocus()

    def ask_nothing(self) -> None:
        """Hidden, with no question left to ask."""
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.hide()
