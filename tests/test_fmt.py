"""analysis.fmt: numbers, counts, lists and separators as readers read them."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis import fmt


def test_a_range_in_an_english_sentence_reads_in_words():
    assert str(fmt.count(5, "en", "range", 10, prose=True)) == "between five and ten"
    assert str(fmt.count(5, "en", "range", 12, prose=True)) == "between five and 12"
    assert str(fmt.count(5, "en", "range", 10)) == "5–10"  # a chart label keeps the compact form


def test_words_keeps_a_preformatted_text():
    assert fmt.words("about 2,500", "en") == "about 2,500"
    assert fmt.words(3, "en") == "three"
    assert str(fmt.count(3, "en", "at_most", prose=True)) == "at most three"



def test_arabic_lists_put_wa_before_every_item():
    assert fmt.join(["صحراء الأنبار", "جبال حمرين", "مخمور", "قره جوخ"], "ar") == "صحراء الأنبار وجبال حمرين ومخمور وقره جوخ"
    assert "،" not in fmt.join(["أ", "ب", "ج"], "ar")
    assert fmt.join(["a", "b", "c"], "en") == "a, b and c"
    assert fmt.join(["أ"], "ar") == "أ"


def test_semicolon_is_arabic_in_arabic():
    assert fmt.semicolon("ar") == "؛ " and ";" not in fmt.semicolon("ar")
    assert fmt.semicolon("en") == "; "


def test_arabic_range_reads_between_low_and_high():
    assert fmt.qualified(5, "range", "ar", 10) == "بين 5 و10"
    assert fmt.qualified(5, "range", "en", 10) == "5–10"
    assert str(fmt.count(5, "ar", "range", 10)) == "بين 5 و10"


def test_estimated_share_in_arabic_is_about_the_third():
    assert fmt.qualified(0.3333, "estimated", "ar", unit="fraction") == "نحو الثلث (تقديرًا)"
    assert "يُقدَّر" not in fmt.qualified(0.3333, "estimated", "ar", unit="fraction")


@pytest.mark.parametrize("n, gender, word", [(3, "m", "ثلاثة"), (3, "f", "ثلاث"), (4, "f", "أربع"), (8, "f", "ثماني"),
                                             (10, "m", "عشرة")])
def test_arabic_number_words_agree_by_polarity(n, gender, word):
    assert fmt.words(fmt.count(n, "ar"), "ar", gender) == word


def test_arabic_number_words_only_for_exact_three_to_ten():
    assert fmt.words(fmt.count(11, "ar"), "ar") == "11"
    assert fmt.words(fmt.count(4, "ar", "about"), "ar", "f") == "نحو 4"


def test_month_names_are_the_language_s():
    assert fmt.month_name(7, "ar") == "تموز/يوليو" and fmt.month_name(7, "en") == "July"


def test_months_are_words_up_to_twelve():
    from analysis.catalogue import t  # noqa: F401  (WORDS(…, upto: 12) in messages goes through fmt.words)
    assert fmt.words(12, "en") == "12" and fmt.words(12, "en", unit="month") == "twelve"
    assert fmt.words(13, "en", unit="month") == "13" and fmt.words(6, "en", unit="month") == "six"


def test_join_parts_items_holding_commas_with_semicolons():
    """«الحرة، 22 سبتمبر 2024 والحرة، 4 سبتمبر 2024» ran on: items with commas take «؛ و»."""
    assert fmt.join(["الحرة، 22 سبتمبر 2024", "الحرة، 4 سبتمبر 2024"], "ar") == "الحرة، 22 سبتمبر 2024؛ والحرة، 4 سبتمبر 2024"
    assert fmt.join(["Alhurra, 22 Sep 2024", "Alhurra, 4 Sep 2024"], "en") == "Alhurra, 22 Sep 2024; and Alhurra, 4 Sep 2024"
    assert fmt.join(["أ", "ب"], "ar") == "أ وب"


def test_arabic_months_read_as_iraqi_and_levantine_readers_write_them():
    """One formatter for every Arabic date: «تشرين الأول/أكتوبر», in full dates, months and short patterns."""
    assert fmt.date("2024-10-15", "ar") == "15\u00a0تشرين الأول/أكتوبر 2024"
    assert fmt.date("2020-08-01", "ar", "month") == "آب/أغسطس 2020"
    assert fmt.format_pattern(dt.date(2024, 1, 5), "d MMM y", "ar") == "5\u00a0كانون الثاني/يناير 2024"
    assert fmt.format_pattern(dt.date(2024, 1, 5), "d MMM y", "en") == "5 Jan 2024"
    assert fmt.date("2024-10-15", "en") == "15 October 2024"
    # the day never ends a line apart from its month (a no-break space), in Arabic where month names are long
    assert "\u00a0" not in fmt.date("2020-08-01", "ar", "month")


def test_join_ignores_commas_inside_brackets():
    """'the Anbar desert; the Hamrin Mountains; Makhmour; and Qara Chokh (within Kirkuk, Nineveh …)'
    read as semicolons for list commas: a comma inside brackets does not part the list."""
    items = ["the Anbar desert", "Makhmour", "Qara Chokh (within Kirkuk, Nineveh and parts of Salah al-Din)"]
    assert fmt.join(items, "en") == "the Anbar desert, Makhmour and Qara Chokh (within Kirkuk, Nineveh and parts of Salah al-Din)"
    assert fmt.join(["Alhurra, 4 Sep 2024", "Makhmour"], "en") == "Alhurra, 4 Sep 2024; and Makhmour"
