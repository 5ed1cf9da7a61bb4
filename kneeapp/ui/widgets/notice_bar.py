"""A message in the window with a few answers: the one way KneeCheck asks a question
(a kept draft, a damaged data file, leaving a session, deleting) without a modal dialog.

Modal dialogs block tests and, on a kiosk, can end up behind the window; this bar stays
in the window and a test answers it by clicking like a person would."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.widgets.buttons import Button


class NoticeBar(QFrame):
    chosen = Signal(str)  # the key of the answer
    # The answers to a yes/no question asked with ``confirm``.
    confirmed = Signal()
    cancelled = Signal()

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
        self._yes_no = False
        self._on_answer: dict[str, Callable[[], object] | None] = {}
        self.chosen.connect(self._on_chosen)
        self.hide()

    def confirm(
        self,
        message: str,
        *,
        confirm: str,
        cancel: str,
        on_confirm: Callable[[], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
    ) -> None:
        """Ask a yes/no question: the bar hides, then ``on_confirm`` or ``on_cancel`` runs
        and ``confirmed`` or ``cancelled`` is emitted. The safe answer takes the focus, so
        Enter never discards by accident."""
        self.ask(message, [("cancel", cancel, ""), ("confirm", confirm, "danger")])
        self._yes_no = True
        self._on_answer = {"confirm": on_confirm, "cancel": on_cancel}

    @property
    def confirm_button(self) -> Button:
        return self.buttons["confirm"]

    @property
    def cancel_button(self) -> Button:
        return self.buttons["cancel"]

    def ask(self, message: str, answers: Sequence[tuple[str, str, str]]) -> None:
        """Show ``message`` with buttons of (key, text, role); the first one takes the focus."""
        self._yes_no = False
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

    def _on_chosen(self, key: str) -> None:
        if not self._yes_no:
            return
        then = self._on_answer.get(key)
        self.ask_nothing()
        if then is not None:
            then()
        (self.confirmed if key == "confirm" else self.cancelled).emit()

    def ask_nothing(self) -> None:
        """Hidden, with no question left to ask."""
        self._yes_no = False
        self._on_answer = {}
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.hide()
