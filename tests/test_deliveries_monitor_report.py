"""A monitoring report of equipment moved from one country's depots to another's, told over several sentences
(constructions D9): the lead gives the direction and a total, the next sentences give the parts ("of those, 45
were T-72A tanks", "из них 40 пришлось на танки"), departures with no destination ("ушло еще 12 МТ-ЛБ", "a train
that left Asipovichy on 2 May carried ..."), and equipment made ready to go ("readied for shipment", "готовят к
отправке" -> planned). Sentences written for this test; the numbers, places and dates are invented."""
import pytest

from conftest import deliveries

LEAD_EN = ("Between February and April, at least 120 pieces of military hardware were moved from Belarusian storage "
           "bases to Russia by rail, a monitoring group said on Monday. ")
LEAD_RU = ("С февраля по апрель с белорусских баз хранения в Россию вывезли не менее 120 единиц техники, сообщил "
           "в понедельник мониторинговый проект. ")


def rows(text, published="2024-05-06"):
    return sorted((e["supplier"][0], e["recipient"][0], e["system"], e["status"], e["quantity"])
                  for e in deliveries(text, published))


@pytest.mark.parametrize("text, expected", [
    # the part of the total each system makes up
    (LEAD_EN + "Of those, no fewer than 40 were T-72B tanks and around 25 were BMP-2 fighting vehicles.",
     [("Belarus", "Russia", "BMP-2", "delivered", 25.0), ("Belarus", "Russia", "T-72B", "delivered", 40.0)]),
    (LEAD_EN + "T-72A tanks accounted for at least 30 of them, and MT-LB tractors for another 15.",
     [("Belarus", "Russia", "MT-LB", "delivered", 15.0), ("Belarus", "Russia", "T-72A", "delivered", 30.0)]),
    (LEAD_RU + "Из них не менее 40 пришлось на танки Т-72Б, а около 25 – на БМП-2.",
     [("Belarus", "Russia", "BMP-2", "delivered", 25.0), ("Belarus", "Russia", "T-72B", "delivered", 40.0)]),
    (LEAD_RU + "Больше всего – не менее 50 – пришлось на танки Т-72А, еще около 20 – на тягачи МТ-ЛБ.",
     [("Belarus", "Russia", "MT-LB", "delivered", 20.0), ("Belarus", "Russia", "T-72A", "delivered", 50.0)]),
    # a departure that names no destination: the report's direction
    (LEAD_RU + "За последнюю неделю апреля, по данным проекта, ушло еще 12 МТ-ЛБ.",
     [("Belarus", "Russia", "MT-LB", "delivered", 12.0)]),
    (LEAD_EN + "A train that left the station at Asipovichy on 22 April carried 15 T-72B tanks and six BMP-2.",
     [("Belarus", "Russia", "BMP-2", "delivered", 6.0), ("Belarus", "Russia", "T-72B", "delivered", 15.0)]),
    (LEAD_RU + "Эшелон, отправленный со станции Осиповичи 22 апреля, вез 15 танков Т-72Б и шесть БМП-2.",
     [("Belarus", "Russia", "BMP-2", "delivered", 6.0), ("Belarus", "Russia", "T-72B", "delivered", 15.0)]),
    (LEAD_EN + "A train that passed through Orsha towards the Russian border on 8 April carried nine T-72A tanks.",
     [("Belarus", "Russia", "T-72A", "delivered", 9.0)]),
    # made ready to go: planned
    (LEAD_EN + "Another 30 T-72A tanks are being readied for shipment at the reserve base near Uruchcha.",
     [("Belarus", "Russia", "T-72A", "planned", 30.0)]),
    # (more of the movement told before: alone, a "preparing to send" is no movement, review7 finding 14)
    (LEAD_EN + "Belarusian authorities are preparing to send up to 30 more T-72A tanks to Russia, Ukrainian "
     "intelligence said.",
     [("Belarus", "Russia", "T-72A", "planned", 30.0)]),
    (LEAD_RU + "Власти готовят к отправке еще около 50 танков Т-72А, утверждают в разведке.",
     [("Belarus", "Russia", "T-72A", "planned", 50.0)]),
])
def test_a_monitoring_report_told_over_several_sentences(text, expected):
    assert [r for r in rows(text) if r[2] != "military hardware"] == expected


@pytest.mark.parametrize("text", [
    # no movement reported before: a share, a departure or a made-ready batch has no direction
    "Of those, no fewer than 40 were T-72B tanks and around 25 were BMP-2 fighting vehicles.",
    "Из них не менее 40 пришлось на танки Т-72Б, а около 25 – на БМП-2.",
    "A train that left the station at Asipovichy on 22 April carried 15 T-72B tanks.",
    "За последнюю неделю апреля ушло еще 12 МТ-ЛБ.",
    "Another 30 T-72A tanks are being readied for shipment at the reserve base near Uruchcha.",
    # a share whose conjunct holds two systems: which number is whose cannot be told
    LEAD_EN + "Of those, 40 were T-72B tanks or BMP-2 fighting vehicles.",
    # the repaired tanks coming back are no delivery either way
    LEAD_RU + "Одновременно в Борисов вернулся эшелон с 14 танками Т-72Б3 после ремонта.",
    # a departure that names another country is another movement, not the report's
    LEAD_EN + "A train with 12 T-72B tanks left for Kazakhstan on 3 April.",
])
def test_no_report_direction_without_a_report(text):
    assert [r for r in rows(text) if r[1] == "Russia"] == []


@pytest.mark.parametrize("text", [
    # a departure whose sentence names its own sides or a place of another country is not the report's
    LEAD_EN + "Meanwhile, 12 BTR-82A carriers bought from Russia left the depot near Minsk for the brigade.",
    LEAD_EN + "The Tor-M2K battery left the plant in Izhevsk on 5 May and arrived in Belarus on 9 May.",
    LEAD_RU + "Тем временем 12 БТР-82А, купленных в России, ушли со склада под Минском в бригаду.",
])
def test_the_report_direction_never_overrides_a_sentence_s_own_sides(text):
    assert [r for r in rows(text) if r[2] in ("BTR-82A", "Tor-M2K") and r[1] == "Russia"] == []


HEAD_EN = "Belarus keeps sending armour to Russia, monitors say\n"
HEAD_RU = "Беларусь продолжает отправлять бронетехнику в Россию\n"


@pytest.mark.parametrize("text, expected", [
    # "sent" in a monitoring report moves equipment, active or passive (constructions D14)
    (HEAD_EN + "Belarus has sent 30 BTR-80 armoured personnel carriers to Russia since June, the group said.",
     [("Belarus", "Russia", "BTR-80", "delivered", 30.0)]),
    (HEAD_EN + "In August, according to the group, about 18 T-72B tanks were sent to Russia.",
     [("Belarus", "Russia", "T-72B", "delivered", 18.0)]),
    # one train of the report, its load counted in the report's unit (constructions D15)
    (HEAD_EN + "At least 40 T-72B tanks went to Russia in September, the monitoring group said. The longest train, "
               "photographed on Sept. 9, carried 15 tanks.",
     [("Belarus", "Russia", "T-72B", "delivered", 15.0), ("Belarus", "Russia", "T-72B", "delivered", 40.0)]),
    (HEAD_EN + "At least 40 T-72B tanks went to Russia in September, the monitoring group said. The last train the "
               "group could track left Asipovichy on September 27 with eight tanks on board.",
     [("Belarus", "Russia", "T-72B", "delivered", 8.0), ("Belarus", "Russia", "T-72B", "delivered", 40.0)]),
    (HEAD_RU + "В сентябре в Россию ушли не менее 40 танков Т-72Б, сообщил мониторинговый проект. Самый длинный "
               "состав ушел со станции Осиповичи 9 сентября: в нем насчитали 15 танков.",
     [("Belarus", "Russia", "T-72B", "delivered", 15.0), ("Belarus", "Russia", "T-72B", "delivered", 40.0)]),
    (HEAD_RU + "В сентябре в Россию ушли не менее 40 танков Т-72Б, сообщил мониторинговый проект. Последний "
               "замеченный эшелон, 27 сентября, вез восемь танков.",
     [("Belarus", "Russia", "T-72B", "delivered", 8.0), ("Belarus", "Russia", "T-72B", "delivered", 40.0)]),
])
def test_sent_and_single_trains_in_a_monitoring_report(text, expected):
    assert rows(text, "2024-10-02") == expected


@pytest.mark.parametrize("text", [
    # "sent" with no monitor in sight is a deployment's word; troops sent anywhere are forces
    "Belarus sent 30 BTR-80 armoured personnel carriers to Russia in June.",
    HEAD_EN + "Belarus sent 300 troops and 20 BTR-80 to Russia for the drills, the monitors said.",
    # a train whose load is counted in a unit no system of the report was counted in
    HEAD_EN + "At least 40 T-72B tanks went to Russia in September, the monitoring group said. The longest train, "
              "photographed on Sept. 9, carried 15 trucks.",
])
def test_no_movement_without_a_monitor_or_a_counted_system(text):
    assert [r for r in rows(text, "2024-10-02") if r[4] != 40.0] == []


@pytest.mark.parametrize("text", [
    HEAD_RU + "В сентябре в Россию ушли не менее 40 танков Т-72Б, сообщил мониторинговый проект. Всего, по подсчетам "
              "мониторщиков, с осени 2022 года в Россию ушли более 300 танков разных модификаций.",
    HEAD_EN + "At least 40 T-72B tanks went to Russia in September, the monitoring group said. In all, more than 300 "
              "tanks of various types have left for Russia since 2022, the group said.",
])
def test_a_running_total_in_a_unit_is_no_delivery_of_the_counted_system(text):
    assert [r[4] for r in rows(text, "2024-10-02")] == [40.0]


def test_the_monitor_test_is_asked_only_of_a_sentence_that_sends(monkeypatch):
    """Whether a monitor is cited matters only to 'sent' / 'sending' (a cheap word test first: it searched every
    sentence and the article's opening again for each, about half of the movement rule's time)."""
    from bellink.ingest.events.deliveries import outflow

    asked = []
    real = outflow._monitor_report
    monkeypatch.setattr(outflow, "_monitor_report", lambda d, sent: (asked.append(sent.text), real(d, sent))[1])
    text = ("Belarus keeps its reserve tanks in Barysaw, the monitors said. The base was built in 1985. "
            "Belarus has sent 30 BTR-80 to Russia since June, the monitors said.")
    got = rows(text)
    assert asked == ["Belarus has sent 30 BTR-80 to Russia since June, the monitors said."]
    assert ("Belarus", "Russia", "BTR-80", "delivered", 30.0) in got


@pytest.mark.parametrize("text", [
    # 'monitor' the verb cites no monitoring group: the fighters sent on patrol are a deployment
    "Belarus and Russia will jointly monitor their airspace under a new agreement. Russia sent two Su-30SM fighters "
    "to Belarus for joint air patrols in March.",
    "Russia is monitoring NATO's drills closely. Moscow sent four Su-35S fighters to Belarus in May.",
])
def test_the_verb_monitor_is_no_monitoring_report(text):
    assert rows(text, "2024-03-15") == []


@pytest.mark.parametrize("text", [
    "Belarus has sent 30 BTR-80 to Russia since June, the monitors said.",
    "Belarus has sent 30 BTR-80 to Russia since June, a monitoring project said.",
    "Belarus has sent 30 BTR-80 to Russia since June, according to the rail monitoring channel.",
])
def test_a_monitoring_group_still_makes_sent_a_movement(text):
    assert ("Belarus", "Russia", "BTR-80", "delivered", 30.0) in rows(text, "2024-09-15")


@pytest.mark.parametrize("text", [
    # systems made ready to go and guard or patrol where they go: a deployment of the sender's forces
    "Russia is preparing to send two S-400 divisions to Belarus to protect the Union State's western border, Shoigu "
    "said.",
    "Россия готовит к отправке в Беларусь два дивизиона С-400 для охраны западных границ Союзного государства, "
    "заявил Шойгу.",
])
def test_made_ready_to_guard_where_it_goes_is_no_planned_transfer(text):
    assert rows(text, "2024-03-15") == []
