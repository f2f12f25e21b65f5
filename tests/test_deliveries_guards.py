"""The never-guards of ``deliveries/guards.py`` on sentences written for these tests, in both languages, each beside
the positive twin that must stay a delivery: the recipient's own make, a list of what an army has, what a chassis
carries, a request turned down, the supplier's own aircraft to be based, a page's links."""
import pytest

from conftest import deliveries  # the shared helper (tests/ is on the path; tests/ is not a package)


def brief(rows) -> list:
    return sorted((r["supplier"][0] if r["supplier"] else None, r["recipient"][0] if r["recipient"] else None,
                   r["system"], r["status"]) for r in rows)


# --- the recipient's own make or upgrade ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Besides the Russian hardware, the air force is getting locally built MiG-29BM fighters.",
    "Помимо российской техники, сухопутные войска получат 30 бронемашин «Кайман» отечественного производства.",
    "Модернизированные на Барановичском авиаремонтном заводе истребители МиГ-29 вернулись в строй в мае.",
    "Alongside the Russian hardware, Belarus's army keeps getting Belarusian-made Polonez launchers, the latest of "
    "which reached a brigade near Asipovichy in March.",
])
def test_the_recipients_own_make_is_no_delivery(text):
    assert brief(deliveries(text, "2023-05-10")) == []


@pytest.mark.parametrize("text,expected", [
    ("Khrenin asked Moscow for three more Tor-M2K batteries for Belarus, saying the army's own Buk-MB3K systems "
     "lacked range.", [("Russia", "Belarus", "Tor-M2K", "discussed")]),
    ("Белоруссия получила от России три батареи «Тор-М2К», так как собственные комплексы «Бук-МБ3К» устарели.",
     [("Russia", "Belarus", "Tor-M2K", "delivered")]),
])
def test_an_own_system_beside_the_one_asked_for_is_not_asked_for(text, expected):
    assert brief(deliveries(text, "2023-05-10")) == expected



@pytest.mark.parametrize("text,expected", [
    ("Belarusian-made MZKT-7930 chassis were shipped to Russia last year.",
     [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered")]),
    ("Минский завод передал российской армии 12 шасси МЗКТ-7930 белорусского производства.",
     [("Belarus", "Russia", "MZKT-7930 Astrolog", "delivered")]),
])
def test_the_suppliers_own_make_stays_a_delivery(text, expected):
    assert brief(deliveries(text, "2023-05-10")) == expected


# --- a list of what an army has: the transfer verb is the one conjunct's ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Belarus's air defence relies on S-300PS and Buk-MB3K systems and on Tor-M2 batteries, the last of which "
     "arrived from Russia in 2019.", [("Russia", "Belarus", "Tor-M2", "delivered")]),
    ("The Belarusian air force operates MiG-29 fighters and the Yak-130 trainers it bought from Russia in 2015.",
     [("Russia", "Belarus", "Yak-130", "ordered")]),
    ("На вооружении белорусских ВВС – МиГ-29 и полученные из России в 2017 году Як-130.",
     [("Russia", "Belarus", "Yak-130", "delivered")]),
])
def test_in_a_list_of_what_an_army_has_only_the_attached_conjunct_is_delivered(text, expected):
    assert brief(deliveries(text, "2023-05-10")) == expected


def test_a_plain_list_after_the_verb_is_all_delivered():
    assert brief(deliveries("Russia delivered S-400 and Iskander-M systems to Belarus in 2022.", "2023-05-10")) == \
        [("Russia", "Belarus", "Iskander-M", "delivered"), ("Russia", "Belarus", "S-400 Triumf", "delivered")]


# --- what a chassis carries -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Завод передал российской армии 12 шасси МЗКТ-79221, на которых монтируются пусковые установки «Ярс».",
    "The plant shipped 14 MZKT-79221 chassis for the Yars launcher to Russia last year.",
])
def test_the_system_a_chassis_carries_is_not_delivered(text):
    assert brief(deliveries(text, "2023-05-10")) == [("Belarus", "Russia", "MZKT-79221", "delivered")]


# --- a request turned down ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Белоруссия просит Россию продать ей дивизион С-400. Однако в Москве заявили, что свободных дивизионов С-400 в "
    "ближайшие годы не будет.",
    "Belarus asked Russia for two more S-400 battalions. The Russian side replied that it could not spare any "
    "before 2030.",
    "Minsk again asked Moscow for Pantsir-S1 systems, but the Russian ministry rejected the request.",
])
def test_a_request_turned_down_is_no_discussion(text):
    assert brief(deliveries(text, "2023-05-10")) == []


def test_a_request_followed_by_something_else_stays_a_discussion():
    text = "Belarus asked Russia for two more S-400 battalions. The Russian side replied that talks would go on."
    assert brief(deliveries(text, "2023-05-10")) == [("Russia", "Belarus", "S-400 Triumf", "discussed")]


# --- a question put off --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Вопрос о закупке у России истребителей Су-35, который обсуждался в прошлом году, отложен: денег нет.",
    "The question of buying Su-35 fighters from Russia, discussed with Moscow last year, was postponed for lack of "
    "money.",
])
def test_a_question_put_off_is_no_discussion(text):
    assert brief(deliveries(text, "2023-05-10")) == []


def test_a_delivery_put_off_to_a_date_is_still_planned():
    text = "The delivery of the Su-30SM2 fighters to Belarus, planned for the spring, was postponed until the autumn."
    assert brief(deliveries(text, "2023-05-10")) == [("Russia", "Belarus", "Su-30SM2", "planned")]


# --- the supplier's own aircraft to be based in the country; a page's links ----------------------------------------

@pytest.mark.parametrize("text", [
    "Minsk would welcome two squadrons of Russian Su-30SM fighters stationed at Lida, Lukashenko said.",
    "Related: Minsk receives its first Iskander-M brigade",
    "Читайте также: Белоруссия получила первую бригаду «Искандер-М»",
])
def test_basing_requests_and_link_lines_are_no_deliveries(text):
    assert brief(deliveries(text, "2023-05-10")) == []


# --- waiting for, planned: stages of real reporting -----------------------------------------------------------------

@pytest.mark.parametrize("text,system", [
    ("Belarus is still waiting for the Tor-M2 batteries that Russia promised it last spring, Lukashenko said.",
     "Tor-M2"),
    ("Минск ждет от Москвы новые комплексы С-400 до конца года.", "S-400 Triumf"),
    ("Поставка Су-30СМ2 Белоруссии запланирована на весну.", "Su-30SM2"),
])
def test_waiting_for_or_scheduled_is_planned(text, system):
    assert brief(deliveries(text, "2023-05-10")) == [("Russia", "Belarus", system, "planned")]


@pytest.mark.parametrize("text", [
    "MINSK, May 17 (Interfax) - Belarus is still waiting for the Tor-M2 batteries due this year, in a complaint about "
    "the pace of arms deliveries from Minsk's closest ally.",
    "МИНСК, 3 марта (БелТА) – Минобороны России передало Беларуси очередную пару Су-30СМ.",
])
def test_the_dateline_city_and_a_possessor_are_no_parties(text):
    assert all(r[:2] == ("Russia", "Belarus") for r in brief(deliveries(text, "2023-05-10")))
    assert deliveries(text, "2023-05-10")


# --- stages that do not repeat the system's name (constructions.md D6) ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Belarus received its first Pantsir-S1 battery from Russia in April. The second should arrive by September.",
     [("Pantsir-S1", "delivered", 1, "2022-04"), ("Pantsir-S1", "planned", 1, "2022-09")]),
    ("В феврале в белорусскую бригаду из России поступили два дивизиона С-400. Третий ожидается осенью.",
     [("S-400 Triumf", "delivered", 2, "2022-02"), ("S-400 Triumf", "planned", 1, "2022-FA")]),
    # (published June 2022: the service entry is dated before the report, as a done stage must be)
    ("Russia delivered two S-400 battalions to Belarus in 2021. They went on combat duty in January 2022.",
     [("S-400 Triumf", "delivered", 2, "2021"), ("S-400 Triumf", "in_service", 2, "2022-01")]),
    ("Белоруссия получила от России батарею «Тор-М2К» в марте. Ее расчеты уже заступили на боевое дежурство.",
     # one battery (a singular formation), and its crews' duty is that battery's (quantity binding: newsdate)
     [("Tor-M2K", "delivered", 1, "2022-03"), ("Tor-M2K", "in_service", 1, "2022-06-10")]),
    ("Белоруссия получила от России восемь Ми-35М в марте. Эти машины уже заступили на боевое дежурство.",
     # "these machines" are the eight just counted (anaphora.inherit_counts)
     [("Mi-35M", "delivered", 8, "2022-03"), ("Mi-35M", "in_service", 8, "2022-06-10")]),
])
def test_an_ordinal_a_pronoun_or_a_generic_noun_carries_a_later_stage(text, expected):
    got = [(r["system"], r["status"], r["quantity"], r["date"]) for r in deliveries(text, "2022-06-10")]
    assert got == expected


@pytest.mark.parametrize("text", [
    # the ordinal qualifies a noun of its own; the generic noun is what the cargo is for; the pronoun is the buyer
    "Belarus received its first Pantsir-S1 battery from Russia in April. The second half of the year will bring "
    "more talks.",
    "Россия передала Белоруссии комплексы «Тор-М2К» в марте. Ракеты к комплексам уже отгружены.",
    "Belarus received two S-400 battalions from Russia in March. It expects more next year.",
])
def test_what_is_not_a_later_stage_of_the_system(text):
    assert len(deliveries(text, "2022-06-10")) == 1


@pytest.mark.parametrize("text", [
    "Belarus received four Yak-130 from Russia in May. Il-76 transports brought the ground crews. The machines "
    "went on duty in June.",
])
def test_a_generic_noun_never_means_a_carrier(text):
    assert all(r["system"] != "Il-76" for r in deliveries(text, "2022-06-10"))
