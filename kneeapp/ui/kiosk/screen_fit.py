"""A kiosk's page fitted to its screen: text scaled by the screen's height, and the page
no wider than about 70 characters of its text, centred (wider for the lists and charts
of a history and clinician mode)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.style import TextSize, base_font_px, screen_scale

LINE_CHARACTERS = 70
WIDE = 1.6  # a history's list beside its details, the clinician's patients
PAGE_ROOM = 2 * 28 + 44 + 16  # a page's margins, its scroll bar and a little air


class ScreenFit(QObject):
    def __init__(self, window: MainWindow, is_wide: Callable[[QWidget], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.is_wide = is_wide
        # The window, built for a kiosk, centres its pages between equal margins: a page
        # no wider than its maximum width leaves the rest to them.
        window.installEventFilter(self)
        window.page_changed.connect(self.fit_width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        self.window.set_screen_scale(screen_scale(self.window.height()))
        self.fit_width(self.window.current_page())

    def line_width(self) -> int:
        """About LINE_CHARACTERS characters of body text, in pixels."""
        font = QFont(self.window.font())
        font.setPixelSize(
            base_font_px(
                TextSize(self.window.display.text_size),
                kiosk=True,
                screen=self.window.screen_scale,
            )
        )
        return QFontMetrics(font).averageCharWidth() * LINE_CHARACTERS

    def fit_width(self, page: QWidget | None) -> None:
        width = self.line_width()
        if page is not None and self.is_wide(page):
            width = round(width * WIDE)
        self.window.stack.setMaximumWidth(width + PAGE_ROOM)
