"""The look of the application: the style sheet filled in with a theme and a text size."""

from __future__ import annotations

from enum import StrEnum
from string import Template

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QWidget

from kneeapp.ui.resource_files import resource_path
from kneeapp.ui.themes import LIGHT, PALETTES, Theme, contrast_ratio


class TextSize(StrEnum):
    NORMAL = "normal"
    LARGE = "large"
    EXTRA_LARGE = "extra_large"


TEXT_SCALE = {TextSize.NORMAL: 1.0, TextSize.LARGE: 1.25, TextSize.EXTRA_LARGE: 1.5}
# Pixel sizes at normal text size.
FONT_SIZES = {"base": 17, "large": 20, "title": 28}
# A kiosk is read from further away and touched rather than clicked.
KIOSK_SCALE = 1.25
# The property a styled window keeps its resolved theme in (see theme_colours).
THEME_PROPERTY = "kneecheckTheme"
# The sizes of the icon's PNGs in resources/icons/hicolor.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resolve_theme(theme: Theme) -> Theme:
    """ "Follow the system" becomes light or dark, as the desktop says."""
    if theme is not Theme.SYSTEM:
        return theme
    # The system palette follows the desktop's light or dark setting. It is asked
    # rather than styleHints().colorScheme(), whose answer is a Qt enum: see
    # kneeapp.ui.properties.
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    dark = text > palette.color(QPalette.ColorRole.Window).lightness()
    return Theme.DARK if dark else Theme.LIGHT


def screen_scale(height: int) -> float:
    """How much larger a kiosk's text is on a big screen: by the screen's height, in
    steps of a tenth, from 1 (768 px and less) to 1.5."""
    return min(1.5, max(1.0, round(height / 860, 1)))


def base_font_px(text_size: TextSize, *, kiosk: bool, screen: float = 1.0) -> int:
    """The body text's size in pixels, as the style sheet sets it."""
    scale = TEXT_SCALE[text_size] * (KIOSK_SCALE * screen if kiosk else 1.0)
    return round(FONT_SIZES["base"] * scale)


def style_sheet(
    *,
    theme: Theme = Theme.LIGHT,
    text_size: TextSize = TextSize.NORMAL,
    kiosk: bool = False,
    screen: float = 1.0,
) -> str:
    """``screen``: a kiosk's scale for its screen (see screen_scale)."""
    scale = TEXT_SCALE[text_size] * (KIOSK_SCALE * screen if kiosk else 1.0)
    values = {name: str(round(size * scale)) for name, size in FONT_SIZES.items()}
    values.update(PALETTES[resolve_theme(theme)])
    values["icons"] = resource_path("icons").as_posix()
    values["tick"] = tick_icon(values["accent"])
    values["chevron"] = icon_for("chevron_down", values["window"])
    values["step_up"] = icon_for("step_up", values["button"])
    values["step_down"] = icon_for("step_down", values["button"])
    text = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    if kiosk:
        # Touch sizes for a shared screen: every target at least 44 px, finger-sized thumbs.
        text += resource_path("styles", "kiosk.qss").read_text(encoding="utf-8")
    return Template(text).substitute(values)


def tick_icon(box: str) -> str:
    """The check box tick that stands out on a ticked box of colour ``box``: white on a
    dark box, black on a light one (the high contrast theme's yellow)."""
    white = contrast_ratio("#ffffff", box) >= contrast_ratio("#000000", box)
    return "check.svg" if white else "check_dark.svg"


def icon_for(name: str, background: str) -> str:
    """The file of icon ``name`` drawn to stand out on ``background``: dark strokes
    (``name``.svg) on a light one, white strokes (``name``_light.svg) on a dark one."""
    light = contrast_ratio("#ffffff", background) > contrast_ratio("#1d232b", background)
    return f"{name}_light.svg" if light else f"{name}.svg"


def theme_colours(widget: QWidget) -> dict[str, str]:
    """The palette of the theme ``widget``'s window is styled with; light for a widget
    drawn on its own (e.g. a chart for the printed report)."""
    name = widget.window().property(THEME_PROPERTY)
    return PALETTES[Theme(name)] if isinstance(name, str) and name in PALETTES else LIGHT


def apply_style(
    window: QWidget,
    *,
    theme: Theme = Theme.LIGHT,
    text_size: TextSize = TextSize.NORMAL,
    kiosk: bool = False,
    screen: float = 1.0,
) -> None:
    """Style one top-level window, so embedders and tests see the real look."""
    resolved = resolve_theme(theme)
    # Before the style sheet: its change tells the charts to take the theme's colours.
    window.setProperty(THEME_PROPERTY, resolved.value)
    window.setStyleSheet(style_sheet(theme=theme, text_size=text_size, kiosk=kiosk, screen=screen))
    # Links in rich text and selected text take their colours from the palette, not the
    # style sheet.
    colours = PALETTES[resolved]
    palette = window.palette()
    for role, name in (
        (QPalette.ColorRole.Link, "link"),
        (QPalette.ColorRole.LinkVisited, "link"),
        (QPalette.ColorRole.Highlight, "selection"),
        (QPalette.ColorRole.HighlightedText, "on_selection"),
    ):
        palette.setColor(role, QColor(colours[name]))
    window.setPalette(palette)


def application_icon() -> QIcon:
    """The KneeCheck icon: crisp PNGs at the usual sizes (16 to 512 pixels).

    Each PNG is added with its size, so Qt reads only the one a screen asks for, when
    it asks; the SVG would load the SVG engine just for this.
    """
    icon = QIcon()
    for side in ICON_SIZES:
        png = resource_path("icons", "hicolor", f"{side}x{side}", "apps", "kneeapp.png")
        icon.addFile(str(png), QSize(side, side))
    return icon
