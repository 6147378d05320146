"""The conclusion's points are counted from the edition's rows; a point with nothing to count is left out."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import conclusion, data, findings
from analysis.catalogue import t
from analysis.selection import select_facts, select_stated


def _edition(as_of: str = "", include_disputed: bool = True):
    facts = select_facts(data.facts(), as_of, include_disputed)
    sources = select_stated(data.sources(), data.sources(), as_of, data.facts())
    events = select_stated(data.events(), data.sources(), as_of, data.facts())
    return facts, events, sources


def test_the_judgements_cite_rows_the_edition_holds_and_fill_their_values_from_them():
    held = findings.edition_ids()
    found = conclusion.judgements("en")
    assert 3 <= len(found) <= 4
    for key, ids, values in found:
        assert ids and set(ids) <= held, key
        assert set(values) == findings.placeholders(key, "en"), key
        computed = set(findings.row_values(ids, "en")) | set(conclusion.speakers(conclusion.SPEAKERS.get(key, {}), "en"))
        assert set(values) <= computed, key


def test_every_judgement_is_attributed_to_its_sources():
    """A judgement is the sources', never the report's own: each says whose judgement it is."""
    for lang, words in (("en", ("suggest", "claim")), ("ar", ("يوحي", "توحي", "ادعاء"))):
        for key, ids, values in conclusion.judgements(lang):
            assert any(w in t(key, lang, **values) for w in words), (lang, key)


def test_a_judgement_whose_rows_the_edition_lacks_is_left_out():
    every = {k for k, _, _ in conclusion.judgements("en")}
    early = {k for k, _, _ in conclusion.judgements("en", "2024-02-01")}  # before the research paper
    assert early < every and "conclusion.judge_exit" not in early
    assert {k for k, _, _ in conclusion.judgements("en", "2023-06-01")} == {"conclusion.judge_quad"}


def test_the_95_percent_claim_reads_as_the_coalitions_own_in_the_conclusion():
    for lang in ("en", "ar"):
        found = {k: v for k, _, v in conclusion.judgements(lang)}
        assert found["conclusion.judge_intl"]["F022_whose"] == t("whose.saudi_mofa", lang)


def test_what_it_cannot_tell_is_counted():
    facts, events, sources = _edition()
    points = dict(conclusion.cannot_tell(facts, events, sources, "en"))
    assert points["conclusion.periods"] == {"unknown": int((facts["period_status"] == "unknown").sum()), "facts": len(facts)}
    assert points["conclusion.disputed"] == {"disputed": int((facts["status"] == "disputed").sum())}
    later = events[pd.to_datetime(events["date"]) > findings.latest_source_date(sources)]
    assert points["conclusion.after"]["n"] == len(later) > 0


def test_points_with_nothing_to_count_are_left_out():
    facts, events, sources = _edition("", include_disputed=False)
    keys = [k for k, _ in conclusion.cannot_tell(facts, events, sources, "ar")]
    assert "conclusion.disputed" not in keys
    facts, events, sources = _edition("2024-02-01")  # before the research paper: no plan is dated after its sources
    keys = [k for k, _ in conclusion.cannot_tell(facts, events, sources, "en")]
    assert "conclusion.after" not in keys and "conclusion.attacks_area" not in keys


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_judgement_is_printed_with_the_citation_of_every_row_it_rests_on(monkeypatch, lang):
    """The conclusion's sentences cite their rows through the chapters' machinery: each ends with the
    evidence numbers of its rows, linked, and the full report can renumber it."""
    import IPython.display

    from analysis import citations, evidence, statements
    from analysis.report import Edition

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, **kw: shown.append((getattr(obj, "data", obj), kw.get("metadata"))))
    ed = Edition(lang, namespace={})
    found = conclusion.judgements(lang)
    for key, ids, values in found:
        ed.judgement(key, ids, **values)
    assert len(shown) == len(found)
    cited = citations.index()
    for (markup, meta), (key, ids, values) in zip(shown, found):
        assert meta["coalition"]["ids"] == ids
        for i in ids:
            assert f'href="#ev-{ed._numbers[evidence.key_of(i, cited)]}"' in markup, (key, i)
        renumbered = {evidence.key_of(i, cited): 70 + k for k, i in enumerate(ids)}
        again = statements.rerender(meta["coalition"], cited, renumbered, lang)
        assert 'href="#ev-70"' in again and t(key, lang, **values)[:20] in again


def test_a_claim_with_one_speaker_names_that_speaker_and_several_read_as_those_quoted():
    """Rows of one unnamed official read as that official, never as "those quoted"; the plural only
    where several speakers agree."""
    one = conclusion.speakers({"q": ("A001", "A002", "A004", "A005")}, "en")
    assert one["q_n"] == 1 and one["q_who"] == "an unnamed senior official at the Iraqi Ministry of Defence"
    found = {k: v for k, _, v in conclusion.judgements("en")}
    text = t("conclusion.judge_quad", "en", **found["conclusion.judge_quad"])
    assert "an unnamed senior official" in text and "those quoted" not in text
    several = conclusion.speakers({"quad": ("A001", "A009")}, "en")
    assert several["quad_n"] == 2 and "those quoted in" in t("conclusion.judge_quad", "en", **{**found["conclusion.judge_quad"], **several})
