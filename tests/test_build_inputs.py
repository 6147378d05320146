"""Bad command-line and folder input is refused before any kernel starts (in-process, fast)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from analysis import build
from analysis.cli import app
from analysis.exceptions import InputFileError, ParameterError
from conftest import FIXTURES


@pytest.fixture
def tiny(out_dirs, monkeypatch):
    monkeypatch.setenv("COALITION_NOTEBOOKS", str(FIXTURES / "notebooks"))
    return out_dirs


@pytest.mark.parametrize("option", ["--lang", "--format"])
def test_an_empty_lang_or_format_is_refused(tiny, option):
    result = CliRunner().invoke(app, ["build", option, ""])
    assert result.exit_code == 2
    assert f"{option} is empty" in result.output


@pytest.mark.parametrize("which", ["COALITION_REPORTS", "COALITION_BUILD"])
def test_a_reports_or_build_path_that_is_a_file(tiny, tmp_path, monkeypatch, which):
    path = tmp_path / "a-file"
    path.write_text("not a folder")
    monkeypatch.setenv(which, str(path / "sub"))
    with pytest.raises(InputFileError, match=rf"a-file is a file, not a folder: move it away, or set {which}"):
        build.run_build(say=lambda line: None)
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 1 and "is a file, not a folder" in result.output and "Traceback" not in result.output


def test_parameter_spellings_are_one_edition(tiny):
    reports, folder = tiny
    keys = {}
    for spelling in ({}, {"fail": "FALSE"}, {"fail": "false"}, {"fail": "0"}):
        (job,) = build.plan(["tiny"], ("en",), ("html",), spelling, folder, reports)
        keys[str(spelling)] = job.key
        assert job.parameters["fail"] is False
    assert len(set(keys.values())) == 1, keys
    (other,) = build.plan(["tiny"], ("en",), ("html",), {"fail": "true"}, folder, reports)
    assert other.key not in keys.values()


def test_unknown_language_still_listed(tiny):
    with pytest.raises(ParameterError, match="valid languages are ar, en"):
        build.plan(None, ("fr",), ("html",), {}, *reversed(tiny))


def test_a_stamp_is_fresh_while_the_messages_its_report_used_read_the_same(tmp_path, monkeypatch):
    import json

    folder = tmp_path / "data" / "catalogue"
    folder.mkdir(parents=True)
    monkeypatch.setenv("COALITION_DATA", str(tmp_path / "data"))

    def write(en_used: str, en_unused: str) -> None:
        (folder / "en.ftl").write_text(f"a-b = {en_used}\nc-d = {en_unused}\n", encoding="utf-8")
        (folder / "ar.ftl").write_text("a-b = واحد\nc-d = اثنان\n", encoding="utf-8")

    from analysis.catalogue import digest

    write("one", "two")
    stamp = {"key": "k", "formats": ["html"], "keys": ["a.b@en"], "catalogue": digest(["a.b@en"])}
    everything = {**stamp, "keys": None, "catalogue": digest(None)}  # keys unknown: every message counts
    assert build._catalogue_fresh(json.loads(json.dumps(stamp))) and build._catalogue_fresh(everything)
    write("one", "two, edited")
    assert build._catalogue_fresh(stamp) and not build._catalogue_fresh(everything)
    write("one, edited", "two, edited")
    assert not build._catalogue_fresh(stamp)
    assert not build._catalogue_fresh({"key": "k", "formats": ["html"]})  # a stamp from before: rebuilt once
    assert build._union(["b@en"], ["a@en", "b@en"]) == ["a@en", "b@en"] and build._union(["a@en"], None) is None
