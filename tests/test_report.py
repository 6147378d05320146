"""The Edition: parameters checked as the build checks them, charts for its language, nothing left behind."""

from __future__ import annotations

import subprocess
import sys

import plotly.graph_objects as go
import pytest

from analysis.exceptions import ParameterError, UncitedFigureError
from analysis.parameters import validate
from analysis.report import DECLARED, Edition
from conftest import ROOT

WHERE = str(ROOT / "notebooks" / "04_isis_today.ipynb")


def build_message(**given) -> str:
    with pytest.raises(ParameterError) as info:
        validate(DECLARED, given, WHERE)
    return str(info.value)


@pytest.mark.parametrize("given", [{"lang": "fr"}, {"include_disputed": "maybe"}, {"as_of": "31/01/2024"}])
def test_a_bad_value_is_refused_with_the_builds_message(given):
    args = {"lang": "en", "as_of": "", "include_disputed": True, **given}
    with pytest.raises(ParameterError) as info:
        Edition(args["lang"], args["as_of"], args["include_disputed"], name="04_isis_today", namespace={})
    assert str(info.value) == build_message(**given)
    assert info.value.exit_code == 2


def test_a_name_beyond_the_declared_ones_is_refused():
    names = {"lang": "en", "as_of": "", "include_disputed": True, "no_such": 1}
    with pytest.raises(ParameterError) as info:
        Edition("en", "", True, name="04_isis_today", namespace=names)
    assert str(info.value) == build_message(no_such="1")
    assert str(info.value).startswith(f"{WHERE}: unknown parameter 'no_such'")


def test_papermill_typed_values_are_read_as_the_build_reads_strings():
    ed = Edition("ar", "2024-01-31", "false", namespace={})  # papermill -p include_disputed false
    assert ed.parameters == {"lang": "ar", "as_of": "2024-01-31", "include_disputed": False}
    assert Edition("en", "", 1, namespace={}).include_disputed is True  # -p include_disputed 1 is an int


def test_ipython_shows_one_short_line_not_a_traceback():
    with pytest.raises(ParameterError) as info:
        Edition("fr", namespace={})
    lines = info.value._render_traceback_()
    assert len(lines) == 1 and lines[0].startswith("ParameterError: ") and "Traceback" not in lines[0]


def test_names_made_after_a_previous_edition_are_the_notebooks_own():
    names = {"lang": "en", "as_of": "", "include_disputed": True}
    for run in range(3):  # Run All, again and again, in one JupyterLab kernel
        names["ed"] = Edition("en", namespace=names)
        names["facts"] = object()  # the chapter's own names, left by the run
    names["no_such"] = 1  # a name injected before the edition cell is still refused
    del names["ed"]
    with pytest.raises(ParameterError, match="unknown parameter 'facts'; unknown parameter 'no_such'"):
        Edition("en", namespace=names)


def chart(lang: str, ids=("F026",)) -> go.Figure:
    fig = go.Figure(go.Bar(x=[1], y=[2]))
    fig.update_layout(title={"text": "t"}, meta={"fact_ids": list(ids), "lang": lang})
    return fig


def test_show_refuses_a_chart_built_for_the_other_language():
    ed = Edition("ar", namespace={})
    with pytest.raises(UncitedFigureError, match="built for language 'en'"):
        ed.show(chart("en"))


def test_show_refuses_a_chart_without_row_ids():
    with pytest.raises(UncitedFigureError, match="no row ids"):
        Edition("en", namespace={}).show(chart("en", ids=()))


def test_the_edition_holds_its_rows_and_keys_the_module_holds_none():
    import analysis.report as report

    ed = Edition("en", namespace={})
    ed.t("ui.sources")
    assert ed.keys_used == ["ui.sources"]
    assert not [n for n, v in vars(report).items() if isinstance(v, (list, dict, set)) and v and not n.isupper()
                and not n.startswith("__")]
    del ed  # a warm kernel's %reset: the catalogue's listener is a weak reference
    import gc

    gc.collect()
    from analysis import catalogue

    assert catalogue._listener() is None


@pytest.mark.e2e
@pytest.mark.parametrize("args, message", [
    (["-p", "no_such", "1"], "ParameterError: {where}: unknown parameter 'no_such'"),
    (["-p", "lang", "fr"], "ParameterError: {where}: parameter lang='fr' is invalid: allowed values: ar | en"),
])
def test_papermill_cli_refuses_in_the_edition_cell(tmp_path, args, message):
    out = tmp_path / "out.ipynb"
    run = subprocess.run([sys.executable, "-m", "papermill", "04_isis_today.ipynb", str(out), *args],
                         cwd=ROOT / "notebooks", capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert message.format(where=WHERE) in run.stderr + run.stdout
    assert 'Exception encountered at "In [3]"' in run.stderr + run.stdout  # parameters, injected, then the edition


# --- the sources list and the source lines under charts ------------------------------------

def _sources_list(monkeypatch, ids, lang):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, **_: shown.append(getattr(obj, "data", str(obj))))
    ed = Edition(lang, namespace={})
    ed._facts = list(ids)
    ed.sources()
    return shown[-1]


def test_sources_list_never_says_period_twice_nor_shows_a_bare_number(monkeypatch):
    page = _sources_list(monkeypatch, ["F001", "C020", "C017"], "en")
    assert "period: period not stated" not in page.lower()
    assert "<b>1</b>" not in page and "<b>monthly" in page and "six members per country" in page  # lower case mid-list (review 4)
    page_ar = _sources_list(monkeypatch, ["F001"], "ar")
    assert "الفترة: الفترة" not in page_ar


def test_an_event_with_a_cited_outlet_shows_it_in_the_list_and_under_the_chart(monkeypatch):
    from analysis import citations
    from analysis.report import source_line

    page = _sources_list(monkeypatch, ["E020", "E032"], "en")
    assert "citing RT Arabic" in page and "citing CNN" in page
    cited = citations.index()
    line = source_line(cited[cited["id"].isin(["E020", "F027", "F031"])], "en")
    assert line.count("Alhurra") == 1 and "RT Arabic" in line


# --- every figure cited, every word from the catalogue (promises of the README) ----------------

def test_show_refuses_a_chart_citing_rows_no_data_table_holds():
    with pytest.raises(UncitedFigureError, match="cites rows that no data table holds: F999"):
        Edition("en", namespace={}).show(chart("en", ids=("F026", "F999")))


def test_cite_refuses_rows_no_data_table_holds():
    with pytest.raises(UncitedFigureError, match="text cites rows that no data table holds: X000"):
        Edition("en", namespace={}).cite(["X000"])


def test_show_draws_a_cited_chart_in_its_language_with_its_sources(monkeypatch):
    """The refusals above are not the only outcome: a cited chart in the edition's language is shown."""
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, **_: shown.append(obj))
    ed = Edition("ar", namespace={})
    ed.show(chart("ar"))
    bundles = [obj for obj in shown if isinstance(obj, dict)]
    assert len(bundles) == 1 and "application/vnd.plotly.v1+json" in bundles[0]
    assert ed._facts == ["F026"]


def test_a_key_missing_from_the_catalogue_is_refused_by_the_edition():
    from analysis.exceptions import MissingTranslationError

    ed = Edition("en", namespace={})
    with pytest.raises(MissingTranslationError, match="no_such_key"):
        ed.t("ui.no_such_key")
    with pytest.raises(MissingTranslationError, match="unknown language 'fr'"):
        from analysis.catalogue import t

        t("ui.sources", "fr")
