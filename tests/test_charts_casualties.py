"""Casualties chapter: reshaping functions and charts, on small frames built here (and the real data)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import data
from analysis import periods
from analysis.catalogue import t
from analysis.charts import casualties
from analysis.selection import select_facts


def fact(fid, subject, metric, value, qualifier="exact", status="reported", source="S002", **extra):
    row = {
        "fact_id": fid, "topic": "casualties", "metric": metric, "unit": "fighters", "subject": subject,
        "value": float(value), "value_high": float("nan"), "qualifier": qualifier, "status": status,
        "claimant": "elham_al_najjar", "disputed_by": None, "dispute_quote": None,
        "stated_on": pd.Timestamp("2024-10-15"), "source_id": source, "quote": f"quote {fid}",
        "period_start": pd.NaT, "period_end": pd.NaT, "period_status": "unknown", "period_quote": None, "origin_ref": None,
    }
    row.update(extra)
    return row


CLAIM = dict(status="disputed", source="S000", claimant="quad_joint_room", disputed_by="observers",
             dispute_quote="doubt quote")


@pytest.fixture
def facts():
    return pd.DataFrame([
        fact("F1", "peshmerga", "fighters_wounded", 10740),
        fact("F2", "sdf", "fighters_killed", 12000, "at_least"),
        fact("F3", "sdf", "fighters_wounded", 23000, "about"),
        fact("F4", "iraqi_forces", "fighters_killed", 13000, "at_least"),
        fact("F5", "peshmerga", "fighters_killed", 1810, "about"),
        fact("F6", "isis", "fighters_killed", 23000, **CLAIM),
        fact("F7", "isis", "leaders_killed", 430, **CLAIM),
        fact("F8", "us_forces", "troops", 2500, topic="forces"),
    ])


def test_force_casualties_keeps_reported_losses_in_force_order(facts):
    out = casualties.force_casualties(facts)
    assert out["fact_id"].tolist() == ["F2", "F3", "F5", "F1", "F4"]
    assert "disputed" not in set(out["status"])


def test_claimed_kills_are_only_the_disputed_claims(facts):
    out = casualties.claimed_kills(facts)
    assert out["fact_id"].tolist() == ["F6", "F7"]
    assert casualties.claimed_kills(select_facts(facts, "", include_disputed=False)).empty


def test_civilians_stated_only_when_the_source_is_in_the_edition(facts):
    assert casualties.civilians_stated(facts)
    assert not casualties.civilians_stated(facts[facts["source_id"] != "S002"])


def test_in_words_uses_qualifier_words():
    assert casualties.in_words(12000, "at_least", "en") == "at least 12,000"
    assert casualties.in_words(10740, "exact", "en") == "10,740"
    assert casualties.in_words(12000, "at_least", "ar") == f"{t('qualifier.at_least', 'ar')} 12,000"


def test_narrative_values(facts):
    values = casualties.narrative_values(casualties.force_casualties(facts), casualties.claimed_kills(facts), "en")
    assert values["sdf_killed"] == "at least 12,000"
    assert values["peshmerga_wounded"] == "10,740"
    assert values["claim_leaders_killed"] == "430"
    assert values["disputed_by"] == t("disputed_by.observers", "en")
    assert values["source"] == periods.source_label("S002", "en") == "Elham al-Najjar, 15 Oct 2024"


def test_reconciliation_notes_need_every_fact_shown():
    notes = pd.DataFrame({"fact_ids": ["F3;F6", "F3;F99"], "note_en": ["a <b> & c", "other"], "note_ar": ["أ", "ب"]})
    assert casualties.reconciliation_notes(notes, ["F3", "F6"], "en") == ["a &lt;b&gt; &amp; c"]
    assert casualties.reconciliation_notes(notes, ["F3", "F6"], "ar") == ["أ"]
    assert casualties.reconciliation_notes(notes, ["F3"], "en") == []


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_forces_chart_labels_qualifiers_and_ids(facts, lang):
    forces = casualties.force_casualties(facts)
    fig = casualties.forces_chart(forces, lang)
    assert fig.layout.meta["fact_ids"] == ["F1", "F2", "F3", "F4", "F5"]
    assert fig.layout.title.text == casualties.forces_title(forces, lang)  # the title states the killed, by force
    names = {tr.name for tr in fig.data if tr.showlegend is not False}
    assert names == {t("metric.fighters_killed", lang), t("metric.fighters_wounded", lang)}
    texts = [x for tr in fig.data for x in (tr.text or ())]
    if lang == "en":
        assert {"≥ 12,000", "≈ 23,000", "≈ 1,810", "10,740", "≥ 13,000"} <= set(texts)
    else:
        assert f"{t('qualifier.at_least', 'ar')} 12,000" in texts and f"{t('qualifier.about', 'ar')} 23,000" in texts
        assert fig.layout.xaxis.range[0] > fig.layout.xaxis.range[1]  # mirrored
        assert fig.layout.yaxis.side == "right"
    notes = [a.text for a in fig.layout.annotations]
    assert t("casualties.civilians_words", lang) in notes
    assert t("casualties.not_given_metric", lang, metric=t("metric.fighters_wounded", lang)) in notes
    killed = next(tr for tr in fig.data if tr.name == t("metric.fighters_killed", lang))
    assert "quote F2" in json.dumps(killed.customdata.tolist() if hasattr(killed.customdata, "tolist") else killed.customdata)
    assert killed.hovertemplate.endswith("<extra></extra>")


def test_forces_chart_without_civilians_row(facts):
    fig = casualties.forces_chart(casualties.force_casualties(facts), "en", civilians=False)
    assert t("casualties.civilians_words", "en") not in [a.text for a in fig.layout.annotations]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_claims_chart_is_marked_disputed(facts, lang):
    fig = casualties.claims_chart(casualties.claimed_kills(facts), lang)
    assert fig.layout.meta["fact_ids"] == ["F6", "F7"]
    (bar,) = fig.data
    assert bar.marker.pattern.shape == "/"
    assert bar.name == t("casualties.legend_disputed", lang)
    assert all(t("status.disputed", lang) in x for x in bar.text)
    annotation = fig.layout.annotations[0].text
    assert t("disputed_by.observers", lang) in annotation
    assert "doubt quote" in json.dumps(list(map(list, bar.customdata)))


def test_real_data_claims_apart_and_dropped_without_disputed():
    everything = select_facts(data.facts(), "", True)
    forces = casualties.force_casualties(everything)
    claims = casualties.claimed_kills(everything)
    assert set(forces["fact_id"]) == {"F017", "F018", "F019", "F020", "F021"}
    assert set(claims["fact_id"]) == {"F004", "F005"}
    assert not set(forces["fact_id"]) & set(claims["fact_id"])
    assert casualties.claimed_kills(select_facts(data.facts(), "", False)).empty
    notes = casualties.reconciliation_notes(data.reconciliation(), [*forces["fact_id"], *claims["fact_id"]], "en")
    assert any("23,000" in n for n in notes)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_number_axes_show_full_numbers_grouped_never_k(lang):
    """Arabic charts read as Arabic: 30,000 on the axis, not "30k" (a Latin abbreviation)."""
    from analysis.charts.style import number_axis

    axis = number_axis(lang)
    assert axis["exponentformat"] == "none" and axis["separatethousands"] and "," in axis["tickformat"]
    forces = pd.DataFrame([{"subject": "sdf", "metric": "fighters_killed", "value": 23000.0, "value_high": None,
                            "qualifier": "about", "status": "reported", "fact_id": "F1", "source_id": "S002",
                            "quote": "q", "claimant": None, "disputed_by": None, "dispute_quote": None,
                            "stated_on": pd.Timestamp("2024-10-15")}])
    fig = casualties.forces_chart(forces, lang)
    assert fig.layout.xaxis.exponentformat == "none" and fig.layout.separators == ".,"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_claims_subtitle_is_wrapped_never_cut(lang):
    """The 'Disputed by' line is long (the article's own criticism): it wraps onto lines the chart
    width holds, and the whole disputer text stays in the subtitle."""
    import html as _html
    from analysis import data
    from analysis.catalogue import t
    fig = casualties.claims_chart(casualties.claimed_kills(data.facts()), lang)
    text = fig.layout.annotations[0].text
    lines = text.split("<br>")
    assert len(lines) >= 3 and max(len(_html.unescape(line)) for line in lines) <= casualties.NOTE_WIDTH
    words = t("disputed_by.sceptics_and_the_article", lang).split()
    assert words[-1] in _html.unescape(text) and words[0] in _html.unescape(text)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_claims_note_wraps_so_it_never_runs_out_of_the_chart(lang):
    """Editor's round 2 (R1-12): "…which calls the coalition's ki" was cut at the chart's edge."""
    fig = casualties.claims_chart(casualties.claimed_kills(data.facts()), lang)
    note = fig.layout.annotations[0].text
    lines = note.split("<br>")
    assert len(lines) >= 3 and all(len(line) <= casualties.NOTE_WIDTH for line in lines)
    assert "one-upmanship" in note if lang == "en" else True
    assert fig.layout.margin.t >= 115 + 16 * (len(lines) - 2)


def test_wrap_note_keeps_line_breaks_and_whole_words():
    assert casualties.wrap_note("a b<br>" + "word " * 30, 20)[0] == "a b"
    assert all(len(x) <= 20 for x in casualties.wrap_note("word " * 30, 20))


def test_the_civilians_sentence_cites_what_its_paragraph_cites():
    from analysis import data
    # the civilians' words share a paragraph with the forces' losses, footnoted [1] (Independent Arabia)
    text = casualties.civilians_attribution(casualties.force_casualties(data.facts()), "en")
    assert text.startswith("Elham al-Najjar") and "citing Independent Arabia" in text
