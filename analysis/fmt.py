"""Locale-aware numbers and dates (Babel), always with the Western digits the sources use."""

from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date
from babel.numbers import format_decimal

from .catalogue import t

# English charts carry signs; Arabic uses the sources' own words from the catalogue,
# because bidi mirroring turns a sign like ">" around inside right-to-left text.
QUALIFIER_SIGNS = {"exact": "", "about": "≈ ", "nearly": "≈ ", "estimated": "≈ ", "at_least": "≥ ", "more_than": "> ", "at_most": "≤ "}


def number(value: float, lang: str) -> str:
    """12000 -> '12,000', grouped for `lang`, Western digits."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if float(value).is_integer():
        value = int(value)
    return format_decimal(value, locale=lang, numbering_system="latn")


# Fractions the sources write in words ("a third", "half"): shown in words, never as 0.333.
FRACTION_WORDS = {0.5: "half", 0.3333: "third"}


def share(value: float, unit: str | None, lang: str) -> str | None:
    """A share in the words or sign the source uses ('a third', '95%'); None for other units."""
    if unit == "fraction":
        word = FRACTION_WORDS.get(round(float(value), 4))
        return t(f"fraction.{word}", lang) if word else f"{number(round(float(value) * 100, 1), lang)}%"
    if unit == "percent":
        return f"{number(value, lang)}%"
    return None


def join(items: list[str], lang: str) -> str:
    """'a, b and c' / 'أ وب وج': a list for running text."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    if lang == "ar":
        return "، ".join(items[:-1]) + " و" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def qualified(value: float, qualifier: str, lang: str, high: float | None = None, unit: str | None = None) -> str:
    """A number with its qualifier as a sign: '≥ 12,000', '≈ 23,000', '5–10'; a share as the source
    writes it ('a third', '95%'), never as 0.333."""
    as_share = share(value, unit, lang)
    if as_share is not None:
        if qualifier in ("exact", "", None):
            return as_share
        if lang == "ar":
            return f"{t(f'qualifier.{qualifier}', lang)} {as_share}"
        return QUALIFIER_SIGNS.get(qualifier, "") + as_share
    if qualifier == "range" and high is not None and not (isinstance(high, float) and math.isnan(high)):
        return f"{number(value, lang)}–{number(high, lang)}"
    if lang == "ar" and qualifier not in ("exact", "", None):
        return f"{t(f'qualifier.{qualifier}', lang)} {number(value, lang)}"
    return QUALIFIER_SIGNS.get(qualifier, "") + number(value, lang)


class Count:
    """A number for a catalogue message: it selects the message's CLDR plural variant by its
    value (Babel's rules, through fluent.runtime) and reads as `text` (grouped, Western digits,
    with its qualifier) where the message places it. Build one with `count()`."""


def count(value: float, lang: str, qualifier: str = "exact", high: float | None = None, prose: bool = False):
    """`value` for a Fluent message: selects by value, reads as `qualified(value, qualifier, lang)`
    (`prose`: English qualifiers as words, "about 2,500", not signs). `str()` gives that text.

    A range (qualifier 'range') selects by its upper bound, as Arabic grammar does."""
    from fluent.runtime.types import FluentFloat, FluentInt

    qualifier = qualifier or "exact"
    if prose and lang == "en" and qualifier not in ("exact", "range"):
        text = f"{t(f'qualifier.{qualifier}', lang)} {number(value, lang)}"
    else:
        text = qualified(value, qualifier, lang, high)
    select = high if qualifier == "range" and high is not None and not (isinstance(high, float) and math.isnan(high)) else value
    select = float(select)
    base = FluentInt if select.is_integer() else FluentFloat
    kind = _COUNT_TYPES.get(base)
    if kind is None:
        kind = _COUNT_TYPES[base] = type(f"Count{base.__name__}", (Count, base), {
            "format": lambda self, locale: self.text, "__str__": lambda self: self.text,
            # equal to its own text too, so code and tests may compare it with a string
            "__eq__": lambda self, other: self.text == other if isinstance(other, str) else base.__eq__(self, other),
            "__ne__": lambda self, other: not kind.__eq__(self, other),
            "__hash__": base.__hash__,
        })
    obj = kind(int(select) if select.is_integer() else select)
    obj.text, obj.exact = text, qualifier in ("exact", "", None)
    return obj


_COUNT_TYPES: dict = {}

_EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def words(value, lang: str) -> str:
    """English style: an exact whole count under ten as a word ("three"); others as `count` reads."""
    number_ = float(value)
    if lang == "en" and getattr(value, "exact", True) and number_.is_integer() and 0 <= number_ < 10:
        return _EN_WORDS[int(number_)]
    return getattr(value, "text", None) or number(number_, lang)


def date(value: dt.date | str | None, lang: str, precision: str = "day") -> str:
    """A date as readers write it in `lang`, to the precision the source gives."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return t("ui.undated", lang)
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):  # pandas.Timestamp too
        value = value.date()
    pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}.get(precision, "d MMMM y")
    return format_date(value, format=pattern, locale=lang)
