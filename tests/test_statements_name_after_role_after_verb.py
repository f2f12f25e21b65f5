"""A role after the verb whose holder no article names, then a comma and the person's name (after at most a rank):
'..., said the deputy commander of the air force for aviation, Colonel X Y.' The name speaks. A name inside a
clause after the comma ('who met X Y') does not. Sentences and names written for this test."""
import pytest

from conftest import speakers


def _who(text, lang, published="2023-08-17"):
    return speakers(text, lang, published)


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", '"The new helicopters are a step up for our crews," said the deputy commander of the air force for '
     'aviation, Colonel Pavel Dombrovsky.', "Pavel Dombrovsky"),
    ("en", '"Four more will come before winter," said the commander of the mixed aviation base, Major General Pavel '
     'Dombrovsky, at the ceremony.', "Pavel Dombrovsky"),
    ("ru", "«Новые вертолеты – шаг вперед для наших экипажей», – сказал заместитель командующего ВВС по авиации, "
     "полковник Павел Домбровский.", "Pavel Dombrovsky"),
    ("ru", "«Еще четыре машины придут до зимы», – рассказал командир смешанной авиационной базы, генерал-майор "
     "Павел Домбровский.", "Pavel Dombrovsky"),
])
def test_the_name_set_off_after_the_role_speaks(lang, text, speaker):
    got = _who(text, lang)
    assert got and got[0][0] is not None and "Dombrovsk" in got[0][0], got


@pytest.mark.parametrize("lang,text", [
    ("en", '"The new helicopters are a step up," said the deputy commander for aviation, who met Pavel Dombrovsky '
     'on Monday.'),
    ("ru", "«Новые вертолеты – шаг вперед», – сказал заместитель командующего по авиации, который встретил Павла "
     "Домбровского."),
])
def test_a_name_inside_a_clause_after_the_role_does_not(lang, text):
    got = _who(text, lang)
    assert got and (got[0][0] is None or "Dombrovsk" not in got[0][0]), got
