"""The look of the application: the style sheet with its font sizes filled in."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from kneeapp.ui.resource_files import resource_path

# Pixel sizes; a kiosk is read from further away and touched rather than clicked.
FONT_SIZES = {"base": 17, "large": 20, "title": 28}
KIOSK_SCALE = 1.25


def style_sheet(*, kiosk: bool = False) -> str:
    scale = KIOSK_SCALE if kiosk else 1.0
    values = {name: str(round(size * scale)) for name, size in FONT_SIZES.items()}
    values["icons"] = resource_path("icons").as_posix()
    text = resource_path("styles", "light.qss").read_text(encoding="utf-8")
    return Template(text).substitute(values)


def apply_style(window: QWidget, *, kiosk: bool = False) -> None:
    """Style one top-level window, so embedders and tests see the real look."""
    window.setStyleSheet(style_sheet(kiosk=kiosk))


def application_icon() -> QIcon:
    """The KneeCheck icon: crisp PNGs at the usual sizes, the SVG for the rest."""
    icon = QIcon(str(resource_path("icons", "kneeapp.svg")))
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/kneeapp.png")):
        icon.addFile(str(png))
    return icon
