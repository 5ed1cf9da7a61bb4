"""Reading a photo for marking: turned upright by its EXIF orientation, and read at a
size that is quick to open yet far finer than a point can be placed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

# A photo is read at a half, a quarter... of its size (the JPEG decoder does this almost
# for free) until its longer side is at most this. One pixel read is then 2 pixels of a
# 12-megapixel photo, against a placement error of about 15 (see domain.angles).
READ_LONG_SIDE = 2600


class PhotoError(Exception):
    """A photo that cannot be opened; the message is for the person, translated."""


@dataclass(frozen=True)
class UprightPhoto:
    image: QImage  # upright, perhaps smaller than the photo
    width: int  # the upright photo's full size, in which points are given
    height: int

    @property
    def scale(self) -> float:
        """Photo pixels per pixel of ``image``."""
        return self.width / self.image.width()


def readable_suffixes() -> list[str]:
    """The file name endings Qt can read here (HEIC only where a plugin reads it)."""
    return sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())


def read_upright(path: Path, *, long_side: int = READ_LONG_SIDE) -> UprightPhoto:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    stored = reader.size()  # before the EXIF turn
    if not reader.canRead() or not stored.isValid():
        raise PhotoError(
            QCoreApplication.translate(
                "Photo", "This file cannot be opened as a photo: {reason}"
            ).format(reason=reader.errorString())
        )
    turned = reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90
    width, height = (
        (stored.height(), stored.width()) if turned else (stored.width(), stored.height())
    )
    factor = 1
    if reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        while max(width, height) / factor > long_side and factor < 8:
            factor *= 2
    if factor > 1:
        reader.setScaledSize(QSize(stored.width() // factor, stored.height() // factor))
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            QCoreApplication.translate(
                "Photo", "This file cannot be opened as a photo: {reason}"
            ).format(reason=reader.errorString())
        )
    return UprightPhoto(image, width, height)


def read_photo_file(path: str) -> bytes | None:
    """A photo file as it is, to keep with a session; None if it can no longer be read
    (then its marks are kept without it)."""
    try:
        return Path(path).read_bytes()
    except OSError:
        return None
