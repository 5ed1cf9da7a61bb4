"""Colour themes: one palette of named colours each, filled into the style sheet.

Every pair in ``TEXT_PAIRS`` is text drawn on a background somewhere in the app; a
test holds each pair to the WCAG AA contrast of 4.5:1 in every theme.
"""

from __future__ import annotations

from enum import StrEnum


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


LIGHT = {
    "text": "#1d232b",
    "muted": "#3d4652",
    # Example text in an empty field: readable, yet clearly lighter than typed text
    # (and in italics), so it never looks already filled in.
    "placeholder": "#646c77",
    "window": "#ffffff",
    "surface": "#f8f9fb",
    "button": "#f3f5f8",
    "hover": "#e4e9ef",
    "pressed": "#d5dce5",
    "border": "#c9ced6",
    "border_strong": "#7b8594",
    "focus": "#d9480f",
    "focus_bg": "#fff1e8",
    "accent": "#1f6fb2",
    "accent_hover": "#185d96",
    "on_accent": "#ffffff",
    "disabled_text": "#5f6773",
    "disabled_bg": "#eceff3",
    "disabled_accent": "#b7c9da",
    "info_bg": "#eef4fa",
    "flag_bg": "#fdf0e8",
    "flag_edge": "#b43c00",
    "ok_bg": "#e7f4ea",
    "ok_edge": "#2f7d45",
    "warn_bg": "#fff4e5",
    "warn_edge": "#b45f06",
    "error_bg": "#fdeceb",
    "error_edge": "#b3261e",
    "error_text": "#7a1712",
    "danger": "#b3261e",
    "on_danger": "#ffffff",
    "header_bg": "#eef1f5",
    "grid": "#e1e5ea",
    "link": "#185d96",
    # A chosen answer: dark, not the blue of the button that moves on, so it never
    # looks like the recommended one.
    "chosen": "#3d4652",
    "on_chosen": "#ffffff",
    # The chosen row of a list (never the platform's blue, which ignores the theme).
    "selection": "#1f6fb2",
    "on_selection": "#ffffff",
    # Charts: left blue with circles, right orange with triangles (the captions say so
    # in every theme), the asymmetry in the text colour; the bar where both sides were
    # pointed out is drawn translucent.
    "chart_left": "#1f6fb2",
    "chart_right": "#b43c00",
    "chart_line": "#1d232b",
    "chart_pointed": "#78288c",
}

DARK = {
    **LIGHT,
    "text": "#e8eaed",
    "muted": "#c0c6cf",
    "placeholder": "#959ca6",
    "window": "#17191c",
    "surface": "#202328",
    "button": "#2a2e34",
    "hover": "#343940",
    "pressed": "#3d434b",
    "border": "#4a5059",
    "border_strong": "#8a939f",
    "focus": "#ff8a50",
    "focus_bg": "#3a2418",
    "accent": "#2b74c0",
    "accent_hover": "#225f9e",
    "on_accent": "#ffffff",
    "disabled_text": "#a3abb6",
    "disabled_bg": "#2a2e34",
    "disabled_accent": "#34495e",
    "info_bg": "#1e2a36",
    "flag_bg": "#3a2418",
    "flag_edge": "#ff8a50",
    "ok_bg": "#1d3124",
    "ok_edge": "#5cb87a",
    "warn_bg": "#3a2d14",
    "warn_edge": "#e0a030",
    "error_bg": "#3d1e1e",
    "error_edge": "#ff6b60",
    "error_text": "#ffb4ab",
    "danger": "#b3261e",
    "on_danger": "#ffffff",
    "header_bg": "#262a30",
    "grid": "#343940",
    "link": "#8cc4ff",
    "chosen": "#c0c6cf",
    "on_chosen": "#17191c",
    "selection": "#2b74c0",
    "on_selection": "#ffffff",
    "chart_left": "#6cb4ff",
    "chart_right": "#ff9a5c",
    "chart_line": "#e8eaed",
    "chart_pointed": "#c27ad6",
}

HIGH_CONTRAST = {
    **LIGHT,
    "text": "#ffffff",
    "muted": "#ffffff",
    "placeholder": "#b0b0b0",
    "window": "#000000",
    "surface": "#000000",
    "button": "#000000",
    "hover": "#1a1a1a",
    "pressed": "#333333",
    "border": "#ffffff",
    "border_strong": "#ffffff",
    "focus": "#00ffff",
    "focus_bg": "#003333",
    "accent": "#ffff00",
    "accent_hover": "#ffff66",
    "on_accent": "#000000",
    "disabled_text": "#c0c0c0",
    "disabled_bg": "#000000",
    "disabled_accent": "#666600",
    "info_bg": "#000000",
    "flag_bg": "#000000",
    "flag_edge": "#ffff00",
    "ok_bg": "#000000",
    "ok_edge": "#00ff00",
    "warn_bg": "#000000",
    "warn_edge": "#ffff00",
    "error_bg": "#000000",
    "error_edge": "#ff6060",
    "error_text": "#ffffff",
    "danger": "#ffffff",
    "on_danger": "#000000",
    "header_bg": "#000000",
    "grid": "#ffffff",
    "link": "#ffff00",
    "chosen": "#ffffff",
    "on_chosen": "#000000",
    "selection": "#ffff00",
    "on_selection": "#000000",
    "chart_left": "#66b8ff",
    "chart_right": "#ffa040",
    "chart_line": "#ffffff",
    "chart_pointed": "#ff66ff",
}

PALETTES: dict[Theme, dict[str, str]] = {
    Theme.LIGHT: LIGHT,
    Theme.DARK: DARK,
    Theme.HIGH_CONTRAST: HIGH_CONTRAST,
}

# (text colour, background colour) as used together in the style sheet.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("muted", "window"),
    ("placeholder", "window"),
    ("text", "surface"),
    ("text", "button"),
    ("text", "hover"),
    ("on_accent", "accent"),
    ("on_accent", "accent_hover"),
    ("text", "info_bg"),
    ("text", "flag_bg"),
    ("text", "ok_bg"),
    ("text", "warn_bg"),
    ("error_text", "error_bg"),
    ("on_danger", "danger"),
    ("text", "header_bg"),
    ("text", "focus_bg"),
    ("disabled_text", "disabled_bg"),
    ("link", "window"),
    ("on_chosen", "chosen"),
    ("link", "surface"),
    ("link", "info_bg"),
    ("muted", "surface"),
    ("muted", "info_bg"),
    ("on_selection", "selection"),
)

# (graphic colour, background colour): lines, symbols and axes a person must see, held
# to WCAG's 3:1 for what is not text. Charts are drawn on the window colour.
GRAPHIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("chart_left", "window"),
    ("chart_right", "window"),
    ("chart_line", "window"),
    ("border_strong", "window"),
)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
