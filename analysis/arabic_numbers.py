"""The numbers an Arabic sentence states: digits, Arabic-Indic digits and number words.

    >>> sorted(numbers_in("خسرت ما لا يقل عن 12 ألف مقاتل"))
    [12000.0]
    >>> states("كل ثلاثة أشهر", 3)
    True

Read: runs of digits in any script (`600`, `٦٠٠`, `2,500`, `1.5`, `٢٫٥`), a scale word
after a number (`23 ألف`, `12 ألفًا`, `ثلاثة آلاف`, `مليون`), cardinal words (`ثلاثة`,
`ثماني`, `الأربعة`, `عشرين`, `مئة`), fractions (`نصف`, `ثلث`, `ربع`) and a dual noun
(`ساعتين`, `مرحلتين`: two). Words carry their clitics (`و`, `ب`, `ل`, `ال`, ...) and
may carry diacritics or tatweel. It is deliberately generous about what a quote
states (a word that may be a number counts), so that it refuses only values the
quote cannot be read as stating.
"""

from __future__ import annotations

import re
import unicodedata

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")  # tashkeel, dagger alef, tatweel
_DIGITS = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")
_WORD = re.compile(r"[\u0621-\u064a]+")
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")

UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000,
    "مليون": 10**6, "مليونا": 10**6, "مليار": 10**9, "مليارا": 10**9,
}
FRACTIONS = {"نصف": 1 / 2, "ثلث": 1 / 3, "ربع": 1 / 4, "خمس": 1 / 5, "سدس": 1 / 6, "عشر": 1 / 10,
             "ثلثي": 2 / 3, "ثلثا": 2 / 3}
SCALES = {"الف": 1000, "الفا": 1000, "الاف": 1000, "مليون": 10**6, "مليونا": 10**6, "ملايين": 10**6,
          "مليار": 10**9, "مليارا": 10**9, "مليارات": 10**9}
# A dual noun ends in -تين/-تان (ساعتين, مرحلتين) or -يين (جنراليين): it states two.
_DUAL = re.compile(r"(تين|تان|يين)$")


def normalise(text: str) -> str:
    """NFC, no diacritics or tatweel, one alef, ya for alef maqsura, ha for ta marbuta."""
    text = _DIACRITICS.sub("", unicodedata.normalize("NFC", text))
    return text.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}))


def _stems(word: str) -> list[str]:
    """`word` and the word without each clitic prefix it may carry."""
    stems = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            stems.append(word[len(prefix):])
    return stems


def _digits_value(text: str) -> float:
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
    digits = digits.replace("\u066c", "").replace("\u066b", ".")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", digits):
        digits = digits.replace(",", "")
    return float(digits.replace(",", "."))


def numbers_in(text: str) -> set[float]:
    """Every number `text` can be read as stating."""
    text = normalise(text)
    found: set[float] = set()
    tokens: list[tuple[str, float | None, list[str]]] = []  # (kind, value, stems)
    for match in re.finditer(r"\d+(?:[.,\u066b\u066c]\d+)*|[\u0621-\u064a]+", text):
        token = match.group(0)
        if token[0].isdigit():
            tokens.append(("digits", _digits_value(token), []))
        else:
            tokens.append(("word", None, _stems(token)))
    previous: float | None = None
    for kind, value, stems in tokens:
        if kind == "digits":
            found.add(value)
            previous = value
            continue
        scale = next((SCALES[s] for s in stems if s in SCALES), None)
        if scale is not None and previous is not None:
            found.add(previous * scale)
        for stem in stems:
            if stem in UNITS:
                found.add(float(UNITS[stem]))
            if stem in FRACTIONS:
                found.add(FRACTIONS[stem])
        if any(_DUAL.search(s) for s in stems[:1]):
            found.add(2.0)
        word_value = next((UNITS[s] for s in stems if s in UNITS), None)
        previous = float(word_value) if word_value is not None and scale is None else None
    return found


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(1.0, abs(a), abs(b))


def states(text: str, value: float, high: float | None = None) -> bool:
    """Whether `text` states `value` (and `high`, for a range)."""
    stated = numbers_in(text)
    wanted = [value] + ([high] if high is not None else [])
    return all(any(_same(w, n) for n in stated) for w in wanted)
