"""A pronoun closing a quote of several sentences ('"We see ... . The answer is here," he said'): the person
who took the stage is looked for before the words began, not before the pronoun's own sentence, which is inside
the quote. The subject of the sentence right before the quote is whom 'he' stands for, also when another speaker
spoke earlier; two people there leave it unknown. Sentences written for this test."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "Colonel Pavel Lyutko, who met the convoy, linked its arrival to the drills. \"We watch the build-up "
     "across the border. This airfield is our answer,\" he told our correspondent.", "Pavel Lyutko",
     "This airfield is our answer"),
    ("ru", "Полковник Павел Лютько, встречавший колонну, связал ее прибытие с учениями. «Мы видим, как растет "
     "группировка у границы. Вот наш ответ – этот аэродром», – сказал он нашему корреспонденту.", "Pavel Lyutko",
     "Вот наш ответ – этот аэродром"),
    # another speaker before: the subject right before the quote took the stage since
    ("en", "Defence Minister Viktor Khrenin said on Monday that no troops would stay. However, Alexander "
     "Lukashenko sees it otherwise. \"I would like one S-400 battalion to stay. We will buy it, we will find "
     "the money,\" he said at a meeting with reporters.", "Alexander Lukashenko", "We will buy it, we will find "
     "the money"),
    ("ru", "Министр обороны Виктор Хренин в понедельник заявил, что войска не останутся. Однако Александр "
     "Лукашенко допускает иное. «Я хотел бы оставить здесь дивизион С-400. Купим, найдем деньги», – сказал он "
     "на встрече с журналистами.", "Alexander Lukashenko", "Купим, найдем деньги"),
])
def test_the_subject_before_a_quote_of_several_sentences(lang, text, who, said):
    got = speakers(text, lang, "2022-02-20")
    assert any(w == who and said in s for w, s in got), got


@pytest.mark.parametrize("lang, text, said", [
    ("en", "Viktor Khrenin and Sergei Shoigu inspected the battery. \"The crews are ready. The radars work,\" he "
     "said.", "The radars work"),
    ("ru", "Виктор Хренин и Сергей Шойгу осмотрели батарею. «Расчеты готовы. Радары работают», – сказал он.",
     "Радары работают"),
])
def test_two_people_before_the_quote_leave_it_unknown(lang, text, said):
    got = speakers(text, lang, "2022-02-20")
    assert any(w is None and said in s for w, s in got), got


@pytest.mark.parametrize("lang, text, said", [
    ("en", "Khrenin said the S-400 would come soon. Shoigu, however, stayed silent. \"We are waiting. Russia will "
     "deliver the S-400 this year,\" he said.", "Russia will deliver the S-400 this year"),
    ("en", "Khrenin said the S-400 would come soon. However, Lukashenko was not present at the ceremony. \"We are "
     "waiting. Russia will deliver the S-400 this year,\" he said.", "Russia will deliver the S-400 this year"),
    ("en", "Viktor Khrenin praised the crews on Monday. Sergei Shoigu declined to comment on the drills. \"The "
     "radars work. The launchers are ready,\" he told reporters.", "The launchers are ready"),
    ("ru", "Хренин заявил, что С-400 скоро прибудут. Однако Лукашенко на церемонии не было. «Мы ждем. Россия "
     "поставит С-400 в этом году», – сказал он.", "Россия поставит С-400 в этом году"),
    ("ru", "Виктор Хренин похвалил расчеты в понедельник. Сергей Шойгу не стал комментировать учения. «Радары "
     "работают. Пусковые готовы», – сказал он журналистам.", "Пусковые готовы"),
    ("ru", "Хренин заявил, что С-400 скоро прибудут. Шойгу же промолчал. «Мы ждем. Россия поставит С-400 в этом "
     "году», – сказал он.", "Россия поставит С-400 в этом году"),
])
def test_a_subject_who_did_not_speak_is_not_the_pronoun(lang, text, said):
    """review2 W1: the sentence before the quote says its subject was silent, absent or did not comment: he did
    not take the stage, so 'he' is not him."""
    got = speakers(text, lang, "2022-02-20")
    assert not any(w in ("Sergei Shoigu", "Alexander Lukashenko") and said in s for w, s in got), got
