"""Rows that must never exist (seventeenth session), each closed by a cue class's scope. Beside each table, the same
shape that keeps its row. Sentences written for this test, in English and Russian."""
import pytest

from conftest import delivery_rows


def rows(text):
    return sorted((r[0], r[1]) for r in delivery_rows(text))


# --- a supply verb in -ed right after a kind's noun is its participle: it names a transfer back (read._kind_before) ----

@pytest.mark.parametrize("text", [
    "Putin said Russia would hand Iskander-M systems over to Belarus. He stressed that these systems can use both "
    "ballistic and cruise missiles. In addition, the missile systems transferred to Belarus can launch both conventional "
    "and nuclear missiles.",
    "Putin said Russia would hand Iskander-M systems over to Belarus. He stressed that these systems can use both "
    "ballistic and cruise missiles. In addition, the systems supplied to Belarus can carry nuclear warheads.",
    # (the Russian participle is unambiguous and was never read as a delivery)
    "Путин заявил, что Россия передаст Беларуси комплексы «Искандер-М». Он подчеркнул, что эти комплексы могут "
    "применять баллистические и крылатые ракеты. Кроме того, переданные Беларуси ракетные комплексы могут запускать "
    "ядерные ракеты.",
])
def test_a_participle_after_a_kinds_noun_asserts_no_delivery(text):
    assert rows(text) == [("Iskander-M", "planned")]


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
