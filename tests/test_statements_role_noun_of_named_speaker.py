"""A role noun after a speaker named with that title ('said Deputy Commander ... Oleg Sushkevich ... Oleg
Sushkevich noted ... "...," the deputy commander added'): the speaker who was introduced with those title
words, also when he was named since without them. Of two holders of an office ('Shoigu and Khrenin ... Khrenin
praised ... The minister noted'), the one who spoke or was the subject last. 'Руководитель оборонного
ведомства' is a periphrasis of the defence minister as 'глава оборонного ведомства' is. Sentences written
for this test."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "Belarus expects four S-300 systems. This was announced by Deputy Commander of the Air Force and Air "
     "Defence Forces Major General Oleg Sushkevich. \"We expect the battalions,\" the deputy commander said. Oleg "
     "Sushkevich noted that Tor-M2 systems had been delivered. A contract for jets was also signed. \"The work "
     "goes on,\" the deputy commander added.", "Oleg Sushkevich", "The work goes on"),
    ("ru", "Беларусь ожидает поставки четырех комплексов С-300. Об этом сообщил заместитель командующего ВВС и "
     "войсками ПВО генерал-майор Олег Сушкевич. «Мы ожидаем поставку дивизионов», – сказал заместитель "
     "командующего. Олег Сушкевич отметил, что комплексы «Тор-М2» уже поставлены. Также подписан контракт на "
     "самолеты. «Работа продолжается», – добавил заместитель командующего.", "Oleg Sushkevich",
     "Работа продолжается"),
])
def test_a_title_of_the_speaker_named_since_without_it(lang, text, who, said):
    assert (who, said) in speakers(text, lang, "2019-05-20")


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "Sergei Shoigu and Viktor Khrenin watched the drills. Shoigu left for Moscow on Friday. Khrenin praised "
     "the results of the exercise in an interview. The minister noted that the crews had for the first time acted "
     "under one command.", "Viktor Khrenin", "the crews had for the first time acted under one command"),
    ("ru", "Сергей Шойгу и Виктор Хренин наблюдали за учениями. Шойгу в пятницу улетел в Москву. Хренин высоко "
     "оценил итоги учения. Министр отметил, что расчеты впервые действовали под единым командованием.",
     "Viktor Khrenin", "расчеты впервые действовали под единым командованием"),
])
def test_of_two_holders_the_one_on_stage(lang, text, who, said):
    assert (who, said) in speakers(text, lang, "2021-09-20")


@pytest.mark.parametrize("lang, text, said", [
    ("en", "Sergei Shoigu and Viktor Khrenin watched the drills and praised the crews. The minister noted that "
     "the crews had acted under one command.", "the crews had acted under one command"),
    ("ru", "Сергей Шойгу и Виктор Хренин наблюдали за учениями и похвалили расчеты. Министр отметил, что расчеты "
     "действовали под единым командованием.", "расчеты действовали под единым командованием"),
])
def test_two_holders_both_on_stage_leave_it_unknown(lang, text, said):
    assert (None, said) in speakers(text, lang, "2021-09-20")


def test_the_head_of_the_defence_department_is_the_defence_minister():
    got = speakers("Белоруссия получила комплекс «Искандер-М». Об этом сообщил глава Минобороны России Сергей "
                   "Шойгу. Руководитель оборонного ведомства рассказал, что началось обучение расчетов.", "ru",
                   "2023-04-04")
    assert ("Sergei Shoigu", "началось обучение расчетов") in got


@pytest.mark.parametrize("lang, text, said", [
    ("en", "Shoigu and Khrenin inspected the troops on Tuesday. Shoigu did not comment. The minister noted that "
     "Russia would deliver more Iskander systems.", "Russia would deliver more Iskander systems"),
    ("en", "Sergei Shoigu and Viktor Khrenin watched the drills. Shoigu declined to speak to reporters. The "
     "minister said the crews had done well.", "the crews had done well"),
    ("ru", "Шойгу и Хренин во вторник осмотрели войска. Шойгу не стал комментировать итоги. Министр отметил, что "
     "Россия поставит новые «Искандеры».", "Россия поставит новые «Искандеры»"),
])
def test_a_holder_who_did_not_comment_is_not_the_role_noun(lang, text, said):
    """review2 W2: a holder who is the subject of 'did not comment' did not take the stage."""
    from conftest import speakers
    got = speakers(text, lang, "2024-05-10")
    assert not any(w == "Sergei Shoigu" and said in s for w, s in got), got
