"""analysis.fmt: numbers and counts as readers read them."""
from __future__ import annotations

from analysis import fmt


def test_a_range_in_an_english_sentence_reads_in_words():
    assert str(fmt.count(5, "en", "range", 10, prose=True)) == "between five and ten"
    assert str(fmt.count(5, "en", "range", 12, prose=True)) == "between five and 12"
    assert str(fmt.count(5, "en", "range", 10)) == "5–10"  # a chart label keeps the compact form


def test_words_keeps_a_preformatted_text():
    assert fmt.words("about 2,500", "en") == "about 2,500"
    assert fmt.words(3, "en") == "three"
    assert str(fmt.count(3, "en", "at_most", prose=True)) == "at most three"
