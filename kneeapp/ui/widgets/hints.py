"""Example text in an empty field that reads as a hint, never as something typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

EMPTY = "empty"  # the property the style sheet draws an empty field's hint by


def show_hint(field: QLineEdit | QPlainTextEdit, hint: str) -> None:
    """Give ``field`` its example text, drawn in italics in the hint colour while the
    field is empty (the style sheet's ``[empty="true"]``)."""
    field.setPlaceholderText(hint)
    if field.property(EMPTY) is None:
        field.textChanged.connect(lambda *_: _follow(field))
    _follow(field)


def _follow(field: QLineEdit | QPlainTextEdit) -> None:
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    empty = not text
    if field.property(EMPTY) == empty:
        return
    field.setProperty(EMPTY, empty)
    # A property the style sheet selects on takes effect once the style is applied again.
    style = field.style()
    style.unpolish(field)
    style.polish(field)
    field.update()
