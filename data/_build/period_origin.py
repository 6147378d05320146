"""Period, how it is known, and origin for every fact; rows issue #10 adds (run once, idempotent).

Adds to facts.csv the columns `period_status` (stated | inferred | unknown), `period_quote` (the
source's own words that state or imply the period; sliced, never typed) and `origin_ref` (the
reference in references.csv the source cites for the figure). Adds to events.csv `date_quote`
(the words an inferred date rests on). Appends the rows the chapters left out. Every quote is
sliced from the source text by `q` (see build_data.py).

Run after build_data.py (which rewrites the tables without these columns):
      python data/_build/build_data.py && python data/_build/period_origin.py
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from analysis.paths import data_dir, sources_dir  # noqa: E402

FILES = {"S000": "000_06d20b2a77620d59.txt", "S001": "001_61226f1ce0f99ca9.txt", "S002": "002_ae775055e4532064.txt",
         "S003": "003_6c22a9322c8a761d.txt", "S004": "004_344b185d2b28595d.txt"}
SRC = {sid: (sources_dir() / f).read_text(encoding="utf-8") for sid, f in FILES.items()}


def q(sid: str, start: str, end: str | None = None) -> str:
    """The source's own text from anchor `start` through anchor `end` (one line), as build_data.q."""
    text = SRC[sid]
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"{sid}: start anchor not found: {start!r}")
    j = i + len(start) if end is None else text.find(end, i) + len(end)
    if end is not None and j < len(end):
        raise SystemExit(f"{sid}: end anchor not found after {start!r}: {end!r}")
    if "\n" in text[i:j]:
        raise SystemExit(f"{sid}: quote crosses a line: {start!r}..{end!r}")
    return text[i:j]

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


# The project's English translations of the new rows' quotes (also in /work/xfer/new_rows_translations.csv)
QUOTE_EN = {
    "E032": "in response to the United States launching air strikes inside Iraq that targeted Iran-backed militants who had been attacking American personnel there",
    "E033": "in response to the killing of its soldiers in north-east Jordan as a result of shelling by Iraqi militias loyal to Iran",
    "E034": "at the same time as the militias announced a halt to operations against US forces",
    "E035": "oversaw the work of the joint Higher Military Commission between Iraq and the international coalition, led by the United States, to review the mission of the international coalition to fight ISIS",
    "E036": "and after the November elections US forces will begin leaving Ain al-Asad air base in western Iraq and Baghdad International Airport",
    "C021": "that the centre has seen in recent months a lull in meetings and information exchange, or even contact, specifically since the resignation of Abdul-Mahdi's government",
    "C022": "the centre's effectiveness in the media is greater than its effectiveness in the field",
    "C023": "since the start of the Russian-Ukrainian war it can be considered a formal coalition or a political courtesy",
    "K001": "pockets and small scattered cells in the areas of the Anbar desert",
    "K002": "the Hamrin mountains",
    "K003": "and Makhmour",
    "K004": "and Qara Chokh within Kirkuk and Nineveh and parts of Salah al-Din",
}


# Catalogue labels of the codes and events these rows add (build_data.py hands them to catalogue_entries)
CODE_LABELS = {'metric': {'troops_withdrawal_argued': ('US soldiers whose withdrawal is argued about', 'جنود أمريكيون يدور النقاش حول سحبهم')}, 'theme': {'escalation': ('US–militia escalation', 'التصعيد بين القوات الأمريكية والمليشيات')}, 'aspect': {'assessment': ('Standing, as the sources judge it', 'مكانته بحسب المصادر')}, 'detail': {'lull_since_abdul_mahdi': ("Lull in meetings and exchange since Abdul-Mahdi's government resigned", 'فتور في اللقاءات والتبادل منذ استقالة حكومة عبد المهدي'), 'media_more_than_field': ('More effective in the media than in the field', 'فاعليته الإعلامية أكثر من الميدانية'), 'formal_coalition_or_courtesy': ('The coalition: “a formal coalition or political courtesy” since the Russia–Ukraine war', 'التحالف: «تحالف شكلي أو مجاملة سياسية» منذ الحرب الروسية الأوكرانية')}, 'area': {'anbar_desert': ('the Anbar desert', 'صحراء الأنبار'), 'hamrin_mountains': ('the Hamrin mountains', 'جبال حمرين'), 'makhmour': ('Makhmour', 'مخمور'), 'qara_chokh': ('Qara Chokh (within Kirkuk, Nineveh and parts of Salah al-Din)', 'قره جوخ (ضمن كركوك ونينوى وأجزاء من صلاح الدين)')}}
EVENT_LABELS = {'E032': ('US air strikes inside Iraq on Iran-backed fighters', 'غارات جوية أمريكية داخل العراق على مسلحين مدعومين من إيران'), 'E033': ('US soldiers killed in north-east Jordan by a militia strike', 'مقتل جنود أمريكيين في شمال شرق الأردن بقصف من المليشيات'), 'E034': ('Militias announce a halt to operations against US forces', 'المليشيات تعلن إيقاف العمليات ضد القوات الأمريكية'), 'E035': ("Joint Higher Military Commission reviews the coalition's mission", 'اللجنة العسكرية العليا المشتركة تراجع مهمة التحالف'), 'E036': ('After the November elections, US forces begin leaving Ain al-Asad and Baghdad airport', 'بعد انتخابات نوفمبر تبدأ القوات الأمريكية مغادرة عين الأسد ومطار بغداد')}


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
                         date_quote=q(sid, wa, wb), theme=theme, source_id=sid, quote=q(sid, qa, qb),
                         quote_en=QUOTE_EN[eid]))
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
                             source_id=sid, quote=q(sid, a, b), quote_en=QUOTE_EN[cid]))
    write("info_centre", header, rows)


POCKETS = [
    ("K001", "anbar_desert", ("بجيوب وخلايا صغيرة متفرّقة في مناطق صحراء الأنبار", None)),
    ("K002", "hamrin_mountains", ("جبال حمرين", None)),
    ("K003", "makhmour", ("ومخمور", None)),
    ("K004", "qara_chokh", ("وقره جوخ ضمن كركوك ونينوى وأجزاء من صلاح الدين", None)),
]


def pockets():
    rows = [dict(pocket_id=pid, area=area, source_id="S000", quote=q("S000", a, b), quote_en=QUOTE_EN[pid])
            for pid, area, (a, b) in POCKETS]
    write("isis_pockets", ["pocket_id", "area", "source_id", "quote", "quote_en"], rows)


def sources():
    rows = read("sources")
    header = list(rows[0].keys())
    if "author_role" not in header:
        header.insert(header.index("author_ar") + 1, "author_role")
    for r in rows:  # S000: Zaid Salem "took part in the report from Baghdad"; S002: "إعداد: إلهام النجار"
        r["author_role"] = {"S000": "contributor", "S002": "author"}.get(r["source_id"], "")
    write("sources", header, rows)


def exclusions():
    # the heading line's "24 February 2022" is now within F008's period words
    rows = [r for r in read("exclusions") if r["exclusion_id"] not in ("X002", "X003")]
    write("exclusions", list(rows[0].keys()), rows)


# Notes rewritten for issue #10: N002 said both sources "put US troops in Iraq at 2,500" (the paper argues
# about withdrawing 2,500, citing a 2021 article); N011 read "not before about 2027" from a span with no start;
# N001, N004, N005 now say which years are inferred.
NOTES = {'N001': ('same_number_different_things', '153 appears twice with different meanings: in the analysis of January 2024 it counts attacks by Iran-backed groups on US positions in Iraq and Syria since October (2023, inferred; at least 153); in the research paper of October 2024 it counts ISIS attacks in Iraq and Syria in the first six months of 2024 (more than 153). The match is a coincidence.', 'يرد الرقم 153 مرتين بمعنيين مختلفين: في تحليل يناير 2024 هو عدد هجمات الجماعات المدعومة من إيران على المواقع الأمريكية في العراق وسوريا منذ أكتوبر (2023، مستنتج؛ 153 على الأقل)، وفي الورقة البحثية المنشورة في أكتوبر 2024 هو عدد هجمات داعش في العراق وسوريا خلال الأشهر الستة الأولى من 2024 (أكثر من 153). التطابق مصادفة.'), 'N002': ('same_number_different_things', '2,500 US soldiers appear in two sources, saying different things. The analysis of January 2024 says “about 2,500” are still in Iraq (Pentagon officials, citing The Washington Post of 25 January 2024). The research paper of October 2024 argues that withdrawing 2,500 US soldiers should not create a security vacuum, in a paragraph that cites a BBC Arabic press review of 13 December 2021; it does not say how many soldiers were in Iraq when it was written.', 'يرد عدد 2500 جندي أمريكي في مصدرين بمعنيين مختلفين: يقول تحليل يناير 2024 إن «حوالي 2500» جندي ما زالوا في العراق (مسؤولو البنتاغون، نقلاً عن واشنطن بوست في 25 يناير 2024)، وترى الورقة البحثية المنشورة في أكتوبر 2024 أن سحب 2500 جندي أمريكي ينبغي ألا يخلق فراغًا أمنيًا، في فقرة تحيل إلى عرض صحفي لـBBC عربي في 13 ديسمبر 2021، ولا تذكر عدد الجنود في العراق وقت كتابتها.'), 'N004': ('different_periods', 'About 120 ISIS attacks in 2023 (the year is inferred from “last year”; twelve months) against more than 153 in the first six months of 2024: per month (derived) that is about 10 against more than 25.5, so the comparison must be made per month.', 'نحو 120 هجوماً لداعش في 2023 (السنة مستنتجة من عبارة «العام الماضي»؛ اثنا عشر شهراً) مقابل أكثر من 153 في الأشهر الستة الأولى من 2024: أي شهرياً (قيمة مشتقة) نحو 10 مقابل أكثر من 25.5، فالمقارنة الصحيحة هي المعدل الشهري.'), 'N005': ('same_period_different_things', 'For the first six months of 2024 (for the joint operations the year is inferred from “this year”), the research paper of October 2024 gives 137 joint operations against ISIS (CENTCOM) and more than 153 ISIS attacks: two different counts, of operations against ISIS and of attacks by ISIS.', 'تذكر الورقة البحثية المنشورة في أكتوبر 2024 للأشهر الستة الأولى من 2024 (والسنة في العمليات المشتركة مستنتجة من عبارة «هذا العام») رقمين مختلفين: 137 عملية مشتركة ضد داعش (سنتكوم)، وأكثر من 153 هجوماً نفذها داعش؛ الأول عمليات ضد التنظيم والثاني هجمات منه.'), 'N011': ('different_expectations', 'The research paper of October 2024 gives the agreed timeline (the mission ends by September 2025, US activity from Iraq until 2026, citing US officials) but also quotes one analyst who expects the withdrawal only “after 3 years”. The analyst gives no starting point, so no end date can be read from it.', 'تعرض الورقة البحثية المنشورة في أكتوبر 2024 الجدول المتفق عليه (انتهاء المهمة بحلول سبتمبر 2025 واستمرار العمل الأمريكي من العراق حتى 2026، نقلاً عن مسؤولين أمريكيين)، لكنها تنقل أيضاً عن محلل توقعه ألا يحدث الانسحاب «إلا بعد 3 سنوات»، دون نقطة بداية، فلا يمكن أن يُستخرج منه تاريخ نهاية.')}


def notes():
    rows = read("reconciliation")
    for r in rows:
        if r["note_id"] in NOTES:
            r["kind"], r["note_en"], r["note_ar"] = NOTES[r["note_id"]]
    write("reconciliation", list(rows[0].keys()), rows)


def main():
    sources()
    exclusions()
    facts()
    events()
    centre()
    pockets()
    notes()


if __name__ == "__main__":
    main()

