"""Periods, how they are known, origins and source labels: computed from the data tables."""

from __future__ import annotations

import re

import pandas as pd

import pytest

from analysis import data, periods
from analysis.catalogue import t


def test_source_labels_are_computed_from_sources_csv():
    assert periods.source_label("S002", "en") == "Elham al-Najjar, 15 Oct 2024"
    assert periods.source_label("S000", "en") == "Al-Araby Al-Jadeed, 2023, date inferred"
    assert periods.source_label("S001", "en") == "Arabic Wikipedia, undated"
    assert periods.source_label("S004", "en") == "Analysis, not before 29 Jan 2024, date inferred"
    # change the data, the label changes: no label is typed
    src = data.sources()
    src.loc[src["source_id"] == "S001", ["date", "date_precision", "date_status"]] = [pd.Timestamp("2016-03-01"), "month", "stated"]
    assert periods.source_label("S001", "en", src) == "Arabic Wikipedia, March 2016"
    src.loc[src["source_id"] == "S000", "author_role"] = "author"
    assert periods.source_label("S000", "en", src) == "Zaid Salem, 2023, date inferred"


def test_arabic_source_labels_say_inferred_in_one_form_that_nests_in_no_bracket():
    """Review 5 #10: one form for an inferred date, after a comma (labels sit inside «[…]» and «(…)»),
    and a kind-named text «نُشر في … أو بعده», not «تحليل، في … أو بعده»."""
    assert periods.source_label("S000", "ar") == "العربي الجديد، 2023، بتاريخ مستنتج"
    s004 = periods.source_label("S004", "ar")
    assert s004.startswith("تحليل نُشر في 29\xa0") and s004.endswith("2024 أو بعده، بتاريخ مستنتج")
    for sid in ("S000", "S001", "S002", "S003", "S004"):
        label = periods.source_label(sid, "ar")
        assert "(" not in label and "[" not in label and "والتاريخ" not in label
    src = data.sources()
    src.loc[src["source_id"] == "S004", "kind"] = "research"  # a feminine kind: «ورقة بحثية نُشرت في …»
    assert periods.source_label("S004", "ar", src).startswith("ورقة بحثية نُشرت في 29\xa0")


def test_period_text_says_how_the_period_is_known():
    facts = data.facts().set_index("fact_id")
    assert periods.period_text(facts.loc["F030"], "en") == "2023, inferred"
    assert periods.period_text(facts.loc["F029"], "en") == "Jan–Jun 2024"
    assert periods.period_text(facts.loc["F032"], "en") == "Oct 2023–25 Jan 2024, inferred"
    # the paragraph cites a BBC review of Dec 2021 but also discusses the Sudani government (from Oct 2022)
    assert periods.period_text(facts.loc["F025"], "en") == "period not stated"
    assert periods.period_text(facts.loc["F016"], "en") == "period not stated"
    assert periods.period_text(facts.loc["F004"], "en") == "up to 2018, inferred"
    # Arabic says what was inferred (a bare «مستنتج» after a date dangles: review round 3, AR-7/8)
    assert periods.period_text(facts.loc["F030"], "ar") == "2023، والسنة مستنتجة"
    assert periods.period_text(facts.loc["F033"], "ar") == "كانون الثاني/يناير 2024، والتاريخ مستنتج"
    assert periods.period_text(facts.loc["F026"], "ar") == "من كانون الثاني/يناير إلى حزيران/يونيو 2024، والفترة مستنتجة"
    # a range whose ends both carry a year reads «من … إلى …», never «أكتوبر 2023–25 يناير 2024» (AR-10)
    assert periods.period_text(facts.loc["F032"], "ar") == "من تشرين الأول/أكتوبر 2023 إلى 25\xa0كانون الثاني/يناير 2024، والفترة مستنتجة"


def test_attribution_names_the_outlet_the_source_cites():
    facts = data.facts().set_index("fact_id")
    assert periods.attribution(facts.loc["F030"], "en") == "Elham al-Najjar, 15 Oct 2024, citing Alhurra, 4 Sep 2024"
    assert periods.attribution(facts.loc["F025"], "en") == "Elham al-Najjar, 15 Oct 2024, citing BBC Arabic, 13 Dec 2021"
    # reference [11] is "op. cit." of [9]: it takes that one's outlet and date
    assert periods.attribution(facts.loc["F031"], "en").endswith("citing Alhurra, 22 Sep 2024")
    assert periods.attribution(facts.loc["F022"], "en").endswith("citing the Saudi Ministry of Foreign Affairs, undated")
    assert periods.attribution(facts.loc["F001"], "en") == "Al-Araby Al-Jadeed, 2023, date inferred"


def test_every_period_quote_is_the_sources_own_words_and_no_unknown_period_has_dates():
    facts = data.facts()
    unknown = facts[facts["period_status"] == "unknown"]
    assert unknown["period_start"].isna().all() and unknown["period_end"].isna().all()
    inferred = facts[facts["period_status"] == "inferred"]
    assert inferred["period_quote"].notna().all()
    assert {"F030", "F032", "F026", "F014", "F015"} <= set(inferred["fact_id"])


def test_sources_dates_follow_the_data():
    src = data.sources()
    assert periods.sources_dates(src, "en") == "four dated 2020 to 2024 (three of those dates inferred from the text) and one undated"
    # inside a subtitle's brackets: dashes, never nested brackets (editor's round 2, R1-19)
    assert periods.sources_dates(src, "en", "bracketed") == (
        "four dated 2020 to 2024 – three of those dates inferred from the text – and one undated")
    # a sentence of its own, with its verbs
    assert periods.sources_dates(src, "en", "sentence") == (
        "Four of the sources are dated 2020 to 2024 (three of those dates inferred from the text) and one is undated")
    more = src.copy()
    more.loc[more["source_id"] == "S001", ["date", "date_precision", "date_status"]] = [pd.Timestamp("2015-10-01"), "month", "stated"]
    assert periods.sources_dates(more, "en") == "five dated 2015 to 2024 (three of those dates inferred from the text)"
    assert periods.sources_dates(more, "en", "bracketed") == "five dated 2015 to 2024, three of those dates inferred from the text"
    assert "وواحد بلا تاريخ" in periods.sources_dates(src, "ar")


def _no_nested_brackets(text: str) -> bool:
    return "(" not in text and ")" not in text


def test_period_and_source_labels_never_nest_brackets_when_set_in_a_sentences_brackets():
    facts = data.facts()
    for lang in ("en", "ar"):
        for _, row in facts.iterrows():
            assert _no_nested_brackets(periods.period_text(row, lang)), row["fact_id"]
            assert _no_nested_brackets(periods.attribution(row, lang)), row["fact_id"]
        for sid in data.sources()["source_id"]:
            assert _no_nested_brackets(periods.source_label(sid, lang)), sid
        for _, ev in data.events().iterrows():
            assert _no_nested_brackets(periods.event_date(ev, lang)), ev["event_id"]


def test_events_that_cite_an_outlet_show_it():
    events = data.events().set_index("event_id")
    # RT Arabic (the paper's ref [3]) for the plan; CNN and Al-Monitor for the analysis
    assert events.loc["E020", "origin_ref"] == "S002_R03" and events.loc["E032", "origin_ref"] == "S004_R01"
    assert periods.attribution(events.loc["E020"], "en") == "Elham al-Najjar, 15 Oct 2024, citing RT Arabic, 27 Sep 2024"
    assert "CNN" in periods.attribution(events.loc["E032"], "en")


def test_an_event_placed_after_a_date_says_after():
    events = data.events().set_index("event_id")
    assert periods.event_date(events.loc["E020"], "en") == "after 2026"
    assert periods.event_date(events.loc["E020"], "ar") == "بعد 2026"
    assert periods.event_date(events.loc["E036"], "en") == "after November 2024, inferred"


def test_a_count_up_to_its_outlets_date_is_not_open():
    f = data.facts().set_index("fact_id")
    assert periods.period_text(f.loc["F032"], "en") == "Oct 2023–25 Jan 2024, inferred"
    # "nearly eight years" from September 2015, in a text of 2023: the end is known to the year only,
    # so no month is printed for it (not 'Aug 2023', nor a month past it)
    assert pd.Timestamp(f.loc["F003", "period_end"]).year == 2023
    assert periods.period_text(f.loc["F003"], "en") == "Sep 2015–2023, inferred"


def test_each_source_has_one_short_name_for_sentences():
    names = {sid: periods.source_name(sid, "en") for sid in data.sources()["source_id"]}
    assert names["S002"] == "the research paper by Elham al-Najjar (15 October 2024)"
    assert names["S004"] == "the analysis of early 2024"  # dated 'not before 29 Jan 2024'
    assert names["S000"] == "Al-Araby Al-Jadeed's 2023 report"
    assert len(set(names.values())) == len(names)  # one name per source, none shared
    assert periods.source_name("S002", "ar") == "الورقة البحثية لإلهام النجار (15\u00a0تشرين الأول/أكتوبر 2024)"
    f = data.facts().set_index("fact_id")
    assert periods.named_attribution(f.loc["F033"], "en") == "the analysis of early 2024, citing The Washington Post (25 January 2024)"


def test_sentences_name_sources_by_their_short_name_never_by_a_label():
    from analysis.charts import forces

    facts, events = data.facts(), data.events()
    plan = forces.withdrawal_plan(events, facts)
    paragraphs = forces.withdrawal_narrative(plan, forces.phases_fact(facts), "en")
    values = dict(paragraphs)["forces.withdrawal_text"]
    assert values["source_name"].startswith("The research paper by Elham al-Najjar")
    text = t("forces.withdrawal_text", "en", **values)
    assert text.startswith("The research paper by Elham al-Najjar (15 October 2024), citing RT Arabic")


def test_a_citing_source_as_subject_closes_its_aside_and_a_quote_names_the_outlet_first():
    """Editor's round 2 (R1-13): "…, citing RT Arabic (27 September 2024), reports that…";
    "Pentagon officials, quoted by The Washington Post (25 January 2024) in the analysis of early 2024, put…"."""
    from analysis.catalogue import t
    from analysis.charts import forces

    f = data.facts().set_index("fact_id")
    assert periods.named_attribution(f.loc["F033"], "en", capital=True, subject=True) == (
        "The analysis of early 2024, citing The Washington Post (25 January 2024),")
    assert not periods.named_attribution(f.loc["F033"], "ar", subject=True).endswith(",")
    assert periods.quoted_attribution(f.loc["F033"], "en") == (
        "quoted by The Washington Post (25 January 2024) in the analysis of early 2024")
    facts, events = data.facts(), data.events()
    values = dict(forces.withdrawal_narrative(forces.withdrawal_plan(events, facts), forces.phases_fact(facts), "en"))
    text = t("forces.withdrawal_text", "en", **values["forces.withdrawal_text"])
    assert "(27 September 2024), reports that US officials expect a transition in two phases." in text
    intro = dict(forces.narrative(facts, "en"))
    assert "Pentagon officials, quoted by The Washington Post (25 January 2024) in the analysis of early 2024, put" in \
        t("forces.intro_troops", "en", **intro["forces.intro_troops"])


def test_sources_dates_agree_with_the_gender_of_the_counting_noun():
    """«خمسة مصادر… أربعة منها… وواحد» but «خمس وثائق… أربع منها… وواحدة»: the phrase follows its noun."""
    src = data.sources()
    assert periods.sources_dates(src, "ar") == (
        "أربعة منها مؤرخة بين 2020 و2024، واستُنتجت تواريخ ثلاثة منها من النص، وواحد بلا تاريخ")
    assert periods.sources_dates(src, "ar", gender="f") == (
        "أربع منها مؤرخة بين 2020 و2024، واستُنتجت تواريخ ثلاث منها من النص، وواحدة بلا تاريخ")
    assert periods.sources_dates(src, "en", gender="f") == periods.sources_dates(src, "en")
    assert not re.search(r"\d منها", periods.sources_dates(src, "ar", gender="f"))  # 3–10 in words


def test_a_period_in_a_sentence_reads_between_two_dates_and_says_it_is_inferred_after_it():
    """«بين أكتوبر 2023 و25 يناير 2024 (والفترة مستنتجة)», not «أكتوبر 2023–25 يناير 2024، مستنتج»."""
    row = data.facts().set_index("fact_id").loc["F032"]
    assert periods.period_in_sentence(row, "ar") == "بين تشرين الأول/أكتوبر 2023 و25\u00a0كانون الثاني/يناير 2024 (والفترة مستنتجة)"
    assert periods.period_in_sentence(row, "en") == "between October 2023 and 25 January 2024 (period inferred)"  # as the Arabic, and as KF6 reads (review 4)


def test_a_cited_outlet_in_a_sentence_gives_its_date_in_brackets():
    """«نقلًا عن إندبندنت عربية (8 أكتوبر 2024)», not «نقلًا عن إندبندنت عربية في 8 أكتوبر 2024»."""
    refs = data.references()
    dated = refs[refs["date"].notna() & refs["same_as"].isna()].iloc[0]
    text = periods.origin_name(dated["ref_id"], "ar")
    assert text.endswith(")") and " في " not in text


def test_a_range_ending_on_31_december_of_a_later_year_is_printed_to_the_year():
    # «بين عامي 2015 و2017» is years, not 'Jan 2015–Dec 2017'; Sept 2015 to 'nearly eight years' on is 'Sep 2015–2023'
    assert periods.period_label("2015-01-01", "2017-12-31", "en") == "2015–2017"
    assert periods.period_label("2015-09-01", "2023-12-31", "en") == "Sep 2015–2023"
    assert periods.period_label("2023-10-01", "2024-01-25", "en") == "Oct 2023–25 Jan 2024"


@pytest.mark.parametrize("lang,later", [("en", "al-Najjar's paper"), ("ar", "ورقة النجار")])
def test_a_chapter_shows_a_source_in_full_once_then_short(lang, later):
    """Review 5 (EN 49): 'the research paper by Elham al-Najjar (15 October 2024)' thirty times over."""
    full = periods.source_name("S002", lang)
    text = f"{full} says; {periods.source_name('S002', lang, flat=True)} again"
    assert periods.shorten(text, lang) == text  # outside a chapter: every mention in full
    periods.start_chapter()
    try:
        assert periods.shorten(text, lang) == f"{full} says; {later} again"
        assert periods.shorten(text, lang) == f"{later} says; {later} again"
        early = periods.source_name("S004", lang)
        assert periods.shorten(early + " " + early, lang) != early + " " + early  # the early-2024 analysis
        periods.start_chapter()  # the next chapter keeps its own first mention
        assert periods.shorten(full, lang) == full
    finally:
        periods.stop_chapter()
