"""A force's command speaks for the force: after 'the command of the Air Force said', a bare 'the command said' /
'в командовании уточнили' is the same force (a generic institution word, like 'the department' / 'ведомство').
Sentences written for this test."""
import pytest

from conftest import speakers


def _who(text, lang, published="2024-02-20"):
    return speakers(text, lang, published)


@pytest.mark.parametrize("lang,text", [
    ("en", "MINSK, Feb 20 - A new surveillance radar has been delivered to a radio-technical brigade, the command of "
     "the Belarusian Air Force and Air Defence Forces said on Monday. The station arrived by rail in February, the "
     "command said."),
    ("ru", "МИНСК, 20 февраля – Новая радиолокационная станция поступила в радиотехническую бригаду, сообщило в "
     "понедельник командование ВВС и войск ПВО Беларуси. Станция прибыла по железной дороге в феврале, уточнили в "
     "командовании."),
])
def test_the_bare_command_is_the_force_that_spoke(lang, text):
    got = _who(text, lang)
    assert len(got) == 2 and got[1][0] == got[0][0] == "Air Force and Air Defence Forces of Belarus", got
