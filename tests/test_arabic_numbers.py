"""Reading the numbers an Arabic quote states."""

from __future__ import annotations

import pytest

from analysis.arabic_numbers import normalise, numbers_in, states


@pytest.mark.parametrize(
    "text, number",
    [
        ("أكثر من 600 كيلومتر", 600),
        ("أكثر من ٦٠٠ كيلومتر", 600),  # Arabic-Indic digits
        ("سحب 2,500 جندي", 2500),
        ("نحو ٢٫٥ مليون", 2_500_000),
        ("كل ثلاثة أشهر", 3),
        ("استمرت ثلاث سنوات", 3),
        ("اقتراب مرور ثماني سنوات", 8),
        ("مجموعات العمل الأربعة التالية", 4),
        ("كانت تقدّر بثلث مساحة البلاد", 1 / 3),
        ("لأن نصف القيادات", 0.5),
        ("لم يستمر أكثر من ساعتين", 2),  # a dual noun
        ("الانتقال على مرحلتين", 2),
        ("قتلت 23 ألف إرهابي", 23000),
        ("وأُصيب نحو 23 ألفاً آخرين", 23000),
        ("ما لا يقل عن 12 ألفًا", 12000),
        ("ثلاثة آلاف مقاتل", 3000),
        ("بين خمسة إلى 10 عناصر", 5),
        ("بين خمسة إلى 10 عناصر", 10),
        ("طرد داعش من 95% من الأراضي", 95),
        ("بمشاركة عشرين دولة", 20),
    ],
)
def test_reads_the_number(text, number):
    assert states(text, number), sorted(numbers_in(text))


@pytest.mark.parametrize(
    "text, number",
    [
        ("أكثر من 600 كيلومتر", 700),
        ("كل ثلاثة أشهر", 4),
        ("لأن نصف القيادات", 1 / 3),
        ("ما لا يقل عن 12 ألفًا", 1200),
    ],
)
def test_refuses_a_number_not_stated(text, number):
    assert not states(text, number), sorted(numbers_in(text))


def test_a_range_needs_both_ends():
    assert states("بين خمسة إلى 10 عناصر", 5, 10)
    assert not states("بين خمسة إلى 10 عناصر", 5, 12)


def test_normalise_drops_diacritics_and_unifies_letters():
    assert normalise("ألفًا") == "الفا"
    assert normalise("ثلاثــة") == "ثلاثه"


def test_words_are_whole_words():
    assert numbers_in("الستار") == set()  # "ست" inside a word is not six
