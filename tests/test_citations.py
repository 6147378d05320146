"""`analysis.citations`: every cited row of every table, by id, with the words that state it."""

from __future__ import annotations

from analysis import citations, data


def test_one_row_per_cited_row_of_every_table_with_quotes():
    cited = citations.index()
    assert list(cited.columns) == citations.COLUMNS
    assert cited["id"].is_unique
    assert {"facts", "events"} <= set(cited["table"])
    assert set(data.facts()["fact_id"]) <= set(cited["id"]) and set(data.events()["event_id"]) <= set(cited["id"])


def test_every_cited_row_names_its_source_and_quotes_it_with_a_translation():
    cited = citations.index()
    assert cited["source_id"].notna().all() and (cited["quote"].str.len() > 0).all()
    assert cited["source_id"].isin(data.sources()["source_id"]).all()
    assert (cited["quote_en"].fillna("").str.len() > 0).all()


def test_a_fact_keeps_its_value_qualifier_and_status():
    facts = data.facts().set_index("fact_id")
    cited = citations.index().set_index("id")
    some = facts.index[:5]
    for column in ("value", "qualifier", "status"):
        assert list(cited.loc[some, column]) == list(facts.loc[some, column])


def test_an_event_is_dated_by_its_own_date():
    events = data.events().set_index("event_id")
    cited = citations.index().set_index("id")
    first = events.index[0]
    assert cited.loc[first, "period_start"] == events.loc[first, "date"]
    assert cited.loc[first, "period_status"] == events.loc[first, "date_status"]
