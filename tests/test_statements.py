"""The sources' arguments (data/statements.csv, analysis/statements.py, the edition's `argument`,
`disagreements` and `statements_table`): verbatim, attributed, cited, dated, and as_of applied."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import citations, data, evidence, statements
from analysis.exceptions import DataValidationError, UncitedFigureError
from analysis.paths import data_dir
from analysis.report import Edition


@pytest.fixture()
def copy_data(tmp_path, monkeypatch):
    """A copy of data/ in tmp_path, used as COALITION_DATA."""
    src = data_dir()
    for f in src.glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    shutil.copytree(src / "catalogue", tmp_path / "catalogue")
    monkeypatch.setenv("COALITION_DATA", str(tmp_path))
    return tmp_path


def edit_row(folder: Path, statement_id: str, **cells) -> int:
    """Change cells of one statement; returns its CSV line (header = line 1)."""
    path = folder / "statements.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    line = next(i for i, r in enumerate(rows) if r["statement_id"] == statement_id) + 2
    rows[line - 2].update(cells)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return line


def _shown(monkeypatch, lang: str, as_of: str = ""):
    """An edition whose outputs are recorded as (html, metadata) instead of displayed."""
    shown: list[tuple[str, dict]] = []
    monkeypatch.setattr(Edition, "_display_html",
                        lambda self, markup, numbers=(), editor_only=False, extra_metadata=None, markdown=None:
                        shown.append((markup, extra_metadata or {})))
    return Edition(lang, as_of, namespace={}), shown


# ----------------------------------------------------------------------------- the table


def test_statements_load_with_every_source_and_the_issues_arguments():
    df = data.statements()
    assert df["statement_id"].is_unique and set(df["source_id"]) == {"S000", "S001", "S002", "S003", "S004"}
    by_argument = df.set_index("argues")
    # the arguments issue #17 names, each attributed as its source does
    assert by_argument.loc["quad_air_bridge", "speaker"] == "defence_official"  # unnamed in the source: stays unnamed
    assert by_argument.loc["quad_formality", "source_id"] == "S000"
    assert by_argument.loc["quad_al_qaim", "period_start"] == pd.Timestamp("2018-01-01")
    assert by_argument.loc["quad_army_no_dealings", "speaker"] == "ahmed_al_obeidi"
    assert by_argument.loc["centre_media_over_field", ("speaker", "source_id")].tolist() == ["mp_security_committee", "S003"]
    assert (df[df["topic"] == "dialogue_scenarios"]["source_id"] == "S004").sum() == 4
    assert by_argument.loc["no_need_for_us_forces", "origin_ref"] == "S002_R09"
    assert by_argument.loc["threats_remain", "speaker_form"] == "one_f"  # Alina Romanowski: «أشارت السفيرة»
    assert {"shia_half_oppose_exit", "kurds_fear_exit", "sunnis_fear_exit", "camps_time_bomb"} <= set(df["argues"])


def test_a_changed_quote_is_refused_with_file_line_and_column(copy_data):
    line = edit_row(copy_data, "A016", quote="أن فاعلية المركز الإعلامية أكبر من فاعليته ميدانياً")
    with pytest.raises(DataValidationError) as info:
        data.load("statements")
    message = str(info.value)
    assert f"statements.csv, line {line}, column 'quote'" in message and "S003" in message


def test_a_changed_period_quote_is_refused(copy_data):
    line = edit_row(copy_data, "A002", period_quote="بين عامي 2014 و2017 تحديداً")
    with pytest.raises(DataValidationError, match=rf"statements.csv, line {line}, column 'period_quote'"):
        data.load("statements")


def test_an_unknown_source_is_refused_with_file_and_line(copy_data):
    line = edit_row(copy_data, "A001", source_id="S009")
    with pytest.raises(DataValidationError,
                       match=rf"statements.csv, line {line}, column 'source_id': unknown source_id 'S009'"):
        data.load("statements")


@pytest.mark.parametrize("origin,why", [("S002_R99", "unknown reference 'S002_R99'"),
                                        ("S004_R01", "'S004_R01' is a reference of S004, not of S002")])
def test_an_unknown_or_foreign_origin_is_refused_with_file_and_line(copy_data, origin, why):
    line = edit_row(copy_data, "A027", origin_ref=origin)
    with pytest.raises(DataValidationError) as info:
        data.validate_all(coverage=False)
    assert f"statements.csv, line {line}, column 'origin_ref': {why}" in str(info.value)


def test_an_inferred_period_needs_its_words_and_an_unknown_one_is_empty(copy_data):
    line = edit_row(copy_data, "A005", period_quote="")
    with pytest.raises(DataValidationError, match=rf"line {line}, column 'period_quote'"):
        data.load("statements")
    edit_row(copy_data, "A005", period_quote="منذ بدء الحرب الروسية الأوكرانية", period_status="unknown")
    with pytest.raises(DataValidationError, match=rf"line {line}, column 'period_status'"):
        data.load("statements")


def test_a_speaker_without_catalogue_words_is_refused(copy_data):
    line = edit_row(copy_data, "A007", speaker="a_colonel_nobody_named")
    with pytest.raises(DataValidationError, match=rf"statements.csv, line {line}, column 'speaker': no catalogue entry"):
        data.validate_all(coverage=False)


# ----------------------------------------------------------------------------- sentences and citations


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_argument_sentence_carries_its_citation(monkeypatch, lang):
    ed, shown = _shown(monkeypatch, lang)
    ed.argument("A007")
    ed.argument("A016")
    assert len(shown) == 2
    cited = citations.index()
    for (markup, meta), sid in zip(shown, ("A007", "A016")):
        row = data.statements().set_index("statement_id").loc[sid].to_dict()
        number = ed._numbers[evidence.key_of(sid, cited)]
        assert meta["coalition"]["ids"] == [sid] and meta["coalition"]["kind"] == "sources"
        assert statements.sentence(row, lang).replace("'", "&#x27;") in markup
        assert f'href="#ev-{number}"' in markup  # its evidence entry, linked
        label = evidence.label_with_origins(row["source_id"], cited[cited["id"] == sid], lang)
        assert label in markup.replace("&#x27;", "'")
    # the closing list quotes each of them once
    ed.sources()
    listing = shown[-1][0]
    for sid in ("A007", "A016"):
        assert listing.count(data.statements().set_index("statement_id").loc[sid, "quote"]) == 1


def test_the_sentence_names_the_speaker_as_the_source_does_and_agrees_with_them():
    rows = data.statements().set_index("statement_id")
    assert statements.sentence(rows.loc["A004"], "en").startswith("An unnamed senior official at the Iraqi Ministry of Defence says")
    assert statements.sentence(rows.loc["A007"], "en").startswith("Ahmed Abdul-Sattar al-Obeidi, a retired Iraqi colonel, says")
    assert statements.sentence(rows.loc["A028"], "ar").startswith("ترى السفيرة")  # she: the verb agrees
    assert statements.sentence(rows.loc["A011"], "en").startswith("Unnamed observers say")
    assert "(period: 2015–2017)" in statements.sentence(rows.loc["A002"], "en")
    assert "inferred" in statements.sentence(rows.loc["A005"], "en")


def test_the_full_report_renumbers_an_argument_and_keeps_its_sentence(monkeypatch):
    ed, shown = _shown(monkeypatch, "en")
    ed.argument("A016")
    markup, meta = shown[0]
    cited = citations.index()
    again = statements.rerender(meta["coalition"], cited, {evidence.key_of("A016", cited): 41}, "en")
    assert 'href="#ev-41"' in again and "more effective in the media than in the field" in again


def test_an_unknown_statement_is_refused(monkeypatch):
    ed, _ = _shown(monkeypatch, "en")
    with pytest.raises(UncitedFigureError, match="A999"):
        ed.argument("A999")


# ----------------------------------------------------------------------------- as_of


def test_as_of_excludes_statements_after_it(monkeypatch):
    ed, shown = _shown(monkeypatch, "en", as_of="2023-06-30")
    kept = ed.statements()
    # the 2020 and 2023 reports and the undated encyclopedia article; not the 2024 analysis and paper
    assert set(kept["source_id"]) == {"S000", "S001", "S003"}
    ed.argument("A027")  # the prime minister, in the paper of October 2024
    ed.argument("A023")  # a scenario of the analysis of early 2024
    assert shown == []
    ed.argument("A016")
    assert len(shown) == 1
    ed.statements_table(["dialogue_scenarios"])  # all from early 2024: no table
    assert len(shown) == 1
    # on US forces, only the 2023 expert is left: no disagreement any more
    ed.disagreements(["us_presence_needed"])
    assert len(shown) == 1
    ed.disagreements(["quad_relevance"])  # both sides were stated by 2023
    assert len(shown) == 2 and set(shown[-1][1]["coalition"]["ids"]) <= set(kept["statement_id"])


# ----------------------------------------------------------------------------- disagreements


def test_disagreements_are_computed_from_opposite_positions():
    rows = data.statements()
    found = {topic: (set(yes["statement_id"]), set(no["statement_id"]))
             for topic, yes, no in statements.disagreements(rows)}
    assert "A027" in found["us_presence_needed"][1] and "A028" in found["us_presence_needed"][0]
    assert "quad_relevance" in found and "quad_purpose" not in found  # no positions: nothing to disagree on
    one_sided = rows[~((rows["topic"] == "us_presence_needed") & (rows["position"] == "against"))]
    assert "us_presence_needed" not in {t for t, _, _ in statements.disagreements(one_sided)}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_disagreement_cites_every_row_on_both_sides(monkeypatch, lang):
    ed, shown = _shown(monkeypatch, lang)
    ed.disagreements(["us_presence_needed"])
    (markup, meta), = shown
    ids = meta["coalition"]["ids"]
    rows = data.statements()
    on_topic = rows[(rows["topic"] == "us_presence_needed") & rows["position"].notna()]
    assert sorted(ids) == sorted(on_topic["statement_id"])
    assert all(f'href="#ev-{ed._numbers[evidence.key_of(i, citations.index())]}"' in markup for i in ids)


def test_the_statements_table_cites_each_row(monkeypatch):
    ed, shown = _shown(monkeypatch, "en")
    ed.statements_table(["dialogue_scenarios", "isis_camps"])
    (markup, meta), = shown
    assert meta["coalition"]["ids"] == ["A023", "A024", "A025", "A026", "A035", "A036"]
    assert markup.count('href="#ev-') == 6 and markup.count('<tr class="topic"') == 2


def test_a_position_on_a_topic_without_words_for_each_side_is_refused(copy_data):
    line = edit_row(copy_data, "A011", position="against")  # quad_claims: no side has words yet
    with pytest.raises(DataValidationError,
                       match=rf"statements.csv, line {line}, column 'position': no catalogue entry 'stmts.against_quad_claims'"):
        data.validate_all(coverage=False)


def test_arabic_plural_speakers_take_the_genitive_after_a_preposition():
    rows = statements.select("")
    text = {topic: statements.disagreement_text(topic, yes, no, "ar") for topic, yes, no in statements.disagreements(rows)}
    assert "ومحللين سياسيين" in text["us_presence_needed"] and "محللون" not in text["us_presence_needed"]
    assert "سياسيين عراقيين" in text["quad_field_role"]


@pytest.mark.parametrize("lang,who", [("en", "According to political analysts, whom the paper does not name"),
                                      ("ar", "بحسب محللين سياسيين لا تسمّيهم الورقة")])
def test_an_arguments_evidence_entry_names_who_argues_it(lang, who):
    cited = citations.index()
    items = evidence.entries(["A030"], cited)
    listing = evidence.list_html(items, {items[0].key: 1}, {}, cited, lang)
    assert who.replace(",", ",") in listing and data.statements().set_index("statement_id").loc["A030", "quote"] in listing


@pytest.mark.parametrize("lang,title", [
    ("en", "Table 1. The arguments on the US exit, by speaker: six arguments from"),
    ("ar", "الجدول 1: الحجج بشأن الخروج الأمريكي بحسب المتحدث: ست حجج يسوقها"),
])
def test_a_titled_statements_table_is_numbered_as_the_other_tables_with_its_counts(monkeypatch, lang, title):
    """Review round 4: the statements tables were the only tables without a number and a finding title."""
    from analysis.alt import plain

    ed, shown = _shown(monkeypatch, lang)
    ed.statements_table(["dialogue_scenarios", "isis_camps"], title="stmts.heading_exit_table")
    (head, head_meta), (markup, meta) = shown
    assert head_meta["coalition"]["kind"] == "table-title"
    assert plain(head).startswith(title), plain(head)
    assert ed._tables == 1 and meta["coalition"]["ids"] == ["A023", "A024", "A025", "A026", "A035", "A036"]


@pytest.mark.parametrize("topics,title", [
    (["quad_purpose", "intl_coalition_legitimacy"], "The arguments on the quadrilateral coalition and on the international coalition's legitimacy"),
    (["quad_purpose"], "The arguments on the quadrilateral coalition, by speaker"),
])
def test_the_quadrilateral_table_title_names_the_international_coalition_when_its_rows_are_in_it(monkeypatch, topics, title):
    """Review 5: a section on the international coalition's legitimacy sat under a title on the quadrilateral one."""
    from analysis.alt import plain

    ed, shown = _shown(monkeypatch, "en")
    ed.statements_table(topics, title="stmts.heading_quad_table")
    assert plain(shown[0][0]).startswith(f"Table 1. {title}"), plain(shown[0][0])


def test_a_disagreement_gives_each_side_its_own_sentence():
    """Review 4, item 18: 'For X, …; for Y (2023); Z (2023); and W, …' used semicolons both as list
    commas and between clauses. Each side is now a sentence, its verb agreeing with its speakers."""
    from analysis import data, statements

    topic, yes, no = next(d for d in statements.disagreements(data.statements()) if d[0] == "quad_relevance")
    text = statements.disagreement_text(topic, yes, no, "en")
    assert "; for " not in text and "For " not in text
    assert "(2020 and 2023, inferred), says the coalition still matters." in text
    assert "(2020, inferred) say it has become a coalition in name only" in text


def test_the_text_and_the_table_date_a_statement_the_same_way():
    """al-Sudani's words carry no period of their own: the table and the text both give the year of the
    source that quotes them, marked inferred, never "not stated" in one and a bare year in the other."""
    row = data.statements().set_index("statement_id", drop=False).loc["A027"]
    for lang in ("en", "ar"):
        year = statements.when(row, lang)
        assert year == statements.periods.inferred_period(year.split(",")[0].split("،")[0], lang)
        rows = statements.select()
        texts = [statements.disagreement_text(tp, y, n, lang) for tp, y, n in statements.disagreements(rows)]
        assert any(f"({year})" in x for x in texts)
