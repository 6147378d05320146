"""`coalition-reports` in-process (typer's CliRunner): exit codes and messages, nothing run on bad input.

One subprocess case per kind of failure stays in tests/test_reliability.py (the real entry point);
every other case is checked here, in the test's own process, in well under a second each.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from analysis.cli import app
from conftest import FIXTURES


@pytest.fixture
def tiny(out_dirs, monkeypatch):
    """The tiny fixture notebook, built into tmp_path."""
    monkeypatch.setenv("COALITION_NOTEBOOKS", str(FIXTURES / "notebooks"))
    return out_dirs


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    "args, expected",
    [
        (["-p", "colour=red"], "unknown parameter 'colour'"),
        (["-p", "include_disputed=maybe"], "expected true or false"),
        (["-p", "as_of=yesterday"], "expected an ISO date"),
        (["-p", "as_of=1999-01-01"], "as_of=1999-01-01 is before every fact"),
        (["-p", "lang=fr"], "choose languages with --lang"),
        (["--lang", "fr"], "valid languages are ar, en"),
        (["--format", "docx"], "valid formats are html, pdf"),
        (["--only", "99_nothing"], "valid names: 00_findings"),
    ],
)
def test_a_bad_parameter_exits_2_naming_the_valid_ones_before_any_kernel(out_dirs, args, expected):
    reports, build = out_dirs
    result = invoke("build", *args)
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert "Traceback" not in result.output
    if args[0] == "-p" and "1999" not in args[1] and "lang=" not in args[1]:
        assert "valid parameters:" in result.output
        for name in ("lang (ar | en", "as_of (str", "include_disputed (bool"):
            assert name in result.output
    assert not list(build.glob("*/*.ipynb")), "a kernel ran before validation"
    assert not list(reports.glob("*/*.*")), "a report was published"


@pytest.mark.parametrize(
    "args, expected",
    [
        (["-p", "fail=perhaps"], "expected true or false"),
        (["-p", "pause=soon"], "expected float"),
        (["-p", "nosuch"], "name=value"),
    ],
)
def test_the_tiny_notebooks_own_parameters_are_checked_too(tiny, args, expected):
    result = invoke("build", *args)
    assert result.exit_code == 2, result.output
    assert expected in result.output


def test_params_lists_each_parameter_with_its_type_and_default():
    result = invoke("params", "08_annex_method")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == ["lang", "as_of", "include_disputed"]
    assert "ar | en" in lines[0]


def test_params_of_an_unknown_notebook_names_the_valid_ones():
    result = invoke("params", "99_nothing")
    assert result.exit_code == 2 and "valid names: 00_findings" in result.output


def test_validate_names_file_line_and_column_of_bad_data(tmp_path, monkeypatch):
    import shutil

    from conftest import ROOT, copy_catalogue

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("catalogue"))
    copy_catalogue(ROOT / "data" / "catalogue", data / "catalogue")
    facts = data / "facts.csv"
    lines = facts.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    assert header[0] == "fact_id"
    lines[4] = lines[3]  # line 5 repeats line 4's id
    facts.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv("COALITION_DATA", str(data))
    result = invoke("validate")
    assert result.exit_code == 1, result.output
    assert "facts.csv, line 5" in result.output and "'fact_id'" in result.output
    assert "Traceback" not in result.output


def test_the_entry_point_is_the_typer_app():
    import tomllib

    from conftest import ROOT

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"coalition-reports": "analysis.cli:main"}
