"""What the screen-geometry test looks for on one screen: text that needs more room than
it was given, text cut by what holds it, and laid-out widgets that overlap. Geometry
only (sizes and places mapped to the window), never pixels, so it is the same on every
machine."""

from __future__ import annotations

import itertools

from a11y import describe
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QTableView,
    QWidget,
)

# A pixel either way is rounding, not a cut.
SLACK = 1


def _shown(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible()]


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def needed_size(widget: QWidget) -> tuple[int, int] | None:
    """The room a label's or button's text needs at the widget's present width (None:
    no text to cut)."""
    if isinstance(widget, QLabel):
        if not widget.text().strip():
            return None
        if widget.wordWrap():
            # A wrapped label needs its height at its width, and its longest word.
            return widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
        hint = widget.sizeHint()
        return hint.width(), hint.height()
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        hint = widget.sizeHint()
        return hint.width(), hint.height()
    return None


def clipped_texts(window: QWidget) -> list[str]:
    """Labels and buttons whose text needs more room than they have: it is cut or
    elided on screen."""
    problems = []
    for widget in _shown(window):
        need = needed_size(widget)
        if need is None:
            continue
        need_w, need_h = need
        if need_w > widget.width() + SLACK or need_h > widget.height() + SLACK:
            problems.append(
                f"{describe(widget)} needs {need_w}x{need_h}, "
                f"has {widget.width()}x{widget.height()}"
            )
    return problems


def _scrolls_vertically(widget: QWidget) -> bool:
    """A scroll area's viewport: what it cuts off at the top or bottom is scrolled to."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def cut_by_parent(window: QWidget) -> list[str]:
    """Labels and buttons reaching outside what holds them: a part of their text is not
    drawn. Beyond the top or bottom of a scroll area is fine (it scrolls there); beyond
    its sides is not (pages never scroll sideways)."""
    problems = []
    for widget in _shown(window):
        if needed_size(widget) is None:
            continue
        rect = _in_window(widget, window)
        visible = QRect(rect)
        scrolled = False  # from a scroll area's viewport up, only the sides cut
        parent = widget.parentWidget()
        while parent is not None and parent is not window.parentWidget():
            scrolled = scrolled or _scrolls_vertically(parent)
            bounds = _in_window(parent, window)
            if scrolled:
                bounds.setTop(min(bounds.top(), visible.top()))
                bounds.setBottom(max(bounds.bottom(), visible.bottom()))
            visible = visible.intersected(bounds)
            parent = parent.parentWidget()
        if visible.isEmpty():
            continue  # scrolled out of sight
        if visible.width() + SLACK < rect.width() or visible.height() + SLACK < rect.height():
            problems.append(
                f"{describe(widget)} is {rect.width()}x{rect.height()}, "
                f"only {visible.width()}x{visible.height()} is shown"
            )
    return problems


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            found.append(widget)
        elif (inner := item.layout()) is not None:
            found += _laid_out(inner)
    return found


def overlapping_widgets(window: QWidget) -> list[str]:
    """Visible widgets placed by the same layout whose rectangles cross: one is drawn
    over the other."""
    problems = []
    holders = [window, *_shown(window)]
    for holder in holders:
        layout = holder.layout()
        if layout is None:
            continue
        placed = [w for w in _laid_out(layout) if w.isVisible() and not w.size().isEmpty()]
        for a, b in itertools.combinations(placed, 2):
            overlap = _in_window(a, window).intersected(_in_window(b, window))
            if overlap.width() > SLACK and overlap.height() > SLACK:
                problems.append(
                    f"{describe(a)} and {describe(b)} overlap by "
                    f"{overlap.width()}x{overlap.height()}"
                )
    return problems


def clipped_cells(window: QWidget) -> list[str]:
    """Table cells whose text needs more room than the column and row give it."""
    problems = []
    for view in _shown(window):
        if not isinstance(view, QTableView):
            continue
        model = view.model()
        if model is None:
            continue
        total = sum(view.columnWidth(c) for c in range(model.columnCount()))
        if total > view.viewport().width() + SLACK:
            problems.append(
                f"{describe(view)}: columns {total} px wide in {view.viewport().width()} px"
            )
        for column in range(model.columnCount()):
            if (
                not view.wordWrap()
                and view.sizeHintForColumn(column) > view.columnWidth(column) + SLACK
            ):
                problems.append(
                    f"{describe(view)}: column {column} needs {view.sizeHintForColumn(column)}, "
                    f"has {view.columnWidth(column)}"
                )
        for row in range(model.rowCount()):
            if view.sizeHintForRow(row) > view.rowHeight(row) + SLACK:
                problems.append(
                    f"{describe(view)}: row {row} needs {view.sizeHintForRow(row)}, "
                    f"has {view.rowHeight(row)}"
                )
    return problems


def geometry_problems(window: QWidget) -> dict[str, list[str]]:
    return {
        "text cut off": clipped_texts(window) + clipped_cells(window),
        "outside what holds it": cut_by_parent(window),
        "overlap": overlapping_widgets(window),
    }
