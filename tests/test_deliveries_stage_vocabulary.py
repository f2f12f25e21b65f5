"""The stage vocabulary of a transfer, each stage its own row, and the systems a later sentence names back
(issue 12, seventh session). Sentences written for the test, in both languages where the construction exists in
both.

- verbs and nouns of each stage: "handover", "re-armed with", "went into service", "donated", "is to get";
  "доставлены", "перевооружилась на", "пополнилась", "поставка ... завершилась", "передача ... состоялась";
- "of Russian make" / "российского производства" names the maker, it takes no object of its own;
- "The first two arrived in 2019 and entered service in 2020": two stages, each dated in its own predicate,
  also when the subject is a count or a pronoun pointing back;
- "These systems entered service", "Эти комплексы приняты на вооружение": another stage of the system named before;
- a stage told again through "the systems" with nothing of its own is not a second fact.
Not deliveries: the transport aircraft that brought the cargo ("доставили самолеты Ил-76"), an award handed to a
commander, a participle naming back a transfer ("переданные системы будут включены"), "did not say when the systems
would arrive".
"""
import pytest

from conftest import deliveries


def _rows(text, published="2023-01-10"):
    return {(e["system"], e["status"], e["supplier"] and e["supplier"][0], e["recipient"] and e["recipient"][0],
             e["quantity"], (e["date"] or "")[:7]) for e in deliveries(text, published)}


@pytest.mark.parametrize("text, want", [
    ("The handover of the second S-400 battalion to Belarus took place in March.",
     ("S-400 Triumf", "delivered", "Russia", "Belarus", 1.0, "2022-03")),
    ("Передача второго дивизиона С-400 Белоруссии состоялась в марте.",
     ("S-400 Triumf", "delivered", "Russia", "Belarus", 1.0, "2022-03")),
    ("The Belarusian 15th brigade was re-armed with Russian Tor-M2 systems in 2021.",
     ("Tor-M2", "delivered", "Russia", "Belarus", None, "2021")),
    ("В 2021 году белорусская бригада перевооружилась на российские ЗРК «Тор-М2».",
     ("Tor-M2", "delivered", "Russia", "Belarus", None, "2021")),
    ("The Tor-M2 systems came into service with the Belarusian army in 2019.",
     ("Tor-M2", "in_service", "Russia", "Belarus", None, "2019")),
    ("Истребители Су-30СМ российского производства приняты на вооружение белорусских ВВС в 2019 году.",
     ("Su-30SM", "in_service", "Russia", "Belarus", None, "2019")),
    ("Russia donated four Mi-8 helicopters to Belarus in 2018.",
     ("Mi-8", "delivered", "Russia", "Belarus", 4.0, "2018")),
    ("Belarus is to get four Su-30SM fighters from Russia in 2024.",
     ("Su-30SM", "planned", "Russia", "Belarus", 4.0, "2024")),
    ("В Белоруссию из России доставлены четыре вертолета Ми-35М в мае.",
     ("Mi-35M", "delivered", "Russia", "Belarus", 4.0, "2022-05")),
    ("Белорусская армия пополнилась российскими танками Т-72Б3 в 2020 году.",
     ("T-72B3", "delivered", "Russia", "Belarus", None, "2020")),
    ("Поставка истребителей Су-30СМ из России в Белоруссию завершилась в 2020 году.",
     ("Su-30SM", "delivered", "Russia", "Belarus", None, "2020")),
    ("Поставки комплексов С-400 в Белоруссию из России начнутся в 2024 году.",
     ("S-400 Triumf", "planned", "Russia", "Belarus", None, "2024")),
])
def test_stage_vocabulary(text, want):
    assert want in _rows(text)


@pytest.mark.parametrize("text, want", [
    ("Belarus ordered 12 Su-30SM fighters from Russia in 2017. The first two arrived in 2019 and entered service in "
     "2020.", {("Su-30SM", "ordered", "Russia", "Belarus", 12.0, "2017"),
               ("Su-30SM", "delivered", "Russia", "Belarus", 2.0, "2019"),
               ("Su-30SM", "in_service", "Russia", "Belarus", 2.0, "2020")}),
    ("Белоруссия заказала у России 12 истребителей Су-30СМ в 2017 году. Первые два прибыли в 2019 году и в 2020 году "
     "поступили на вооружение.", {("Su-30SM", "ordered", "Russia", "Belarus", 12.0, "2017"),
                                  ("Su-30SM", "delivered", "Russia", "Belarus", 2.0, "2019"),
                                  ("Su-30SM", "in_service", "Russia", "Belarus", 2.0, "2020")}),
])
def test_every_stage_its_own_row(text, want):
    assert want <= _rows(text)


@pytest.mark.parametrize("text, stage, year", [
    ("Russia supplied Belarus with Tor-M2 systems in 2016. These systems entered service in 2017.",
     "in_service", "2017"),
    ("Россия поставила Белоруссии комплексы «Тор-М2» в 2016 году. Эти комплексы приняты на вооружение в 2017 году.",
     "in_service", "2017"),
    ("Belarus ordered 12 Su-30SM fighters from Russia in 2017. The first two arrived in 2019, and in 2020 they "
     "entered service.", "in_service", "2020"),
    ("Белоруссия заказала у России 12 истребителей Су-30СМ в 2017 году. Первые два прибыли в 2019 году, а в 2020 "
     "году они поступили на вооружение.", "in_service", "2020"),
])
def test_a_later_stage_named_back(text, stage, year):
    got = [e for e in deliveries(text, "2023-01-10") if e["status"] == stage]
    assert got and (got[0]["date"] or "").startswith(year)
    assert got[0]["supplier"] == ["Russia"] and got[0]["recipient"] == ["Belarus"]


@pytest.mark.parametrize("text", [
    "Russia delivered a battery of Tor-M2K systems to Belarus in April. The systems were handed over to the brigade.",
    "Россия передала Беларуси батарею «Тор-М2К» в апреле. Церемония передачи состоялась в понедельник в Гродно.",
])
def test_a_stage_told_again_is_one_row(text):
    got = [e for e in deliveries(text, "2023-05-20") if e["status"] == "delivered"]
    assert len(got) == 1 and got[0]["date"] == "2023-04"


@pytest.mark.parametrize("text", [
    "Личный состав и часть техники доставили на аэродром Барановичи самолеты Ил-76.",
    "Технический персонал и имущество в Мачулищи доставили три военно-транспортных самолета Ан-124 из России.",
    "Россия передала Беларуси комплексы С-300 в 2016 году. По словам министра, переданные системы будут включены в "
    "единую систему ПВО.",
    "Russia delivered S-400 systems to Belarus in 2022. The minister did not say when the systems would reach Brest.",
    "Орден министр вручил командиру зенитной ракетной бригады, получившей «Тор-М2» из России.",
])
def test_no_new_row(text):
    got = deliveries(text, "2023-01-10")
    assert not [e for e in got if e["system"] in ("Il-76", "An-124 Ruslan")]
    assert not [e for e in got if e["status"] == "planned"]
    assert len({(e["system"], e["status"]) for e in got}) == len(got) <= 1


@pytest.mark.parametrize("text", [
    "During June no fewer than 60 units of military hardware left Belarus for Russia, the Hajun project said on "
    "Monday. Of those, 25 were T-72A tanks and 10 were BTR-80 armoured personnel carriers.",
    "В течение июня из Беларуси в Россию ушло не менее 60 единиц военной техники, сообщил в понедельник проект "
    "«Гаюн». Из них 25 пришлось на танки Т-72А, еще 10 – на бронетранспортеры БТР-80.",
])
def test_a_monitoring_lead_that_left_belarus_for_russia(text):
    """Construction D-C14: the country "left" takes as its object is the movement's source."""
    got = {(e["system"], e["quantity"], e["supplier"][0], e["recipient"][0], e["date"]) for e in deliveries(text, "2023-07-03")
           if e["status"] == "delivered"}
    assert ("T-72A", 25.0, "Belarus", "Russia", "2023-06") in got
    assert ("BTR-80", 10.0, "Belarus", "Russia", "2023-06") in got


@pytest.mark.parametrize("text, system", [
    ("Belarus received the Tor-M2 from Russia last year. The fifth battery has been on duty near Grodno since the "
     "spring.", "Tor-M2"),
    ("Белоруссия получила от России Су-30СМ2 в прошлом году. Первая пара уже на дежурстве в Барановичах.",
     "Su-30SM2"),
    ("Белоруссия получила от России С-400 в 2022 году. На вооружение 120-й зенитной ракетной бригады поступил второй "
     "дивизион зенитной ракетной системы С-400.", "S-400 Triumf"),
    ("Belarus received S-400 systems from Russia in 2022. Belarusian crews are now on duty with the S-400 near Grodno.",
     "S-400 Triumf"),
])
def test_on_duty_is_in_service(text, system):
    got = [e for e in deliveries(text, "2023-06-01") if e["status"] == "in_service" and e["system"] == system]
    assert got and got[0]["supplier"] == ["Russia"] and got[0]["recipient"] == ["Belarus"]


@pytest.mark.parametrize("text", [
    "Belarus and Russia signed a defence deal in 2021. A group of Russian Su-27 fighters has been on duty at the "
    "Baranovichi airfield since December 2013.",
    "Белоруссия и Россия подписали соглашение в 2021 году. На аэродроме в Барановичах с весны несут дежурство четыре "
    "российских истребителя Су-35С.",
    "Белоруссия и Россия подписали соглашение в 2021 году. Звено российских истребителей Су-27СМ3, которое с декабря "
    "несет дежурство на аэродроме в Барановичах, останется в Белоруссии.",
])
def test_the_owners_aircraft_on_duty_abroad_is_no_delivery(text):
    assert not [e for e in deliveries(text, "2023-06-01") if e["status"] == "in_service"]


@pytest.mark.parametrize("text", [
    "Belarus received four S-300PS battalions from Russia in 2006, they went on combat duty in 2007.",
    "Белоруссия в 2006 году получила из России четыре дивизиона С-300ПС, их заступление на дежурство завершилось в "
    "2007 году.",
])
def test_a_comma_and_a_pronoun_open_the_next_stage(text):
    got = {(e["status"], e["date"]) for e in deliveries(text, "2008-01-10") if e["system"] == "S-300PS"}
    assert {("delivered", "2006"), ("in_service", "2007")} <= got


@pytest.mark.parametrize("text, system, status", [
    ("Russia is ready to consider a Belarusian request for Pantsir-S1 systems, the company said.", "Pantsir-S1",
     "discussed"),
    ("Москва готова рассмотреть белорусскую заявку на комплексы «Панцирь-С1».", "Pantsir-S1", "discussed"),
    ("Belarus is seeking an early delivery of a second pair of Su-30SM fighters from Russia.", "Su-30SM", "discussed"),
    ("Minsk has been pressing Moscow for a second batch of Su-30SM fighters.", "Su-30SM", "discussed"),
    ("Minsk has approached Moscow about Pantsir-SM air defence systems.", "Pantsir-SM", "discussed"),
    ("Белорусская сторона просит российских партнеров продать ей еще один дивизион «Тор-М2К».", "Tor-M2K",
     "discussed"),
    ("Belarus expects another pair of Su-30SM2 fighters from Russia before the end of the year.", "Su-30SM2",
     "planned"),
    ("К осени белорусские ВВС ожидают из России еще три вертолета Ми-35М.", "Mi-35M", "planned"),
])
def test_asking_and_expecting(text, system, status):
    got = [e for e in deliveries(text, "2024-06-01") if e["system"] == system]
    assert [(e["status"], e["supplier"], e["recipient"]) for e in got] == [(status, ["Russia"], ["Belarus"])]


@pytest.mark.parametrize("text", [
    "Belarus received two Su-30SM2 fighters from Russia in May, while another four are expected by December.",
    "Белоруссия получила от России два Су-30СМ2 в мае, еще четыре ждем до конца года.",
])
def test_a_comma_before_another_batch_cuts_the_stages(text):
    got = {(e["status"], e["quantity"]) for e in deliveries(text, "2024-06-01") if e["system"] == "Su-30SM2"}
    assert ("delivered", 2.0) in got and ("planned", 4.0) in got


@pytest.mark.parametrize("text, system, quantity", [
    ("According to Hajun, a train carrying 12 MT-LB tractors left Asipovichy for Russia on March 3.", "MT-LB", 12.0),
    ("В мае мониторинговый проект «Гаюн» зафиксировал вывоз в Россию не менее 40 танков Т-72А с белорусских баз "
     "хранения.", "T-72A", 40.0),
    ("По данным «Гаюна», в апреле из Белоруссии в Россию по железной дороге перевезли не менее 30 БМП-2.", "BMP-2",
     30.0),
])
def test_belarus_to_russia_movements(text, system, quantity):
    """What a train carries is its cargo (not a chassis's mount); 'вывоз', 'перевезли' are movements."""
    got = [e for e in deliveries(text, "2023-07-03") if e["system"] == system]
    assert [(e["supplier"], e["recipient"], e["quantity"]) for e in got] == [(["Belarus"], ["Russia"], quantity)]


@pytest.mark.parametrize("text", [
    "Russia keeps supplying weapons to its ally Belarus. The S-400 systems may be placed near Brest.",
    "Россия продолжает поставлять оружие союзной Белоруссии. Комплексы С-400 могут разместить под Брестом.",
])
def test_may_be_placed_is_planned(text):
    """Construction D-C12: a placement the text gives as a prospect, in English as in Russian."""
    got = [e for e in deliveries(text, "2024-06-01") if e["system"] == "S-400 Triumf"]
    assert [(e["status"], e["supplier"], e["recipient"]) for e in got] == [("planned", ["Russia"], ["Belarus"])]


@pytest.mark.parametrize("text", [
    "Belarus ordered 12 Su-30SM fighters from Russia in 2017, the first two arrived in 2019 and entered service in 2020.",
    "Белоруссия заказала у России 12 истребителей Су-30СМ в 2017 году, первые два прибыли в 2019 году и поступили на "
    "вооружение в 2020 году.",
])
def test_a_comma_before_a_part_of_the_batch_is_a_clause_of_its_own(text):
    got = {(e["status"], e["quantity"], e["date"]) for e in deliveries(text, "2023-01-10") if e["system"] == "Su-30SM"}
    assert got == {("ordered", 12.0, "2017"), ("delivered", 2.0, "2019"), ("in_service", 2.0, "2020")}


@pytest.mark.parametrize("text, want", [
    ("Russia handed Belarus four S-300PS battalions in 2016.", ("S-300PS", "delivered", 4.0, "2016")),
    ("Russia handed Minsk four S-300PS battalions and a Protivnik-GE radar in 2016.",
     ("S-300PS", "delivered", 4.0, "2016")),
])
def test_handed_without_over(text, want):
    got = {(e["system"], e["status"], e["quantity"], e["date"]) for e in deliveries(text, "2017-01-10")
           if e["supplier"] == ["Russia"] and e["recipient"] == ["Belarus"]}
    assert want in got


def test_handed_down_is_no_transfer():
    assert not deliveries("The court handed down a sentence to the S-300 crew commander in 2016.", "2017-01-10")
