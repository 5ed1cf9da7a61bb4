"""Test photos with known angles: a leg and a door frame drawn with QPainter, saved as
PNG or as a JPEG made by Qt that carries an EXIF orientation written here."""

from __future__ import annotations

import itertools
import math
import struct
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform

from kneeapp.domain.angles import Landmark, Point

# EXIF orientation -> the turn (degrees clockwise) that makes the stored pixels upright.
UPRIGHT_TURN = {1: 0, 3: 180, 6: 90, 8: 270}


def at(origin: Point, length: float, degrees_from_up: float) -> Point:
    """The point ``length`` px from ``origin``, ``degrees_from_up`` clockwise from up."""
    rad = math.radians(degrees_from_up)
    return Point(origin.x + length * math.sin(rad), origin.y - length * math.cos(rad))


def draw_scene(
    width: int,
    height: int,
    points: dict[Landmark, Point],
    frame: tuple[Point, Point] | None = None,
) -> QImage:
    """A plain room with a door frame and a leg whose joints are marked with rings."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d8d2c4"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(0, int(height * 0.85), width, height, QColor("#8a6d4b"))  # the floor
    if frame is not None:
        painter.setPen(QPen(QColor("#ffffff"), max(6, width // 120)))
        painter.drawLine(QPointF(frame[0].x, frame[0].y), QPointF(frame[1].x, frame[1].y))
    order = [name for name in (Landmark.HIP, Landmark.KNEE, Landmark.ANKLE) if name in points]
    painter.setPen(
        QPen(
            QColor("#3b5b92"), max(20, width // 25), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
        )
    )
    for first, second in itertools.pairwise(order):
        a, b = points[first], points[second]
        painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))
    ring = max(8, width // 100)
    painter.setPen(QPen(QColor("#d01010"), 3))
    for point in [*points.values(), *(frame or ())]:
        painter.drawEllipse(QPointF(point.x, point.y), ring, ring)
        painter.drawLine(QPointF(point.x - ring, point.y), QPointF(point.x + ring, point.y))
        painter.drawLine(QPointF(point.x, point.y - ring), QPointF(point.x, point.y + ring))
    painter.end()
    return image


def turned(image: QImage, degrees: float) -> QImage:
    """The whole picture turned ``degrees`` clockwise about its centre (same size)."""
    result = QImage(image.size(), image.format())
    result.fill(QColor("#d8d2c4"))
    painter = QPainter(result)
    painter.translate(image.width() / 2, image.height() / 2)
    painter.rotate(degrees)
    painter.translate(-image.width() / 2, -image.height() / 2)
    painter.drawImage(0, 0, image)
    painter.end()
    return result


def turn_point(point: Point, width: int, height: int, degrees: float) -> Point:
    """Where ``point`` lands when the picture is turned as ``turned`` does."""
    cx, cy = width / 2, height / 2
    rad = math.radians(degrees)
    dx, dy = point.x - cx, point.y - cy
    return Point(
        cx + dx * math.cos(rad) - dy * math.sin(rad), cy + dx * math.sin(rad) + dy * math.cos(rad)
    )


def exif_orientation_segment(orientation: int) -> bytes:
    """An APP1 Exif segment holding only the Orientation tag (0x0112)."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)
    tiff += struct.pack(">H", 1)  # one entry
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack(">I", 0)  # no next IFD
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def save_jpeg_with_orientation(upright: QImage, path: Path, orientation: int) -> None:
    """Store ``upright`` turned the way a phone held sideways stores it, as a JPEG made by
    Qt, with the EXIF orientation that turns it back."""
    stored = upright.transformed(QTransform().rotate(-UPRIGHT_TURN[orientation]))
    plain = path.with_suffix(".plain.jpg")
    assert stored.save(str(plain), "JPG", 92)
    data = plain.read_bytes()
    plain.unlink()
    assert data[:2] == b"\xff\xd8"
    insert_at = 2
    if data[2:4] == b"\xff\xe0":  # after the JFIF header
        insert_at = 4 + struct.unpack(">H", data[4:6])[0]
    path.write_bytes(data[:insert_at] + exif_orientation_segment(orientation) + data[insert_at:])
