"""Deliveries that must never exist (issue "Real news"): passages that read like a transfer but are not.

One table per construction, with sentences written for these tests in English and Russian, and beside
each table the positive twin that must stay a delivery: a deal halted, frozen or tried to no avail; a
question off the agenda; the aircraft that carried the cargo; ...
"""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path; tests/ is not a package)


def brief(rows) -> list:
    return [(r["system"], r["status"], r["quantity"]) for r in rows]


# --- the effort came to nothing: "but the contract was never signed", "однако договориться так и не удалось" --

FUTILE = [
    "Minsk asked Moscow to sell it two Iskander battalions in 2008, but the contract was never signed.",
    "Minsk asked Moscow for two Iskander battalions in 2008. However, no contract was ever signed.",
    "Belarus tried to buy Su-35 fighters from Russia, but the talks came to nothing.",
    "Belarus and Russia held talks on Su-35 fighters for Belarus for years, without result.",
    "Belarus negotiated with Russia on the purchase of Su-35 fighters, but the talks broke down over the price.",
    "Минск просил Москву продать ему два дивизиона «Искандеров» в 2008 году, однако контракт так и не был подписан.",
    "Переговоры с Россией о приобретении Белоруссией комплексов «Искандер» велись несколько лет, однако "
    "договориться так и не удалось.",
    "Белоруссия вела переговоры с Россией о закупке истребителей Су-35, но они ни к чему не привели.",
    "Переговоры Минска и Москвы о поставке Белоруссии истребителей Су-35 зашли в тупик.",
]


@pytest.mark.parametrize("text", FUTILE)
def test_an_effort_that_came_to_nothing_is_no_delivery(text):
    assert brief(deliveries(text)) == []


@pytest.mark.parametrize("text, expected", [
    # the later clause names its own system: it is that one's effort that failed
    ("Belarus received four Yak-130 trainers from Russia in April, but talks on the Su-35 came to nothing.",
     [("Yak-130", "delivered", 4)]),
    ("Белоруссия получила от России четыре Як-130 в апреле, однако договориться о Су-35 так и не удалось.",
     [("Yak-130", "delivered", 4)]),
    # a delivery is done: a later failure does not undo it
    ("Russia delivered four Yak-130 trainers to Belarus in April, but the talks on payment came to nothing.",
     [("Yak-130", "delivered", 4)]),
    # the effort succeeded
    ("Minsk asked Moscow for two Iskander battalions in 2008, and the contract was signed in 2010.",
     [("Iskander", "discussed", 2)]),
])
def test_a_failure_of_something_else_leaves_the_delivery(text, expected):
    assert brief(deliveries(text)) == expected


# --- the question is off the agenda, or nobody comments on it --------------------------------------------

CLOSED = [
    "Вопрос о передаче Белоруссии российских систем С-400, по словам министра, «пока не стоит».",
    "Министр дал понять, что вопрос о закупке у России дополнительных комплексов «Искандер» сейчас не стоит.",
    "Вопрос о возможной закупке у России систем С-400 в ведомстве комментировать не стали.",
    "The ministry declined to comment on a possible purchase of S-400 systems from Russia.",
    "The purchase of more Iskander systems from Russia is not on the agenda, the minister said.",
]


@pytest.mark.parametrize("text", CLOSED)
def test_a_question_off_the_agenda_is_no_discussion(text):
    assert brief(deliveries(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Вопрос о передаче Белоруссии российских систем С-400 обсуждается, сообщил министр.",
     [("S-400 Triumf", "discussed", None)]),
    ("Belarus is discussing the purchase of more Iskander systems from Russia, the minister said.",
     [("Iskander", "discussed", None)]),
])
def test_a_question_on_the_agenda_is_a_discussion(text, expected):
    assert brief(deliveries(text)) == expected


# --- a halt that is over halts nothing: the positive twins of the halted deals -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Belarus received the first S-400 battalion from Russia in April after the freeze on the deal was lifted.",
     [("S-400 Triumf", "delivered", 1)]),
    ("Russia delivered four Yak-130 trainers to Belarus in April after a two-year freeze.",
     [("Yak-130", "delivered", 4)]),
    ("Belarus received four Yak-130 trainers from Russia in April despite the freeze on other deals.",
     [("Yak-130", "delivered", 4)]),
    ("Россия в апреле поставила Белоруссии четыре Як-130 после двухлетней заморозки контракта.",
     [("Yak-130", "delivered", 4)]),
    ("Россия разморозила контракт и в апреле поставила Белоруссии четыре Як-130, поставка которых была "
     "приостановлена в 2014 году.", [("Yak-130", "delivered", 4)]),
])
def test_a_halt_that_is_over_leaves_the_delivery(text, expected):
    assert brief(deliveries(text)) == expected


@pytest.mark.parametrize("text", [
    "Talks on supplying S-400 systems to Belarus had been frozen and would not resume before 2011.",
    "Переговоры о поставке Белоруссии систем С-400 заморожены и не возобновятся до 2011 года.",
    "Russia froze talks on supplying S-400 systems to Belarus and plans to resume them next year.",
])
def test_a_halt_still_in_force_is_no_delivery(text):
    assert brief(deliveries(text)) == []


# --- a later sentence pointing back to a dead deal asserts no stage ----------------------------------------

@pytest.mark.parametrize("text", [
    "Другой проект – закупка у России самолетов Як-130 – пока заморожен. Переговоры по этому контракту велись "
    "больше года.",
    "Minsk's plan to buy Yak-130 trainers from Russia was frozen last year. Talks on the contract had lasted a year.",
])
def test_a_noun_pointing_back_to_a_halted_deal_is_no_discussion(text):
    assert brief(deliveries(text)) == []


def test_a_noun_pointing_back_to_a_live_deal_is_still_read():
    got = brief(deliveries("Белоруссия намерена закупить у России самолеты Як-130. Переговоры по этому контракту "
                           "идут больше года."))
    assert ("Yak-130", "discussed", None) in got


# --- the aircraft that carried the cargo: never what changed hands -----------------------------------------

CARRIERS = [
    ("Россия передала Белоруссии четыре Як-130, их доставили на борту Ан-124.", [("Yak-130", "delivered", 4)]),
    ("Россия передала Белоруссии четыре Як-130, которые доставили военно-транспортные самолеты Ил-76.",
     [("Yak-130", "delivered", 4)]),
    ("Russia delivered four Yak-130 trainers to Belarus by An-124.", [("Yak-130", "delivered", 4)]),
    ("Russia delivered four Yak-130 trainers to Belarus; the aircraft were brought in by An-124 transports.",
     [("Yak-130", "delivered", 4)]),
]


@pytest.mark.parametrize("text, expected", CARRIERS)
def test_the_carrier_is_no_delivery(text, expected):
    assert brief(deliveries(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Belarus received two Il-76MD transport aircraft from Russia in 2021.", [("Il-76MD", "delivered", 2)]),
    ("Белоруссия получила от России два военно-транспортных самолета Ил-76МД.", [("Il-76MD", "delivered", 2)]),
    ("Russia delivered four Yak-130 trainers and two Il-76MD transport aircraft to Belarus.",
     [("Yak-130", "delivered", 4), ("Il-76MD", "delivered", 2)]),
    ("Россия поставила Белоруссии четыре Як-130 и два военно-транспортных самолета Ил-76МД.",
     [("Yak-130", "delivered", 4), ("Il-76MD", "delivered", 2)]),
])
def test_a_transport_aircraft_that_is_itself_delivered_stays_a_delivery(text, expected):
    assert brief(deliveries(text)) == expected


# --- crews training on systems not yet handed over: the system is what they train on -----------------------

@pytest.mark.parametrize("text", [
    "Belarusian crews would begin training on the Pantsir-S1 in the spring, as Minsk and Moscow had agreed in "
    "principle on a first delivery.",
    "Белорусские расчеты начнут весной обучение на комплексах «Панцирь-С1», поскольку Минск и Москва "
    "договорились о первой поставке.",
    "Belarusian crews are training in Russia on the S-400 systems, which have not yet been handed over.",
    "Белорусские расчеты проходят обучение в России на комплексах С-400, которые еще не переданы.",
])
def test_crews_training_on_a_system_is_no_delivery(text):
    assert brief(deliveries(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Belarusian crews are training on the Tor-M2 received from Russia in May.", [("Tor-M2", "delivered", None)]),
    ("Белорусские расчеты проходят обучение на комплексах «Тор-М2», полученных от России в мае.",
     [("Tor-M2", "delivered", None)]),
    ("Russia delivered the S-400 to Belarus in May, and crews are training on them.",
     [("S-400 Triumf", "delivered", None)]),
])
def test_a_system_trained_on_and_received_stays_a_delivery(text, expected):
    assert brief(deliveries(text)) == expected


# --- a deal withdrawn from, refused, dropped, terminated -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Belarus withdrew from the deal to buy Su-30SM fighters from Russia.",
    "Minsk refused to buy Yak-130 trainers from Russia, citing the price.",
    "Russia refused to sell Iskander systems to Belarus.",
    "Belarus dropped plans to buy S-400 systems from Russia.",
    "Minsk ruled out buying S-400 systems from Russia.",
    "Россия отказалась продавать Белоруссии «Искандеры».",
    "Белоруссия отказалась от закупки у России истребителей Су-30СМ.",
    "Контракт на поставку Белоруссии вертолетов Ми-35М был расторгнут.",
    "Закупка Белоруссией российских С-400 отложена на неопределенный срок.",
])
def test_a_deal_refused_or_dropped_is_no_delivery(text):
    assert brief(deliveries(text)) == []


@pytest.mark.parametrize("text, expected", [
    # the refusal is in a clause of its own after the delivery
    ("Russia delivered four Yak-130 trainers to Belarus in April, though Minsk had earlier refused to buy more.",
     [("Yak-130", "delivered", 4)]),
    ("Россия передала Белоруссии четыре Як-130 в апреле, хотя ранее Минск отказывался покупать новые самолеты.",
     [("Yak-130", "delivered", 4)]),
])
def test_a_refusal_after_a_delivery_leaves_the_delivery(text, expected):
    assert brief(deliveries(text)) == expected


# --- contracts in general are no deal of the system named before; the platform a part is fitted to -----------

@pytest.mark.parametrize("text, expected", [
    ("Россия поставила Белоруссии вертолеты Ми-35М. Все контракты выполняются точно в срок.",
     [("Mi-35M", "delivered", None)]),
    ("Белоруссия закупает у России вертолеты Ми-35М. Каких именно контрактов касается это заявление, он не уточнил.",
     [("Mi-35M", "ordered", None)]),
    ("Belarus shipped MZKT-79221 chassis to Russia last year. We work on long-term contracts, and the payments "
     "come on time.", [("MZKT-79221", "delivered", None)]),
    # the twin: a definite contract points back to the system
    ("Belarus wants to buy Su-30SM fighters from Russia. The contract was signed in June.",
     [("Su-30SM", "planned", None), ("Su-30SM", "ordered", None)]),
])
def test_contracts_in_general_point_back_to_no_system(text, expected):
    assert brief(deliveries(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Belarus buys BTR-82A carriers, Peleng to equip Russian T-72B3 tanks", [("BTR-82A", "ordered", None)]),
    ("Belarus supplied Sosna-U sights to Russia to fit T-72B3 tanks.", [("Sosna-U", "delivered", None)]),
    ("Belarus received Tor-M2 systems from Russia to equip its 120th brigade.", [("Tor-M2", "delivered", None)]),
])
def test_the_platform_a_part_is_fitted_to_is_no_delivery(text, expected):
    assert brief(deliveries(text)) == expected


# --- what came to nothing in a clause of its own does not undo a transfer (review finding 2) -------------------

@pytest.mark.parametrize("text,expected", [
    ("Russia delivered four S-300 battalions to Belarus in 2006, fifteen years after the Soviet Union collapsed.",
     ("S-300", "delivered", 4)),
    ("Although talks on Su-35 fighters stalled, Russia delivered four Su-30SM fighters to Belarus in May.",
     ("Su-30SM", "delivered", 4)),
    ("Хотя переговоры о Су-35 зашли в тупик, Россия передала Белоруссии четыре Су-30СМ в мае.",
     ("Su-30SM", "delivered", 4)),
    ("После того как прежний контракт сорвался, Россия передала Белоруссии четыре Су-30СМ в мае.",
     ("Su-30SM", "delivered", 4)),
    ("Although the manufacturer declined to comment, Russia delivered four Su-30SM fighters to Belarus in May.",
     ("Su-30SM", "delivered", 4)),
    ("Россия поставила Белоруссии четыре Су-30СМ в мае, хотя производитель отказался комментировать сделку.",
     ("Su-30SM", "delivered", 4)),
    ("Belarus received two S-400 battalions from Russia in 2021, a decade after earlier talks on them had stalled.",
     ("S-400 Triumf", "delivered", 2)),
    ("The contract for four Su-30SM fighters for Belarus was signed in 2019, after earlier talks on Su-35 had "
     "collapsed.", ("Su-30SM", "ordered", 4)),
])
def test_an_effort_that_came_to_nothing_in_another_clause_leaves_the_transfer(text, expected):
    assert brief(deliveries(text)) == [expected]


@pytest.mark.parametrize("text", [
    "Talks on the sale of Su-35 fighters to Belarus collapsed in 2019.",
    "Belarus planned to buy Su-35 fighters from Russia, but the talks stalled.",
    "Переговоры о поставке Белоруссии Су-35 зашли в тупик.",
    "Контракт на поставку Белоруссии Су-35 сорвался.",
    "After talks on Su-35 fighters for Belarus collapsed, Minsk turned to other options.",
])
def test_the_effort_a_fruitless_cue_governs_stays_cancelled(text):
    assert deliveries(text) == ()


# --- equipment handed over for repair or upgrade comes back: no delivery (review finding 8) ------------------

@pytest.mark.parametrize("text", [
    "Minsk plans to ship 20 old T-72 tanks to Russia for overhaul at the 61st plant.",
    "Belarus wants to ship its old T-72 tanks to Russia for repair.",
    "Belarus shipped 20 T-72 tanks to Russia for a major overhaul.",
    "Belarus will transfer 12 Mi-8 helicopters to Russia to be overhauled.",
    "Белоруссия передала России 20 танков Т-72 для модернизации.",
    "Минск планирует передать России 20 танков Т-72 на капитальный ремонт.",
])
def test_a_transfer_for_repair_or_upgrade_is_no_delivery(text):
    assert deliveries(text) == ()


@pytest.mark.parametrize("text,expected", [
    ("Belarus plans to ship 20 T-72 tanks to Russia.", ("T-72", "planned", 20)),
    ("Russia will deliver four Su-30SM fighters to Belarus after modernization at the Irkutsk plant.",
     ("Su-30SM", "planned", 4)),
    ("Russia signed a contract with Belarus for the supply of Mi-8 helicopters and their repair.",
     ("Mi-8", "ordered", None)),
])
def test_a_transfer_whose_purpose_is_no_repair_stays(text, expected):
    assert brief(deliveries(text)) == [expected]


# --- a transport aircraft first in a list of what is supplied is one item of it (review finding 7) -------------

@pytest.mark.parametrize("text,expected", [
    ("Russia will supply Belarus with two Il-76MD transport aircraft and four Yak-130 trainers.",
     [("Il-76MD", "planned", 2), ("Yak-130", "planned", 4)]),
    ("Belarus received two Il-76MD transports as well as four Mi-35M helicopters from Russia.",
     [("Il-76MD", "delivered", 2), ("Mi-35M", "delivered", 4)]),
    ("Россия поставит Белоруссии военно-транспортные самолеты Ил-76МД и учебно-боевые Як-130.",
     [("Il-76MD", "planned", None), ("Yak-130", "planned", None)]),
    ("Белоруссия получила от России два транспортных самолета Ил-76МД и четыре вертолета Ми-35М.",
     [("Il-76MD", "delivered", 2), ("Mi-35M", "delivered", 4)]),
])
def test_a_transport_aircraft_listed_first_is_delivered_too(text, expected):
    assert brief(deliveries(text)) == expected


@pytest.mark.parametrize("text", [
    "The Yak-130 trainers were delivered to Belarus by An-124 transports.",
    "Two An-124 transports landed in Minsk and unloaded four Yak-130 trainers.",
])
def test_the_carrier_named_with_an_action_of_its_own_stays_the_carrier(text):
    assert [r["system"] for r in deliveries(text)] == ["Yak-130"]
