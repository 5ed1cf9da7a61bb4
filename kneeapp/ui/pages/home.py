"""The start screen: what KneeCheck is for, when to use it, what it is not."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kneeapp.ui.pages.base import Page, wrapped_label


class HomePage(Page):
    start_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()

    def __init__(self) -> None:
        super().__init__("KneeCheck")
        self.banner = wrapped_label("", "banner")
        self.banner.hide()
        self.body.addWidget(self.banner)
        self.about = wrapped_label()
        self.when = wrapped_label()
        self.not_a_diagnosis = wrapped_label()
        for label in (self.about, self.when, self.not_a_diagnosis):
            self.body.addWidget(label)
        self.last_check = wrapped_label("", "sectionTitle")
        self.body.addWidget(self.last_check)
        self.body.addStretch(1)
        self.settings_button = self.add_button("")
        self.history_button = self.add_button("")
        self.start_button = self.add_button("", role="primary", stretch_before=True)
        self.start_button.clicked.connect(self.start_requested)
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language (the page outlives a language change)."""
        self.set_title(self.tr("KneeCheck"))
        self.set_subtitle(self.tr("A self-check for runners whose knees hurt after running"))
        self.about.setText(
            self.tr(
                "KneeCheck walks you through the left/right checks a physical therapist uses "
                "for knee pain after running: how well your ankle and hip move, and how each "
                "side feels at the end of its range. It keeps your results on this computer "
                "and shows whether the difference between your two sides is shrinking."
            )
        )
        self.when.setText(
            self.tr(
                "When to use it: the day after a run that made your knee hurt, then every "
                "week or two. Each check takes a minute or two per side."
            )
        )
        self.not_a_diagnosis.setText(
            self.tr(
                "What it is not: a diagnosis. It records what you notice. If your knee is "
                "swollen, locks or gives way, or the pain keeps you up at night, see a "
                "clinician."
            )
        )
        self.settings_button.setText(self.tr("Settings"))
        self.history_button.setText(self.tr("History and reports"))
        self.start_button.setText(self.tr("Start a self-check"))

    def show_reminder(self, text: str) -> None:
        self.last_check.setText(text)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
