"""A body inside an institution is not the institution (construction N5); a name followed by adverbials before
its verb is the subject; 'meanwhile' / 'тем временем' between an office and its verb (S-C4). Sentences
written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text", [
    ("ru", "В Главном управлении разведки Минобороны Литвы заявили, что учения продолжатся."),
    ("ru", "В департаменте планирования Министерства обороны Польши сообщили, что учения продолжатся."),
    ("en", "The intelligence directorate of Ukraine's defence ministry said the tanks were being repaired in Russia."),
    ("en", "The planning department of the Polish defence ministry said the drills would go on."),
])
def test_a_body_inside_a_ministry_is_never_the_ministry(lang, text):
    got = statements(text, lang, "2023-05-04")
    assert got, "the statement itself is read"
    assert all("Ministry" not in (who or "") for who, _, _ in got), got


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "The press service of the Belarusian Defence Ministry said the tanks had arrived.", "Ministry of Defence of Belarus"),
    ("en", "The Ministry of Defence of Belarus said the drills would go on.", "Ministry of Defence of Belarus"),
    ("ru", "Пресс-служба Министерства обороны Белоруссии сообщила, что учения продолжатся.",
     "Ministry of Defence of Belarus"),
    ("ru", "В Министерстве обороны Белоруссии заявили, что учения продолжатся.", "Ministry of Defence of Belarus"),
])
def test_the_institution_and_its_voice_still_speak(lang, text, speaker):
    assert [w for w, _, _ in statements(text, lang, "2023-05-04")] == [speaker]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Председатель Госкомвоенпрома Дмитрий Пантус на коллегии ведомства в понедельник сообщил, что предприятия "
     "работают с полной загрузкой.", "Dmitry Pantus"),
    ("ru", "Хренин на встрече с Шойгу в Минске заявил, что учения пройдут в сентябре.", "Viktor Khrenin"),
    ("en", "Khrenin at a meeting in Minsk on Monday said that the drills would start in September.", "Viktor Khrenin"),
    ("en", "Shoigu held talks with Khrenin in Minsk on Monday and said that the drills would start in September.",
     "Sergei Shoigu"),
    ("ru", "Шойгу провел переговоры с Хрениным в Минске и заявил, что учения пройдут в сентябре.", "Sergei Shoigu"),
])
def test_a_name_before_adverbials_is_the_subject(lang, text, speaker):
    assert [w for w, _, _ in statements(text, lang, "2024-02-07")] == [speaker]


@pytest.mark.parametrize("lang,text", [
    ("en", "MINSK, May 7 (BelTA) - Belarus will buy more jets. The head of state, meanwhile, stressed that the army "
     "must be modernised."),
    ("ru", "МИНСК, 7 мая. Белоруссия закупит новые самолеты. Глава государства тем временем подчеркнул, что армию нужно "
     "модернизировать."),
])
def test_meanwhile_between_an_office_and_its_verb(lang, text):
    assert [w for w, _, _ in statements(text, lang, "2019-05-07")] == ["Alexander Lukashenko"]


@pytest.mark.parametrize("lang,text", [
    # the name is the object of a verb or a noun before it, not the subject of 'said' after the adverbials
    ("en", "Belarus received new Su-30SM fighters this week. Reporters who met Putin in Moscow on Tuesday said the "
     "Kremlin was pleased."),
    ("en", "The officer who briefed Khrenin at the airfield on Monday said the jets had landed."),
    ("en", "A witness near Khrenin at the parade said the systems had arrived."),
    # 'Помощник Шойгу': an indeclinable surname after a noun is that noun's genitive as readily as its apposition
    ("ru", "Помощник Шойгу на брифинге в понедельник сообщил, что самолеты приземлились."),
    ("ru", "Помощник Хренина на брифинге в понедельник сообщил, что самолеты приземлились."),
])
def test_a_name_inside_another_phrase_before_adverbials_is_not_the_subject(lang, text):
    got = [w for w, _, _ in statements(text, lang, "2024-03-15")]
    assert "Vladimir Putin" not in got and "Viktor Khrenin" not in got and "Sergei Shoigu" not in got, got
