"""`analysis.exceptions`: one base class the CLI catches, and the exit code each error gives."""

from __future__ import annotations

import inspect

from analysis import exceptions
from analysis.exceptions import CoalitionReportsError, ParameterError


def errors() -> list[type]:
    return [c for _, c in inspect.getmembers(exceptions, inspect.isclass) if c.__module__ == exceptions.__name__]


def test_every_error_is_a_coalition_reports_error_with_a_docstring():
    found = errors()
    assert len(found) >= 10
    for cls in found:
        assert issubclass(cls, CoalitionReportsError), cls
        assert (cls.__doc__ or "").strip(), f"{cls.__name__} says nothing about what went wrong"


def test_bad_parameters_exit_2_and_every_other_error_1():
    """The CLI exits with the error's code (2 for usage, as shells expect; 1 for the rest)."""
    assert {cls.__name__: cls.exit_code for cls in errors() if cls.exit_code != 1} == {"ParameterError": 2}
    from analysis.report import EditionParameterError

    assert issubclass(EditionParameterError, ParameterError) and EditionParameterError("x").exit_code == 2
