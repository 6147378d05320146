"""The report languages: which exist, which way each is written, and the other edition."""

from __future__ import annotations

LANGS = ("ar", "en")
DIRECTION = {"ar": "rtl", "en": "ltr"}


def direction(lang: str) -> str:
    """`rtl` or `ltr`: the direction of text in `lang`."""
    return DIRECTION.get(lang, "ltr")


def align(lang: str) -> str:
    """The side text of `lang` starts from: `right` or `left`."""
    return "right" if direction(lang) == "rtl" else "left"


def other(lang: str) -> str:
    """The language of the other edition."""
    return "en" if lang == "ar" else "ar"


def text_style(lang: str) -> str:
    """Inline CSS that sets a block's direction and alignment, wherever it is shown (JupyterLab's
    output area sets neither; the report's CSS sets the same values)."""
    return f"direction:{direction(lang)};text-align:{align(lang)};unicode-bidi:isolate"
