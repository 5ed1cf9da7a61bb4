"""What the accessibility and translation tests look for on one screen."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)


def shown(window: QWidget) -> list[QWidget]:
    """The widgets a person can see on the window's current screen."""
    return [w for w in window.findChildren(QWidget) if w.isVisible()]


def _is_part_of_another(widget: QWidget) -> bool:
    """Scroll bars, headers and the editors inside spin and combo boxes: parts of a
    control that has its own name."""
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    parent = widget.parentWidget()
    return isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox))


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown_text = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {shown_text!r}"


def unnamed_controls(window: QWidget) -> list[str]:
    """Interactive widgets with neither visible text nor an accessible name."""
    problems = []
    for widget in shown(window):
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not text.strip() and not widget.accessibleName().strip():
            problems.append(describe(widget))
    return problems


def clipped_texts(window: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they were given."""
    problems = []
    for widget in shown(window):
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap():
                need_w = 0
                need_h = widget.heightForWidth(widget.width())
            else:
                hint = widget.sizeHint()
                need_w, need_h = hint.width(), hint.height()
            if need_w > widget.width() + 1 or need_h > widget.height() + 1:
                problems.append(
                    f"{describe(widget)} needs {need_w}x{need_h}, has "
                    f"{widget.width()}x{widget.height()}"
                )
        elif isinstance(widget, (QPushButton, QCheckBox)) and widget.text().strip():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(
                    f"{describe(widget)} needs {hint.width()}x{hint.height()}, has "
                    f"{widget.width()}x{widget.height()}"
                )
    return problems


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits on the current screen, in order, starting from the top."""
    chain: list[QWidget] = []
    start = window
    widget = window.nextInFocusChain()
    while widget is not None and widget is not start and len(chain) < 500:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


Place = tuple[QWidget | None, QPoint, QPoint, int]


def _position(widget: QWidget, window: QWidget) -> Place:
    """(the scroll area holding the widget, its place in the scroll area's content, its
    place in the window with content below or above the view pulled to the view's edge,
    its height there)."""
    point = widget.mapTo(window, QPoint(0, 0))
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            assert content is not None
            top = parent.mapTo(window, QPoint(0, 0)).y()
            bottom = top + parent.height() - 1
            clamped = QPoint(point.x(), min(max(point.y(), top), bottom))
            # Only the part inside the view counts: a control half scrolled out of
            # sight does not reach into the button bar below the view.
            height = min(widget.height(), bottom - clamped.y() + 1) if clamped == point else 1
            return parent, widget.mapTo(content, QPoint(0, 0)), clamped, height
        parent = parent.parentWidget()
    return None, point, point, widget.height()


def _comes_before(a: QPoint, a_height: int, b: QPoint, b_height: int) -> bool:
    """Whether b is read after a: lower down, or on the same line further right, or at
    the top of a new column to the right (the right side's controls after the left's)."""
    same_line = b.y() < a.y() + a_height and a.y() < b.y() + b_height
    if same_line:
        return b.x() >= a.x()
    return b.y() > a.y() or b.x() > a.x()


def out_of_reading_order(window: QWidget) -> list[str]:
    """Consecutive Tab stops where the second is read before the first (reading order:
    top to bottom, left to right)."""
    chain = focus_chain(window)
    if not chain:
        return []
    places = {id(w): _position(w, window) for w in chain}
    # Tab wraps around: read the chain from the widget at the top left.
    first = 0
    for index, widget in enumerate(chain):
        _, _, best, best_height = places[id(chain[first])]
        _, _, here, height = places[id(widget)]
        if not _comes_before(best, best_height, here, height):
            first = index
    chain = chain[first:] + chain[:first]
    problems = []
    for before, after in itertools.pairwise(chain):
        area_a, inside_a, outside_a, height_a = places[id(before)]
        area_b, inside_b, outside_b, height_b = places[id(after)]
        if area_a is not None and area_a is area_b:
            a, b = inside_a, inside_b
            height_a, height_b = before.height(), after.height()
        else:
            a, b = outside_a, outside_b
        if not _comes_before(a, height_a, b, height_b):
            problems.append(f"{describe(before)} then {describe(after)}")
    return problems


def plain(text: str) -> str:
    if "<" not in text:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person sees or hears on the current screen."""
    texts = [window.windowTitle()]
    for widget in shown(window):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(plain(widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                texts.append(header.text() if header else "")
                for row in range(widget.rowCount()):
                    item = widget.item(row, column)
                    texts.append(item.text() if item else "")
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                for row in range(min(model.rowCount(), 20)):
                    value = model.data(model.index(row, 0))
                    texts += str(value or "").split("\n")
    return [text.strip() for text in texts if text and text.strip()]


def _luminance(red: int, green: int, blue: int) -> float:
    def linear(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def rendered_contrast(widget: QWidget, inset: int = 6, right: int = 0) -> float:
    """The contrast between the text and the background of a widget as drawn: the most
    common colour inside its border is the background, the pixel furthest from it the text."""
    image = widget.grab().toImage()
    counts: dict[tuple[int, int, int], int] = {}
    width, height = image.width() - inset - right, image.height() - inset
    step = max(1, round(image.devicePixelRatio()))
    for y in range(inset * step, height * step, step):
        for x in range(inset * step, width * step, step):
            colour = image.pixelColor(x, y)
            key = (colour.red(), colour.green(), colour.blue())
            counts[key] = counts.get(key, 0) + 1
    background = max(counts, key=lambda k: counts[k])
    back = _luminance(*background)
    text = max((_luminance(*c) for c in counts), key=lambda lum: abs(lum - back))
    lighter, darker = max(back, text), min(back, text)
    return (lighter + 0.05) / (darker + 0.05)
