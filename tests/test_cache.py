from __future__ import annotations

import shutil

from analysis import cache
from conftest import FIXTURES

NOTEBOOK = FIXTURES / "notebooks" / "tiny.ipynb"


def test_key_is_stable_for_the_same_inputs():
    assert cache.report_key(NOTEBOOK, "en", {"fail": False}, "shared") == cache.report_key(NOTEBOOK, "en", {"fail": False}, "shared")


def test_key_changes_with_each_input(tmp_path):
    base = cache.report_key(NOTEBOOK, "en", {"fail": False}, "shared")
    assert cache.report_key(NOTEBOOK, "ar", {"fail": False}, "shared") != base
    assert cache.report_key(NOTEBOOK, "en", {"fail": True}, "shared") != base
    assert cache.report_key(NOTEBOOK, "en", {"fail": False}, "other data") != base
    edited = tmp_path / "tiny.ipynb"
    shutil.copy(NOTEBOOK, edited)
    edited.write_text(edited.read_text().replace("tiny", "small"))
    assert cache.report_key(edited, "en", {"fail": False}, "shared") != base


def test_shared_digest_follows_data_and_sources(tmp_path):
    data, sources, user = tmp_path / "data", tmp_path / "sources", tmp_path / "user"
    data.mkdir(), sources.mkdir(), user.mkdir()
    (data / "facts.csv").write_text("a\n1\n")
    (sources / "s.txt").write_text("نص")
    digest = cache._shared_inputs_digest.__wrapped__
    first = digest(data, sources, user)
    (data / "facts.csv").write_text("a\n2\n")
    second = digest(data, sources, user)
    (sources / "s.txt").write_text("نص آخر")
    third = digest(data, sources, user)
    (user / "new.txt").write_text("مصدر جديد")
    fourth = digest(data, sources, user)
    assert len({first, second, third, fourth}) == 4


def test_is_fresh_needs_same_key_every_format_and_the_files(tmp_path):
    html = tmp_path / "r.html"
    html.write_text("x")
    stamp = {"key": "k", "formats": ["html"]}
    assert cache.is_fresh(stamp, "k", {"html": html})
    assert not cache.is_fresh(stamp, "other", {"html": html})
    assert not cache.is_fresh(stamp, "k", {"html": html, "pdf": tmp_path / "r.pdf"})
    html.unlink()
    assert not cache.is_fresh(stamp, "k", {"html": html})
    assert not cache.is_fresh({}, "k", {})


def test_shared_digest_follows_the_catalogue_files(tmp_path):
    data, sources = tmp_path / "data", tmp_path / "sources"
    (data / "catalogue").mkdir(parents=True), sources.mkdir()
    (data / "catalogue" / "ar.ftl").write_text("a-b = نص\n", encoding="utf-8")
    (data / "catalogue" / "en.ftl").write_text("a-b = text\n", encoding="utf-8")
    first = cache._shared_inputs_digest.__wrapped__(data, sources, tmp_path / "user")
    (data / "catalogue" / "ar.ftl").write_text("a-b = نص آخر\n", encoding="utf-8")
    second = cache._shared_inputs_digest.__wrapped__(data, sources, tmp_path / "user")
    (data / "catalogue" / "en.ftl").write_text("a-b = other text\n", encoding="utf-8")
    third = cache._shared_inputs_digest.__wrapped__(data, sources, tmp_path / "user")
    assert len({first, second, third}) == 3


def test_notes_in_markdown_cells_are_not_part_of_a_reports_key(tmp_path):
    import json

    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    nb["cells"].insert(0, {"cell_type": "markdown", "metadata": {}, "source": ["A note for editors."]})
    path = tmp_path / "tiny.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    base = cache.report_key(path, "en", {}, "shared")
    nb["cells"][0]["source"] = ["A note for editors, edited."]
    path.write_text(json.dumps(nb, indent=2), encoding="utf-8")
    assert cache.report_key(path, "en", {}, "shared") == base
    code = next(c for c in nb["cells"] if c["cell_type"] == "code")
    code["source"] = list(code["source"]) + ["\n# edited"]
    path.write_text(json.dumps(nb), encoding="utf-8")
    assert cache.report_key(path, "en", {}, "shared") != base


def test_report_digest_leaves_the_catalogue_to_each_stamp(tmp_path):
    data, sources = tmp_path / "data", tmp_path / "sources"
    (data / "catalogue").mkdir(parents=True), sources.mkdir()
    (data / "facts.csv").write_text("a\n1\n")
    (data / "catalogue" / "en.ftl").write_text("a-b = text\n", encoding="utf-8")
    digest = cache._shared_inputs_digest.__wrapped__
    report, shared = digest(data, sources, tmp_path / "u", False), digest(data, sources, tmp_path / "u")
    (data / "catalogue" / "en.ftl").write_text("a-b = other text\n", encoding="utf-8")
    assert digest(data, sources, tmp_path / "u", False) == report
    assert digest(data, sources, tmp_path / "u") != shared  # data validation still reruns
    (data / "facts.csv").write_text("a\n2\n")
    assert digest(data, sources, tmp_path / "u", False) != report
