"""Text for people, without Qt: markers Qt's lupdate reads, and a pluggable translator.

Domain functions that write sentences take ``translate``; the user interface passes
one backed by Qt's translators, tests and the command line use English as written.
Every message is a whole sentence or a whole phrase with named placeholders, so a
translator can reorder the words.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; translated later, where it is shown."""
    del context
    return source


class _Numerus:
    """Marks a message with plural forms: lupdate reads
    ``NUMERUS.translate(context, text, None, 1)`` (a literal count, as its parser needs)
    as one; ``%n`` in the text is the count given when it is translated."""

    @staticmethod
    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        del context, disambiguation, n
        return source


NUMERUS = _Numerus()


class Translate(Protocol):
    def __call__(self, context: str, source: str, n: int = -1) -> str: ...


# "session(s)": the ending of the plural; "tr(y|ies)": singular and plural endings.
_PLURAL = re.compile(r"\((s|es)\)|\(([a-z]*)\|([a-z]*)\)")


def _ending(match: re.Match[str], n: int) -> str:
    if match.group(1) is not None:
        return "" if n == 1 else match.group(1)
    return match.group(2) if n == 1 else match.group(3)


def english(source: str, n: int = -1) -> str:
    """The English text of ``source``: ``%n`` is the count, "(s)" or "(y|ies)" follow it."""
    if n < 0:
        return source
    return _PLURAL.sub(lambda m: _ending(m, n), source.replace("%n", str(n)))


def identity(context: str, source: str, n: int = -1) -> str:
    """No translation: the English source text."""
    del context
    return english(source, n)


# The language's decimal separator, as a translation: "," in Spanish.
DECIMAL_POINT = QT_TRANSLATE_NOOP("Numbers", ".")


def round_half_up(value: float, digits: int = 1) -> float:
    """Rounded to ``digits`` decimals, halves away from zero (81.25 -> 81.3), as people round."""
    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def format_number(
    value: float, translate: Translate = identity, *, decimals: int | None = None
) -> str:
    """12.0 -> '12', 7.5 -> '7.5' ('7,5' in Spanish); with ``decimals``, always that many.

    Files (CSV, FHIR) call it without ``translate``: they always use a point."""
    text = f"{value:g}" if decimals is None else f"{value:.{decimals}f}"
    point = translate("Numbers", DECIMAL_POINT)
    return text if point in (".", "") else text.replace(".", point)
