"""An angle measured on a photo, from the check page to the saved session: the person
opens the photo tool beside a side, places the points on photos drawn with a known angle
by mouse drags and by arrow keys, and the mean is shown, kept in the draft at once and
saved with the session, marks and all, within half a degree of the truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_steps import WindowFactory, answer_red_flags, click, current_check, pages_until, start
from kiosk_steps import PIN, enter_pin, open_kiosk, sign_in
from photo_images import at, draw_scene
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kneeapp.domain.angles import Landmark, Point
from kneeapp.domain.asymmetry import Side
from kneeapp.storage.kiosk_settings import JsonKioskSettings
from kneeapp.ui.data_safety import DraftKeeper
from kneeapp.ui.pages.check_page import CheckPage
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.widgets.measure_inputs import PhotoAngleInput
from kneeapp.ui.widgets.photo_canvas import PhotoCanvas
from kneeapp.ui.widgets.photo_tool import UPRIGHT, PhotoAngleTool

TOLERANCE = 0.5  # degrees


def shin_photo(folder: Path, angle: float) -> tuple[Path, dict[Landmark, Point]]:
    ankle = Point(450, 1350)
    truth = {Landmark.ANKLE: ankle, Landmark.KNEE: at(ankle, 650, angle)}
    path = folder / f"shin-{angle:g}.png"
    assert draw_scene(1200, 1600, truth).save(str(path))
    return path, truth


def drag(qtbot: QtBot, canvas: PhotoCanvas, name: Landmark, target: Point) -> None:
    """Press on the point, move in a few steps, release on ``target``: as a hand drags."""
    viewport = canvas.viewport()
    start_at, end = canvas.to_view(canvas.point(name)), canvas.to_view(target)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start_at)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start_at + (end - start_at) * (step / 4))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def move_by_keys(qtbot: QtBot, tool: PhotoAngleTool, name: Landmark, target: Point) -> None:
    """Choose the point, then bring it onto ``target`` with the arrow keys (Shift: ten
    screen pixels a press), as a keyboard user would."""
    canvas = tool.canvas
    assert tool.point_row is not None
    click(qtbot, tool.point_row.buttons[canvas.landmarks().index(name)])
    canvas.setFocus()
    per_press = canvas.photo_pixels_per_screen_pixel()
    here = canvas.point(name)
    for offset, (less, more) in (
        ((target.x - here.x) / per_press, (Qt.Key.Key_Left, Qt.Key.Key_Right)),
        ((target.y - here.y) / per_press, (Qt.Key.Key_Up, Qt.Key.Key_Down)),
    ):
        key = more if offset > 0 else less
        tens, ones = divmod(round(abs(offset)), 10)
        for _ in range(tens):
            qtbot.keyClick(canvas, key, Qt.KeyboardModifier.ShiftModifier)
        for _ in range(ones):
            qtbot.keyClick(canvas, key)


def open_photo(qtbot: QtBot, tool: PhotoAngleTool) -> None:
    click(qtbot, tool.open_button)
    assert tool.canvas.isVisible()
    click(qtbot, tool.upright.buttons[UPRIGHT])


def measure_side(qtbot: QtBot, page: CheckPage, side: Side) -> PhotoAngleTool:
    control = page.inputs["shin_angle", side]
    assert isinstance(control, PhotoAngleInput)
    assert control.value() is None and "not measured" in control.readout.text()
    click(qtbot, control.button)
    tool = page.photo_tool
    assert tool is not None and tool.isVisible() and not page.scroll_area.isVisible()
    return tool


def test_shin_angles_from_photos_are_shown_kept_and_saved(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    left_first, left_truth = shin_photo(tmp_path, 42)
    left_second, left_second_truth = shin_photo(tmp_path, 41)
    right_photo, right_truth = shin_photo(tmp_path, 33)
    queue = [left_first, left_second, right_photo]
    window = make_window()
    window.choose_photo = lambda _parent: queue.pop(0)
    answer_red_flags(qtbot, start(qtbot, window))
    page = current_check(window)
    assert page.check.id == "ankle_step"

    # Left: the first photo by mouse drags, the second by arrow keys.
    tool = measure_side(qtbot, page, Side.LEFT)
    open_photo(qtbot, tool)
    for name, target in left_truth.items():
        drag(qtbot, tool.canvas, name, target)
    assert tool.angle is not None and abs(tool.angle - 42) <= TOLERANCE
    click(qtbot, tool.use_button)
    open_photo(qtbot, tool)
    for name, target in left_second_truth.items():
        move_by_keys(qtbot, tool, name, target)
    assert tool.angle is not None and abs(tool.angle - 41) <= TOLERANCE
    click(qtbot, tool.use_button)
    click(qtbot, tool.done_button)
    assert page.photo_tool is None and page.scroll_area.isVisible()
    left = page.inputs["shin_angle", Side.LEFT]
    assert isinstance(left, PhotoAngleInput)
    assert left.value() is not None and abs(left.value() - 41.5) <= TOLERANCE  # type: ignore[operator]
    assert "the mean of 2 photos" in left.readout.text()
    assert left.hasFocus() or left.button.hasFocus()

    # Kept at once: a crash now would not lose it.
    keeper = window.findChild(DraftKeeper)
    assert keeper is not None
    qtbot.waitUntil(
        lambda: (
            (kept := keeper.store.pending(window.profile)) is not None
            and kept.draft.photos("ankle_step", "shin_angle", Side.LEFT) is not None
        ),
        timeout=3000,
    )

    # After a crash, the next start resumes with the angle and its photos.
    restarted = make_window()
    resumer = restarted.findChild(DraftKeeper)
    assert resumer is not None and resumer.bar.isVisible()
    click(qtbot, resumer.bar.buttons["resume"])
    resumed = current_check(restarted)
    again = resumed.inputs["shin_angle", Side.LEFT]
    assert isinstance(again, PhotoAngleInput)
    assert again.value() == left.value() and "the mean of 2 photos" in again.readout.text()
    restarted.session.end()
    restarted.close()

    # Right: one photo, and the person keeps it with the results.
    tool = measure_side(qtbot, page, Side.RIGHT)
    open_photo(qtbot, tool)
    for name, target in right_truth.items():
        drag(qtbot, tool.canvas, name, target)
    assert tool.keep_photo.isVisible()
    click(qtbot, tool.keep_photo)
    click(qtbot, tool.use_button)
    click(qtbot, tool.done_button)
    line = page.live_lines["shin_angle"].text()
    assert line.startswith("Shin angle: right side worse by ")
    assert "The right shin angle is under 36.5°" in line

    for step in pages_until(window, SummaryPage):
        click(qtbot, step.next_button)  # type: ignore[attr-defined]
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    click(qtbot, summary.save_button)
    saved = window.repository.latest(window.profile)
    assert saved is not None
    [reading] = [r for r in saved.readings if r.measure_id == "shin_angle"]
    assert reading.left is not None and abs(reading.left - 41.5) <= TOLERANCE
    assert reading.right is not None and abs(reading.right - 33) <= TOLERANCE
    left_marks = saved.photo_evidence("ankle_step", "shin_angle", Side.LEFT)
    right_marks = saved.photo_evidence("ankle_step", "shin_angle", Side.RIGHT)
    assert left_marks is not None and len(left_marks.photos) == 2 and left_marks.images == ()
    assert right_marks is not None and right_marks.images == (right_photo.read_bytes(),)
    assert right_marks.photos[0].width == 1200 and right_marks.photos[0].height == 1600


@pytest.mark.parametrize("allowed", [False, True])
def test_a_kiosk_keeps_no_photo_unless_the_clinic_allows_it(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, allowed: bool
) -> None:
    if allowed:
        data_dir.mkdir(parents=True, exist_ok=True)
        JsonKioskSettings.open(data_dir).set_keep_photos_allowed(True)
    kiosk = open_kiosk(make_window, data_dir)
    assert kiosk.window.keep_photos_allowed is allowed


# The offscreen platform says so of every dialog; a real screen does not.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("folder_made", [False, True])
def test_a_kiosk_offers_only_the_photos_the_clinic_sent_it(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, folder_made: bool
) -> None:
    from kneeapp.app import KIOSK_PHOTO_FOLDER
    from kneeapp.ui.widgets.photo_picker import PhotoPicker

    folder = data_dir / KIOSK_PHOTO_FOLDER
    if folder_made:
        folder.mkdir(parents=True)
        shin_photo(folder, 40)
        (folder / "notes.txt").write_text("not a photo")
    kiosk = open_kiosk(make_window, data_dir)
    sign_in(qtbot, kiosk, "Ana")
    answer_red_flags(qtbot, start(qtbot, kiosk.window))
    page = current_check(kiosk.window)
    # No file dialog on a kiosk: without the clinic's folder, no photo is asked for.
    assert (("shin_angle", Side.LEFT) in page.inputs) is folder_made
    if folder_made:
        picker = PhotoPicker(folder, page)
        qtbot.addWidget(picker)
        assert picker.list.count() == 1  # the photo, not the text file
        assert picker.chosen() == folder / "shin-40.png"
        # The tool asks through it: a tap on "Open this photo" opens that photo.
        control = page.inputs["shin_angle", Side.LEFT]
        assert isinstance(control, PhotoAngleInput)
        click(qtbot, control.button)
        tool = page.photo_tool
        assert tool is not None

        def tap_open() -> None:
            shown = QApplication.activeModalWidget()
            assert isinstance(shown, PhotoPicker)
            click(qtbot, shown.use_button)

        QTimer.singleShot(0, tap_open)
        click(qtbot, tool.open_button)
        assert tool.canvas.isVisible() and tool.canvas.photo is not None
        assert not tool.keep_photo.isVisibleTo(tool)  # the clinic has not allowed it
    kiosk.controller.guard.allow_close = True


def test_staff_allow_keeping_photos_in_clinician_mode(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    kiosk = open_kiosk(make_window, data_dir)
    click(qtbot, kiosk.controller.start_page.staff_button)
    enter_pin(qtbot, kiosk, PIN)
    clinician = kiosk.controller.clinician
    assert clinician.photos_row.choice() == 0  # never, until the clinic says otherwise
    click(qtbot, clinician.photos_row.buttons[1])
    assert JsonKioskSettings.open(data_dir).keep_photos_allowed()
    assert kiosk.window.keep_photos_allowed
    assert "may now keep the photos" in clinician.message.text()
    click(qtbot, clinician.photos_row.buttons[0])
    assert not JsonKioskSettings.open(data_dir).keep_photos_allowed()
    assert not kiosk.window.keep_photos_allowed
    kiosk.controller.guard.allow_close = True


def test_the_tool_offers_to_keep_the_photo_only_where_allowed(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.keep_photos_allowed = False  # as on a kiosk whose clinic has not allowed it
    answer_red_flags(qtbot, start(qtbot, window))
    page = current_check(window)
    control = page.inputs["shin_angle", Side.LEFT]
    assert isinstance(control, PhotoAngleInput)
    click(qtbot, control.button)
    assert page.photo_tool is not None and not page.photo_tool.keep_photo.isVisibleTo(page)
    click(qtbot, page.photo_tool.cancel_button)
    assert page.photo_tool is None and page.scroll_area.isVisible()
    assert control.button.hasFocus()
    assert not control.clear_button.isVisibleTo(page)  # nothing to remove yet


def test_an_angle_can_be_taken_back_with_its_marks(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path, truth = shin_photo(tmp_path, 30)
    window = make_window()
    window.choose_photo = lambda _parent: path
    answer_red_flags(qtbot, start(qtbot, window))
    page = current_check(window)
    tool = measure_side(qtbot, page, Side.RIGHT)
    open_photo(qtbot, tool)
    for name, target in truth.items():
        drag(qtbot, tool.canvas, name, target)
    click(qtbot, tool.use_button)
    click(qtbot, tool.done_button)
    control = page.inputs["shin_angle", Side.RIGHT]
    assert isinstance(control, PhotoAngleInput) and control.value() is not None
    assert page.draft.photos("ankle_step", "shin_angle", Side.RIGHT) is not None
    assert control.clear_button.isVisibleTo(page)
    click(qtbot, control.clear_button)
    assert control.value() is None and "not measured" in control.readout.text()
    assert page.draft.value("ankle_step", "shin_angle", Side.RIGHT) is None
    assert page.draft.photos("ankle_step", "shin_angle", Side.RIGHT) is None
    assert control.button.hasFocus()
