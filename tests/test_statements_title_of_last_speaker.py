"""A role noun after a quote takes up the person who spoke just before when his name was introduced with those title
words ('Об этом сообщил заместитель командующего ВВС генерал-майор X. «...», – сказал заместитель командующего').
Another person speaking in between leaves it unresolved. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text", [
    ("ru", "Белорусская сторона ожидает поставки четырех дивизионов С-300. Об этом сообщил заместитель командующего "
     "ВВС и войсками ПВО генерал-майор Игорь Голуб.\n\n«В будущем мы ожидаем поставку еще двух дивизионов», – "
     "сказал заместитель командующего."),
    ("en", "Belarus expects four S-300 battalions from Russia, the deputy commander of the Air Force and Air Defence "
     "Forces, Major General Igor Golub, said on Tuesday.\n\n\"We expect two more battalions later,\" the deputy "
     "commander said."),
])
def test_the_title_takes_up_the_speaker_it_introduced(lang, text):
    got = statements(text, lang, "2010-05-01")
    assert len(got) == 2 and got[1][0] == "Igor Golub", got
