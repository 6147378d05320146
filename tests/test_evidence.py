"""Evidence entries: each quote once, numbered, linked both ways with charts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import evidence

CITED = pd.DataFrame([
    {"id": "M1", "table": "members", "source_id": "S001", "quote": "نص مشترك", "quote_en": "shared words", "value": None,
     "value_high": None, "qualifier": None, "status": None},
    {"id": "W1", "table": "working_groups", "source_id": "S001", "quote": "نص مشترك", "quote_en": "shared words", "value": None,
     "value_high": None, "qualifier": None, "status": None},
    {"id": "F1", "table": "info_centre", "source_id": "S002", "quote": "نحو 2500", "quote_en": "about 2500", "value": 2500.0,
     "value_high": None, "qualifier": "about", "status": "disputed"},
])


def test_rows_quoting_the_same_words_make_one_entry_in_order_of_first_use():
    items = evidence.entries(["F1", "M1", "W1", "F1"], CITED)
    assert [e.rows for e in items] == [["F1"], ["M1", "W1"]]


def test_source_line_links_each_entry_number_and_numbers_the_figure():
    numbers = {e.key: n for n, e in enumerate(evidence.entries(["F1", "M1"], CITED), start=1)}
    line = evidence.caption_html(["M1", "W1", "F1"], CITED, numbers, "en", figure=3)
    assert "Figure 3" in line and '<a href="#ev-1">1</a>' in line and '<a href="#ev-2">2</a>' in line
    assert line.count("#ev-2") == 1  # two rows, one quote: one number


def test_entry_gives_values_source_quote_translation_and_links_back():
    items = evidence.entries(["F1", "M1", "W1"], CITED)
    numbers = {e.key: n for n, e in enumerate(items, start=1)}
    uses = {items[0].key: [("chart-2", 2)], items[1].key: [("chart-1", 1), ("chart-4", 4)]}
    en = evidence.list_html(items, numbers, uses, CITED, "en")
    assert '<li id="ev-1" value="1">' in en and '<li id="ev-2" value="2">' in en
    assert '<span id="M1"></span><span id="W1"></span>' in en  # row ids stay link targets
    assert en.count("نص مشترك") == 1 and "shared words" in en and "≈ 2,500" in en
    assert 'href="#chart-1"' in en and 'href="#chart-4"' in en and 'href="#chart-2"' in en
    ar = evidence.list_html(items, numbers, uses, CITED, "ar")
    assert "shared words" not in ar and 'dir="rtl"' in ar and "الشكل 4" in ar


def test_a_centre_term_reads_as_words_and_its_fact_adds_only_the_period():
    """Editor's round 2 (R1-67): '3 · period not stated · 3 · The four parties rotate' read as a code."""
    from analysis import citations
    from analysis.catalogue import t

    cited = citations.index()
    cited = cited.set_index("id", drop=False) if "id" in cited.columns else cited
    (entry,) = evidence.entries(["F002", "C009"], cited)
    head = evidence._head(entry, cited, "en")
    assert head.startswith("<b>every three months</b> (the four parties rotate) · period not stated · ")
    (first,) = evidence.entries(["F012", "C010"], cited)
    assert evidence._head(first, cited, "en").startswith("<b>for three months</b> (first chair) · ")
    assert evidence._head(first, cited, "ar")  # the Arabic twin renders


def test_an_inferred_period_is_marked_on_its_label_agreeing_with_it():
    """«الفترة (مستنتجة): حتى 2018», not «الفترة: حتى 2018، مستنتج» (masculine mark after a feminine noun)."""
    from analysis import data

    facts = data.facts()
    row = facts[facts["period_status"] == "inferred"].iloc[[0]].copy()
    row["id"], row["table"] = row["fact_id"], "facts"
    row["status"] = None
    items = evidence.entries(list(row["id"]), row)
    numbers = {items[0].key: 1}
    ar = evidence.list_html(items, numbers, {}, row, "ar")
    assert "الفترة (مستنتجة): " in ar and "الفترة: " not in ar
    assert "period (inferred): " in evidence.list_html(items, numbers, {}, row, "en")


def test_a_centre_count_reads_with_its_noun_in_the_right_plural_form():
    """«جنرالان روسيان» (dual), not «2 · جنرالات روس»: the counted_* message, not value · label."""
    row = pd.DataFrame([{"id": "C018", "table": "info_centre", "source_id": "S001", "quote": "جنراليين روسيين",
                         "quote_en": "two Russian generals", "value": 2.0, "value_high": None, "qualifier": None,
                         "status": None}])
    items = evidence.entries(["C018"], row)
    ar = evidence.list_html(items, {items[0].key: 1}, {}, row, "ar")
    assert "<b>جنرالان روسيان</b>" in ar and "جنرالات روس" not in ar
    assert "Russian generals" in evidence.list_html(items, {items[0].key: 1}, {}, row, "en")


def test_source_line_credits_an_outlet_only_with_the_entries_that_cite_it():
    """Fact-check round 3 #1: 'Analysis…, citing CNN (36, 37, 38)' when only 36 cites CNN."""
    from analysis import citations

    cited = citations.index()
    ids = ["E031", "E032", "E033"]  # one source; only E032 cites an outlet (CNN)
    numbers = {e.key: n for n, e in enumerate(evidence.entries(ids, cited), start=1)}
    line = evidence.caption_html(ids, cited, numbers, "en")
    no_outlet, with_outlet = line.split("Sources: ")[1].split("; ")
    assert "citing" not in no_outlet and '#ev-1"' in no_outlet and '#ev-3"' in no_outlet
    assert "citing CNN" in with_outlet and '#ev-2"' in with_outlet and "#ev-1" not in with_outlet
    one = evidence.caption_html(["E031"], cited, numbers, "ar")
    assert "المصدر:" in one and "(الشاهد " in one and "الشواهد" not in one


def test_an_entry_head_says_what_its_number_counts_and_a_ceiling_term_reads_at_most_each():
    """English review round 3, #14-15: headings without units; 'every three months' for 'at most'."""
    from analysis import citations

    cited = citations.index().set_index("id", drop=False)
    (border,) = evidence.entries(["F001"], cited)
    assert "length of the Iraq–Syria border" in evidence._head(border, cited, "en")
    (rotation,) = evidence.entries(["C011", "C012", "C013"], cited)
    head = evidence._head(rotation, cited, "en")
    assert head.startswith("<b>at most three months each</b>") and "every" not in head


def test_entries_stand_under_their_source_and_a_missing_period_is_said_once():
    from analysis import citations
    from analysis.catalogue import t

    cited = citations.index()
    items = evidence.entries(["F017", "F018", "F001", "F002"], cited)
    numbers = {e.key: n for n, e in enumerate(items, start=1)}
    page = evidence.list_html(items, numbers, {}, cited, "en")
    heads = page.count('<p class="ev-source">')
    assert heads == 2  # Elham al-Najjar citing Independent Arabia; Al-Araby Al-Jadeed
    assert page.count("period not stated") == 0 and t("evidence.period_unstated", "en") in page
    assert "citing Independent Arabia" in page.split('<ol', 1)[0]  # in the heading, not in every entry
    assert t("evidence.translations_ours", "en") in page and "Our translation" not in page


def test_a_label_set_mid_line_keeps_an_acronym_capital():
    from analysis.evidence import decap
    assert decap("US soldiers whose withdrawal is argued about") == "US soldiers whose withdrawal is argued about"
    assert decap("Length of the Iraq–Syria border") == "length of the Iraq–Syria border"


@pytest.mark.parametrize("fact_id,lang,text", [
    ("F001", "ar", "أكثر من 600 كيلومتر"), ("F008", "ar", "لا يزيد على ساعتين"), ("F007", "ar", "3 سنوات"),
    ("F001", "en", "> 600 km"), ("F008", "en", "≤ 2 hours"),
    ("F013", "en", "≤ 3 months"), ("F013", "ar", "لا يزيد على 3 أشهر"),
])
def test_a_measure_in_the_evidence_list_carries_its_unit(fact_id, lang, text):
    """Review round 4: «لا يزيد على 2 · مدة الاجتماع» read as a bare number; a length or duration says its unit."""
    from analysis import data, evidence

    row = data.facts().set_index("fact_id").loc[fact_id]
    assert evidence._with_unit(row, row["unit"], lang) == text


def test_each_item_opens_with_its_head_and_the_quote_is_a_block_of_its_own():
    """Review 4, item 34: the number stood beside the SECOND line of a wrapped Arabic quote and the
    English ran on into the Arabic. The head comes first; quote and translation are blocks."""
    items = evidence.entries(["F1", "M1", "W1"], CITED)
    numbers = {e.key: n for n, e in enumerate(items, start=1)}
    en = evidence.list_html(items, numbers, {}, CITED, "en")
    for li in en.split("<li ")[1:]:
        body = li.split(">", 1)[1]
        assert body.startswith('<div class="ev-head" dir="ltr">') or body.startswith('<div class="quote"')
        assert '<div class="quote" lang="ar" dir="rtl">' in li and "»</div>" in li
        assert '<div class="translation" lang="en">“' in li
    assert '<span class="quote"' not in evidence.list_html(items, numbers, {}, CITED, "ar")
