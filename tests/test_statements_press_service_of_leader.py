"""A leader's press service named before the leader ('the press service of Belarusian President Alexander
Lukashenko said', 'По данным пресс-службы президента России Владимира Путина') speaks as the service, never as the
leader (press_services.py; a wrong-speaker guard). Sentences written for this test."""
import pytest

from conftest import statements

BY = "Press Service of the President of Belarus"
RU = "Press Service of the President of Russia"


@pytest.mark.parametrize("text,lang,who", [
    ("The press service of Belarusian President Alexander Lukashenko said the two leaders discussed air defence.",
     "en", BY),
    ("The two leaders discussed air defence, the press service of President Alexander Lukashenko said.", "en", BY),
    ("The press office of Russian President Vladimir Putin said the leaders discussed the S-400.", "en", RU),
    ("According to the press service of President Vladimir Putin, the leaders discussed the S-400.", "en", RU),
    ("The two leaders discussed air defence, the Belarusian leader's press service said.", "en", BY),
    ("Пресс-служба президента Белоруссии Александра Лукашенко сообщила, что лидеры обсудили вопросы ПВО.", "ru", BY),
    ("Как сообщила пресс-служба Александра Лукашенко, лидеры обсудили вопросы ПВО.", "ru", BY),
    ("По данным пресс-службы президента России Владимира Путина, лидеры обсудили поставки С-400.", "ru", RU),
])
def test_the_service_speaks_not_the_leader(text, lang, who):
    got = statements(text, lang, "2024-03-14")
    assert [w for w, _, _ in got] == [who], got


@pytest.mark.parametrize("text,lang,who", [
    ("Lukashenko's press secretary Natalia Eismont said the two leaders discussed air defence.", "en",
     "Natalia Eismont"),
    ("President Alexander Lukashenko said the two leaders discussed air defence.", "en", "Alexander Lukashenko"),
])
def test_a_name_that_speaks_itself_is_kept(text, lang, who):
    got = statements(text, lang, "2024-03-14")
    assert [w for w, _, _ in got] == [who], got
