"""Period, how it is known, and origin for every fact; rows issue #10 adds (run once, idempotent).

Adds to facts.csv the columns `period_status` (stated | inferred | unknown), `period_quote` (the
source's own words that state or imply the period; sliced, never typed) and `origin_ref` (the
reference in references.csv the source cites for the figure). Adds to events.csv `date_quote`
(the words an inferred date rests on). Appends the rows the chapters left out. Every quote is
sliced from the source text by `q` (see build_data.py).

Run:  python data/_build/period_origin.py
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_data import q  # noqa: E402  (slices quotes from the source files)

from analysis.paths import data_dir  # noqa: E402

# fact -> (period_start, period_end, status, (sid, start anchor, end anchor) | None, origin ref_id)
PERIODS = {
    "F001": ("", "", "unknown", None, ""),
    "F002": ("", "", "unknown", None, ""),
    "F003": ("2015-09-01", "2023-12-31", "inferred", ("S000", "ومع اقتراب مرور ثماني سنوات", "هذا التحالف الرباعي"), ""),
    "F004": ("", "2018-12-31", "inferred", ("S000", "وأعلنت غرفة التحالف في عام 2018", "خلال 4 سنوات"), ""),
    "F005": ("", "2018-12-31", "inferred", ("S000", "وأعلنت غرفة التحالف في عام 2018", "خلال 4 سنوات"), ""),
    "F006": ("2014-06-01", "2014-06-30", "stated", ("S000", "في يونيو/ حزيران 2014", None), ""),
    "F007": ("", "2017-12-31", "inferred", ("S000", "في ديسمبر/ كانون الأول 2017 أعلنت بغداد", None), ""),
    "F008": ("2022-02-24", "2022-02-24", "stated", ("S000", "في 24 فبراير/شباط 2022، التقى", "2022"), ""),
    "F009": ("", "", "unknown", None, ""),
    "F010": ("", "", "unknown", None, ""),
    "F011": ("", "", "unknown", None, ""),
    "F012": ("", "", "unknown", None, ""),
    "F013": ("", "", "unknown", None, ""),
    "F014": ("", "", "unknown", None, ""),
    "F015": ("", "", "unknown", None, ""),
    "F016": ("", "", "unknown", None, "S002_R01"),
    "F017": ("", "", "unknown", None, "S002_R01"),
    "F018": ("", "", "unknown", None, "S002_R01"),
    "F019": ("", "", "unknown", None, "S002_R01"),
    "F020": ("", "", "unknown", None, "S002_R01"),
    "F021": ("", "", "unknown", None, "S002_R01"),
    "F022": ("", "", "unknown", None, "S002_R02"),
    "F023": ("", "", "unknown", None, "S002_R02"),
    "F024": ("", "", "unknown", None, "S002_R03"),
    "F025": ("2021-12-01", "2021-12-31", "inferred", ("S002", "تم النشر بتاريخ: 13 ديسمبر 2021", None), "S002_R04"),
    "F026": ("2024-01-01", "2024-06-30", "inferred", ("S002", "في غضون الأشهر الستة الأولى من هذا العام", None), "S002_R09"),
    "F027": ("", "", "unknown", None, "S002_R09"),
    "F028": ("", "", "unknown", None, "S002_R09"),
    "F029": ("2024-01-01", "2024-06-30", "stated", ("S002", "خلال الأشهر الستة الأولى من عام 2024", None), "S002_R10"),
    "F030": ("2023-01-01", "2023-12-31", "inferred", ("S002", "خلال العام الماضي نحو", "العام الماضي"), "S002_R10"),
    "F031": ("", "", "unknown", None, "S002_R11"),
    "F032": ("2023-10-01", "", "inferred", ("S004", "منذ أكتوبر من قِبَل", "منذ أكتوبر"), "S004_R02"),
    "F033": ("2024-01-01", "2024-01-31", "inferred", ("S004", "ما زالوا في العراق", None), "S004_R02"),
    "F034": ("2024-01-01", "2024-01-31", "inferred", ("S004", "منتشرون في سوريا", None), "S004_R02"),
    "F035": ("2024-01-01", "2024-01-31", "inferred", ("S004", "للصحفيين مؤخراً", None), "S004_R03"),
}


def read(name):
    with (data_dir() / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows


def write(name, header, rows):
    with (data_dir() / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def words(spec):
    if spec is None:
        return ""
    sid, start, end = spec
    return q(sid, start, end)


def facts():
    rows = read("facts")
    header = list(rows[0].keys())
    for col in ("period_status", "period_quote", "origin_ref"):
        if col not in header:
            header.insert(header.index("stated_on") if col != "origin_ref" else header.index("ref_marker") + 1, col)
    for r in rows:
        if r["fact_id"] not in PERIODS:
            continue
        start, end, status, spec, origin = PERIODS[r["fact_id"]]
        r.update(period_start=start, period_end=end, period_status=status, period_quote=words(spec), origin_ref=origin)
    # F025 is an argument about withdrawing 2,500 soldiers, not a troop count at the paper's date
    for r in rows:
        if r["fact_id"] == "F025":
            r.update(topic="withdrawal", metric="troops_withdrawal_argued",
                     note="an argument about withdrawing 2,500 US soldiers; the paragraph cites reference [4], dated 13 December 2021")
    write("facts", header, rows)


EVENTS_NEW = [
    # id, code, date, precision, end_date, status, theme, sid, quote(start, end), date words(start, end)
    ("E032", "us_strikes_in_iraq", "2024-01-01", "month", "", "inferred", "escalation", "S004",
     ("ردّاً على شن الولايات المتحدة غارات جوية داخل العراق", "الذين كانوا يهاجمون الأفراد الأمريكيين هناك"),
     ("(سي إن إن – 25 يناير2024)", None)),
    ("E033", "us_soldiers_killed_jordan", "2024-01-01", "month", "", "inferred", "escalation", "S004",
     ("بالرد على مقتل جنودها في شمال شرق الأردن", "مليشيات عراقية موالية لإيران"),
     ("عقب مقتل الجنود الأمريكيين", None)),
    ("E034", "militias_halt_attacks", "2024-01-01", "month", "", "inferred", "escalation", "S004",
     ("بالتزامن مع إعلان المليشيات إيقاف العمليات ضد القوات الأمريكية", None),
     ("بالتزامن مع إعلان المليشيات إيقاف العمليات", "يوم الاثنين 29 يناير")),
    ("E035", "higher_military_commission_review", "2024-01-27", "day", "", "inferred", "withdrawal", "S004",
     ("أشرف على أعمال اللجنة العسكرية", "لمراجعة مهمة التحالف الدولي لمحاربة داعش"),
     ("في السابع والعشرين من يناير 2024", None)),
    ("E036", "us_forces_begin_leaving_bases", "2024-11-01", "month", "", "inferred", "withdrawal", "S002",
     ("وبعد انتخابات نوفمبر ستبدأُ القواتُ الأمريكية في المغادرة", "ومن مطار بغداد الدولي"),
     ("وبعد انتخابات نوفمبر", None)),
]
EVENT_DATE_WORDS = {
    "E027": ("S003", "نهاية ديسمبر/كانون الأول من العام الماضي", None),
    "E028": ("S003", "مطلع أغسطس/ آب الحالي", None),
    "E031": ("S004", "يوم الاثنين 29 يناير", None),
}


def events():
    rows = read("events")
    header = list(rows[0].keys())
    if "date_quote" not in header:
        header.insert(header.index("date_status") + 1, "date_quote")
    for r in rows:
        spec = EVENT_DATE_WORDS.get(r["event_id"])
        r["date_quote"] = words(spec) if spec else r.get("date_quote", "")
    ids = {r["event_id"] for r in rows}
    for eid, code, date, prec, end, status, theme, sid, (qa, qb), (wa, wb) in EVENTS_NEW:
        if eid in ids:
            continue
        rows.append(dict(event_id=eid, event_code=code, date=date, precision=prec, end_date=end, date_status=status,
                         date_quote=q(sid, wa, wb), theme=theme, source_id=sid, quote=q(sid, qa, qb)))
    write("events", header, rows)


CENTRE_NEW = [
    ("C021", "assessment", "lull_since_abdul_mahdi", "S003",
     ("أن المركز شهد في الأشهر الأخيرة فتوراً", "منذ استقالة حكومة عبد المهدي")),
    ("C022", "assessment", "media_more_than_field", "S003",
     ("فاعلية المركز الإعلامية أكثر من فاعليته ميدانياً", None)),
    ("C023", "assessment", "formal_coalition_or_courtesy", "S000",
     ("منذ بدء الحرب الروسية الأوكرانية يمكن اعتباره في تحالف شكلي أو مجاملة سياسية", None)),
]


def centre():
    rows = read("info_centre")
    header = list(rows[0].keys())
    ids = {r["item_id"] for r in rows}
    for cid, aspect, detail, sid, (a, b) in CENTRE_NEW:
        if cid not in ids:
            rows.append(dict(item_id=cid, aspect=aspect, detail=detail, number="", unit="", country="", sequence="",
                             source_id=sid, quote=q(sid, a, b)))
    write("info_centre", header, rows)


POCKETS = [
    ("K001", "anbar_desert", ("بجيوب وخلايا صغيرة متفرّقة في مناطق صحراء الأنبار", None)),
    ("K002", "hamrin_mountains", ("جبال حمرين", None)),
    ("K003", "makhmour", ("ومخمور", None)),
    ("K004", "qara_chokh", ("وقره جوخ ضمن كركوك ونينوى وأجزاء من صلاح الدين", None)),
]


def pockets():
    rows = [dict(pocket_id=pid, area=area, source_id="S000", quote=q("S000", a, b)) for pid, area, (a, b) in POCKETS]
    write("isis_pockets", ["pocket_id", "area", "source_id", "quote"], rows)


if __name__ == "__main__":
    facts()
    events()
    centre()
    pockets()
