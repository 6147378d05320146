"""`analysis.i18n`: the languages, their direction, and the other edition."""

from __future__ import annotations

import pytest

from analysis import i18n


def test_two_languages_each_with_its_direction():
    assert i18n.LANGS == ("ar", "en")
    assert [i18n.direction(lang) for lang in i18n.LANGS] == ["rtl", "ltr"]
    assert [i18n.align(lang) for lang in i18n.LANGS] == ["right", "left"]


@pytest.mark.parametrize("lang, other", [("ar", "en"), ("en", "ar")])
def test_the_other_edition(lang, other):
    assert i18n.other(lang) == other


def test_the_inline_style_sets_direction_alignment_and_isolation():
    assert i18n.text_style("ar") == "direction:rtl;text-align:right;unicode-bidi:isolate"
    assert i18n.text_style("en").startswith("direction:ltr;text-align:left")


def test_every_language_has_a_catalogue_file():
    from analysis.paths import data_dir

    assert sorted(p.stem for p in (data_dir() / "catalogue").glob("*.ftl")) == sorted(i18n.LANGS)
