"""A wrapped label as tall as the longest text it can show, so nothing below it moves
when its text changes (a value or a comparison following a slider)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

from kneeapp.ui.properties import set_enum_property


class ReservedLabel(QLabel):
    """``samples`` gives the texts the label may show (in the current language); the
    label's height at any width is the tallest of them there."""

    def __init__(self, samples: Callable[[], list[str]], object_name: str = "") -> None:
        super().__init__()
        self.samples = samples
        self._twin = QLabel(self)  # measures the samples, never shown
        for label in (self, self._twin):
            label.setObjectName(object_name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self._twin.hide()
        set_enum_property(self, "textInteractionFlags", "NoTextInteraction")
        self._measured: dict[tuple[int, tuple[str, ...]], int] = {}

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        texts = tuple(self.samples())
        key = (width, texts)
        if key not in self._measured:
            self._twin.ensurePolished()
            tallest = 0
            for text in texts:
                self._twin.setText(text)
                tallest = max(tallest, self._twin.heightForWidth(width))
            if len(self._measured) > 64:
                self._measured.clear()
            self._measured[key] = tallest
        return max(own, self._measured[key])

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))
