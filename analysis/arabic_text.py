"""Finding words in an Arabic source the way a reader would, and printing them verbatim.

Writers vary how they spell the same Arabic words: hamza and alef forms (أ إ آ ٱ ا),
hamza carriers (ؤ ئ ء), ta marbuta and ha (ة ه), alef maqsura and ya (ى ي),
tatweel (ـ), diacritics (harakat, shadda, sukun), Arabic-Indic digits (٠١٢ / ۰۱۲),
Arabic or Latin punctuation (، ,) and the spaces around punctuation. `fold` maps a
text to a *folded* form that forgets these differences, and keeps, for each folded
character, the offset of the original character it came from. A match found in the
folded text is therefore printed with the file's own characters (`Match.span`).

    from analysis import arabic_text
    arabic_text.find("ثلاثه اشهر", text)          # [Match(start, end, line, span)]
    arabic_text.closest("قتلت خلال 5 سنوات", text)  # Near(span, line, differences)

Nothing here reads files or data: it works on strings, so any module can use it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Hamza carriers all fold to the bare hamza; alef with hamza or madda, and alef wasla, to alef.
_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "ء", "ئ": "ء", "ء": "ء",
    "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ە": "ه",
    "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?", "٪": "%",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‹": "'", "›": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
}
_DROP_CATEGORIES = ("Mn", "Me", "Cf")  # diacritics, enclosing marks, bidi and zero-width controls
TATWEEL = "\u0640"
_PUNCT = set("""!"#%&'()*+,-./:;<=>?@[\\]^_`{|}~""")


def _fold_char(ch: str) -> str:
    """What one character folds to: '' (dropped), ' ' (a space) or one or more folded characters."""
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch == TATWEEL:
        return ""
    if ch.isspace():
        return " "
    if ch.isdigit():  # any Nd digit: Arabic-Indic, Extended Arabic-Indic, ...
        try:
            return str(unicodedata.digit(ch))
        except (TypeError, ValueError):
            return ch
    if unicodedata.category(ch) in _DROP_CATEGORIES:
        return ""
    out = []
    for c in unicodedata.normalize("NFKD", ch):  # presentation forms, ligatures, Latin accents
        if c in _LETTERS:
            out.append(_LETTERS[c])
        elif unicodedata.category(c) not in _DROP_CATEGORIES and c != TATWEEL:
            out.append(c.casefold())
    return "".join(out)


@lru_cache(maxsize=4096)
def _fold_char_cached(ch: str) -> str:
    return _fold_char(ch)


def is_ignored(ch: str) -> bool:
    """Whether `ch` vanishes when folded (a diacritic, tatweel, a zero-width control)."""
    return _fold_char_cached(ch) == ""


def fold(text: str) -> tuple[str, list[int]]:
    """The folded `text` and, for each folded character, the offset of its original character.

    Runs of whitespace become one space; a space next to punctuation is dropped (so
    `سبتمبر/ أيلول` and `سبتمبر /أيلول` fold alike); leading and trailing spaces go.
    """
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char_cached(ch):
            if c == " ":
                if not chars or chars[-1] == " " or chars[-1] in _PUNCT:
                    continue
            elif c in _PUNCT and chars and chars[-1] == " ":
                chars.pop()
                index.pop()
            chars.append(c)
            index.append(i)
    if chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return "".join(chars), index


def folded(text: str) -> str:
    """Only the folded form of `text`."""
    return fold(text)[0]


@lru_cache(maxsize=64)
def _folded_source(text: str) -> tuple[str, tuple[int, ...]]:
    out, index = fold(text)
    return out, tuple(index)


@dataclass(frozen=True)
class Match:
    """Where words were found: raw offsets, 1-based line and column, and the file's own characters."""

    start: int
    end: int
    line: int
    col: int
    span: str


def _word_char(ch: str) -> bool:
    return ch.isalnum() or is_ignored(ch) and not ch.isspace()


def _raw_span(text: str, index: tuple[int, ...], fstart: int, fend: int, whole_words: bool) -> tuple[int, int]:
    """Raw (start, end) of folded [fstart, fend), widened over trailing marks and, if asked, to whole words."""
    start, end = index[fstart], index[fend - 1] + 1
    while end < len(text) and is_ignored(text[end]) and text[end] != "\n":
        end += 1  # diacritics and tatweel after the last letter belong to it
    if whole_words:
        while start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
            start -= 1
        while end < len(text) and _word_char(text[end - 1]) and _word_char(text[end]):
            end += 1
    return start, end


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def find(words: str, text: str, whole_words: bool = True) -> list[Match]:
    """Every place `words` occur in `text`, forgiving Arabic spelling variation.

    Each match is widened to whole words (unless `whole_words` is False) and carries
    the verbatim span of `text`, ready to be pasted as a quote.
    """
    needle = folded(words)
    if not needle:
        return []
    hay, index = _folded_source(text)
    found: list[Match] = []
    seen = set()
    at = hay.find(needle)
    while at != -1:
        start, end = _raw_span(text, index, at, at + len(needle), whole_words)
        if (start, end) not in seen:
            seen.add((start, end))
            found.append(Match(start, end, *_position(text, start), text[start:end]))
        at = hay.find(needle, at + 1)
    return found


@dataclass(frozen=True)
class Near:
    """The span of a source closest to a quote that is not in it, and how the two differ."""

    start: int
    end: int
    line: int
    span: str
    differences: tuple[str, ...]
    ratio: float


def _best_window(needle: str, hay: str) -> tuple[int, int, int]:
    """(cost, start, end) of the substring of `hay` at least edit distance from `needle` (Sellers)."""
    m = len(needle)
    prev = list(range(m + 1))
    prev_start = [0] * (m + 1)
    best = (m + 1, 0, 0)
    for j, hc in enumerate(hay, start=1):
        cur = [0] * (m + 1)
        cur_start = [j] * (m + 1)
        for i in range(1, m + 1):
            sub = prev[i - 1] + (needle[i - 1] != hc)
            dele = cur[i - 1] + 1
            ins = prev[i] + 1
            if sub <= dele and sub <= ins:
                cur[i], cur_start[i] = sub, prev_start[i - 1]
            elif dele <= ins:
                cur[i], cur_start[i] = dele, cur_start[i - 1]
            else:
                cur[i], cur_start[i] = ins, prev_start[i]
        if cur[m] < best[0]:
            best = (cur[m], cur_start[m], j)
        prev, prev_start = cur, cur_start
    return best


def _widen(needle: str, line: str, a: int, b: int) -> tuple[int, int, float]:
    """The window of whole words around [a, b) of `line` most like `needle` (difflib ratio)."""
    n = len(needle)
    cuts = [i for i, c in enumerate(line) if c == " " or c in _PUNCT]
    starts = [0] + [i + 1 for i in cuts]
    ends = cuts + [len(line)]
    starts = [i for i in starts if a - n <= i <= a + n // 2] or [a]
    ends = [i for i in ends if b - n // 2 <= i <= b + n] or [b]
    best = (a, b, -1.0)
    for i in starts:
        for j in ends:
            if j > i:
                ratio = difflib.SequenceMatcher(None, needle, line[i:j], autojunk=False).ratio()
                if ratio > best[2]:
                    best = (i, j, ratio)
    return best


def _shared_grams(a: str, b: str, n: int = 3) -> int:
    grams = {a[i:i + n] for i in range(len(a) - n + 1)}
    return sum(1 for i in range(len(b) - n + 1) if b[i:i + n] in grams)


def closest(words: str, text: str, candidates: int = 2) -> Near | None:
    """The span of `text` most like `words` (edit distance on the folded forms), with the differences."""
    needle = folded(words)
    if not needle:
        return None
    hay, index = _folded_source(text)
    # Paragraphs sharing most trigrams with the quote, then the best window inside each.
    lines = _raw_lines(text, index)
    ranked = sorted(lines, key=lambda item: -_shared_grams(needle, item[1]))[:candidates]
    best = None
    for base, part in ranked:
        if not part:
            continue
        cost, a, b = _best_window(needle, part)
        a, b, ratio = _widen(needle, part, a, b)
        if best is None or ratio > best[0]:
            best = (ratio, base + a, base + b)
    if best is None or best[2] <= best[1]:
        return None
    start, end = _raw_span(text, index, best[1], best[2], whole_words=True)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = text[start:end]
    ratio = difflib.SequenceMatcher(None, folded(words), folded(span), autojunk=False).ratio()
    return Near(start, end, _position(text, start)[0], span, tuple(differences(words, span)), ratio)


def _raw_lines(text: str, index: tuple[int, ...]) -> list[tuple[int, str]]:
    """The folded text cut where the raw text has a line break: [(folded offset, folded line)]."""
    hay = _folded_source(text)[0]
    cuts = [0]
    for k in range(1, len(index)):
        if "\n" in text[index[k - 1]:index[k]]:
            cuts.append(k)
    cuts.append(len(hay))
    return [(cuts[i], hay[cuts[i]:cuts[i + 1]]) for i in range(len(cuts) - 1)]


def differences(quote: str, span: str, limit: int = 3) -> list[str]:
    """Where `quote` and `span` differ, word by word: 'the quote has «X» where the source has «Y»'."""
    a, b = quote.split(), span.split()
    out = []
    matcher = difflib.SequenceMatcher(None, [folded(w) for w in a], [folded(w) for w in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            # same folded words, different spelling: say so when the characters differ
            for x, y in zip(a[i1:i2], b[j1:j2]):
                if x != y:
                    out.append(f"the quote has «{x}» where the source writes «{y}»")
            continue
        qa, sb = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "replace":
            out.append(f"the quote has «{qa}» where the source has «{sb}»")
        elif op == "delete":
            out.append(f"the quote has «{qa}», which the source does not")
        else:
            out.append(f"the source has «{sb}», which the quote leaves out")
    more = len(out) - limit
    return out[:limit] + ([f"and {more} more difference(s)"] if more > 0 else [])


_NUMBER_WORDS = (
    "واحد", "واحدة", "اثنان", "اثنين", "اثنتان", "اثنتين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة",
    "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "ثمان", "تسع", "تسعة", "عشر", "عشرة", "عشرون", "عشرين",
    "ثلاثون", "ثلاثين", "أربعون", "أربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين",
    "ثمانون", "ثمانين", "تسعون", "تسعين", "مئة", "مائة", "مئتان", "مئتين", "مئات", "ألف", "ألفان", "ألفين",
    "آلاف", "مليون", "ملايين", "مليار", "مليارات", "نصف", "ثلث", "ربع", "خمس", "عشرات",
)
_NUMBER_STEMS = {folded(w) for w in _NUMBER_WORDS}
_PREFIXES = ("وب", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف", "ك")
_TOKEN = re.compile(r"\S+")


def number_words(text: str) -> list[tuple[int, int, str]]:
    """Arabic number words in `text` as (start, end, word): ثلاثة، ثماني، ألف، نصف…

    A word counts when, folded and stripped of one clitic prefix (و، ب، ال…) and of a
    dual or plural ending, it is a number word. Words such as «خمس» (five or a fifth) are
    counted: a number word left unexplained is cheap to dismiss, a figure missed is not.
    """
    out = []
    for m in _TOKEN.finditer(text):
        word = folded(m.group(0)).strip("\"'()[],.;:?!-")
        if _is_number_word(word):
            start, end = m.start(), m.end()
            while end > start and not text[end - 1].isalpha() and not is_ignored(text[end - 1]):
                end -= 1
            out.append((start, end, text[start:end]))
    return out


def _is_number_word(word: str) -> bool:
    candidates = {word}
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            candidates.add(word[len(p):])
    for c in list(candidates):
        for suffix in ("ه", "ات", "ين", "ان"):
            if c.endswith(suffix) and len(c) - len(suffix) >= 3:
                candidates.add(c[: -len(suffix)])
    return bool(candidates & _NUMBER_STEMS)
