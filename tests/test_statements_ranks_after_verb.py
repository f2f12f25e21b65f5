"""Ranks in the attribution: two abbreviated ranks after the verb ('..., said air force commander Maj. Gen. Oleg
Dvigalev.') do not end the speaker's phrase at their dots, and a pronoun after him is him; the two-word rank
'генерал армии' as a bare noun ('По словам генерала армии, ...') takes up the general who just spoke, as 'генерал'
does. Sentences written for this test."""
import pytest

from conftest import statements


def test_two_abbreviated_ranks_after_the_verb():
    got = statements("The jet will be reassembled by Russian technicians, said air force commander Maj. Gen. Oleg "
                     "Dvigalev. The four aircraft will be handed over on April 27, he said.", "en", "2015-04-17")
    assert [w for w, _, _ in got] == ["Oleg Dvigalev", "Oleg Dvigalev"], got


@pytest.mark.parametrize("text,said", [
    ("Главнокомандующий ВКС России Сергей Суровикин заявил, что летчики готовы. По словам генерала армии, следующая "
     "группа пилотов прибудет осенью.", "следующая группа пилотов прибудет осенью"),
    ("Главнокомандующий ВКС России генерал армии Сергей Суровикин заявил, что летчики готовы. «Подготовка идет по "
     "графику», – сказал генерал армии.", "Подготовка идет по графику"),
])
def test_general_of_the_army_takes_up_the_general(text, said):
    got = statements(text, "ru", "2019-07-07")
    assert ("Sergei Surovikin", said) in [(w, s) for w, _, s in got], got
