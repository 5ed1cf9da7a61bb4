"""An SVG illustration that keeps its proportions at any size."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

from kneeapp.ui.resource_files import resource_path


class Illustration(QSvgWidget):
    def __init__(self, file_name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(str(resource_path("illustrations", file_name)), parent)
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setAccessibleName(description)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)

    def sizeHint(self) -> QSize:
        return QSize(420, 280)
