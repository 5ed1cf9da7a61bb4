"""Watching for a screen left alone: "Are you still there?", then a clean start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kneeapp.domain.kiosk import IdlePhase, IdleTimer
from kneeapp.ui.pages.base import wrapped_label
from kneeapp.ui.widgets.buttons import Button

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,  # an on-screen keyboard types through the input method
    }
)
TICK_MS = 500


class IdleWatcher(QObject):
    """Counts time without input on the application; ``tick`` moves it on.

    A QTimer calls ``tick`` in the app; tests call it after moving their clock.
    ``armed`` says whether there is anything to clear (a clean start screen is not).
    """

    warning = Signal(int)  # seconds left; sent on every tick while warning
    resumed = Signal()
    expired = Signal()

    def __init__(
        self,
        clock: Callable[[], float],
        timeout: float,
        armed: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._armed = armed
        self.timer_state = IdleTimer(timeout, clock())
        self.phase = IdlePhase.ACTIVE
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def set_timeout(self, seconds: float) -> None:
        self.timer_state.timeout = seconds
        self.touch()

    def touch(self) -> None:
        self.timer_state.touch(self._clock())
        if self.phase is not IdlePhase.ACTIVE:
            self.phase = IdlePhase.ACTIVE
            self.resumed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.touch()
        return False

    def tick(self) -> None:
        now = self._clock()
        if not self._armed():
            self.timer_state.touch(now)
            phase = IdlePhase.ACTIVE
        else:
            phase = self.timer_state.phase(now)
        if phase is IdlePhase.ACTIVE:
            if self.phase is IdlePhase.WARNING:
                self.phase = phase
                self.resumed.emit()
            return
        if phase is IdlePhase.WARNING:
            self.phase = phase
            self.warning.emit(self.timer_state.seconds_left(now))
            return
        self.phase = IdlePhase.ACTIVE
        self.timer_state.touch(now)
        self.expired.emit()


class IdleOverlay(QFrame):
    """Covers the window while counting down; a touch anywhere keeps the session."""

    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.card = card = QFrame(self)
        card.setObjectName("idleCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.setSpacing(18)
        self.question = wrapped_label("", "pageTitle")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        self.seconds = wrapped_label("", "idleSeconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.seconds)
        self.countdown = wrapped_label("")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.countdown)
        self.button = Button("", card, role="primary")
        # One large button that keeps everything (88 px high: kiosk.qss).
        self.button.clicked.connect(self.still_here)
        layout.addWidget(self.button)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.seconds.setAccessibleName(self.tr("Time left"))
        self.countdown.setText(
            self.tr(
                "For privacy, the screen then clears and anything not saved is discarded. "
                "Touch the screen to carry on."
            )
        )
        self.button.setText(self.tr("I'm still here"))

    def show_countdown(self, seconds: int) -> None:
        self.seconds.setText(self.tr("The screen clears in {seconds} s").format(seconds=seconds))
        if not self.isVisible():
            self._fit()
            self.show()
            self.raise_()
            self.button.setFocus()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            # A fixed width lets the wrapped text take the height it needs.
            width = min(760, max(320, parent.width() - 48))
            self.card.setFixedWidth(width)
            # And the height that width needs, or large text is cut off at the bottom.
            self.card.setFixedHeight(min(self.card.heightForWidth(width), parent.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False
