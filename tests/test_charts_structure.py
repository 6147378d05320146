"""Structure charts and their wrangling, on small frames built here (and once on the real data)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import data
from analysis.catalogue import t
from analysis.charts import structure as st


def members_frame():
    rows = [
        ("M1", "quad_coalition", "iraq", "member", "S000", "q-a"),
        ("M2", "quad_coalition", "iran", "member", "S000", "q-a"),
        ("M3", "quad_coalition", "iraq", "member", "S001", "q-b"),
        ("M4", "quad_coalition", "hezbollah", "plus_one", "S001", "q-c"),
        ("M5", "intl_coalition", "united_kingdom", "combat_participant", "S000", "q-d"),
        ("M6", "intl_coalition", "united_states", "leader", "S000", "q-e"),
        ("M7", "intl_coalition", "other_western_states", "combat_participant", "S000", "q-d"),
        ("M8", "intl_coalition", "russia", "declined_to_join", "S001", "q-f"),
    ]
    return pd.DataFrame(rows, columns=["member_id", "coalition", "member", "role", "source_id", "quote"])


def fact(fid, subject, metric, value, qualifier="exact", status="reported", topic="structure", unit="states",
         source="S002", quote="q-fact", stated_on="2024-10-15"):
    return {"fact_id": fid, "topic": topic, "metric": metric, "unit": unit, "subject": subject, "value": value,
            "value_high": None, "qualifier": qualifier, "status": status, "source_id": source, "quote": quote,
            "stated_on": pd.Timestamp(stated_on) if stated_on else pd.NaT, "period_start": pd.NaT, "period_end": pd.NaT,
            "period_status": "unknown", "period_quote": None, "origin_ref": None}


def facts_frame(disputed=True):
    rows = [
        fact("F16", "intl_coalition", "member_states", 87.0, quote="بمشاركة 87 دولة"),
        fact("F11", "quad_coalition", "member_states", 4.0, source="S001", stated_on=None),
        fact("F23", "intl_coalition", "working_groups", 4.0, unit="groups"),
        fact("F13", "info_centre", "chair_term", 3.0, qualifier="at_most", unit="months", source="S001",
             quote="على ألا تتجاوز ثلاثة أشهر", stated_on=None),
    ]
    if disputed:
        rows.append(fact("F09", "info_centre", "coordinates_provided", 8315.0, qualifier="more_than",
                         status="disputed", topic="intelligence", unit="coordinates", source="S000", quote="8315 إحداثية"))
    return pd.DataFrame(rows)


def groups_frame():
    rows = [
        ("W1", "stabilization", "uae", "S002", "q1"),
        ("W2", "stabilization", "germany", "S002", "q1"),
        ("W3", "counter_finance", "the_kingdom", "S002", "q2"),
        ("W4", "counter_finance", "united_states", "S002", "q2"),
        ("W5", "counter_messaging", "united_states", "S002", "q3"),
        ("W6", "africa_focus", None, "S002", "q4"),
    ]
    return pd.DataFrame(rows, columns=["wg_row_id", "working_group", "chair", "source_id", "quote"])


def centre_frame():
    cols = ["item_id", "aspect", "detail", "number", "unit", "country", "sequence", "source_id", "quote"]
    rows = [
        ("C1", "seat", "baghdad", None, None, None, None, "S000", "بغداد مقرا"),
        ("C2", "seat", "al_muthanna_airport_camp", None, None, None, 1, "S000", "معسكر مطار المثنى"),
        ("C3", "seat", "military_intelligence_directorate", None, None, None, 2, "S000", "مديرية"),
        ("C5", "seat", "baghdad", None, None, None, None, "S003", "مقر في بغداد"),
        ("C11", "chair_rotation", "officers_rotate", 3.0, "months", "syria", None, "S001",
         "وسيتناوب الضباط على ألا تتجاوز ثلاثة أشهر"),
        ("C12", "chair_rotation", "officers_rotate", 3.0, "months", "iraq", None, "S001",
         "وسيتناوب الضباط على ألا تتجاوز ثلاثة أشهر"),
        ("C20", "meeting_frequency", "monthly", 1.0, "per_month", "all_four", None, "S003", "كل شهر"),
    ]
    df = pd.DataFrame(rows, columns=cols)
    df["sequence"] = df["sequence"].astype("Int64")
    df["number"] = df["number"].astype(float)
    return df


def stances_frame():
    cols = ["stance_id", "party", "party_type", "affiliation", "stance", "listed_under", "source_id", "quote"]
    rows = [
        ("P5", "kurdistan_alliance", "party", None, "against", "against", "S001", "q-k"),
        ("P2", "mohammed_al_karbouli", "person", "national_forces_alliance", "against", "for", "S001", "q-karb"),
        ("P1", "popular_mobilization", "armed_group", None, "for", "for", "S001", "q-pm"),
    ]
    return pd.DataFrame(rows, columns=cols)


def joined(labels) -> str:
    """Box labels as one line of text (line breaks and the indents of wrapped lines removed)."""
    return " ".join(" ".join(labels).replace("<br>", " ").split())


# ------------------------------------------------------------------ wrangling

def test_member_roles_merges_sources_and_orders_roles():
    roles = st.member_roles(members_frame())
    iraq = roles[(roles["member"] == "iraq") & (roles["role"] == "member")].iloc[0]
    assert iraq["ids"] == ["M1", "M3"] and iraq["source_ids"] == ["S000", "S001"]
    intl = roles[roles["coalition"] == "intl_coalition"]
    assert list(intl["role"]) == ["leader", "combat_participant", "combat_participant", "declined_to_join"]
    assert list(roles["coalition"].drop_duplicates()) == ["intl_coalition", "quad_coalition"]
    assert len(roles) == 7


def test_coalition_size_takes_the_fact_or_none():
    facts = facts_frame()
    assert st.coalition_size(facts, "intl_coalition")["fact_id"] == "F16"
    assert st.coalition_size(facts[facts["fact_id"] != "F16"], "intl_coalition") is None


def test_working_groups_keep_the_group_without_chair_and_count_four_against_five():
    chairs = st.working_group_chairs(groups_frame())
    assert list(chairs["working_group"].drop_duplicates()) == ["stabilization", "counter_finance",
                                                              "counter_messaging", "africa_focus"]
    africa = chairs[chairs["working_group"] == "africa_focus"].iloc[0]
    assert africa["chair"] is None and africa["ids"] == ["W6"]
    counts = st.working_group_counts(groups_frame(), facts_frame())
    assert counts == {"announced": 4, "announced_id": "F23", "listed": 4, "chaired": 3}
    top = st.chairs_per_country(groups_frame()).iloc[0]
    assert top["chair"] == "united_states" and top["groups"] == 2


def test_centre_items_merge_rows_take_qualifiers_and_add_disputed_claims():
    items = st.centre_items(centre_frame(), facts_frame())
    rotate = items[items["detail"] == "officers_rotate"].iloc[0]
    assert rotate["countries"] == ["syria", "iraq"]
    assert rotate["qualifier"] == "at_most" and "F13" in rotate["ids"] and {"C11", "C12"} <= set(rotate["ids"])
    baghdad = items[items["detail"] == "baghdad"].iloc[0]
    assert baghdad["ids"] == ["C1", "C5"] and baghdad["source_ids"] == ["S000", "S003"]
    claim = items[items["aspect"] == "claimed_output"].iloc[0]
    assert claim["status"] == "disputed" and claim["ids"] == ["F09"] and claim["qualifier"] == "more_than"
    assert list(items["aspect"].drop_duplicates()) == ["seat", "chair_rotation", "meeting_frequency", "claimed_output"]
    without = st.centre_items(centre_frame(), facts_frame(disputed=False))
    assert "claimed_output" not in set(without["aspect"])


def test_seat_sequence_puts_ordered_seats_first_and_merges_places():
    seats = st.seat_sequence(centre_frame())
    assert list(seats["order"]) == [1, 2, None]
    assert seats.iloc[2]["detail"] == "baghdad" and seats.iloc[2]["ids"] == ["C1", "C5"]


def test_stance_rows_flags_an_opponent_listed_among_supporters():
    rows = st.stance_rows(stances_frame())
    assert list(rows["stance_id"]) == ["P1", "P5", "P2"]
    assert list(rows["side"]) == [1, -1, -1]
    assert list(rows["mislisted"]) == [False, False, True]
    notes = st.mislisted_notes(rows, "en")
    assert len(notes) == 1 and "al-Karbouli" in notes[0][1]["party"]


def test_chapter_notes_only_when_every_cited_row_is_shown():
    recon = pd.DataFrame({"note_id": ["N1", "N2"], "fact_ids": ["F23;W1", "F23;F99"], "kind": ["count_differs_from_list"] * 2,
                          "note_en": ["four but five", "x"], "note_ar": ["أربع لكن خمس", "س"]})
    notes = st.chapter_notes(recon, ["F23", "W1", "W2"])
    assert list(notes["note_id"]) == ["N1"]
    assert st.note_text(notes.iloc[0], "ar") == "أربع لكن خمس"
    html_ar = st.notes_html(notes, "ar")
    assert 'dir="rtl"' in html_ar and t("kind.count_differs_from_list", "ar") in html_ar
    assert "four but five" in st.notes_html(notes, "en")


def test_shown_ids_collects_every_frame():
    ids = st.shown_ids(st.member_roles(members_frame()), st.stance_rows(stances_frame()), extra=["F16", None])
    assert {"M1", "M8", "P2", "F16"} <= set(ids) and None not in ids


def test_narrative_switches_when_the_size_is_not_yet_stated():
    facts = facts_frame()
    key, values = st.intro_paragraphs(facts, members_frame(), "en")[0]
    assert key == "structure.intro_with_size" and values["intl_states"] == "87"
    limits = st.intro_paragraphs(facts, members_frame(), "en")[1][1]
    assert limits["named_states"].startswith("two of")  # US, UK; not "other Western states"
    # working-group chairs are named states too: the count follows the data
    with_chairs = st.intro_paragraphs(facts, members_frame(), "en", groups_frame())[1][1]
    named = st.named_intl_states(members_frame(), groups_frame())
    assert len(named) > 2 and with_chairs["named_states"].split(" ")[0] in ("three", "four", "five", "six", "seven", "eight", "nine")
    assert "Germany" in with_chairs["names"] or "United Arab Emirates" in with_chairs["names"]
    key, _ = st.intro_paragraphs(facts[facts["fact_id"] != "F16"], members_frame(), "en")[0]
    assert key == "structure.intro_without_size"
    assert st.working_group_paragraphs(groups_frame().iloc[0:0], facts, "en") == [("structure.wg_none", {})]
    assert st.disputed_line(False, 4, "en") == ("structure.disputed_left_out", {"n": "4"})
    assert st.disputed_line(True, 0, "en")[0] == "structure.disputed_shown"


def test_centre_claims_paragraph_only_with_both_claims_shown():
    items = st.centre_items(centre_frame(), facts_frame())
    assert "structure.centre_claims" not in [k for k, _ in st.centre_paragraphs(items, "en")]  # one claim only
    real = st.centre_items(data.info_centre(), data.facts())
    keys = dict(st.centre_paragraphs(real, "en"))
    assert keys["structure.centre_claims"]["coordinates"] == "more than 8,315"  # running text: the qualifier in words
    assert keys["structure.centre_numbers"]["staff"] == "6"


# ------------------------------------------------------------------ charts

@pytest.mark.parametrize("lang", ["en", "ar"])
def test_coalitions_treemap_labels_ids_and_quotes(lang):
    fig = st.coalitions_treemap(st.member_roles(members_frame()), facts_frame(), lang)
    trace = fig.data[0]
    assert trace.type == "treemap"
    labels = " ".join(trace.labels)
    assert t("coalition.intl_coalition", lang) in labels and t("role.plus_one", lang) in labels
    assert t("member.hezbollah", lang) in labels
    assert "87" in labels  # the stated size, on the coalition's box
    assert set(fig.layout.meta["fact_ids"]) == {f"M{i}" for i in range(1, 9)} | {"F16", "F11"}
    assert all(h.endswith("") for h in trace.customdata) and "q-f" in " ".join(trace.customdata)
    assert trace.hovertemplate.endswith("<extra></extra>")
    assert fig.layout.title.text == t("structure.chart_coalitions", lang)
    if lang == "ar":
        assert trace.textposition == "top right" and "\u202b" in labels
    else:
        assert "\u202b" not in labels


def test_treemaps_read_from_the_right_in_arabic():
    roles = st.member_roles(members_frame())
    chairs = st.working_group_chairs(groups_frame())
    counts = st.working_group_counts(groups_frame(), facts_frame())
    items = st.centre_items(centre_frame(), facts_frame())
    for lang, flip in (("en", None), ("ar", "x")):
        for fig in (st.coalitions_treemap(roles, facts_frame(), lang), st.working_groups_treemap(chairs, counts, lang),
                    st.centre_treemap(items, lang)):
            assert fig.data[0].tiling.flip == flip
            assert fig.data[0].textposition == ("top right" if lang == "ar" else "top left")
    # the same boxes in the same order: the mirror is done by the layout, not by reordering
    en = st.coalitions_treemap(roles, facts_frame(), "en").data[0].ids
    assert en == st.coalitions_treemap(roles, facts_frame(), "ar").data[0].ids


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_working_groups_treemap_says_four_announced_five_listed(lang):
    groups = groups_frame()
    counts = {**st.working_group_counts(groups, facts_frame()), "listed": 5}
    fig = st.working_groups_treemap(st.working_group_chairs(groups), counts, lang)
    labels = " ".join(fig.data[0].labels)
    assert t("structure.wg_root", lang, announced="4", listed="5") in labels
    assert t("structure.no_chair", lang) in labels
    assert t("chair.the_kingdom", lang).split()[0] in labels  # the careful label, never a guessed name
    assert "Saudi Arabia" not in labels and "السعودية" not in labels
    assert set(fig.layout.meta["fact_ids"]) == {"W1", "W2", "W3", "W4", "W5", "W6", "F23"}
    # one colour per chair, in every group it chairs
    us = [c for i, c in zip(fig.data[0].ids, fig.data[0].marker.colors) if i.endswith("/united_states")]
    assert len(us) == 2 and len(set(us)) == 1


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_centre_treemap_marks_disputed_claims_and_qualifiers(lang):
    fig = st.centre_treemap(st.centre_items(centre_frame(), facts_frame()), lang)
    trace = fig.data[0]
    labels = joined(trace.labels).replace("\u00a0", " ")
    assert "8,315" in labels and t("structure.claimed_output", lang) in labels
    if lang == "en":
        assert "> 8,315" in labels and "at most three months" in labels
    else:
        assert t("qualifier.more_than", "ar") in labels and t("qualifier.at_most", "ar") in labels
    claim = list(trace.ids).index("a:claimed_output")
    assert trace.marker.colors[claim] == st.DISPUTED_COLOR and trace.marker.pattern.shape[claim] == "/"
    assert t("structure.disputed_legend", lang) in fig.layout.annotations[0].text
    assert "F09" in fig.layout.meta["fact_ids"] and "F13" in fig.layout.meta["fact_ids"]
    assert t("structure.disputed_hover", lang) in trace.customdata[claim].replace("<br>", " ")


def test_centre_treemap_without_disputed_claims_has_no_disputed_box_or_legend():
    fig = st.centre_treemap(st.centre_items(centre_frame(), facts_frame(disputed=False)), "en")
    assert "a:claimed_output" not in fig.data[0].ids
    assert not fig.layout.annotations
    assert "F09" not in fig.layout.meta["fact_ids"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_seats_table_in_reading_order(lang):
    fig = st.seats_table(st.seat_sequence(centre_frame()), lang)
    header = list(fig.data[0].header.values)
    first = f"<b>{t('structure.col_order', lang)}</b>"
    assert (header[-1] if lang == "ar" else header[0]) == first
    order_col = fig.data[0].cells.values[-1 if lang == "ar" else 0]
    # review 5: an unordered place (Baghdad) is not listed as one more seat beside the ordered ones
    assert list(order_col) == ["1", "2"]
    assert set(fig.layout.meta["fact_ids"]) == {"C2", "C3"}
    key, markup, ids, _ = st.seats_html(st.seat_sequence(centre_frame()), lang)
    assert t("structure.order_not_stated", lang) not in markup and set(ids) == {"C2", "C3"}
    unordered = centre_frame().assign(sequence=None)  # no order given: every place is listed
    assert len(st.seats_table(st.seat_sequence(unordered), lang).data[0].cells.values[0]) == 3


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_stances_chart_diverges_and_hatches_the_mislisted_party(lang):
    fig = st.stances_chart(st.stance_rows(stances_frame()), lang)
    names = [tr.name for tr in fig.data]
    assert names == [t("stance.for", lang), t("stance.against", lang), t("structure.against_listed_for", lang)]
    mislisted = fig.data[2]
    assert list(mislisted.x) == [-1] and mislisted.marker.pattern.shape == "/"
    assert "q-karb" in mislisted.customdata[0] and t("listed_under.for", lang) in mislisted.customdata[0]
    assert list(fig.data[0].x) == [1]
    assert set(fig.layout.meta["fact_ids"]) == {"P1", "P2", "P5"}
    if lang == "ar":
        assert fig.layout.xaxis.range[0] > fig.layout.xaxis.range[1] and fig.layout.yaxis.side == "right"
    else:
        assert fig.layout.xaxis.range[0] < fig.layout.xaxis.range[1]


def test_real_data_charts_cite_only_known_rows():
    from analysis import citations

    known = set(citations.index()["id"])
    facts, centre = data.facts(), data.info_centre()
    figs = [
        st.coalitions_treemap(st.member_roles(data.coalition_members()), facts, "ar"),
        st.working_groups_treemap(st.working_group_chairs(data.working_groups()),
                                  st.working_group_counts(data.working_groups(), facts), "en"),
        st.centre_treemap(st.centre_items(centre, facts), "en"),
        st.seats_table(st.seat_sequence(centre), "ar"),
        st.stances_chart(st.stance_rows(data.stances()), "en"),
    ]
    for fig in figs:
        ids = set(fig.layout.meta["fact_ids"])
        assert ids and ids <= known
    wg = figs[1].data[0]
    assert t("structure.wg_root", "en", announced="4", listed="5") in " ".join(wg.labels)
    assert {"F009", "F010"} <= set(figs[2].layout.meta["fact_ids"])


def test_country_names_in_english_sentences_take_their_article():
    (key, values), = st.working_group_paragraphs(groups_frame(), facts_frame(), "en")
    assert values["top_chair"] == "the United States"
    text = t(key, "en", **values)
    assert "the United States, is a co-chair of two of them" in text


def test_centre_box_lines_read_as_sentences_in_english():
    """Editor's round 2: "First: Iraq, for three months", counted lines open with a capital."""
    fig = st.centre_treemap(st.centre_items(data.info_centre(), data.facts()), "en")
    labels = joined(fig.data[0].labels).replace("\u00a0", " ")
    assert "First: Iraq, for three months" in labels
    assert "Six members per country" in labels and "Two Russian generals" in labels
    assert "First chair" not in labels and "six members" not in labels
    ar = joined(st.centre_treemap(st.centre_items(data.info_centre(), data.facts()), "ar").data[0].labels)
    assert "لمدة" in ar and "،" in ar


def test_a_centre_duration_is_a_clause_not_a_dot_that_starts_a_wrapped_line():
    """«الرئاسة الأولى: العراق، لمدة 3 أشهر», not «الرئاسة الأولى: العراق · 3 أشهر» (the «·» wrapped to a line start)."""
    from analysis import data
    from analysis.charts import structure as st

    items = st.centre_items(data.info_centre(), data.facts())
    labels = [st._centre_label(row, "ar") for _, row in items.iterrows()]
    months = [label for label in labels if "أشهر" in label]
    assert months and not any("·" in label for label in labels)  # no label has a «·» that may wrap to a line start
    assert any("، لمدة" in label for label in months)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_lists_print_as_tables_titled_by_what_they_show(lang):
    """Members, working groups and stances are tables (no boxes of equal size), each title computed from its rows."""
    from analysis import data
    from analysis.catalogue import t as tr

    facts = data.facts()
    key, markup, ids, values = st.stances_table(st.stance_rows(data.stances()), lang)
    assert key == "structure.table_stances" and (values["n_for"], values["n_against"]) == (3, 4)
    assert markup.count("<tr>") == 1 + 7 and set(ids) == set(data.stances()["stance_id"])
    key, markup, ids, values = st.coalitions_table(st.member_roles(data.coalition_members()), facts, lang)
    assert key == "structure.table_coalitions" and "F016" in ids and str(values["intl_size"]) in tr(key, lang, **values)
    key, _, _, values = st.working_groups_table(st.working_group_chairs(data.working_groups()),
                                                       st.working_group_counts(data.working_groups(), facts), lang)
    assert key == "structure.table_working_groups" and (values["announced"], values["listed"], values["top_n"]) == (4, 5, 3)
