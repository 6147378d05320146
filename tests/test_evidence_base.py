"""The evidence base: one table row per source, and limits counted from the data."""

from __future__ import annotations

import pytest

from analysis import data, evidence_base, findings
from analysis.catalogue import t
from analysis.selection import select_facts, select_stated


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_source_has_a_row_with_its_date_and_how_it_is_known(lang):
    sources, facts = data.sources(), data.facts()
    table, numbers = evidence_base.sources_table(sources, facts, lang)
    assert table.count("<tr>") == len(sources) + 1
    quotes = evidence_base.quotes_by_source(facts)
    assert numbers == [n for s in sources.sort_values(["date", "source_id"], na_position="last")["source_id"]
                       for n in (int((facts["source_id"] == s).sum()), int(quotes.get(s, 0)))]
    assert t("evidence.col_quotes", lang) in table
    # a source no figure comes from still supplies quotes (review 5: "Figures cited: 0" read as unused)
    assert any(f == 0 and q > 0 for f, q in zip(numbers[::2], numbers[1::2]))
    assert t("ui.undated", lang) in table  # the encyclopedia article
    assert "S00" not in table and ".txt" not in table  # no internal ids or file names


def test_limits_are_counted_for_the_edition():
    for as_of in ("", "2024-02-01"):
        sources = select_stated(data.sources(), data.sources(), as_of, data.facts())
        facts = select_facts(data.facts(), as_of, True)
        values = evidence_base.limits_values(sources, facts, "en")
        assert values["sources"] == len(sources) and values["facts"] == len(facts)
        assert values["latest"] == findings.latest_source_text(sources, "en")
        assert int(str(values["second_hand"])) == len(evidence_base.second_hand(facts, sources)) <= len(facts)
    # a figure the source counts itself (its own publisher) is not second-hand; one it cites an outlet for is
    facts = data.facts()
    second = set(evidence_base.second_hand(facts, data.sources())["fact_id"])
    own = facts[(facts["claimant"] == "al_araby_al_jadeed") & facts["origin_ref"].isna()]["fact_id"]
    cited = facts[facts["origin_ref"].notna()]["fact_id"]
    assert not (set(own) & second) and set(cited) <= second
