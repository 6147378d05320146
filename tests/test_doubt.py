"""One standard of doubt for every party's figures: drawn and worded from claimant and status alone."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import data, doubt
from analysis.charts import attacks, structure


def test_the_rule_depends_on_claimant_kind_and_status_never_on_the_side():
    # the US side's and the quadrilateral side's own figures look the same when neither is disputed
    assert doubt.pattern("pentagon_officials", "reported") == doubt.pattern("info_centre_head", "reported") == "."
    assert doubt.pattern("quad_joint_room", "disputed") == doubt.pattern("pentagon_officials", "disputed") == "/"
    assert doubt.pattern("washington_post", "reported") == ""  # a newspaper's report: plain
    assert doubt.pattern("political_analysts", "claim") == "."  # the source calls it a claim


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_whose_line_names_every_claimant_of_the_figures_shown(lang):
    facts = data.facts()
    line = doubt.whose_line(["F033", "F032", "F004", "M001"], facts, lang)  # Pentagon, Washington Post, quad room
    assert doubt.t("claimant.pentagon_officials", lang) in line
    assert doubt.t("doubt.whose_party", lang, who="X").replace("X", "") in line  # the Pentagon is a party
    assert doubt.t(f"disputed_by.{facts.set_index('fact_id').loc['F004', 'disputed_by']}", lang) in line
    assert doubt.whose_line(["M001"], facts, lang) == ""  # no figure, nothing to attribute


def test_every_party_has_a_claimant_label():
    codes = set(data.facts()["claimant"])
    assert doubt.PARTIES <= codes | {"us_officials"}, doubt.PARTIES - codes


def test_a_table_marks_a_disputed_figure_in_words():
    facts = data.facts()
    _, markup, ids, values = structure.centre_table(structure.centre_items(data.info_centre(), facts), "en")
    assert "(disputed)" in markup and values["disputed"] == 2 and "F009" in ids


def test_hatching_is_kept_for_disputed_figures():
    """An open period is not a doubt: the coverage chart draws it in lines across, never hatched."""
    facts = data.facts()
    fig = attacks.coverage_chart(attacks.period_counts(facts), attacks.us_position_attacks(facts), "en")
    shapes = [s for tr in fig.data for s in (tr.marker.pattern.shape or ())]
    assert "/" not in shapes  # (the test of attacks draws an open period: "-")


def test_whose_line_follows_the_origin_the_source_line_cites():
    facts = data.facts()
    # the paper's author passes on Independent Arabia's figure ([1]): the outlet is named, as quoted by her
    assert doubt.whose_line(["F016"], facts, "en") == \
        "Whose figures: Independent Arabia (8 October 2024), as quoted by Elham al-Najjar"
    # CENTCOM's data as the analysts cite it; the outlet that is itself the claimant is named once
    assert "US Central Command (CENTCOM), as cited by political analysts, via Alhurra" in doubt.whose_line(["F026"], facts, "en")
    assert "The Washington Post (25 January 2024)" in doubt.whose_line(["F032"], facts, "en")
    assert "via The Washington Post" not in doubt.whose_line(["F032"], facts, "en")


def test_a_chart_of_figures_names_who_raised_its_events_too():
    line = doubt.whose_line(["F024", "E020", "E021", "E029"], data.facts(), "en")
    assert "Iraqi officials, via RT Arabic" in line and "BBC Arabic (13 December 2021), as quoted by Elham al-Najjar" in line
    assert "US officials (a party to the conflict)" in line and "the analysis of early 2024" in line


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_iraqi_lawmakers_and_officials_are_not_a_party_to_the_conflict(lang):
    """The parliamentary committee head and an anonymous Iraqi official quoted on the joint room are named
    by their standing, plain, never "a party to the conflict"; the quad room's own figures still are."""
    facts = data.facts()
    party = doubt.t("doubt.whose_party", lang, who="X").replace("X", "")
    line = doubt.whose_line(["F014", "F015"], facts, lang)
    assert party not in line and doubt.t("doubt.whose_iraqi_lawmaker", lang, who="X").replace("X", "") in line
    assert doubt.level("iraqi_parliament_security_committee_head", "reported") == "plain"
    assert doubt.level("quad_joint_room", "reported") == "party"
