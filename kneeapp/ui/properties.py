"""Setting Qt's enum properties by key name, as Qt Designer's files do.

Naming ``Qt.FocusPolicy.NoFocus`` in Python builds Python's copy of the whole ``Qt``
namespace first: some 80 enums, Qt.Key alone with 480 members, about 25-40 ms and
1 MB. What the home screen shows sets its few enum properties this way instead, so a
start never pays for that; every other screen uses the ``Qt`` enums as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property ``name`` to ``keys`` ("NoFocus", "A|B")."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__}.{name} cannot be set to {keys!r}")
