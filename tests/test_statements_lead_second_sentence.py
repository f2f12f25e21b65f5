"""A first sentence that names no country nor place ('The previous pair arrived in May.', a page's teaser) leaves the
lead to the next sentence: its country is the one a later bare 'Минобороны' / 'the Defence Ministry' belongs to.
Sentences written for this test."""
import pytest

from conftest import speakers


def _who(text, lang, published="2025-08-14"):
    return speakers(text, lang, published)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Новые истребители\n\nПредыдущая пара самолетов прибыла в конце мая.\n\nВ Беларусь в четверг прибыла "
     "очередная пара российских истребителей Су-30СМ2.\n\nСамолеты заступят на дежурство осенью, сообщили в "
     "Минобороны."),
    ("en", "New fighters\n\nThe previous pair arrived at the end of May.\n\nBelarus received another pair of "
     "Su-30SM2 fighters on Thursday.\n\nThe aircraft will go on combat duty in the autumn, the Defence Ministry said."),
])
def test_the_second_sentence_leads_when_the_first_names_no_country(lang, text):
    got = _who(text, lang)
    assert got and got[-1][0] == "Ministry of Defence of Belarus", got
