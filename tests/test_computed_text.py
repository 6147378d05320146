"""Sentences that count or characterise the data are computed: no catalogue text types a count or a
date range, and changing the data changes the sentence."""

from __future__ import annotations

import re

import pandas as pd

from analysis import data, method, periods
from analysis.catalogue import catalogue, t
from analysis.charts import structure

# Digits a message may hold: labels of dated rows (an event's own date or figure, checked against
# the row's quote below) and the "+1" of "4+1", which the encyclopedia quote itself writes.
LABEL_PREFIXES = ("event.", "event_code.")


def _event_texts() -> dict[str, str]:
    events = data.events()
    texts: dict[str, str] = {}
    for _, e in events.iterrows():
        words = f"{e['quote']} {e['date_quote'] or ''} {e['date'].year} {'' if pd.isna(e['end_date']) else e['end_date'].year}"
        texts[f"event.{e['event_id']}"] = texts.get(f"event.{e['event_id']}", "") + " " + words
        texts[f"event_code.{e['event_code']}"] = texts.get(f"event_code.{e['event_code']}", "") + " " + words
    return texts


def test_no_catalogue_text_types_a_number():
    events = _event_texts()
    values = {f"{v:g}" for v in data.facts()["value"]}
    bad = []
    for key, entry in catalogue().items():
        for lang in ("en", "ar"):
            text = re.sub(r"\*?\[\w+\]", " ", entry[lang].replace("+1", ""))  # plural variant keys ([0], [one])
            text = re.sub(r"\{ *\$\w+[^{}]*?\}", " ", text)  # variables
            text = re.sub(r"\$\w+", " ", text)  # a selector's variable ({ $F004 -> …): a name, not a typed number
            for number in re.findall(r"\d+(?:,\d{3})*", text):
                plain = number.replace(",", "")
                if key.startswith(LABEL_PREFIXES) and (number in events.get(key, "") or plain in values
                                                       or f"{int(plain) * 1000}" in values):  # "23 ألف"
                    continue  # an event's label repeats its own cited date, or a cited figure
                bad.append((key, lang, number))
    assert bad == [], bad


def test_the_sources_sentence_follows_the_sources_table():
    src = data.sources()
    values = method.extraction_values(src, data.exclusions(), "en")
    assert values["sources"] == 5 and "2015" not in values["dates"] and "undated" in values["dates"]
    fewer = src[src["source_id"] != "S003"]
    assert method.extraction_values(fewer, data.exclusions(), "en")["sources"] == 4
    text = t("method.extraction", "en", **values)
    assert "between 2015 and 2024" not in text and "do not add, estimate or correct anything" not in text


def test_the_named_states_sentence_counts_the_working_group_chairs():
    facts, members, groups = data.facts(), data.coalition_members(), data.working_groups()
    limits = dict(structure.intro_paragraphs(facts, members, "en", groups))["structure.intro_limits"]
    named = structure.named_intl_states(members, groups)
    assert len(named) == 9 and "the_kingdom" in named and "germany" in named
    assert limits["named_states"].startswith("nine of")
    fewer = groups[groups["chair"] != "italy"]
    assert dict(structure.intro_paragraphs(facts, members, "en", fewer))["structure.intro_limits"][
        "named_states"].startswith("eight of")


def test_the_limits_sentence_counts_periods():
    facts, src = data.facts(), data.sources()
    values = method.limits_values(facts, src, "en")
    assert values["unknown_periods"] == str(int((facts["period_status"] == "unknown").sum())) == "20"
    changed = facts.assign(period_status="stated")
    assert method.limits_values(changed, src, "en")["unknown_periods"] == "0"


def test_the_cover_counts_the_editions_sources():
    from analysis.assemble import subtitle
    text, numbers = subtitle("en", {})
    assert "five Arabic sources" in text and "2015" not in text and "undated" in text and "5" in numbers
    early, _ = subtitle("en", {"as_of": "2023-06-01"})
    assert "three Arabic sources" in early and periods.sources_dates(data.sources().iloc[[0, 1, 3]], "en", "bracketed") in early
    assert "((" not in text and text.count("(") == 1
    assert "dated 2020 to 2023" in early


def test_the_method_text_names_no_internal_file_or_folder():
    from analysis import method

    for lang in ("en", "ar"):
        values = method.extraction_values(data.sources(), data.exclusions(), lang)
        text = t("method.extraction", lang, **values) + method.bibliography(data.sources(), lang)
        assert "data/" not in text and ".txt" not in text and ".csv" not in text
        for name in data.sources()["file_name"]:
            assert name not in text


def test_the_documents_are_counted_per_kind_and_the_dates_sentence_counts_the_dated_ones():
    from analysis import method

    values = method.extraction_values(data.sources(), data.exclusions(), "en")
    assert values["kinds"] == "two news reports, an encyclopedia article, a research paper and an analysis"
    assert values["dates"].startswith("four dated") and values["dates"].endswith("and one undated")
    assert "(" not in values["kinds"] and values["dates"].count("(") == 1  # one aside, never nested in another


def test_no_method_sentence_opens_with_a_digit():
    import re

    from analysis import method

    for lang in ("en", "ar"):
        facts, sources = data.facts(), data.sources()
        text = t("method.limits", lang, **method.limits_values(facts, sources, lang))
        assert not re.search(r"(^|[.!?]\s+)\d", text.strip()), text[:80]
