"""Schema tests for data/ and one test per kind of malformed row and its message."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import data
from analysis.exceptions import CoalitionReportsError, DataValidationError
from analysis.paths import data_dir
from analysis.schemas import TABLES
from conftest import copy_catalogue

# ----------------------------------------------------------------------------- the real data


def test_validate_all_counts_every_table():
    counts = data.validate_all()
    assert set(counts) == set(TABLES)
    assert counts["sources"] == 5
    assert counts["facts"] >= 30 and counts["events"] >= 25
    assert all(n > 0 for n in counts.values())


def test_types_are_typed():
    f = data.facts()
    assert f["value"].dtype == "float64" and f["value_high"].dtype == "float64"
    for col in ("period_start", "period_end", "stated_on"):
        assert str(f[col].dtype).startswith("datetime64")
    assert str(data.events()["date"].dtype).startswith("datetime64")
    assert str(f["ref_marker"].dtype) == "Int64"


def test_sources_are_the_five_files():
    s = data.sources().set_index("source_id")
    assert list(s.index) == ["S000", "S001", "S002", "S003", "S004"]
    assert s.loc["S002", "date"] == pd.Timestamp("2024-10-15") and s.loc["S002", "date_status"] == "stated"
    assert s.loc["S001", "date_status"] == "unknown" and pd.isna(s.loc["S001", "date"])
    assert s["url"].isna().all()  # no source text gives its own URL


def _fact(source_id: str, value: float, metric: str) -> dict:
    f = data.facts()
    rows = f[(f.source_id == source_id) & (f.value == value) & (f.metric == metric)]
    assert len(rows) == 1, (source_id, value, metric)
    return rows.iloc[0].to_dict()


def test_key_facts_with_qualifiers_and_periods():
    a = _fact("S004", 153, "attacks_on_us_positions")
    assert a["qualifier"] == "at_least" and a["subject"] == "iran_backed_groups"
    b = _fact("S002", 153, "attacks")
    assert b["qualifier"] == "more_than" and b["subject"] == "isis"
    assert (b["period_start"], b["period_end"]) == (pd.Timestamp("2024-01-01"), pd.Timestamp("2024-06-30"))
    assert _fact("S002", 120, "attacks")["qualifier"] == "about"
    assert _fact("S002", 12000, "fighters_killed")["qualifier"] == "at_least"
    assert _fact("S004", 1000, "fighters_at_large")["qualifier"] == "nearly"
    r = _fact("S002", 5, "fighters_killed_or_arrested_in_daily_operations")
    assert r["qualifier"] == "range" and r["value_high"] == 10


def test_quad_claims_are_disputed_by_whom_the_article_names():
    f = data.facts()
    disputed = f[f.status == "disputed"]
    assert set(disputed["value"]) == {23000, 430, 8315, 4471}
    assert (disputed["source_id"] == "S000").all()
    by = dict(zip(disputed["value"], disputed["disputed_by"]))
    # "observers" (وفقاً لمراقبين) doubt only the centre's figures; the kill claims met unnamed
    # sceptical reactions and the article's own judgement ("exaggerated")
    assert by[8315] == by[4471] == "observers"
    assert by[23000] == by[430] == "sceptics_and_the_article"
    assert disputed["dispute_quote"].notna().all()
    assert f.loc[f.status != "disputed", "disputed_by"].isna().all()


def test_required_events():
    e = data.events()
    got = {(r.event_code, r.date.strftime("%Y-%m-%d"), r.precision) for r in e.itertuples()}
    for item in [
        ("isis_appeared", "2003-01-01", "year"),
        ("intl_coalition_formed", "2014-09-10", "day"),
        ("quad_coalition_formed", "2015-09-30", "day"),
        ("iraq_territory_recovered", "2017-12-01", "month"),
        ("isis_last_stronghold_defeated", "2019-03-01", "month"),
        ("dialogue_first_round", "2024-01-27", "day"),
        ("withdrawal_phase_one_ends", "2025-09-01", "month"),
        ("withdrawal_phase_two_ends", "2026-01-01", "year"),
    ]:
        assert item in got, item


def test_structure_tables():
    m = data.coalition_members()
    assert ((m.member == "hezbollah") & (m.role == "plus_one")).any()
    assert ((m.member == "united_states") & (m.role == "leader") & (m.coalition == "intl_coalition")).any()
    w = data.working_groups()
    assert w.working_group.nunique() == 5
    assert set(w.loc[w.working_group == "counter_finance", "chair"]) == {"the_kingdom", "united_states", "italy"}
    c = data.info_centre()
    staff = c[c.detail == "members_per_country"]
    assert list(staff["number"]) == [6.0]
    s = data.stances()
    assert set(s.loc[s.stance == "against", "party"]) >= {"kurdistan_alliance", "sunni_armed_factions"}


def test_reconciliation_covers_the_known_coincidences():
    r = data.reconciliation()
    f = data.facts().set_index("fact_id")
    pairs = [set(x.split(";")) for x in r["fact_ids"]]

    def ids(sid, value):
        return set(f[(f.source_id == sid) & (f.value == value)].index)

    for a, b in [(("S004", 153), ("S002", 153)), (("S002", 2500), ("S004", 2500)), (("S002", 23000), ("S000", 23000))]:
        assert any(p & ids(*a) and p & ids(*b) for p in pairs), (a, b)
    assert r["note_ar"].str.len().min() > 20 and r["note_en"].str.len().min() > 20


def test_load_is_cached_and_returns_copies():
    a = data.facts()
    a.loc[0, "value"] = -1
    assert data.facts().loc[0, "value"] != -1


def test_unknown_table():
    with pytest.raises(DataValidationError, match="unknown table"):
        data.load("nope")


# ----------------------------------------------------------------------------- malformed rows


@pytest.fixture()
def copy_data(tmp_path, monkeypatch):
    """A copy of data/ in tmp_path, used as COALITION_DATA."""
    src = data_dir()
    for f in src.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    copy_catalogue(src / "catalogue", tmp_path / "catalogue")
    monkeypatch.setenv("COALITION_DATA", str(tmp_path))
    return tmp_path


def edit(folder: Path, name: str, change) -> None:
    path = folder / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    rows, header = change(rows, header) or (rows, header)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def set_cell(row_index: int, column: str, value: str):
    def change(rows, header):
        rows[row_index][column] = value
    return change


def expect(folder: Path, name: str, *fragments: str) -> str:
    with pytest.raises(DataValidationError) as info:
        data.load(name)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, (fragment, message)
    return message


def test_wrong_type(copy_data):
    edit(copy_data, "facts", set_cell(2, "value", "many"))
    expect(copy_data, "facts", "facts.csv", "line 4", "'value'", "wrong type")


def test_bad_date(copy_data):
    edit(copy_data, "events", set_cell(0, "date", "2015-02-30"))
    expect(copy_data, "events", "events.csv", "line 2", "'date'")


def test_unknown_source_id(copy_data):
    edit(copy_data, "events", set_cell(4, "source_id", "S009"))
    expect(copy_data, "events", "events.csv", "line 6", "'source_id'", "unknown source_id 'S009'")


def test_quote_not_in_source(copy_data):
    edit(copy_data, "facts", set_cell(0, "quote", "نص لم يرد في المصدر 600"))
    expect(copy_data, "facts", "facts.csv", "line 2", "'quote'", "quote not found in source S000")


def test_quote_from_another_source(copy_data):
    other = data.facts().loc[20, "quote"]  # an S002 quote
    edit(copy_data, "facts", set_cell(0, "quote", other))
    expect(copy_data, "facts", "line 2", "'quote'", "not found in source S000")


def test_duplicate_id(copy_data):
    edit(copy_data, "facts", set_cell(5, "fact_id", "F001"))
    expect(copy_data, "facts", "facts.csv", "line 7", "'fact_id'", "duplicate id")


def test_end_before_start(copy_data):
    def change(rows, header):
        row = next(r for r in rows if r["period_start"] and r["period_end"])
        row["period_end"] = "2001-01-01"
    edit(copy_data, "facts", change)
    expect(copy_data, "facts", "facts.csv", "'period_end'", "end before start")


def test_event_end_before_start(copy_data):
    edit(copy_data, "events", set_cell(2, "end_date", "2014-01-01"))
    expect(copy_data, "events", "events.csv", "line 4", "'end_date'", "end before start")


def test_missing_column(copy_data):
    def change(rows, header):
        header.remove("unit")
        return rows, header
    edit(copy_data, "facts", change)
    expect(copy_data, "facts", "facts.csv", "line 1", "'unit'", "missing column")


def test_unexpected_column(copy_data):
    def change(rows, header):
        for r in rows:
            r["colour"] = "red"
        return rows, header + ["colour"]
    edit(copy_data, "stances", change)
    expect(copy_data, "stances", "stances.csv", "line 1", "'colour'", "unexpected column")


def test_unknown_code_value(copy_data):
    edit(copy_data, "facts", set_cell(1, "qualifier", "roughly"))
    expect(copy_data, "facts", "facts.csv", "line 3", "'qualifier'")


def test_disputed_needs_disputed_by(copy_data):
    def change(rows, header):
        row = next(r for r in rows if r["status"] == "disputed")
        row["disputed_by"] = ""
    edit(copy_data, "facts", change)
    expect(copy_data, "facts", "'disputed_by'", "status is 'disputed'")


def test_missing_file(copy_data):
    (copy_data / "stances.csv").unlink()
    expect(copy_data, "stances", "stances.csv", "not found")


def test_catalogue_coverage_is_checked(copy_data):
    for lang in ("en", "ar"):
        ftl = copy_data / "catalogue" / f"{lang}.ftl"
        text = ftl.read_text(encoding="utf-8")
        assert "\nqualifier-nearly = " in text
        ftl.write_text("\n".join(l for l in text.split("\n") if not l.startswith("qualifier-nearly = ")), encoding="utf-8")
    with pytest.raises(DataValidationError) as info:
        data.validate_all()
    assert "facts.csv" in str(info.value) and "'qualifier'" in str(info.value)
    assert "qualifier.nearly" in str(info.value)


def test_reconciliation_ids_must_exist(copy_data):
    edit(copy_data, "reconciliation", set_cell(0, "fact_ids", "F001;F999"))
    with pytest.raises(DataValidationError, match=r"reconciliation.csv, line 2, column 'fact_ids': unknown id 'F999'"):
        data.validate_all()


def test_tiny_fixture_tables(tmp_path, monkeypatch):
    """A hand-written two-row fixture loads, and its line numbers count from the header."""
    fixtures = Path(__file__).parent / "fixtures" / "tiny"
    for f in fixtures.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    monkeypatch.setenv("COALITION_DATA", str(tmp_path))
    assert len(data.load("stances")) == 2
    edit(tmp_path, "stances", set_cell(1, "stance", "maybe"))
    expect(tmp_path, "stances", "stances.csv", "line 3", "'stance'")


def test_an_unknown_period_is_empty_never_the_sources_date(copy_data):
    # F016 has no stated period: giving it the paper's date while calling it unknown is refused
    edit(copy_data, "facts", set_cell(15, "period_start", "2024-10-15"))
    expect(copy_data, "facts", "line 17", "'period_status'", "'unknown' but period_start")


def test_an_inferred_period_needs_the_words_it_rests_on(copy_data):
    def change(rows, header):
        row = next(r for r in rows if r["fact_id"] == "F030")
        row["period_quote"] = ""
    edit(copy_data, "facts", change)
    expect(copy_data, "facts", "'period_quote'", "inferred period needs the source's words")


def test_period_words_are_verbatim(copy_data):
    def change(rows, header):
        row = next(r for r in rows if r["fact_id"] == "F030")
        row["period_quote"] = "في عام 2023"
    edit(copy_data, "facts", change)
    expect(copy_data, "facts", "'period_quote'", "quote not found in source S002")


def test_an_inferred_event_date_needs_its_words(copy_data):
    def change(rows, header):
        row = next(r for r in rows if r["event_id"] == "E027")
        row["date_quote"] = ""
    edit(copy_data, "events", change)
    expect(copy_data, "events", "'date_quote'", "inferred date needs the words")


def test_origin_must_be_a_reference_of_the_same_source(copy_data):
    def change(rows, header):
        row = next(r for r in rows if r["fact_id"] == "F033")
        row["origin_ref"] = "S002_R04"
    edit(copy_data, "facts", change)
    with pytest.raises(DataValidationError) as info:
        data.validate_all()
    assert "'origin_ref'" in str(info.value) and "S002_R04" in str(info.value) and "not of S004" in str(info.value)


def test_every_quote_has_an_english_translation(copy_data):
    edit(copy_data, "facts", set_cell(2, "quote_en", ""))
    with pytest.raises(DataValidationError, match=r"facts.csv, line 4, column 'quote_en'"):
        data.validate_all()


def test_a_translation_is_not_arabic(copy_data):
    edit(copy_data, "events", set_cell(0, "quote_en", "في سبتمبر"))
    with pytest.raises(DataValidationError, match=r"events.csv, line 2, column 'quote_en'"):
        data.validate_all()


def test_every_table_with_quotes_has_translations():
    from analysis.schemas import TABLES

    for name, table in TABLES.items():
        if "quote" in table.schema.columns:
            df = data.load(name)
            assert "quote_en" in df and (df["quote_en"].str.len() > 1).all(), name


def test_a_near_miss_quote_names_the_closest_span_and_the_difference(copy_data):
    def change(rows, header):
        rows[0]["quote"] = rows[0]["quote"].replace("600", "700").replace("أكثر", "اكثر")
    edit(copy_data, "facts", change)
    message = expect(copy_data, "facts", "facts.csv", "line 2", "'quote'", "quote not found in source S000",
                     "the closest span is on line 4")
    assert "«وملف الحدود الدولية بين العراق وسورية البالغة أكثر من 600 كيلومتر»" in message
    assert "the quote has «700» where the source has «600»" in message
    assert "the quote has «اكثر» where the source writes «أكثر»" in message


def test_a_quote_found_twice_is_refused_with_both_places(copy_data):
    edit(copy_data, "stances", set_cell(0, "quote", "الدول الأربع"))
    message = expect(copy_data, "stances", "stances.csv", "line 2", "'quote'", "quote found", "times", "make it longer")
    assert message.count("line ") >= 3


# ----------------------------------------------------------------------------- bad files and numbers


def test_a_value_its_quote_does_not_state_is_refused(copy_data):
    edit(copy_data, "facts", set_cell(0, "value", "700"))  # F001's quote says «أكثر من 600 كيلومتر»
    expect(copy_data, "facts", "facts.csv", "line 2", "'value'", "F001", "does not state 700", "600")


def test_a_range_end_its_quote_does_not_state_is_refused(copy_data):
    rows = data.facts()
    i = int(rows.index[rows.fact_id == "F028"][0])
    edit(copy_data, "facts", set_cell(i, "value_high", "12"))
    expect(copy_data, "facts", "F028", "does not state 5–12")


def test_a_file_that_is_not_utf8_is_named_with_its_encoding(copy_data):
    path = copy_data / "facts.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1256"))
    with pytest.raises(CoalitionReportsError) as info:
        data.validate_all()
    message = str(info.value)
    assert "facts.csv is not UTF-8; it looks like Windows-1256: save it as UTF-8" in message
    assert "line 2, column" in message


def test_a_byte_order_mark_is_accepted(copy_data):
    for name in ("facts.csv", "catalogue/ar.ftl"):
        path = copy_data / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert data.validate_all()["facts"] == len(data.facts())


def test_a_header_only_table_says_so(copy_data):
    path = copy_data / "facts.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as info:
        data.validate_all()
    assert str(info.value) == "facts.csv: the table has no rows, only a header (line 1)"


def test_an_empty_table_says_so(copy_data):
    (copy_data / "events.csv").write_text("", encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"events.csv, line 1: empty file"):
        data.validate_all()


def _translations() -> list[tuple[str, str, str]]:
    """(table, first column value, quote_en) of every English translation in data/."""
    out = []
    for path in sorted(data_dir().glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("quote_en"):
                    out.append((path.stem, next(iter(row.values())), row["quote_en"]))
    return out


def test_translations_use_british_spelling():
    from tests.test_catalogue import AMERICAN, _without_proper_names
    bad = [(table, rid, m.group(0)) for table, rid, text in _translations()
           for m in AMERICAN.finditer(_without_proper_names(text))]
    assert not bad, bad


def test_translations_group_thousands_and_write_dates_day_month():
    import re
    bad = []
    for table, rid, text in _translations():
        prose = re.sub(r"https?://\S+", "", text)
        for number in re.findall(r"(?<![\d,./])\d{4,}(?![\d,/])", prose):
            if not (len(number) == 4 and 1900 <= int(number) <= 2099):  # a year stays as written
                bad.append((table, rid, number))
        bad += [(table, rid, m.group(0)) for m in re.finditer(
            r"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b", prose)]
        bad += [(table, rid, m.group(0)) for m in re.finditer(r"\b\d{4} CE\b|\bthe (tenth|twenty-\w+) of\b", prose)]
    assert not bad, bad


def test_translations_quote_inside_quotes_with_single_marks():
    """A quote_en is printed inside “…”; a quotation within it takes ‘…’ (references are titles, not quotes)."""
    bad = [(table, rid) for table, rid, text in _translations() if table != "references" and "“" in text]
    assert not bad, bad


@pytest.mark.parametrize("column,text", [
    ("note_en", "153 appears twice with different meanings."),
    ("note_en", "Two counts. 2,500 soldiers appear in two sources."),
    ("note_ar", "الرقم 153. 23 ألفًا عدد آخر."),
])
def test_a_reconciliation_note_never_opens_a_sentence_with_a_digit(copy_data, column, text):
    edit(copy_data, "reconciliation", set_cell(0, column, text))
    with pytest.raises(DataValidationError, match=r"reconciliation.csv.*sentence opens with a digit"):
        data.validate_all()


def test_the_real_reconciliation_notes_open_sentences_with_words():
    notes = data.reconciliation()
    assert notes["note_en"].str.startswith("The number 153 appears twice").any()
    assert notes["note_en"].str.startswith("The number 23,000 is both").any()
