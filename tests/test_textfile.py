"""One reader for every text file: UTF-8, a byte-order mark accepted, anything else named."""

from __future__ import annotations

import pytest

from analysis.exceptions import InputFileError
from analysis.textfile import guess_encoding, read_json, read_text

ARABIC = "المصدر,القيمة\nأكثر من 600 كيلومتر,600\n"


def test_utf8_with_and_without_a_byte_order_mark(tmp_path):
    plain, bom = tmp_path / "a.csv", tmp_path / "b.csv"
    plain.write_text(ARABIC, encoding="utf-8")
    bom.write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    assert read_text(plain) == read_text(bom) == ARABIC


@pytest.mark.parametrize("codec, name", [("cp1256", "Windows-1256"), ("utf-16", "UTF-16")])
def test_another_encoding_is_named(tmp_path, codec, name):
    path = tmp_path / "facts.csv"
    path.write_bytes(ARABIC.encode(codec))
    with pytest.raises(InputFileError) as info:
        read_text(path)
    assert f"facts.csv is not UTF-8; it looks like {name}: save it as UTF-8" in str(info.value)


def test_the_first_bad_byte_is_located(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("ok\nabc".encode() + "é".encode("cp1252") + b"\n")
    with pytest.raises(InputFileError, match=r"line 2, column 4"):
        read_text(path)
    assert guess_encoding("é".encode("cp1252")) == "Windows-1252"


def test_a_folder_or_a_missing_file_is_named(tmp_path):
    with pytest.raises(InputFileError, match="is a folder, not a file"):
        read_text(tmp_path)
    with pytest.raises(InputFileError, match="nope.csv: file not found"):
        read_text(tmp_path / "nope.csv")


def test_invalid_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.ipynb"
    path.write_text('{\n  "cells": [\n    {"cell_type": "code",', encoding="utf-8")
    with pytest.raises(InputFileError, match=r"broken.ipynb, line 3, column 26: not valid JSON"):
        read_json(path)
