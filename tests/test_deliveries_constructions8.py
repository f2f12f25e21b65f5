"""Constructions found failing on news articles in the eighth session (construction classes, not sentences): each
table gives sentences written for this test, in English and Russian where the construction exists in both, with
the delivery rows bellink must (and must not) read. Systems, numbers and dates are invented.

    carried system    "MZKT-7930 chassis for Russia's Iskander-M", "шасси МЗКТ-7930 для комплексов «Искандер-М»": the
                      chassis is shipped, the system it will carry is not (a designation or an owner's possessive
                      may stand between the chassis and "for"/"для")
    negated halt      "не стала откладывать поставку", "did not suspend the deal": a halt word under a negation halts
                      nothing
    halt after a      "talks on buying Yak-130 trainers, which began last autumn, have also been suspended": the
    relative clause   subject's own predicate, resumed after the relative clause, halts the talks
    comparison        "a free transfer, as was the case with the S-300", "как было с С-300": the system the clause is
                      measured against is not its object
"""
import pytest

from conftest import deliveries


def rows(text, published="2024-05-06"):
    return sorted((e["supplier"][0] if e["supplier"] else None, e["recipient"][0] if e["recipient"] else None,
                   e["system"], e["status"]) for e in deliveries(text, published))


@pytest.mark.parametrize("text, expected", [
    # carried system: only the chassis moves
    ("The Minsk Wheeled Tractor Plant ships MZKT-7930 chassis for Russia's Iskander-M missile systems every year.",
     [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered")]),
    ("Минский завод колесных тягачей отгрузил Министерству обороны России 20 шасси МЗКТ-7930 для оперативно-"
     "тактических комплексов «Искандер-М».",
     [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered")]),
    ("Минский завод отгрузил России 30 шасси МЗКТ-7930. Шасси МЗКТ-79221 используются под пусковые установки "
     "«Тополь-М», МЗКТ-7930 – под «Искандер-М». В первом квартале завод отгрузил на треть меньше машин, чем "
     "планировал.", [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered")]),
    # "под" a place is no mount
    ("Россия поставила под Брест комплексы С-400, сообщило Минобороны Беларуси.",
     [("Russia", "Belarus", "S-400 Triumf", "delivered")]),
    # the carried system moving in its own right still counts
    ("Russia handed two Iskander-M systems to Belarus in 2022.", [("Russia", "Belarus", "Iskander-M", "delivered")]),
])
def test_carried_system_is_not_delivered(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Россия не стала откладывать поставку и передала Беларуси четыре Су-30СМ в марте.",
     [("Russia", "Belarus", "Su-30SM", "delivered")]),
    ("Москва не стала замораживать поставки и передала Минску четыре Як-130 в марте.",
     [("Russia", "Belarus", "Yak-130", "delivered")]),
    # a halt that holds still halts
    ("Россия приостановила поставку Беларуси четырех Су-30СМ.", []),
    ("Russia suspended the deal to supply four Su-30SM fighters to Belarus.", []),
])
def test_negated_halt_halts_nothing(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Belarusian officials say talks with Irkut on buying Yak-130 trainers, which began last autumn, have also been "
     "suspended, officially over the price.", []),
    ("A plan to buy S-400 systems from Russia, which Minsk announced in 2019, was frozen in 2021.", []),
    # the relative clause's own verb, or a predicate that halts nothing, leaves the stage
    ("Belarus's order for 12 Su-30SM fighters, which it placed with Irkut in 2017, was not cancelled.",
     [("Russia", "Belarus", "Su-30SM", "ordered")]),
    ("Belarus agreed to buy S-400 systems from Russia, which announced the deal in 2019, and received two in 2021.",
     [("Russia", "Belarus", "S-400 Triumf", "delivered"), ("Russia", "Belarus", "S-400 Triumf", "ordered")]),
])
def test_halt_after_a_relative_clause(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Беларусь получила от России Су-30СМ. Рассчитывать на безвозмездную передачу, как было с С-300, больше не "
     "приходится, считает аналитик.", [("Russia", "Belarus", "Su-30SM", "delivered")]),
    ("Belarus received Su-30SM fighters from Russia. Minsk can no longer count on a free transfer, as was the case "
     "with the S-300, an analyst said.", [("Russia", "Belarus", "Su-30SM", "delivered")]),
    ("Belarus will receive Su-30SM fighters from Russia free of charge, as with the S-300 systems.",
     [("Russia", "Belarus", "Su-30SM", "planned")]),
])
def test_compared_system_is_not_the_object(text, expected):
    assert rows(text) == expected


# --- second round --------------------------------------------------------------------------------------------------
#   "no" subject     "no new Russian troop trains arrived in January, and the Russian A-50 ... stayed": "no" opens the
#                    subject of the arrival verb; the systems of the next conjunct are neither delivered nor denied
#   no contract      "raised the purchase of Su-35S with Putin, but no contract has followed", "однако контракта так и
#   followed         не последовало": the effort came to nothing
#   measured plan    "two more than planned", "as planned", "earlier than expected", "как и планировалось", "на два
#                    больше, чем планировалось", "по плану": the plan word measures the transfer told, no plan of its own

MONITOR_LEAD = "Belarus moved more equipment to Russia in January, a monitoring group said. "


@pytest.mark.parametrize("text, expected", [
    (MONITOR_LEAD + "According to the review, no new Russian troop trains arrived in January, and the Russian A-50 and "
     "MiG-31K aircraft that had been flying from Machulishchy since October stayed on the airfield.", []),
    ("No new S-400 systems have arrived in Belarus from Russia this year, the ministry said.", []),
    # "no" in another phrase of the clause leaves the arrival
    ("Two S-400 battalions arrived in Belarus from Russia in April with no delay, the ministry said.",
     [("Russia", "Belarus", "S-400 Triumf", "delivered")]),
    ("With no fanfare, two Su-30SM fighters arrived in Belarus from Russia in April.",
     [("Russia", "Belarus", "Su-30SM", "delivered")]),
])
def test_no_subject_of_an_arrival(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Belarus wants more Russian weapons. Lukashenko raised the purchase of Su-35S aircraft with Vladimir Putin in "
     "2024, but no contract has followed.", []),
    ("Belarus wants more Russian weapons. Lukashenko raised the purchase of Su-35S aircraft with Vladimir "
     "Putin in 2024, but no contract has followed, and officials now describe the Su-30SM2 as the ceiling.", []),
    ("Беларусь хочет больше российского оружия. Лукашенко поднимал вопрос о закупке Су-35С с Путиным в 2024 году, "
     "однако контракта так и не последовало.", []),
    ("Belarus wants more Russian weapons. Lukashenko raised the purchase of Su-35S aircraft with Vladimir Putin in "
     "2024, and a contract followed in May.", [("Russia", "Belarus", "Su-35", "ordered")]),
])
def test_no_contract_followed(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Minsk Wheeled Tractor Plant said it had handed the Russian Strategic Missile Forces 14 MZKT-79221 chassis "
     "since January, two more than planned.", [("Belarus", "Russia", "MZKT-79221", "delivered")]),
    ("Минский завод передал России 14 шасси МЗКТ-79221 с января, на два больше, чем планировалось.",
     [("Belarus", "Russia", "MZKT-79221", "delivered")]),
    ("Russia delivered four Su-30SM fighters to Belarus in March, as planned.",
     [("Russia", "Belarus", "Su-30SM", "delivered")]),
    ("Russia delivered four Su-30SM fighters to Belarus in March, earlier than planned.",
     [("Russia", "Belarus", "Su-30SM", "delivered")]),
    ("Россия передала Беларуси четыре Су-30СМ в марте, как и планировалось.",
     [("Russia", "Belarus", "Su-30SM", "delivered")]),
    ("Россия передала Беларуси четыре Су-30СМ в марте по плану.", [("Russia", "Belarus", "Su-30SM", "delivered")]),
    # a plan that is the clause's own stays
    ("Russia plans to deliver four Su-30SM fighters to Belarus in March.", [("Russia", "Belarus", "Su-30SM", "planned")]),
    ("Россия планирует передать Беларуси четыре Су-30СМ в марте.", [("Russia", "Belarus", "Su-30SM", "planned")]),
])
def test_measured_plan_is_no_stage(text, expected):
    assert rows(text) == expected


# --- made ready to send (review7 findings 2 and 14) ------------------------------------------------------------------
#   "Russia is preparing to send two S-400 divisions to Belarus", "Россия готовит к отправке в Беларусь два дивизиона
#   С-400": with no stock the systems come out of, no monitor and no movement told before, made-ready systems are
#   a deployment announced, not a planned transfer (as "sent" already was)

@pytest.mark.parametrize("text, expected", [
    ("Russia is preparing to send two S-400 divisions to Belarus, Shoigu said.", []),
    ("Россия готовит к отправке в Беларусь два дивизиона С-400, заявил Шойгу.", []),
    ("Belarusian authorities are preparing to send up to 30 more T-72A tanks to Russia, an official said.", []),
    # out of stock, or under a monitoring report: a planned movement
    ("Belarus is preparing to send 30 T-72A tanks from storage bases to Russia, an official said.",
     [("Belarus", "Russia", "T-72A", "planned")]),
    ("Белоруссия готовит к отправке в Россию 30 танков Т-72А с баз хранения, сообщил источник.",
     [("Belarus", "Russia", "T-72A", "planned")]),
    ("Belarus is preparing to send 30 T-72A tanks to Russia, the monitors said.",
     [("Belarus", "Russia", "T-72A", "planned")]),
])
def test_made_ready_to_send_needs_stock_or_a_movement(text, expected):
    assert rows(text) == expected


# --- halts the clause's own words did not reach ------------------------------------------------------------------
#   relative clause holding the cue   "talks on Tor-M2 systems, which Minsk wanted to get in 2012, stayed frozen":
#                                     the hope in the relative clause goes with the talks its predicate halts
#   Russian resumed predicate         "Переговоры о закупке «Тор-М2», которые велись в 2011 году, по словам
#                                     источника, были заморожены"
#   a request back-referred           "..., but the request was later shelved", "but the talks broke off"
#   passive drop                      "A plan to buy Yak-130 trainers, first raised in 2009, was dropped in 2011"
#   talks put off                     "Talks on buying more Mi-8 helicopters have been postponed" (talks only: a
#                                     delivery put off to a date stays planned)
#   refusal received                  "Минск просил продать ему «Искандеры», но получил отказ"

BUYS_EN = "Belarus buys its weapons from Russia. "
BUYS_RU = "Беларусь покупает оружие у России. "


@pytest.mark.parametrize("text, expected", [
    ("He said talks on Tor-M2 systems, which Minsk wanted to get in 2012, stayed frozen.", []),
    (BUYS_RU + "Переговоры о покупке российских ЗРК «Тор-М2», которые шли в 2011 году, по данным газеты, были "
     "приостановлены из-за нехватки денег.", []),
    ("Minsk asked Moscow for Iskander-M systems in 2009, but the request was later shelved.", []),
    (BUYS_EN + "A plan for Belarus to buy Yak-130 trainers, discussed since 2009, was dropped in 2011 because of its "
     "cost, an officer said.", []),
    (BUYS_EN + "Talks on buying a second batch of Mi-8 helicopters have been postponed, the Defence Ministry in Minsk "
     "said on Friday.", []),
    (BUYS_EN + "According to the general, talks on the purchase of Su-35 fighters have been put off until after 2020 "
     "because of the price.", []),
    ("Минск просил Москву продать ему комплексы «Искандер», но получил отказ.", []),
    # what stays: a predicate that halts nothing, a delivery re-dated, a refusal of something else
    ("He said Tor-M2 systems, which Minsk wanted to get in 2012, would arrive in 2013.",
     [("Russia", "Belarus", "Tor-M2", "planned")]),
    ("Russia will deliver four Yak-130 trainers to Belarus in 2025; talks on other aircraft have been postponed.",
     [("Russia", "Belarus", "Yak-130", "planned")]),
])
def test_halts_across_clauses(text, expected):
    assert rows(text) == expected


# --- third round: what a sentence names without handing it over --------------------------------------------------
#   component for a host     "sights for Russian T-72B3 tanks", "прицелы для танков Т-72Б3": the host is not supplied
#   Soviet inheritance       "Су-27, полученные еще в советское время", "received in Soviet times": no transfer
#   joint training           "российские Су-35С, прибывшие на совместную тренировку", "for a joint training": the
#                            supplier's own aircraft visiting
#   consideration put off    "вопрос о закупках ... будет рассмотрен после 2025 года", "will be considered only after"
#   first-person tally       "Всего с 2015 года нам передано шесть дивизионов": the recipient's running total

GETS_RU = "Беларусь получает оружие от России. "


@pytest.mark.parametrize("text, expected", [
    ("The Peleng plant supplied 80 Sosna-U sights for Russian T-72B3 tanks last year, the company said.",
     [("Belarus", "Russia", "Sosna-U", "delivered")]),
    ("Завод «Пеленг» поставил в Россию 80 прицелов «Сосна-У» для танков Т-72Б3.",
     [("Belarus", "Russia", "Sosna-U", "delivered")]),
    (GETS_RU + "На вооружении авиабазы в Лиде – самолеты Су-25 и МиГ-29, полученные еще в советское время.", []),
    (BUYS_EN + "The Lida air base still flies Su-25 and MiG-29 jets received in Soviet times.", []),
    (GETS_RU + "В Мачулищах в среду приземлились шесть российских истребителей Су-35С, прибывших на совместную "
     "тренировку.", []),
    ("Six Russian Su-35S fighters landed at Machulishchy on Wednesday for a joint training with the Belarusian air "
     "force.", []),
    (BUYS_RU + "Как сообщил командующий, вопрос о закупке новых Як-130 будет рассмотрен после 2025 года.", []),
    (BUYS_EN + "Further purchases of Yak-130 trainers will be considered only after 2025, the commander said.", []),
    ("Министр сообщил, что в этом году Беларусь получила от России еще два дивизиона С-300ПС. «Всего с 2015 года нам "
     "передано шесть дивизионов», – отметил министр.", [("Russia", "Belarus", "S-300PS", "delivered")]),
])
def test_named_but_not_handed_over(text, expected):
    assert rows(text) == expected


# --- a participle aside between the subject and its verb -------------------------------------------------------------
#   "The first S-300PS battalions, promised in 2005, arrived only in 2006": the plan (and its time) in the aside is
#   an earlier stage told in passing; the finite verb gives the clause's stage and date (like "ordered in 2017")

@pytest.mark.parametrize("text, expected", [
    (BUYS_EN + "The first Tor-M2 batteries, promised in 2010, arrived only in 2011 after a delay.",
     [("Russia", "Belarus", "Tor-M2", "delivered", "2011")]),
    (BUYS_RU + "Первые батареи «Тор-М2», обещанные в 2010 году, прибыли только в 2011 году.",
     [("Russia", "Belarus", "Tor-M2", "delivered", "2011")]),
    # a plan the clause's own verb still looks ahead to stays a plan
    (BUYS_EN + "The Tor-M2 batteries, planned for 2010, will arrive in 2011.",
     [("Russia", "Belarus", "Tor-M2", "planned", "2011")]),
])
def test_plan_in_a_participle_aside(text, expected):
    got = sorted((e["supplier"][0], e["recipient"][0], e["system"], e["status"], e["date"])
                 for e in deliveries(text, "2024-05-06"))
    assert got == expected


# --- arrivals at a plant, deals that "deliver" ---------------------------------------------------------------------
#   "До конца года на завод должны поступить еще восемь машин", "are due to arrive at the plant": what arrives at a
#   plant comes for repair or upgrade
#   "Belarus's Su-30SM deal finally delivers - ...": a deal that pays off, no object, hands nothing over

GETS_EN = "Belarus gets its weapons from Russia. "


@pytest.mark.parametrize("text, expected", [
    (GETS_RU + "Авиаремонтный завод в Барановичах в этом году отремонтировал и вернул российским ВВС четыре Су-25, "
     "сообщил директор. До конца года на завод должны поступить еще шесть российских машин.", []),
    (GETS_EN + "The repair plant in Baranovichi overhauled and returned four Su-25 jets to the Russian air force this "
     "year, its director said. Six more Russian aircraft are due to arrive at the plant by the end of the year.", []),
    ("ANALYSIS: Minsk's Yak-130 deal finally delivers - the rest waits. Belarus received four Yak-130 trainers from "
     "Russia on Friday.", [("Russia", "Belarus", "Yak-130", "delivered")]),
    # an air base is no plant; a deal with an object still hands it over
    (GETS_EN + "Two Yak-130 trainers arrived at the Lida air base on Monday.", [("Russia", "Belarus", "Yak-130", "delivered")]),
    (GETS_RU + "Два Як-130 прибыли на авиабазу в Лиде в понедельник.", [("Russia", "Belarus", "Yak-130", "delivered")]),
    ("The deal delivered four Yak-130 trainers to Belarus in 2019.", [("Russia", "Belarus", "Yak-130", "delivered")]),
])
def test_plant_arrivals_and_deals_that_deliver(text, expected):
    assert rows(text) == expected


# --- a trailing "as" clause -------------------------------------------------------------------------------------------
#   "..., as the two allies pressed ahead with a joint network": a trailing "as" clause with a subject of its own tells
#   the background; its words ("pressed") are not the transfer's stage

@pytest.mark.parametrize("text, expected", [
    ("Russia will supply Belarus with four Tor-M2 batteries next year, the minister said on Tuesday, as the two allies "
     "pressed ahead with a joint air defence network.", [("Russia", "Belarus", "Tor-M2", "planned")]),
    ("Russia delivered four Su-30SM fighters to Belarus in 2019, as the two allies pressed for closer ties.",
     [("Russia", "Belarus", "Su-30SM", "delivered")]),
    # "as well as" joins a second system, no clause of its own
    ("Russia delivered four Su-30SM fighters to Belarus, as well as two Yak-130 trainers.",
     [("Russia", "Belarus", "Su-30SM", "delivered"), ("Russia", "Belarus", "Yak-130", "delivered")]),
])
def test_a_trailing_as_clause(text, expected):
    assert rows(text) == expected


# --- a country named in the background phrase ----------------------------------------------------------------------
#   "amid the Ukraine crisis", "на фоне украинского кризиса": the country there is no party to the transfer

@pytest.mark.parametrize("text, recipients", [
    ("Russia handed two Yak-130 trainers to Belarus in May amid the Ukraine crisis.", ["Belarus"]),
    ("Россия передала Беларуси два Як-130 в мае на фоне украинского кризиса.", ["Belarus"]),
    ("Amid tensions, Russia handed two Yak-130 trainers to Belarus in May.", ["Belarus"]),
])
def test_background_country_is_no_party(text, recipients):
    got = deliveries(text, "2024-06-06")
    assert [e["recipient"] for e in got] == [recipients] and [e["supplier"] for e in got] == [["Russia"]]
