"""Buttons that also answer Enter, and a row of mutually exclusive choices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Button(QPushButton):
    """A push button that Enter and Return press too, not only Space."""

    def __init__(self, text: str, parent: QWidget | None = None, *, role: str = "") -> None:
        super().__init__(text, parent)
        if role:
            self.setObjectName(role)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return or Enter, asked without event.key(): see kneeapp.ui.properties.
        if event.matches(QKeySequence.StandardKey.InsertParagraphSeparator) and self.isEnabled():
            self.click()
            return
        super().keyPressEvent(event)


class ChoiceRow(QWidget):
    """Large toggle buttons of which at most one is chosen; none at first."""

    chosen = Signal(int)

    def __init__(
        self,
        labels: Sequence[str],
        accessible_prefix: str,
        parent: QWidget | None = None,
        *,
        min_width: int = 96,
        vertical: bool = False,
        columns: int = 0,
    ) -> None:
        super().__init__(parent)
        layout: QBoxLayout | QGridLayout
        if columns:  # a grid of that many columns, filled row by row
            layout = QGridLayout(self)
        else:
            layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # One group, named for what it answers: assistive technology reads its buttons
        # as radio buttons ("No, radio button, 1 of 2"), as they behave.
        if accessible_prefix:
            self.setAccessibleName(accessible_prefix)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: list[Button] = []
        for index, label in enumerate(labels):
            button = Button(label, self, role="choice")
            button.setCheckable(True)
            # Exclusive buttons are radio buttons to assistive technology (the group
            # below keeps them exclusive, and lets the choice be emptied again).
            button.setAutoExclusive(True)
            button.setMinimumWidth(min_width)
            button.setAccessibleName(f"{accessible_prefix}: {label}")
            self._group.addButton(button, index)
            if isinstance(layout, QGridLayout):
                layout.addWidget(button, index // columns, index % columns)
            else:
                layout.addWidget(button)
            self.buttons.append(button)
        # Followed through toggled, not clicked: assistive technology checks a button
        # with its Toggle action, which never clicks.
        self._setting = False
        self._group.idToggled.connect(self._on_id_toggled)

    def set_labels(self, labels: Sequence[str], accessible_prefix: str) -> None:
        """The same choices in other words (another language)."""
        if accessible_prefix:
            self.setAccessibleName(accessible_prefix)
        for button, label in zip(self.buttons, labels, strict=True):
            button.setText(label)
            button.setAccessibleName(f"{accessible_prefix}: {label}")

    def choice(self) -> int | None:
        index = self._group.checkedId()
        return None if index < 0 else index

    def _on_id_toggled(self, index: int, checked: bool) -> None:
        if checked and not self._setting:
            self.chosen.emit(index)

    def set_choice(self, index: int | None) -> None:
        """Show ``index`` as chosen (None: nothing), without reporting it as chosen."""
        self._setting = True
        try:
            self._show_choice(index)
        finally:
            self._setting = False

    def _show_choice(self, index: int | None) -> None:
        if index is None:
            # An exclusive group cannot be emptied while exclusive.
            self._group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self.buttons[index].setChecked(True)
