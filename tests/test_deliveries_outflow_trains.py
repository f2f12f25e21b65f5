"""One train of a monitoring report, told after the report's count (Belarus -> Russia outflows): the train as the
subject of a carrying verb ("another echelon took 12 BMP-2 ... towards Russia", "эшелон увез в Россию 14 танков"),
its load as a part of what the report just moved ("carried 14 of them"), counted in howitzers ("на платформах
насчитали 12 гаубиц"), or by a designation the article named as a weapon before ("11 of the BMP-1s"). The train's
own date ("spotted at Asipovichy on 17 February") is the load's. Sentences written for this test; the numbers,
places and dates are invented."""
import pytest

from conftest import deliveries

HEAD_EN = "Monitors: more armour leaves Belarus for Russia\n\n"
HEAD_RU = "Мониторы: техника продолжает уходить в Россию\n\n"


def rows(text, published="2024-05-06"):
    return sorted((e["supplier"][0] if e["supplier"] else None, e["recipient"][0] if e["recipient"] else None,
                   e["system"], e["status"], e["quantity"], e["date"]) for e in deliveries(text, published))


@pytest.mark.parametrize("text, expected", [
    # a train as the subject of a carrying verb, with its own destination
    (HEAD_EN + "At least 30 T-72B tanks left Belarusian storage bases for Russia in April, the monitors said. On 21 "
     "April another echelon took nine BMP-1 fighting vehicles and five MT-LB tractors from Barysau towards Russia.",
     [("Belarus", "Russia", "BMP-1", "delivered", 9.0, "2024-04-21"),
      ("Belarus", "Russia", "MT-LB", "delivered", 5.0, "2024-04-21"),
      ("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-04")]),
    (HEAD_RU + "В апреле с белорусских баз хранения в Россию ушли не менее 30 танков Т-72Б, сообщили мониторы. "
     "Эшелон, вышедший из Борисова 21 апреля, увез в Россию девять БМП-1 и пять тягачей МТ-ЛБ.",
     [("Belarus", "Russia", "BMP-1", "delivered", 9.0, "2024-04-21"),
      ("Belarus", "Russia", "MT-LB", "delivered", 5.0, "2024-04-21"),
      ("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-04")]),
    # "N of them": a part of the one system the report just moved, on the train's own date
    (HEAD_EN + "During April at least 30 T-72B tanks left a reserve base near Barysau for Russia, the monitors said. "
     "The longest train, photographed at Orsha on 12 April, carried 11 of them.",
     [("Belarus", "Russia", "T-72B", "delivered", 11.0, "2024-04-12"),
      ("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-04")]),
    # a designation the article named as a weapon before needs no weapon word again
    (HEAD_EN + "Belarus sent at least 30 BMP-1 infantry fighting vehicles to Russia in April, the monitors said. "
     "A train photographed at Orsha on 12 April carried 11 of the BMP-1s.",
     [("Belarus", "Russia", "BMP-1", "delivered", 11.0, "2024-04-12"),
      ("Belarus", "Russia", "BMP-1", "delivered", 30.0, "2024-04")]),
    # howitzers are a unit: the train's howitzers are the one howitzer the report counted
    (HEAD_RU + "За апрель из Беларуси в Россию ушли не менее 30 буксируемых гаубиц Д-30 и 20 бронетранспортеров "
     "БТР-80, сообщили мониторы. Последний эшелон ушел со станции Слоним 28 апреля: на платформах насчитали 12 гаубиц.",
     [("Belarus", "Russia", "BTR-80", "delivered", 20.0, "2024-04"),
      ("Belarus", "Russia", "D-30", "delivered", 12.0, "2024-04-28"),
      ("Belarus", "Russia", "D-30", "delivered", 30.0, "2024-04")]),
    (HEAD_EN + "At least 30 towed D-30 howitzers and 20 BTR-80 carriers left Belarus for Russia in April, the monitors "
     "said. The last train, which left Slonim on 28 April, carried 12 howitzers.",
     [("Belarus", "Russia", "BTR-80", "delivered", 20.0, "2024-04"),
      ("Belarus", "Russia", "D-30", "delivered", 12.0, "2024-04-28"),
      ("Belarus", "Russia", "D-30", "delivered", 30.0, "2024-04")]),
])
def test_a_train_of_the_report_and_its_load(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # a carrying verb without a train: nothing crosses a border
    HEAD_EN + "The delegation took two Tor-M2K models from Minsk to Moscow for the exhibition.",
    HEAD_RU + "Делегация увезла в Москву два макета комплекса «Тор-М2К» для выставки.",
    # "N of them" with no movement before, or after a movement of two systems (whose part cannot be told)
    HEAD_EN + "The longest train, photographed at Orsha on 12 April, carried 11 of them.",
    HEAD_EN + "At least 30 T-72B tanks and 20 BMP-2 left Belarusian storage bases for Russia in April, the monitors "
    "said. The longest train, photographed at Orsha on 12 April, carried 11 of them.",
])
def test_no_train_load_without_its_report(text):
    assert [r for r in rows(text) if r[4] == 11.0 or r[2] == "Tor-M2K"] == []


def test_trains_in_the_plural_tell_what_the_shipments_held():
    # the movement's period, not the day of the report: "the trains" are the shipments the sentence before counted
    text = (HEAD_EN + "At least 40 armoured vehicles were moved from Belarusian depots to Russia in April. The trains "
            "carried no fewer than 25 BTR-80 carriers, the monitors said on Monday.")
    assert [r for r in rows(text) if r[2] == "BTR-80"] == [("Belarus", "Russia", "BTR-80", "delivered", 25.0, "2024-04")]


@pytest.mark.parametrize("text, expected", [
    # a count split after a colon into dated parts that add up to it: the parts, not the whole
    (HEAD_RU + "За квартал из Беларуси в Россию, по подсчетам наблюдателей, отправили 30 боевых машин пехоты БМП-1: "
     "в январе – 8, в феврале – 10, в марте – 12.",
     [("Belarus", "Russia", "BMP-1", "delivered", 8.0, "2024-01"),
      ("Belarus", "Russia", "BMP-1", "delivered", 10.0, "2024-02"),
      ("Belarus", "Russia", "BMP-1", "delivered", 12.0, "2024-03")]),
    (HEAD_EN + "Belarus sent 30 BMP-1 fighting vehicles from storage to Russia in the first quarter: eight in January, "
     "10 in February and 12 in March, the monitors said.",
     [("Belarus", "Russia", "BMP-1", "delivered", 8.0, "2024-01"),
      ("Belarus", "Russia", "BMP-1", "delivered", 10.0, "2024-02"),
      ("Belarus", "Russia", "BMP-1", "delivered", 12.0, "2024-03")]),
    # parts that do not add up to the whole are no breakdown of it: the whole stays
    (HEAD_EN + "Belarus sent 30 BMP-1 fighting vehicles from storage to Russia in the first quarter: eight in January "
     "and 12 in March, the monitors said.",
     [("Belarus", "Russia", "BMP-1", "delivered", 30.0, "2024-Q1")]),
    # "среди них было ...": the part of the total just reported that each system makes up
    (HEAD_RU + "Не менее 40 единиц техники вывезли в апреле с белорусских баз хранения в Россию, сообщили мониторы. "
     "Среди них было 22 танка Т-72Б и 18 буксируемых гаубиц Д-30.",
     [("Belarus", "Russia", "D-30", "delivered", 18.0, "2024-04"),
      ("Belarus", "Russia", "T-72B", "delivered", 22.0, "2024-04")]),
])
def test_the_parts_of_a_report_s_count(text, expected):
    assert [r for r in rows(text) if r[2] != "military hardware"] == expected


@pytest.mark.parametrize("text, expected", [
    # a monitor's count right after the movement the report told: more of it, in its direction and period
    (HEAD_EN + "During April at least 30 T-72B tanks left a reserve base near Barysau for Russia, the monitors said. "
     "In March the group had counted 20 T-72B tanks moving east by rail.",
     [("Belarus", "Russia", "T-72B", "delivered", 20.0, "2024-03"),
      ("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-04")]),
    (HEAD_EN + "Belarus shipped at least 40 armoured vehicles from its storage bases to Russia in April, the monitors "
     "said. The monitors also counted a dozen MT-LB tractors on flatcars bound for Klintsy in Russia's Bryansk region.",
     [("Belarus", "Russia", "MT-LB", "delivered", 12.0, "2024-04")]),
    (HEAD_RU + "В апреле из Беларуси в Россию ушли не менее 30 танков Т-72Б, сообщили мониторы. В марте волонтеры "
     "насчитали в эшелонах 20 танков Т-72Б.",
     [("Belarus", "Russia", "T-72B", "delivered", 20.0, "2024-03"),
      ("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-04")]),
])
def test_a_monitor_s_count_after_the_movement(text, expected):
    assert [r for r in rows(text) if r[2] != "armoured vehicles"] == expected


@pytest.mark.parametrize("text", [
    # a count with no movement told before moves nothing; nor does one of what stands at a base
    "Headline\n\nThe group counted 20 T-72B tanks on flatcars near Barysau.",
    "Заголовок\n\nВолонтеры насчитали в эшелонах под Борисовом 20 танков Т-72Б.",
    HEAD_EN + "The group counted 20 T-72B tanks at the base near Barysau.",
    HEAD_RU + "Волонтеры насчитали на базе под Борисовом 20 танков Т-72Б.",
])
def test_a_count_alone_moves_nothing(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # a movement still to come is planned, dated by its target ("отправит", "будут отправлены")
    (HEAD_RU + "Беларусь отправит в Россию 30 танков Т-72Б в следующем месяце, сообщили мониторы.",
     [("Belarus", "Russia", "T-72B", "planned", 30.0, "2024-06")]),
    (HEAD_RU + "В следующем месяце в Россию будут отправлены еще 30 танков Т-72Б с белорусских баз хранения.",
     [("Belarus", "Russia", "T-72B", "planned", 30.0, "2024-06")]),
    # the one done stays done
    (HEAD_RU + "За апрель из Беларуси в Россию ушли 30 танков Т-72Б.",
     [("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-04")]),
])
def test_a_movement_still_to_come_is_planned(text, expected):
    assert rows(text) == expected


def test_a_dispatch_noun_reports_the_movement_its_next_sentence_counts():
    # "зафиксировал отправку в Россию трех эшелонов": the noun tells the movement (as "вывоз" does); the next sentence
    # counts what went, in its direction
    text = (HEAD_RU + "Мониторинговый проект зафиксировал с 1 по 7 апреля отправку в Россию трех эшелонов с техникой, "
            "снятой с хранения на белорусских базах. Всего, по подсчетам проекта, вывезено не менее 40 боевых машин "
            "пехоты БМП-1 и шесть зенитных самоходных установок ЗСУ-23-4 «Шилка».")
    assert [r[:5] for r in rows(text)] == [("Belarus", "Russia", "BMP-1", "delivered", 40.0),
                                          ("Belarus", "Russia", "ZSU-23-4 Shilka", "delivered", 6.0)]


@pytest.mark.parametrize("text, expected", [
    # a bare count moved to a country: the one system the sentence before named
    (HEAD_RU + "По контракту Минский завод колесных тягачей должен поставить не меньше 30 шасси МЗКТ-79221. Первые "
     "восемь ушли в Россию в апреле.", ("Belarus", "Russia", "MZKT-79221", "delivered", 8.0, "2024-04")),
    ("Headline\n\nUnder the contract the Minsk Wheeled Tractor Plant must build at least 30 MZKT-79221 chassis. "
     "The first eight left for Russia in April.", ("Belarus", "Russia", "MZKT-79221", "delivered", 8.0, "2024-04")),
])
def test_a_bare_count_moved_points_back_to_its_system(text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # trains are no count of the system; two systems before: whose count it is cannot be told
    HEAD_RU + "В апреле из Беларуси в Россию ушли 30 танков Т-72Б. В мае в Россию ушли три эшелона.",
    HEAD_RU + "Завод выпустил 30 шасси МЗКТ-79221 и 20 танков Т-72Б. Первые восемь ушли в Россию в апреле.",
])
def test_a_bare_count_needs_one_system_to_point_to(text):
    assert [r for r in rows(text) if r[4] in (3.0, 8.0)] == []


@pytest.mark.parametrize("text", [
    # the same movement again, with its own count and time, its verb elided
    HEAD_RU + "В марте из Беларуси в Россию вывезли 30 танков Т-72Б, в апреле – еще 25.",
    HEAD_EN + "Belarus sent 30 T-72B tanks from storage to Russia in March and another 25 in April, the monitors said.",
])
def test_a_movement_repeated_with_its_verb_elided(text):
    assert rows(text) == [("Belarus", "Russia", "T-72B", "delivered", 25.0, "2024-04"),
                          ("Belarus", "Russia", "T-72B", "delivered", 30.0, "2024-03")]


def test_an_elided_repeat_after_two_systems_is_nobody_s():
    text = (HEAD_EN + "Belarus sent 30 T-72B tanks and 20 BMP-2 from storage to Russia in March, and another 25 in "
            "April, the monitors said.")
    assert [r for r in rows(text) if r[4] == 25.0] == []
