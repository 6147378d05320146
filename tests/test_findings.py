"""Key findings are data: each rests on rows an edition holds, its numbers come from them, and a
finding whose evidence an edition leaves out is left out (through the selection code, in-process)."""

from __future__ import annotations

import csv
import re
import shutil

import pandas as pd
import pytest

from analysis import data, findings
from analysis.catalogue import t
from analysis.exceptions import DataValidationError
from analysis.paths import data_dir
from analysis.selection import select_stated

EDITIONS = [("", True), ("", False), ("2024-02-01", True), ("2023-06-01", True), ("2023-01-01", False)]


def _render_all(as_of: str, include_disputed: bool, lang: str) -> dict[str, str]:
    sources = select_stated(data.sources(), data.sources(), as_of, data.facts())
    events = select_stated(data.events(), data.sources(), as_of, data.facts())
    out = {}
    for _, f in findings.selected(as_of, include_disputed).iterrows():
        key, values = findings.render(f, lang, sources, events)
        out[f["finding_id"]] = t(key, lang, **values)
    return out


def test_five_to_eight_findings_each_with_a_message_in_both_languages():
    table = data.findings()
    assert 5 <= len(table) <= 8
    assert list(table.sort_values("order")["order"]) == list(range(1, len(table) + 1))
    from analysis.catalogue import _load

    for key in table["message"]:
        assert all(key in _load()[lang].sources for lang in ("en", "ar")), key
    data.validate_all(coverage=False)  # every id a finding rests on exists (findings.csv is cross-checked)


@pytest.mark.parametrize("as_of,include_disputed", EDITIONS)
def test_every_finding_shown_cites_rows_the_edition_includes(as_of, include_disputed):
    held = findings.edition_ids(as_of, include_disputed)
    for _, f in findings.selected(as_of, include_disputed).iterrows():
        assert set(findings.rests_on(f)) <= held, f["finding_id"]


def test_a_finding_whose_evidence_as_of_excludes_is_left_out():
    every = set(data.findings()["finding_id"])
    latest = set(findings.selected("", True)["finding_id"])
    early = set(findings.selected("2023-06-01", True)["finding_id"])
    assert latest == every
    # the 2024 sources (the research paper, the analysis) are not stated by mid-2023
    facts = data.facts().set_index("fact_id")
    said = data.statements().set_index("statement_id")
    dates = data.sources().set_index("source_id")["date"]

    def from_2024(r):  # a fact stated in 2024, or an argument made in a source of 2024
        if r in facts.index:
            return str(facts.loc[r, "stated_on"])[:4] == "2024"
        return r in said.index and str(dates[said.loc[r, "source_id"]])[:4] == "2024"

    later = {f["finding_id"] for _, f in data.findings().iterrows() if any(map(from_2024, findings.rests_on(f)))}
    assert later and early == every - later
    # with disputed claims left out, a finding that rests on one goes too
    disputed = set(facts.index[facts["status"] == "disputed"])
    resting = {f["finding_id"] for _, f in data.findings().iterrows() if disputed & set(findings.rests_on(f))}
    assert resting and set(findings.selected("", False)["finding_id"]) == every - resting


def test_selection_reads_the_table_it_is_given():
    """A finding resting on a 2024 fact is left out of an edition of January 2024, one on 2023 rows kept."""
    table = pd.DataFrame([{"finding_id": "KF91", "order": 1, "message": "finding.KF01", "rests_on": "E002;E009", "derived": None},
                          {"finding_id": "KF92", "order": 2, "message": "finding.KF05", "rests_on": "F030;F029", "derived": None}])
    assert list(findings.selected("2024-01-31", True, table)["finding_id"]) == ["KF91"]
    assert list(findings.selected("", True, table)["finding_id"]) == ["KF91", "KF92"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_numbers_come_from_the_rows_with_their_qualifiers(lang):
    text = _render_all("", True, lang)
    facts = data.facts().set_index("fact_id")
    from analysis import fmt

    for _, f in data.findings().iterrows():
        for rid in findings.rests_on(f):
            if rid in facts.index:
                row = facts.loc[rid]
                shown = findings._fact_value(row, lang)
                assert str(shown) in text[f["finding_id"]], (f["finding_id"], rid, str(shown))
                if row["qualifier"] not in ("exact", "range") and fmt.share(row["value"], row["unit"], lang) is None:
                    assert t(f"qualifier.{row['qualifier']}", lang) in str(shown)
    assert "{" not in "".join(text.values()) and "$" not in "".join(text.values())


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_derived_values_say_so(lang):
    word = {"en": "derived", "ar": "محسوب"}[lang]
    text = _render_all("", True, lang)
    for _, f in data.findings().iterrows():
        if isinstance(f["derived"], str) and f["derived"]:
            assert word in text[f["finding_id"]]
            for spec in f["derived"].split(";"):
                rate = derive_rate(spec.split(":")[1])
                assert fmt_number(rate, lang) in text[f["finding_id"]]


def derive_rate(fact_id: str) -> float:
    from analysis import derive

    return derive.rate_rows(data.facts()).set_index("fact_id").loc[fact_id, "per_month"]


def fmt_number(value: float, lang: str) -> str:
    from analysis import fmt

    return fmt.number(value, lang)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_plan_dated_after_the_evidence_says_the_sources_cannot_tell(lang):
    events = data.events().set_index("event_id")
    latest = findings.latest_source_date(data.sources())
    text = _render_all("", True, lang)
    marker = t("finding.after_evidence", lang, n=1, latest="@", dates="@").split("@")[0]
    for _, f in data.findings().iterrows():
        later = [r for r in findings.rests_on(f) if r in events.index and pd.Timestamp(events.loc[r, "date"]) > latest]
        assert (marker in text[f["finding_id"]]) == bool(later), f["finding_id"]
    assert any(marker in v for v in text.values())


def test_a_finding_citing_an_unknown_row_is_a_data_error(tmp_path, monkeypatch):
    for f in data_dir().glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    shutil.copytree(data_dir() / "catalogue", tmp_path / "catalogue")
    monkeypatch.setenv("COALITION_DATA", str(tmp_path))
    path = tmp_path / "findings.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[0]["rests_on"] = "E002;F999"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(DataValidationError) as info:
        data.validate_all(coverage=False)
    assert re.search(r"findings\.csv.*line 2.*rests_on.*F999", str(info.value), re.S), str(info.value)


def _statement_findings():
    said = set(data.statements()["statement_id"])
    return [f for _, f in data.findings().iterrows() if said & set(findings.rests_on(f))]


def test_some_findings_rest_on_the_sources_arguments():
    """At least two findings say what the sources argue, resting on statement rows."""
    assert len(_statement_findings()) >= 2


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_argument_finding_names_its_speakers_from_their_rows(lang):
    from analysis import statements

    text = _render_all("", True, lang)
    said = data.statements().set_index("statement_id", drop=False)
    for f in _statement_findings():
        for rid in findings.rests_on(f):
            if rid in said.index:
                who = statements.speaker(said.loc[rid], lang)
                assert who in text[f["finding_id"]] or who[:1].upper() + who[1:] in text[f["finding_id"]], (f["finding_id"], rid)


def test_an_argument_finding_is_left_out_of_an_edition_before_its_source():
    """The research paper (15 October 2024) is not in an edition of September 2024: the finding on what it
    argues is left out, and the edition holds none of its statements."""
    said = data.statements()
    paper = set(said.loc[said["source_id"] == "S002", "statement_id"])
    held = findings.edition_ids("2024-09-30", True)
    assert paper and not (paper & held) and paper <= findings.edition_ids("", True)
    shown = set(findings.selected("2024-09-30", True)["finding_id"])
    on_paper = {f["finding_id"] for f in _statement_findings() if paper & set(findings.rests_on(f))}
    assert on_paper and not (on_paper & shown)


def test_a_statement_the_table_lacks_is_a_data_error(tmp_path, monkeypatch):
    for f in data_dir().glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    shutil.copytree(data_dir() / "catalogue", tmp_path / "catalogue")
    monkeypatch.setenv("COALITION_DATA", str(tmp_path))
    path = tmp_path / "findings.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    rows[0]["rests_on"] = rows[0]["rests_on"] + ";A999"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(DataValidationError) as info:
        data.validate_all(coverage=False)
    assert "A999" in str(info.value)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_figure_says_whose_claim_it_is_from_its_claimant(lang):
    """The 95% share is a claim on a page of the Saudi foreign ministry, not an outside count: the
    finding that shows it says so, computed from the row's claimant (`whose.<claimant>`)."""
    facts = data.facts().set_index("fact_id")
    text = _render_all("", True, lang)
    shown = [(f["finding_id"], r) for _, f in data.findings().iterrows() for r in findings.rests_on(f)
             if r in facts.index and facts.loc[r, "claimant"] == "saudi_mofa"]
    assert shown
    for fid, rid in shown:
        assert findings.whose(facts.loc[rid], lang) == t("whose.saudi_mofa", lang)
        assert t("whose.saudi_mofa", lang) in text[fid]
    other = facts.loc["F016"]  # a claimant with no `whose` entry is named as the claimant
    assert t(f"claimant.{other['claimant']}", lang) in findings.whose(other, lang)
