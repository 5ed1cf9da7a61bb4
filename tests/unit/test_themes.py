"""Every theme keeps text readable: WCAG AA (4.5:1) for each text/background pair."""

from __future__ import annotations

import re

import pytest

from kneeapp.ui.resource_files import resource_path
from kneeapp.ui.themes import GRAPHIC_PAIRS, PALETTES, TEXT_PAIRS, Theme, contrast_ratio


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", list(PALETTES))
@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_pairs_meet_wcag_aa(theme: Theme, text: str, background: str) -> None:
    palette = PALETTES[theme]
    ratio = contrast_ratio(palette[text], palette[background])
    assert ratio >= 4.5, f"{theme}: {text} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", list(PALETTES))
@pytest.mark.parametrize(("graphic", "background"), GRAPHIC_PAIRS)
def test_graphics_meet_wcag_non_text_contrast(theme: Theme, graphic: str, background: str) -> None:
    palette = PALETTES[theme]
    ratio = contrast_ratio(palette[graphic], palette[background])
    assert ratio >= 3.0, f"{theme}: {graphic} on {background} is {ratio:.2f}:1"


def test_style_sheet_uses_only_palette_colours() -> None:
    sheet = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b", sheet), "a literal colour bypasses the themes"
    names = set(re.findall(r"\$\{(\w+)\}", sheet)) - {
        "base",
        "large",
        "title",
        "icons",
        "tick",
        "chevron",
        "step_up",
        "step_down",
    }
    for palette in PALETTES.values():
        assert names <= set(palette)
