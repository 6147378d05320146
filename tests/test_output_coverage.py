"""Output-side coverage: each number of a report's text gets a kind; a typed number gets none."""

from __future__ import annotations

from analysis import output_coverage as oc


def known() -> oc.Known:
    return oc.Known(cited={"120", "153", "2500"}, derived={"10": "120 ÷ 12", "25.5": "153 ÷ 6", "2.6": "25.5 ÷ 10"},
                    years={"2023", "2024", "2021"}, computed={"35"})


def kinds(line: str, list_max: int = 40) -> list[tuple[str, str]]:
    return oc.classify_line(line, known(), list_max)


def test_each_kind_is_recognised():
    assert kinds("about 120 attacks in 2023 (inferred), more than 153 in Jan–Jun 2024") == [
        ("120", "cited"), ("2023", "date"), ("153", "cited"), ("2024", "date")]
    assert kinds("≈ 10 / month against > 25.5 / month, roughly 2.6 times") == [
        ("10", "derived"), ("25.5", "derived"), ("2.6", "derived")]
    assert kinds("These reports rest on 35 cited figures") == [("35", "computed")]
    assert kinds("Elham al-Najjar, 15 Oct 2024, citing BBC Arabic, 13 Dec 2021") == [
        ("15", "date"), ("2024", "date"), ("13", "date"), ("2021", "date")]
    assert [k for _, k in kinds("The coalitions against ISIS Page 3 of 36")] == ["page", "page"]
    assert kinds("12. F025 · 2,500 · refers to December 2021") == [
        ("12", "list"), ("025", "reference"), ("2,500", "cited"), ("2021", "date")]
    assert [k for _, k in kinds("0 5 10 15 20 25 30")] == ["axis"] * 7
    assert [k for _, k in kinds("0 10k 20k 30k")] == ["axis"] * 4
    assert [k for _, k in kinds("2023-01 2023-04 2023-07")] == ["date"] * 6
    assert {k for _, k in kinds("file 000_06d20b2a77620d59.txt")} == {"reference"}


def test_a_typed_number_is_unaccounted():
    # a sentence that says "17 sources" or "2.7 times" when nothing computed it fails the check
    assert kinds("These reports rest on 17 cited figures") == [("17", "none")]
    assert kinds("roughly 2.7 times the earlier pace") == [("2.7", "none")]
    assert kinds("published between 2015 and 2024") == [("2015", "none"), ("2024", "date")]


def test_right_to_left_text_layer_glue_is_split():
    assert oc.split_glued("162024", known(), 40) == [("16", "list"), ("2024", "date")]
    assert oc.split_glued("303132", known(), 40) == [("30", "list"), ("31", "list"), ("32", "list")]
    assert oc.split_glued("25.52024", known(), 40) == [("25.5", "derived"), ("2024", "date")]
    assert oc.split_glued("99999", known(), 40) is None
    assert [k for _, k in kinds("صفحة 3 من 36")] == ["page", "page"]
    assert [k for _, k in kinds("36 من 20 صفحة")] == ["page", "page"]


def test_summary_counts_every_kind():
    rows = [(1, "", "120", "cited"), (1, "", "17", "none")]
    summary = oc.summary(rows)
    assert summary["cited"] == 1 and summary["none"] == 1 and set(summary) == set(oc.KINDS)


def test_from_data_knows_the_derived_rates_and_the_cited_values():
    k = oc.from_data("en")
    assert {"10", "25.5", "22.8", "2.5", "12", "6"} <= set(k.derived)
    assert {"153", "120", "2500", "1810"} <= k.cited
    assert "2015" in k.years and "2021" in k.years


def test_figure_and_evidence_numbers_are_recognised_and_bounded():
    # a chart's source line: its figure number, and the numbers of the evidence entries it uses
    assert kinds("Figure 7 · Sources: Arabic Wikipedia, undated (14, 15)") == [
        ("7", "figure"), ("14", "evidence"), ("15", "evidence")]
    assert [k for _, k in kinds("(30 ،29 ،26 الشواهد) المصادر")] == ["evidence"] * 3
    assert [k for _, k in kinds("؛ إلهام النجار،( 47 الشاهد)", list_max=60)] == ["evidence"]  # one entry: the singular
    # beyond the largest numbered entry, a number in brackets is not an evidence number
    assert kinds("Arabic Wikipedia (14, 97)", list_max=40) == [("14", "evidence"), ("97", "none")]
    # a sentence that counts in brackets is still unaccounted when nothing computed it
    assert kinds("These reports rest on 17 cited figures (see 3)") == [("17", "none"), ("3", "none")]
