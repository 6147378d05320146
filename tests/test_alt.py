"""Text alternatives of charts: from the figure's data, in the report's language, qualifiers in words."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from analysis import alt
from analysis.catalogue import t
from analysis.export import chart_html


def bars(lang):
    fig = go.Figure(go.Bar(y=["Iraq", "Syria"], x=[2500, 900], orientation="h", name="US troops", text=["≈ 2,500", "900"]))
    fig.update_layout(title={"text": "Troops <b>per</b> country"})
    fig.update_xaxes(title="troops")
    return fig


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_bar_alternative_gives_title_series_numbers_and_qualifiers_in_words(lang):
    text = alt.describe(bars(lang), lang)
    assert "Troops per country" in text and "<b>" not in text
    assert "US troops" in text and "Iraq: " + t("qualifier.about", lang) + " 2,500" in text and "Syria: 900" in text
    assert "≈" not in text and "<" not in text and "troops" in text


def test_treemap_and_table_alternatives_list_their_items():
    tree = go.Figure(go.Treemap(ids=["r", "g", "g/a", "g/b"], parents=["", "r", "g", "g"],
                                labels=["<b>Groups</b>", "Finance", "Italy", "United<br>States"]))
    text = alt.describe(tree, "en")
    assert "Groups: Finance (Italy, United States)" in text
    table = go.Figure(go.Table(header={"values": ["<b>Order</b>", "Seat"]}, cells={"values": [["1", "2"], ["Camp", "Ministry"]]}))
    assert "Order: 1, Seat: Camp; Order: 2, Seat: Ministry" in alt.describe(table, "en")


def test_timeline_alternative_counts_events_and_years_in_arabic():
    fig = go.Figure([go.Scatter(x=["2014-06-01", "2019-03-01"], y=[0, 0], mode="markers+text", name="داعش"),
                     go.Scatter(x=[None], y=[None], mode="markers", name="legend only")])
    text = alt.describe(fig, "ar")
    assert "حدثان" in text and "2014" in text and "2019" in text and "داعش" in text


def test_chart_markup_carries_the_alternative_as_an_image_label():
    fig = bars("en").to_plotly_json()
    fig["layout"]["meta"] = {"alt": 'A "quoted" <alt>'}
    markup = chart_html(fig, "chart-1")
    assert markup.startswith('<figure class="chart" dir="ltr" aria-label="A &quot;quoted&quot; &lt;alt&gt;">')
