"""Interview transcripts in the forms real coverage prints: lines labelled 'Q:' / 'A:' ('Вопрос:' / 'Ответ:') are
questions and answers by their labels, question mark or not, and the labels alone say an interview is printed; in a
dash-led transcript whose questions all stand at one parity of its lines, a line at that parity asks even without its
question mark ('– There is talk of the S-400. – Not at this stage.'). Each answer is the interviewee's direct statement.
Texts written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text

EN_LABELS = """Air force chief on new fighters

Major General Igor Golub, commander of the Belarusian air force, spoke to Sputnik about the fighters ordered from Russia.

Q: When will the first Su-30SM arrive?

A: The first four will be ferried from Irkutsk to Baranovichi in the autumn.

Q: Some media write that Russian S-400 battalions are already in Belarus.

A: That is not true. There are no Russian S-400 units on our territory.
"""

RU_LABELS = """Командующий ВВС о новых истребителях

Командующий ВВС и войсками ПВО Белоруссии генерал-майор Игорь Голуб рассказал «Спутнику» о заказанных в России самолетах.

Вопрос: Когда прибудут первые Су-30СМ?

Ответ: Первые четыре машины перегонят из Иркутска в Барановичи осенью.

Вопрос: Пишут, что российские дивизионы С-400 уже в Белоруссии.

Ответ: Это неправда. Российских С-400 на нашей территории нет.
"""

EN_PARITY = """Armament chief on the year's purchases

Major General Sergei Kovalchuk answered BelTA's questions in an interview.

– What has air defence received this year?

– The first Nebo-SVU radar reached the Baranovichi brigade in October.

– There is talk of the S-400.

– Not at this stage. Russia has not offered it, and we have not asked.

– And the trainers?

– We have looked at the Yak-130, and the Russian side is ready to talk.
"""

RU_PARITY = """Начальник вооружения о закупках года

Генерал-майор Сергей Ковальчук ответил на вопросы БелТА.

– Что получила ПВО в этом году?

– Первая РЛС «Небо-СВУ» прибыла в Барановичи в октябре.

– Говорят о С-400.

– Не на этом этапе. Россия не предлагала, а мы не просили.

– А учебные самолеты?

– Мы смотрели Як-130, российская сторона готова к переговорам.
"""


@pytest.mark.parametrize("text,lang,who,answers", [
    (EN_LABELS, "en", "person:golub_igor", ["The first four will be ferried", "That is not true."]),
    (RU_LABELS, "ru", "person:golub_igor", ["Первые четыре машины перегонят", "Это неправда."]),
    (EN_PARITY, "en", "person:kovalchuk_sergei", ["The first Nebo-SVU radar", "Not at this stage.", "We have looked"]),
    (RU_PARITY, "ru", "person:kovalchuk_sergei", ["Первая РЛС", "Не на этом этапе.", "Мы смотрели Як-130"]),
])
def test_each_answer_is_the_interviewees(text, lang, who, answers):
    a = analyze_text(text, lang=lang, published="2019-06-27")
    got = [(st.speaker, st.text) for st in a.statements if st.details.get("rule") == "interviews:answer"]
    assert [w for w, _ in got] == [who] * len(answers), got
    assert all(t.startswith(start) for (_, t), start in zip(got, answers)), got
