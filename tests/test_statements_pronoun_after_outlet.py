"""An outlet's report of the narrator's sentence ('He made the announcement in his address, Belta reported.', 'Об этом
он сообщил в послании, передает БелТА.') names no speaker: it does not stand between a pronoun and the speaker it takes
up ('"...," he said' is still Lukashenko). 'Belta' as real coverage spells it is BelTA. Texts written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

EN = """Belarusian president Alexander Lukashenko says Russia's Oreshnik missile system was placed on combat duty on December 17.

He made the announcement in his address to parliament, Belta reported.

"The first positions have been prepared. We have had it since yesterday," he said.
"""

RU = """Президент Белоруссии Александр Лукашенко заявил, что комплекс «Орешник» заступил на боевое дежурство 17 декабря.

Он выступил с посланием к парламенту, передает БелТА.

«Первые позиции подготовлены. Он у нас со вчерашнего дня», — сказал он.
"""


@pytest.mark.parametrize("text,lang", [(EN, "en"), (RU, "ru")])
def test_the_pronoun_takes_up_the_speaker_before_the_outlet(text, lang):
    a = analyze_text(text, lang=lang, published="2025-12-19")
    quote = [st for st in a.statements if st.direct]
    assert [st.speaker for st in quote] == ["person:lukashenko_alexander"]
