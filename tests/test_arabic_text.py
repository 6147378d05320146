"""Matching that forgives Arabic spelling variation and prints the file's own characters."""

from __future__ import annotations

import pytest

from analysis import arabic_text as at

TEXT = "قال المسؤول إنّ الهجمات بلغت ١٥٣ هجوماً خلال سبتمبر/ أيلول 2024.\nوفي السنة الماضية نحو ١٢٠ هجومًا، وهي حصيلةٌ أوليّة.\n"


@pytest.mark.parametrize("variant, expected", [
    ("المسئول", "المسؤول"),                 # hamza carrier
    ("ان الهجمات", "إنّ الهجمات"),          # alef with hamza below, shadda
    ("153 هجوما", "١٥٣ هجوماً"),            # Arabic-Indic digits, tanwin
    ("سبتمبر /ايلول", "سبتمبر/ أيلول"),     # spaces around punctuation, hamza on alef
    ("حصيلة اوليه", "حصيلةٌ أوليّة"),      # ta marbuta and ha, diacritics
    ("السنه الماضيه", "السنة الماضية"),
])
def test_variants_match_and_the_span_is_verbatim(variant, expected):
    (match,) = at.find(variant, TEXT)
    assert match.span == expected
    assert TEXT[match.start:match.end] == expected


def test_tatweel_is_ignored():
    assert [m.span for m in at.find("هجومـــا", TEXT)] == ["هجوماً", "هجومًا"]


def test_alef_maqsura_and_ya():
    assert at.find("علي الطاولة", "وضع الكتاب على الطاولة")[0].span == "على الطاولة"


def test_line_and_column_are_the_files():
    (match,) = at.find("نحو 120", TEXT)
    assert (match.line, match.col) == (2, TEXT.split("\n")[1].index("نحو") + 1)


def test_a_partial_word_widens_to_the_whole_word():
    assert at.find("مسؤول", TEXT)[0].span == "المسؤول"
    assert at.find("مسؤول", TEXT, whole_words=False)[0].span == "مسؤول"


def test_found_twice_gives_both_places():
    text = "زار الوفد بغداد.\nثم عاد الوفد إلى بغداد."
    assert [m.line for m in at.find("الوفد", text)] == [1, 2]


def test_not_found():
    assert at.find("دمشق", TEXT) == []


def test_closest_span_and_where_they_differ():
    near = at.closest("بلغت 154 هجوما خلال سبتمبر", TEXT)
    assert near.span == "بلغت ١٥٣ هجوماً خلال سبتمبر"
    assert near.line == 1
    assert any("«154»" in d and "«١٥٣»" in d for d in near.differences)


def test_closest_names_a_missing_word():
    near = at.closest("وفي السنة نحو ١٢٠ هجومًا", TEXT)
    assert near.span.startswith("وفي السنة الماضية")
    assert any("«الماضية»" in d and "leaves out" in d for d in near.differences)


def test_number_words():
    words = [w for _, _, w in at.number_words("مرّ ثلاثة أشهر وبعد ثماني سنوات قُتل ألف مقاتل ونصف القادة، والاثنين")]
    assert words == ["ثلاثة", "ثماني", "ألف", "ونصف", "والاثنين"]
    assert at.number_words("قال المسؤول إن الهجمات كبيرة") == []
