from __future__ import annotations

import papermill
import pytest

from analysis.exceptions import ParameterError
from analysis.parameters import parse_cli_pairs, parse_parameters, read_parameters, validate
from conftest import FIXTURES, ROOT

CELL = '''lang: str = "en"  # ar | en
as_of: str = ""  # ISO date (YYYY-MM-DD); empty: the latest
include_disputed: bool = True  # true | false
top: int = 5  # how many rows
'''


def declared():
    return parse_parameters(CELL)


def test_parse_reads_types_defaults_and_choices():
    params = declared()
    assert list(params) == ["lang", "as_of", "include_disputed", "top"]
    assert params["lang"].choices == ("ar", "en") and params["lang"].default == "en"
    assert params["include_disputed"].type is bool and params["include_disputed"].choices == ()
    assert params["top"].type is int and params["top"].default == 5
    assert params["as_of"].is_date


@pytest.mark.parametrize("notebook", sorted((ROOT / "notebooks").glob("*.ipynb")) + [FIXTURES / "notebooks" / "tiny.ipynb"])
def test_parse_agrees_with_papermill(notebook):
    ours = read_parameters(notebook)
    theirs = papermill.inspect_notebook(str(notebook))
    assert list(ours) == list(theirs)
    for name, p in ours.items():
        assert p.type.__name__ == theirs[name]["inferred_type_name"]
        assert repr(p.default).replace("'", '"') == theirs[name]["default"]


def test_validate_coerces_strings_to_declared_types():
    values = validate(declared(), {"lang": "ar", "include_disputed": "false", "top": "3", "as_of": "2024-01-31"}, "nb")
    assert values == {"lang": "ar", "include_disputed": False, "top": 3, "as_of": "2024-01-31"}


@pytest.mark.parametrize(
    "given, message",
    [
        ({"colour": "red"}, "unknown parameter 'colour'"),
        ({"lang": "fr"}, "allowed values: ar | en"),
        ({"include_disputed": "maybe"}, "expected true or false"),
        ({"top": "many"}, "expected int"),
        ({"as_of": "31/01/2024"}, "expected an ISO date"),
    ],
)
def test_validate_rejects_with_the_list_of_valid_parameters(given, message):
    with pytest.raises(ParameterError) as info:
        validate(declared(), given, "notebooks/x.ipynb")
    text = str(info.value)
    assert message in text
    assert text.startswith("notebooks/x.ipynb")
    for name in ("lang (ar | en", "as_of (str", "include_disputed (bool", "top (int"):
        assert name in text
    assert info.value.exit_code == 2


def test_cli_pairs_need_an_equals_sign():
    assert parse_cli_pairs(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(ParameterError, match="expected name=value"):
        parse_cli_pairs(["novalue"])


def test_notebook_without_parameters_cell_is_an_error(tmp_path):
    path = tmp_path / "x.ipynb"
    path.write_text('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
    with pytest.raises(ParameterError, match="no code cell is tagged 'parameters'"):
        read_parameters(path)
