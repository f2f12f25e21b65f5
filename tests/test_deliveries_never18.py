"""Rows that must never exist (eighteenth session), each closed by the scope of a construction. Beside each table, the
same shape that keeps its row. Sentences written for this test, in English and Russian."""
import pytest

from conftest import delivery_rows


def rows(text):
    return sorted((r[0], r[1]) for r in delivery_rows(text))


# --- a condition without "if": an inverted auxiliary opening the clause ("Should Moscow supply ...", "Were Russia to
# ...") or a clause opening with "provided that" / "при условии" (kb/negation_cues.tsv, condition) --------------------

@pytest.mark.parametrize("text", [
    "Should Moscow supply Pantsir-SM batteries to Minsk, Vilnius would see it as an escalation.",
    "Should the talks succeed, Russia will ship more Tor-M2K batteries to Belarus next year.",
    "Were Russia to hand Su-35 fighters to Belarus, the regional balance would change.",
    "Were Moscow ever to transfer Kinzhal missiles to Minsk, NATO would answer.",
    "Provided that Minsk pays the full price, Moscow will deliver a fifth Tor-M2K battery to Belarus.",
    "On condition that Minsk covers the cost, Russia will deliver two Mi-35M helicopters to Belarus.",
    "При условии, что Минск оплатит контракт, Россия передаст Белоруссии пятую батарею «Тор-М2К».",
    "При условии полной оплаты Россия поставит Белоруссии два вертолета Ми-35М в следующем году.",
])
def test_a_condition_without_if_asserts_no_stage(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # "should" after its subject is a modal: the plan stands (at lower confidence)
    ("Russia should deliver a fifth Tor-M2K battery to Belarus next year.", [("Tor-M2K", "planned")]),
    # "were" as a past verb, and a condition set after the main verb ("provided that" closes no clause before it)
    ("The Tor-M2K batteries were handed over to Belarus in March.", [("Tor-M2K", "delivered")]),
    ("Russia will deliver a fifth Tor-M2K battery to Belarus provided that Minsk pays for it.", [("Tor-M2K", "planned")]),
    ("Россия поставила Белоруссии два вертолета Ми-35М в марте при условии их совместного обслуживания.",
     [("Mi-35M", "delivered")]),
    # a question opening with "Should" asserts nothing either (guards.question)
    ("Should Russia deliver Tor-M2K batteries to Belarus?", []),
])
def test_a_modal_should_or_a_late_condition_keeps_its_reading(text, expected):
    assert rows(text) == expected


# --- a transport aircraft as the subject of a supply verb whose object is another system is the carrier, no row of its
# own (guards.carrier_arrival) ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two Il-76 aircraft delivered Tor-M2K launchers to Belarus in May.", [("Tor-M2K", "delivered")]),
    ("Three heavy Il-76 transports delivered Pantsir-S1 launchers to Belarus in June.",
     [("Pantsir-S1", "delivered")]),
    # (the Russian verb of bringing was read already: a control)
    ("Самолеты Ил-76 доставили в Белоруссию пусковые установки «Тор-М2К» в мае.", [("Tor-M2K", "delivered")]),
])
def test_a_transport_subject_of_a_supply_verb_is_the_carrier(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a transport aircraft that is what was handed over keeps its row, as the object or with no other system
    ("Russia delivered two Il-76MD aircraft and four Mi-8MTV-5 helicopters to Belarus in May.",
     [("Il-76MD", "delivered"), ("Mi-8MTV-5", "delivered")]),
    ("Russia delivered two Il-76MD aircraft to Belarus in May.", [("Il-76MD", "delivered")]),
    ("Россия передала Белоруссии два самолета Ил-76МД в мае.", [("Il-76MD", "delivered")]),
])
def test_a_transport_aircraft_handed_over_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- a people's name is its state's side: "the Russians", "Belarusians", "россиянам", "белорусы" (refs.named_refs) -----

def sides(text):
    return sorted((r[0], r[1], r[2], r[3]) for r in delivery_rows(text))


@pytest.mark.parametrize("text, expected", [
    ("The Belarusians handed 20 BTR-80 vehicles to the Russians in March.",
     [("BTR-80", "delivered", "Belarus", "Russia")]),
    ("Белорусы передали россиянам 20 БТР-80 в марте.", [("BTR-80", "delivered", "Belarus", "Russia")]),
    ("Россияне поставили белорусам четыре вертолета Ми-8МТВ-5 в марте.",
     [("Mi-8MTV-5", "delivered", "Russia", "Belarus")]),
])
def test_a_peoples_name_is_its_states_side(text, expected):
    assert sides(text) == expected


@pytest.mark.parametrize("text", [
    # the one who takes the vehicles is the people named, not the country where it takes them
    "The Russians took delivery of 30 BMP-1 vehicles at a storage depot in Belarus, the monitors said.",
    "Россияне получили 30 БМП-1 на базе хранения в Белоруссии, сообщили наблюдатели.",
])
def test_a_people_receiving_in_the_other_country_is_no_delivery_to_it(text):
    assert ("Russia", "Belarus") not in {(r[2], r[3]) for r in delivery_rows(text)}


@pytest.mark.parametrize("text, expected", [
    # the adjective before a noun stays an adjective; the country's name is read as before
    ("The Belarusian army received four Yak-130 trainers from Russia in March.",
     [("Yak-130", "delivered", "Russia", "Belarus")]),
    ("Белорусская армия получила от России четыре Як-130 в марте.", [("Yak-130", "delivered", "Russia", "Belarus")]),
])
def test_an_adjective_or_a_name_reads_as_before(text, expected):
    assert sides(text) == expected


# --- an unnamed customer in an article that exports the same system to a third country is no party's row
# (inference.finish_delivery, guards.unnamed_customer) ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # (the party is the first buyer the article names, so the article's memory took it for the customer)
    "Belarus will receive four Yak-130 trainers from Irkut in April. Irkut will also deliver 12 Yak-130 jets to Vietnam "
    "this year. This year we will hand over eight Yak-130s to the customer, the director said.",
    "Белоруссия получит от «Иркута» четыре Як-130 в апреле. «Иркут» также поставит Вьетнаму 12 Як-130 в этом году. "
    "В этом году заказчику передадут восемь Як-130.",
])
def test_an_unnamed_customer_of_an_exported_system_is_no_row(text):
    assert rows(text) == [("Yak-130", "planned")]  # (Belarus's four in April; no row for the customer's eight)


@pytest.mark.parametrize("text, expected", [
    # the article's own party as the only buyer: the customer is that party, as before
    ("Belarus ordered 12 Su-30SM fighters from Russia. This year Irkut will hand over six Su-30SM jets to the customer.",
     [("Su-30SM", "ordered"), ("Su-30SM", "planned")]),
    ("Белоруссия заказала в России 12 Як-130. В этом году заказчику передадут шесть Як-130.",
     [("Yak-130", "ordered"), ("Yak-130", "planned")]),
])
def test_an_unnamed_customer_with_no_export_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- "can" right before the cue is its modal, as "could": a possibility, no stage (negation.modal_word) ---------------

@pytest.mark.parametrize("text", [
    "Air defence systems of the Tor-M2K class can be supplied to Belarus as well, the minister argued.",
    "Russia can deliver another Pantsir-SM battery to Belarus within months.",
])
def test_can_before_the_cue_asserts_no_stage(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # "can" of another verb, further back: the cue's own stage stands
    ("Belarus received Tor-M2K launchers that can engage four targets at once from Russia in March.",
     [("Tor-M2K", "delivered")]),
    ("Russia cannot deliver more Tor-M2K batteries to Belarus this year.", []),
])
def test_can_of_another_verb_keeps_the_cues_stage(text, expected):
    assert rows(text) == expected


# --- a movement to a third country is outside the base, as the general reading's export (outflow.outflows) ----------

@pytest.mark.parametrize("text", [
    "В марте шесть седельных тягачей МЗКТ-741351 отправились в Египет.",
    "In March six MZKT-741351 tractors left Minsk for Egypt.",
])
def test_a_movement_to_a_third_country_is_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("В марте шесть седельных тягачей МЗКТ-741351 отправились в Россию.", [("MZKT-741351", "delivered")]),
    ("In March six MZKT-741351 tractors left Minsk for Russia.", [("MZKT-741351", "delivered")]),
])
def test_a_movement_to_a_party_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- a country adjective on the chassis a system is mounted on is the chassis's make, not the system's origin
# (refs._syntax, kb event_words class chassis) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Next year the army will receive a Tor-M2K battalion on a Belarusian chassis.",
    "В будущем году армия получит дивизион «Тор-М2К» на белорусском шасси.",
])
def test_a_chassis_adjective_gives_no_direction(text):
    assert sides(text) == [("Tor-M2K", "planned", "Russia", "Belarus")]


@pytest.mark.parametrize("text, expected", [
    # the chassis itself, handed over, keeps its maker's adjective as its origin
    ("Минский завод поставил России белорусские шасси МЗКТ-7930 в марте.",
     [("MZKT-7930 Astrolog", "delivered", "Belarus", "Russia")]),
    ("Russia will supply Tor-M2K systems on Belarusian chassis to Belarus next year.",
     [("Tor-M2K", "planned", "Russia", "Belarus")]),
])
def test_a_chassis_handed_over_keeps_its_origin(text, expected):
    assert sides(text) == expected


# --- a system named as a topic of its own in a list of topics is no transfer of the list's other item
# (guards.listed_topic) ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The director told the paper about the contracts signed with Minsk this week, about the Pantsir-SM and about the "
    "sanctions.",
    "Директор рассказал газете о контрактах, подписанных с Минском на этой неделе, о «Панцире-СМ» и о санкциях.",
])
def test_a_listed_topic_is_no_transfer(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # one topic: the system the verb is about
    ("About the Pantsir-SM systems, Russia will deliver them to Belarus next year, the minister said.",
     [("Pantsir-SM", "planned")]),
    ("О «Панцире-СМ»: Россия поставит Белоруссии две батареи в следующем году.", [("Pantsir-SM", "planned")]),
])
def test_a_transfer_inside_the_topic_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- a subject arriving "with their" hardware brings its own (guards.own_hardware); aircraft arriving at a joint
# training centre come to train (guards.TRAINING_PURPOSE) -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Private military contractors arrived in Belarus with their Ural-4320 trucks and BTR-80 vehicles.",
    "Бойцы частной военной компании прибыли в Белоруссию со своими БТР-80 и грузовиками «Урал».",
    "Russian Su-35S jets arrived at the joint combat training centre near Lida in May.",
    "Российские Су-35С прибыли в совместный учебно-боевой центр под Лидой в мае.",
])
def test_own_hardware_or_a_training_centre_arrival_is_no_delivery(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # the recipient's crews bringing home what is new to them
    ("The Belarusian crews arrived back at Baranovichi with their new Su-30SM fighters from Irkutsk.",
     [("Su-30SM", "delivered")]),
    ("Four Su-30SM fighters arrived at Baranovichi from Russia with their Belarusian crews.", [("Su-30SM", "delivered")]),
    # a supply verb to a training centre is read as before
    ("Russia will deliver two Yak-130 trainers to the joint training centre in Lida next year.", [("Yak-130", "planned")]),
])
def test_new_hardware_or_a_supply_to_a_centre_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- a capability given to a system is an upgrade of it, no hand-over (guards.given_capability) ------------------------

@pytest.mark.parametrize("text", [
    "Russia has given Belarusian Su-24M bombers the ability to carry guided missiles.",
    "Moscow is giving some Belarusian MiG-29 fighters the technical capability to fire new missiles.",
])
def test_a_capability_given_to_a_system_is_no_delivery(text):
    assert rows(text) == []


def test_a_capability_beside_a_transfer_is_no_delivery_of_its_own():
    # (read with the transfer verb of the sentence, not with "giving")
    assert rows("Moscow will hand Tor-M2K launchers over to Minsk and will also give several Belarusian Su-24 bombers "
                "the technical ability to fire guided missiles.") == [("Tor-M2K", "planned")]


@pytest.mark.parametrize("text, expected", [
    ("Russia gave Belarus four Su-24M bombers last year.", [("Su-24", "delivered")]),
    ("Russia gave Belarus four Su-24M bombers with the ability to carry guided missiles.", [("Su-24", "delivered")]),
])
def test_a_system_given_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- review 18 findings: the scope of the new condition, "can" and fruitless cues (kb negation_cues, stages) ----------

@pytest.mark.parametrize("text, expected", [
    # L1: a condition after the main verb, ", should ...", leaves an asserted delivery before it standing
    ("Russia delivered four Yak-130 trainers to Belarus in March, should anyone doubt its support.",
     [("Yak-130", "delivered")]),
    # L2: "providing that" + a noun is a participle with a demonstrative, no condition
    ("Providing that help, Russia delivered four Yak-130 trainers to Belarus in March.", [("Yak-130", "delivered")]),
    # N1: "can" with a later time reads as "may" (a plan), a purchase as "может закупить" (discussed)
    ("Belarus can receive Pantsir-SM batteries from Russia as early as next year.", [("Pantsir-SM", "planned")]),
    ("Minsk can buy three more Pantsir-SM batteries from Moscow.", [("Pantsir-SM", "discussed")]),
    ("Belarus can now buy Su-30SM2 fighters from Russia at domestic prices.", [("Su-30SM2", "discussed")]),
])
def test_review18_condition_and_modal_scope(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # W4: a fruitless effort to get a system
    "Belarus failed to obtain Pantsir-SM batteries from Russia last year.",
    "Minsk tried and failed to buy Pantsir-SM batteries from Moscow in 2021.",
])
def test_review18_a_failed_effort_is_no_row(text):
    assert rows(text) == []


# --- review 18 findings: who a side is (refs._people_apart, guards.carrier_arrival) -----------------------------------

@pytest.mark.parametrize("text, expected", [
    # L3: a transport aircraft with a participle after it is what was handed over
    ("Two Il-76MD aircraft delivered to Belarus by Russia in March will carry its troops.", [("Il-76MD", "delivered")]),
    ("Russia's two An-26 aircraft, handed over to Belarus in April, will fly from Machulishchy.",
     [("An-26", "delivered")]),
])
def test_review18_a_transport_handed_over_keeps_its_row(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # W1: people set apart from their state by a participle, a relative clause or a place are no party
    "Belarusians fighting for Ukraine received BMP-1 vehicles from Lithuania in May.",
    "Belarusians serving in the Russian army received new BMP-3 vehicles in May.",
    "Белорусы, служащие в российской армии, получили новые БМП-3 в мае.",
])
def test_review18_people_apart_from_their_state_are_no_party(text):
    assert rows(text) == []


# --- review 18 findings: what follows a movement takes its sides (inference.moves_in_memory) -------------------------

def test_review18_a_follow_up_takes_the_movements_sides():
    # W2: "Another N followed" after a movement from Belarus to Russia goes the same way
    got = sides("A train with 14 T-72A tanks left Belarus for Russia in March. Another 6 tanks followed in April.")
    assert got and all((s, r) == ("Belarus", "Russia") for _, _, s, r in got)


@pytest.mark.parametrize("text", [
    # W3: what follows a movement to a third country follows it there (and that movement is no row either)
    "Seven MZKT-7930 chassis left Belarus for the Emirates in March, the plant said. Another three followed in May.",
    "In March six MZKT-741351 tractors left Minsk for Egypt.",
])
def test_review18_a_follow_up_of_an_export_is_no_row(text):
    assert rows(text) == []


# --- "not a single <noun>" / "not one <noun>" on the subject before the verb is a negation (stages.NOT_A_SINGLE_EN) --

@pytest.mark.parametrize("text", [
    'The minister said on Monday that "not a single tank" had been handed to Russia.',
    "Not a single Tor-M2K battery has arrived from Russia this year.",
    "Not one Pantsir-SM battery was delivered to Belarus in 2021.",
])
def test_not_a_single_is_no_delivery(text):
    assert rows(text) == []


def test_one_as_a_count_keeps_its_row():
    assert rows("Russia handed over one Pantsir-SM battery to Belarus in 2022.") == [("Pantsir-SM", "delivered")]


# --- review 18 W6, W7: each movement of a sentence goes where its own part sends it (outflow._own_destination); "can"
# governs the cue across adverbs, not across a verb of its own (negation.CAN_BETWEEN) ------------------------------------

@pytest.mark.parametrize("text", [
    "In April five MZKT-7930 chassis left Belarus for the Emirates, and ten T-72A tanks left Belarus for Russia.",
    "In April ten T-72A tanks left Belarus for Russia, and five MZKT-7930 chassis left Belarus for the Emirates.",
    "В апреле из Белоруссии в Эмираты ушли пять шасси МЗКТ-7930, а в Россию - десять танков Т-72А.",
])
def test_review18_each_movement_takes_its_own_goal(text):
    assert sides(text) == [("T-72A", "delivered", "Belarus", "Russia")]


@pytest.mark.parametrize("text", [
    "Russia can also quickly deliver more Pantsir-SM batteries to Belarus.",
    "Russia can in principle deliver Pantsir-SM batteries to Belarus.",
])
def test_review18_can_across_adverbs_is_no_delivery(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    # W11: "can't", "won’t" (split at the apostrophe into "can" + "t") are negations, before any modal reading
    "Russia can't deliver Pantsir-SM batteries to Belarus this year.",
    "Belarus can't buy Su-30SM2 fighters from Russia now.",
    "Russia won’t deliver Pantsir-SM batteries to Belarus this year.",
])
def test_review18_a_contracted_not_is_a_negation(text):
    assert rows(text) == []
