"""analysis.method: the method chapter's tables."""
from __future__ import annotations

from analysis import method


def test_an_arabic_quote_in_an_english_table_gets_its_own_rtl_line():
    table = method._table(["How"], [["read from the source's words «العام الماضي»"]], "en")
    assert '<span class="quote" lang="ar" dir="rtl" style="display:block">«العام الماضي»</span>' in table
    assert "read from the source&#x27;s words" in table
    assert 'dir="rtl"' not in method._table(["How"], [["«not Arabic»"]], "en")
    assert "<span" not in method._table(["كيف"], [["«العام الماضي»"]], "ar")


def test_bibliography_entries_name_each_field_once():
    """Editor's round 2 (R1-65): no repeated kind or author, no 'contributor:' field label."""
    import re as _re

    from analysis import data as _data, method as _method

    entries = _re.findall(r"<li[^>]*>(.*?)</li>", _method.bibliography(_data.sources(), "en"))
    # a contributor never stands in the author's place: title and publisher first, then who reported
    assert entries[0] == ("[The Russia–Iran–Iraq–Syria quadrilateral coalition nearly eight "
                          "years on], news report, Al-Araby Al-Jadeed, with reporting by Zaid Salem (2023; date inferred from the text)")
    for entry in entries:
        assert "contributor:" not in entry and "·" not in entry and "((" not in entry
        assert len(_re.findall(r"(?i)news report|research paper|encyclopedia article|analysis\b", entry)) <= 1 \
            or "analysis" in entry.lower().split("],")[0], entry
    assert all(_re.search(r"\((?:[^()]*; )?(?:date|undated)[^()]*\)$", e) for e in entries)


def test_the_isis_toll_an_input_row_states_is_named_as_announced_isis_dead():
    """«23,000 (قتلى داعش المعلَنون؛ …)», not «(القتلى من المقاتلين؛ …)» for the coalition room's claim."""
    from analysis import data, method

    facts = data.facts()
    html, _ = method.derivations_table(facts, "ar")
    assert "قتلى داعش المعلَنون" in html and "القتلى من المقاتلين" not in html
    assert method.input_metric({"subject": "sdf", "metric": "fighters_killed"}, "ar") == "القتلى من المقاتلين"


def test_an_undated_source_says_undated_once_in_the_bibliography():
    """«ويكيبيديا العربية، دون تاريخ · مقالة موسوعية · …» without a second «دون تاريخ» at the end."""
    from analysis import data, method

    html = method.bibliography(data.sources(), "ar")
    entry = next(li for li in html.split("<li") if "ويكيبيديا" in li)
    assert entry.count("دون تاريخ") == 1
