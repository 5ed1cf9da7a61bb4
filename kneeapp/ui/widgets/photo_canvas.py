"""A photo to mark points on: zoom and pan, points moved by mouse, touch or arrow keys,
and a magnifier while a point is dragged. Points are given in the photo's own pixels."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kneeapp.domain.angles import Landmark, Point
from kneeapp.ui.photo_files import UprightPhoto

HANDLE_RADIUS = 12  # screen pixels, whatever the zoom
GRAB_RADIUS = 28  # a finger's reach around a point
TAP_SLOP = 6  # a press that moves less than this is a tap, not a pan
MAX_ZOOM = 8.0  # screen pixels per pixel read
MAGNIFIER_SIZE = 180
MAGNIFIER_ZOOM = 4.0  # times the current zoom
KEY_STEP = 1  # screen pixels per arrow press; Shift moves ten times as far
REFERENCE_POINTS = (Landmark.TOP, Landmark.BOTTOM)


class _Handle(QGraphicsItem):
    """A point: a ring with a cross at its exact place and its name beside it; the same
    size on screen at every zoom."""

    def __init__(self, landmark: Landmark, label: str, reference: bool) -> None:
        super().__init__()
        self.landmark = landmark
        self.label = label
        self.current = False
        self.colour = QColor("#00b3ff") if reference else QColor("#ffcc00")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(10)

    def boundingRect(self) -> QRectF:
        r = HANDLE_RADIUS + 4
        return QRectF(-r, -r, 2 * r + 8 + 12 * max(1, len(self.label)), 2 * r)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        del option, widget
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = HANDLE_RADIUS + (2 if self.current else 0)
        # Dark under light, so the point shows on any photo.
        painter.setPen(QPen(QColor(0, 0, 0, 200), 5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(self.colour, 3 if self.current else 2))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(QColor("white"), 1))
        painter.drawLine(QPointF(-r + 3, 0), QPointF(r - 3, 0))
        painter.drawLine(QPointF(0, -r + 3), QPointF(0, r - 3))
        font = QFont(painter.font())
        font.setBold(self.current)
        painter.setFont(font)
        text_at = QPointF(r + 6, 5)
        painter.setPen(QPen(QColor(0, 0, 0, 220), 1))
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            painter.drawText(text_at + QPointF(dx, dy), self.label)
        painter.setPen(QPen(self.colour if self.current else QColor("white"), 1))
        painter.drawText(text_at, self.label)


class _Magnifier(QWidget):
    """The photo around the dragged point, enlarged, with a cross at the point: the
    finger or pointer no longer hides what it is placed on."""

    def __init__(self, canvas: PhotoCanvas) -> None:
        super().__init__(canvas.viewport())
        self.canvas = canvas
        self.centre = Point(0, 0)
        self.setFixedSize(MAGNIFIER_SIZE, MAGNIFIER_SIZE)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, point: Point, pointer: QPoint) -> None:
        self.centre = point
        # The corner away from the pointer, so that the hand never covers it.
        viewport = self.canvas.viewport().rect()
        x = 8 if pointer.x() > viewport.width() / 2 else viewport.width() - MAGNIFIER_SIZE - 8
        y = 8 if pointer.y() > MAGNIFIER_SIZE + 24 else viewport.height() - MAGNIFIER_SIZE - 8
        self.move(max(0, x), max(0, y))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        photo = self.canvas.photo
        if photo is None:
            return
        painter = QPainter(self)
        # Screen pixels per pixel read, here: a few times the view's, and at least 2.
        zoom = max(2.0, self.canvas.zoom() * MAGNIFIER_ZOOM)
        half = MAGNIFIER_SIZE / 2 / zoom
        cx, cy = self.centre.x / photo.scale, self.centre.y / photo.scale
        source = QRectF(cx - half, cy - half, 2 * half, 2 * half)
        painter.fillRect(self.rect(), QColor("black"))
        painter.drawImage(QRectF(self.rect()), photo.image, source)
        painter.setPen(QPen(QColor("white"), 3))
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        middle = MAGNIFIER_SIZE / 2
        for colour, width in ((QColor("black"), 3), (QColor("#ffcc00"), 1)):
            painter.setPen(QPen(colour, width))
            painter.drawLine(QPointF(middle - 14, middle), QPointF(middle - 4, middle))
            painter.drawLine(QPointF(middle + 4, middle), QPointF(middle + 14, middle))
            painter.drawLine(QPointF(middle, middle - 14), QPointF(middle, middle - 4))
            painter.drawLine(QPointF(middle, middle + 4), QPointF(middle, middle + 14))
        painter.end()


class PhotoCanvas(QGraphicsView):
    """The photo with its points. ``points_changed`` after every move; ``current_changed``
    when another point becomes the one that keys and taps move."""

    points_changed = Signal()
    current_changed = Signal(object)  # Landmark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QBrush(QColor("#202020")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.photo: UprightPhoto | None = None
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._handles: dict[Landmark, _Handle] = {}
        self._placed: dict[Landmark, Point] = {}
        self._lines: list[tuple[Landmark, Landmark, QGraphicsLineItem]] = []
        self._current: Landmark | None = None
        self._fitted = True  # follow the window's size until the person zooms
        self._dragging: Landmark | None = None
        self._drag_offset = QPointF()
        self._press: QPoint | None = None
        self._panning = False
        self.magnifier = _Magnifier(self)

    # -- the photo and its points --------------------------------------------------

    def set_photo(self, photo: UprightPhoto) -> None:
        scene = self.scene()
        for handle in self._handles.values():
            scene.removeItem(handle)
        for _, _, line in self._lines:
            scene.removeItem(line)
        if self._pixmap_item is not None:
            scene.removeItem(self._pixmap_item)
        self._handles, self._lines, self._current = {}, [], None
        self._placed = {}
        self.photo = photo
        item = QGraphicsPixmapItem(QPixmap.fromImage(photo.image))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setScale(photo.scale)  # scene units are the photo's own pixels
        scene.addItem(item)
        self._pixmap_item = item
        scene.setSceneRect(QRectF(0, 0, photo.width, photo.height))
        self.fit()

    def set_points(
        self,
        landmarks: Sequence[Landmark],
        labels: Mapping[Landmark, str],
        places: Mapping[Landmark, Point] | None = None,
    ) -> None:
        """Show the points ``landmarks`` (joined in order; the two reference ends joined
        apart), at ``places`` or spread down the middle of the photo. Points already
        shown keep their place."""
        photo = self.photo
        assert photo is not None, "set_photo first"
        scene = self.scene()
        # Points taken away and shown again (the vertical line) come back where they were.
        self._placed.update({name: self.point(name) for name in self._handles})
        old = self._placed
        for handle in self._handles.values():
            scene.removeItem(handle)
        for _, _, line in self._lines:
            scene.removeItem(line)
        self._handles, self._lines = {}, []
        body = [name for name in landmarks if name not in REFERENCE_POINTS]
        reference = [name for name in landmarks if name in REFERENCE_POINTS]
        for chain, pen in (
            (body, QPen(QColor("#ffcc00"), 3)),
            (reference, QPen(QColor("#00b3ff"), 3, Qt.PenStyle.DashLine)),
        ):
            pen.setCosmetic(True)
            for first, second in itertools.pairwise(chain):
                line = QGraphicsLineItem()
                line.setPen(pen)
                line.setZValue(5)
                scene.addItem(line)
                self._lines.append((first, second, line))
        for index, name in enumerate(landmarks):
            handle = _Handle(name, labels.get(name, name.value), name in REFERENCE_POINTS)
            scene.addItem(handle)
            self._handles[name] = handle
            if places and name in places:
                where = places[name]
            elif name in old:
                where = old[name]
            else:
                where = self._default_place(name, index, len(landmarks))
            handle.setPos(QPointF(where.x, where.y))
        self._update_lines()
        self.set_current(landmarks[0] if landmarks else None)
        self.points_changed.emit()

    def _default_place(self, name: Landmark, index: int, count: int) -> Point:
        photo = self.photo
        assert photo is not None
        if name in REFERENCE_POINTS:
            x = photo.width * 0.1
            y = photo.height * (0.15 if name is Landmark.TOP else 0.85)
            return Point(x, y)
        order = {Landmark.HIP: 0.3, Landmark.KNEE: 0.55, Landmark.ANKLE: 0.8}
        return Point(
            photo.width * (0.45 + 0.05 * index / max(count, 1)), photo.height * order[name]
        )

    def landmarks(self) -> list[Landmark]:
        return list(self._handles)

    def point(self, name: Landmark) -> Point:
        pos = self._handles[name].pos()
        return Point(pos.x(), pos.y())

    def points(self) -> dict[Landmark, Point]:
        return {name: self.point(name) for name in self._handles}

    def move_point(self, name: Landmark, where: Point) -> None:
        photo = self.photo
        assert photo is not None
        # A point stays on the photo.
        x = min(max(where.x, 0.0), float(photo.width))
        y = min(max(where.y, 0.0), float(photo.height))
        self._handles[name].setPos(QPointF(x, y))
        self._update_lines()
        self.points_changed.emit()

    def current(self) -> Landmark | None:
        return self._current

    def set_current(self, name: Landmark | None) -> None:
        if name == self._current:
            return
        for key, handle in self._handles.items():
            handle.current = key == name
            handle.update()
        self._current = name
        if name is not None:
            handle = self._handles[name]
            self.setAccessibleName(
                self.tr("Photo: the arrow keys move the {point} point").format(point=handle.label)
            )
        self.current_changed.emit(name)

    def next_point(self) -> None:
        names = self.landmarks()
        if names:
            index = names.index(self._current) if self._current in names else -1
            self.set_current(names[(index + 1) % len(names)])

    def _update_lines(self) -> None:
        for first, second, line in self._lines:
            a, b = self._handles[first].pos(), self._handles[second].pos()
            line.setLine(a.x(), a.y(), b.x(), b.y())

    # -- where things are on screen ----------------------------------------------------

    def to_view(self, point: Point) -> QPoint:
        """Where ``point`` of the photo is in the viewport (for tests and the magnifier)."""
        return self.mapFromScene(QPointF(point.x, point.y))

    def to_photo(self, pos: QPoint | QPointF) -> Point:
        scene = self.mapToScene(pos.toPoint() if isinstance(pos, QPointF) else pos)
        return Point(scene.x(), scene.y())

    def zoom(self) -> float:
        """Screen pixels per pixel read."""
        photo = self.photo
        return self.transform().m11() * (photo.scale if photo else 1.0)

    def photo_pixels_per_screen_pixel(self) -> float:
        return 1.0 / self.transform().m11()

    def _handle_at(self, pos: QPoint) -> Landmark | None:
        best: tuple[float, Landmark] | None = None
        for name, handle in self._handles.items():
            at = self.mapFromScene(handle.pos())
            distance = math.hypot(at.x() - pos.x(), at.y() - pos.y())
            if distance <= GRAB_RADIUS and (best is None or distance < best[0]):
                best = (distance, name)
        return best[1] if best else None

    # -- zoom and pan ---------------------------------------------------------------------

    def fit(self) -> None:
        if self.photo is None:
            return
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        if self.photo is None:
            return
        fit_scale = min(
            self.viewport().width() / self.sceneRect().width(),
            self.viewport().height() / self.sceneRect().height(),
        )
        current = self.transform().m11()
        target = min(max(current * factor, fit_scale), MAX_ZOOM / self.photo.scale)
        if target <= fit_scale * 1.0001:
            self.fit()
            return
        old_anchor = self.transformationAnchor()
        if anchor is None:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / current, target / current)
        self.setTransformationAnchor(old_anchor)
        self._fitted = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps, event.position().toPoint())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            assert isinstance(event, QGestureEvent)
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(
                    pinch.scaleFactor(),
                    self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()),
                )
                event.accept()
                return True
        return super().viewportEvent(event)

    # -- mouse and touch (touch arrives as mouse events) -------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.photo is None:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        grabbed = self._handle_at(pos)
        if grabbed is not None:
            self._dragging = grabbed
            self.set_current(grabbed)
            self._drag_offset = self._handles[grabbed].pos() - self.mapToScene(pos)
            self.magnifier.show_at(self.point(grabbed), pos)
        else:
            self._press = pos
            self._panning = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._dragging is not None:
            where = self.mapToScene(pos) + self._drag_offset
            self.move_point(self._dragging, Point(where.x(), where.y()))
            self.magnifier.show_at(self.point(self._dragging), pos)
        elif self._press is not None:
            delta = pos - self._press
            if self._panning or delta.manhattanLength() > TAP_SLOP:
                self._panning = True
                horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
                horizontal.setValue(horizontal.value() - delta.x())
                vertical.setValue(vertical.value() - delta.y())
                self._press = pos
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._dragging is not None:
            self._dragging = None
            self.magnifier.hide()
        elif self._press is not None and not self._panning and self._current is not None:
            # A tap on the photo puts the current point there, then offers the next.
            self.move_point(self._current, self.to_photo(pos))
            self.next_point()
        self._press = None
        self._panning = False
        event.accept()

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and self._current is not None:
            dx, dy = arrows[Qt.Key(key)]
            step = KEY_STEP * (10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            # A step is a screen pixel: finer when zoomed in.
            size = step * self.photo_pixels_per_screen_pixel()
            here = self.point(self._current)
            self.move_point(self._current, Point(here.x + dx * size, here.y + dy * size))
            self.ensureVisible(self._handles[self._current], 40, 40)
        elif key == Qt.Key.Key_Space:
            self.next_point()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def visible_photo_rect(self) -> QRect:
        return self.mapToScene(self.viewport().rect()).boundingRect().toRect()
