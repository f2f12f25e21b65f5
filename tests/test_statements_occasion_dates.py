"""Words with no time of their own take the day the article gives their occasion: talks, a meeting, a board, a
ceremony named in the attribution ("said at the talks", "сказал на церемонии"), the words just before them they
answer ("for his part", "в свою очередь"), or an "Об этом ... во вторник" sentence right after them. Words told to
an outlet keep the report's date. Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _dated(text, lang, published):
    a = analyze_text(text + "\n", lang=lang, published=published)
    return [(st.text[:30], st.date.value) for st in a.statements]


@pytest.mark.parametrize("text, lang, published, first_words, expected", [
    ("Talks in Moscow\n\nThe two defence ministers held talks in Moscow on Tuesday. Russia's defence minister said "
     "at the talks that the first helicopters would come in the autumn.", "en", "2021-03-18",
     "the first helicopters", "2021-03-16"),
    ("Переговоры\n\nМинистры обороны двух стран во вторник провели переговоры в Москве. Как заявил по итогам "
     "переговоров российский министр, первые вертолеты придут осенью.", "ru", "2021-03-18",
     "первые вертолеты", "2021-03-16"),
    ("Як-130\n\nСамолеты в понедельник переданы ВВС на церемонии в Лиде. «Машины уже летают», – сказал на "
     "церемонии командующий ВВС.", "ru", "2015-04-29", "Машины уже летают", "2015-04-27"),
    ("Talks\n\nPresident Putin said on Tuesday that Russia would supply four S-300 battalions. The Belarusian "
     "leader, for his part, said he had raised the question of Iskander systems.", "en", "2012-06-28",
     "he had raised", "2012-06-26"),
    ("Переговоры\n\nХренин во вторник заявил, что армия получит бронетранспортеры в этом году. Шойгу, в свою "
     "очередь, отметил, что стороны обсудили поставку истребителей.", "ru", "2021-03-04",
     "стороны обсудили", "2021-03-02"),
    ("Сочи\n\nПрезиденты двух стран в понедельник провели переговоры в Сочи. «Россия выполнит все свои "
     "обязательства», – заявил Путин в начале встречи.", "ru", "2020-09-15", "Россия выполнит", "2020-09-14"),
    ("Як-130\n\nСамолеты в понедельник переданы ВВС на церемонии в Лиде. «Машины уже летают, – сказал на церемонии "
     "командующий ВВС. – Летчики прошли переучивание».", "ru", "2015-04-29", "Машины уже летают", "2015-04-27"),
    ("Новости\n\nЛукашенко заявил, что попросил у России дивизион С-400. Об этом он сказал во вторник на "
     "совещании с военными.", "ru", "2022-03-10", "попросил у России", "2022-03-08"),
])
def test_words_take_their_occasions_day(text, lang, published, first_words, expected):
    got = dict(_dated(text, lang, published))
    assert got[next(k for k in got if k.startswith(first_words))] == expected


@pytest.mark.parametrize("text, lang, published, first_words", [
    ("Talks\n\nThe ministers held talks in Minsk on Tuesday. A source at the talks told the Interfax agency that no "
     "S-400 could be delivered before 2023.", "en", "2020-12-17", "no S-400"),
    ("Новости\n\nХренин во вторник заявил, что армия получит истребители в этом году. Российский посол, в свою "
     "очередь, заявил агентству, что вопрос о базе не обсуждается.", "ru", "2023-03-16", "вопрос о базе"),
    ("Talks\n\nThe ministers met in Minsk. Russia's defence minister said at the meeting that the jets would come "
     "next year.", "en", "2020-12-17", "the jets would"),
])
def test_words_of_another_or_undated_occasion_keep_the_report_date(text, lang, published, first_words):
    got = dict(_dated(text, lang, published))
    assert got[next(k for k in got if k.startswith(first_words))] == published
