"""Verbs of saying that need a fixed word beside them (speech_verbs.tsv 'with': 'обратить ~ внимание', 'высоко ~
оценить'), English multi-word forms ('drew attention to', 'hinted at'), and thanks and accusations, which are words
said to someone (RULES point 1: the topic or the judgement is the content). The verb without its fixed word, or in
another sense, reports nothing. Sentences written for this test."""
import pytest

from conftest import statements

LEAD_EN = "Belarus expects more Tor-M2K batteries. "
LEAD_RU = "Белоруссия ждет новые зенитные комплексы. "


@pytest.mark.parametrize("text, lang, speaker, said", [
    # fixed word after the verb, content as a что-clause, a на-phrase or 'на то, что'
    (LEAD_RU + "Командующий ВВС Андрей Лукьянович обратил внимание, что расчеты уже прошли переучивание.", "ru",
     "Andrei Lukyanovich", "расчеты уже прошли переучивание"),
    (LEAD_RU + "Кроме того, Андрей Лукьянович обратил внимание на готовность аэродромов принять технику.", "ru",
     "Andrei Lukyanovich", "готовность аэродромов принять технику"),
    (LEAD_RU + "Андрей Лукьянович обращает внимание журналистов на то, что батареи придут до лета.", "ru",
     "Andrei Lukyanovich", "батареи придут до лета"),
    # fixed word before the verb, content as its object
    (LEAD_RU + "Виктор Хренин высоко оценил слаженность зенитных расчетов на полигоне.", "ru",
     "Viktor Khrenin", "слаженность зенитных расчетов"),
    # thanks and accusations in both languages
    (LEAD_RU + "Виктор Хренин поблагодарил российских коллег за быструю поставку батарей.", "ru",
     "Viktor Khrenin", "за быструю поставку батарей"),
    (LEAD_RU + "Виктор Хренин обвинил Литву в наращивании войск у границы.", "ru",
     "Viktor Khrenin", "Литву в наращивании войск у границы"),
    (LEAD_EN + "Viktor Khrenin thanked the Russian side for the quick handover of the batteries.", "en",
     "Viktor Khrenin", "the Russian side for the quick handover of the batteries"),
    (LEAD_EN + "Viktor Khrenin drew attention to the readiness of the airfields to take the new systems.", "en",
     "Viktor Khrenin", "the readiness of the airfields to take the new systems"),
    (LEAD_EN + "Viktor Khrenin hinted at a further purchase of Tor-M2K batteries next year.", "en",
     "Viktor Khrenin", "a further purchase of Tor-M2K batteries next year"),
])
def test_a_phrase_of_saying_gives_the_words(text, lang, speaker, said):
    got = statements(text, lang, "2024-03-15")
    assert any(who == speaker and said in words for who, _, words in got), got


def test_a_second_verb_of_thanks_after_a_that_clause_is_its_own_statement():
    """'X noted that ..., and thanked Y for Z' gives two statements (RULES: each attribution verb starts one)."""
    text = LEAD_EN + ("Viktor Khrenin noted that the crews were ready, and thanked his Russian colleague for the "
                      "training of the crews.")
    got = [(who, words) for who, _, words in statements(text, "en", "2024-03-15")]
    assert ("Viktor Khrenin", "the crews were ready") in got, got
    assert any(who == "Viktor Khrenin" and "his Russian colleague for the training" in words
               for who, words in got), got


@pytest.mark.parametrize("text, lang", [
    # the verb without its fixed word, or the fixed word in another sense
    ("Виктор Хренин обратил оружие против бывших союзников в своей речи.", "ru"),
    ("Эксперты оценили ущерб от пожара на складе в миллион рублей.", "ru"),
    ("Виктор Хренин не обратил внимания на протесты оппозиции у здания министерства.", "ru"),
    ("Комиссия высоко подняла планку требований к новым самолетам.", "ru"),
    ("Благодаря российским кредитам Белоруссия купила четыре самолета Як-130.", "ru"),
    ("Thanks to Russian loans, Belarus bought four Yak-130 trainers last year.", "en"),
    ("The parade drew attention to the new Tor-M2K launchers on Independence Avenue.", "en"),
])
def test_the_verb_alone_or_in_another_sense_reports_nothing(text, lang):
    assert statements(text, lang, "2024-03-15") == []


@pytest.mark.parametrize("text, said", [
    # the details given ('привел подробности'), after a quote or a dash paragraph
    (LEAD_RU + "«Если понадобится, купим еще одну батарею», – привел подробности Виктор Хренин.",
     "купим еще одну батарею"),
    (LEAD_RU + "\n— Первые две батареи придут весной. Остальные будут осенью, — привел подробности Виктор Хренин.",
     "Остальные будут осенью"),
])
def test_the_details_given_after_the_words(text, said):
    got = statements(text, "ru", "2024-03-15")
    assert any(who == "Viktor Khrenin" and said in words for who, _, words in got), got


@pytest.mark.parametrize("text", [
    # ('заключить' is no verb of saying: '..., по контракту, который ведомство заключило с заводом' would read the
    # clause before as the ministry's words)
    LEAD_RU + "Вертолеты пришли по контракту, который военное ведомство заключило с заводом в прошлом году.",
    LEAD_RU + "Виктор Хренин привел подробности ремонта самолетов на заводе в Барановичах.",
])
def test_a_contract_concluded_or_details_of_a_thing_report_nothing(text):
    assert statements(text, "ru", "2024-03-15") == []
