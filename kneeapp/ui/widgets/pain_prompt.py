"""The question a check page asks, in view, when a side's pain is severe: stop this check,
stop the whole self-check, or carry on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.text import format_number
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.widgets.buttons import Button


class PainPrompt(QFrame):
    stop_check = Signal()
    stop_session = Signal()
    carry_on = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("painPrompt")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.text = QLabel()
        set_enum_property(self.text, "textFormat", "PlainText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Severe pain"))
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.stop_check_button = Button(self.tr("Stop this check"), role="primary")
        self.stop_session_button = Button(self.tr("Stop the whole self-check"))
        self.carry_on_button = Button(self.tr("Carry on"))
        for button, signal in (
            (self.stop_check_button, self.stop_check),
            (self.stop_session_button, self.stop_session),
            (self.carry_on_button, self.carry_on),
        ):
            row.addWidget(button)
            button.clicked.connect(self.hide)
            button.clicked.connect(signal)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def ask(self, side: Side, value: float) -> None:
        template = (
            self.tr(
                "Your left side hurts {value} of 10. Pain like this is a reason to stop: "
                "stop this check, or the whole self-check? What you rated so far is kept."
            )
            if side is Side.LEFT
            else self.tr(
                "Your right side hurts {value} of 10. Pain like this is a reason to stop: "
                "stop this check, or the whole self-check? What you rated so far is kept."
            )
        )
        self.text.setText(template.format(value=format_number(value, qt_translate)))
        self.show()
        self.stop_check_button.setFocus()
