"""A PDF's text as a reader sees it, read with a PDF library (not KneeCheck's code)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfReader

from kneeapp.ui.report_pdf import MARGIN_MM


def text_of(path: Path) -> tuple[int, str]:
    """The pages' count and the text a reader sees, in reading order."""
    reader = PdfReader(path)
    text = " ".join(visible_text(page) for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def visible_text(page: PageObject) -> str:
    """The text printed inside the page's margins. Qt also writes a line that straddles a
    page break into the next page, hidden above its top margin: a reader never sees it."""
    margin = MARGIN_MM * 72 / 25.4
    low, high = float(page.mediabox.bottom) + margin, float(page.mediabox.top) - margin
    shown: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        baseline = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if low <= baseline <= high:
            shown.append(text)

    page.extract_text(visitor_text=visit)
    return " ".join(shown)
