"""analysis.method: the method chapter's tables."""
from __future__ import annotations

from analysis import method


def test_an_arabic_quote_in_an_english_table_gets_its_own_rtl_line():
    table = method._table(["How"], [["read from the source's words «العام الماضي»"]], "en")
    assert '<span class="quote" lang="ar" dir="rtl" style="display:block">«العام الماضي»</span>' in table
    assert "read from the source&#x27;s words" in table
    assert 'dir="rtl"' not in method._table(["How"], [["«not Arabic»"]], "en")
    assert "<span" not in method._table(["كيف"], [["«العام الماضي»"]], "ar")
