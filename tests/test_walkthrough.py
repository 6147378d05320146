"""README "Adding a source", step by step, as a new user runs it, on a fixture source written for this test.

Add the source, find a quote, cite a fact, validate, build one chapter (into temporary
folders through the COALITION_* variables), and find the new figure in the chart's CSV,
in the report's text and in "what changed" on the index.
"""

from __future__ import annotations

import csv
import re
import shutil

import pytest
from conftest import FIXTURES, run_cli

from analysis.paths import data_dir
from analysis.schemas import TABLES

BULLETIN = FIXTURES / "new_source" / "bulletin.txt"
WORDS = "ما لا يقل عن 42 هجوما في محافظات العراق الشماليه خلال الاشهر الثلاثه الاولى من هذا العام"


def _fact_row(path, quote: str) -> dict:
    """A new facts.csv row: every column the schema has, the ones this walk-through does not know left
    empty when they may be, else taken from a fact of the same kind (an ISIS attack count)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    template = next(r for r in rows if r["metric"] == "attacks" and r["subject"] == "isis")
    columns = TABLES["facts"].schema.columns
    row = {c: ("" if columns[c].nullable else template.get(c, "")) for c in columns}
    row.update(fact_id=f"F{max(int(r['fact_id'][1:]) for r in rows) + 1:03d}", topic="attacks", metric="attacks",
               unit="attacks", subject="isis", place="iraq", value="42", qualifier="at_least",
               period_start="2025-01-01", period_end="2025-03-31", stated_on="2025-04-02",
               claimant="iraqi_authorities", status="reported", source_id="S005", quote=quote,
               # "this year", in a bulletin dated April 2025: the period is inferred, from these words
               period_status="inferred", period_quote="الأشهر الثلاثة الأولى من هذا العام",
               quote_en="at least 42 attacks in the northern provinces of Iraq during the first three months of this year")
    return row


@pytest.mark.e2e
def test_adding_a_source_end_to_end(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for f in data_dir().glob("*.csv"):
        shutil.copy(f, data / f.name)
    shutil.copytree(data_dir() / "catalogue", data / "catalogue")
    env = {"COALITION_DATA": str(data), "COALITION_USER_SOURCES": str(tmp_path / "my-sources"),
           "COALITION_REPORTS": str(tmp_path / "reports"), "COALITION_BUILD": str(tmp_path / "build"),
           "SOURCE_DATE_EPOCH": "1790000000"}
    reports = tmp_path / "reports"

    # An edition before the new source: the first one says so.
    first = run_cli("build", "--only", "08_annex_method", "--lang", "en", "--format", "html", env=env)
    assert first.returncode == 0, first.stderr
    assert "This is the first edition" in (reports / "index.html").read_text(encoding="utf-8")

    # 1. Register it.
    added = run_cli("sources", "add", str(BULLETIN), "--kind", "news", "--date", "2025-04-02",
                    "--date-quote", "2 ابريل/نيسان 2025", env=env)
    assert added.returncode == 0, added.stderr
    assert "added S005" in added.stdout
    label_en, label_ar = re.search(r"readers see it as: '([^']+)' / '([^']+)'", added.stdout).groups()
    assert label_en.startswith("News report, ") and "2025" in label_en
    assert (tmp_path / "my-sources" / "bulletin.txt").exists()

    # 2. The to-do list names the figure with its sentence; the build would refuse it, so validate exits 1.
    todo = run_cli("validate", env=env)
    assert todo.returncode == 1
    assert "S005 (bulletin.txt): 2" in todo.stdout and "line 2, column 94: ٤٢" in todo.stdout
    assert "الثلاثة" in todo.stdout  # a number word, on the list too

    # Find the exact words: the span printed is the file's own (Arabic-Indic digits, tanwin, hamza).
    quote = run_cli("quote", "S005", *WORDS.split(), env=env)
    assert quote.returncode == 0, quote.stderr
    head, span = quote.stdout.strip().split("\n")
    assert head.startswith("S005 (bulletin.txt), line 2")
    assert span == "ما لا يقل عن ٤٢ هجوماً في محافظات العراق الشمالية خلال الأشهر الثلاثة الأولى من هذا العام"

    # 3. Cite it: one row appended to facts.csv, as a spreadsheet would; its new code (the claimant)
    # gets its words in both catalogue files, as the README says.
    for lang, words in (("en", "Iraqi authorities"), ("ar", "السلطات العراقية")):
        with (data / "catalogue" / f"{lang}.ftl").open("a", encoding="utf-8") as fh:
            fh.write(f"\nclaimant-iraqi_authorities = {words}\n")
    facts = data / "facts.csv"
    header = next(csv.reader(facts.open(encoding="utf-8")))
    row = _fact_row(facts, span)
    with facts.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=header, lineterminator="\n").writerow(row)

    # 4. Check: nothing of S005 is left to do.
    valid = run_cli("validate", env=env)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "S005" not in valid.stdout

    # 5. Build the chapter (HTML and PDF, so its charts are written as files).
    built = run_cli("build", "--only", "08_annex_method", "--lang", "en", env=env)
    assert built.returncode == 0, built.stderr
    chart_csv = (reports / "en" / "charts" / "08_annex_method-1.csv").read_text(encoding="utf-8")
    line = next(x for x in chart_csv.splitlines() if f",{row['fact_id']}," in x)
    assert ",42,,at_least,reported," in line and ",S005," in line and label_en in line.replace('"', "") and span in line
    page = (reports / "en" / "08_annex_method.html").read_text(encoding="utf-8")
    assert f'id="{row["fact_id"]}"' in page and "≥ 42" in page and span in page and label_en in page
    index = (reports / "index.html").read_text(encoding="utf-8")
    changed = index[index.index('<section class="changes" dir="ltr"'):]
    changed = changed[: changed.index("</section>")]
    assert label_en in changed and f'id="change-{row["fact_id"]}"' in changed and "≥ 42" in changed
    arabic = index[index.index('<section class="changes" dir="rtl"'):]
    arabic = arabic[: arabic.index("</section>")]
    assert label_ar in arabic and "ما لا يقل عن 42" in arabic  # the Arabic half says it too
    assert "مصدر جديد واحد" in arabic and "رقم جديد واحد" in arabic  # numbers agree with their nouns
    assert "One new source" in changed and "One new figure" in changed
