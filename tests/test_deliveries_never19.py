"""Rows that must never exist (nineteenth session): the forms a report uses to deny, doubt or condition a transfer, each
beside the positive twin that keeps its row. Sentences written for this test, in English and Russian."""
import pytest

from conftest import delivery_rows


def rows(text):
    return sorted((r[0], r[1]) for r in delivery_rows(text))


# --- denials, doubts and unreal necessities: no row at all --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a subject of none before a passive (stages.NONE_PASSIVE_EN)
    "No Pantsir-SM batteries have been handed over to Belarus so far.",
    "No more Tor-M2K launchers were delivered to Belarus last year.",
    "Neither the Pantsir-SM nor the Tor-M2K has been delivered to Belarus.",
    "Neither Su-30SM2 fighters nor Mi-35M helicopters were shipped to Belarus in 2023.",
    # no sign, evidence or confirmation of the transfer (kb negation_cues denial)
    "There is no sign that Russia has handed Pantsir-SM batteries to Belarus.",
    "Analysts found no evidence of Su-30SM2 fighters delivered to Belarus this spring.",
    "So far there has been no confirmation that Moscow shipped Tor-M2K launchers to Minsk.",
    "Nothing suggests that Russia has supplied Pantsir-SM batteries to Belarus.",
    # a doubt is no plan (kb negation_cues modal: unlikely, doubtful, вряд)
    "Moscow is unlikely to deliver Pantsir-SM batteries to Minsk before 2026.",
    "It is doubtful that Russia will hand Su-30SM2 fighters to Belarus this year.",
    "Россия вряд ли передаст Белоруссии батареи «Панцирь-СМ» в этом году.",
    "Вряд ли Минск получит истребители Су-30СМ2 до конца года.",
    # a necessity that is not a decision (kb negation_cues unreal)
    "Minsk would have to buy Pantsir-SM batteries from Moscow at market prices.",
    "Belarus would need to purchase Su-30SM2 fighters from Russia to replace its old jets.",
    # a plan the text says did not happen (kb negation_cues fruitless: "but did not", "but never did")
    "Moscow was to ship Tor-M2K launchers to Minsk last autumn, but did not.",
    "Russia was meant to hand over two Mi-35M helicopters to Belarus in 2023 but never did.",
])
def test_a_denied_doubted_or_unreal_transfer_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Two Pantsir-SM batteries have been handed over to Belarus so far.", [("Pantsir-SM", "delivered")]),
    ("No fewer than four Tor-M2K launchers were delivered to Belarus last year.", [("Tor-M2K", "delivered")]),
    ("There is clear evidence that Russia has handed Pantsir-SM batteries to Belarus.", [("Pantsir-SM", "delivered")]),
    ("Analysts found signs of Su-30SM2 fighters delivered to Belarus this spring.", [("Su-30SM2", "delivered")]),
    ("Russia handed two Pantsir-SM batteries to Belarus in March, and no Tor-M2K launchers have been delivered since.",
     [("Pantsir-SM", "delivered")]),
    ("Moscow is likely to deliver Pantsir-SM batteries to Minsk before 2026.", [("Pantsir-SM", "planned")]),
    ("Россия, скорее всего, передаст Белоруссии батареи «Панцирь-СМ» в этом году.", [("Pantsir-SM", "planned")]),
    ("Russia would deliver Pantsir-SM batteries to Belarus in 2025, the minister said.", [("Pantsir-SM", "planned")]),
    ("Russia shipped Tor-M2K launchers to Belarus in March, but did not say how many.", [("Tor-M2K", "delivered")]),
])
def test_the_positive_twin_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- the alternative set aside: "instead of", "rather than", "вместо" (guards.replaced) ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Russia handed Tor-M2K launchers to Belarus rather than the Pantsir-SM batteries.", [("Tor-M2K", "delivered")]),
    ("Instead of Pantsir-SM batteries, Moscow shipped Tor-M2K launchers to Minsk in May.", [("Tor-M2K", "delivered")]),
    ("Rather than buy Su-30SM2 fighters, Belarus ordered more Yak-130 trainers from Russia.", [("Yak-130", "ordered")]),
    ("Россия передала Белоруссии «Тор-М2К» вместо батарей «Панцирь-СМ».", [("Tor-M2K", "delivered")]),
    ("Вместо «Панцирь-СМ» Россия передала Белоруссии пусковые установки «Тор-М2К».", [("Tor-M2K", "delivered")]),
    # the system after the one set aside is what comes; a clause word ("Instead of waiting,") sets no system aside
    ("Russia handed over Tor-M2K launchers, and instead of the old S-300 the S-400 will come to Belarus.",
     [("S-400 Triumf", "planned"), ("Tor-M2K", "delivered")]),
    ("Instead of waiting, Belarus bought Su-30SM2 fighters from Russia in March.", [("Su-30SM2", "ordered")]),
    # two retired systems joined by "and" both retire
    ("Russia handed Yak-130 trainers to Belarus to replace its L-39 and MiG-29 jets.", [("Yak-130", "delivered")]),
])
def test_the_alternative_set_aside_is_not_moved(text, expected):
    assert rows(text) == expected


# --- a condition's scope is its own clause: a transfer reported done outside it stands; a plan or a prospect outside it,
# the transfer inside it, or a done transfer under a condition on the report itself ("if the reports are true") gives
# no row (stages._asserted_stage, kb negation_cues truth) --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("If Minsk wants more, Moscow has already handed over two Pantsir-SM batteries to it.", [("Pantsir-SM", "delivered")]),
    ("Should Belarus ask for more, Russia has already shipped four Tor-M2K launchers to it.", [("Tor-M2K", "delivered")]),
    ("Если Минску понадобится больше, Россия уже передала ему две батареи «Панцирь-СМ».", [("Pantsir-SM", "delivered")]),
    ("If the reports are true, Moscow has already handed Pantsir-SM batteries to Minsk.", []),
    ("If so, Russia has shipped Tor-M2K launchers to Belarus.", []),
    ("Если эти сведения подтвердятся, Россия уже передала Белоруссии батареи «Панцирь-СМ».", []),
    ("If the deal is signed, Moscow will hand two Pantsir-SM batteries to Minsk.", []),
    ("Russia will ship four Tor-M2K launchers to Belarus if Minsk pays in advance.", []),
    ("If Russia handed Pantsir-SM batteries to Belarus, Vilnius would protest.", []),
    ("Если контракт будет подписан, Россия передаст Белоруссии две батареи «Панцирь-СМ».", []),
    # a movement verb read by outflow.py, under the same scope
    ("If Russia shipped Tor-M2K launchers to Belarus, Vilnius would protest.", []),
    ("If the reports are true, Moscow has shipped Tor-M2K launchers to Minsk.", []),
    ("If Minsk wants more, Russia has already shipped four Tor-M2K launchers to Belarus.", [("Tor-M2K", "delivered")]),
])
def test_a_condition_governs_its_own_clause_and_a_plan_after_it(text, expected):
    assert rows(text) == expected


# --- a claim held at arm's length, a transfer not begun, a confirmation refused, talks that ended without a deal ---------

@pytest.mark.parametrize("text, expected", [
    ("Россия якобы передала Белоруссии две батареи «Панцирь-СМ».", []),
    ("Moscow allegedly handed Tor-M2K launchers to Minsk in March.", []),
    ("Russia supposedly handed two Pantsir-SM batteries to Belarus last year.", []),
    ("Россия передала Белоруссии две батареи «Панцирь-СМ».", [("Pantsir-SM", "delivered")]),
    ("Передача Белоруссии батарей «Панцирь-СМ» пока не началась.", []),
    ("Поставки истребителей Су-30СМ2 в Белоруссию еще не начинались.", []),
    ("Поставки истребителей Су-30СМ2 в Белоруссию начались в марте.", [("Su-30SM2", "delivered")]),
    ("The ministry declined to confirm that Moscow had handed Pantsir-SM batteries to Minsk.", []),
    ("The ministry would neither confirm nor deny that Russia had shipped Tor-M2K launchers to Belarus.", []),
    ("The ministry confirmed that Moscow had handed Pantsir-SM batteries to Minsk.", [("Pantsir-SM", "delivered")]),
    ("The talks on Pantsir-SM batteries for Belarus ended without an agreement.", []),
])
def test_a_claim_held_off_a_transfer_not_begun_or_talks_without_a_deal_give_no_row(text, expected):
    assert rows(text) == expected


# --- a participle on one system, the main verb's object another: the transfer is the participle's noun's
# (participles.object_of_main_verb) -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two Il-76MD aircraft delivered to Belarus by Russia in June will ferry its Pantsir-SM launchers.",
     [("Il-76MD", "delivered")]),
    ("The Su-30SM2 fighters handed over to Belarus by Russia in May will escort its Yak-130 trainers.",
     [("Su-30SM2", "delivered")]),
    ("Истребители Су-30СМ2, переданные Белоруссии Россией в мае, будут сопровождать учебные самолеты Як-130.",
     [("Su-30SM2", "delivered")]),
    # a transfer verb of its own between them reads the second system; a coordinated subject stays
    ("Russia handed over Su-30SM2 fighters to Belarus in May and will deliver Yak-130 trainers in June.",
     [("Su-30SM2", "delivered"), ("Yak-130", "planned")]),
])
def test_the_main_verbs_object_is_not_the_participles(text, expected):
    assert rows(text) == expected


# --- review 19 L1-L6: the scope of this session's negations, doubts, alternatives and truth conditions ------------------

@pytest.mark.parametrize("text, expected", [
    # "no" of another phrase, or a subject with a clause of its own, is no subject of none (L1)
    ("It is no secret that two Pantsir-SM batteries have been handed over to Belarus.", [("Pantsir-SM", "delivered")]),
    ("There is no question that four Yak-130 trainers were delivered to Belarus in May.", [("Yak-130", "delivered")]),
    ("No later than November two Pantsir-SM batteries will be handed over to Belarus.", [("Pantsir-SM", "planned")]),
    ("With no ceremony two Yak-130 trainers were delivered to Belarus in May.", [("Yak-130", "delivered")]),
    ("Neither Moscow nor Minsk said how many Pantsir-SM batteries have been handed over.", [("Pantsir-SM", "delivered")]),
    # "no sign / evidence of" denies its own complement only (L2)
    ("Radar images show no sign of repairs, and Russia handed two Pantsir-SM batteries to Belarus in May.",
     [("Pantsir-SM", "delivered")]),
    ("There is no evidence of delays: Moscow handed two Pantsir-SM batteries to Minsk in May.", [("Pantsir-SM", "delivered")]),
    # "not unlikely" is no doubt; "would have to" under a contract is the plan (L3)
    ("It is not unlikely that Russia will hand two Pantsir-SM batteries to Belarus this year.", [("Pantsir-SM", "planned")]),
    ("Under the contract, Moscow would have to hand 12 Yak-130 trainers to Minsk by 2026.", [("Yak-130", "planned")]),
    # "instead of" / "rather than" a count, a state or a way of the same system sets nothing aside (L4, L5)
    ("The air force will receive new rather than second-hand Yak-130 trainers from Russia.", [("Yak-130", "planned")]),
    ("Minsk will buy rather than rent Yak-130 trainers from Moscow.", [("Yak-130", "planned")]),
    # a condition on something else, whatever its words (L6)
    ("If Minsk chooses to do so, Moscow has already handed two Pantsir-SM batteries to it.", [("Pantsir-SM", "delivered")]),
    ("Если Минск захочет вернуть старые МиГ-29, Россия уже передала ему две батареи «Панцирь-СМ».",
     [("Pantsir-SM", "delivered")]),
    ("Если понадобятся также вертолеты, Россия уже передала Белоруссии две батареи «Панцирь-СМ».",
     [("Pantsir-SM", "delivered")]),
])
def test_review19_scope_keeps_the_true_rows(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, system", [
    ("Instead of the promised six Yak-130 trainers, Belarus received only four in 2024.", "Yak-130"),
    ("Вместо обещанных шести Як-130 Белоруссия получила только четыре.", "Yak-130"),
    ("Instead of two Pantsir-SM batteries, Russia will hand four to Belarus next year.", "Pantsir-SM"),
])
def test_review19_an_alternative_count_keeps_the_system(text, system):
    assert system in {r[0] for r in rows(text)}


# --- "no" / "not a single" determining the object of an active transfer verb (review 19 W1) ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow has handed no Pantsir-SM batteries to Minsk this year.", []),
    ("Belarus has received no new Yak-130 trainers since March.", []),
    ("Russia has shipped no Tor-M2K launchers to Belarus since March.", []),
    ("Moscow has handed not a single Pantsir-SM battery to Minsk.", []),
    ("Russia has handed two Pantsir-SM batteries to Belarus and no Yak-130 trainers.", [("Pantsir-SM", "delivered")]),
    ("Russia handed no fewer than two Pantsir-SM batteries to Belarus.", [("Pantsir-SM", "delivered")]),
])
def test_none_as_the_objects_determiner_gives_no_row(text, expected):
    assert rows(text) == expected


# --- review 19 L7, W4, L8: an arm's-length adverb in the verb group only; an unconfirmed complement in either language;
# a Russian denial governs its own conjunct -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The allegedly secret deal gave Belarus two Pantsir-SM batteries, which arrived in May.", [("Pantsir-SM", "delivered")]),
    ("Moscow has allegedly handed two Pantsir-SM batteries to Minsk.", []),
    ("Россия якобы уже передала Белоруссии две батареи «Панцирь-СМ».", []),
    ("Кремль не стал подтверждать, что Россия передала Белоруссии батареи «Панцирь-СМ».", []),
    ("Кремль отказался подтвердить, что Москва передала Минску батареи «Панцирь-СМ».", []),
    ("Кремль подтвердил, что Россия передала Белоруссии батареи «Панцирь-СМ».", [("Pantsir-SM", "delivered")]),
    ("Russia handed two Pantsir-SM batteries to Belarus in May, the ministry said, neither confirming nor denying that "
     "Yak-130 trainers were also sent.", [("Pantsir-SM", "delivered")]),
    ("Минобороны опровергло слухи о Су-30СМ2 и сообщило, что Россия передала Белоруссии две батареи «Панцирь-СМ» в мае.",
     [("Pantsir-SM", "delivered")]),
    ("Министр опроверг, что Россия передала Белоруссии батареи «Панцирь-СМ».", []),
])
def test_review19_arms_length_unconfirmed_and_russian_denial_scope(text, expected):
    assert rows(text) == expected
