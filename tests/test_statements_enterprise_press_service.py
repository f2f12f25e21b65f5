"""'..., сообщила пресс-служба предприятия' / "the plant's press service said": a maker's voice speaks for the one
manufacturer the sentence names; with no maker named (only a ministry) it stays unknown. Sentences written for this
test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who", [
    ("Минский завод колесных тягачей подписал контракт на поставку 40 тягачей, сообщила "
     "пресс-служба предприятия.", "ru", "MZKT"),
    ("Минский завод колесных тягачей подписал контракт на поставку 40 тягачей, сообщили в "
     "пресс-службе завода.", "ru", "MZKT"),
    ("The Minsk Wheeled Tractor Plant signed a contract with the Russian Defence Ministry for 40 tractors, the "
     "plant's press service said.", "en", "MZKT"),
    ("Минобороны России подписало контракт на поставку 40 тягачей, сообщила пресс-служба предприятия.", "ru", None),
])
def test_maker_press_service(text, lang, who):
    got = statements(text, lang, "2020-08-27")
    assert [w for w, _, _ in got] == [who], got
