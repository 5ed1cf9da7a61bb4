"""What every full-window page shares: a title, a scrolling body and a button bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.widgets.buttons import Button


def wrapped_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    # Plain unless a page asks for more: a name or note with tags stays text.
    set_enum_property(label, "textFormat", "PlainText")
    label.setWordWrap(True)
    set_enum_property(label, "textInteractionFlags", "NoTextInteraction")
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
    # Session pages offer the settings (e.g. the language) without leaving the session.
    settings_requested = Signal()

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
        set_enum_property(self.scroll_area, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        # The scroll area itself takes no focus: Tab goes straight to the controls.
        set_enum_property(self.scroll_area, "focusPolicy", "NoFocus")
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(14)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)

        # Where the keyboard focus lands when the page is shown.
        self.initial_focus: QWidget | None = None
        # A way to the settings, on the pages that have one (see add_settings_button).
        self.settings_button: Button | None = None
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        outer.addLayout(self.buttons)

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)

    def set_subtitle(self, subtitle: str) -> None:
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

    def add_step_buttons(self, forward_text: str, *, settings: bool = True) -> Button:
        """The bar of a step in a session: Leave and (``settings``) Settings on the left,
        Back and the way forward (returned, for the page to connect) on the right."""
        self.leave_button = self.add_button(QCoreApplication.translate("Page", "Leave"))
        if settings:
            self.add_settings_button()
        self.buttons.addStretch(1)
        self.back_button = self.add_button(QCoreApplication.translate("Page", "Back"))
        self.leave_button.clicked.connect(self.leave_requested)
        self.back_button.clicked.connect(self.back_requested)
        return self.add_button(forward_text, role="primary")

    def add_settings_button(self) -> Button:
        """A "Settings" button for a page inside a session (the language can change there)."""
        self.settings_button = self.add_button(QCoreApplication.translate("Page", "Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        return self.settings_button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_buttons()

    def fit_buttons(self) -> None:
        """Buttons side by side when they fit, else one above the other: large text in a
        long language must not cut a button's words off."""
        margins = self.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        widgets = [
            item.widget()
            for index in range(self.buttons.count())
            if (item := self.buttons.itemAt(index)) is not None and item.widget() is not None
        ]
        shown = [w for w in widgets if w is not None and not w.isHidden()]
        need = sum(
            w.minimumSizeHint().width() if isinstance(w, QLabel) else w.sizeHint().width()
            for w in shown
        )
        need += self.buttons.spacing() * max(0, len(shown) - 1)
        direction = (
            QBoxLayout.Direction.LeftToRight if need <= room else QBoxLayout.Direction.TopToBottom
        )
        if self.buttons.direction() != direction:
            self.buttons.setDirection(direction)

    def add_button(self, text: str, *, role: str = "", stretch_before: bool = False) -> Button:
        if stretch_before:
            self.buttons.addStretch(1)
        button = Button(text, self, role=role)
        self.buttons.addWidget(button)
        return button
