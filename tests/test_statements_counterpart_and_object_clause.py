"""Two wrong-speaker guards and a miss, sentences written for this test:

- 'Российский коллега Хренина заявил': the counterpart of a person speaks, never the person (unknown unless named);
- 'Shoigu, whom Khrenin thanked ..., said', 'Шойгу, которого Хренин поблагодарил ..., заявил': a relative clause in
  an oblique case set off before the verb holds no subject; the name before it speaks (these gave nothing)."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who", [
    ("Российский коллега Хренина заявил, что самолеты прибудут в июне.", "ru", None),
    ("Khrenin's Russian counterpart said the jets would arrive in June.", "en", None),
    ("Shoigu, whom Khrenin thanked for the deliveries, said the jets would arrive in June.", "en", "Sergei Shoigu"),
    ("Шойгу, которого Хренин поблагодарил за поставки, заявил, что самолеты прибудут в июне.", "ru",
     "Sergei Shoigu"),
    ("Хренин, которому Шойгу вручил орден, сообщил, что самолеты прибудут в июне.", "ru", "Viktor Khrenin"),
])
def test_the_one_who_speaks(text, lang, who):
    got = statements(text, lang, "2024-03-14")
    assert [w for w, _, _ in got] == [who], got
