"""An institution named by its country's NAME in any case ('в военном ведомстве Польши', 'пресс-служба военного
ведомства Литвы', 'Главное управление разведки Минобороны Украины'), the voice of an agency described in full
('пресс-служба российского военного ведомства'), and a date with an abbreviated month between the verb and 'that'
('said on Oct. 8 that'). Sentences written for this test."""
import pytest

from conftest import statements

LEAD_RU = "Белоруссия получила от России батарею «Тор-М2К». "
LEAD_EN = "Belarus received a battery of Tor-M2K systems from Russia. "


@pytest.mark.parametrize("text,who,said", [
    (LEAD_RU + "В военном ведомстве Польши заявили, что это угрожает региону.",
     "Ministry of National Defence of Poland", "это угрожает региону"),
    (LEAD_RU + "Это угрожает региону, сообщила пресс-служба военного ведомства Литвы.",
     "Ministry of National Defence of Lithuania", "Это угрожает региону"),
    (LEAD_RU + "Это угрожает региону, заявили в оборонном ведомстве Украины.",
     "Ministry of Defence of Ukraine", "Это угрожает региону"),
    ("Министр обороны России Андрей Белоусов провел в среду переговоры с белорусским коллегой. Об этом сообщила "
     "пресс-служба российского военного ведомства.", "Ministry of Defence of Russia", "Министр обороны России"),
    ("Россия и Белоруссия обсудили поставки. Пресс-служба белорусского военного ведомства сообщила, что комплексы "
     "прибыли в Гродно.", "Ministry of Defence of Belarus", "комплексы прибыли в Гродно"),
    ("По данным Главного управления разведки Минобороны Украины, завод отгрузил российской армии 18 шасси.",
     "Defence Intelligence of Ukraine", "завод отгрузил российской армии 18 шасси"),
])
def test_country_named_in_any_case(text, who, said):
    got = statements(text, "ru", "2024-06-27")
    assert any(w == who and what.startswith(said) for w, _, what in got), got


@pytest.mark.parametrize("text,who,said", [
    ("Khrenin said on Oct. 8 that the plant had shipped 40 chassis to Russia since January.", "Viktor Khrenin",
     "the plant had shipped 40 chassis"),
    (LEAD_EN + "The Belarusian Defence Ministry said on Sept. 30 that a second battery had arrived in Grodno.",
     "Ministry of Defence of Belarus", "a second battery had arrived in Grodno"),
    ("Ukraine's military intelligence agency said the tanks were being repaired in Bryansk.",
     "Defence Intelligence of Ukraine", "the tanks were being repaired in Bryansk"),
])
def test_english_abbreviated_month_and_agency(text, who, said):
    got = statements(text, "en", "2024-10-09")
    assert any(w == who and what.startswith(said) for w, _, what in got), got


def test_agency_voice_without_a_country_stays_unknown():
    # Russia and Belarus named alike, the phrase names no country: which ministry is not clear
    got = statements("Россия и Белоруссия обсудили поставки. Это угрожает региону, сообщила пресс-служба военного "
                     "ведомства.", "ru", "2024-06-27")
    assert [w for w, _, what in got if what.startswith("Это угрожает")] == [None], got


@pytest.mark.parametrize("text,who,said", [
    ("Четыре самолета Як-130 приземлились на аэродроме Лида, сообщили в пресс-службе Министерства обороны Белоруссии.",
     "Ministry of Defence of Belarus", "Четыре самолета Як-130 приземлились на аэродроме Лида"),
    ("Четыре самолета Як-130 приземлились на аэродроме Лида, заявил Хренин.", "Viktor Khrenin",
     "Четыре самолета Як-130 приземлились"),
])
def test_place_before_the_comma_is_no_surname(text, who, said):
    # 'Лида' is also a first name: a place the knowledge base knows, closing the content, is not the subject
    got = statements(text, "ru", "2016-06-09")
    assert any(w == who and what.startswith(said) for w, _, what in got), got


@pytest.mark.parametrize("text", [
    "По данным Главного управления разведки Минобороны Украины, Минский завод колесных тягачей в первом квартале "
    "отгрузил российской армии 18 шасси МЗКТ-7930, а контракт на поставку тягачей МЗКТ-6922 был расторгнут.",
])
def test_source_frame_is_not_coordinated_with_the_subject(text):
    # the body named in the source frame is the source, not a conjunct of the subject after the comma
    from bellink.ingest.pipeline import analyze_text

    a = analyze_text(text + "\n", lang="ru", published="2025-04-17")
    got = [e.roles for e in a.events if e.kind == "delivery" and e.roles["system"] == ["weapon_system:mzkt7930"]]
    assert got and got[0]["supplier"] == ["country:belarus"] and got[0]["recipient"] == ["country:russia"], got
