"""A sentence of its own that tells when a speaker spoke dates his undated words around it (issue 12, q+d: the
statements stayed at the report's date, and the stages asserted in them with it): "Khrenin was speaking at a board
meeting in Minsk on Tuesday.", "Хренин выступал на коллегии министерства во вторник." Not his day: a day of another
clause in that sentence ("He spoke after talks with Ravkov, who was appointed on Tuesday"), words of another speaker.
Sentences written for these tests."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _dates(text, lang):
    a = analyze_text(text, lang=lang, published="2024-03-14")
    return {(a.entities[st.speaker].name if st.speaker else None, st.date.value if st.date else None)
            for st in a.statements}


@pytest.mark.parametrize("text, lang, expected", [
    ("Belarus will get two more Su-30SM2 fighters this year, Defence Minister Viktor Khrenin has said.\n\n"
     "Khrenin was speaking at a board meeting of the ministry in Minsk on Tuesday.\n\n"
     "\"The crews are ready,\" Khrenin said.", "en", {("Viktor Khrenin", "2024-03-12")}),
    ("Министр обороны Виктор Хренин заявил, что до конца года армия получит еще два истребителя Су-30СМ2.\n\n"
     "Хренин выступал на коллегии министерства во вторник.\n\n"
     "«Экипажи готовы», – сказал Хренин.", "ru", {("Viktor Khrenin", "2024-03-12")}),
])
def test_words_take_the_day_their_speaker_spoke(text, lang, expected):
    assert _dates(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Belarus will get two more Su-30SM2 fighters this year, Defence Minister Viktor Khrenin has said.\n\n"
     "He spoke after talks with the commander, who was appointed on Tuesday.", "en"),
])
def test_a_day_of_another_clause_is_not_his(text, lang):
    assert all(day == "2024-03-14" for _, day in _dates(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # a call is a conversation, not words to the public; words that name their own occasion are that occasion's
    ("Lukashenko said Russia would deliver more Iskander systems to Belarus. Lukashenko spoke to Putin by phone on "
     "Monday. Addressing parliament, Lukashenko said Russia had delivered four Su-30SM fighters.", "en",
     {("Alexander Lukashenko", "2024-03-14")}),
    ("Belarus will receive more Tor-M2K systems, Viktor Khrenin said. Khrenin spoke on the phone with Shoigu on "
     "Tuesday.", "en", {("Viktor Khrenin", "2024-03-14")}),
    ("Хренин выступал на коллегии министерства во вторник. Выступая позже в парламенте, Хренин сказал, что Россия "
     "передала армии четыре самолета Як-130.", "ru", {("Viktor Khrenin", "2024-03-14")}),
    # "He" after a sentence whose subject is another person is not surely the last speaker
    ("Khrenin said Russia would supply Belarus with Tor-M2 systems. Lukashenko also met Putin. He spoke at the summit "
     "in Sochi on Tuesday.", "en", {("Viktor Khrenin", "2024-03-14")}),
    ("Viktor Khrenin said Russia would hand over more Tor-M2K systems. Khrenin also met Shoigu. He spoke at the forum "
     "in Kazan on Tuesday.", "en", {("Viktor Khrenin", "2024-03-14")}),
    # a speech the sentence sets against now
    ("Лукашенко заявил, что Россия поставит Белоруссии «Искандеры». Лукашенко выступал на митинге в честь Дня Победы "
     "9 мая 2023 года в прошлом году, а сейчас говорит иначе.", "ru", {("Alexander Lukashenko", "2024-03-14")}),
    ("Хренин заявил, что Россия передаст Белоруссии еще «Тор-М2К». Хренин выступал на коллегии министерства 12 марта "
     "2023 года, а теперь говорит о других сроках.", "ru", {("Viktor Khrenin", "2024-03-14")}),
])
def test_a_speech_of_another_occasion_does_not_date_his_words(text, lang, expected):
    assert _dates(text, lang) == expected
