"""One guided check, built from the catalog: illustration, steps, left and right inputs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.angles import AngleKind, SideAngles
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import END_CUES, STOP_RULE, Check, CheckMeasure
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.guidance import HIGH_PAIN
from kneeapp.domain.observations import (
    capitalized,
    check_name,
    live_line,
    measure_label,
    missing_text,
    side_text,
)
from kneeapp.domain.photo_evidence import PhotoEvidence
from kneeapp.domain.session import Reading, Skip, validate_reading
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.i18n import error_text, qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.widgets.buttons import Button
from kneeapp.ui.widgets.illustration import Illustration
from kneeapp.ui.widgets.measure_inputs import (
    MeasureInput,
    PhotoAngleInput,
    kind_input,
    make_input,
)
from kneeapp.ui.widgets.pain_prompt import PainPrompt
from kneeapp.ui.widgets.reserved_label import ReservedLabel
from kneeapp.ui.widgets.skip_chooser import SkipChooser

# The photo tool is loaded when first opened.
if TYPE_CHECKING:
    from kneeapp.ui.widgets.photo_tool import PhotoAngleTool


def _checks(text: str) -> str:
    return qt_translate("Checks", text)


def steps_html(check: Check) -> str:
    items = "".join(
        f"<li style='margin-bottom:6px'>{'<b>' if step in END_CUES else ''}"
        f"{escape(_checks(step))}{'</b>' if step in END_CUES else ''}</li>"
        for step in check.steps
    )
    return f"<ol style='margin-left:0px; -qt-list-indent:1'>{items}</ol>"


def anchors(check_measure: CheckMeasure) -> str:
    measure = check_measure.measure
    if measure.kind.shows_anchors:
        return f"0 = {_checks(check_measure.low_anchor)}, {measure.maximum:g} = " + _checks(
            check_measure.high_anchor
        )
    return ""


# The guide's share of the width in two columns, and the characters a line of its steps
# should hold at least: below that, the guide goes above the sides.
GUIDE_SHARE = 0.4
READABLE_CHARS = 32
COLUMN_SPACING = 24
QWIDGETSIZE_MAX = 16777215

# Pain at or above this on a side asks, there and then, whether to stop.
SEVERE_PAIN = HIGH_PAIN


class LastTime(NamedTuple):
    """A measure's values at the last session that had them, shown quietly beside today's."""

    recorded_at: datetime
    reading: Reading


class CheckPage(Page):
    # The draft changed (a value, a rating taken back, a skip): the window keeps it.
    changed = Signal()
    # Pain too severe to go on: the person chose to stop the whole self-check here.
    stop_session_requested = Signal()

    def __init__(
        self,
        check: Check,
        draft: SessionDraft,
        position: int,
        total: int,
        *,
        distance_unit: str = "cm",
        last_time: Mapping[str, LastTime] | None = None,
        choose_photo: Callable[[QWidget], Path | None] | None = None,
        keep_photos_allowed: bool = True,
        photos_offered: bool = True,
        settings: bool = True,
    ) -> None:
        # Plain words first; the clinical term follows in the smaller line.
        super().__init__(
            self.tr("{title}: {target}").format(
                title=_checks(check.title), target=_checks(check.plain_target)
            ),
            self.tr("Check {position} of %n · {term}", "", total).format(
                position=position, term=_checks(check.target)
            ),
        )
        self.check = check
        self.draft = draft
        self.distance_unit = distance_unit
        self.choose_photo = choose_photo
        self.keep_photos_allowed = keep_photos_allowed
        self.photos_offered = photos_offered
        # The photo tool, while it stands in for the page's own parts.
        self.photo_tool: PhotoAngleTool | None = None
        self._hidden_for_tool: list[QWidget] = []
        self.last_time = dict(last_time or {})
        self.inputs: dict[tuple[str, Side], MeasureInput] = {}
        self.live_lines: dict[str, QLabel] = {}
        self.last_lines: dict[str, QLabel] = {}
        self.skip_buttons: dict[Side, Button] = {}
        self.skip_choosers: dict[Side, SkipChooser] = {}
        self.side_status: dict[Side, QLabel] = {}
        # Which sides have already been asked about severe pain (asked once per side).
        self._pain_asked: set[Side] = set()

        # The stop rule sits above the scrolling part: it must be read before starting.
        self.stop_rule = wrapped_label(_checks(STOP_RULE), "safety")
        self.outer.insertWidget(2, self.stop_rule)
        # Asked in view, under the stop rule, when a side's pain is severe.
        self.pain_prompt = PainPrompt()
        self.pain_prompt.stop_check.connect(self._on_stop_check_clicked)
        self.pain_prompt.stop_session.connect(self._on_stop_session_clicked)
        self.pain_prompt.carry_on.connect(self._on_carried_on)
        self.outer.insertWidget(3, self.pain_prompt)

        # How to do it, and what the person noticed with both sides side by side: in two
        # columns when each is wide enough to read, else the guide above the sides.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(COLUMN_SPACING)
        self.guide = QWidget()
        self.guide_grid = QGridLayout(self.guide)
        self.guide_grid.setContentsMargins(0, 0, 0, 0)
        self.guide_grid.setHorizontalSpacing(20)
        self.guide_grid.setVerticalSpacing(10)
        name = check_name(check, qt_translate)
        self.purpose = wrapped_label(_checks(check.purpose))
        self.illustration = Illustration(
            check.illustration, self.tr("Illustration of the {check}").format(check=name)
        )
        # Which leg a side is: under the picture, where the person looks to set up.
        self.tested_leg = wrapped_label(_checks(check.tested_leg), "caption")
        self.steps = wrapped_label(steps_html(check))
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAccessibleName(self.tr("How to do the {check}").format(check=name))
        # What a category's answers look like (knee drift), as examples with the steps.
        self.examples: QFrame | None = None
        for check_measure in check.measures:
            if pictures := kind_input(check_measure).pictures:
                self.examples = self._pictures(check_measure, pictures)
        self.side_panel = self._build_sides()
        self.columns.addWidget(self.guide, 0, Qt.AlignmentFlag.AlignTop)
        self.columns.addWidget(self.side_panel, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(self.columns)
        self.body.addStretch(1)
        # The scroll bar always there: the columns keep their places from check to check.
        set_enum_property(self.scroll_area, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
        self.side_by_side: bool | None = None
        self._arrange_guide(side_by_side=True)

        self.next_button = self.add_step_buttons(self.tr("Next"), settings=settings)
        self.next_button.clicked.connect(self.next_requested)
        self.sync_from_draft()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Arranged from the page's own width, also while hidden behind another page: laid
        # out in full the moment it is shown, never a moment later.
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Two columns, the guide taking two fifths, when a line of steps holds some 32
        characters and the sides their controls; else the guide above the sides, the
        picture beside the steps. The picture is as wide as its column allows, and never
        taller than a good third of the window."""
        outer, body = self.outer.contentsMargins(), self.body.contentsMargins()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()  # always shown
        width = self.width() - outer.left() - outer.right() - bar - body.left() - body.right()
        if width <= 0:
            return
        guide_width = round(width * GUIDE_SHARE)
        panel_width = width - guide_width - COLUMN_SPACING
        reads = guide_width >= READABLE_CHARS * self.fontMetrics().averageCharWidth()
        side_by_side = reads and self.side_panel.minimumSizeHint().width() <= panel_width
        if side_by_side:
            self.guide.setFixedWidth(guide_width)
        else:
            self.guide.setMinimumWidth(0)
            self.guide.setMaximumWidth(QWIDGETSIZE_MAX)
        if side_by_side != self.side_by_side:
            self._arrange_guide(side_by_side=side_by_side)
        picture_width = guide_width if side_by_side else min(guide_width, 520)
        tallest = max(180, int(self.height() * 0.36))
        self.illustration.setFixedSize(picture_width, min(tallest, picture_width * 2 // 3))
        # Its caption as wide as the picture: the steps beside it keep the rest.
        self.tested_leg.setMaximumWidth(QWIDGETSIZE_MAX if side_by_side else picture_width)

    def _arrange_guide(self, *, side_by_side: bool) -> None:
        self.side_by_side = side_by_side
        grid = self.guide_grid
        parts: list[QWidget] = [self.purpose, self.illustration, self.tested_leg, self.steps]
        if self.examples is not None:
            parts.append(self.examples)
        for part in parts:
            grid.removeWidget(part)
        if side_by_side:  # one column: what it is for, the picture, its leg, the steps
            for row, part in enumerate(parts):
                grid.addWidget(part, row, 0)
            grid.setColumnStretch(1, 0)
            grid.setRowStretch(3, 0)
        else:  # the picture and its leg on the left, what it is for and the steps beside
            grid.addWidget(self.illustration, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.tested_leg, 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.purpose, 0, 1)
            grid.addWidget(self.steps, 1, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
            grid.setRowStretch(3, 1)
            if self.examples is not None:
                grid.addWidget(self.examples, 4, 0, 1, 2)
            grid.setColumnStretch(1, 1)
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )

    def _build_sides(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("sidePanel")
        grid = QGridLayout(panel)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        side_titles = {Side.LEFT: self.tr("Left"), Side.RIGHT: self.tr("Right")}
        for column, side in enumerate(Side):
            title = QLabel(side_titles[side])
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setObjectName("sideTitle")
            grid.addWidget(title, 0, column)
            skip = Button(self._skip_text(side), role="quiet")
            skip.setAccessibleName(
                self.tr("Skip the left side")
                if side is Side.LEFT
                else self.tr("Skip the right side")
            )
            skip.clicked.connect(lambda _=False, s=side: self._on_skip_side_clicked(s))
            self.skip_buttons[side] = skip
            # Skipping is the exception: its buttons come after the measures.
            status = wrapped_label("", "sideStatus")
            status.hide()
            self.side_status[side] = status
            grid.addWidget(status, 1, column)
            chooser = SkipChooser(
                self.tr("Why is the left side skipped?")
                if side is Side.LEFT
                else self.tr("Why is the right side skipped?")
            )
            chooser.chosen.connect(lambda reason, s=side: self._on_side_skipped(s, reason))
            chooser.cancelled.connect(lambda s=side: self.skip_buttons[s].setFocus())
            self.skip_choosers[side] = chooser
        row = 2
        for check_measure in self.check.measures:
            kind = check_measure.measure.kind
            if kind.from_photo and not self.photos_offered:
                continue  # a kiosk with no photos to measure on does not ask for them
            question = _checks(check_measure.question)
            label_text = measure_label(self.check, check_measure.id, qt_translate)
            hint = anchors(check_measure)
            question_text = f"<b>{escape(question)}</b>"
            if check_measure.optional:
                question_text += "<br>" + escape(self.tr("(optional)"))
            elif hint:
                question_text += f"<br><span>{escape(hint)}</span>"
            label = wrapped_label(question_text)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, row, 0, 1, 2)
            if check_measure.id in self.last_time:
                row += 1
                last = wrapped_label(self._last_time_text(check_measure.id), "lastTime")
                self.last_lines[check_measure.id] = last
                grid.addWidget(last, row, 0, 1, 2)
            row += 1
            shown = kind_input(check_measure)
            for column, side in enumerate(Side):
                name = self._input_name(side, label_text)
                control = make_input(
                    check_measure,
                    name,
                    distance_unit=self.distance_unit,
                    side_label=side_titles[side],
                )
                control.set_value(self.draft.value(self.check.id, check_measure.id, side))
                control.value_changed.connect(
                    lambda value, m=check_measure.id, s=side: self._on_value_changed(m, s, value)
                )
                if isinstance(control, PhotoAngleInput):
                    control.photo_requested.connect(
                        lambda m=check_measure.id, s=side: self.open_photo_tool(m, s)
                    )
                self.inputs[check_measure.id, side] = control
                if shown.spans_panel:
                    # Across the panel, a side a row: the button's words fit at any size.
                    grid.addWidget(control, row + column, 0, 1, 2)
                else:
                    grid.addWidget(control, row, column)
            row += 2 if shown.spans_panel else 1
            # Right under the sliders, so the comparison is seen while they move.
            line = ReservedLabel(self._live_line_samples(check_measure.id), "liveLine")
            line.setAccessibleName(
                self.tr("{measure} comparison").format(measure=capitalized(label_text))
            )
            self.live_lines[check_measure.id] = line
            grid.addWidget(line, row, 0, 1, 2)
            grid.setRowMinimumHeight(row + 1, 10)
            row += 2
        # One per row, across the panel: whole words at any text size and in any language.
        for side in Side:
            grid.addWidget(self.skip_buttons[side], row, 0, 1, 2)
            grid.addWidget(self.skip_choosers[side], row + 1, 0, 1, 2)
            row += 2
        self.skip_check_button = Button(self.tr("Skip this whole check"), role="quiet")
        self.skip_check_button.clicked.connect(self._on_skip_check_clicked)
        grid.addWidget(self.skip_check_button, row, 0, 1, 2)
        self.skip_check_chooser = SkipChooser(self.tr("Why is this check skipped?"))
        self.skip_check_chooser.chosen.connect(self._on_check_skipped)
        self.skip_check_chooser.cancelled.connect(self.skip_check_button.setFocus)
        grid.addWidget(self.skip_check_chooser, row + 1, 0, 1, 2)
        return panel

    def _skip_text(self, side: Side) -> str:
        return (
            self.tr("Skip the left side…") if side is Side.LEFT else self.tr("Skip the right side…")
        )

    def _last_time_text(self, measure_id: str) -> str:
        """'Last time (3 March): left 4 of 10, right 7 of 10.'"""
        last = self.last_time[measure_id]
        return self.tr("Last time ({day}): left {left}, right {right}.").format(
            day=format_day(local_time(last.recorded_at), with_year=False, translate=qt_translate),
            left=side_text(last.reading, Side.LEFT, qt_translate),
            right=side_text(last.reading, Side.RIGHT, qt_translate),
        )

    def _input_name(self, side: Side, measure: str) -> str:
        """'Left step test range': side, check and measure, as a screen reader says it."""
        template = (
            self.tr("Left {check} {measure}")
            if side is Side.LEFT
            else self.tr("Right {check} {measure}")
        )
        return template.format(check=check_name(self.check, qt_translate), measure=measure)

    def _pictures(self, check_measure: CheckMeasure, files: tuple[str, ...]) -> QFrame:
        """What each category looks like (knee drift: none, slight, marked): examples to
        compare with the mirror, with the steps, away from the answers so that they do
        not pass for them."""
        frame = QFrame()
        frame.setObjectName("examples")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 4, 0, 0)
        self.examples_title = wrapped_label(
            self.tr("What knee drift looks like (examples):"), "sectionTitle"
        )
        layout.addWidget(self.examples_title)
        pictures = QHBoxLayout()
        for word, file in zip(check_measure.measure.kind.words, files, strict=True):
            picture = Illustration(
                file,
                self.tr("Example of knee drift: {value}").format(
                    value=qt_translate("Values", word)
                ),
            )
            picture.setMinimumSize(96, 96)
            picture.setMaximumSize(150, 150)
            pictures.addWidget(picture)
        layout.addLayout(pictures)
        return frame

    def _on_value_changed(self, measure_id: str, side: Side, value: float | None) -> None:
        self.draft.set_value(self.check.id, measure_id, side, value)
        self.refresh()
        self.changed.emit()
        pain = self.check.measure(measure_id).measure.kind.pain
        severe = pain and value is not None and value >= SEVERE_PAIN
        if severe and value is not None and side not in self._pain_asked:
            self._pain_asked.add(side)
            self.pain_prompt.ask(side, value)

    def _on_stop_check_clicked(self) -> None:
        self.draft.skip_check(self.check.id, Skip.TOO_PAINFUL, keep_rated=True)
        self.sync_from_draft()
        self.changed.emit()
        self.next_requested.emit()

    def _on_stop_session_clicked(self) -> None:
        self.draft.skip_check(self.check.id, Skip.TOO_PAINFUL, keep_rated=True)
        self.sync_from_draft()
        self.stop_session_requested.emit()

    def _on_carried_on(self) -> None:
        self.next_button.setFocus()

    def _on_skip_side_clicked(self, side: Side) -> None:
        if self.draft.skipped(self.check.id, side) is not None:
            # "Undo skip": the side can be rated again.
            self.draft.skip_side(self.check.id, side, None)
            self.sync_from_draft()
            self.changed.emit()
            return
        self.skip_choosers[side].ask()

    def _on_side_skipped(self, side: Side, reason: Skip) -> None:
        self.draft.skip_side(self.check.id, side, reason)
        self.sync_from_draft()
        self.changed.emit()
        self.skip_buttons[side].setFocus()

    def _on_skip_check_clicked(self) -> None:
        self.skip_check_chooser.ask()

    def _on_check_skipped(self, reason: Skip) -> None:
        self.draft.skip_check(self.check.id, reason)
        self.sync_from_draft()
        self.changed.emit()
        self.next_requested.emit()

    # -- angles measured on a photo --------------------------------------------------

    def open_photo_tool(self, measure_id: str, side: Side) -> PhotoAngleTool:
        """Put the photo tool for one side's angle where the page's parts were."""
        from kneeapp.ui.widgets.photo_tool import PhotoAngleTool, choose_photo_file

        self.close_photo_tool()
        tool = PhotoAngleTool(
            AngleKind(measure_id),
            side,
            choose_photo=self.choose_photo or choose_photo_file,
            allow_keep_photo=self.keep_photos_allowed,
            parent=self,
        )
        tool.finished.connect(lambda result: self._on_photos_measured(measure_id, side, result))
        tool.cancelled.connect(lambda: self._after_photo_tool(measure_id, side))
        parts: list[QWidget] = [
            self.title,
            self.subtitle,
            self.stop_rule,
            self.pain_prompt,
            self.scroll_area,
        ]
        parts += [
            widget
            for index in range(self.buttons.count())
            if (item := self.buttons.itemAt(index)) is not None
            and (widget := item.widget()) is not None
        ]
        self._hidden_for_tool = [part for part in parts if not part.isHidden()]
        for part in self._hidden_for_tool:
            part.hide()
        self.outer.addWidget(tool, 1)
        tool.show()
        self.photo_tool = tool
        tool.open_button.setFocus()
        return tool

    def close_photo_tool(self) -> None:
        tool, self.photo_tool = self.photo_tool, None
        if tool is None:
            return
        self.outer.removeWidget(tool)
        tool.hide()
        tool.deleteLater()
        for part in self._hidden_for_tool:
            part.show()
        self._hidden_for_tool = []

    def _on_photos_measured(self, measure_id: str, side: Side, result: SideAngles) -> None:
        """The mean of the photos becomes the side's value, its marks kept with it; both go
        into the draft at once, so that a crash keeps them."""
        from kneeapp import __version__

        tool = self.photo_tool
        assert tool is not None
        evidence = PhotoEvidence(self.check.id, measure_id, side, result.photos, __version__)
        keep = self.keep_photos_allowed and tool.keep_photo.isChecked()
        files = tuple(str(path) for path in tool.photo_paths) if keep else ()
        try:
            self.draft.set_photos(evidence, files)
        except ValidationError as error:
            tool.error.setText(error_text(error))
            tool.error.show()
            return
        self.sync_from_draft()
        self.changed.emit()
        self._after_photo_tool(measure_id, side)

    def _after_photo_tool(self, measure_id: str, side: Side) -> None:
        self.close_photo_tool()
        control = self.inputs[measure_id, side]
        self.scroll_area.ensureWidgetVisible(control)
        control.setFocus()

    def _show_photo_value(self, measure_id: str, side: Side, control: PhotoAngleInput) -> None:
        value = self.draft.value(self.check.id, measure_id, side)
        evidence = self.draft.photos(self.check.id, measure_id, side)
        summary = None if evidence is None else evidence.summary()
        if summary is None:
            control.set_value(value)
        else:
            control.set_value(value, summary.count, summary.spread)

    def sync_from_draft(self) -> None:
        """Show the draft's values and skipped sides (after a skip, or on resuming)."""
        for (measure_id, side), control in self.inputs.items():
            if isinstance(control, PhotoAngleInput):
                self._show_photo_value(measure_id, side, control)
                continue
            control.set_value(self.draft.value(self.check.id, measure_id, side))
        for side in Side:
            reason = self.draft.skipped(self.check.id, side)
            skipped = reason is not None
            for (_, control_side), control in self.inputs.items():
                if control_side is side:
                    control.setEnabled(not skipped)
            status = self.side_status[side]
            status.setVisible(skipped)
            if reason is not None:
                status.setText(capitalized(missing_text(reason, qt_translate)))
            undo = (
                self.tr("Undo: rate the left side")
                if side is Side.LEFT
                else self.tr("Undo: rate the right side")
            )
            self.skip_buttons[side].setText(undo if skipped else self._skip_text(side))
        self.refresh()

    def _live_line_samples(self, measure_id: str) -> Callable[[], list[str]]:
        """The longest lines a measure's comparison can show: the sides at both ends of
        the scale, and one side rated with the other not yet (in the current language)."""
        measure = self.check.measure(measure_id).measure
        low, high = measure.minimum, measure.maximum
        pairs = ((low, high), (high, low), (high, None), (None, high), (None, None))
        readings = [validate_reading(self.check.id, measure_id, a, b) for a, b in pairs]
        readings += [
            validate_reading(self.check.id, measure_id, None, high, reason, None)
            for reason in ("too_painful", "could_not", "not_done")
        ]
        return lambda: [live_line(reading, qt_translate) for reading in readings]

    def refresh(self) -> None:
        """Rewrite the live comparison lines from the draft."""
        for measure_id, line in self.live_lines.items():
            reading = self.draft.reading(self.check.id, measure_id)
            line.setText(live_line(reading, qt_translate))
            flagged = reading.flagged
            if line.property("flagged") != flagged:
                line.setProperty("flagged", flagged)
                # Re-polish so the style sheet picks up the changed property.
                line.style().unpolish(line)
                line.style().polish(line)
