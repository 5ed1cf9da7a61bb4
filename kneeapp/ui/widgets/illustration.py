"""An SVG illustration that keeps its proportions at any size, its labels translated."""

from __future__ import annotations

import re
from html import escape, unescape

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.resource_files import resource_path

# The words drawn inside the illustrations, so that lupdate offers them for translation.
LABELS = (
    QT_TRANSLATE_NOOP("Illustration", "shin over toes"),
    QT_TRANSLATE_NOOP("Illustration", "hips forward"),
    QT_TRANSLATE_NOOP("Illustration", "hips up"),
    QT_TRANSLATE_NOOP("Illustration", "knee over toes"),
    QT_TRANSLATE_NOOP("Illustration", "press knee flat"),
    QT_TRANSLATE_NOOP("Illustration", "none"),
    QT_TRANSLATE_NOOP("Illustration", "slight"),
    QT_TRANSLATE_NOOP("Illustration", "marked"),
)
_TEXT = re.compile(r"(<text\b[^>]*>)([^<]*)(</text>)")


def translated_svg(data: str) -> str:
    """The SVG with each ``<text>`` label in the current language."""

    def label(match: re.Match[str]) -> str:
        words = QCoreApplication.translate("Illustration", unescape(match.group(2)))
        return match.group(1) + escape(words, quote=False) + match.group(3)

    return _TEXT.sub(label, data)


class Illustration(QSvgWidget):
    def __init__(self, file_name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        svg = resource_path("illustrations", file_name).read_text(encoding="utf-8")
        self.load(QByteArray(translated_svg(svg).encode("utf-8")))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setAccessibleName(description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)

    def sizeHint(self) -> QSize:
        return QSize(420, 280)
