"""Clause-level readings of a delivery (issue 12): what each predicate of a sentence asserts about a system, with its
own stage and date. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _rows(text, lang, published):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published=published)
    return {(e.status, e.quantity, e.date.value if e.date else None) for e in a.events if e.kind == "delivery"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia delivered four upgraded Su-30SM fighters to Belarus on Monday.", "en", ("delivered", 4.0, "2020-01-06")),
    ("Россия передала Белоруссии четыре модернизированных истребителя Су-30СМ в понедельник.", "ru",
     ("delivered", 4.0, "2020-01-06")),
])
def test_a_version_participle_in_the_system_phrase_does_not_part_it_from_the_verb(text, lang, expected):
    assert expected in _rows(text, lang, "2020-01-10")


@pytest.mark.parametrize("text, lang", [
    ("Russia delivered two Su-27 jets upgraded at the Baranovichi plant to Belarus.", "en"),
])
def test_an_upgrade_told_with_its_place_still_parts_them(text, lang):
    assert not _rows(text, lang, "2020-01-10")


CONTEXT_EN = "Belarus has long sought Russian arms. "
CONTEXT_RU = "Белоруссия давно просит оружие у России. "


@pytest.mark.parametrize("text, lang, expected", [
    (CONTEXT_EN + "Iskander-M missile systems, which Russia delivered to Belarus last year, have been on combat duty "
     "since January.", "en", {("delivered", None, "2019"), ("in_service", None, "2020-01")}),
    (CONTEXT_EN + "Iskander-M missile systems, which Russia delivered to Belarus last year, are now on combat duty.",
     "en", {("delivered", None, "2019"), ("in_service", None, "2020-01-10")}),
    (CONTEXT_EN + "The S-400 battalion, which Russia handed over in March, will go on combat duty in May.", "en",
     {("delivered", 1.0, "2019-03"), ("planned", 1.0, "2020-05")}),
    (CONTEXT_RU + "Комплексы «Искандер-М», которые Россия передала Белоруссии в прошлом году, с января несут боевое "
     "дежурство.", "ru", {("delivered", None, "2019"), ("in_service", None, "2020-01")}),
])
def test_the_main_predicate_after_a_relative_clause_has_its_own_stage_and_date(text, lang, expected):
    assert _rows(text, lang, "2020-01-10") == expected


@pytest.mark.parametrize("text, lang", [
    # the main verb has a subject of its own
    (CONTEXT_EN + "The S-400 battalion, which Russia handed over in March, they said will go on combat duty in May.",
     "en"),
    # the relative clause tells no stage: the main verb's stage is read (or not) as without it
    (CONTEXT_EN + "The S-400 battalions, which the Russian army is replacing at home, went on combat duty in May.", "en"),
])
def test_no_second_stage_without_a_bare_main_predicate_and_a_staged_relative_clause(text, lang):
    assert not any(status in ("in_service", "planned") for status, _, _ in _rows(text, lang, "2020-01-10"))


@pytest.mark.parametrize("text, expected", [
    ("Belarus expects its sixth Tor-M2 battery from Russia by the end of the year. The fifth, handed over last "
     "November, has been on combat duty since January.", {("delivered", 1.0, "2019-11"), ("in_service", 1.0, "2020-01")}),
    ("Belarus received four Tor-M2 air defence systems from Russia last Friday, completing its sixth battery. The "
     "battery, ordered in 2017, will go on combat duty in the new year.", {("ordered", 1.0, "2017"),
                                                                           ("planned", 1.0, "2020")}),
])
def test_a_subject_pointing_back_before_a_participial_phrase_takes_both_stages(text, expected):
    assert expected <= _rows(text, "en", "2020-01-10")


@pytest.mark.parametrize("text", [
    # the subject before the phrase is no ordinal or unit of the system named before
    "Belarus expects its sixth Tor-M2 battery from Russia by the end of the year. The first batch, handed over last "
    "November, has been on combat duty since January.",
    "Belarus expects its sixth Tor-M2 battery from Russia by the end of the year. The minister, asked about the "
    "delivery, said it was on schedule.",
])
def test_no_stage_from_a_subject_that_names_no_unit(text):
    assert not any(status in ("in_service", "delivered") for status, _, _ in _rows(text, "en", "2020-01-10"))


@pytest.mark.parametrize("text, system", [
    ("Talks with Russia's Almaz-Antey concern on Tor-M2 short-range air defence systems for Belarus are continuing, "
     "the minister said.", "weapon_system:tor_m2"),
    ("Talks with Russian Helicopters on Mi-35M attack helicopters are under way, the Belarusian minister said.",
     "weapon_system:mi35m"),
    ("In particular, the talks concerned Pantsir-S1 gun-missile systems for Belarus.", "weapon_system:pantsir_s1"),
])
def test_talks_on_a_system_are_its_discussion(text, system):
    a = analyze_text("News\n\n" + text + "\n", lang="en", published="2009-12-10")
    got = [(e.status, e.roles["system"]) for e in a.events if e.kind == "delivery"]
    assert got == [("discussed", [system])]


@pytest.mark.parametrize("text, lang", [
    ("Lukashenko held talks with Putin on Friday; the S-400 was not discussed.", "en"),
])
def test_talks_on_a_day_name_no_system(text, lang):
    assert not _rows(text, lang, "2009-12-10")


@pytest.mark.parametrize("text, lang", [
    ("Belarus will receive Su-30SM fighters from Russia next year to replace its MiG-29s.", "en"),
    ("Belarus is in talks with Russia on Su-30SM fighters to replace its MiG-29s.", "en"),
    ("Белоруссия получит от России истребители Су-30СМ на замену МиГ-29 в следующем году.", "ru"),
])
def test_what_a_system_replaces_is_not_transferred(text, lang):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published="2020-01-10")
    systems = {k for e in a.events if e.kind == "delivery" for k in e.roles["system"]}
    assert systems == {"weapon_system:su30sm"}


@pytest.mark.parametrize("text, lang", [
    ("MZKT has shipped 14 MZKT-79221 chassis to Russia since January and expects to send about as many again by "
     "December.", "en"),
    ("МЗКТ с января отгрузил в Россию 14 шасси МЗКТ-79221 и до декабря планирует отгрузить еще столько же.", "ru"),
    ("МЗКТ с января отгрузил в Россию 14 шасси МЗКТ-79221 и рассчитывает до декабря поставить столько же.", "ru"),
])
def test_as_many_again_is_the_batch_just_counted(text, lang):
    assert {("delivered", 14.0, "2005-01"), ("planned", 14.0, "2005-12")} <= _rows(text, lang, "2005-06-23")


@pytest.mark.parametrize("text, expected", [
    ("The Peleng plant shipped 180 Sosna-U sights to Russia this year and has signed a contract for 300 more, to be "
     "shipped in 2010.", {("ordered", 300.0, "2009-12-10"), ("planned", 300.0, "2010")}),
    ("Belarus had also signed a contract with Russia this month for four Yak-130 combat trainers, to be delivered in "
     "2015.", {("ordered", 4.0, "2009-12"), ("planned", 4.0, "2015")}),
])
def test_an_order_and_the_delivery_it_is_for_are_two_stages(text, expected):
    got = _rows(text, "en", "2009-12-10")
    assert expected <= got
    assert not any(status == "ordered" and date in ("2010", "2015") for status, _, date in got)


def test_the_content_after_a_speaker_and_an_aside_is_no_reporting_frame():
    got = _rows("Defence Minister Yury Zhadobin, speaking at the ceremony, said Belarus had also signed a contract with "
                "Russia this month for four Yak-130 combat trainers.", "en", "2012-12-14")
    assert ("ordered", 4.0, "2012-12") in got


def test_a_tail_attribution_with_a_time_after_the_verb_stays_a_frame():
    got = _rows("Russia delivered the first S-400 battalion to Belarus in 2021, the minister said in Minsk, where he met "
                "officials who were visiting.", "en", "2022-03-10")
    assert ("delivered", 1.0, "2021") in got


def test_its_own_purchases_point_back_to_no_system():
    a = analyze_text("News\n\nRussia will deliver Pantsir-SM and Buk-MB3K systems to Belarus this year.\n\n"
                     "Lithuania's defence minister, Laurynas Kasciunas, said Vilnius would speed up its own purchases of "
                     "air defence.\n", lang="en", published="2024-03-10")
    assert not any("country:lithuania" in e.roles.get("recipient", []) for e in a.events if e.kind == "delivery")


def test_a_restrictive_relative_clause_keeps_its_own_earlier_stage():
    got = _rows("Belarus asked Russia for more air defence. Russian Defence Minister Andrei Belousov said on Thursday "
                "that a Pantsir-S1 battery that Russia has agreed to hand over free of charge would arrive in Belarus "
                "this year.", "en", "2025-04-10")
    assert {("ordered", 1.0, "2025-04-10"), ("planned", 1.0, "2025")} <= got


def test_a_relative_clause_that_retells_the_transfer_adds_no_row():
    got = _rows("The last two of four S-300PS battalions that Russia gave Belarus free of charge reached the country "
                "this spring, the ministry said.", "en", "2007-10-04")
    assert not any(status == "delivered" and q == 4.0 for status, q, _ in got)


def test_a_long_subject_after_the_reporting_verb_is_content():
    got = _rows("Belarus asked Russia for more Tor-M2K systems. The Belarusian minister, for his part, said the second "
                "Tor-M2K battalion that Moscow had promised last spring had reached the air defence brigade near Grodno "
                "in February.", "en", "2021-03-16")
    assert ("delivered", 1.0, "2021-02") in got


def test_a_russian_ordinal_before_a_participial_phrase_takes_both_stages():
    got = _rows("Белоруссия получает «Тор-М2» от России. Армия уже эксплуатирует четыре батареи «Тор-М2», а пятая, "
                "законтрактованная в прошлом году, прибудет в бригаду в ноябре.", "ru", "2016-06-15")
    assert {("ordered", 1.0, "2015"), ("planned", 1.0, "2016-11")} <= got


def test_a_bare_duty_after_a_delivered_participle_is_a_service_entry():
    got = _rows("Белоруссия получает оружие от России. Дивизионы С-300ПС, полученные от России в середине десятилетия, "
                "уже несут дежурство под Минском.", "ru", "2008-11-19")
    assert ("in_service", None, "2008-11-19") in got


def test_a_bare_duty_alone_is_no_service_entry():
    got = _rows("Белоруссия получает оружие от России. Четыре российских истребителя Су-30СМ несут дежурство в "
                "Барановичах.", "ru", "2020-11-19")
    assert not any(status == "in_service" for status, _, _ in got)


@pytest.mark.parametrize("text", [
    "Belarus received four Tor-M2K air defence vehicles from Russia last Friday, enough for a new battery that will go "
    "on combat duty in the coming months.",
    "Belarus received four Tor-M2K air defence vehicles from Russia last Friday for a battery which is to go on combat "
    "duty in the coming months.",
])
def test_a_relative_clause_after_the_verb_lends_it_no_future(text):
    got = _rows(text, "en", "2025-03-12")
    assert ("delivered", 4.0, "2025-03-07") in got
    assert not any(status == "planned" and q == 4.0 for status, q, _ in got)


@pytest.mark.parametrize("text, lang, system", [
    ("The army operates Polonez rocket launchers of its own make and Iskander-M missile systems, which Russia delivered "
     "to Belarus at the end of 2022.", "en", "weapon_system:iskander_m"),
    ("Армия эксплуатирует собственные РСЗО «Полонез» и комплексы «Искандер-М», которые Россия передала Белоруссии в "
     "конце 2022 года.", "ru", "weapon_system:iskander_m"),
])
def test_own_on_the_first_conjunct_is_not_the_second_ones(text, lang, system):
    a = analyze_text("News\n\n" + text + "\n", lang=lang, published="2025-03-12")
    got = [(e.status, e.roles["system"]) for e in a.events if e.kind == "delivery"]
    assert ("delivered", [system]) in got


def test_a_system_discussed_is_a_discussion():
    got = _rows("A second S-400 battalion, which Minsk discussed with Moscow for much of 2025, will be stationed near "
                "Brest.", "en", "2025-09-10")
    assert ("discussed", 1.0, "2025") in got


def test_discussing_cooperation_points_back_to_no_system():
    got = _rows("Minsk will buy its first battery of Tor-M2 systems next year. The ministers met on Tuesday to discuss "
                "air defence cooperation.", "en", "2025-09-10")
    assert not any(status == "discussed" for status, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("The Belarusian army took delivery of a third Tor-M2 air-defense battery from Russia last month and expects a "
     "fourth before the end of the year.", ("planned", 1.0, "2016")),
    ("Belarus has bought four more Yak-130 combat trainers from Russia under a contract signed last year and expects "
     "them to arrive next spring.", ("planned", 4.0, "2016-SP")),
])
def test_a_second_conjunct_points_back_to_the_first_ones_system(text, expected):
    assert expected in _rows(text, "en", "2016-02-10")


def test_a_count_pointing_back_skips_the_transport_that_carried_the_system():
    a = analyze_text("News\n\nBelarus will receive Mi-35M attack helicopters from Russia this autumn.\n\nThe helicopters "
                     "will be brought in by An-124 transport aircraft. Minsk ordered 12 of them last year.\n",
                     lang="en", published="2021-03-16")
    systems = {k for e in a.events if e.kind == "delivery" for k in e.roles["system"]}
    assert "weapon_system:an124" not in systems


def test_a_russian_ordinal_object_after_a_plan_cue_is_one_more_unit():
    got = _rows("Белоруссия получает оружие от России. В прошлом месяце белорусская армия получила от России третью "
                "батарею «Тор-М2» и ожидает четвертую до конца года.", "ru", "2016-02-10")
    assert {("delivered", 1.0, "2016-01"), ("planned", 1.0, "2016")} <= got


@pytest.mark.parametrize("text", [
    "Белоруссия получила от России в прошлую пятницу четыре машины «Тор-М2К» – этого достаточно для новой батареи, "
    "которая заступит на боевое дежурство в ближайшие месяцы.",
    "Belarus received four Tor-M2K vehicles from Russia last Friday – enough for a new battery, which will go on combat "
    "duty in the coming months.",
])
def test_a_relative_clause_after_a_dash_hangs_on_its_own_noun(text):
    """The Russian form of 6013cc1 (twelfth session): "которая заступит ..." is said of the new battery, not of the
    vehicles before the dash; only the delivery is read."""
    from conftest import deliveries as _deliveries

    got = {(e["system"], e["status"]) for e in _deliveries(text, "2024-05-10")}
    assert got == {("Tor-M2K", "delivered")}, got


@pytest.mark.parametrize("text", [
    "Belarus and Russia remain close allies. The S-400 battalion that Russia handed over in 2022 went on combat duty in "
    "March.",
    "Belarus and Russia remain close allies. The S-400 battalion that Russia delivered in 2022 has gone on combat duty.",
])
def test_the_relative_clauses_country_is_its_own_verbs(text):
    """Twelfth session (review of 0a1fce8): the country in a relative clause on the system is the subject of that
    clause's verb (the supplier), never the main verb's receiving subject: the entry into service is Belarus's."""
    from conftest import deliveries as _deliveries

    got = {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0])
           for e in _deliveries(text, "2024-05-10")}
    assert ("S-400 Triumf", "in_service", "Russia", "Belarus") in got, got
    assert ("S-400 Triumf", "delivered", "Russia", "Belarus") in got, got
