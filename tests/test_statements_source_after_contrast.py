"""A second source after a contrast inside another source's words ('Как сообщало Минобороны, A, а дальше, по словам
Хренина, «B»'; 'The ministry said A, but then, according to Khrenin, "B"'): B is Khrenin's and A ends at the
contrast; A is never Khrenin's (found on news_dev2 635: the whole sentence went to Khrenin). Sentences written for
this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text,lang,first,second", [
    ("Белоруссия ждет новые истребители. Как сообщало Министерство обороны Белоруссии, еще две машины должны прибыть в "
     "первом квартале, а дальше, по словам министра обороны Виктора Хренина, «будем смотреть по финансам».", "ru",
     "еще две машины должны прибыть в первом квартале", "будем смотреть по финансам"),
    ("Белоруссия ждет новые истребители. Как сообщало Министерство обороны Белоруссии, еще две машины должны прибыть в "
     "первом квартале, а затем, по словам министра обороны Виктора Хренина, «будем смотреть по финансам».", "ru",
     "еще две машины должны прибыть в первом квартале", "будем смотреть по финансам"),
    ("Belarus expects more fighters. The Belarusian Defence Ministry said two more jets were due in the first quarter, "
     "but then, according to Defence Minister Viktor Khrenin, \"we will look at the finances\".", "en",
     "two more jets were due in the first quarter", "we will look at the finances"),
])
def test_the_second_source_after_a_contrast(text, lang, first, second):
    a = analyze_text(text + "\n", lang=lang, published="2024-12-12")
    got = [(st.speaker, st.text) for st in a.statements]
    assert got == [("organization:mod_belarus", first), ("person:khrenin_viktor", second)], got
