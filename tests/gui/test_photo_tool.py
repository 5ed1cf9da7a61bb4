"""The photo tool as a person uses it: open a photo drawn with a known angle (PNG, or a
JPEG a phone stored sideways with its EXIF orientation), say whether the phone was
upright or mark a door frame, place the points by dragging, tapping and arrow keys, and
read the angle to within half a degree of the truth."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from photo_images import at, draw_scene, save_jpeg_with_orientation, turn_point, turned
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kneeapp.domain.angles import MAX_PHOTOS, AngleKind, Landmark, Point, SideAngles
from kneeapp.domain.asymmetry import Side
from kneeapp.ui.style import apply_style
from kneeapp.ui.widgets.photo_canvas import PhotoCanvas
from kneeapp.ui.widgets.photo_tool import NOT_UPRIGHT, UPRIGHT, PhotoAngleTool

TOLERANCE = 0.5  # degrees
ToolFactory = Callable[..., PhotoAngleTool]


@pytest.fixture
def make_tool(qtbot: QtBot) -> Iterator[ToolFactory]:
    def make(kind: AngleKind, photos: list[Path], **options: object) -> PhotoAngleTool:
        queue = list(photos)
        tool = PhotoAngleTool(
            kind, Side.LEFT, choose_photo=lambda _parent: queue.pop(0) if queue else None, **options
        )  # type: ignore[arg-type]
        qtbot.addWidget(tool)
        apply_style(tool)
        tool.resize(1024, 768)
        tool.show()
        qtbot.waitExposed(tool)
        return tool

    yield make


def shin_photo(
    folder: Path, angle: float, *, name: str = "shin.png"
) -> tuple[Path, dict[Landmark, Point]]:
    ankle = Point(450, 1350)
    truth = {Landmark.ANKLE: ankle, Landmark.KNEE: at(ankle, 650, angle)}
    path = folder / name
    assert draw_scene(1200, 1600, truth, (Point(120, 150), Point(120, 1500))).save(str(path))
    return path, truth


def drag(qtbot: QtBot, canvas: PhotoCanvas, start: QPoint, end: QPoint) -> None:
    """Press, move in a few steps, release: as a hand drags."""
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 4))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def drag_point(qtbot: QtBot, canvas: PhotoCanvas, name: Landmark, target: Point) -> None:
    drag(qtbot, canvas, canvas.to_view(canvas.point(name)), canvas.to_view(target))


def pan_to(qtbot: QtBot, canvas: PhotoCanvas, target: Point) -> None:
    """Drag the photo (not a point) until ``target`` is near the middle of the view."""
    viewport = canvas.viewport()
    middle = viewport.rect().center()
    for _ in range(10):
        at_now = canvas.to_view(target)
        if (at_now - middle).manhattanLength() < 20:
            return
        shift = middle - at_now
        shift = QPoint(max(-200, min(200, shift.x())), max(-200, min(200, shift.y())))
        start = middle - shift / 2
        for _ in range(20):  # grab the photo, not a point
            if canvas._handle_at(start) is None:
                break
            start += QPoint(0, 40)
        drag(qtbot, canvas, start, start + shift)
    raise AssertionError("the photo did not pan there")


def open_and_answer(qtbot: QtBot, tool: PhotoAngleTool, upright: int | None = UPRIGHT) -> None:
    qtbot.mouseClick(tool.open_button, Qt.MouseButton.LeftButton)
    assert tool.canvas.isVisible() and tool.canvas.photo is not None
    if upright is not None:
        qtbot.mouseClick(tool.upright.buttons[upright], Qt.MouseButton.LeftButton)


def test_shin_angle_from_mouse_drags_within_half_a_degree(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    path, truth = shin_photo(tmp_path, 38)
    tool = make_tool(AngleKind.SHIN, [path])
    assert tool.guide.isVisible() and "knee height" in tool.guide.text()
    open_and_answer(qtbot, tool)
    assert not tool.guide.isVisible()
    for name, target in truth.items():
        drag_point(qtbot, tool.canvas, name, target)
    assert tool.angle is not None and abs(tool.angle - 38) <= TOLERANCE
    assert "38." in tool.readout.text() or "37." in tool.readout.text()
    assert not tool.warnings.isVisible()
    qtbot.mouseClick(tool.use_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tool.finished) as finished:
        qtbot.mouseClick(tool.done_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert isinstance(result, SideAngles)
    summary = result.summary()
    assert summary is not None and summary.count == 1 and abs(summary.mean - 38) <= TOLERANCE


def test_the_magnifier_shows_while_dragging_only(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    path, truth = shin_photo(tmp_path, 20)
    tool = make_tool(AngleKind.SHIN, [path])
    open_and_answer(qtbot, tool)
    canvas, viewport = tool.canvas, tool.canvas.viewport()
    assert not canvas.magnifier.isVisible()
    start = canvas.to_view(canvas.point(Landmark.KNEE))
    # Onto the middle of the drawn shin, a little below the knee.
    target = canvas.to_view(at(truth[Landmark.ANKLE], 400, 20))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, target)
    assert canvas.magnifier.isVisible()
    shot = canvas.magnifier.grab().toImage()
    middle = shot.width() // 2
    # The enlarged photo under the point: the leg's blue beside the cross.
    leg = shot.pixelColor(middle + 20, middle)
    assert (leg.red(), leg.green(), leg.blue()) == pytest.approx((0x3B, 0x5B, 0x92), abs=12)
    # And the hand is never over it: it sits in a corner away from the pointer.
    assert not canvas.magnifier.geometry().contains(target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    assert not canvas.magnifier.isVisible()


def test_zoomed_in_drags_and_a_tap_place_points(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    path, truth = shin_photo(tmp_path, 52)
    tool = make_tool(AngleKind.SHIN, [path])
    open_and_answer(qtbot, tool)
    canvas = tool.canvas
    fitted = canvas.zoom()
    qtbot.mouseClick(tool.zoom_in, Qt.MouseButton.LeftButton)
    assert canvas.zoom() > fitted
    canvas.centerOn(truth[Landmark.ANKLE].x, truth[Landmark.ANKLE].y)
    # A tap puts the chosen point (the ankle, first) where it lands, and offers the next.
    assert canvas.current() is Landmark.ANKLE
    here = canvas.to_view(truth[Landmark.ANKLE])
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=here)
    assert canvas.current() is Landmark.KNEE
    assert tool.point_row is not None and tool.point_row.choice() == 1
    qtbot.mouseClick(tool.whole, Qt.MouseButton.LeftButton)
    assert canvas.zoom() == pytest.approx(fitted)
    drag_point(qtbot, canvas, Landmark.KNEE, truth[Landmark.KNEE])
    assert tool.angle is not None and abs(tool.angle - 52) <= TOLERANCE


def test_knee_angle_from_a_sideways_jpeg_placed_with_arrow_keys(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    knee = Point(800, 700)
    truth = {
        Landmark.HIP: at(knee, 500, -95),
        Landmark.KNEE: knee,
        Landmark.ANKLE: at(knee, 450, -95 + 180 - 12),  # 12° short of straight
    }
    path = tmp_path / "sideways.jpg"
    save_jpeg_with_orientation(draw_scene(1600, 1200, truth), path, 6)
    stored = QImage(str(path))
    assert (stored.width(), stored.height()) == (1200, 1600)  # as the phone stored it
    tool = make_tool(AngleKind.KNEE, [path])
    open_and_answer(qtbot, tool, upright=None)  # the knee angle needs no vertical
    canvas = tool.canvas
    photo = canvas.photo
    assert photo is not None and (photo.width, photo.height) == (1600, 1200)
    # Nearly straight: a pixel matters, so the person zooms in, pans and taps.
    for _ in range(3):
        qtbot.mouseClick(tool.zoom_in, Qt.MouseButton.LeftButton)
    for index, name in enumerate(canvas.landmarks()):
        if name is not Landmark.KNEE:
            assert tool.point_row is not None
            qtbot.mouseClick(tool.point_row.buttons[index], Qt.MouseButton.LeftButton)
            pan_to(qtbot, canvas, truth[name])
            qtbot.mouseClick(
                canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.to_view(truth[name])
            )
    # The knee is dropped off its place, then brought onto it with the arrow keys.
    pan_to(qtbot, canvas, truth[Landmark.KNEE])
    target = canvas.to_view(truth[Landmark.KNEE])
    drag(qtbot, canvas, canvas.to_view(canvas.point(Landmark.KNEE)), target + QPoint(-23, 14))
    assert canvas.current() is Landmark.KNEE
    assert tool.angle is not None and abs(tool.angle - 12) > 1
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    for _ in range(14):
        qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert abs(tool.angle - 12) <= TOLERANCE


@pytest.mark.parametrize("orientation", [3, 8])
def test_every_exif_turn_comes_out_upright(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory, orientation: int
) -> None:
    ankle = Point(500, 1100)
    truth = {Landmark.ANKLE: ankle, Landmark.KNEE: at(ankle, 600, -30)}
    path = tmp_path / f"turned{orientation}.jpg"
    save_jpeg_with_orientation(draw_scene(1000, 1300, truth), path, orientation)
    tool = make_tool(AngleKind.SHIN, [path])
    open_and_answer(qtbot, tool)
    for name, target in truth.items():
        drag_point(qtbot, tool.canvas, name, target)
    assert tool.angle is not None and abs(tool.angle - 30) <= TOLERANCE


def test_thigh_angle_against_a_door_frame_in_a_tilted_photo(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    # The scene: the thigh 18° into extension, the person facing right, beside a door
    # frame; the phone was held 9° off upright, so the whole picture is turned.
    width, height, tilt = 1600, 1200, 9
    knee = Point(800, 1000)
    scene = {Landmark.KNEE: knee, Landmark.HIP: at(knee, 520, 18)}
    frame = (Point(250, 120), Point(250, 1100))
    image = turned(draw_scene(width, height, scene, frame), tilt)
    path = tmp_path / "tilted.png"
    assert image.save(str(path))
    seen = {name: turn_point(p, width, height, tilt) for name, p in scene.items()}
    top, bottom = (turn_point(p, width, height, tilt) for p in frame)
    tool = make_tool(AngleKind.THIGH, [path])
    open_and_answer(qtbot, tool, upright=NOT_UPRIGHT)
    assert tool.reference_hint.isVisible()
    canvas = tool.canvas
    assert set(canvas.landmarks()) == {Landmark.KNEE, Landmark.HIP, Landmark.TOP, Landmark.BOTTOM}
    for name, target in [*seen.items(), (Landmark.TOP, top), (Landmark.BOTTOM, bottom)]:
        drag_point(qtbot, canvas, name, target)
    assert tool.angle is not None and abs(tool.angle - 18) <= TOLERANCE
    # Against the photo's own vertical, the tilt would be in the angle.
    qtbot.mouseClick(tool.upright.buttons[UPRIGHT], Qt.MouseButton.LeftButton)
    assert abs(tool.angle - (18 + tilt)) <= TOLERANCE
    # Facing the other way turns extension into flexion.
    qtbot.mouseClick(tool.upright.buttons[NOT_UPRIGHT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tool.facing.buttons[0], Qt.MouseButton.LeftButton)
    assert abs(tool.angle + 18) <= TOLERANCE


def test_points_too_close_are_pointed_out(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    path, truth = shin_photo(tmp_path, 30)
    tool = make_tool(AngleKind.SHIN, [path])
    open_and_answer(qtbot, tool)
    canvas = tool.canvas
    ankle = truth[Landmark.ANKLE]
    drag_point(qtbot, canvas, Landmark.ANKLE, ankle)
    drag_point(qtbot, canvas, Landmark.KNEE, Point(ankle.x + 30, ankle.y - 60))
    assert tool.warnings.isVisible() and "too close" in tool.warnings.text()


def test_three_photos_give_a_mean_and_a_spread(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    photos = [shin_photo(tmp_path, angle, name=f"{angle}.png") for angle in (36, 38, 41)]
    tool = make_tool(AngleKind.SHIN, [path for path, _ in photos])
    for number, (_, truth) in enumerate(photos, start=1):
        open_and_answer(qtbot, tool)
        for name, target in truth.items():
            drag_point(qtbot, tool.canvas, name, target)
        qtbot.mouseClick(tool.use_button, Qt.MouseButton.LeftButton)
        assert f"Photo {number}:" in tool.results.text()
    summary = tool.result().summary()
    assert summary is not None and summary.count == MAX_PHOTOS
    assert abs(summary.mean - 38.3) <= TOLERANCE and abs(summary.spread - 5) <= 2 * TOLERANCE
    assert "mean of 3 photos" in tool.results.text() and "spread" in tool.results.text()
    assert not tool.open_button.isEnabled()  # three is the most
    qtbot.mouseClick(tool.remove_button, Qt.MouseButton.LeftButton)
    assert "mean of 2 photos" in tool.results.text() and tool.open_button.isEnabled()


def test_a_file_that_is_not_a_photo_gets_a_message_and_loses_nothing(
    qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory
) -> None:
    good, truth = shin_photo(tmp_path, 30)
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    tool = make_tool(AngleKind.SHIN, [good, bad])
    open_and_answer(qtbot, tool)
    for name, target in truth.items():
        drag_point(qtbot, tool.canvas, name, target)
    before = tool.canvas.points()
    qtbot.mouseClick(tool.open_button, Qt.MouseButton.LeftButton)
    assert tool.error.isVisible() and "cannot be opened" in tool.error.text()
    assert tool.canvas.points() == before and tool.angle is not None


def test_keep_the_photo_is_offered_only_where_allowed(
    tmp_path: Path, make_tool: ToolFactory
) -> None:
    assert make_tool(AngleKind.SHIN, []).keep_photo.isVisible()
    assert not make_tool(AngleKind.SHIN, [], allow_keep_photo=False).keep_photo.isVisible()


def test_a_finger_drags_a_point(qtbot: QtBot, tmp_path: Path, make_tool: ToolFactory) -> None:
    path, truth = shin_photo(tmp_path, 44)
    tool = make_tool(AngleKind.SHIN, [path])
    open_and_answer(qtbot, tool)
    canvas = tool.canvas
    device = QTest.createTouchDevice()
    viewport = canvas.viewport()
    for name, target in truth.items():
        start, end = canvas.to_view(canvas.point(name)), canvas.to_view(target)
        QTest.touchEvent(viewport, device).press(0, start, viewport).commit()
        QTest.touchEvent(viewport, device).move(0, (start + end) / 2, viewport).commit()
        QTest.touchEvent(viewport, device).move(0, end, viewport).commit()
        QTest.touchEvent(viewport, device).release(0, end, viewport).commit()
        QApplication.processEvents()
    assert tool.angle is not None and abs(tool.angle - 44) <= TOLERANCE
