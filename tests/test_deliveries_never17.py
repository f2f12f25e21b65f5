"""Rows that must never exist (seventeenth session), each closed by a cue class's scope. Beside each table, the same
shape that keeps its row. Sentences written for this test, in English and Russian."""
import pytest

from conftest import delivery_rows


def rows(text):
    return sorted((r[0], r[1]) for r in delivery_rows(text))


# --- a supply verb in -ed right after a kind's noun is its participle: it names a transfer back (read._kind_before) ----

@pytest.mark.parametrize("text", [
    "The Kremlin confirmed that Moscow would give Minsk Pantsir-S1 batteries. Officials added that such batteries track "
    "drones as well as jets. The air defence vehicles supplied to Minsk will also guard the border crossings.",
    "The Kremlin confirmed that Moscow would give Minsk Pantsir-S1 batteries. Officials added that such batteries track "
    "drones as well as jets. Moreover, the batteries handed to Minsk are able to fire on the move.",
    # (the Russian participle is unambiguous and was never read as a delivery)
    "В Кремле подтвердили, что Москва передаст Минску батареи «Панцирь-С1». Там добавили, что такие батареи сопровождают "
    "и беспилотники, и самолеты. Кроме того, поставленные Минску зенитные машины будут прикрывать пограничные переходы.",
])
def test_a_participle_after_a_kinds_noun_asserts_no_delivery(text):
    assert rows(text) == [("Pantsir-S1", "planned")]


@pytest.mark.parametrize("text, expected", [
    # a participle that dates the transfer tells when it happened
    ("Belarus ordered Su-30SM fighters from Russia in 2017. The jets delivered in 2019 and 2020 were the first batch.",
     [("Su-30SM", "delivered"), ("Su-30SM", "ordered")]),
    # a finite verb after the noun asserts its stage
    ("Putin said Russia would hand Iskander-M systems over to Belarus. The systems arrived at Asipovichy in December.",
     [("Iskander-M", "delivered"), ("Iskander-M", "planned")]),
])
def test_a_dated_participle_or_a_finite_verb_keeps_its_row(text, expected):
    assert rows(text) == expected


# --- a stage cue under a negation of its own adds no stage (stages._asserted_stage, review2 W5) ---------------------

def rows_of(text):
    """(system, status) of deliveries and service entries (a service entry for the text would be as wrong)."""
    from conftest import EN_LEAD, RU_LEAD
    from bellink.ingest.pipeline import analyze_text

    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    a = analyze_text(lead + text, published="2024-05-10", doc_id="news")
    return sorted((a.entities[e.roles["system"][0]].name, e.status) for e in a.events
                  if e.kind in ("delivery", "service_entry"))


@pytest.mark.parametrize("text", [
    "The Belarusian officer said the S-400 battalion delivered by Russia had not yet taken up combat duty.",
    "The Belarusian officer said the S-400 battalion delivered by Russia has not gone on combat duty.",
    "Дивизион С-400, переданный Россией, пока не заступил на боевое дежурство.",
])
def test_a_negated_duty_verb_is_no_service_entry(text):
    # (the delivery the participle tells stays: review17 T1)
    assert rows_of(text) == [("S-400 Triumf", "delivered")]


def test_a_duty_verb_that_never_happened_is_no_service_entry():
    assert "in_service" not in {s for _, s in rows_of("Дивизион С-400, переданный Россией, так и не заступил на боевое "
                                                       "дежурство.")}


@pytest.mark.parametrize("text", [
    # a negation of another phrase before the duty verb (review17 L1)
    "Комплексы Тор-М2К, поставленные Россией не позднее марта, заступили на боевое дежурство.",
    "The Tor-M2K systems, delivered by Russia in March and not in February, entered combat duty in May.",
])
def test_a_negation_of_another_phrase_keeps_the_service_entry(text):
    assert {s for _, s in rows_of(text)} == {"delivered", "in_service"}


@pytest.mark.parametrize("text", [
    "The Belarusian officer said the S-400 battalion delivered by Russia has taken up combat duty.",
    "Дивизион С-400, переданный Россией, заступил на боевое дежурство.",
])
def test_a_duty_verb_without_negation_is_in_service(text):
    assert "in_service" in {s for _, s in rows_of(text)}


# --- a count shared with a third country among coordinated recipients (shared_total.py, review1 W2) -----------------

def counted(text):
    return sorted((r[0], r[1], r[3], r[4]) for r in delivery_rows(text))


@pytest.mark.parametrize("text, expected", [
    ("Russia delivered 12 Su-30SM fighters to Belarus and Kazakhstan in March.",
     [("Su-30SM", "delivered", "Belarus", None)]),
    ("Russia has handed over four Tor-M2 batteries to the Kazakh and Belarusian armies.",
     [("Tor-M2", "delivered", "Belarus", None)]),
    ("Россия поставила 12 истребителей Су-30СМ Белоруссии и Казахстану в марте.",
     [("Su-30SM", "delivered", "Belarus", None)]),
    # "по" before a word that is no number is no distributive (review17 W2)
    ("По данным SIPRI, Россия поставила 12 Су-30СМ Белоруссии и Казахстану в марте.",
     [("Su-30SM", "delivered", "Belarus", None)]),
    # the recipients past a participial phrase (review17 W4)
    ("Russia shipped 12 Su-30SM fighters, purchased under a 2017 contract, to Belarus and Kazakhstan in March.",
     [("Su-30SM", "delivered", "Belarus", None), ("Su-30SM", "ordered", "Belarus", None)]),
])
def test_a_total_shared_with_a_third_country_is_no_count_of_the_party(text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counted for each: the party's own count
    ("Russia delivered four Su-30SM fighters each to Belarus and Kazakhstan in March.",
     [("Su-30SM", "delivered", "Belarus", 4.0)]),
    ("Россия поставила по четыре истребителя Су-30СМ Белоруссии и Казахстану в марте.",
     [("Su-30SM", "delivered", "Belarus", 4.0)]),
    # the third country is another transfer's, told in a participle after a comma
    ("Russia will deliver four more Su-30SM fighters to Belarus this year, in addition to the four delivered to "
     "Kazakhstan last year.", [("Su-30SM", "planned", "Belarus", 4.0)]),
    ("Россия поставит Белоруссии еще четыре Су-30СМ в этом году, помимо четырех, поставленных Казахстану в прошлом году.",
     [("Su-30SM", "planned", "Belarus", 4.0)]),
    # the party alone
    ("Russia delivered 12 Su-30SM fighters to Belarus in March.", [("Su-30SM", "delivered", "Belarus", 12.0)]),
])
def test_a_count_of_the_party_alone_stays(text, expected):
    assert counted(text) == expected


@pytest.mark.parametrize("text", [
    # the party is the participle's recipient, not the planned transfer's
    "Russia will deliver four more Su-30SM fighters to Kazakhstan this year, in addition to the four delivered to "
    "Belarus last year.",
])
def test_a_third_countrys_transfer_is_not_the_partys(text):
    assert not [r for r in counted(text) if r[1] == "planned"]


# --- the transfer question off the practical plane (kb negation_cues fruitless; review2 L6 of the reverted 9d66da4) ---

@pytest.mark.parametrize("text", [
    "Посол уточнил, что вопрос о передаче «Искандеров» Беларуси «в практической плоскости не стоит».",
    "Посол уточнил, что вопрос о поставках С-400 Белоруссии в практической плоскости пока не стоит.",
])
def test_the_transfer_question_off_the_practical_plane_is_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # another plane, another question: the plan stands (review2 L6)
    ("Посол сказал, что Россия поставит Белоруссии «Искандеры», а вопрос в политической плоскости не стоит.",
     [("Iskander", "planned")]),
    ("Россия поставит Белоруссии комплексы «Искандер», вопрос о сроках в практической плоскости не стоит.",
     [("Iskander", "discussed")]),
])
def test_another_question_off_a_plane_keeps_the_plan(text, expected):
    assert rows(text) == expected


# --- a placement begun or done hands nothing over (stages._asserted_stage: a station cue takes no done stage) --------

@pytest.mark.parametrize("text", [
    "The deployment of Tor-M2 air defence units from the Urals to Belarus began on Monday.",
    "Размещение российских комплексов С-400 в Белоруссии началось на этой неделе.",
])
def test_a_deployment_begun_is_no_delivery(text):
    assert not [r for r in rows(text) if r[1] == "delivered"]


@pytest.mark.parametrize("text", [
    "Deliveries of S-400 air defence systems from Russia to Belarus began this week.",
    "Поставки комплексов С-400 из России в Белоруссию начались на этой неделе.",
])
def test_deliveries_begun_are_delivered(text):
    assert [r[1] for r in rows(text)] == ["delivered"]


# --- a participle whose phrase dates the transfer keeps its row, however long the phrase (review17 L4) -------------

def test_a_long_dated_participial_phrase_keeps_its_rows():
    text = ("Belarus ordered Tor-M2K systems from Russia in 2021. The systems delivered to the 120th anti-aircraft missile "
            "brigade at Baranovichi on Tuesday are already on combat duty.")
    assert "in_service" in {r[1] for r in rows(text)}


# --- a purchase given only as possible is no hand-over the owner's placement could belong to (inference.article_memory)

@pytest.mark.parametrize("text", [
    "Российские зенитные системы С-300 могут разместить под Гродно. Белоруссия может закупить у России ещё три дивизиона "
    "С-300.",
    # (the English twin was right before)
    "Russian Pantsir-S1 systems could be stationed near Brest. Belarus may purchase three more Pantsir-S1 systems from "
    "Russia.",
])
def test_the_owners_placement_beside_a_possible_purchase_is_no_plan(text):
    assert "planned" not in {r[1] for r in rows(text)}
    assert "discussed" in {r[1] for r in rows(text)}


# --- "not only ... but also", "не только ..., но и" adds, it does not negate (negation._negation; review17 L5) -------

@pytest.mark.parametrize("text, expected", [
    ("Россия не только передала Белоруссии дивизион С-400, но и поставила его на боевое дежурство.",
     [("S-400 Triumf", "delivered"), ("S-400 Triumf", "in_service")]),
    ("Russia has not only delivered the S-400 battalion to Belarus, but also trained its crews.",
     [("S-400 Triumf", "delivered")]),
])
def test_not_only_is_no_negation(text, expected):
    assert rows(text) == expected


def test_a_plain_negation_still_denies():
    assert rows("Russia did not deliver the S-400 battalion to Belarus.") == []


@pytest.mark.parametrize("text", [
    # a reporting frame's time is not the participle's (review17 W8)
    "Belarus ordered Tor-M2K systems from Russia in 2021. The systems supplied to the Belarusian army can hit targets "
    "15 km away, the ministry said on Tuesday.",
    "Belarus ordered Tor-M2K systems from Russia in 2021. The systems supplied to the Belarusian army, the ministry said "
    "on Tuesday, can hit targets 15 km away.",
])
def test_a_frames_time_does_not_date_the_participle(text):
    assert [r[1] for r in rows(text)] == ["ordered"]
