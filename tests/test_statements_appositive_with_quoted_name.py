"""An appositive clause before the verb may hold a short quoted name ('Khrenin, speaking on the Belarus 1 channel's
"Main Air" programme, said ...', 'Хренин, выступая в программе «Главный эфир», заявил ...'): the name before the
clause speaks; these gave no statement. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang", [
    ("Khrenin, speaking on the Belarus 1 channel's \"Main Air\" programme, said the jets would arrive in June.", "en"),
    ("Хренин, выступая в программе «Главный эфир», заявил, что самолеты прибудут в июне.", "ru"),
])
def test_the_name_before_the_clause_speaks(text, lang):
    got = statements(text, lang, "2024-03-14")
    assert [w for w, _, _ in got] == ["Viktor Khrenin"], got
