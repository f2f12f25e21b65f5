"""Rows that must never exist (eleventh session): a deal halted in a short sentence attributed at its tail ("Эти
планы заморожены, заявил министр": the attribution's frame used to swallow the content and its halt word), and talks
named back and stopped in the next sentence ("Позднее переговоры были прекращены"). Beside each, the same shape that
keeps its row. Sentences written for this test."""
import pytest

from conftest import deliveries


def rows(text):
    return [(e["system"], e["status"]) for e in deliveries(text, "2024-10-15")]


@pytest.mark.parametrize("text", [
    "Минск хотел купить у Москвы второй дивизион С-400. Эти планы заморожены, заявил во вторник министр.",
    "Белоруссия собиралась закупить у России Як-130. Сделка отменена, сообщил источник.",
    "Belarus wanted to buy a second S-400 battalion from Russia. The deal has been frozen, he said.",
    "Belarus planned to buy Yak-130 trainers from Russia. The plan was shelved, a source said.",
    "Белоруссия в 2017 году начала переговоры с Россией о покупке Су-35. Позднее переговоры были прекращены.",
    "Минск в прошлом году обсуждал с Москвой закупку Ми-28Н. Переговоры прекращены из-за нехватки средств.",
])
def test_halted_deal_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Минск хотел купить у Москвы второй дивизион С-400. Эти планы в силе, заявил во вторник министр.",
     ("S-400 Triumf", "planned")),
    ("Belarus wanted to buy a second S-400 battalion from Russia. The talks go on, he said.",
     ("S-400 Triumf", "planned")),
    ("Белоруссия в 2017 году начала переговоры с Россией о покупке Су-35. Переговоры продолжаются.",
     ("Su-35", "discussed")),
])
def test_same_shape_not_halted_keeps_its_row(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # the next sentence's pronoun subject says the deal came to nothing
    "In 2019 Minsk asked Moscow for a second S-400 battalion. It never came: Russia needed the systems at home.",
    "Belarus was supposed to get 12 Yak-130 from Russia by 2023. That did not happen.",
    "Talks on Belarus buying Russian Tor-M2K batteries began in 2020. They have since stalled.",
    "В 2019 году Минск попросил у Москвы второй дивизион С-400. Его так и не поставили.",
    "Белоруссия должна была получить 12 Як-130 от России к 2023 году. Этого не произошло.",
    # a later clause names the deal back in the plural or as the deliveries
    "Minsk had planned to buy Buk-M3 systems from Russia, but those plans have been shelved for lack of money.",
    "Belarus expected to receive Yak-130 trainers from Russia in 2020, but the deliveries were delayed indefinitely.",
    # a request turned down
    "Москва отклонила просьбу Минска о продаже С-400 в прошлом году.",
    # an open question
    "Whether Russia will hand over the S-400 systems to Belarus remains unclear.",
    "Asked whether Belarus would buy S-400 systems from Russia, Khrenin said the question was not on the agenda.",
    # what arms the system, and the supplier's forces placed in the country
    "Russian nuclear warheads for the Iskander-M were moved to Belarus in 2023, Putin said.",
    "В Белоруссию прибыли российские ядерные боеприпасы для «Искандер-М», сообщил Лукашенко.",
    "Putin and Lukashenko discussed the deployment of Russian Su-30SM fighters to Belarus on Friday.",
])
def test_no_row_from_a_deal_that_never_was(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("In 2019 Minsk asked Moscow for a second S-400 battalion. It arrived in 2021.", ("S-400 Triumf", "delivered")),
    ("Белоруссия должна была получить 12 Як-130 от России к 2023 году. Это позволит обновить парк.",
     ("Yak-130", "planned")),
    ("Minsk planned to buy Buk-M3 systems from Russia, and those plans were confirmed in May.", ("Buk-M3", "planned")),
    ("Russia delivered Iskander-M systems to Belarus in 2023, Putin said.", ("Iskander-M", "delivered")),
    ("Putin and Lukashenko discussed the delivery of Su-30SM fighters to Belarus on Friday.", ("Su-30SM", "discussed")),
])
def test_the_same_shapes_that_hold_keep_their_rows(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # the supplier's own air base, its duty unit
    "Russia will set up an air base in Belarus, and the first Su-27 fighters will arrive there by the end of the year.",
    "Россия создаст в Белоруссии авиабазу, первые Су-27 прибудут туда до конца года.",
    "The first duty flight of Russian Su-27 fighters will arrive in Belarus before the end of the year.",
    "Дежурное звено истребителей Су-27 прибудет в Белоруссию из России до конца года.",
    # a purchase possible only on a condition
    'A Belarusian purchase of Iskander systems from Russia, he noted, "is possible only if the economy allows it."',
    "Покупка у России «Искандеров», по его словам, возможна только если позволит экономика.",
    "Russia will supply S-400 systems to Belarus only if Minsk pays in advance.",
    # purchases that go on since a year: a tally
    "Учебно-боевые Як-130 белорусские ВВС закупают у корпорации «Иркут» с 2015 года.",
    "Belarus has been buying Su-30SM fighters from Russia since 2019.",
])
def test_stationed_conditional_or_habitual_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Russia will deliver four Su-30SM to Belarus by the end of the year, and a new air base will open in 2025.",
     ("Su-30SM", "planned")),
    ("Belarus bought four Su-30SM fighters from Russia in 2019.", ("Su-30SM", "ordered")),
    ("Белоруссия закупает у России Су-30СМ.", ("Su-30SM", "ordered")),
])
def test_plain_transfers_beside_them_stay(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # a request the supplier turned down in the clause after it
    "Lukashenko said he had asked Putin for Iskander-M systems, but Putin refused.",
    "Belarus asked Russia for Iskander-M systems, but Moscow refused.",
    "Лукашенко рассказал, что просил у Путина «Искандеры», но Путин отказал.",
    # the supplier reinforcing its own forces in the country
    "Russia transferred a squadron of Su-30SM fighters to Baranovichi to strengthen its group of forces in Belarus.",
    "Россия перебросила эскадрилью Су-30СМ в Барановичи для усиления своей группировки в Белоруссии.",
])
def test_refused_or_reinforcing_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Belarus asked Russia for Iskander-M systems, and Moscow agreed to consider the request.",
     ("Iskander-M", "discussed")),
    ("Russia transferred a squadron of Su-30SM fighters to the Belarusian air force.", ("Su-30SM", "delivered")),
])
def test_agreed_or_handed_over_stays(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # a third state that only judges the news is no party to it
    "The third pair of Su-30SM2 fighters landed at Baranovichi in April, the Belarusian defence ministry said, in a "
    "step Warsaw called an escalation.",
    "Третья пара Су-30СМ2 приземлилась в Барановичах в апреле, что Варшава назвала эскалацией.",
])
def test_judging_state_is_no_recipient(text):
    assert not [e for e in deliveries(text, "2024-10-15") if e["recipient"] == ["Poland"]]


def test_judged_transfer_keeps_its_parties():
    got = deliveries("Russia delivered two Su-30SM2 to Belarus, a move Warsaw condemned.", "2024-10-15")
    assert [(e["supplier"], e["recipient"]) for e in got] == [(["Russia"], ["Belarus"])]


@pytest.mark.parametrize("text, expected", [
    ("Russia has yet to deliver the Tor-M2K systems Belarus ordered, the minister complained.", []),
    ("Belarus is yet to receive the S-400 systems from Russia.", []),
    ("Yet another batch of Su-30SM arrived in Belarus from Russia on Monday.", [("Su-30SM", "delivered")]),
])
def test_yet_to(text, expected):
    assert rows(text) == expected
