"""Shown when a safety answer means the person should see a clinician first."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal

from kneeapp.domain.red_flags import RED_FLAGS, SEE_CLINICIAN
from kneeapp.ui.pages.base import Page, wrapped_label


class ClinicianAdvicePage(Page):
    done = Signal()

    def __init__(self) -> None:
        super().__init__("")
        self.advice = wrapped_label("", "safety")
        self.body.addWidget(self.advice)
        # Why, for each "yes" given: the advice is about what the person answered.
        self.reasons = wrapped_label()
        self.body.addWidget(self.reasons)
        self._answers: dict[str, bool] = {}
        self.nothing_saved = wrapped_label()
        self.body.addWidget(self.nothing_saved)
        self.body.addStretch(1)
        self.done_button = self.add_button("", role="primary", stretch_before=True)
        self.done_button.clicked.connect(self.done)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_title(self.tr("See a clinician first"))
        self.advice.setText(QCoreApplication.translate("RedFlags", SEE_CLINICIAN))
        self.nothing_saved.setText(
            self.tr(
                "Nothing from today has been saved. Once a clinician has looked at your "
                "knee and says it is fine to load it, you can come back to KneeCheck."
            )
        )
        self.done_button.setText(self.tr("Back to start"))
        self.show_answers(self._answers)

    def show_answers(self, answers: Mapping[str, bool]) -> None:
        """Say why each "yes" calls for a clinician."""
        self._answers = dict(answers)
        lines = [
            "• " + QCoreApplication.translate("RedFlags", flag.reason)
            for flag in RED_FLAGS
            if answers.get(flag.id)
        ]
        self.reasons.setText("\n".join(lines))
        self.reasons.setVisible(bool(lines))
