"""Locale-aware numbers and dates (Babel), always with the Western digits the sources use."""

from __future__ import annotations

import datetime as dt
import math
import re

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
    the first («صحراء الأنبار وجبال حمرين ومخمور»), never commas. Items that hold a comma themselves
    ('Alhurra, 4 Sep 2024') are parted by semicolons, else the list runs on: «الحرة، 22 سبتمبر 2024؛
    والحرة، 4 سبتمبر 2024», 'Alhurra, 22 Sep 2024; and Alhurra, 4 Sep 2024'."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    # a comma inside brackets ('Qara Chokh (within Kirkuk, Nineveh and …)') does not part the list
    commas = any(("،" in i or "," in i) for i in (re.sub(r"\([^()]*\)", "", i) for i in items))
    if lang == "ar":
        glue = "؛ و" if commas else " و"
        return items[0] + "".join(glue + i for i in items[1:])
    if commas:
        return "; ".join(items[:-1]) + "; and " + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def semicolon(lang: str) -> str:
    """The separator between list items that hold commas: Arabic «؛ », English '; '."""
    return "؛ " if lang == "ar" else "; "


# Arabic month names as Iraqi and Levantine readers write them, and as the sources do («مطلع أغسطس/ آب»):
# the Syriac name, then the one the rest of the Arab press uses («تشرين الأول/أكتوبر»).
_AR_MONTHS_LEVANT = ("", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                     "تشرين الأول", "تشرين الثاني", "كانون الأول")
_AR_MONTHS_COMMON = ("", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                     "أكتوبر", "نوفمبر", "ديسمبر")


def month_name(month: int, lang: str, short: bool = False) -> str:
    """'January' ('Jan' when `short`) / «كانون الثاني/يناير» (Arabic has one form): the month's name in `lang`."""
    if lang == "ar":
        return f"{_AR_MONTHS_LEVANT[int(month)]}/{_AR_MONTHS_COMMON[int(month)]}"
    from babel.dates import get_month_names

    return get_month_names("abbreviated" if short else "wide", locale=lang)[int(month)]


def format_pattern(value, pattern: str, lang: str) -> str:
    """The one date formatter: `value` (a date, datetime or Timestamp) in a CLDR `pattern` ('d MMM y',
    'MMMM y', 'MMM') for `lang`. Arabic months read «تشرين الأول/أكتوبر» in every pattern."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):  # pandas.Timestamp too
        value = value.date()
    if lang == "ar" and "MMM" in pattern:
        pattern = re.sub(r"M{3,5}", "'" + month_name(value.month, lang) + "'", pattern)
        # the day stays on the line of its month («15 تشرين الأول»): a no-break space between them
        return re.sub(r"^(\d+) ", "\\1\u00a0", format_date(value, format=pattern, locale=lang))
    return format_date(value, format=pattern, locale=lang)


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


def words(value, lang: str, gender: str = "m", unit: str = "") -> str:
    """An exact whole count written as a word, as editors do: English under ten ("three"), months of a
    year up to twelve (`unit="month"`: "six months against twelve"); Arabic 3–10 agreeing with its noun's
    `gender` ("m"/"f": «ثلاثة مصادر», «ثلاث سنوات»). Others as `count` reads."""
    try:
        number_ = float(value)
    except (TypeError, ValueError):  # a pre-formatted text ("about 2,500") goes in as written
        return str(value)
    exact = getattr(value, "exact", True) and number_.is_integer()
    if lang == "en" and exact and 0 <= number_ <= (12 if unit == "month" else 9):
        return (_EN_WORDS + ("ten", "eleven", "twelve"))[int(number_)]
    if lang == "ar" and exact and 3 <= number_ <= 10:
        return (_AR_WORDS_F if str(gender).startswith("f") else _AR_WORDS_M)[int(number_)]
    return getattr(value, "text", None) or number(number_, lang)


def date(value: dt.date | str | None, lang: str, precision: str = "day") -> str:
    """A date as readers write it in `lang`, to the precision the source gives."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return t("ui.undated", lang)
    pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}.get(precision, "d MMMM y")
    return format_pattern(value, pattern, lang)
