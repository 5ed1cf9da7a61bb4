"""What every full-window page shares: a title, a scrolling body and a button bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kneeapp.ui.widgets.buttons import Button


def wrapped_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if object_name:
        label.setObjectName(object_name)
    return label


class Page(QWidget):
    """A page with a heading, a body that scrolls when text is large, and a button bar.

    Pages inside a session emit the navigation signals; the window decides where they lead.
    """

    back_requested = Signal()
    next_requested = Signal()
    leave_requested = Signal()

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 16)
        outer.setSpacing(12)
        self.title = wrapped_label(title, "pageTitle")
        self.title.setAccessibleName(title)
        outer.addWidget(self.title)
        self.subtitle = wrapped_label(subtitle, "subtitle")
        self.subtitle.setVisible(bool(subtitle))
        outer.addWidget(self.subtitle)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The scroll area itself takes no focus: Tab goes straight to the controls.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(14)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)

        # Where the keyboard focus lands when the page is shown.
        self.initial_focus: QWidget | None = None
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        outer.addLayout(self.buttons)

    def add_button(self, text: str, *, role: str = "", stretch_before: bool = False) -> Button:
        if stretch_before:
            self.buttons.addStretch(1)
        button = Button(text, self, role=role)
        self.buttons.addWidget(button)
        return button
