"""Belarus -> Russia movements in monitors' words (eleventh session): designations of old stock the knowledge base
now names (BMP-1, BRDM-2, T-62, D-30, ...) are systems without a weapon word beside them ("36 BMP-1 left Belarus"),
and an indeclinable "в РФ" next to the movement verb is where the load goes ("в РФ ушли два эшелона"; "с базы в РБ"
is where it stood). Sentences written for this test."""
import pytest

from conftest import deliveries

LEAD_EN = "Belarus and the war\nBelarus keeps supplying its ally. "
LEAD_RU = "Беларусь и война\nБеларусь продолжает помогать союзнику. "


def moved(text):
    lead = LEAD_EN if text.isascii() else LEAD_RU
    return [(e["supplier"], e["recipient"], e["system"], e["quantity"])
            for e in deliveries(lead + text, "2024-10-15")]


@pytest.mark.parametrize("text, expected", [
    ("36 BMP-1 left Belarus for Russia last week, Hajun reported.", (["Belarus"], ["Russia"], "BMP-1", 36.0)),
    ("Two echelons with 36 BMP-1 left Belarus for Russia last week, Hajun reported.",
     (["Belarus"], ["Russia"], "BMP-1", 36.0)),
    ("At least 12 BRDM-2 left Belarus for Russia in May, the monitors said.", (["Belarus"], ["Russia"], "BRDM-2", 12.0)),
    ("На прошлой неделе в РФ ушли два эшелона с 36 БМП-1, сообщил «Гаюн».", (["Belarus"], ["Russia"], "BMP-1", 36.0)),
    ("С базы хранения в РБ в РФ ушли 20 танков Т-72А.", (["Belarus"], ["Russia"], "T-72A", 20.0)),
    ("С базы хранения в РБ ушли в РФ 20 танков Т-72А.", (["Belarus"], ["Russia"], "T-72A", 20.0)),
])
def test_movement_read(text, expected):
    assert expected in moved(text)


@pytest.mark.parametrize("text", [
    "Belarus keeps 36 BMP-1 in storage near Barysaw.",
    "В РФ хранятся 20 танков Т-72А.",
])
def test_no_movement(text):
    assert moved(text) == []


LEAD_PLANT_EN = "Belarusian industry and Russia\nBelarusian defence plants work for Russian customers. "
LEAD_PLANT_RU = "Белорусская промышленность и Россия\nБелорусские оборонные заводы работают на российских заказчиков. "


def shipped(text):
    lead = LEAD_PLANT_EN if text.isascii() else LEAD_PLANT_RU
    return [(e["supplier"], e["recipient"], e["system"], e["quantity"])
            for e in deliveries(lead + text, "2024-10-15")]


@pytest.mark.parametrize("text, expected", [
    # a plant "sent" its goods: a sale (not forces sent), to a Russian maker or to the ministry as indirect object
    ("Peleng has sent 30 Sosna-U sights to Uralvagonzavod since January, its deputy director said.",
     (["Belarus"], ["Russia"], "Sosna-U", 30.0)),
    ("Belarus's MZKT sent the Russian Defence Ministry 45 MZKT-7930 chassis for the Iskander-M in 2023.",
     (["Belarus"], ["Russia"], "MZKT-7930 Astrolog", 45.0)),
])
def test_plant_ships(text, expected):
    assert expected in shipped(text)


@pytest.mark.parametrize("text, system", [
    # the tank a delivered sight is fitted to is not delivered
    ("Belarusian Sosna-U sights are being fitted to T-72B3M tanks at Uralvagonzavod, which took delivery of 150 of "
     "them this year.", "T-72B3"),
    ("Белорусские прицелы «Сосна-У» устанавливаются на танки Т-72Б3М: в этом году «Уралвагонзавод» получил 150 таких "
     "прицелов.", "T-72B3"),
    # forces sent are still no sale
    ("Russia has sent two S-400 battalions to Belarus.", "S-400 Triumf"),
])
def test_not_shipped(text, system):
    assert system not in [s for _, _, s, _ in shipped(text)]


@pytest.mark.parametrize("text, expected", [
    # the count after a colon, of the one system moved
    ("Ural trucks were also sent to Russia: 20 of them left by rail on 12 April, the monitors said.",
     (["Belarus"], ["Russia"], "Ural-4320", 20.0)),
    ("В Россию отправились и грузовики «Урал»: 12 апреля по железной дороге ушли 20 машин, сообщили мониторы.",
     (["Belarus"], ["Russia"], "Ural-4320", 20.0)),
    ("В Россию отправились танки Т-72А: 12 апреля ушли 20 танков.", (["Belarus"], ["Russia"], "T-72A", 20.0)),
])
def test_count_after_colon(text, expected):
    assert expected in moved(text)


LEAD_TIES = "Belarus and Russia: military news\nBelarus and Russia keep up military ties. "
LEAD_TIES_RU = "Беларусь и Россия: военные новости\nБеларусь и Россия развивают военное сотрудничество. "


@pytest.mark.parametrize("text", [
    # taken abroad for tests, or crews going to train: nothing changes hands
    "Belarusian Polonez launchers were taken to Russia for tests and returned in May.",
    "Белорусские пусковые установки «Полонез» вывезли в Россию для испытаний, в мае они вернулись.",
    "Belarusian crews went to Russia to train on the Su-30SM before the jets were delivered.",
    "Белорусские летчики отправились в Россию на переучивание на Су-30СМ.",
])
def test_tests_and_training_are_no_movement(text):
    lead = LEAD_TIES if text.isascii() else LEAD_TIES_RU
    got = [(e["supplier"], e["recipient"]) for e in deliveries(lead + text, "2024-10-15")]
    assert (["Belarus"], ["Russia"]) not in got


def test_train_crossing_the_border_with_russia():
    text = "3 сентября грузовой поезд с 15 БТР-80 пересек границу с Россией."
    assert (["Belarus"], ["Russia"], "BTR-80", 15.0) in moved(text)


@pytest.mark.parametrize("text", [
    "Колонна российских танков Т-72Б3 пересекла границу с Белоруссией.",
    "Российские военные с комплексами «Искандер-М» пересекли границу с Белоруссией для участия в учениях.",
])
def test_crossing_into_belarus_is_no_delivery(text):
    got = deliveries(text, "2024-10-15")
    assert [e for e in got if e["recipient"] == ["Belarus"]] == []


@pytest.mark.parametrize("text, expected", [
    # a counted participle names the kind of stock sold, not a repair for its owner
    ("Belarus had handed Russia more than 100 refurbished T-72A tanks from its storage bases since 2022.",
     [(["Belarus"], ["Russia"], "T-72A", 100.0)]),
    # the Russian form (twelfth session)
    ("С 2022 года Белоруссия передала России более 100 отремонтированных танков Т-72А со своих баз хранения.",
     [(["Belarus"], ["Russia"], "T-72A", 100.0)]),
    ("С 2022 года Белоруссия передала России более ста капитально отремонтированных танков Т-72А.",
     [(["Belarus"], ["Russia"], "T-72A", 100.0)]),
    # a repair plant returning what it overhauled, or overhauling under contract: no transfer
    ("The 558th Aircraft Repair Plant in Baranovichi returned six overhauled Su-25 jets to the Russian Aerospace "
     "Forces.", []),
    ("Belarus's 558th plant continues to overhaul Su-25 jets for the Russian military under a contract signed in 2009.",
     []),
    ("Белорусский 558-й завод продолжает ремонтировать Су-25 для российских ВВС по контракту 2009 года.", []),
])
def test_refurbished_stock_and_repairs(text, expected):
    got = [(e["supplier"], e["recipient"], e["system"], e["quantity"]) for e in deliveries(text, "2024-12-20")]
    assert got == expected
