"""Measure an angle from a photo, for one side: a short guide, open a photo, say whether
the phone was upright (or mark a vertical line), place the points, use up to three
photos; the mean is the result and the spread is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kneeapp.domain.angles import (
    LANDMARK_LABELS,
    LANDMARKS,
    MAX_PHOTOS,
    AngleKind,
    Facing,
    Landmark,
    PhotoMarks,
    Reference,
    SideAngles,
    describe,
    measure,
)
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.text import NUMERUS
from kneeapp.domain.validation import format_number
from kneeapp.ui.i18n import qt_translate
from kneeapp.ui.photo_files import PhotoError, UprightPhoto, read_upright, readable_suffixes
from kneeapp.ui.widgets.buttons import Button, ChoiceRow
from kneeapp.ui.widgets.photo_canvas import PhotoCanvas

# Asks for a photo file; None when the person changes their mind. Tests answer it.
PhotoChooser = Callable[[QWidget], Path | None]

UPRIGHT, NOT_UPRIGHT = 0, 1
# Plural forms: read by lupdate here, translated with the count where it is shown.
MEAN_OF_PHOTOS = NUMERUS.translate(
    "PhotoAngleTool", "Result: {mean}, the mean of %n photo(s); spread {spread}", None, 1
)


def choose_photo_file(parent: QWidget) -> Path | None:
    patterns = " ".join(f"*.{suffix}" for suffix in readable_suffixes())
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Photo", "Open a photo"),
        "",
        QCoreApplication.translate("Photo", "Photos ({patterns})").format(patterns=patterns),
    )
    return Path(name) if name else None


def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class PhotoAngleTool(QWidget):
    """``finished`` carries a SideAngles (and the tool's ``keep_photo`` and
    ``photo_paths`` say what to do with the photos); ``cancelled`` when left unused."""

    finished = Signal(object)
    cancelled = Signal()
    angle_changed = Signal(object)  # float | None, after every move of a point

    def __init__(
        self,
        kind: AngleKind,
        side: Side,
        *,
        choose_photo: PhotoChooser = choose_photo_file,
        allow_keep_photo: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.side = side
        self.choose_photo = choose_photo
        self.photos: list[PhotoMarks] = []
        self.photo_paths: list[Path] = []
        self._photo: UprightPhoto | None = None
        self._path: Path | None = None
        self.angle: float | None = None
        self._names: list[Landmark] = []

        self.canvas = PhotoCanvas(self)
        self.canvas.points_changed.connect(self.on_points_changed)
        self.canvas.current_changed.connect(self.on_current_changed)
        self.canvas.hide()
        self.guide = _wrapped(self._guide_text(), "banner")
        self.how_to_mark = _wrapped(
            self.tr(
                "Drag each point onto its place, or tap the photo to put the chosen point "
                "there. Arrow keys move the chosen point; Shift moves it further."
            )
        )
        self.how_to_mark.hide()

        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(10)
        side_name = self.tr("Left leg") if side is Side.LEFT else self.tr("Right leg")
        self.heading = _wrapped(
            self.tr("{side}: {angle}").format(side=side_name, angle=self._angle_name()),
            "sideTitle",
        )
        column.addWidget(self.heading)
        self.open_button = Button(self.tr("Open a photo…"), role="primary")
        self.open_button.clicked.connect(self.on_open_clicked)
        column.addWidget(self.open_button)
        self.error = _wrapped("", "error")
        self.error.hide()
        column.addWidget(self.error)

        self.marking = QWidget()
        marking = QVBoxLayout(self.marking)
        marking.setContentsMargins(0, 0, 0, 0)
        marking.setSpacing(8)
        if kind is not AngleKind.KNEE:
            marking.addWidget(
                _wrapped(self.tr("Was the phone held upright, not tilted, for this photo?"))
            )
            self.upright = ChoiceRow(
                [self.tr("Yes, upright"), self.tr("No, or not sure")],
                self.tr("Phone upright"),
                vertical=True,
            )
            self.upright.chosen.connect(self.on_upright_chosen)
            marking.addWidget(self.upright)
            self.reference_hint = _wrapped(
                self.tr(
                    "Mark two points far apart on something truly vertical in the photo, "
                    "such as a door frame: the angle is taken against that line."
                )
            )
            self.reference_hint.hide()
            marking.addWidget(self.reference_hint)
        if kind is AngleKind.THIGH:
            marking.addWidget(_wrapped(self.tr("Which way does the person face in the photo?")))
            self.facing = ChoiceRow([self.tr("Left"), self.tr("Right")], self.tr("Facing"))
            self.facing.set_choice(1)
            self.facing.chosen.connect(lambda _index: self.on_points_changed())
            marking.addWidget(self.facing)
        self.point_row: ChoiceRow | None = None
        self.point_box = QVBoxLayout()
        marking.addLayout(self.point_box)
        zoom_row = QHBoxLayout()
        # Symbols on the buttons, words for screen readers and tooltips.
        self.zoom_in = Button("+")
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_in.clicked.connect(lambda: self.canvas.zoom_by(1.5))
        self.zoom_out = Button("−")
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.zoom_out.clicked.connect(lambda: self.canvas.zoom_by(1 / 1.5))
        self.whole = Button(self.tr("Whole photo"))
        self.whole.clicked.connect(self.canvas.fit)
        for button in (self.zoom_in, self.zoom_out):
            button.setMinimumWidth(56)
            button.setMaximumWidth(72)
        zoom_row.addWidget(self.zoom_in)
        zoom_row.addWidget(self.zoom_out)
        zoom_row.addStretch(1)
        marking.addLayout(zoom_row)
        # A row of its own: its words fit with a kiosk's large text and in any language.
        marking.addWidget(self.whole)
        self.readout = _wrapped("", "liveLine")
        self.readout.setAccessibleName(self.tr("Angle"))
        marking.addWidget(self.readout)
        self.warnings = _wrapped("", "safety")
        self.warnings.hide()
        marking.addWidget(self.warnings)
        self.use_button = Button(self.tr("Use this photo"), role="primary")
        self.use_button.clicked.connect(self.on_use_clicked)
        marking.addWidget(self.use_button)
        self.marking.hide()
        column.addWidget(self.marking)

        self.results = _wrapped("")
        self.results.hide()
        column.addWidget(self.results)
        self.remove_button = Button(self.tr("Remove the last photo"))
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.remove_button.hide()
        column.addWidget(self.remove_button)
        self.keep_photo = QCheckBox(self.tr("Keep the photo with the results"))
        self.keep_photo.setVisible(allow_keep_photo)
        column.addWidget(self.keep_photo)
        column.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = Button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.done_button = Button(self.tr("Done"), role="primary")
        self.done_button.clicked.connect(self.on_done_clicked)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.done_button)
        column.addLayout(buttons)

        scroll = QScrollArea()
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(370)
        scroll.setMaximumWidth(560)
        self.panel = scroll
        # A minimum of its own: showing the photo or the guide never resizes the window.
        self.setMinimumSize(640, 480)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.setContentsMargins(8, 8, 0, 8)
        left.addWidget(self.guide)
        left.addWidget(self.how_to_mark)
        left.addWidget(self.canvas, 1)
        left.addStretch(0)
        # The photo takes most of the width; the panel grows a little on a large screen.
        layout.addLayout(left, 5)
        layout.addWidget(scroll, 2)
        self._show_results()

    # -- words ----------------------------------------------------------------------------

    def _angle_name(self) -> str:
        return {
            AngleKind.SHIN: self.tr("shin angle"),
            AngleKind.THIGH: self.tr("thigh angle"),
            AngleKind.KNEE: self.tr("knee angle"),
        }[self.kind]

    def _guide_text(self) -> str:
        what = {
            AngleKind.SHIN: self.tr(
                "Step test: the photo shows the shin leaning forward at the end of the "
                "movement. You will mark the ankle and the knee."
            ),
            AngleKind.THIGH: self.tr(
                "Kneeling lunge: the photo shows the back thigh with the hips shifted "
                "forward. You will mark the hip and the knee of the back leg."
            ),
            AngleKind.KNEE: self.tr(
                "Knee straightening: the photo shows the leg pressed flat. You will mark "
                "the hip, the knee and the ankle."
            ),
        }[self.kind]
        return self.tr(
            "Before you take the photo: hold the phone upright at knee height, side-on "
            "to the leg, 2 to 3 metres away, with the whole leg in view. {what}"
        ).format(what=what)

    def _degrees(self, value: float) -> str:
        return self.tr("{value}°").format(value=format_number(value, qt_translate, decimals=1))

    # -- opening a photo -------------------------------------------------------------

    def on_open_clicked(self) -> None:
        path = self.choose_photo(self)
        if path is not None:
            self.open_photo(path)

    def open_photo(self, path: Path) -> bool:
        """Show ``path`` ready to mark; a photo that cannot be read leaves all as it was."""
        try:
            photo = read_upright(path)
        except PhotoError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        self.error.hide()
        self._photo, self._path = photo, path
        self.guide.hide()
        self.canvas.show()
        self.canvas.set_photo(photo)
        if self.kind is not AngleKind.KNEE:
            self.upright.set_choice(None)
            self.reference_hint.hide()
        self._set_landmarks()
        self.marking.show()
        self.how_to_mark.show()
        self.canvas.setFocus()
        return True

    def _needs_reference(self) -> bool:
        return self.kind is not AngleKind.KNEE and self.upright.choice() == NOT_UPRIGHT

    def _set_landmarks(self) -> None:
        names = list(LANDMARKS[self.kind])
        if self._needs_reference():
            names += [Landmark.TOP, Landmark.BOTTOM]
        labels = {name: qt_translate("Angles", LANDMARK_LABELS[name]) for name in names}
        if self.point_row is not None:
            self.point_box.removeWidget(self.point_row)
            self.point_row.hide()
            self.point_row.deleteLater()
        self.point_row = ChoiceRow(
            [labels[name].capitalize() for name in names],
            self.tr("Point to move"),
            min_width=60,
            columns=2 if len(names) > 3 else 0,  # two rows of two: the names stay readable
        )
        self.point_row.chosen.connect(lambda index: self.canvas.set_current(names[index]))
        self.point_box.addWidget(self.point_row)
        self._names = names
        self.canvas.set_points(names, labels)
        self.on_current_changed(self.canvas.current())

    def on_upright_chosen(self, index: int) -> None:
        self.reference_hint.setVisible(index == NOT_UPRIGHT)
        self._set_landmarks()

    def on_current_changed(self, name: Landmark | None) -> None:
        if self.point_row is not None and name in self._names:
            self.point_row.set_choice(self._names.index(name))

    # -- the angle -----------------------------------------------------------------------

    def marks(self) -> PhotoMarks | None:
        photo = self._photo
        if photo is None:
            return None
        points = self.canvas.points()
        reference = Reference()
        if self._needs_reference():
            reference = Reference((points.pop(Landmark.TOP), points.pop(Landmark.BOTTOM)))
        facing = Facing.RIGHT
        if self.kind is AngleKind.THIGH and self.facing.choice() == 0:
            facing = Facing.LEFT
        return PhotoMarks(self.kind, points, photo.width, photo.height, reference, facing)

    def vertical_answered(self) -> bool:
        return self.kind is AngleKind.KNEE or self.upright.choice() is not None

    def on_points_changed(self) -> None:
        marks = self.marks()
        if marks is None or set(self.canvas.landmarks()) != set(self._names):
            return
        result = measure(marks)
        self.angle = result.value
        if result.value is None:
            text = self.tr("No angle yet")
        else:
            text = self.tr("{angle}: {value} (could be off by up to {error})").format(
                angle=self._angle_name().capitalize(),
                value=self._degrees(result.value),
                error=self._degrees(result.possible_error or 0),
            )
        if not self.vertical_answered():
            text += "\n" + self.tr("First answer whether the phone was upright.")
        self.readout.setText(text)
        sentences = [describe(warning, qt_translate) for warning in result.warnings]
        self.warnings.setText("\n".join(sentences))
        self.warnings.setVisible(bool(sentences))
        self.use_button.setEnabled(
            result.value is not None and self.vertical_answered() and len(self.photos) < MAX_PHOTOS
        )
        self.angle_changed.emit(result.value)

    # -- up to three photos ----------------------------------------------------------

    def on_use_clicked(self) -> None:
        marks = self.marks()
        if marks is None or measure(marks).value is None or len(self.photos) >= MAX_PHOTOS:
            return
        assert self._path is not None
        self.photos.append(marks)
        self.photo_paths.append(self._path)
        self._photo = self._path = None
        self.canvas.hide()
        self.marking.hide()
        self.how_to_mark.hide()
        self._show_results()

    def on_remove_clicked(self) -> None:
        if self.photos:
            self.photos.pop()
            self.photo_paths.pop()
        self._show_results()

    def result(self) -> SideAngles:
        return SideAngles(self.kind, tuple(self.photos))

    def _show_results(self) -> None:
        result = self.result()
        values = result.values()
        lines = [
            self.tr("Photo {number}: {value}").format(number=i + 1, value=self._degrees(v))
            for i, v in enumerate(values)
        ]
        summary = result.summary()
        if summary is not None:
            lines.append(
                qt_translate("PhotoAngleTool", MEAN_OF_PHOTOS, summary.count).format(
                    mean=self._degrees(summary.mean), spread=self._degrees(summary.spread)
                )
            )
        self.results.setText("\n".join(lines))
        self.results.setVisible(bool(lines))
        self.remove_button.setVisible(bool(self.photos))
        full = len(self.photos) >= MAX_PHOTOS
        self.open_button.setEnabled(not full)
        self.open_button.setText(
            self.tr("Open another photo…") if self.photos else self.tr("Open a photo…")
        )
        self.guide.setVisible(self._photo is None)
        self.done_button.setEnabled(bool(self.photos))

    def on_done_clicked(self) -> None:
        if self.photos:
            self.finished.emit(self.result())
