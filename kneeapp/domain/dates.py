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
    """'03 March 2026, 14:05' (or '03 March 2026 at 14:05') in local time."""
    local = local_time(moment)
    if at:
        template = QT_TRANSLATE_NOOP("Months", "{day} {month} {year} at {time}")
    else:
        template = QT_TRANSLATE_NOOP("Months", "{day} {month} {year}, {time}")
    return translate("Months", template).format(
        day=f"{local.day:02d}",
        month=translate("Months", MONTHS[local.month - 1]),
        year=local.year,
        time=f"{local:%H:%M}",
    )
