# The catalogue (ar): every word readers see. Same message ids in en.ftl and ar.ftl.
# Ids are the code's keys with '.' -> '-' (attacks.intro -> attacks-intro).

## kind

kind-news = تقرير إخباري
kind-encyclopedia = مقالة موسوعية
kind-research = ورقة بحثية
kind-analysis = تحليل
kind_count-news =
    { $n ->
        [zero] لا تقارير إخبارية
        [one] تقرير إخباري
        [two] تقريران إخباريان
        [few] { $n } تقارير إخبارية
        [many] { $n } تقريرًا إخباريًا
       *[other] { $n } تقرير إخباري
    }
kind_count-encyclopedia =
    { $n ->
        [zero] لا مقالات موسوعية
        [one] مقالة موسوعية
        [two] مقالتان موسوعيتان
        [few] { $n } مقالات موسوعية
        [many] { $n } مقالةً موسوعية
       *[other] { $n } مقالة موسوعية
    }
kind_count-research =
    { $n ->
        [zero] لا أوراق بحثية
        [one] ورقة بحثية
        [two] ورقتان بحثيتان
        [few] { $n } أوراق بحثية
        [many] { $n } ورقةً بحثية
       *[other] { $n } ورقة بحثية
    }
kind_count-analysis =
    { $n ->
        [zero] لا تحليلات
        [one] تحليل
        [two] تحليلان
        [few] { $n } تحليلات
        [many] { $n } تحليلًا
       *[other] { $n } تحليل
    }
kind-same_number_different_things = الرقم نفسه لأمرين مختلفين
kind-same_thing_same_number = رقم واحد تتفق عليه المصادر
kind-same_thing_different_accounts = واقعة واحدة وروايتان
kind-same_thing_different_numbers = واقعة واحدة وأرقام مختلفة
kind-different_periods = فترات مختلفة
kind-same_period_different_things = الفترة نفسها لأمرين مختلفين
kind-count_differs_from_list = العدد المذكور يخالف القائمة
kind-same_event_different_precision = الحدث نفسه بدقة تأريخ مختلفة
kind-different_expectations = توقعات مختلفة
kind-different_things_context = أمران مختلفان لا يُجمعان

## publisher

publisher-al_araby_al_jadeed = العربي الجديد
publisher-arabic_wikipedia = ويكيبيديا العربية
publisher-research_centre_unnamed = مركز بحثي (لم يُذكر اسمه)
publisher-independent_arabia = إندبندنت عربية
publisher-saudi_mofa = وزارة الخارجية السعودية
publisher-rt_arabic = آر تي عربي
publisher-bbc_arabic = بي بي سي عربي
publisher-asharq_al_awsat = الشرق الأوسط
publisher-alhurra = الحرة
publisher-alarabiya = العربية
publisher-cnn = سي إن إن
publisher-washington_post = واشنطن بوست
publisher-al_monitor = المونيتور

## date_precision

date_precision-day = اليوم
date_precision-month = الشهر
date_precision-year = السنة
date_precision-not_before = ليس قبل هذا التاريخ

## precision

precision-day = اليوم
precision-month = الشهر
precision-year = السنة

## date_status

date_status-stated = مذكور
date_status-inferred = مستنتج
date_status-unknown = غير معروف

## language

language-ar = العربية

## topic

topic-attacks = الهجمات
topic-casualties = الخسائر البشرية
topic-forces = القوات
topic-forecast = التوقعات
topic-geography = الجغرافيا
topic-intelligence = الاستخبارات
topic-operations = العمليات
topic-politics = السياسة
topic-structure = البنية
topic-territory = الأراضي
topic-withdrawal = الانسحاب

## metric

metric-attacks = الهجمات
metric-attacks_on_us_positions = الهجمات على المواقع العسكرية الأمريكية
metric-border_length = طول الحدود بين العراق وسوريا
metric-campaign_duration = مدة الحملات العسكرية
metric-chair_rotation_interval = دورية تداول الرئاسة
metric-chair_term = مدة رئاسة المركز
metric-coordinates_provided = الإحداثيات المقدَّمة
metric-fighters_at_large = المقاتلون الطلقاء
metric-fighters_killed = القتلى من المقاتلين
metric-fighters_killed_or_arrested_in_daily_operations = المسلحون القتلى أو المعتقلون في العمليات اليومية
metric-fighters_wounded = الجرحى من المقاتلين
metric-intelligence_reports_provided = التقارير الاستخبارية المقدَّمة
metric-joint_operations = العمليات المشتركة ضد داعش
metric-leaders_killed = القياديون القتلى
metric-meeting_duration = مدة الاجتماع
metric-member_states = الدول الأعضاء
metric-russian_generals_at_centre = الجنرالات الروس في المركز
metric-shia_leaders_against_withdrawal_share = نسبة القيادات الشيعية التي لا تريد الانسحاب الأمريكي
metric-staff_per_country = عدد الأعضاء من كل بلد
metric-territory_share_held = نسبة مساحة البلاد الخاضعة للسيطرة
metric-territory_share_liberated = نسبة الأراضي المستعادة من سيطرة داعش
metric-troops = الجنود
metric-withdrawal_phases = مراحل الانسحاب
metric-working_groups = مجموعات العمل
metric-years_since_founding = السنوات منذ التأسيس
metric-years_until_withdrawal = السنوات حتى الانسحاب
metric-troops_withdrawal_argued = جنود أمريكيون يدور النقاش حول سحبهم

## unit

unit-attacks = هجوم
unit-coordinates = إحداثية
unit-fighters = مقاتل
unit-fraction = نسبة
unit-generals = جنرال
unit-groups = مجموعة
unit-hours = ساعة
unit-km = كيلومتر
unit-leaders = قيادي
unit-members = عضو
unit-months = شهر
unit-operations = عملية
unit-per_month = في الشهر
unit-percent = ٪
unit-phases = مرحلة
unit-reports = تقرير
unit-states = دولة
unit-troops = جندي
unit-years = سنة

## subject

subject-info_centre = مركز تبادل المعلومات الرباعي
subject-intl_coalition = التحالف الدولي
subject-iran_backed_groups = الجماعات المسلحة المدعومة من إيران
subject-iraq_syria_border = الحدود العراقية السورية
subject-iraq_us_joint = العمليات العراقية الأمريكية المشتركة
subject-iraqi_forces = القوات العراقية
subject-isis = داعش
subject-peshmerga = البشمركة
subject-quad_coalition = التحالف الرباعي
subject-quad_joint_room = غرفة التحالف الرباعي
subject-sdf = قوات سوريا الديمقراطية (قسد)
subject-shia_leaders = القيادات الشيعية في العراق
subject-us_forces = القوات الأمريكية

## place

place-both = العراق وسوريا
place-iraq = العراق
place-syria = سوريا
place-unspecified = غير محدد

## qualifier

qualifier-about = نحو
qualifier-at_least = ما لا يقل عن
qualifier-at_most = لا يزيد على
ui-range_between = بين { $low } و{ $high }
qualifier-estimated = يُقدَّر
ui-estimated_share = نحو { $share } (تقديرًا)
qualifier-exact = كما ورد
qualifier-more_than = أكثر من
qualifier-nearly = ما يقرب من
qualifier-range = بين

## claimant

claimant-al_araby_al_jadeed = العربي الجديد
claimant-anonymous_iraqi_official = مسؤول عراقي طلب عدم ذكر اسمه
claimant-arabic_wikipedia = ويكيبيديا العربية
claimant-elham_al_najjar = إلهام النجار (المؤلفة)
claimant-info_centre_head = الفريق الركن سعد مزهر العلاق، رئيس مركز تبادل المعلومات
claimant-iraqi_parliament_security_committee_head = رئيس لجنة الأمن والدفاع في البرلمان العراقي
claimant-pentagon_officials = مسؤولو البنتاغون
claimant-political_analysts = محللون سياسيون
claimant-centcom_via_political_analysts = القيادة الأمريكية المركزية (سنتكوم)، بحسب ما ينقله محللون سياسيون
claimant-quad_joint_room = غرفة التحالف الرباعي
claimant-saudi_mofa = وزارة الخارجية السعودية
claimant-senior_us_military_official = مسؤول عسكري أمريكي كبير
claimant-unnamed_statistics = إحصاءات (غير مسمّاة)
claimant-us_officials = مسؤولون أمريكيون
claimant-washington_post = واشنطن بوست

## status

status-reported = يرويه المصدر
status-claim = ادعاء
status-disputed = مشكوك فيه

## disputed_by

disputed_by-observers = مراقبون
disputed_by-sceptics_and_the_article = ردود فعل لم يسمِّ المقال أصحابها، شكّك بعضها في الأعداد المعلنة وانتقد بعضها المزايدة التي دأب عليها التحالف الرباعي

## theme

theme-intl_coalition = التحالف الدولي
theme-iraq_military = الجيش العراقي
theme-isis = داعش
theme-politics = السياسة
theme-quad_coalition = التحالف الرباعي
theme-region = المنطقة
theme-sdf = قسد
theme-withdrawal = الانسحاب
theme-escalation = التصعيد بين القوات الأمريكية والمليشيات

## coalition

coalition-intl_coalition = التحالف الدولي
coalition-quad_coalition = التحالف الرباعي

## member

member-iraq = العراق
member-iran = إيران
member-russia = روسيا
member-syria = سوريا (نظام الأسد)
member-united_states = الولايات المتحدة
member-united_kingdom = بريطانيا
member-france = فرنسا
member-hezbollah = حزب الله اللبناني
member-iraqi_government = الحكومة العراقية
member-arab_states = دول عربية
member-european_states = دول أوروبية
member-middle_eastern_states = دول من الشرق الأوسط
member-other_western_states = دول غربية أخرى

## role

role-combat_participant = مشارك في الجهد القتالي المباشر
role-declined_to_join = رفض الانضمام
role-frontline_partner = شريك على الخطوط الأمامية
role-host = المقر الدائم
role-leader = القائد
role-main_pole = القطب الأهم
role-member = عضو
role-plus_one = «زائد واحد»

## working_group

working_group-stabilization = دعم الاستقرار في المناطق المحررة
working_group-counter_messaging = مواجهة دعاية داعش
working_group-foreign_terrorist_fighters = وقف تدفق المقاتلين الأجانب
working_group-counter_finance = التصدي لجهود تمويل داعش
working_group-africa_focus = مجموعة التركيز الخاصة بأفريقيا

## chair

chair-united_states = الولايات المتحدة
chair-united_kingdom = بريطانيا
chair-germany = ألمانيا
chair-italy = إيطاليا
chair-netherlands = هولندا
chair-turkey = تركيا
chair-uae = الإمارات
chair-the_kingdom = «المملكة»

## aspect

aspect-chair = الرئاسة
aspect-chair_rotation = تناوب الرئاسة
aspect-meeting_frequency = دورية الاجتماعات
aspect-operations_room = غرفة العمليات
aspect-seat = المقر
aspect-staffing = الأعضاء
aspect-assessment = مكانته بحسب المصادر

## detail

detail-al_muthanna_airport_camp = معسكر مطار المثنى وسط بغداد
detail-baghdad = بغداد
detail-baghdad_green_zone = المنطقة الخضراء في بغداد
detail-damascus = دمشق
detail-director_of_military_intelligence = مدير الاستخبارات العسكرية العراقية
detail-first_chair = الرئاسة الأولى
detail-four_parties_rotate = تتناوب الأطراف الأربعة
detail-general_staff_representatives = ممثلو هيئات أركان جيوش الدول الأربع
detail-iraqi_military_intelligence_officer = ضابط كبير في الاستخبارات العسكرية العراقية
detail-joint_room_baghdad = «الغرفة المشتركة» في بغداد
detail-members_per_country = أعضاء من كل بلد
detail-military_intelligence_directorate = مديرية الاستخبارات العسكرية بوزارة الدفاع العراقية
detail-ministry_of_defence = وزارة الدفاع العراقية
detail-monthly = كل شهر (قبل فتور اللقاءات)
detail-officers_from_member_states = ضباط من الدول الأعضاء
detail-officers_rotate = تناوب الضباط
detail-russian_generals = جنرالات روس
detail-lull_since_abdul_mahdi = فتور في اللقاءات والتبادل منذ استقالة حكومة عبد المهدي
detail-media_more_than_field = فاعليته الإعلامية أكثر من الميدانية
detail-formal_coalition_or_courtesy = التحالف: «تحالف شكلي أو مجاملة سياسية» منذ الحرب الروسية الأوكرانية

## detail_in_text

detail_in_text-al_muthanna_airport_camp = معسكر مطار المثنى وسط بغداد
detail_in_text-military_intelligence_directorate = مديرية الاستخبارات العسكرية بوزارة الدفاع العراقية

## country

country-iraq = العراق
country-iran = إيران
country-russia = روسيا
country-syria = سوريا (نظام الأسد)
country-all_four = الدول الأربع
country-each = كل بلد

## party

party-iraqi_national_alliance = الائتلاف الوطني العراقي
party-kurdistan_alliance = التحالف الكردستاني
party-mohammed_al_karbouli = النائب محمد الكربولي
party-mowaffak_al_rubaie = النائب موفق الربيعي
party-national_forces_alliance = تحالف القوى الوطنية
party-popular_mobilization = الحشد الشعبي
party-sunni_armed_factions = الفصائل السنية المسلحة المعارضة

## party_type

party_type-armed_group = فصيل مسلح
party_type-party = كتلة سياسية
party_type-person = شخص

## affiliation

affiliation-national_forces_alliance = تحالف القوى الوطنية
affiliation-state_of_law_coalition = ائتلاف دولة القانون

## stance

stance-for = مؤيد
stance-against = رافض

## listed_under

listed_under-for = مدرج ضمن الأطراف المؤيدة
listed_under-against = مدرج ضمن الأطراف الرافضة

## reason

reason-reference_marker = رقم إحالة مرجعية
reason-repeat_of = تكرار لرقم مسجَّل
reason-date_part = جزء من تاريخ
reason-not_a_figure = ليس رقمًا إحصائيًا

## table

table-sources = المصادر
table-facts = الوقائع الرقمية
table-events = الأحداث
table-coalition_members = أعضاء التحالفين وأدوارهم
table-working_groups = مجموعات عمل التحالف الدولي
table-info_centre = مركز المعلومات الرباعي
table-stances = المواقف من الاتفاق الرباعي
table-references = المراجع التي تستشهد بها المصادر
table-reconciliation = ملاحظات التوفيق بين الأرقام
table-exclusions = أرقام ليست بيانات

## area

area-anbar_desert = صحراء الأنبار
area-hamrin_mountains = جبال حمرين
area-makhmour = مخمور
area-qara_chokh = قره جوخ (ضمن كركوك ونينوى وأجزاء من صلاح الدين)

## event

event-E001 = تشكيل التحالف الدولي بقيادة الولايات المتحدة (أيلول/سبتمبر 2014)
event-E002 = إعلان العراق وإيران وروسيا ونظام الأسد تشكيل التحالف الرباعي
event-E003 = استعملت روسيا وإيران الأجواء العراقية جسرًا جويًا عسكريًا إلى سوريا (بحسب مسؤول رفيع في وزارة الدفاع العراقية لم يُذكر اسمه)
event-E004 = إعادة فتح معبر القائم الحدودي بين العراق وسوريا
event-E005 = غرفة التحالف تعلن قتل 23 ألف عنصر من داعش خلال أربع سنوات
event-E006 = سيطرة داعش على أراضٍ عراقية (حزيران/يونيو 2014)
event-E007 = بغداد تعلن استعادة جميع الأراضي العراقية من داعش
event-E008 = تسريح العقيد أحمد عبد الستار العبيدي من الخدمة إثر إصابته
event-E009 = آخر اجتماع معلن للتحالف الرباعي في بغداد
event-E010 = ظهور تنظيم داعش في العراق
event-E011 = توسّع داعش إلى سوريا وتبنّيه اسم الدولة الإسلامية في العراق والشام
event-E012 = الإدارة الأمريكية تدعو إلى تشكيل تحالف دولي لمواجهة داعش
event-E013 = اتفاق روسيا وإيران والعراق وسوريا في نهاية أيلول/سبتمبر 2015
event-E014 = قرار إنشاء مركز المعلومات للدول الأربع
event-E015 = دخول المنطقة في دوامة العنف إثر الاحتجاجات الشعبية
event-E016 = تشكيل قوات سوريا الديمقراطية (خريف 2015)
event-E017 = الرئيس أوباما يعلن تشكيل التحالف الدولي ضد داعش
event-E018 = نهاية المرحلة الأولى: انتهاء مهمة التحالف الدولي
event-E019 = المرحلة الثانية: استمرار العمل الأمريكي من العراق حتى 2026
event-E020 = قد تبقى بعض القوات الأمريكية في قاعدة حرير بعد 2026
event-E021 = الانسحاب الأمريكي السابق من العراق
event-E022 = استيلاء داعش على مساحة شاسعة من العراق
event-E023 = البرلمان العراقي يصوّت على انسحاب القوات الأمريكية (لم يُنفَّذ)
event-E024 = النظام السياسي العراقي الجديد بعد 2003
event-E025 = الإعلان في بغداد عن تشكيل التحالف الرباعي
event-E026 = التنسيق حول ملف الحدود المشتركة بين العراق وسوريا
event-E027 = استقالة حكومة عبد المهدي
event-E028 = لقاء مستشار الأمن الوطني قاسم الأعرجي بالسفير الروسي
event-E029 = الجولة الأولى من الحوار الثنائي بين العراق والولايات المتحدة
event-E030 = هزيمة داعش في آخر معاقله على الجانب السوري من الحدود
event-E031 = زيارة قائد فيلق القدس إسماعيل قاآني السرية إلى بغداد
event-E032 = غارات جوية أمريكية داخل العراق على مسلحين مدعومين من إيران
event-E033 = مقتل جنود أمريكيين في شمال شرق الأردن بقصف من المليشيات
event-E034 = المليشيات تعلن إيقاف العمليات ضد القوات الأمريكية
event-E035 = اللجنة العسكرية العليا المشتركة تراجع مهمة التحالف
event-E036 = بدء مغادرة القوات الأمريكية عين الأسد ومطار بغداد

## event_code

event_code-us_calls_for_coalition = الإدارة الأمريكية تدعو إلى تشكيل تحالف دولي لمواجهة داعش
event_code-intl_coalition_formed = تشكيل التحالف الدولي ضد داعش
event_code-quad_coalition_formed = تشكيل التحالف الرباعي (روسيا وإيران والعراق وسوريا)
event_code-airspace_air_bridge = استعملت روسيا وإيران الأجواء العراقية جسرًا جويًا عسكريًا إلى سوريا (بحسب مسؤول رفيع في وزارة الدفاع العراقية لم يُذكر اسمه)
event_code-al_qaim_crossing_reopened = إعادة فتح معبر القائم الحدودي بين العراق وسوريا
event_code-quad_kill_claim = غرفة التحالف تعلن قتل 23 ألف عنصر من داعش خلال أربع سنوات
event_code-isis_seized_iraqi_territory = سيطرة داعش على أراضٍ عراقية (حزيران/يونيو 2014)
event_code-iraq_territory_recovered = بغداد تعلن استعادة جميع الأراضي العراقية من داعش
event_code-obaidi_discharged = تسريح العقيد أحمد عبد الستار العبيدي من الخدمة إثر إصابته
event_code-last_quad_meeting = آخر اجتماع معلن للتحالف الرباعي في بغداد
event_code-isis_appeared = ظهور تنظيم داعش في العراق
event_code-isis_expanded_to_syria = توسّع داعش إلى سوريا وتبنّيه اسم الدولة الإسلامية في العراق والشام
event_code-info_centre_established = قرار إنشاء مركز المعلومات للدول الأربع
event_code-regional_unrest_began = دخول المنطقة في دوامة العنف إثر الاحتجاجات الشعبية
event_code-sdf_formed = تشكيل قوات سوريا الديمقراطية (خريف 2015)
event_code-withdrawal_phase_one_ends = نهاية المرحلة الأولى: انتهاء مهمة التحالف الدولي (أيلول/سبتمبر 2025)
event_code-withdrawal_phase_two_ends = المرحلة الثانية: استمرار العمل الأمريكي من العراق حتى 2026
event_code-us_forces_may_stay_in_harir = قد تبقى بعض القوات الأمريكية في قاعدة حرير بعد 2026
event_code-us_withdrawal_2011 = الانسحاب الأمريكي السابق من العراق
event_code-parliament_withdrawal_vote = البرلمان العراقي يصوّت على انسحاب القوات الأمريكية (لم يُنفَّذ)
event_code-new_political_order = النظام السياسي العراقي الجديد بعد 2003
event_code-abdul_mahdi_government_resigned = استقالة حكومة عبد المهدي
event_code-araji_meets_russian_ambassador = لقاء مستشار الأمن الوطني قاسم الأعرجي بالسفير الروسي
event_code-dialogue_first_round = الجولة الأولى من الحوار الثنائي بين العراق والولايات المتحدة
event_code-isis_last_stronghold_defeated = هزيمة داعش في آخر معاقله على الجانب السوري من الحدود
event_code-qaani_visits_baghdad = زيارة قائد فيلق القدس إسماعيل قاآني السرية إلى بغداد
event_code-us_strikes_in_iraq = غارات جوية أمريكية داخل العراق على مسلحين مدعومين من إيران
event_code-us_soldiers_killed_jordan = مقتل جنود أمريكيين في شمال شرق الأردن بقصف من المليشيات
event_code-militias_halt_attacks = المليشيات تعلن إيقاف العمليات ضد القوات الأمريكية
event_code-higher_military_commission_review = اللجنة العسكرية العليا المشتركة تراجع مهمة التحالف
event_code-us_forces_begin_leaving_bases = بعد انتخابات تشرين الثاني/نوفمبر تبدأ القوات الأمريكية مغادرة عين الأسد ومطار بغداد

## ui

ui-sources = المصادر
ui-sources_section = مصادر كل رقم في هذا التقرير
ui-undated = دون تاريخ
ui-page_of = صفحة { $page } من { $total }
ui-index_title = تقارير عن التحالفين في الحرب على داعش
ui-translation_mark = ترجمتنا:
ui-lang_name = العربية

## overview

overview-title = الأدلة التي يقوم عليها هذا التقرير
overview-intro =
    يستند هذا التقرير إلى { $facts ->
            [zero] { $facts } رقم موثّق
            [one] رقم موثّق واحد
            [two] رقمين موثّقين
            [few] { WORDS($facts) } أرقام موثّقة
            [many] { $facts } رقمًا موثّقًا
           *[other] { $facts } رقم موثّق
        } وردت في { WORDS($with_facts) } من { $sources ->
            [zero] أي مصدر
            [one] مصدر عربي واحد
            [two] المصدرين العربيين
            [few] المصادر ال{ WORDS($sources) }
            [many] المصادر العربية وعددها { $sources }
           *[other] المصادر العربية وعددها { $sources }
        }{ $unused }. { $dates_sentence }. يحتفظ كل رقم بالوصف الذي يقرنه به مصدره («ما لا يقل عن»، «نحو»، «أكثر من»)، وبالفترة التي يخصها وكيف عُرفت، وبالعبارة الحرفية التي تذكره، وتورد قائمة الشواهد المرقّمة، التي يحيل إليها السطر تحت كل شكل، نصّ كل منها.
overview-unused = {" "}(لا يأتي أي رقم من { $names }، { $count ->
        [zero] وإنما تقدّم
        [one] وإنما يقدّم
        [two] وإنما يقدّمان معًا
        [few] وإنما تقدّم معًا
        [many] وإنما تقدّم معًا
       *[other] وإنما تقدّم معًا
    } { $quotes ->
        [zero] { $quotes } اقتباس
        [one] اقتباسًا واحدًا
        [two] اقتباسين
        [few] { $quotes } اقتباسات
        [many] { $quotes } اقتباسًا
       *[other] { $quotes } اقتباس
    })
overview-chart_title_most = معظم الأرقام الموثّقة مصدرها { $source } ({ $top } من { $all })
overview-chart_title_largest = أكبر حصة من الأرقام الموثّقة مصدرها { $source } ({ $top } من { $all })
overview-chart_title = الأرقام الموثّقة بحسب المصدر والموضوع
overview-axis_facts = عدد الأرقام الموثّقة

## forces

forces-title = إنهاء مهمة التحالف الدولي: القوات على الأرض وخطة الانسحاب
forces-intro_troops =
    بحسب مسؤولين في البنتاغون { $quoted }، يبلغ عدد الجنود الأمريكيين ({ $period }) في العراق { $iraq ->
            [zero] { $iraq } جندي
            [one] جنديًا واحدًا
            [two] جنديين
            [few] { WORDS($iraq) } جنود
            [many] { $iraq } جنديًا
           *[other] { $iraq } جندي
        }، وفي سوريا { $syria ->
            [zero] { $syria } جندي
            [one] جنديًا واحدًا
            [two] جنديين
            [few] { WORDS($syria) } جنود
            [many] { $syria } جنديًا
           *[other] { $syria } جندي
        } ينتشرون فيها حاجزًا يمنع عودة داعش.
forces-intro_fighters =
    وفي الجهة المقابلة، قدّر مسؤول عسكري أمريكي كبير أمام الصحفيين أن { $fighters ->
            [zero] لا أحد من مقاتلي داعش ما زال طليقًا
            [one] مقاتلًا واحدًا من داعش ما زال طليقًا
            [two] مقاتلَين من داعش ما زالا طليقَين
            [few] { WORDS($fighters) } مقاتلين من داعش ما زالوا طلقاء
            [many] { $fighters } مقاتلًا من داعش ما زالوا طلقاء
           *[other] { $fighters } مقاتل من داعش ما زالوا طلقاء
        } في العراق وسوريا ({ $source }؛ { $period }). وهذا تقدير لعناصر تنظيم مسلح لا لجيش نظامي، فلا يُقارَن بأعداد الجنود وإن أورد التقرير الرقمين كليهما.
forces-intro_staff =
    أما مركز المعلومات التابع للتحالف الرباعي في بغداد فتصفه المقالة الموسوعية بأنه { $staff ->
            [zero] لا يضم أحدًا
            [one] يضم عضوًا واحدًا
            [two] يضم عضوين
            [few] يضم { WORDS($staff) } أعضاء
            [many] يضم { $staff } عضوًا
           *[other] يضم { $staff } عضو
        } من كل دولة من الدول الأربع، بحسب ما قاله رئيس لجنة الأمن والدفاع في البرلمان العراقي لوكالة رويترز كما تنقل المقالة، { $generals ->
            [zero] وبأن لا جنرالات روس فيه
            [one] وبأن فيه جنرالًا روسيًّا واحدًا
            [two] وبأن فيه جنرالَين روسيَّين
            [few] وبأن فيه { WORDS($generals) } جنرالات روس
            [many] وبأن فيه { $generals } جنرالًا روسيًّا
           *[other] وبأن فيه { $generals } جنرال روسي
        }، بحسب مسؤول عراقي طلب عدم ذكر اسمه. { $dates }
forces-staff_dates_both_inferred = ولا يحمل أيّ من الرقمين تاريخًا مذكورًا: كلاهما يصف الأسبوع الأول لعمل المركز ({ $period }).
forces-staff_dates_all_inferred = ولا يحمل أيّ من هذه الأرقام تاريخًا مذكورًا: كلها تصف الأسبوع الأول لعمل المركز ({ $period }).
forces-staff_dates_stated =
    { $dated ->
        [0] ولا تذكر المقالة تاريخًا لهذه الأرقام.
        [zero] ولا تذكر المقالة تاريخًا لهذه الأرقام.
        [one] ويحمل رقم واحد منها تاريخًا مذكورًا.
        [two] ويحمل رقمان منها تاريخًا مذكورًا.
        [few] ويحمل { WORDS($dated) } أرقام منها تاريخًا مذكورًا.
        [many] ويحمل { $dated } رقمًا منها تاريخًا مذكورًا.
       *[other] ويحمل { $dated } رقم منها تاريخًا مذكورًا.
    }
forces-cannot_show = ما لا تُظهره هذه الأرقام: كل رقم منها صادر عن جهة واحدة في لحظة واحدة، فلا يتتبع أيٌّ منها حجم قوة عبر الزمن، ولا يذكر أي مصدر عدد الجنود الذين سيغادرون في كل مرحلة، ولا كيف جرى تقدير عدد المقاتلين الطلقاء. والجنود والمقاتلون وأعضاء المركز فئات مختلفة، لذلك لا يجمع هذا التقرير بينها.
forces-chart_title = الجنود والمقاتلون وأعضاء المركز: ثلاثة أعداد منفصلة
forces-units_caveat = وحدات مختلفة: لكل لوحة مقياسها، ولا تصح المقارنة بين أعمدة اللوحات.
forces-panel_us_forces = الجنود الأمريكيون
forces-panel_isis = مقاتلو داعش الطلقاء
forces-panel_info_centre = أعضاء مركز المعلومات الرباعي
forces-axis_us_forces = عدد الجنود
forces-axis_isis = عدد المقاتلين
forces-axis_info_centre = العدد
forces-hover_fact = { $label }: <b>{ $value }</b><br>الفترة: { $period }<br>بحسب: { $claimant }<br>المصدر: { $source }
forces-not_stated = (لم تذكره المصادر حتى هذا التاريخ)
forces-timeline_title = خطة الانسحاب كما تؤرّخها المصادر
forces-phases_note =
    مسؤولون أمريكيون: انتقال { $n ->
            [zero] دون مراحل
            [one] على مرحلة واحدة
            [two] على مرحلتين
            [few] على { WORDS($n, gender: "f") } مراحل
            [many] على { $n } مرحلةً
           *[other] على { $n } مرحلة
        }. تُظهر الأشرطة مدى كل تاريخ (شهر أو سنة).
forces-legend_day = مؤرخ باليوم
forces-legend_month = مؤرخ بالشهر
forces-legend_year = مؤرخ بالسنة فقط
forces-legend_planned = خطة أو توقّع: تاريخه بعد تاريخ مصدره (علامة مفرغة)
forces-precision_word_day = اليوم
forces-precision_word_month = الشهر
forces-precision_word_year = السنة
forces-hover_event = <b>{ $date }</b> (دقة التاريخ: { $precision })<br>{ $label }<br>المصدر: { $source }
forces-notes_title = مواضع اتفاق المصادر واختلافها
forces-disputed_included = تتضمن هذه النسخة الادعاءات المشكوك فيها، ولا يوجد بين الأرقام المرسومة في هذا الفصل رقم مشكوك فيه.
forces-disputed_included_some =
    تتضمن هذه النسخة الادعاءات المشكوك فيها، و{ $n ->
        [zero] لا رقم منها في هذا الفصل
        [one] بين أرقام هذا الفصل رقم واحد منها، وهو موسوم
        [two] بين أرقام هذا الفصل رقمان منها، موسومان
        [few] بين أرقام هذا الفصل { WORDS($n) } أرقام منها، موسومة
        [many] بين أرقام هذا الفصل { $n } رقمًا منها، موسومة
       *[other] بين أرقام هذا الفصل { $n } رقم منها، موسومة
    }.
forces-disputed_left_out =
    { $n ->
            [zero] لا تستبعد هذه النسخة أي ادعاء مشكوك فيه (ليس بينها أي رقم من أرقام هذا الفصل).
            [one] تستبعد هذه النسخة ادعاءً واحدًا مشكوكًا فيه (ليس بينها أي رقم من أرقام هذا الفصل).
            [two] تستبعد هذه النسخة ادعاءين مشكوكًا فيهما (ليس بينها أي رقم من أرقام هذا الفصل).
            [few] تستبعد هذه النسخة { WORDS($n) } ادعاءات مشكوكًا فيها (ليس بينها أي رقم من أرقام هذا الفصل).
            [many] تستبعد هذه النسخة { $n } ادعاءً مشكوكًا فيه (ليس بينها أي رقم من أرقام هذا الفصل).
           *[other] تستبعد هذه النسخة { $n } ادعاء مشكوك فيه (ليس بينها أي رقم من أرقام هذا الفصل).
        }
forces-no_withdrawal = لا يصف أيٌّ من المصادر المنشورة حتى هذا التاريخ خطة للانسحاب.
forces-withdrawal_text =
    ووفق { $source_name }، يقول مسؤولون أمريكيون إن الاتفاق سيؤدي إلى انتقال { $phases ->
            [zero] دون مراحل
            [one] على مرحلة واحدة
            [two] على مرحلتين
            [few] على { WORDS($phases, gender: "f") } مراحل
            [many] على { $phases } مرحلةً
           *[other] على { $phases } مرحلة
        }: في الأولى، التي تستمر حتى { $phase_one }، تنتهي مهمة التحالف الدولي؛ وفي الثانية تواصل الولايات المتحدة العمل من العراق حتى { $phase_two } دعمًا للعمليات ضد داعش في سوريا. ويقول مسؤولون عراقيون إن بعض القوات الأمريكية قد تبقى بعدها في قاعدة حرير لأن حكومة إقليم كردستان ترغب في بقائها.
forces-bases_text = وتسمّي الفقرة نفسها القواعد: بعد انتخابات نوفمبر تبدأ القوات الأمريكية بمغادرة قاعدة عين الأسد الجوية غرب العراق ومطار بغداد الدولي، لتنتقل إلى قاعدة حرير في أربيل بإقليم كردستان. ويضع الرسم أدناه هذه البداية في { $month }.
forces-same_paper = فالبحث نفسه
forces-same_paper_citing = فالبحث نفسه، نقلًا عن { $origin }،
forces-forecast_text =
    الخطة نيةٌ معلنة لا واقعة مسجلة. { $same_paper } ينقل عن محلل توقعه ألا يحدث هذا الانسحاب إلا بعد { $years ->
            [zero] الآن
            [one] سنة
            [two] سنتين
            [few] { WORDS($years, gender: "f") } سنوات
            [many] { $years } سنةً
           *[other] { $years } سنة
        }. ولا يذكر المحلل نقطة بداية، فلا يحسب هذا التقرير تاريخ نهاية ولا يضع هذا التوقع على المحور الزمني.

## casualties

casualties-title = الكلفة البشرية: قتلى القوى المقاتلة وجرحاها، وادعاءات قتل عناصر داعش
casualties-intro =
    ينفرد مصدر واحد، هو { $source_name }، بذكر خسائر القوى التي قاتلت داعش على الأرض. فبحسبه خسرت قوات سوريا الديمقراطية (قسد) { $sdf_killed ->
            [zero] { $sdf_killed } مقاتل
            [one] مقاتلًا واحدًا
            [two] مقاتلَين
            [few] { WORDS($sdf_killed) } مقاتلين
            [many] { $sdf_killed } مقاتلًا
           *[other] { $sdf_killed } مقاتل
        } في قتال التنظيم، { $sdf_wounded ->
            [zero] ولم يُصب أحد
            [one] وأُصيب آخر
            [two] وأُصيب اثنان آخران
            [few] وأُصيب { WORDS($sdf_wounded) } آخرون
            [many] وأُصيب { $sdf_wounded } آخرون
           *[other] وأُصيب { $sdf_wounded } آخرون
        }؛ وبلغت خسائر البشمركة { $peshmerga_killed ->
            [zero] { $peshmerga_killed } قتيل
            [one] قتيلًا واحدًا
            [two] قتيلَين
            [few] { WORDS($peshmerga_killed) } قتلى
            [many] { $peshmerga_killed } قتيلًا
           *[other] { $peshmerga_killed } قتيل
        } و{ $peshmerga_wounded ->
            [zero] { $peshmerga_wounded } جريح
            [one] جريحًا واحدًا
            [two] جريحَين
            [few] { WORDS($peshmerga_wounded) } جرحى
            [many] { $peshmerga_wounded } جريحًا
           *[other] { $peshmerga_wounded } جريح
        }؛ أما القوات العراقية، بقوات أمنها وفصائل الحشد الشعبي معًا، فبلغت خسائرها { $iraqi_forces_killed ->
            [zero] { $iraqi_forces_killed } قتيل
            [one] قتيلًا واحدًا
            [two] قتيلَين
            [few] { WORDS($iraqi_forces_killed) } قتلى
            [many] { $iraqi_forces_killed } قتيلًا
           *[other] { $iraqi_forces_killed } قتيل
        }.
casualties-limits = حدود هذه الأرقام: معظمها حدود دنيا أو تقديرات تقريبية، ويظهر على كل شريط القيد الذي ورد في المصدر («ما لا يقل عن»، «نحو»)، ولا يرافق أيًّا منها تاريخ أو فترة محددة سوى سنوات القتال. ولا يذكر المصدر عدد جرحى القوات العراقية. ولأن القيود مختلفة، لا تُجمع الأرقام في حصيلة واحدة.
casualties-civilians = أما المدنيون فلا يرد لهم رقم. تكتفي الورقة نفسها بالقول إنه «فقد عشرات الآلاف من المدنيين حياتهم وأصيب آخرون» خلال سنوات سيطرة تنظيم داعش على مناطق في سوريا والعراق ({ $civilians_source })، ولذلك يذكر الرسم ذلك كتابةً بدل العمود.
casualties-claims =
    أما قتلى داعش فلا ترد أعدادهم إلا في صورة ادعاءات. ففي عام { $claim_year } أعلنت { $claimant } أنها قتلت خلال أربع سنوات { $claim_fighters_killed ->
            [zero] { $claim_fighters_killed } عنصر
            [one] عنصرًا واحدًا
            [two] عنصرين
            [few] { WORDS($claim_fighters_killed) } عناصر
            [many] { $claim_fighters_killed } عنصرًا
           *[other] { $claim_fighters_killed } عنصر
        } من داعش، { $claim_leaders_killed ->
            [zero] ليس بينهم أي قيادي
            [one] بينهم قيادي واحد
            [two] بينهم قياديان
            [few] بينهم { WORDS($claim_leaders_killed) } قياديين
            [many] بينهم { $claim_leaders_killed } قياديًا
           *[other] بينهم { $claim_leaders_killed } قيادي
        } ({ $claim_source }). وينقل المقال نفسه أن الإعلان لاقى ردود فعل مشككة وأخرى انتقدت المزايدة. لذلك تُذكر هذه الأرقام منفصلة وموسومة بأنها موضع خلاف، ولا تُقارن بخسائر القوى المقاتلة.
casualties-none_yet = لا يذكر أي مصدر صادر حتى تاريخ هذه النسخة خسائر القوى التي قاتلت داعش: هذه الأرقام ترد في مصدر لاحق، هو { $civilians_name }.
casualties-left_out =
    { $n ->
            [zero] لا تستبعد هذه النسخة أي ادعاء مشكوك فيه، ومنها أعداد القتلى التي ادعاها التحالف الرباعي.
            [one] تستبعد هذه النسخة ادعاءً واحدًا مشكوكًا فيه، ومنها أعداد القتلى التي ادعاها التحالف الرباعي.
            [two] تستبعد هذه النسخة ادعاءين مشكوكًا فيهما، ومنها أعداد القتلى التي ادعاها التحالف الرباعي.
            [few] تستبعد هذه النسخة { WORDS($n) } ادعاءات مشكوكًا فيها، ومنها أعداد القتلى التي ادعاها التحالف الرباعي.
            [many] تستبعد هذه النسخة { $n } ادعاءً مشكوكًا فيه، ومنها أعداد القتلى التي ادعاها التحالف الرباعي.
           *[other] تستبعد هذه النسخة { $n } ادعاء مشكوك فيه، ومنها أعداد القتلى التي ادعاها التحالف الرباعي.
        }
casualties-note = **تنبيه:** { $text }
casualties-chart_forces = القتلى والجرحى في قتال داعش، بحسب القوة
casualties-axis_fighters = العدد (بالقيد الذي يذكره المصدر)
casualties-civilians_row = المدنيون
casualties-civilians_words = قُتل «عشرات الآلاف» وأصيب آخرون: دون رقم
casualties-not_given_metric = { $metric }: غير مذكور
casualties-chart_claims = قتلى داعش المُعلَنون: ادعاء مشكوك فيه، يُعرض منفصلًا
casualties-claim_fighters_killed = عناصر داعش القتلى
casualties-claim_leaders_killed = منهم قياديون
casualties-legend_disputed = ادعاء مشكوك فيه
casualties-disputed_by_label = يشكك فيه
casualties-claims_annotation = الجهة المُعلِنة: { $claimant }، عام { $claim_year }، عن أربع سنوات<br>يشكك فيه: { $disputed_by }
casualties-axis_claimed = العدد المُعلَن (غير مُتحقق منه)

## structure

structure-title = التحالفان: مقارنة
structure-intro_with_size =
    خاض تحالفان الحرب على داعش في العراق وسوريا، وبينهما فرق كبير في البنية. فالتحالف الدولي الذي تقوده الولايات المتحدة { $intl_states ->
            [zero] ضمّ أي دولة
            [one] ضمّ دولة واحدة
            [two] ضمّ دولتين
            [few] ضمّ { WORDS($intl_states, gender: "f") } دول
            [many] ضمّ { $intl_states } دولةً
           *[other] ضمّ { $intl_states } دولة
        } بحسب أحد المصادر، أما التحالف الرباعي { $quad_states ->
            [zero] فجمع أي دولة
            [one] فجمع دولة واحدة
            [two] فجمع دولتين
            [few] فجمع { WORDS($quad_states, gender: "f") } دول
            [many] فجمع { $quad_states } دولةً
           *[other] فجمع { $quad_states } دولة
        } هي روسيا وسوريا وإيران والعراق، وتضيف إليها مقالة موسوعية حزب الله اللبناني بوصفه «زائد واحد». يعرض الجدول التالي الأدوار في كل تحالف كما تسمّيها المصادر.
structure-intro_without_size =
    خاض تحالفان الحرب على داعش في العراق وسوريا، وبينهما فرق كبير في البنية. لا يذكر أي مصدر حتى تاريخ هذه النسخة عدد الدول في التحالف الدولي الذي تقوده الولايات المتحدة، أما التحالف الرباعي { $quad_states ->
            [zero] فجمع أي دولة
            [one] فجمع دولة واحدة
            [two] فجمع دولتين
            [few] فجمع { WORDS($quad_states, gender: "f") } دول
            [many] فجمع { $quad_states } دولةً
           *[other] فجمع { $quad_states } دولة
        } هي روسيا وسوريا وإيران والعراق، وتضيف إليها مقالة موسوعية حزب الله اللبناني بوصفه «زائد واحد». يعرض الجدول التالي الأدوار في كل تحالف كما تسمّيها المصادر.
structure-intro_limits =
    وما تسكت عنه المصادر لا يقل أهمية. فهي تسمّي { $named_states } بأسمائها ({ $names })، قائدةً أو مشاركةً في القتال أو رئيسةً لمجموعات العمل، وتكتفي في الباقي بعبارات مثل «دول أوروبية وعربية وشرق أوسطية» و«دول غربية أخرى»، في حين يكتفي أحد المصادر بذكر عدد الأعضاء: { $intl_states ->
        [zero] لا دول
        [one] دولة واحدة
        [two] دولتان
        [few] { WORDS($intl_states, gender: "f") } دول
        [many] { $intl_states } دولةً
       *[other] { $intl_states } دولة
    }. لذلك لا يقدّم الجدول قائمة أعضاء لا تقدّمها النصوص.
structure-coalitions_heading = الأعضاء والأدوار
structure-both_coalitions = التحالفان
structure-intl_states = عدد الدول: { $n }
structure-quad_states = صيغة «{ $n }+1»
structure-chart_coalitions = أعضاء كل تحالف وأدوارهم
structure-wg_heading = مجموعات عمل التحالف الدولي
structure-wg_text =
    يصف مصدر واحد، هو { $source_name }، كيف وزّع التحالف الدولي عمله. فهو يعلن { $announced ->
            [zero] { $announced } مجموعة عمل
            [one] مجموعة عمل واحدة
            [two] مجموعتي عمل
            [few] { WORDS($announced, gender: "f") } مجموعات عمل
            [many] { $announced } مجموعةَ عمل
           *[other] { $announced } مجموعة عمل
        } ثم يسرد { $listed ->
            [zero] لا شيء
            [one] واحدة
            [two] اثنتين
            [few] { WORDS($listed, gender: "f") }ًا
            [many] { $listed }
           *[other] { $listed }
        }، ويسمّي رؤساء { $chaired ->
            [zero] أيٍّ منها
            [one] واحدة منها
            [two] اثنتين منها
            [few] { WORDS($chaired, gender: "f") } منها
            [many] { $chaired } منها
           *[other] { $chaired } منها
        }. { $chaired ->
            [zero] ولا
            [one] وللمجموعة المسمّاة رؤساؤها
            [two] ولكلٍّ من المجموعتين المسمّاة رؤساؤهما
            [few] ولكلٍّ من المجموعات ال{ WORDS($chaired, gender: "f") } المسمّاة رؤساؤها
            [many] ولكلٍّ من المجموعات المسمّاة رؤساؤها، وعددها { $chaired }،
           *[other] ولكلٍّ من المجموعات المسمّاة رؤساؤها، وعددها { $chaired }،
        } أكثر من رئيس، و{ $top_chair } بين رؤساء { $top_n ->
            [zero] أيٍّ منها
            [one] واحدة منها
            [two] اثنتين منها
            [few] { WORDS($top_n, gender: "f") } منها
            [many] { $top_n } منها
           *[other] { $top_n } منها
        }. وإحدى الدول التي ترأس مجموعةً لا يسمّيها النص إلا «المملكة» دون أن يحدد أي مملكة، ولا يخمّن هذا التقرير.
structure-wg_text_listed =
    يصف مصدر واحد، هو { $source_name }، كيف وزّع التحالف الدولي عمله. فهو يسرد { $listed ->
            [zero] { $listed } مجموعة عمل
            [one] مجموعة عمل واحدة
            [two] مجموعتي عمل
            [few] { WORDS($listed, gender: "f") } مجموعات عمل
            [many] { $listed } مجموعةَ عمل
           *[other] { $listed } مجموعة عمل
        } ويسمّي رؤساء { $chaired ->
            [zero] أيٍّ منها
            [one] واحدة منها
            [two] اثنتين منها
            [few] { WORDS($chaired, gender: "f") } منها
            [many] { $chaired } منها
           *[other] { $chaired } منها
        }. { $chaired ->
            [zero] ولا
            [one] وللمجموعة المسمّاة رؤساؤها
            [two] ولكلٍّ من المجموعتين المسمّاة رؤساؤهما
            [few] ولكلٍّ من المجموعات ال{ WORDS($chaired, gender: "f") } المسمّاة رؤساؤها
            [many] ولكلٍّ من المجموعات المسمّاة رؤساؤها، وعددها { $chaired }،
           *[other] ولكلٍّ من المجموعات المسمّاة رؤساؤها، وعددها { $chaired }،
        } أكثر من رئيس، و{ $top_chair } بين رؤساء { $top_n ->
            [zero] أيٍّ منها
            [one] واحدة منها
            [two] اثنتين منها
            [few] { WORDS($top_n, gender: "f") } منها
            [many] { $top_n } منها
           *[other] { $top_n } منها
        }. وإحدى الدول التي ترأس مجموعةً لا يسمّيها النص إلا «المملكة» دون أن يحدد أي مملكة، ولا يخمّن هذا التقرير.
structure-wg_none = لا يصف أي مصدر منشور حتى تاريخ هذه النسخة مجموعات عمل التحالف الدولي.
structure-wg_root = مجموعات العمل: { $announced } بحسب الإعلان، و{ $listed } في القائمة
structure-wg_root_listed = مجموعات العمل: { $listed } في القائمة
structure-label_for = { $what }، لمدة { $count }
structure-no_chair = لم يُذكر من يرأسها
structure-chart_working_groups = مجموعات العمل والدول التي ترأسها
structure-centre_heading = مركز تبادل المعلومات الرباعي
structure-centre_text =
    كان مركز تبادل المعلومات في بغداد أبرز هيئة مشتركة للتحالف الرباعي. { $n ->
        [zero] لا يصفه أي مصدر
        [one] يصفه مصدر واحد
        [two] يصفه مصدران، كلٌّ من جانب
        [few] تصفه { WORDS($n) } مصادر، كلٌّ من جانب
        [many] تصفه { $n } مصدرًا، كلٌّ من جانب
       *[other] تصفه { $n } مصدر، كلٌّ من جانب
    }: مقرّه، ومن يرأسه، ومن يعمل فيه، وكم مرة كان أعضاؤه يجتمعون. تتفق المصادر على بغداد، ويذكر أحدها أن المركز بدأ في معسكر مطار المثنى ثم نُقل إلى مديرية الاستخبارات العسكرية بوزارة الدفاع العراقية، غير أن أيًّا من المصادر لا يؤرّخ هذا الانتقال، ولذلك يبيّن الجدول أدناه الترتيب لا التواريخ.
structure-centre_numbers =
    وبحسب إحدى الروايات يرسل كل بلد عضو { $staff ->
            [zero] { $staff } عضو
            [one] عضوًا واحدًا
            [two] عضوين
            [few] { WORDS($staff) } أعضاء
            [many] { $staff } عضوًا
           *[other] { $staff } عضو
        }{ $period }، وتنتقل الرئاسة { $months ->
            [zero] كل { $months } شهر
            [one] كل شهر
            [two] كل شهرين
            [few] كل { WORDS($months) } أشهر
            [many] كل { $months } شهرًا
           *[other] كل { $months } شهر
        }، مع اختلاف المصادر في الأطراف التي تتناوب عليها (انظر «{ structure-notes_heading }» في آخر هذا الفصل).
structure-centre_claims =
    وأعلن رئيس المركز، في تصريح لوكالة الأنباء العراقية الرسمية، أنه زوّد العراق وسوريا { $coordinates ->
            [zero] بلا إحداثيات
            [one] بإحداثية واحدة
            [two] بإحداثيتين
            [few] ب{ WORDS($coordinates, gender: "f") } إحداثيات
            [many] ب{ $coordinates } إحداثيةً
           *[other] ب{ $coordinates } إحداثية
        } عن مواقع داعش و{ $reports ->
            [zero] { $reports } تقرير استخباري
            [one] تقرير استخباري واحد
            [two] تقريرين استخباريين
            [few] { WORDS($reports) } تقارير استخبارية
            [many] { $reports } تقريرًا استخباريًا
           *[other] { $reports } تقرير استخباري
        }. غير أن هذه الأرقام، بحسب مراقبين ينقل عنهم المقال نفسه، تبقى ضمن التضخيم السياسي لأهمية التحالف ودوره، ولا شيء في المصادر يسمح بالتحقق منها، لذا يصفها الجدول بأنها مشكوك فيها.
structure-claimed_output = ما يقول المركز إنه قدّمه (مشكوك فيه)
structure-counted_russian_generals = { $n ->
        [zero] لا جنرالات روس
        [one] جنرال روسي واحد
        [two] جنرالان روسيان
        [few] { $n } جنرالات روس
        [many] { $n } جنرالًا روسيًا
       *[other] { $n } جنرال روسي
    }
structure-counted_members_per_country = { $n ->
        [zero] لا أعضاء من أي بلد
        [one] عضو واحد من كل بلد
        [two] عضوان من كل بلد
        [few] { $n } أعضاء من كل بلد
        [many] { $n } عضوًا من كل بلد
       *[other] { $n } عضو من كل بلد
    }
structure-disputed_hover = ادعاء رئيس المركز، ويشكك فيه مراقبون
structure-disputed_legend = الأحمر المظلّل: ادعاءات المركز نفسه، ويشكك فيها مراقبون
structure-seat_first = أولًا: { $place }
structure-seat_later = لاحقًا: { $place }
structure-for_months =
    { $n ->
            [zero] لمدة { $n } شهر
            [one] لمدة شهر واحد
            [two] لمدة شهرين
            [few] لمدة { $n } أشهر
            [many] لمدة { $n } شهرًا
           *[other] لمدة { $n } شهر
        }
structure-short_first_chair = الرئاسة الأولى
evidence-centre_term = { $term } ({ $detail })
structure-label_term = { $what }، { $term }
structure-months =
    { $n ->
            [zero] { $n } شهر
            [one] شهر واحد
            [two] شهران
            [few] { $n } أشهر
            [many] { $n } شهرًا
           *[other] { $n } شهر
        }
structure-chart_centre = كيف نُظّم مركز تبادل المعلومات
structure-order_not_stated = غير مذكور
structure-col_order = الترتيب
structure-col_place = المقر
structure-col_source = المصدر
structure-chart_seats = مقر المركز بالترتيب الذي يذكره النص
structure-stances_heading = الأطراف العراقية بين مؤيد للاتفاق الرباعي ورافض له
structure-stances_text =
    انقسم المشهد السياسي العراقي حول الاتفاق. تسمّي المقالة الموسوعية من الأحزاب والشخصيات { $n_for ->
            [zero] لا أحد رحّب به
            [one] جهةً واحدة رحّبت به
            [two] جهتين رحّبتا به
            [few] { WORDS($n_for, gender: "f") } جهات رحّبت به
            [many] { $n_for } جهةً رحّبت به
           *[other] { $n_for } جهة رحّبت به
        } و{ $n_against ->
            [zero] لا أحد رفضه
            [one] واحدة رفضته
            [two] اثنتين رفضتاه
            [few] { WORDS($n_against, gender: "f") } رفضته
            [many] { $n_against } رفضته
           *[other] { $n_against } رفضته
        }. وليست هذه عيّنة تمثيلية: فهي لا تذكر إلا من أدلى بموقف، ولا تقول شيئًا عن وزنه، وتعكس استقبال الاتفاق عند إعلانه لا ما تلاه.
structure-against_listed_for = رافض لكنه مدرج ضمن المؤيدين
structure-for_listed_against = مؤيد لكنه مدرج ضمن الرافضين
structure-chart_stances = من رحّب بالاتفاق ومن رفضه
structure-note_mislisted = **{ $party }** { $listed } في المصدر، لكن العبارة التي ينقلها عنه تضعه في الجانب الآخر، فهو { $stance } للاتفاق. ويتبع الجدول ما تقوله العبارة المنقولة، لا القائمة التي أدرجه المصدر فيها، وينبّه إلى ذلك.
structure-disputed_shown = تتضمن هذه النسخة الادعاءات التي تذكر المصادر نفسها أنها مشكوك فيها، وتميّز كلًّا منها بذلك.
structure-disputed_left_out =
    { $n ->
            [zero] لا تستبعد هذه النسخة أي ادعاء مشكوك فيه، ومنها ادعاءات مركز المعلومات عن إنتاجه، وهي ادعاءات تذكر المصادر نفسها أنها موضع تشكيك.
            [one] تستبعد هذه النسخة ادعاءً واحدًا مشكوكًا فيه، ومنها ادعاءات مركز المعلومات عن إنتاجه، وهي ادعاءات تذكر المصادر نفسها أنها موضع تشكيك.
            [two] تستبعد هذه النسخة ادعاءين مشكوكًا فيهما، ومنها ادعاءات مركز المعلومات عن إنتاجه، وهي ادعاءات تذكر المصادر نفسها أنها موضع تشكيك.
            [few] تستبعد هذه النسخة { WORDS($n) } ادعاءات مشكوكًا فيها، ومنها ادعاءات مركز المعلومات عن إنتاجه، وهي ادعاءات تذكر المصادر نفسها أنها موضع تشكيك.
            [many] تستبعد هذه النسخة { $n } ادعاءً مشكوكًا فيه، ومنها ادعاءات مركز المعلومات عن إنتاجه، وهي ادعاءات تذكر المصادر نفسها أنها موضع تشكيك.
           *[other] تستبعد هذه النسخة { $n } ادعاء مشكوك فيه، ومنها ادعاءات مركز المعلومات عن إنتاجه، وهي ادعاءات تذكر المصادر نفسها أنها موضع تشكيك.
        }
structure-notes_heading = مواضع اتفاق المصادر واختلافها

## timeline

timeline-title = الملحق (أ): الخط الزمني للأحداث كما تؤرخها المصادر
timeline-intro =
    تورد المصادر { $n ->
            [zero] { $n } تأريخ
            [one] تأريخًا واحدًا
            [two] تأريخين
            [few] { WORDS($n) } تأريخات
            [many] { $n } تأريخًا
           *[other] { $n } تأريخ
        }، يتكرر بعضها للحدث نفسه في أكثر من مصدر، فيعرض الشكل أدناه { $groups ->
            [zero] { $groups } حدث مختلف
            [one] حدثًا واحدًا مختلفًا
            [two] حدثين مختلفين
            [few] { WORDS($groups) } أحداث مختلفة
            [many] { $groups } حدثًا مختلفًا
           *[other] { $groups } حدث مختلف
        }، من { $first } إلى { $last }، على محور زمني واحد، لكل موضوع صفّ خاص ({ $themes ->
            [zero] { $themes } موضوع
            [one] موضوع واحد
            [two] موضوعان
            [few] { WORDS($themes) } موضوعات
            [many] { $themes } موضوعًا
           *[other] { $themes } موضوع
        }). { $multi ->
            [zero] ولا يؤرخ أيًّا منها أكثر من مصدر.
            [one] ومن بينها حدث واحد تؤرخه عدة مصادر: يظهر مرة واحدة بعلامة أكبر ذات إطار داكن، وتذكر القائمة أدناه كل مصادره.
            [two] ومن بينها حدثان تؤرخهما عدة مصادر: يظهر كلٌّ منهما مرة واحدة بعلامة أكبر ذات إطار داكن، وتذكر القائمة أدناه كل مصادرهما.
            [few] ومن بينها { WORDS($multi) } أحداث تؤرخها عدة مصادر: يظهر كلٌّ منها مرة واحدة بعلامة أكبر ذات إطار داكن، وتذكر القائمة أدناه كل مصادرها.
            [many] ومن بينها { $multi } حدثًا تؤرخها عدة مصادر: يظهر كلٌّ منها مرة واحدة بعلامة أكبر ذات إطار داكن، وتذكر القائمة أدناه كل مصادرها.
           *[other] ومن بينها { $multi } حدث تؤرخها عدة مصادر: يظهر كلٌّ منها مرة واحدة بعلامة أكبر ذات إطار داكن، وتذكر القائمة أدناه كل مصادرها.
        }
timeline-precision_text = لا تؤرخ المصادر كلها بالدقة نفسها: المعيّن تاريخ محدد باليوم، والمربع تاريخ محدد بالشهر، والدائرة تاريخ لا يُعرف منه إلا السنة، ويغطي الشريط الباهت خلف المربع أو الدائرة الشهر أو السنة كلها. وحين يُستنتج التاريخ من سياق المصدر بدل أن يُذكر صراحة، تنص القائمة على أنه «مستنتج».
timeline-cannot_show =
    حدود الخط الزمني: ليس هذا تسلسلًا كاملًا للأحداث، بل ما صادف أن { $sources ->
            [zero] ذكرته المصادر
            [one] ذكره مصدر واحد
            [two] ذكره مصدران
            [few] ذكرته { WORDS($sources) } مصادر
            [many] ذكره { $sources } مصدرًا
           *[other] ذكره { $sources } مصدر
        } فقط. { $planned ->
            [zero] ولا يقع أي حدث بعد تاريخ المصدر الذي يذكره.
            [one] ويقع حدث واحد بعد تاريخ المصدر الذي يذكره، فهو خطة أو توقع يُرسم بعلامة مفرغة، لا واقعة حدثت.
            [two] ويقع حدثان بعد تاريخ المصدر الذي يذكرهما، فهما خطتان أو توقعان يُرسمان بعلامتين مفرغتين، لا واقعتان حدثتا.
            [few] وتقع { WORDS($planned) } أحداث بعد تاريخ المصدر الذي يذكرها، فهي خطط أو توقعات تُرسم بعلامات مفرغة، لا وقائع حدثت.
            [many] ويقع { $planned } حدثًا بعد تاريخ المصدر الذي يذكرها، فهي خطط أو توقعات تُرسم بعلامات مفرغة، لا وقائع حدثت.
           *[other] ويقع { $planned } حدث بعد تاريخ المصدر الذي يذكرها، فهي خطط أو توقعات تُرسم بعلامات مفرغة، لا وقائع حدثت.
        } والحدث المؤرخ بالسنة قد يقع في أي وقت منها، فلا يُعرف ترتيب الأحداث داخل السنة الواحدة.
timeline-none = لا يؤرخ أيٌّ من المصادر المنشورة حتى هذا التاريخ أي حدث.
timeline-chart_title = الأحداث بحسب الموضوع، كما تؤرخها المصادر
timeline-list_title = جميع الأحداث بحسب التاريخ
timeline-col_no = الرقم
timeline-col_date = التاريخ كما يذكره المصدر
timeline-col_event = الحدث
timeline-col_theme = الموضوع
timeline-col_source = المصدر
timeline-inferred = (مستنتج)
timeline-planned_note = (خطة معلنة بعد تاريخ المصدر)
timeline-possibility_note = (احتمال لا خطة)
timeline-possibility_note_by = (احتمال يذكره { $raised_by })
raised_by-iraqi_officials = مسؤولون عراقيون
timeline-several_sources =
    { $n ->
            [zero] لا يؤرخه أي مصدر
            [one] يؤرخه مصدر واحد
            [two] يؤرخه مصدران
            [few] يؤرخه { WORDS($n) } مصادر
            [many] يؤرخه { $n } مصدرًا
           *[other] يؤرخه { $n } مصدر
        }
timeline-hover_head = <b>{ $no }. { $label }</b><br>الموضوع: { $theme }
timeline-hover_source = <b>{ $date }</b> (دقة التاريخ: { $precision }) · { $source }
timeline-precision_word_day = اليوم
timeline-precision_word_month = الشهر
timeline-precision_word_year = السنة
timeline-legend_day = مؤرخ باليوم
timeline-legend_month = مؤرخ بالشهر
timeline-legend_year = مؤرخ بالسنة فقط
timeline-legend_several = عدة مصادر
timeline-legend_planned = خطة أو توقّع
timeline-disputed_included =
    تتضمن هذه النسخة الادعاءات المشكوك فيها. لا يُشكَّك في أي تاريخ على الخط الزمني{ $n ->
            [zero] ، ولا يعلن أي حدث فيه ادعاءً مشكوكًا فيه.
            [one] ، لكن حدثًا واحدًا هو إعلانٌ لادعاء مشكوك فيه: { $events }. ومصدر التشكيك { $disputers }.
            [two] ، لكن حدثين هما إعلانان لادعاءين مشكوك فيهما: { $events }. ومصدر التشكيك { $disputers }.
            [few] ، لكن { WORDS($n) } أحداث هي إعلانات لادعاءات مشكوك فيها: { $events }. ومصدر التشكيك { $disputers }.
            [many] ، لكن { $n } حدثًا هي إعلانات لادعاءات مشكوك فيها: { $events }. ومصدر التشكيك { $disputers }.
           *[other] ، لكن { $n } حدث هي إعلانات لادعاءات مشكوك فيها: { $events }. ومصدر التشكيك { $disputers }.
        }
timeline-disputed_left_out =
    { $n ->
            [zero] لا تستبعد هذه النسخة أي ادعاء مشكوك فيه؛ ويبقي الخط الزمني كل الأحداث المؤرخة، إذ لا يُشكَّك في أي تاريخ.
            [one] تستبعد هذه النسخة ادعاءً واحدًا مشكوكًا فيه؛ ويبقي الخط الزمني كل الأحداث المؤرخة، إذ لا يُشكَّك في أي تاريخ.
            [two] تستبعد هذه النسخة ادعاءين مشكوكًا فيهما؛ ويبقي الخط الزمني كل الأحداث المؤرخة، إذ لا يُشكَّك في أي تاريخ.
            [few] تستبعد هذه النسخة { WORDS($n) } ادعاءات مشكوكًا فيها؛ ويبقي الخط الزمني كل الأحداث المؤرخة، إذ لا يُشكَّك في أي تاريخ.
            [many] تستبعد هذه النسخة { $n } ادعاءً مشكوكًا فيه؛ ويبقي الخط الزمني كل الأحداث المؤرخة، إذ لا يُشكَّك في أي تاريخ.
           *[other] تستبعد هذه النسخة { $n } ادعاء مشكوك فيه؛ ويبقي الخط الزمني كل الأحداث المؤرخة، إذ لا يُشكَّك في أي تاريخ.
        }
timeline-notes_title = حدث واحد بعدة تواريخ

## attacks

attacks-title = داعش اليوم: الهجمات ومعدلها الشهري، ورقم يحتمل معنيين
attacks-intro =
    يرد في { $source_name } رقمان لهجمات داعش، نقلًا عن إحصاءات لا تسميها{ $attacks_origin }: { $attacks_a ->
            [zero] { $attacks_a } هجوم
            [one] هجوم واحد
            [two] هجومان
            [few] { WORDS($attacks_a) } هجمات
            [many] { $attacks_a } هجومًا
           *[other] { $attacks_a } هجوم
        } في { $period_a_prose }، و{ $attacks_b ->
            [zero] { $attacks_b } هجوم
            [one] هجوم واحد
            [two] هجومان
            [few] { WORDS($attacks_b) } هجمات
            [many] { $attacks_b } هجومًا
           *[other] { $attacks_b } هجوم
        } في { $period_b_prose }. يبدو الرقم الثاني أكبر قليلًا فحسب، لكنه يغطي { $months_b ->
            [zero] { $months_b } شهر
            [one] شهرًا واحدًا
            [two] شهرين
            [few] { WORDS($months_b) } أشهر
            [many] { $months_b } شهرًا
           *[other] { $months_b } شهر
        } مقابل { $months_a ->
            [zero] { $months_a } شهر
            [one] شهرًا واحدًا
            [two] شهرين
            [few] { WORDS($months_a) } أشهر
            [many] { $months_a } شهرًا
           *[other] { $months_a } شهر
        }. والمقارنة المنصفة هي المعدل الشهري: { $rate_pair }، أي { $ratio_words } (المعدلان محسوبان هنا، ويحتفظ كلٌّ منهما بقيد عدده، فالنسبة تقريبية).
attacks-joint =
    ويقول محللون سياسيون، بحسب { $joint_source_name } نقلًا عن { $joint_origin }، إن بيانات القيادة الأمريكية المركزية (سنتكوم) الأخيرة أشارت إلى وصول عدد العمليات المشتركة ضد داعش في الفترة نفسها ({ $joint_period }) إلى { $joint ->
            [zero] { $joint } عملية مشتركة
            [one] عملية مشتركة واحدة
            [two] عمليتين مشتركتين
            [few] { WORDS($joint, gender: "f") } عمليات مشتركة
            [many] { $joint } عمليةً مشتركة
           *[other] { $joint } عملية مشتركة
        }، أي { $joint_rate_prose } ({ $joint_source }). هذه عمليات ضد التنظيم لا هجمات منه، ولذلك يظهر الرقمان جنبًا إلى جنب في الرسوم ولا يُجمعان أبدًا.
attacks-us =
    وثمة رقم من نوع آخر: { $us_attacks ->
            [zero] { $us_attacks } هجوم
            [one] هجوم واحد
            [two] هجومان
            [few] { WORDS($us_attacks) } هجمات
            [many] { $us_attacks } هجومًا
           *[other] { $us_attacks } هجوم
        } على المواقع العسكرية الأمريكية في العراق وسوريا { $us_since }، شنتها جماعات مسلحة دربتها إيران وسلحتها ({ $us_source }). فالمهاجمون هنا غير داعش والأهداف مختلفة، ولذلك خُصص لهذا الرقم صفّ مستقل في الرسم أدناه، ولا يُضاف أبدًا إلى هجمات داعش. وتنتهي الفترة التي يغطيها عند تاريخ تقرير واشنطن بوست الذي يستند إليه التحليل ({ $us_stated })، لا عند تاريخ التحليل نفسه، ولا يُحسب له معدل شهري.
attacks-counts_paragraph = الفقرة التي تورد أرقام هجمات داعش
attacks-counts_paragraph_citing = الفقرة التي تورد أرقام هجمات داعش، نقلًا عن { $origin }،
attacks-limits = حدود هذه الأرقام: { $counts_paragraph } لا تسمّي الإحصاءات التي تستند إليها، ولا يحدد رقم الفترة الأولى هل يشمل سوريا إلى جانب العراق، بينما يشمل رقم الفترة الثانية البلدين. ويفترض المعدل الشهري أن الهجمات موزعة بالتساوي على الفترة، فلا يقول شيئًا عن شهر بعينه؛ ويحتفظ كل معدل بقيد الرقم الذي حُسب منه («نحو»، «أكثر من»).
attacks-none_yet = لا يذكر أي مصدر صادر حتى تاريخ هذه النسخة عددًا للهجمات أو العمليات: أرقام هذا الفصل ترد في مصادر لاحقة.
attacks-left_out =
    { $n ->
            [zero] لا تستبعد هذه النسخة أي ادعاء مشكوك فيه.
            [one] تستبعد هذه النسخة ادعاءً واحدًا مشكوكًا فيه.
            [two] تستبعد هذه النسخة ادعاءين مشكوكًا فيهما.
            [few] تستبعد هذه النسخة { WORDS($n) } ادعاءات مشكوكًا فيها.
            [many] تستبعد هذه النسخة { $n } ادعاءً مشكوكًا فيه.
           *[other] تستبعد هذه النسخة { $n } ادعاء مشكوك فيه.
        }
attacks-origin_clause = ، في فقرة تحيل إلى { $origin }
attacks-note = **تنبيه:** { $text }
attacks-rate_prose = { $rate } شهريًا، قيمة مشتقة
period-prose_year_inferred = { $text } (والسنة مستنتجة)
period-prose_period_inferred = { $text } (والفترة مستنتجة)
attacks-joint_rate_prose =
    بمعدل شهري محسوب قدره { $n ->
        [zero] { $n } عملية
        [one] عملية واحدة
        [two] عمليتان
        [few] { $n } عمليات
        [many] { $n } عمليةً
       *[other] { $n } عملية
    }
attacks-rate_with_noun = { $n ->
        [zero] { $rate } هجوم
        [one] { $rate } هجوم
        [two] { $rate } هجوم
        [few] { $rate } هجمات
        [many] { $rate } هجومًا
       *[other] { $rate } هجوم
    }
attacks-rate_pair =
    { $a ->
        [zero] { $a } هجوم
        [one] هجوم واحد
        [two] هجومان
        [few] { $a } هجمات
        [many] { $a } هجومًا
       *[other] { $a } هجوم
    } مقابل { $b ->
        [zero] { $b } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $b } هجمات
        [many] { $b } هجومًا
       *[other] { $b } هجوم
    } شهريًا
attacks-rate_label = { $rate } شهريًا (محسوب)
attacks-since = منذ { $date }
attacks-period_months = { $period } ({ $inferred }{ $months ->
        [zero] أقل من شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    })
attacks-inferred_prefix = مستنتج،
attacks-series_isis_attacks = هجمات داعش
attacks-series_joint_operations = العمليات المشتركة ضد داعش
attacks-series_us_positions = الهجمات على المواقع الأمريكية من جماعات مدعومة من إيران
attacks-series_isis_attacks_rate = هجمات داعش شهريًا (محسوب)
attacks-series_joint_operations_rate = العمليات المشتركة شهريًا (محسوب)
attacks-row_isis_attacks = هجمات داعش
attacks-row_joint_operations = العمليات المشتركة<br>ضد داعش
attacks-row_us_positions = الهجمات على المواقع الأمريكية<br>(جماعات مدعومة من إيران)
attacks-axis_stated = العدد كما ورد
attacks-axis_rate = المعدل الشهري (محسوب)
attacks-chart_stated = هجمات داعش والعمليات المشتركة، كما يذكرها المصدر
attacks-chart_rate = الأرقام نفسها لكل شهر (معدل محسوب)
attacks-rate_annotation = محسوب هنا: العدد مقسومًا على أشهر الفترة، مع الاحتفاظ بقيد الرقم
attacks-chart_coverage = الفترة الزمنية التي يغطيها كل رقم
attacks-open_period = (فترة مفتوحة)

## structure

structure-every_months =
    { $n ->
            [zero] كل { $n } شهر
            [one] كل شهر
            [two] كل شهرين
            [few] كل { $n } أشهر
            [many] كل { $n } شهرًا
           *[other] كل { $n } شهر
        }

## method

method-title = الملحق (ب): كيف أُعدّ هذا التقرير
method-extraction =
    أُخذ كل رقم وتاريخ ومعلومة تنظيمية في هذا التقرير من { $sources ->
        [zero] دون وثائق
        [one] وثيقة عربية واحدة
        [two] وثيقتين عربيتين
        [few] { WORDS($sources, gender: "f") } وثائق عربية
        [many] { $sources } وثيقةً عربية
       *[other] { $sources } وثيقة عربية
    } ({ $kinds })، { $dates }. وتُسجَّل كل معلومة مع مصدرها ومع اقتباس حرفي للعبارة العربية التي وردت فيها، مع الفترة التي تخصها، والجهة التي ينقل عنها المصدر إن نقل عن غيره. تُنسخ الاقتباسات من نصوص المصادر ولا تُعاد كتابتها باليد، ويُطابَق كل اقتباس بمصدره. ولكل رقم يرد في النصوص مرجع معلوم: فإما أن يُستشهد به هنا رقمًا، وإما أن يُدرج مع سببه ضمن ما ليس رقمًا دالًّا ({ $reasons }).

    لا يضيف هذا التقرير شيئًا لا تذكره المصادر إلا القيم المدرجة أدناه تحت «ما يشتقه التقرير أو يستنتجه»، وكلها محسوبة من أرقام موثّقة ومعلَّمة حيثما وردت. وحين يورد المصدر رقمًا على أنه حدّ أو تقريب، يبقى الوصف ملازمًا للرقم في كل رسم وكل جملة. وحين ينقل المصدر ادعاءً ويشكّك فيه، يُعلَّم الادعاء بأنه مشكوك فيه ويمكن إسقاطه من النسخة. ويمكن إعادة بناء التقرير كما كان السجل في تاريخ معيّن: لا يُستخدم إلا ما نُشر في ذلك التاريخ أو قبله.
method-qualifiers_heading = ماذا تعني أوصاف الأرقام
method-statuses_heading = حالات الأرقام: ما يرويه المصدر، والادعاء، والمشكوك فيه
method-limits_heading = حدود هذه البيانات
method-limits =
    { $sources ->
        [zero] لا وثائق
        [one] وثيقة واحدة
        [two] وثيقتان
        [few] وثائق هذا التقرير، وعددها { WORDS($sources, gender: "f") }،
        [many] وثائق هذا التقرير، وعددها { WORDS($sources, gender: "f") }،
       *[other] وثائق هذا التقرير، وعددها { WORDS($sources, gender: "f") }،
    } سجلٌّ ضئيل لحرب طويلة. يرد معظم الأرقام مرة واحدة في مصدر واحد، دون سبيل لمقارنته بمصدر ثانٍ. ومن بين { $facts ->
        [zero] لا أرقام
        [one] رقم واحد
        [two] رقمين
        [few] { $facts } أرقام
        [many] { $facts } رقمًا
       *[other] { $facts } رقم
    }، يخص { $unknown_periods } منها فترة لا يذكرها المصدر، و{ $inferred_periods } منها فترةً مستنتجة من عباراته فقط، ويأتي عدد منها من أطراف في النزاع. أرقام الخسائر حدود وتقريبات، فلا تُجمع هنا في مجاميع. ولا تذكر المصادر أرقامًا للضحايا المدنيين، بل عبارات عامة فقط. وغياب البيانات يعني أن المصادر لم تقل شيئًا، لا أن شيئًا لم يحدث. اقرأ الرسم على أنه ما قالته هذه المصادر، لا إحصاءً لما حدث.
method-reconciliation_heading = مواضع اتفاق المصادر واختلافها
method-reconciliation_intro = تتكرر بعض الأرقام بمعانٍ مختلفة، وتروي المصادر بعض الوقائع روايات متباينة. تبيّن هذه الملاحظات الفرق في كل حالة، ويعرض كل فصل ما يخصه منها.
method-bibliography_heading = المصادر
method-left_out =
    { $n ->
            [zero] لا تستبعد هذه النسخة أي ادعاء مشكوك فيه.
            [one] تستبعد هذه النسخة ادعاءً واحدًا مشكوكًا فيه.
            [two] تستبعد هذه النسخة ادعاءين مشكوكًا فيهما.
            [few] تستبعد هذه النسخة { WORDS($n) } ادعاءات مشكوكًا فيها.
            [many] تستبعد هذه النسخة { $n } ادعاءً مشكوكًا فيه.
           *[other] تستبعد هذه النسخة { $n } ادعاء مشكوك فيه.
        }
method-col_qualifier = الوصف
method-col_written = كما يُكتب في الرسوم
method-col_meaning = المعنى
method-col_facts = عدد الأرقام
method-col_status = الحالة
method-qualifier_meaning-exact = يورد المصدر الرقم كما هو دون وصف.
method-qualifier_meaning-about = تقريب: «نحو».
method-qualifier_meaning-nearly = قريب من الرقم، وغالبًا دونه بقليل: «ما يقرب من».
method-qualifier_meaning-estimated = تقدير لا يذكر المصدر صاحبه.
method-qualifier_meaning-at_least = حدّ أدنى: قد يكون الرقم الفعلي أكبر.
method-qualifier_meaning-more_than = أكبر من الرقم: «أكثر من».
method-qualifier_meaning-at_most = حدّ أعلى: قد يكون الرقم الفعلي أصغر.
method-qualifier_meaning-range = مدى بين رقمين.
method-status_meaning-reported = يذكره المصدر على أنه واقع، أو ينسبه إلى مسؤول أو جهة مسمّاة.
method-status_meaning-claim = يورده المصدر على أنه ادعاء طرف ما دون أن يشكّك فيه.
method-status_meaning-disputed = ادعاء ينقل المصدر نفسه تشكيك آخرين فيه، ويمكن استبعاده من النسخة.
method-date_stated = التاريخ مذكور في النص
method-date_inferred = التاريخ مستنتج من النص
method-date_unknown = دون تاريخ
method-file = الملف

## full

full-title = التحالفان في الحرب على داعش: ما تقوله المصادر المنشورة، بالأرقام والشواهد
full-subtitle =
    مقارنة التحالفين، وإنهاء مهمة التحالف الدولي، ونشاط داعش اليوم، والكلفة البشرية، كما ترويها { $sources ->
        [zero] المصادر
        [one] مصدر عربي واحد
        [two] مصدران عربيان
        [few] { WORDS($sources) } مصادر عربية
        [many] { $sources } مصدرًا عربيًا
       *[other] { $sources } مصدر عربي
    } ({ $dates })
full-built = تاريخ إعداد التقرير: { $date }
full-parameters = نطاق هذه النسخة
full-as_of = الأرقام كما وردت حتى { $date }
full-as_of_latest = الأرقام كما وردت حتى { $date } (تاريخ أحدث المصادر)
full-disputed_in = الادعاءات المشكوك فيها معروضة، وموسومة بذلك
full-disputed_out = الادعاءات المشكوك فيها غير معروضة
full-contents = المحتويات
full-evidence = الشواهد: نصوص الاقتباسات من المصادر

## ui

ui-edition_name = النسخة العربية
ui-other_edition = النسخة الإنجليزية
ui-charts = الرسوم البيانية (SVG وPNG والبيانات الموثّقة بصيغة CSV)
ui-figure = الشكل { $number }
ui-source_entries = { $count ->
        [zero] { $source }
        [one] { $source } (الشاهد { $numbers })
        [two] { $source } (الشاهدان { $numbers })
        [few] { $source } (الشواهد { $numbers })
        [many] { $source } (الشواهد { $numbers })
       *[other] { $source } (الشواهد { $numbers })
    }

## alt
alt-chart = شكل بعنوان «{ $title }». { $body }
alt-untitled = شكل
alt-empty = لا شيء يُعرض لهذا الاختيار
alt-more = { $n ->
        [zero] ولا غيرها
        [one] وواحد غيرها
        [two] واثنان غيرها
        [few] و{ $n } غيرها
        [many] و{ $n } غيرها
       *[other] و{ $n } غيرها
    }
alt-markers = { $n ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $n } أحداث
        [many] { $n } حدثًا
       *[other] { $n } حدث
    } مؤرخة من { $first } إلى { $last }، لكل موضوع صف: { $rows }
alt-values_in = القيم: { $axis }


## ui


## changes

changes-records = سجلّ كل نسخة (JSON: كل مصدر وكل صف موثّق، مع بصمة لكل منها)
changes-removed_source = مصدر لم يعد في البيانات
changes-title = التغييرات منذ النسخة السابقة
changes-first = هذه هي النسخة الأولى: لا نسخة قبلها لتُقارن بها.
changes-since = مقارنةً بالنسخة السابقة الصادرة في { $date }.
changes-since_undated = مقارنةً بالنسخة السابقة.
changes-none = لم يتغيّر أي مصدر أو رقم أو عنصر موثّق آخر.
changes-new_sources = { $n ->
    [zero] لا مصادر جديدة
    [one] مصدر جديد واحد:
    [two] مصدران جديدان:
    [few] { WORDS($n) } مصادر جديدة:
    [many] { $n } مصدرًا جديدًا:
   *[other] { $n } مصدر جديد:
}
changes-changed_sources = { $n ->
    [zero] لم يتغيّر أي مصدر
    [one] تغيّر مصدر واحد:
    [two] تغيّر مصدران:
    [few] تغيّرت { WORDS($n) } مصادر:
    [many] تغيّر { $n } مصدرًا:
   *[other] تغيّر { $n } مصدر:
}
changes-removed_sources = { $n ->
    [zero] لم يُحذف أي مصدر
    [one] حُذف مصدر واحد:
    [two] حُذف مصدران:
    [few] حُذفت { WORDS($n) } مصادر:
    [many] حُذف { $n } مصدرًا:
   *[other] حُذف { $n } مصدر:
}
changes-new_facts = { $n ->
    [zero] لا أرقام جديدة
    [one] رقم جديد واحد:
    [two] رقمان جديدان:
    [few] { WORDS($n) } أرقام جديدة:
    [many] { $n } رقمًا جديدًا:
   *[other] { $n } رقم جديد:
}
changes-changed_facts = { $n ->
    [zero] لم تتغيّر قيمة أي رقم
    [one] تغيّرت قيمة رقم واحد:
    [two] تغيّرت قيمة رقمين:
    [few] تغيّرت قيم { WORDS($n) } أرقام:
    [many] تغيّرت قيم { $n } رقمًا:
   *[other] تغيّرت قيم { $n } رقم:
}
changes-reworded_facts = { $n ->
    [zero] لم تتغيّر صياغة أي رقم
    [one] تغيّرت صياغة رقم واحد (والقيمة كما هي):
    [two] تغيّرت صياغة رقمين (والقيمة كما هي):
    [few] تغيّرت صياغة { WORDS($n) } أرقام (والقيم كما هي):
    [many] تغيّرت صياغة { $n } رقمًا (والقيم كما هي):
   *[other] تغيّرت صياغة { $n } رقم (والقيم كما هي):
}
changes-removed_facts = { $n ->
    [zero] لم يُحذف أي رقم
    [one] حُذف رقم واحد:
    [two] حُذف رقمان:
    [few] حُذفت { WORDS($n) } أرقام:
    [many] حُذف { $n } رقمًا:
   *[other] حُذف { $n } رقم:
}
changes-value_changed = كان { $old } وأصبح { $new }
changes-other_new = { $n ->
    [zero] لا عناصر موثّقة أخرى جديدة
    [one] أُضيف عنصر موثّق آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [two] أُضيف عنصران موثّقان آخران (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [few] أُضيفت { WORDS($n) } عناصر موثّقة أخرى (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [many] أُضيف { $n } عنصرًا موثّقًا آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
   *[other] أُضيف { $n } عنصر موثّق آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
}
changes-other_changed = { $n ->
    [zero] لم يتغيّر أي عنصر موثّق آخر
    [one] وتغيّر كذلك عنصر موثّق آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [two] وتغيّر كذلك عنصران موثّقان آخران (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [few] وتغيّرت كذلك { WORDS($n) } عناصر موثّقة أخرى (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [many] وتغيّر كذلك { $n } عنصرًا موثّقًا آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
   *[other] وتغيّر كذلك { $n } عنصر موثّق آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
}
changes-other_removed = { $n ->
    [zero] لم يُحذف أي عنصر موثّق آخر
    [one] حُذف عنصر موثّق آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [two] حُذف عنصران موثّقان آخران (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [few] حُذفت { WORDS($n) } عناصر موثّقة أخرى (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
    [many] حُذف { $n } عنصرًا موثّقًا آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
   *[other] حُذف { $n } عنصر موثّق آخر (من الأحداث أو الأعضاء أو تفاصيل هيكل التحالفين أو المراجع أو الملاحظات).
}

## period

period-inferred_mark = (مستنتج)
period-not_before = في { $date } أو بعده
period-unknown = الفترة غير مذكورة
period-since = منذ { $date }
period-until = حتى { $date }
period-origin_undated = { $publisher }، دون تاريخ
period-quoted_in = نقل عنهم { $source }
period-quoted_by_in = نقلت عنهم { $origin }، كما يورد { $source }
period-origin_dated = { $publisher }، { $date }
period-estimate_inferred = والتقدير يخص { $text }، وهذا مستنتج
period-citing = { $source }، نقلًا عن { $origin }
period-between = بين { $start } و{ $end }
period-inferred_in_sentence = { $text } (والفترة مستنتجة)
period-label = الفترة: { $period }
period-label_inferred = الفترة (مستنتجة): { $period }
source_name-kind_news = تقرير
source_name-kind_encyclopedia = مقالة
source_name-kind_research = الورقة البحثية
source_name-kind_analysis = التحليل
source_name-by_author_flat = { $kind } ل{ $author }، { $date }
source_name-by_author = { $kind } ل{ $author } ({ $date })
source_name-publisher_year = { $kind } { $publisher } عام { $year }
source_name-of_year = { $kind } عام { $year }
source_name-early_year = { $kind } المنشور مطلع { $year }
source_name-short_research = ورقة
source_name-short_analysis = تحليل
source_name-by_author_short = { $kind } { $surname }
source_name-early_year_short = { $kind } مطلع { $year }
source_name-after_date = { $kind } المنشور بعد { $date }
source_name-publisher_undated = { $kind } من { $publisher }
source_name-undated = { $kind } غير مؤرخ
period-inferred_after = { $text }، مستنتج
period-date_inferred_after = { $text }، بتاريخ مستنتج
period-label_when = { $name }، { $when }
period-published_not_before = { $name } نُشر في { $date } أو بعده
period-published_not_before_research = { $name } نُشرت في { $date } أو بعده
period-published_not_before_encyclopedia = { $name } نُشرت في { $date } أو بعده
period-after = بعد { $date }

## fraction

fraction-half = نصف
fraction-third = ثلث

## derive

derive-rate_value_attacks =
    { $rate ->
        [zero] { $rate } هجوم
        [one] هجوم واحد
        [two] هجومان
        [few] { $rate } هجمات
        [many] { $rate } هجومًا
       *[other] { $rate } هجوم
    } شهريًا (محسوب)
derive-rate_value_joint_operations =
    { $rate ->
        [zero] { $rate } عملية
        [one] عملية واحدة
        [two] عمليتان
        [few] { $rate } عمليات
        [many] { $rate } عمليةً
       *[other] { $rate } عملية
    } شهريًا (محسوب)
derive-ratio_prose = نحو { $times } الوتيرة السابقة
derive-ratio_prose_or_more = نحو { $times } الوتيرة السابقة أو أكثر
derive-input_isis_fighters_killed = قتلى داعش المعلَنون
derive-rate_formula = { $count } ÷ { $divisor } (عدد أشهر الفترة { $period })
derive-ratio_text = نحو { $times } الوتيرة السابقة (نسبة تقريبية محسوبة هنا، لأن كلا المعدلين يحتفظ بقيده: { $num } شهريًا مقابل { $den } شهريًا)
derive-ratio_text_or_more = نحو { $times } الوتيرة السابقة أو أكثر (نسبة تقريبية محسوبة هنا، لأن أحد المعدلين حدّ أدنى)
derive-times = { $n ->
        [zero] { $n } مرة
        [one] مرة
        [two] مرتين
        [few] { WORDS($n, gender: "f") } مرات
        [many] { $n } مرةً
       *[other] { $n } مرة
    }
derive-times_half = { $times } ونصف
derive-ratio_formula = المعدل الشهري { $num } ÷ المعدل الشهري { $den }
derive-inferred_formula = مستنتجة من عبارة المصدر «{ $words }»
derive-span_value =
    «إلا بعد { $years ->
        [zero] الآن
        [one] سنة
        [two] سنتين
        [few] { $years } سنوات
        [many] { $years } سنةً
       *[other] { $years } سنة
    }» دون نقطة بداية
derive-span_formula = لم يُحسب تاريخ نهاية: لا يذكر المصدر نقطة بداية
derive-kind-rate = معدل شهري (محسوب)
derive-kind-ratio = نسبة بين معدلين (محسوبة)
derive-kind-inferred_period = فترة (مستنتجة)
derive-kind-no_end_date = مدة بلا نقطة بداية (لم تُحسب)

## method

method-derived_heading = ما يشتقه التقرير أو يستنتجه
method-derived_intro = كل رقم في هذا التقرير تذكره المصادر، ما عدا القيم التالية. تُحسب كل منها من الأرقام الموثّقة المذكورة في العمود الأخير، وتوصف بأنها «محسوبة» أو «مستنتجة» حيثما وردت: في الرسوم وفي الجمل.
method-col_kind = النوع
method-col_value = ما يقوله التقرير
method-col_formula = طريقة الحساب
method-col_inputs = من الأرقام

## sources

sources-dates_span_sentence =
    { $n ->
        [zero] ولا مصدر منها مؤرخ
        [one] والمؤرخ منها مصدر واحد، بين { $first } و{ $last }
        [two] والمؤرخ منها مصدران، بين { $first } و{ $last }
        [few] ومن بين المصادر كلها { WORDS($n) } مؤرخة بين { $first } و{ $last }
        [many] و{ $n } مصدرًا منها مؤرخة بين { $first } و{ $last }
       *[other] و{ $n } مصدر منها مؤرخة بين { $first } و{ $last }
    }
sources-dates_year_sentence =
    { $n ->
        [zero] ولا مصدر منها مؤرخ
        [one] والمؤرخ منها مصدر واحد، في { $first }
        [two] والمؤرخ منها مصدران، في { $first }
        [few] ومن بين المصادر كلها { WORDS($n) } مؤرخة في { $first }
        [many] و{ $n } مصدرًا منها مؤرخة في { $first }
       *[other] و{ $n } مصدر منها مؤرخة في { $first }
    }
sources-undated_sentence =
    { $n ->
        [zero] ولا شيء بلا تاريخ
        [one] وواحد بلا تاريخ
        [two] واثنان بلا تاريخ
        [few] و{ $n } بلا تاريخ
        [many] و{ $n } بلا تاريخ
       *[other] و{ $n } بلا تاريخ
    }
sources-dates_aside = { $dates }، { $aside }
sources-dates_aside_dashes = { $dates }، { $aside }
sources-dates_aside_comma = { $dates }، { $aside }
sources-dates_undated = { $dates }، { $undated }
sources-dates_span =
    { $n ->
        [zero] لا شيء منها مؤرخ
        [one] واحد منها مؤرخ بين { $first } و{ $last }
        [two] اثنان منها مؤرخان بين { $first } و{ $last }
        [few] { WORDS($n) } منها مؤرخة بين { $first } و{ $last }
        [many] { $n } منها مؤرخة بين { $first } و{ $last }
       *[other] { $n } منها مؤرخة بين { $first } و{ $last }
    }
sources-dates_span_f =
    { $n ->
        [zero] لا شيء منها مؤرخ
        [one] واحدة منها مؤرخة بين { $first } و{ $last }
        [two] اثنتان منها مؤرختان بين { $first } و{ $last }
        [few] { WORDS($n, gender: "f") } منها مؤرخة بين { $first } و{ $last }
        [many] { $n } منها مؤرخة بين { $first } و{ $last }
       *[other] { $n } منها مؤرخة بين { $first } و{ $last }
    }
sources-dates_year =
    { $n ->
        [zero] لا شيء منها مؤرخ
        [one] واحد منها مؤرخ في { $first }
        [two] اثنان منها مؤرخان في { $first }
        [few] { WORDS($n) } منها مؤرخة في { $first }
        [many] { $n } منها مؤرخة في { $first }
       *[other] { $n } منها مؤرخة في { $first }
    }
sources-dates_year_f =
    { $n ->
        [zero] لا شيء منها مؤرخ
        [one] واحدة منها مؤرخة في { $first }
        [two] اثنتان منها مؤرختان في { $first }
        [few] { WORDS($n, gender: "f") } منها مؤرخة في { $first }
        [many] { $n } منها مؤرخة في { $first }
       *[other] { $n } منها مؤرخة في { $first }
    }
sources-dates_inferred =
    { $n ->
        [zero] ولم يُستنتج أي من هذه التواريخ من النص
        [one] واستُنتج تاريخ واحد منها من النص
        [two] واستُنتج تاريخا اثنين منها من النص
        [few] واستُنتجت تواريخ { WORDS($n) } منها من النص
        [many] واستُنتجت تواريخ { $n } منها من النص
       *[other] واستُنتجت تواريخ { $n } منها من النص
    }
sources-dates_inferred_f =
    { $n ->
        [zero] ولم يُستنتج أي من هذه التواريخ من النص
        [one] واستُنتج تاريخ واحدة منها من النص
        [two] واستُنتج تاريخا اثنتين منها من النص
        [few] واستُنتجت تواريخ { WORDS($n, gender: "f") } منها من النص
        [many] واستُنتجت تواريخ { $n } منها من النص
       *[other] واستُنتجت تواريخ { $n } منها من النص
    }
sources-undated =
    { $n ->
        [zero] ولا شيء بلا تاريخ
        [one] وواحد بلا تاريخ
        [two] واثنان بلا تاريخ
        [few] و{ WORDS($n) } بلا تاريخ
        [many] و{ $n } بلا تاريخ
       *[other] و{ $n } بلا تاريخ
    }
sources-undated_f =
    { $n ->
        [zero] ولا شيء بلا تاريخ
        [one] وواحدة بلا تاريخ
        [two] واثنتان بلا تاريخ
        [few] و{ WORDS($n, gender: "f") } بلا تاريخ
        [many] و{ $n } بلا تاريخ
       *[other] و{ $n } بلا تاريخ
    }

## method

method-bib_title = «{ $title }»
method-bib_described = [{ $title }]
method-bib_when = ({ $date }؛ { $how })
method-bib_undated = ({ $how })
method-author_contributor = شارك في التقرير: { $name }
method-bib_contributor = شارك في التقرير: { $name }

## exclusion_reason

exclusion_reason-reference_marker = إحالة مرجعية
exclusion_reason-date_part = جزء من تاريخ
exclusion_reason-not_a_figure = رقم لا يدل على كمية، كرقم فقرة أو سنة
exclusion_reason-repeat_of = تكرار لرقم مسجَّل

## attacks

attacks-context = ويضع التحليل نفسه هذه الهجمات في سياق تصعيد: جاءت دعوات الحكومة العراقية إلى خروج القوات الأمريكية ردًّا على غارات جوية أمريكية داخل العراق استهدفت مسلحين مدعومين من إيران كانوا يهاجمون الأفراد الأمريكيين ({ $strikes })؛ وقُتل جنود أمريكيون في شمال شرق الأردن بقصف من مليشيات عراقية موالية لإيران ({ $killed })؛ وأعلنت المليشيات إيقاف العمليات ضد القوات الأمريكية ({ $halt })، بالتزامن مع زيارة قائد فيلق القدس الإيراني إلى بغداد.
attacks-daily_ops = ويشير { $claimant } يستشهد بهم البحث نفسه إلى البيانات العديدة التي تنشرها السلطات العراقية عن عملياتها اليومية ضد التنظيم، والتي يقولون إنها تُسفر عن مقتل أو اعتقال { $range } عناصر مسلحة، دون أن يحدد النص هل ذلك في كل عملية أم في كل يوم ({ $source }؛ { $period }).

## forces

forces-commission_text = ويذكر { $source_name } أن الجولة الأولى من الحوار العراقي الأمريكي انتهت ببيان حكومي: أشرف رئيس الوزراء محمد شياع السوداني على أعمال اللجنة العسكرية العليا المشتركة بين العراق والتحالف الدولي بقيادة الولايات المتحدة لمراجعة مهمة التحالف ({ $date }).
forces-text_troops_withdrawal_argued = وجاء في { $source_name } أن سحب { $value } جندي أمريكي ينبغي ألا يخلق فراغًا أمنيًا في العراق. وتحيل تلك الفقرة إلى عرض صحفي ({ $source })، وتذكر أيضًا حكومة رئيس الوزراء محمد شياع السوداني، دون أن تقول متى ذُكر الرقم، فلا يمكن ربط الرقم بتاريخ ({ $period })؛ وهو حجم انسحاب مطروح للنقاش لا عدد الجنود الموجودين، ولذلك لا يعدّه هذا التقرير بين أعداد الجنود الموجودين.
forces-text_shia_leaders_against_withdrawal_share = ولا تريد القوى الشيعية العراقية كلها خروج الأمريكيين: يقول البحث إن { $value } القيادات الشيعية في العراق لا تريد هذا الانسحاب ({ $source }؛ { $period }).
forces-pockets_text = ولا يزال داعش يحتفظ بجيوب وخلايا صغيرة متفرقة، بحسب تقرير إخباري ({ $source })، في { $areas }.

## structure

structure-centre_standing = وتذكر المصادر أيضًا كيف خفت حضور الهيئات الرباعية. فقد قال عضو في لجنة الأمن والدفاع بالبرلمان العراقي لتقرير إخباري ({ $s003 }) إن المركز شهد في الأشهر الأخيرة فتورًا في اللقاءات وتبادل المعلومات وحتى التواصل، تحديدًا منذ استقالة حكومة عبد المهدي ({ $resigned })، وإن فاعليته الإعلامية أكثر من فاعليته الميدانية. وفي تقرير لاحق ({ $s000 }) يقول مسؤول رفيع في وزارة الدفاع العراقية إن التحالف يمكن اعتباره منذ بدء الحرب الروسية الأوكرانية تحالفًا شكليًا أو مجاملة سياسية.

## timeline

timeline-territory =
    السيطرة على الأرض هي الخلفية التي تجري عليها أحداث هذا الخط الزمني. ففي { $held_when } سيطر داعش على أراضٍ قُدّرت ب{ $third } مساحة العراق ({ $s000 })؛ وأعلنت بغداد في { $recovered } استعادتها كلها بعد حملات استمرت { $years ->
        [zero] أقل من سنة
        [one] سنة
        [two] سنتين
        [few] { WORDS($years, gender: "f") } سنوات
        [many] { $years } سنةً
       *[other] { $years } سنة
    } بدعم التحالف الدولي بقيادة الولايات المتحدة. وعلى مستوى المنطقة، تقول صفحة لوزارة الخارجية السعودية عن التحالف، تنقل عنها الورقة البحثية، إن التحالف ساعد شركاءه المحليين على طرد داعش من { $share } من الأراضي التي كانت تحت سيطرته ({ $s002 }).

## structure

structure-intro_limits_without_size = وما تسكت عنه المصادر لا يقل أهمية. فهي تسمّي { $named_states } بأسمائها ({ $names })، قائدةً أو مشاركةً في القتال أو رئيسةً لمجموعات العمل، وتكتفي في الباقي بعبارات مثل «دول أوروبية وعربية وشرق أوسطية» و«دول غربية أخرى». لذلك لا يقدّم الجدول قائمة أعضاء لا تقدّمها النصوص.
structure-named_states =
    { $named ->
        [zero] أي دولة من دول التحالف الدولي
        [one] دولة واحدة من دول التحالف الدولي
        [two] دولتين من دول التحالف الدولي
        [few] { WORDS($named, gender: "f") } دول من دول التحالف الدولي
        [many] { $named } دولة من دول التحالف الدولي
       *[other] { $named } دولة من دول التحالف الدولي
    }

## period

period-period_inferred_mark = (الفترة مستنتجة)

## attacks

attacks-rate_label_bar = { $rate } شهريًا<br>(محسوب)

## in_text
# أسماء داخل الجملة (analysis.catalogue.in_text)؛ في العربية هي الأسماء نفسها.
chair_in_text-united_states = الولايات المتحدة
chair_in_text-united_kingdom = بريطانيا
chair_in_text-netherlands = هولندا
chair_in_text-uae = الإمارات
member_in_text-united_states = الولايات المتحدة
member_in_text-united_kingdom = بريطانيا
publisher_in_text-saudi_mofa = وزارة الخارجية السعودية
claimant_in_text-quad_joint_room = غرفة التحالف الرباعي

## fix5
ui-sources_counted = { $count ->
        [zero] المصادر
        [one] المصدر
        [two] المصدران
        [few] المصادر
        [many] المصادر
       *[other] المصادر
    }
period-inferred_after_year = { $text }، والسنة مستنتجة
period-inferred_after_date = { $text }، والتاريخ مستنتج
period-inferred_after_period = { $text }، والفترة مستنتجة
period-in_range = في الفترة { $text }
period-in_point = في { $text }
period-from_to = من { $start } إلى { $end }
structure-period_aside = {" "}({ $period })
structure-label_period = { $what } ({ $period })
structure-label_every = { $what } { $count }
structure-label_each = { $what }؛ { $count } لكلٍّ منها
evidence-measure_km = { $n ->
        [zero] { $n } كيلومتر
        [one] كيلومتر واحد
        [two] كيلومترين
        [few] { $n } كيلومترات
        [many] { $n } كيلومترًا
       *[other] { $n } كيلومتر
    }
evidence-measure_hours = { $n ->
        [zero] { $n } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $n } ساعات
        [many] { $n } ساعةً
       *[other] { $n } ساعة
    }
evidence-measure_months = { $n ->
        [zero] { $n } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $n } أشهر
        [many] { $n } شهرًا
       *[other] { $n } شهر
    }
evidence-measure_years = { $n ->
        [zero] { $n } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $n } سنوات
        [many] { $n } سنةً
       *[other] { $n } سنة
    }
evidence-term_each = { $term } لكلٍّ منها
structure-box_chair_the_kingdom = «المملكة» (دون تسمية)


## stmts
# حجج المصادر (data/statements.csv؛ analysis/statements.py): المتحدثون كما تسمّيهم المصادر، وما يرونه (جملة تبدأ بـ«أنّ»)، والموضوعات، والجمل والجدول ومواضع الخلاف.
stmts-sentence_one_m = يرى { $speaker } { $argues }.
stmts-sentence_one_f = ترى { $speaker } { $argues }.
stmts-sentence_many = يرى { $speaker } { $argues }.
stmts-sentence_period_one_m = يرى { $speaker } { $argues } (الفترة: { $period }).
stmts-sentence_period_one_f = ترى { $speaker } { $argues } (الفترة: { $period }).
stmts-sentence_period_many = يرى { $speaker } { $argues } (الفترة: { $period }).
stmts-who_when = { $speaker } ({ $dates })
stmts-say_one = يقول
stmts-say_many = يقولون
stmts-disagree = تختلف المصادر في { $topic }: ففي رأي { $supporters } { $yes }، أما في رأي { $opponents } ف{ $no }.
stmts-for_quad_relevance = ما يزال للتحالف وزنه
stmts-against_quad_relevance = صار التحالف شكليًا أو شهد فتورًا في اللقاءات وتبادل المعلومات
stmts-for_quad_field_role = قدّم التحالف الكثير
stmts-against_quad_field_role = كان دوره محدودًا أو أكبر في الإعلام منه في الميدان
stmts-for_us_presence_needed = ما تزال التهديدات قائمة أو ما يزال العراق بحاجة إلى هذا الدعم
stmts-against_us_presence_needed = لم تعد هناك حاجة إلى القوات الأمريكية
stmts-col_who = المتحدث
stmts-col_argues = الرأي
stmts-col_when = الفترة
stmts-col_source = المصدر (الشاهد)
stmts-when_source = غير مذكورة
stmts-heading_quad = ما تقوله المصادر عن التحالف الرباعي
stmts-heading_quad_table =
    الحجج بشأن التحالف الرباعي بحسب المتحدث: { $n ->
        [zero] لا حجج
        [one] حجة واحدة
        [two] حجتان
        [few] { WORDS($n, gender: "f") } حجج
        [many] { $n } حجةً
       *[other] { $n } حجة
    } يسوقها { $speakers ->
        [zero] لا أحد
        [one] متحدث واحد
        [two] متحدثان
        [few] { WORDS($speakers) } متحدثين
        [many] { $speakers } متحدثًا
       *[other] { $speakers } متحدث
    }
stmts-heading_quad_table_both =
    الحجج بشأن التحالف الرباعي وبشأن شرعية التحالف الدولي، بحسب المتحدث: { $n ->
        [zero] لا حجج
        [one] حجة واحدة
        [two] حجتان
        [few] { WORDS($n, gender: "f") } حجج
        [many] { $n } حجةً
       *[other] { $n } حجة
    } يسوقها { $speakers ->
        [zero] لا أحد
        [one] متحدث واحد
        [two] متحدثان
        [few] { WORDS($speakers) } متحدثين
        [many] { $speakers } متحدثًا
       *[other] { $speakers } متحدث
    }
stmts-heading_exit = ما تقوله المصادر عن إنهاء مهمة التحالف الدولي
stmts-heading_exit_table =
    الحجج بشأن الخروج الأمريكي بحسب المتحدث: { $n ->
        [zero] لا حجج
        [one] حجة واحدة
        [two] حجتان
        [few] { WORDS($n, gender: "f") } حجج
        [many] { $n } حجةً
       *[other] { $n } حجة
    } يسوقها { $speakers ->
        [zero] لا أحد
        [one] متحدث واحد
        [two] متحدثان
        [few] { WORDS($speakers) } متحدثين
        [many] { $speakers } متحدثًا
       *[other] { $speakers } متحدث
    }
stmts-intro_quad =
    تنقل المصادر آراء مسؤولين وضباط وباحثين، وآراء مراقبين لم تُذكر أسماؤهم، في الغاية من التحالف الرباعي وما آل إليه. ويورد الجدول أدناه كل رأي مرة واحدة، ويذكر المتحدثَ كما يسمّيه مصدره، ويبقى من لم يُسمَّ دون اسم.
stmts-intro_exit =
    وفي إنهاء مهمة التحالف الدولي تعرض المصادر دوافع الخروج الأمريكي، والمسارات التي قد يسلكها الحوار، ومن يريد من العراقيين بقاء القوات الأمريكية. ويورد الجدول أدناه كل رأي مرة واحدة، ويذكر المتحدثَ كما يسمّيه مصدره.
speaker-defence_official = مسؤول رفيع في وزارة الدفاع العراقية لم يُذكر اسمه
speaker-tahsin_al_khafaji = اللواء تحسين الخفاجي، المتحدث باسم قيادة العمليات العراقية المشتركة
speaker-ahmed_al_obeidi = العقيد المتقاعد أحمد عبد الستار العبيدي
speaker-iyad_al_dulaimi = الباحث في الشأن السياسي العراقي إياد الدليمي
speaker-observers = مراقبون لم تُذكر أسماؤهم
speaker-sarmad_al_bayati = الخبير في الشؤون الأمنية العراقية سرمد البياتي
speaker-mp_security_committee = عضو في لجنة الأمن والدفاع بالبرلمان العراقي لم يُذكر اسمه
speaker-iraqi_politicians = سياسيون عراقيون لم تُذكر أسماؤهم
speaker-maxim_maximov = السفير الروسي في بغداد ماكسيم ماكسيموف
speaker-analysis_writer = كاتب التحليل غير المسمّى
speaker-mohammed_shia_al_sudani = رئيس الوزراء العراقي محمد شياع السوداني
speaker-alina_romanowski = السفيرة الأمريكية في العراق ألينا رومانوسكي
speaker-political_analysts = محللون سياسيون لا تسمّيهم الورقة
speaker-paper_author = كاتبة الورقة إلهام النجار
speaker-paper_citing = الورقة البحثية، في فقرة تنقل عن { $origin }
speaker-haidar = شخص اسمه حيدر لا تعرّف به الورقة بأكثر من ذلك
speaker-bashar_al_assad = الرئيس السوري بشار الأسد
speaker-russia = روسيا
argues-quad_syria_over_iraq = أنّ نطاق تأثير التحالف داخل سوريا أكبر بكثير منه في العراق، وأنّ العراق لم يكن سوى طرف يُستفاد منه في الخريطة السورية
argues-quad_air_bridge = أنّ روسيا وإيران اتخذتا التحالف غطاءً لاستعمال الأجواء العراقية جسرًا جويًا للدعم العسكري إلى سوريا
argues-quad_al_qaim = أنّ إعادة فتح معبر القائم جاءت بتوصية من التحالف ولغايات عسكرية، إذ سعت إيران وحلفاؤها إلى استباق القوات الأمريكية المنتشرة في التنف القريبة
argues-quad_weak_in_battle = أنّ التحالف بقي ضعيفًا أمام التحالف الدولي بقيادة الولايات المتحدة في المعارك داخل العراق
argues-quad_formality = أنّ التحالف يمكن عدّه منذ بدء الحرب الروسية الأوكرانية «تحالفًا شكليًا أو مجاملة سياسية»، وقد استغنى العراق اليوم عن أي دعم عسكري خارجي مباشر
argues-quad_still_needed = أنّ التنسيق بين الدول الأربع كبير، وأنّ وجود التحالف ما يزال مهمًّا لضرب ما تبقّى من عناصر داعش
argues-quad_army_no_dealings = أنّ وحدات الجيش العراقي وجهاز مكافحة الإرهاب، وقد تحمّلت العبء الأكبر في دحر داعش على الأرض، لم تكن على علاقة بالتحالف
argues-quad_closer_to_pmf = أنّ التحالف كان أكثر تماسًّا مع الشرطة الاتحادية والفصائل المسلحة في الحشد الشعبي
argues-quad_russia_lost_interest = أنّ روسيا، أهمّ أقطاب التحالف، لم تعد مهتمة به منذ اندلاع الحرب الروسية الأوكرانية
argues-quad_russian_reaction = أنّ أسس تشكيل التحالف كانت مبهمة، وأنه جاء في جانب منه ردَّ فعل روسيًا لمضايقة الوجود الأمريكي في العراق
argues-quad_figures_inflated = أنّ أرقام المركز عن الإحداثيات والتقارير الاستخبارية تضخيم سياسي لأهمية التحالف
argues-intl_coalition_still_needed = أنّ الحكومة العراقية ما تزال ترى حاجة فعلية إلى ما يوفّره التحالف الدولي من معلومات أمنية واستخبارية
argues-centre_still_working = أنّ العمل ما يزال مستمرًّا في المركز المشترك في بغداد
argues-centre_gave_much = أنّ المركز قدّم الكثير في محاربة الإرهاب بما وفّره من سيل من المعلومات
argues-centre_cooled = أنّ المركز شهد فتورًا في اللقاءات وتبادل المعلومات وحتى التواصل منذ استقالة حكومة عبد المهدي
argues-centre_media_over_field = أنّ فاعلية المركز في الإعلام أكبر منها في الميدان، وأنّ ملف داعش مهمة أمريكية عراقية بالدرجة الأولى
argues-centre_us_obstacles = أنّ عراقيل أمريكية حالت دون أن يجد المركز لنفسه مكانًا في الخارطة العراقية
argues-centre_purpose_info = أنّ الغرض الرئيس من عمل المركز تبادل المعلومات آنيًّا وتنسيق الإجراءات بين العسكريين الروس والعراقيين والإيرانيين والسوريين
argues-exit_militia_pressure = أنّ الدافع الأبرز إلى الحوار بشأن إنهاء الوجود الأمريكي تزايدُ ضغط القوى والمليشيات الموالية لإيران
argues-exit_iran_sees_chance = أنّ إيران وأذرعها في العراق ترى الظروف السياسية والعسكرية ملائمة للضغط المكثف على الوجود الأمريكي
argues-exit_sudani_compelled = أنّ حكومة السوداني، وهي بحسب مراقبين الأقل قدرة بين الحكومات السابقة على الموازنة بين الولايات المتحدة وإيران، ترى نفسها مضطرة إلى مسايرة المليشيات
argues-exit_us_risk_election = أنّ واشنطن ترى في هذه الظروف عاملًا دائمًا يهدد قواتها في العراق وقد يجرّها إلى حرب مفتوحة مع المليشيات الموالية لإيران
argues-scenario_security_cooperation = أنّ الحوار، في سيناريو أول، قد يمضي وفق مراحل متفق عليها فتتحول العلاقة بين التحالف الدولي والحكومة العراقية من علاقة عسكرية إلى تعاون أمني
argues-scenario_escalation = أنّ جولات الحوار، في سيناريو ثانٍ، قد تنتهي بعد أن تحسم واشنطن ردّها على مقتل جنودها في شمال شرق الأردن، فتشنّ غارات جوية على المليشيات ويعقب ذلك تصعيد مفتوح
argues-scenario_talks_until_election = أنّ جولات الحوار، في سيناريو ثالث، قد تستمر دون أن تغيّر شيئًا على الأرض حتى انتهاء الانتخابات الأمريكية، وحينها سيُقال إن الوجود الأمريكي في العراق ضروري
argues-scenario_kurdistan = أنّ جولات الحوار، في سيناريو رابع، قد تنتهي بعد التطورات الأخيرة التي أودت بجنود أمريكيين، فتنسحب القوات نحو إقليم كردستان العراق
argues-no_need_for_us_forces = أنّه لم تعد هناك حاجة إلى القوات الأمريكية في العراق بعد أن نجحت في هزيمة داعش
argues-threats_remain = أنّ التهديدات لأمن العراق واستقراره وسيادته ما تزال قائمة
argues-joint_ops_show_need = أنّ عدد العمليات المشتركة ضد داعش دليل على أنّ العراق ما يزال بحاجة إلى الدعم العسكري الأمريكي
argues-pm_reassures_factions = أنّ رئيس الوزراء يريد ببياناته الرسمية طمأنة الفصائل المسلحة العاملة خارج سلطة الدولة
argues-withdrawal_call_political = أنّ للدعوة العراقية الرسمية إلى الانسحاب بعدًا سياسيًا لا أمنيًا، بفعل ضغوط الفصائل المسلحة العراقية الموالية لإيران
argues-shia_half_oppose_exit = أنّ نصف القيادات الشيعية في العراق لا تريد الانسحاب الأمريكي
argues-kurds_fear_exit = أنّ الكرد يخشون الانسحاب لأن الوجود الأمريكي يردع الفصائل المسلحة ويحمي إقليم كردستان من هجمات مقبلة
argues-sunnis_fear_exit = أنّ السنّة يخشون تغلغل النفوذ الشيعي والإيراني في مناطقهم إن انسحبت القوات الأمريكية
argues-camps_may_explode = أنّ انسحاب القوات دون معالجة الحواضن الإرهابية، ولا سيما مخيم الهول السوري ومخيم روج، قد يجعلها تنفجر في أي لحظة
argues-camps_time_bomb = أنّ معسكرَي الهول وروج في شمال سوريا قنبلة موقوتة وحاضنة لجيل جديد من الجهاديين
argues-intl_coalition_double_standard = أنّ الولايات المتحدة وحلفاءها لا يستطيعون محاربة الإرهاب فيما يدعم أقرب حلفائهم، حكومة أردوغان في تركيا، الإرهابيين
argues-intl_coalition_no_mandate = أنّ نشاطات التحالف الدولي غير شرعية لأنها بلا تفويض أممي ولا طلب من الحكومة السورية
topic-quad_purpose = الغاية من التحالف الرباعي
topic-quad_relevance = بقاء التحالف الرباعي فاعلًا
topic-quad_field_role = دور التحالف الرباعي في قتال داعش
topic-quad_claims = أرقام التحالف الرباعي
topic-us_exit_drivers = دوافع الخروج الأمريكي من العراق
topic-dialogue_scenarios = المسارات المحتملة للحوار العراقي الأمريكي
topic-us_presence_needed = حاجة العراق إلى دعم الولايات المتحدة والتحالف الدولي
topic-isis_camps = مخيما الهول وروج
topic-intl_coalition_legitimacy = شرعية التحالف الدولي
topic-withdrawal_fears = مخاوف القوى العراقية من الانسحاب الأمريكي
stmts-for_intl_coalition_legitimacy = عمليات التحالف الدولي مشروعة
stmts-against_intl_coalition_legitimacy = عملياته غير مشروعة
# المتحدث مجرورًا بعد حرف جر أو مضاف («في رأي محللين سياسيين»)
speaker_genitive-observers = مراقبين لم تُذكر أسماؤهم
speaker_genitive-iraqi_politicians = سياسيين عراقيين لم تُذكر أسماؤهم
speaker_genitive-political_analysts = محللين سياسيين لا تسمّيهم الورقة
stmts-entry_speaker = بحسب { $speaker }


## front

findings-title = أبرز النتائج
findings-intro = خلاصة ما يُظهره السجل. تقوم كل نتيجة على الشواهد المرقّمة المذكورة تحتها، وأرقامها مأخوذة من تلك الشواهد بالقيود التي تضعها المصادر عليها.
findings-none = لا تقوم أي نتيجة على مصادر منشورة حتى تاريخ هذه النسخة وحدها.
findings-left_out =
    { $n ->
        [zero] لم تُستبعد أي نتيجة من هذه النسخة.
        [one] استُبعدت نتيجة واحدة من هذه النسخة: أحد الصفوف التي تقوم عليها ورد بعد تاريخ النسخة، أو هو ادعاء مشكوك فيه لا تعرضه النسخة.
        [two] استُبعدت نتيجتان من هذه النسخة: في كلٍّ منهما صفّ ورد بعد تاريخ النسخة، أو ادعاء مشكوك فيه لا تعرضه النسخة.
        [few] استُبعدت { $n } نتائج من هذه النسخة: في كلٍّ منها صفّ ورد بعد تاريخ النسخة، أو ادعاء مشكوك فيه لا تعرضه النسخة.
        [many] استُبعدت { $n } نتيجةً من هذه النسخة: في كلٍّ منها صفّ ورد بعد تاريخ النسخة، أو ادعاء مشكوك فيه لا تعرضه النسخة.
       *[other] استُبعدت { $n } نتيجة من هذه النسخة: في كلٍّ منها صفّ ورد بعد تاريخ النسخة، أو ادعاء مشكوك فيه لا تعرضه النسخة.
    }
finding-after_evidence =
    { $n ->
        [zero] تنتهي المصادر عند { $latest }.
        [one] تنتهي المصادر عند { $latest }، فلا تُخبر إن كان ما خُطّط له قد تحقق ({ $dates }).
        [two] تنتهي المصادر عند { $latest }، فلا تُخبر إن كان ما خُطّط له قد تحقق ({ $dates }).
        [few] تنتهي المصادر عند { $latest }، فلا تُخبر إن كان ما خُطّط له قد تحقق ({ $dates }).
        [many] تنتهي المصادر عند { $latest }، فلا تُخبر إن كان ما خُطّط له قد تحقق ({ $dates }).
       *[other] تنتهي المصادر عند { $latest }، فلا تُخبر إن كان ما خُطّط له قد تحقق ({ $dates }).
    }
finding-KF01 = أعلنت روسيا وإيران والعراق وسوريا تشكيل تحالف رباعي ضد داعش في { $E002 }، وعُقد آخر اجتماع معلن له في بغداد في { $E009 }، بحسب { $E009_source }.
finding-KF02 = في عام { $E005 } أعلنت غرفة عمليات التحالف الرباعي أنها قتلت خلال أربع سنوات في سوريا والعراق { $F004 ->
        [zero] { $F004 } من عناصر داعش
        [one] عنصرًا واحدًا من عناصر داعش
        [two] عنصرين من عناصر داعش
        [few] { $F004 } من عناصر داعش
        [many] { $F004 } من عناصر داعش
       *[other] { $F004 } من عناصر داعش
    }، { $F005 ->
        [zero] ليس بينهم قيادي
        [one] بينهم قيادي واحد
        [two] بينهم قياديان
        [few] بينهم { $F005 } قياديين
        [many] بينهم { $F005 } قياديًا
       *[other] بينهم { $F005 } قيادي
    }؛ ويذكر التقرير نفسه أن هذا الإعلان لاقى ردود فعل مشككة وأخرى انتقدت مزايدة التحالف.
finding-KF03 = أعلن الرئيس الأمريكي باراك أوباما تشكيل التحالف الدولي ضد داعش في { $E017 }، وشاركت فيه { $F016 ->
        [zero] { $F016 } دولة
        [one] دولة واحدة
        [two] دولتان
        [few] { $F016 } دول
        [many] { $F016 } دولةً
       *[other] { $F016 } دولة
    }؛ وبحسب { $F022_source }، ساعد التحالف شركاءه المحليين على طرد داعش من { $F022 } من الأراضي التي كان يسيطر عليها في المنطقة.
finding-KF04 = قال مسؤولون أمريكيون إن الاتفاق بين بغداد وواشنطن يؤدي إلى انتقال { $F024 ->
        [zero] دون مراحل
        [one] على مرحلة واحدة
        [two] على مرحلتين
        [few] على { $F024 } مراحل
        [many] على { $F024 } مرحلةً
       *[other] على { $F024 } مرحلة
    }: في الأولى، التي تستمر حتى { $E018 }، تنتهي مهمة التحالف الدولي، وفي الثانية تواصل الولايات المتحدة العمل من العراق بطريقةٍ ما حتى { $E019 } لدعم العمليات ضد داعش في سوريا.{ $after }
finding-KF05 = بحسب إحصاءات تنقلها { $F029_source }، نفّذ داعش { $F030 ->
        [zero] { $F030 } هجوم
        [one] هجومًا واحدًا
        [two] هجومين
        [few] { $F030 } هجمات
        [many] { $F030 } هجومًا
       *[other] { $F030 } هجوم
    } في { $F030_period }، و{ $F029 } { $F029_between }: أي بمعدل { $rate_F030 ->
        [zero] { $rate_F030 } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_F030 } هجمات
        [many] { $rate_F030 } هجومًا
       *[other] { $rate_F030 } هجوم
    } شهريًا مقابل { $rate_F029 ->
        [zero] { $rate_F029 } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_F029 } هجمات
        [many] { $rate_F029 } هجومًا
       *[other] { $rate_F029 } هجوم
    } شهريًا (معدلان محسوبان هنا: العدد ÷ عدد الأشهر). ولا يصحّ القول بالتصاعد إلا إذا غطّى الرقمان المنطقة نفسها: فالرقم الأحدث يشمل العراق وسوريا، والأقدم لا يحدد ذلك.
finding-KF06 = ليست كل الهجمات المُحصاة هجمات لداعش: فقد تعرّضت المواقع العسكرية الأمريكية في العراق وسوريا للهجوم { $F032 ->
        [zero] { $F032 } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $F032 } مرات
        [many] { $F032 } مرةً
       *[other] { $F032 } مرة
    } { $F032_between } على أيدي جماعات مسلحة دربتها إيران وسلّحتها، بحسب { $F032_source }.
finding-KF07 = لم ينتهِ داعش: بحسب { $F035_source }، قدّر مسؤول عسكري أمريكي كبير أن { $F035 ->
        [zero] { $F035 } من مقاتليه ما زالوا طلقاء
        [one] مقاتلًا واحدًا من مقاتليه ما زال طليقًا
        [two] مقاتلَين من مقاتليه ما زالا طليقَين
        [few] { $F035 } من مقاتليه ما زالوا طلقاء
        [many] { $F035 } من مقاتليه ما زالوا طلقاء
       *[other] { $F035 } من مقاتليه ما زالوا طلقاء
    } في العراق وسوريا في { $F035_period }؛ وفي الوقت نفسه أفاد مسؤولو البنتاغون بأن للولايات المتحدة { $F033 ->
        [zero] { $F033 } جندي
        [one] جنديًا واحدًا
        [two] جنديين
        [few] { $F033 } جنود
        [many] { $F033 } جنديًا
       *[other] { $F033 } جندي
    } في العراق و{ $F034 } في سوريا.
finding-KF08 = من القوى التي قاتلت داعش، قُتل { $F021 } من القوات العراقية و{ $F017 } من مقاتلي قوات سوريا الديمقراطية و{ $F019 } من البشمركة، بحسب أرقام تنقلها { $F021_source }، دون أن تذكر الفترة التي تغطيها.
evidence-title = قاعدة الأدلة: المصادر وحدودها
evidence-limits =
    يقوم هذا التقرير على { $sources ->
        [zero] لا نصوص
        [one] نص واحد
        [two] نصّين
        [few] { WORDS($sources) } نصوص
        [many] { $sources } نصًّا
       *[other] { $sources } نص
    }: { $kinds }{ $languages }. { $dates_sentence }؛ ولا يُعرف هنا شيء بعد { $latest }، تاريخ أحدثها. ومعظم الأرقام منقولة: { $second_hand } من { $facts ->
        [zero] الأرقام
        [one] رقم واحد
        [two] رقمين
        [few] { $facts } أرقام
        [many] { $facts } رقمًا
       *[other] { $facts } رقم
    } يستشهد بها التقرير ينقلها المصدر عن وسيلة إعلام يحيل إليها أو عن مسؤول أو طرف أو إحصاءات لا يسمّي صاحبها، ولم يُحصِها بنفسه؛ و{ $unknown_periods } منها لا تذكر الفترة التي تغطيها، و{ $disputed ->
        [zero] لا ادعاءات
        [one] واحد منها ادعاء
        [two] اثنان منها ادعاءان
        [few] { WORDS($disputed) } منها ادعاءات
        [many] { $disputed } منها ادعاءً
       *[other] { $disputed } منها ادعاء
    } تشكك فيها المصادر نفسها. وليس بين هذه النصوص مجموعة بيانات رسمية، وسجلٌّ بهذه الضآلة يكفي لرسم الخطوط العامة لا لاستخلاص اتجاهات: وحيث يقارن التقرير بين رقمين يبيّن ما يعدّه كلٌّ منهما.
evidence-all_arabic = ، وكلها بالعربية
evidence-table_heading = المصادر
evidence-table_caption = المصادر من الأقدم إلى الأحدث؛ ويعدّ العمودان الأخيران الأرقامَ والاقتباسات التي يستشهد بها هذا التقرير من كل مصدر.
evidence-col_what = المصدر
evidence-col_publisher = الناشر أو الكاتب
evidence-col_date = التاريخ وكيف عُرف
evidence-col_covers = ما يتناوله
evidence-col_figures = الأرقام المستشهد بها
evidence-col_quotes = الاقتباسات المستشهد بها
evidence-not_stated = غير مذكور
evidence-date_how = { $date } ({ $how })
evidence-date_ground = { $how }: «{ $ground }»
source_about-S000 = تقرير إخباري عن التحالف الرباعي بين روسيا وإيران والعراق وسوريا بعد قرابة ثماني سنوات على تأسيسه
source_about-S001 = مقالة موسوعية عن تحالف روسيا وسوريا وإيران والعراق
source_about-S002 = ورقة بحثية (وحدة الإرهاب والتطرف): «اتفاقٌ ثنائي بين بغداد وواشنطن… هل تستغلُ الجماعات الإرهابية انسحاب “التحالف الدولي” لعودة نشاطها العملياتي؟»
source_about-S003 = تقرير إخباري: المركز المشترك للتحالف الرباعي في بغداد ما زال يعمل
source_about-S004 = تحليل للجولة الأولى من الحوار العراقي الأمريكي بشأن إنهاء مهمة التحالف
source_covers-S000 = تأسيس التحالف الرباعي، وغرفة عملياته ومركز معلوماته في بغداد، وما أعلنه من قتلى ومعلومات استخبارية (ويذكر النص أنها قوبلت بالتشكيك)، والحدود العراقية السورية، وآخر اجتماع معلن له؛ وآراء ضباط ومسؤولين عراقيين وباحث وخبير أمني
source_covers-S001 = كيف أُنشئ التحالف الرباعي ومركز معلوماته: تداول الرئاسة، وعدد الموظفين من كل دولة، ومواقف الأحزاب العراقية
source_covers-S002 = أعضاء التحالف الدولي ومجموعات عمله، وخسائر القوى التي قاتلت داعش، واتفاق إنهاء مهمة التحالف ومراحله، والعمليات المشتركة وهجمات داعش، ومواقف القوى العراقية من الانسحاب، والمخيمات؛ وكثير من أرقامها منقول عن مراجعها المرقّمة
source_covers-S003 = الاجتماعات الشهرية للمركز المشترك ومن يرأسها، بعد تغيّر الحكومة في بغداد؛ ورأي نائب في البرلمان
source_covers-S004 = الجولة الأولى من الحوار، وهجمات الجماعات المدعومة من إيران على المواقع الأمريكية، والقوات الأمريكية في العراق وسوريا، ومقاتلو داعش الطلقاء
conclusion-title = خاتمة: ما يدعمه السجل وما لا يُثبته
conclusion-supports_heading = ما يدعمه السجل
conclusion-supports = إذا قُرئت { $sources ->
        [zero] النصوص
        [one] النص الواحد
        [two] النصّان معًا
        [few] النصوص ال{ WORDS($sources) } معًا
        [many] النصوص الـ{ $sources } معًا
       *[other] النصوص الـ{ $sources } معًا
    } دعمت { $findings ->
        [zero] النتائج
        [one] النتيجة الواردة
        [two] النتيجتين الواردتين
        [few] النتائج ال{ WORDS($findings, gender: "f") } الواردة
        [many] النتائج الـ{ $findings } الواردة
       *[other] النتائج الـ{ $findings } الواردة
    } في مطلع هذا التقرير: { $topics }. وتقوم كل منها على صفوف مقتبسة، بتواريخها وقيودها كما تذكرها مصادرها. وما يدعمه السجل هو الخطوط العامة للأحداث ولما قاله المسؤولون والمحللون ووسائل الإعلام، لا اتجاه مقيس: فكل رقم فيه هو إحصاء طرف واحد أو وسيلة إعلام واحدة.
conclusion-cannot_heading = ما لا يُثبته السجل
conclusion-after =
    { $n ->
        [zero] لا شيء مما خُطّط له يقع بعد { $latest }، تاريخ أحدث المصادر.
        [one] هل نُفّذ ما خُطّط له بعد { $latest }، تاريخ أحدث المصادر: فالمصادر تنتهي عنده، وثمة خطة أو موعد واحد يقع بعده ({ $dates }).
        [two] هل نُفّذ ما خُطّط له بعد { $latest }، تاريخ أحدث المصادر: فالمصادر تنتهي عنده، وثمة خطتان أو موعدان يقعان بعده ({ $dates }).
        [few] هل نُفّذ ما خُطّط له بعد { $latest }، تاريخ أحدث المصادر: فالمصادر تنتهي عنده، و{ WORDS($n) } من الخطط أو المواعيد تقع بعده ({ $dates }).
        [many] هل نُفّذ ما خُطّط له بعد { $latest }، تاريخ أحدث المصادر: فالمصادر تنتهي عنده، و{ $n } من الخطط أو المواعيد تقع بعده ({ $dates }).
       *[other] هل نُفّذ ما خُطّط له بعد { $latest }، تاريخ أحدث المصادر: فالمصادر تنتهي عنده، و{ $n } من الخطط أو المواعيد تقع بعده ({ $dates }).
    }
conclusion-civilians = كم مدنيًّا قُتل: لا يذكر أي مصدر رقمًا، بل عبارات عامة فقط.
conclusion-attacks_area = هل تصاعدت هجمات داعش فعلًا: أحد الإحصاءين لا يحدد المنطقة التي يغطيها، فقد لا يصحّ قياس أحدهما على الآخر.
conclusion-periods = إلى أي فترة يعود { $unknown ->
        [zero] الأرقام
        [one] رقم واحد
        [two] رقمان
        [few] { WORDS($unknown) } أرقام
        [many] { $unknown } رقمًا
       *[other] { $unknown } رقم
    } من { $facts ->
        [zero] الأرقام المستشهد بها
        [one] رقم واحد مستشهد به
        [two] رقمين مستشهد بهما
        [few] { $facts } أرقام مستشهد بها
        [many] { $facts } رقمًا مستشهدًا بها
       *[other] { $facts } رقم مستشهد بها
    }: فمصادرها لا تذكر الفترة التي تغطيها.
conclusion-disputed = هل { $disputed ->
        [zero] الادعاءات المشكوك فيها صحيحة
        [one] الادعاء المشكوك فيه صحيح
        [two] الادعاءان المشكوك فيهما صحيحان
        [few] الادعاءات ال{ WORDS($disputed) } المشكوك فيها صحيحة
        [many] الادعاءات الـ{ $disputed } المشكوك فيها صحيحة
       *[other] الادعاءات الـ{ $disputed } المشكوك فيها صحيحة
    }: لا شيء في السجل يتحقق منها، والنص الذي ينقلها ينقل معها الشكوك فيها.
conclusion-thin = كل ما لا تتناوله { $sources ->
        [zero] النصوص
        [one] النص الواحد
        [two] النصّان
        [few] النصوص ال{ WORDS($sources) }
        [many] النصوص الـ{ $sources }
       *[other] النصوص الـ{ $sources }
    }: فالسجل { $kinds }، لا إحصاءات رسمية؛ ورواية أوفى تحتاج إلى الرجوع إلى وسائل الإعلام وتصريحات المسؤولين التي تنقل عنها هذه النصوص، في مصادرها الأولى.
finding_topic-KF01 = تأسيس التحالف الرباعي وآخر اجتماع معلن له
finding_topic-KF02 = ادعاؤه المشكوك فيه عن قتلى داعش
finding_topic-KF03 = حجم التحالف الدولي وما حققه
finding_topic-KF04 = الاتفاق على انتقال مرحلي تنتهي فيه مهمة التحالف الدولي
finding_topic-KF05 = التصاعد الظاهر في هجمات داعش بين الإحصاءين، إن كانا يغطيان المنطقة نفسها
finding_topic-KF06 = الإحصاء المنفصل للهجمات على المواقع الأمريكية
finding_topic-KF07 = مقاتلو داعش الطلقاء والقوات الأمريكية الباقية
finding_topic-KF08 = خسائر القوى التي قاتلت داعش
full-evidence_up_to = الأدلة حتى { $date }
full-publisher = تقارير التحالفات: ما نُشر عن التحالفات ضد داعش، موثّقًا بمصادره، بالعربية والإنجليزية
full-abstract_title = ملخص
full-abstract = قاتل تحالفان داعش في العراق وسوريا: التحالف الدولي بقيادة الولايات المتحدة، والتحالف الرباعي الذي يضم روسيا وإيران والعراق وسوريا. يعرض هذا التقرير ما تقوله عنهما { $sources ->
        [zero] النصوص العربية
        [one] نص عربي واحد
        [two] نصّان عربيان
        [few] { WORDS($sources) } نصوص عربية
        [many] { $sources } نصًّا عربيًّا
       *[other] { $sources } نص عربي
    }، أحدثها مؤرخ في { $latest }: كيف بُني كلٌّ منهما، وكيف اتُّفق على إنهاء مهمة التحالف الدولي، وما الذي لا يزال داعش يفعله، وما كلّفته الحربُ القوى التي قاتلته. { $findings ->
        [zero] وتبيّن خاتمته
        [one] ويُفتتح بنتيجة رئيسية واحدة، وتبيّن خاتمته
        [two] ويُفتتح بنتيجتين رئيسيتين، وتبيّن خاتمته
        [few] ويُفتتح ب{ WORDS($findings, gender: "f") } نتائج رئيسية، وتبيّن خاتمته
        [many] ويُفتتح بـ{ $findings } نتيجةً رئيسية، وتبيّن خاتمته
       *[other] ويُفتتح بـ{ $findings } نتيجة رئيسية، وتبيّن خاتمته
    } ما يدعمه السجل وما لا يُثبته. وكل رقم فيه مقتبس من مصدره، مع قيده وفترته وصاحب الادعاء.


## figs
# Numbered figures and tables (analysis.numbering): the label, then the title that states the finding.
ui-table = الجدول { $number }
ui-numbered_title = { $label }: { $title }
# The evidence list: entries stand under their source's name; an entry names only the outlet its source cites.
evidence-citing = نقلًا عن { $origin }
evidence-translations_ours = ترجمات الاقتباسات العربية إلى الإنكليزية من عملنا.
# One standard of doubt (analysis.doubt): whose figures each figure and table shows, and what its patterns mean.
doubt-whose = مصدر الأرقام: { $list }
doubt-whose_party = { $who } (طرف في النزاع)
doubt-whose_iraqi_lawmaker = { $who } (نائب عراقي)
# اسم المدّعي نفسه يقول «مسؤول عراقي»
doubt-whose_iraqi_official = { $who }
doubt-whose_claim = { $who } (ادعاء)
doubt-whose_disputed = { $who } (شكّك فيها { $by })
doubt-whose_quoted_by = { $origin }، كما تنقلها { $by }
doubt-whose_via = { $who }، نقلًا عن { $origin }
doubt-legend_party = منقّط: رقم يقدّمه طرف في النزاع
doubt-legend_disputed = بخطوط مائلة: رقم تذكر المصادر أنه موضع خلاف
# Structure: lists as tables, each titled by what it shows.
structure-col_role = الدور
structure-col_members = الدول والجهات
structure-col_group = مجموعة العمل
structure-col_chairs = تترأسها
structure-col_aspect = الجانب
structure-col_said = ما تقوله المصادر
structure-col_party = الطرف أو الشخصية
structure-col_kind = الصفة
structure-col_stance = الموقف من الاتفاق
structure-table_coalitions =
    تحالفان، أحدهما دولي من { $intl_size ->
        [zero] بلا دول
        [one] دولة واحدة
        [two] دولتان
        [few] { $intl_size } دول
        [many] { $intl_size } دولةً
       *[other] { $intl_size } دولة
    } بقيادة { $leader }، والآخر رباعي يضم { $quad_members }
structure-table_working_groups =
    { $announced ->
        [zero] لم يُعلَن عن أي مجموعة عمل
        [one] أُعلن عن مجموعة عمل واحدة
        [two] أُعلن عن مجموعتَي عمل
        [few] أُعلن عن { WORDS($announced, gender: "f") } مجموعات عمل
        [many] أُعلن عن { $announced } مجموعةَ عمل
       *[other] أُعلن عن { $announced } مجموعة عمل
    } وعُدِّدت { $listed ->
        [zero] لا شيء
        [one] واحدة
        [two] اثنتان
        [few] { WORDS($listed, gender: "f") }
        [many] { $listed }
       *[other] { $listed }
    }، { $top_n ->
        [zero] ولا تشارك { $top } في رئاسة أيٍّ منها
        [one] تشارك { $top } في رئاسة واحدة منها
        [two] تشارك { $top } في رئاسة اثنتين منها
        [few] تشارك { $top } في رئاسة { WORDS($top_n, gender: "f") } منها
        [many] تشارك { $top } في رئاسة { $top_n } منها
       *[other] تشارك { $top } في رئاسة { $top_n } منها
    }
structure-table_working_groups_listed =
    { $listed ->
        [zero] لم تُسمَّ أي مجموعة عمل
        [one] سُمّيت مجموعة عمل واحدة
        [two] سُمّيت مجموعتا عمل
        [few] سُمّيت { $listed } مجموعات عمل
        [many] سُمّيت { $listed } مجموعةَ عمل
       *[other] سُمّيت { $listed } مجموعة عمل
    }؛ { $top_n ->
        [zero] ولا تشارك { $top } في رئاسة أيٍّ منها
        [one] وتشارك { $top } في رئاسة واحدة منها
        [two] وتشارك { $top } في رئاسة اثنتين منها
        [few] وتشارك { $top } في رئاسة { $top_n } منها
        [many] وتشارك { $top } في رئاسة { $top_n } منها
       *[other] وتشارك { $top } في رئاسة { $top_n } منها
    }
structure-table_centre =
    مركز تبادل المعلومات كما { $sources ->
        [zero] لا يصفه أي مصدر
        [one] يصفه مصدر واحد
        [two] يصفه مصدران
        [few] تصفه { WORDS($sources) } مصادر
        [many] يصفه { $sources } مصدرًا
       *[other] يصفه { $sources } مصدر
    }، جانبًا تلو الآخر{ $disputed ->
        [zero] {""}
        [one] ؛ والرقم الذي يعلنه عن حصيلة عمله موضع خلاف
        [two] ؛ والرقمان اللذان يعلنهما عن حصيلة عمله موضع خلاف
        [few] ؛ والأرقام التي يعلنها عن حصيلة عمله موضع خلاف
        [many] ؛ والأرقام التي يعلنها عن حصيلة عمله موضع خلاف
       *[other] ؛ والأرقام التي يعلنها عن حصيلة عمله موضع خلاف
    }
structure-table_seats = اتخذ المركز مقرّه أولًا في { $first }، ثم في { $then }
structure-table_stances =
    مواقف الأطراف والشخصيات العراقية من الاتفاق: { $n_for ->
        [zero] لا مؤيد
        [one] مؤيد واحد
        [two] مؤيدان
        [few] { WORDS($n_for) } مؤيدين
        [many] { $n_for } مؤيدًا
       *[other] { $n_for } مؤيد
    } و{ $n_against ->
        [zero] لا رافض
        [one] رافض واحد
        [two] رافضان
        [few] { WORDS($n_against) } رافضين
        [many] { $n_against } رافضًا
       *[other] { $n_against } رافض
    }
# Figure titles that state the finding.
casualties-killed_item = { $force }: { $count }
casualties-chart_forces_finding_wounded =
    قتلى الحرب على داعش وجرحاها كما { $sources ->
        [zero] لا يعدّهم أي مصدر
        [one] يعدّهم مصدر واحد
        [two] يعدّهم مصدران
        [few] تعدّهم { $sources } مصادر
        [many] يعدّهم { $sources } مصدرًا
       *[other] يعدّهم { $sources } مصدر
    }. القتلى: { $killed }
casualties-chart_forces_finding =
    قتلى القوى المقاتلة وجرحاها كما { $sources ->
        [zero] لا يعدّهم أي مصدر
        [one] يعدّهم مصدر واحد
        [two] يعدّهم مصدران
        [few] تعدّهم { $sources } مصادر
        [many] يعدّهم { $sources } مصدرًا
       *[other] يعدّهم { $sources } مصدر
    }: { $killed }
attacks-chart_rate_finding =
    هجمات داعش شهريًا (محسوبة): { $rate_a ->
        [zero] { $rate_a } هجوم
        [one] هجوم واحد
        [two] هجومان
        [few] { $rate_a } هجمات
        [many] { $rate_a } هجومًا
       *[other] { $rate_a } هجوم
    } في { $period_a } و{ $rate_b ->
        [zero] { $rate_b } هجوم
        [one] هجوم واحد
        [two] هجومان
        [few] { $rate_b } هجمات
        [many] { $rate_b } هجومًا
       *[other] { $rate_b } هجوم
    } في { $period_b }، إن كان العددان يغطيان المنطقة نفسها{ $joint_note }
attacks-chart_rate_rose =
    ارتفعت هجمات داعش من { $rate_a ->
        [zero] { $rate_a } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_a } هجمات
        [many] { $rate_a } هجومًا
       *[other] { $rate_a } هجوم
    } شهريًا في { $period_a } إلى { $rate_b ->
        [zero] { $rate_b } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_b } هجمات
        [many] { $rate_b } هجومًا
       *[other] { $rate_b } هجوم
    } شهريًا في { $period_b } (محسوبة)، إن كان العددان يغطيان المنطقة نفسها{ $joint_note }
attacks-chart_rate_fell =
    تراجعت هجمات داعش من { $rate_a ->
        [zero] { $rate_a } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_a } هجمات
        [many] { $rate_a } هجومًا
       *[other] { $rate_a } هجوم
    } شهريًا في { $period_a } إلى { $rate_b ->
        [zero] { $rate_b } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_b } هجمات
        [many] { $rate_b } هجومًا
       *[other] { $rate_b } هجوم
    } شهريًا في { $period_b } (محسوبة)، إن كان العددان يغطيان المنطقة نفسها{ $joint_note }
attacks-chart_rate_joint = ؛ والعمليات المشتركة معروضة للمقارنة
attacks-coverage_item = { $series }: { $spans }
attacks-chart_coverage_finding =
    { $n ->
        [zero] لا أرقام
        [one] رقم واحد
        [two] رقمان
        [few] { WORDS($n) } أرقام
        [many] { $n } رقمًا
       *[other] { $n } رقم
    } لفترات مختلفة، لا يُجمع أيّ منها إلى غيره
attacks-coverage_note = الفترات: { $spans }.
forces-timeline_last_after = ما بعد { $year }
forces-timeline_finding =
    الانسحاب كما تؤرّخه المصادر، من { $first } إلى { $last }: { $planned ->
        [zero] كل خطواته كانت قد مضت حين كُتبت مصادرها
        [one] خطوة واحدة كانت لا تزال خطة حين كُتب مصدرها
        [two] خطوتان كانتا لا تزالان خطتين حين كُتب مصدراهما
        [few] { WORDS($planned, gender: "f") } خطوات كانت لا تزال خططًا حين كُتبت مصادرها
        [many] { $planned } خطوةً كانت لا تزال خططًا حين كُتبت مصادرها
       *[other] { $planned } خطوة كانت لا تزال خططًا حين كُتبت مصادرها
    }
timeline-chart_finding =
    { $groups ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $groups } أحداث
        [many] { $groups } حدثًا
       *[other] { $groups } حدث
    } من { $first } إلى { $last }، بحسب الموضوع؛ { $share } في موضوع «{ $top_theme }» ({ $top_n ->
        [zero] لا شيء
        [one] حدث واحد
        [two] حدثان
        [few] { $top_n } أحداث
        [many] { $top_n } حدثًا
       *[other] { $top_n } حدث
    } من أصل { $groups ->
        [zero] لا شيء
        [one] واحد
        [two] اثنين
        [few] { $groups }
        [many] { $groups }
       *[other] { $groups }
    })
timeline-share_most = وأكثرها
timeline-share_tied = ومن أكبر مجموعاتها
timeline-share_largest = وأكبر مجموعة منها
evidence-period_unstated = إذا لم تُذكر فترة بجانب رقم، فلأن مصدره لا يذكرها.
timeline-table_events =
    { $groups ->
        [zero] لا أحداث
        [one] حدث واحد
        [two] حدثان
        [few] { $groups } أحداث
        [many] { $groups } حدثًا
       *[other] { $groups } حدث
    } بحسب التاريخ، في { $n ->
        [zero] لا تأريخ
        [one] تأريخ واحد
        [two] تأريخين
        [few] { $n } تواريخ
        [many] { $n } تأريخًا
       *[other] { $n } تأريخ
    }: حين تؤرّخ عدة مصادر حدثًا واحدًا يُذكر كل تاريخ بجانب مصدره
method-table_derived = القيم التي يحسبها هذا التقرير، وطريقة حسابها، والأرقام التي تُحسب منها
method-table_qualifiers = كل قيد كما تصوغه المصادر وكما يكتبه هذا التقرير
method-table_statuses = معنى «يرويه المصدر» و«ادعاء» و«مشكوك فيه» هنا

## edit
# نتائج رئيسية تقوم على حجج المصادر (صفوف الأقوال)، وأحكام الخاتمة.
whose-default = ما يقوله { $claimant }
whose-saudi_mofa = ادعاءٌ منشور على صفحة لوزارة الخارجية السعودية عن التحالف
finding-quad_relevance = أعلنت روسيا وإيران والعراق وسوريا تشكيل تحالف رباعي ضد داعش في { $E002 }، وعُقد آخر اجتماع معلن له في بغداد في { $E009 }. ويختلف مَن ينقل عنهم { $E009_source } في جدواه اليوم: فيقول { $A005_speaker } إنه «منذ بدء الحرب الروسية الأوكرانية يمكن اعتباره في تحالف شكلي أو مجاملة سياسية»، ويرى { $A009_speaker } أن روسيا لم تعد مهتمة به منذ ذلك الحين؛ في حين يرى { $A006_speaker }، أن وجوده ما يزال مهمًّا لضرب ما تبقّى من عناصر داعش.
finding-intl_reach = أعلن الرئيس الأمريكي باراك أوباما تشكيل التحالف الدولي ضد داعش في { $E017 }، وشاركت فيه { $F016 ->
        [zero] { $F016 } دولة
        [one] دولة واحدة
        [two] دولتان
        [few] { $F016 } دول
        [many] { $F016 } دولةً
       *[other] { $F016 } دولة
    }. أما أنه ساعد شركاءه المحليين على طرد داعش من { $F022 } من الأراضي التي كان يسيطر عليها في المنطقة، فذلك { $F022_whose }، تنقله { $F022_in }، لا قياسٌ مستقل.
finding-exit_political = يتعارض ما يقوله رئيس الوزراء العراقي مع ما تقوله السفيرة الأمريكية، بحسب { $A027_source }: فيقول { $A027_speaker } إنه لم تعد هناك حاجة للقوات الأمريكية في العراق بعد أن نجحت في هزيمة داعش، في حين تشير { $A028_speaker } إلى أن التهديدات لأمن العراق واستقراره وسيادته لا تزال قائمة. وترى { $A031_speaker } أن أرقام الهجمات تشير إلى أن العمليات الإرهابية في تصاعد، وأن للدعوة العراقية الرسمية إلى الانسحاب بعدًا سياسيًا لا أمنيًا، بفعل ضغوط الفصائل المسلحة العراقية الموالية لإيران.
finding-attacks = بحسب إحصاءات تنقلها { $F029_source }، نفّذ داعش { $F030 ->
        [zero] { $F030 } هجوم
        [one] هجومًا واحدًا
        [two] هجومين
        [few] { $F030 } هجمات
        [many] { $F030 } هجومًا
       *[other] { $F030 } هجوم
    } في { $F030_period }، و{ $F029 } { $F029_between }: أي بمعدل { $rate_F030 ->
        [zero] { $rate_F030 } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_F030 } هجمات
        [many] { $rate_F030 } هجومًا
       *[other] { $rate_F030 } هجوم
    } شهريًا مقابل { $rate_F029 ->
        [zero] { $rate_F029 } هجوم
        [one] هجوم واحد
        [two] هجومين
        [few] { $rate_F029 } هجمات
        [many] { $rate_F029 } هجومًا
       *[other] { $rate_F029 } هجوم
    } شهريًا (معدلان محسوبان هنا: العدد ÷ عدد الأشهر). ولا يصحّ القول بالتصاعد إلا إذا غطّى الرقمان المنطقة نفسها: فالرقم الأحدث يشمل العراق وسوريا، والأقدم لا يحدد ذلك. وثمة إحصاء آخر لا يخص داعش أصلًا: فقد تعرّضت المواقع العسكرية الأمريكية في العراق وسوريا للهجوم { $F032 ->
        [zero] { $F032 } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $F032 } مرات
        [many] { $F032 } مرةً
       *[other] { $F032 } مرة
    } { $F032_between } على أيدي جماعات مسلحة دربتها إيران وسلّحتها، بحسب { $F032_source }.
conclusion-judgements_intro = إذا قُرئت أرقام المصادر وحججها معًا، أشارت إلى الأحكام الآتية. وكل حكم منها هو حكم المصادر لا حكم هذا التقرير، ويحيل إلى الشواهد التي يقوم عليها.
conclusion-judge_quad = في التحالف الرباعي، { $quad_n ->
    [zero] يوحي مَن ينقل عنهم { $quad_in }
    [one] يوحي { $quad_who }، فيما ينقله عنه { $quad_in }،
    [two] يوحي مَن ينقل عنهم { $quad_in }
    [few] يوحي مَن ينقل عنهم { $quad_in }
    [many] يوحي مَن ينقل عنهم { $quad_in }
   *[other] يوحي مَن ينقل عنهم { $quad_in }
} بأنه خدم روسيا وإيران في سوريا أكثر مما قاتل داعش في العراق، وبأنه صار منذ الحرب في أوكرانيا شكليًا في أحسن الأحوال، وإن كان { $A006_speaker }، ما يزال يراه مفيدًا في ضرب ما تبقّى من عناصر داعش.
conclusion-judge_exit = وفي إنهاء مهمة التحالف الدولي، توحي المصادر بأن للخروج الأمريكي أكثر من دافع: إذ ترى { $A031_source }، في الدعوة العراقية الرسمية إلى الانسحاب بعدًا سياسيًا لا أمنيًا تفرضه ضغوط الفصائل المسلحة الموالية لإيران، ويجعل { $A019_in } هذه الضغوط الدافع الأبرز، وهي ضغوط عسكرية وأمنية في جانب منها بشنّ هجمات على القواعد الأمريكية، ويرى حكومة السوداني مضطرة إلى مسايرة المليشيات، ويذكر أن واشنطن ترى في ذلك عاملًا دائمًا يهدد مصير القوات الأمريكية في العراق؛ ويتناقض، بحسب الورقة البحثية، ما يقوله رئيس الوزراء العراقي وما تقوله السفيرة الأمريكية.
conclusion-judge_isis = أما داعش، فتوحي المصادر بتهديد باقٍ لا بتنظيم مهزوم: فقد قدّر مسؤول عسكري أمريكي كبير أن { $F035 } من مقاتليه ما زالوا طلقاء في { $F035_period }، والأحدث من إحصاءي هجماته هو الأعلى معدلًا شهريًا (وهذا محسوب هنا)، وتصف { $A036_in } معسكرَي الهول وروج بأنهما قنبلة موقوتة؛ غير أن كل رقم منها إحصاء طرف واحد، ولا يصحّ القول بالتصاعد إلا إذا غطّى الإحصاءان المنطقة نفسها.
conclusion-judge_intl = أما التحالف الدولي، فلا يحوي السجل مقياسًا مستقلًا لما حققه في المنطقة: فالقول إنه ساعد شركاءه المحليين على طرد داعش من { $F022 } من الأراضي التي كان يسيطر عليها هو { $F022_whose }، تنقله { $F022_in }، لا قياسٌ مستقل.
timeline-territory_whose = وهذه النسبة ({ $share }) { $whose }، لا قياسٌ مستقل.
