"""Dates in words, in the person's language: '3 March 2026'."""

from __future__ import annotations

from datetime import datetime

from kneeapp.domain.text import QT_TRANSLATE_NOOP, Translate, identity

MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)

# A chart's axis has room for short names only (its own context: "May" is both).
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("ShortMonths", "Jan"),
    QT_TRANSLATE_NOOP("ShortMonths", "Feb"),
    QT_TRANSLATE_NOOP("ShortMonths", "Mar"),
    QT_TRANSLATE_NOOP("ShortMonths", "Apr"),
    QT_TRANSLATE_NOOP("ShortMonths", "May"),
    QT_TRANSLATE_NOOP("ShortMonths", "Jun"),
    QT_TRANSLATE_NOOP("ShortMonths", "Jul"),
    QT_TRANSLATE_NOOP("ShortMonths", "Aug"),
    QT_TRANSLATE_NOOP("ShortMonths", "Sep"),
    QT_TRANSLATE_NOOP("ShortMonths", "Oct"),
    QT_TRANSLATE_NOOP("ShortMonths", "Nov"),
    QT_TRANSLATE_NOOP("ShortMonths", "Dec"),
)
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("ShortWeekdays", "Mon"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Tue"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Wed"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Thu"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Fri"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Sat"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Sun"),
)
_SHORT_NAMES = {
    **{name: "ShortMonths" for name in SHORT_MONTHS},
    **{name: "ShortWeekdays" for name in SHORT_WEEKDAYS},
}


def localized_short_names(text: str, translate: Translate = identity) -> str:
    """'Apr' -> 'abr', 'Mon 06' -> 'lun 06': the English short month and day names that
    date labels are written with, in the person's language; other words as they are."""
    return " ".join(
        translate(_SHORT_NAMES[word], word) if word in _SHORT_NAMES else word
        for word in text.split(" ")
    )


def local_time(moment: datetime) -> datetime:
    """``moment`` in local time; left as it is at the very edge of what a datetime holds
    (year 9999 east of UTC, year 1 west of it), where the shift would overflow."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError):
        return moment


def format_day(moment: datetime, *, with_year: bool = True, translate: Translate = identity) -> str:
    """'3 March 2026', or '3 March'."""
    month = translate("Months", MONTHS[moment.month - 1])
    if with_year:
        template = QT_TRANSLATE_NOOP("Months", "{day} {month} {year}")
    else:
        template = QT_TRANSLATE_NOOP("Months", "{day} {month}")
    return translate("Months", template).format(day=moment.day, month=month, year=moment.year)


def format_moment(moment: datetime, translate: Translate = identity, *, at: bool = False) -> str:
    """'3 March 2026, 14:05' (or '3 March 2026 at 14:05') in local time: the day
    written as format_day writes it, without a leading zero."""
    local = local_time(moment)
    if at:
        template = QT_TRANSLATE_NOOP("Months", "{day} {month} {year} at {time}")
    else:
        template = QT_TRANSLATE_NOOP("Months", "{day} {month} {year}, {time}")
    return translate("Months", template).format(
        day=local.day,
        month=translate("Months", MONTHS[local.month - 1]),
        year=local.year,
        time=f"{local:%H:%M}",
    )
