"""Deliveries real pages tell and no construction read (issue 12, fourteenth session). Sentences written for the test.

- a delivery told as done "within the framework of" / "в рамках" an agreement, contract or treaty, or "по договору":
  the deal it fulfils is an ordered fact of the system ("Передача идет в рамках межправительственного соглашения");
- the transport that carried the cargo ("на борту Ан-124") is never what a later "поставка" / "the delivery" stands for;
- a formation word on a named system ("a second S-400 division", "дивизион С-400") counts the system placed, it names no
  troops; an owner-marked one ("a Russian S-400 division") stays the owner's stationed unit;
- a country adjective that names a place ("close to the Polish border", "on the Lithuanian and Latvian directions") is no
  party; the maker after "производства" ("вертолеты производства Ростовского вертолетного завода") is the supplier by origin.
"""
import pytest

from conftest import delivery_rows as _rows


@pytest.mark.parametrize("text, want", [
    ("Россия передала Белоруссии два дивизиона С-300ПС в декабре. Передача идет в рамках межправительственного соглашения.",
     ("S-300PS", "ordered", "Russia", "Belarus")),
    ("В Лиду прибыли четыре самолета Як-130. Поставка самолетов осуществляется корпорацией «Иркут» в рамках реализации "
     "договора.", ("Yak-130", "ordered", "Russia", "Belarus")),
    ("Russia handed over two S-300PS battalions to Belarus. The delivery is taking place within the framework of an "
     "intergovernmental agreement.", ("S-300PS", "ordered", "Russia", "Belarus")),
    ("Russia handed over two S-300PS battalions to Belarus. The delivery is carried out in accordance with the "
     "intergovernmental agreement.", ("S-300PS", "ordered", "Russia", "Belarus")),
])
def test_a_delivery_within_a_deal_is_its_order(text, want):
    got = _rows(text)
    assert any(r[:4] == want for r in got), got


@pytest.mark.parametrize("text, want", [
    ("Четыре Як-130 официально переданы белорусским ВВС. Самолеты доставили на борту транспортного самолета Ан-124. "
     "Поставка выполнена по контракту, подписанному в декабре 2012 года.",
     ("Yak-130", "ordered", "Russia", "Belarus", None, "2012-12")),
])
def test_the_carrier_is_not_what_the_deal_was_for(text, want):
    got = _rows(text)
    assert any(r[:4] == want[:4] and r[5] == want[5] for r in got), got


@pytest.mark.parametrize("text, want", [
    ("A third S-400 division may be placed near Polotsk next year, the commander said.",
     ("S-400 Triumf", "planned", "Russia", "Belarus", 1.0, "2025")),
    ("Another Tor-M2K battalion, expected next year, may be placed near Grodno, close to the Polish border.",
     ("Tor-M2K", "planned", "Russia", "Belarus", 1.0, "2025")),
    ("По словам командующего, в будущем году третий дивизион С-400 может быть размещен под Полоцком.",
     ("S-400 Triumf", "planned", "Russia", "Belarus", 1.0, "2025")),
    ("В марте вертолетная эскадрилья пополнилась четырьмя вертолетами Ми-35М производства Ростовского вертолетного "
     "завода.", ("Mi-35M", "delivered", "Russia", "Belarus", 4.0, "2024-03")),
])
def test_a_system_formation_is_placed_not_troops(text, want):
    got = _rows(text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "A Russian S-400 division will be placed near Brest next year.",
    "Российский дивизион С-400 будет размещен под Брестом в следующем году.",
    "Russian troops and their S-400 battalion will be stationed near Brest next year.",
])
def test_an_owner_marked_formation_stays_stationed(text):
    got = _rows(text)
    assert not got, got


def test_a_place_adjective_is_no_recipient():
    got = _rows("Minsk would like S-400 systems on the Lithuanian and Latvian directions, the president said.")
    assert not any(r[3] in ("Lithuania", "Latvia") for r in got), got


@pytest.mark.parametrize("text, want", [
    ("В апреле десантная бригада получила 12 бронетранспортеров БТР-82А, купленных в России.",
     ("BTR-82A", "delivered", "Russia", "Belarus", 12.0, "2024-04")),
    ("В конце ноября в зенитную ракетную бригаду прибыла батарея «Тор-М2», закупленная в России.",
     ("Tor-M2", "delivered", "Russia", "Belarus", 1.0, "2023-11")),
    ("In April the 103rd brigade received twelve BTR-82A vehicles bought in Russia.",
     ("BTR-82A", "delivered", "Russia", "Belarus", 12.0, "2024-04")),
])
def test_where_it_was_bought_is_the_supplier(text, want):
    got = _rows(text)
    assert want in got, got


@pytest.mark.parametrize("text, want", [
    ("Вторая батарея «Тор-М2» прибыла в сентябре. По его словам, первая батарея, полученная из России в декабре прошлого "
     "года, уже несет боевое дежурство под Барановичами.", ("Tor-M2", "delivered", "Russia", "Belarus", 1.0, "2023-12")),
    ("Belarus received its second Tor-M2 battery in September. The first battery, received from Russia last December, "
     "is already on combat duty near Baranovichi.", ("Tor-M2", "delivered", "Russia", "Belarus", 1.0, "2023-12")),
])
def test_a_participle_on_a_noun_for_the_system_is_its_earlier_stage(text, want):
    got = _rows(text)
    assert want in got, got


@pytest.mark.parametrize("text, want", [
    ("В ноябре на авиабазу прилетела очередная пара российских Су-30СМ2 с Иркутского авиазавода.",
     ("Su-30SM2", "delivered", "Russia", "Belarus", 2.0, "2023-11")),
    ("Two more Russian Su-30SM2 fighters from the Irkutsk aircraft plant landed at Baranovichi on Monday.",
     ("Su-30SM2", "delivered", "Russia", "Belarus", 2.0, "2024-05")),
])
def test_aircraft_new_from_their_plant_are_delivered(text, want):
    got = _rows(text)
    assert any(r[:5] == want[:5] and r[5].startswith(want[5]) for r in got), got


@pytest.mark.parametrize("text", [
    "Четыре российских МиГ-29 прилетели в Барановичи с 558-го авиаремонтного завода.",
    "Два российских Су-30СМ приземлились на аэродроме Барановичи.",
])
def test_aircraft_from_a_repair_plant_or_unmarked_stay_moves(text):
    got = _rows(text)
    assert not any(r[1] == "delivered" for r in got), got


# English verb classes real pages use: "signed for" a number of a system (the order), "are discussing" (talks under
# way: the passive "is discussed" stays a topic). ("sent" stays no transfer by itself: tests/test_events_news.py)
@pytest.mark.parametrize("text, want", [
    ("Minsk signed for 12 Su-30SM fighters in the spring, the minister said.",
     ("Su-30SM", "ordered", "Russia", "Belarus", 12.0)),
    ("We are discussing four additional Yak-130s with the Irkut corporation right now.",
     ("Yak-130", "discussed", "Russia", "Belarus", 4.0)),
])
def test_english_verb_classes(text, want):
    got = _rows(text)
    assert any(r[:5] == want for r in got), got


@pytest.mark.parametrize("text", [
    "Russia sent a delegation to Minsk last week.",
    "Minsk signed for the delegation at the border.",
])
def test_english_verb_classes_not_a_transfer(text):
    got = _rows(text)
    assert not got, got


def test_a_contract_signed_for_a_system_is_not_the_buyers_verb():
    got = _rows("No contract has been signed for Iskander-M systems, the minister said.")
    assert not any(r[1] == "ordered" for r in got), got


@pytest.mark.parametrize("text, want", [
    ("В будущем году Белоруссия получит от России пятую батарею «Тор-М2К». Контракт подписан в сентябре, "
     "финансирование открыто.", ("Tor-M2K", "ordered", "Russia", "Belarus")),
    ("Белоруссия закупит еще одну батарею «Тор-М2». Контракт с российской стороной подписан, средства выделены.",
     ("Tor-M2", "ordered", "Russia", "Belarus")),
])
def test_a_contract_signed_in_its_own_predicate_is_the_systems_order(text, want):
    got = _rows(text)
    assert any(r[:4] == want for r in got), got


def test_contracts_in_general_are_no_order():
    got = _rows("Завод отгрузил в Россию 112 шасси МЗКТ-7930. Текущие контракты с российскими заказчиками подписаны на "
                "два года вперед.")
    assert not any(r[1] == "ordered" for r in got), got


def test_sent_formations_stay_a_deployment():
    got = _rows("Russia sent two Tor-M2 batteries and 300 troops to Belarus in May.")
    assert not any(r[1] == "delivered" for r in got), got
