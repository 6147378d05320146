"""Locale-aware numbers and dates (Babel), always with the Western digits the sources use."""

from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date
from babel.numbers import format_decimal

from .catalogue import t

# English charts carry signs; Arabic uses the sources' own words from the catalogue,
# because bidi mirroring turns a sign like ">" around inside right-to-left text.
QUALIFIER_SIGNS = {"exact": "", "about": "≈ ", "nearly": "≲ ", "estimated": "≈ ", "at_least": "≥ ", "more_than": "> ", "at_most": "≤ "}


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


def join_or(items: list[str], lang: str) -> str:
    """'a, b or c' / 'أ أو ب أو ج': alternatives for running text."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    if lang == "ar":
        return "، أو ".join(items)
    return ", ".join(items[:-1]) + (", or " if len(items) > 2 else " or ") + items[-1]


def join(items: list[str], lang: str) -> str:
    """'a, b and c' / 'أ وب وج': a list for running text. Arabic puts «و» before every item after
    the first («صحراء الأنبار وجبال حمرين ومخمور»), never commas."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    if lang == "ar":
        return items[0] + "".join(" و" + i for i in items[1:])
    return ", ".join(items[:-1]) + " and " + items[-1]


def semicolon(lang: str) -> str:
    """The separator between list items that hold commas: Arabic «؛ », English '; '."""
    return "؛ " if lang == "ar" else "; "


# Arabic month names as Iraqi/Levantine press writes them with Western-calendar dates (Babel's `ar`).
def month_name(month: int, lang: str) -> str:
    """'January' / «يناير»: the month's name in `lang`, as Babel gives it."""
    from babel.dates import get_month_names

    return get_month_names("wide", locale=lang)[int(month)]


def qualified(value: float, qualifier: str, lang: str, high: float | None = None, unit: str | None = None) -> str:
    """A number with its qualifier as a sign: '≥ 12,000', '≈ 23,000', '5–10' («بين 5 و10»); a share as the source
    writes it ('a third', '95%'), never as 0.333."""
    as_share = share(value, unit, lang)
    if as_share is not None:
        if qualifier in ("exact", "", None):
            return as_share
        if lang == "ar" and qualifier == "estimated":  # «نحو الثلث (تقديرًا)», never «يُقدَّر ثلث»
            definite = "ال" + as_share if unit == "fraction" and not as_share[0].isdigit() else as_share
            return t("ui.estimated_share", lang, share=definite)
        if lang == "ar":
            return f"{t(f'qualifier.{qualifier}', lang)} {as_share}"
        return QUALIFIER_SIGNS.get(qualifier, "") + as_share
    if qualifier == "range" and high is not None and not (isinstance(high, float) and math.isnan(high)):
        if lang == "ar":  # «بين 5 و10»: a dash between digits reads the wrong way round in Arabic
            return f"{t('qualifier.range', lang)} {number(value, lang)} و{number(high, lang)}"
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
    ranged = qualifier == "range" and high is not None and not (isinstance(high, float) and math.isnan(high))
    if prose and lang == "en" and ranged:  # "between five and ten", not "5–10", in a sentence
        # a pair reads alike: "between five and ten", not "five and 10"
        pair = [_EN_WORDS[int(v)] if float(v).is_integer() and 0 <= v < 10 else ("ten" if v == 10 and value < 10 else words(v, lang))
                for v in (value, high)]
        text = t("ui.range_between", lang, low=pair[0], high=pair[1])
    elif prose and lang == "en" and qualifier not in ("exact", "range"):
        text = f"{t(f'qualifier.{qualifier}', lang)} {words(float(value), lang)}"  # "at most three", "about 2,500"
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
# Arabic 3–10 agree by polarity: a masculine noun takes the «ـة» form («ثلاثة مصادر»), a feminine
# noun the bare form («ثلاث سنوات», «أربع دول»). 1 and 2 never stand before a noun (the message's
# [one]/[two] variants say «مصدر واحد», «مصدران»).
_AR_WORDS_M = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
_AR_WORDS_F = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}


def words(value, lang: str, gender: str = "m") -> str:
    """An exact whole count written as a word, as editors do: English under ten ("three"); Arabic
    3–10 agreeing with its noun's `gender` ("m"/"f": «ثلاثة مصادر», «ثلاث سنوات»). Others as `count` reads."""
    try:
        number_ = float(value)
    except (TypeError, ValueError):  # a pre-formatted text ("about 2,500") goes in as written
        return str(value)
    exact = getattr(value, "exact", True) and number_.is_integer()
    if lang == "en" and exact and 0 <= number_ < 10:
        return _EN_WORDS[int(number_)]
    if lang == "ar" and exact and 3 <= number_ <= 10:
        return (_AR_WORDS_F if str(gender).startswith("f") else _AR_WORDS_M)[int(number_)]
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
