"""Every error the package raises, under one base class.

Each message names what the reader must fix: the file, the row, the column,
the parameter or the notebook cell.
"""

from __future__ import annotations


class CoalitionReportsError(Exception):
    """Base class of every error raised by the package."""

    exit_code = 1


class ParameterError(CoalitionReportsError):
    """A `-p name=value` that the notebook's parameters cell does not accept."""

    exit_code = 2


class DataValidationError(CoalitionReportsError):
    """A data file whose rows break its schema (names file, line and column)."""


class MissingTranslationError(CoalitionReportsError):
    """A catalogue key with no text in the requested language."""


class UncitedFigureError(CoalitionReportsError):
    """A figure shown to readers that does not come from a cited data row."""


class NotebookExecutionError(CoalitionReportsError):
    """A notebook that raised while it was executed (names notebook and cell)."""


class BrowserNotFoundError(CoalitionReportsError):
    """No Chromium to print PDFs with; says how to install one."""


class ExportError(CoalitionReportsError):
    """An HTML or PDF export step that failed."""


class BuildLockedError(CoalitionReportsError):
    """Another build holds the lock on the build folder."""


class SourceError(CoalitionReportsError):
    """A source that cannot be registered or quoted (names the file, the option or the words)."""


class InputFileError(CoalitionReportsError):
    """A file or folder the build reads or writes that cannot be used as it is (names it)."""
