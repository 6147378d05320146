"""Every quote in every table is a verbatim span of its source (NFC + whitespace only)."""

from __future__ import annotations

import unicodedata

import pytest

from analysis import data, provenance
from analysis.schemas import TABLES

QUOTED = [(name, col) for name, t in TABLES.items() if t.has_source for col in t.quote_columns]


def _rows():
    texts = data.source_texts()
    for name, col in QUOTED:
        df = data.load(name)
        id_col = TABLES[name].id_column
        for rec in df.to_dict("records"):
            if rec.get(col):
                yield name, col, rec[id_col], rec[col], texts[rec["source_id"]]


def test_every_quote_is_in_its_source():
    missing = [(n, c, i) for n, c, i, quote, text in _rows() if not provenance.quote_in_text(quote, text)]
    assert not missing
    assert sum(1 for _ in _rows()) > 100


def test_quotes_are_raw_spans_not_retyped():
    """Each quote occurs in the raw file with at most whitespace differences."""
    for name, col, rid, quote, text in _rows():
        spans = provenance.find_quote(quote, text)
        assert spans, (name, rid)
        a, b = spans[0]
        assert provenance.normalize(text[a:b]) == provenance.normalize(quote), (name, rid)


def test_fact_quotes_are_short_and_one_line():
    for rec in data.facts().to_dict("records"):
        assert "\n" not in rec["quote"] and len(rec["quote"]) <= 200, rec["fact_id"]


def test_matching_allows_only_nfc_and_whitespace():
    text = "قال   المسؤول\nإن 153 هجوماً"
    assert provenance.quote_in_text("المسؤول إن 153", text)
    assert provenance.quote_in_text(unicodedata.normalize("NFD", "إن 153"), text)
    assert not provenance.quote_in_text("المسئول", text)           # hamza variant is not the same text
    assert not provenance.quote_in_text("إن ١٥٣ هجوماً", text)     # digits are not converted
    assert not provenance.quote_in_text("ان 153", text)            # alef forms are not folded
    assert not provenance.quote_in_text("   ", text)


def test_find_quote_returns_raw_offsets():
    text = "a  b\n c a b"
    assert provenance.find_quote("a b", text) == [(0, 4), (8, 11)]
    assert provenance.find_quote("x", text) == []


@pytest.mark.parametrize("sid", ["S000", "S001", "S002", "S003", "S004"])
def test_every_source_is_cited(sid):
    cited = set(data.facts()["source_id"]) | set(data.events()["source_id"])
    assert sid in cited
