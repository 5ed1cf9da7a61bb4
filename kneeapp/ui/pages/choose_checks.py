"""The first step of a session: which checks to do today."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox

from kneeapp.domain.checks import CATALOG, CORE_CHECK_IDS
from kneeapp.domain.observations import capitalized
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button


def _checks(text: str) -> str:
    return QCoreApplication.translate("Checks", text)


class ChooseChecksPage(Page):
    def __init__(self, selected: Iterable[str], *, settings: bool = True) -> None:
        """``settings``: a way to the settings (not on a kiosk)."""
        super().__init__(
            self.tr("Which checks today?"),
            self.tr("All five take about ten minutes. Short of time? The first two are the core."),
        )
        chosen = set(selected)
        self.boxes: dict[str, QCheckBox] = {}
        for check in CATALOG:
            # The check's name on the box; what it looks at, in plain words, under it (a
            # check box's text does not wrap: at large text it would be cut off).
            box = QCheckBox(_checks(check.title))
            box.setChecked(check.id in chosen)
            box.setAccessibleDescription(
                self.tr("{target}. {purpose}").format(
                    target=capitalized(_checks(check.plain_target)),
                    purpose=_checks(check.purpose),
                )
            )
            box.toggled.connect(self._update)
            self.boxes[check.id] = box
            self.body.addWidget(box)
            looks_at = wrapped_label(capitalized(_checks(check.plain_target)), "caption")
            looks_at.setContentsMargins(36, 0, 0, 4)
            self.body.addWidget(looks_at)
        # Quick choices, both ways: the core two when short of time, and back to all.
        self.core_button = Button(self.tr("Just the core two: step test and kneeling lunge"))
        self.all_button = Button(self.tr("All five checks"))
        # One above the other: side by side they do not fit at large text sizes.
        for button in (self.core_button, self.all_button):
            self.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.hint = wrapped_label()
        self.body.addWidget(self.hint)
        self.body.addStretch(1)
        self.leave_button = self.add_button(self.tr("Leave"))
        if settings:
            self.add_settings_button()
        self.buttons.addStretch(1)
        self.next_button = self.add_button(self.tr("Continue"), role="primary")
        self.core_button.clicked.connect(self._on_core_clicked)
        self.all_button.clicked.connect(self._on_all_clicked)
        self.leave_button.clicked.connect(self.leave_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.initial_focus = next(iter(self.boxes.values()))
        self._update()

    def selected(self) -> tuple[str, ...]:
        return tuple(check_id for check_id, box in self.boxes.items() if box.isChecked())

    def _on_core_clicked(self) -> None:
        for check_id, box in self.boxes.items():
            box.setChecked(check_id in CORE_CHECK_IDS)

    def _on_all_clicked(self) -> None:
        for box in self.boxes.values():
            box.setChecked(True)

    def _update(self) -> None:
        count = len(self.selected())
        self.next_button.setEnabled(count > 0)
        if count == 0:
            self.hint.setText(self.tr("Tick at least one check."))
        else:
            total = len(CATALOG)
            self.hint.setText(self.tr("{count} of %n checks", "", total).format(count=count))
