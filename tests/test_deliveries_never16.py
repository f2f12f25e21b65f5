"""Rows that must never exist (sixteenth session), each closed by a cue class's scope: missiles of a designation of
their own for a system, and a chassis that carries one (the system armed or carried is not the cargo); a question "not
on a practical plane" or "not on the current agenda" (off the agenda). Beside each table, the same shape that keeps
its row. Sentences written for this test, in English and Russian."""
import pytest

from conftest import delivery_rows


def rows(text):
    return sorted((r[0], r[1]) for r in delivery_rows(text))


# --- missiles for a system, a chassis that carries one: the system is not the cargo (guards.mounted) -------------------

@pytest.mark.parametrize("text", [
    "Belarus received Buk-M1 systems in 2005. A batch of 9M317 surface-to-air missiles for the army's Buk-M1 systems "
    "arrived from Russia in October.",
    "Беларусь получила ЗРК «Бук-М1» в 2005 году. Партия ракет 9М317 к зенитным комплексам «Бук-М1» поступила из "
    "России в октябре.",
    "Беларусь получила ЗРК «Бук-М1» в 2005 году. В октябре из России пришла партия ракет 9М317 для «Бук-М1».",
])
def test_missiles_for_a_system_are_no_row_of_the_system(text):
    assert rows(text) == [("Buk-M1", "delivered")]  # (the 2005 delivery alone)


@pytest.mark.parametrize("text", [
    "The Minsk plant's chassis still carry Russia's Iskander launchers, and few officials like to discuss how many "
    "leave Minsk each year.",
    "Шасси минского завода по-прежнему несут российские «Искандеры», и обсуждать поставки шасси в Минобороны не любят.",
])
def test_what_a_chassis_carries_is_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # the system itself handed over, beside its missiles
    ("Russia delivered four Iskander-M launchers and their missiles to Belarus in December.",
     [("Iskander-M", "delivered")]),
    ("Россия передала Беларуси ракеты для «Искандер-М» и сами комплексы «Искандер-М» в декабре.",
     [("Iskander-M", "delivered")]),
    # a country after "missiles for" is the recipient, not a system
    ("Russia delivered S-400 missiles for Belarus in May.", [("S-400 Triumf", "delivered")]),
    # missiles without a designation of their own are the system's (bench/news/dev 332's gold)
    ("В конце июня в Россию ушли два эшелона с ракетами к зенитным комплексам С-300.", [("S-300", "delivered")]),
    # the system with a transfer of its own beside the missiles: its row stays
    ("A transport brought spare parts and missiles for the Tor-M2K battery Belarus received from Russia last autumn.",
     [("Tor-M2K", "delivered")]),
])
def test_the_system_itself_keeps_its_row(text, expected):
    assert [r for r in rows(text) if r[0] != "An-124 Ruslan"] == expected


# --- "not on a practical plane": off the agenda (negation_cues fruitless) -------------------------------------------

@pytest.mark.parametrize("text", [
    "Посол уточнил, что вопрос о передаче «Искандеров» Беларуси «в практической плоскости не стоит».",
    "Посол добавил, что поставка Беларуси комплексов С-400 в такой плоскости сейчас не стоит.",
    "The ambassador said that talks on Iskander deliveries to Belarus were not on the current agenda.",
    "The ambassador said that Iskander deliveries to Belarus are not on the practical agenda.",
])
def test_a_question_off_the_practical_plane_is_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Посол уточнил, что вопрос о передаче «Искандеров» Беларуси в практической плоскости рассматривается.",
     [("Iskander", "discussed")]),
    ("The ambassador said that talks on Iskander deliveries to Belarus were under way.", [("Iskander", "discussed")]),
])
def test_a_question_on_the_practical_plane_keeps_its_row(text, expected):
    assert rows(text) == expected
