"""Words the report gives a speaker and then says he took back ('but X later denied saying it', 'Позже X опроверг
эти слова') are no statement of his (review2 M2 of 3f9a4f5). Another person's denial, or a denial of what others
reported, retracts nothing. Sentences written for this test."""
import pytest

from conftest import speakers

EN = "Russia will hand over the Tor-M2 launchers before the winter"
RU = "Россия передаст нам пусковые установки «Тор-М2» до зимы"


@pytest.mark.parametrize("lang, text", [
    ("en", f'"{EN}," Interfax quotes Pavel Muraveiko, but Muraveiko later denied saying it.'),
    ("en", f'"{EN}," TASS quoted Defence Minister Viktor Khrenin as saying on Friday. He later said he had been misquoted.'),
    ("en", f'Defence Minister Viktor Khrenin was quoted as saying that {EN[0].lower() + EN[1:]}. Khrenin has since '
           f'disowned the remarks.'),
    ("ru", f"«{RU}», – цитирует ТАСС министра обороны Виктора Хренина. Позже Хренин опроверг эти слова."),
    ("ru", f"«{RU}», – заявил министр обороны Виктор Хренин. На следующий день он сказал, что его слова были искажены."),
])
def test_words_the_speaker_took_back_are_not_his(lang, text):
    said = EN if lang == "en" else RU
    assert not [w for w, s in speakers(text, lang) if said.lower()[:30] in s.lower()], speakers(text, lang)


@pytest.mark.parametrize("lang, text, who", [
    # another person's denial
    ("en", f"Defence Minister Viktor Khrenin said {EN[0].lower() + EN[1:]}, but Sergei Shoigu later denied saying so.",
     "Viktor Khrenin"),
    ("ru", f"«{RU}», – заявил министр обороны Виктор Хренин. Шойгу позже опроверг эти слова.", "Viktor Khrenin"),
    # a denial of something else than his words
    ("en", f"Defence Minister Viktor Khrenin said {EN[0].lower() + EN[1:]}. The Kremlin denied that any deal had "
           f"been made.", "Viktor Khrenin"),
    ("ru", f"«{RU}», – заявил министр обороны Виктор Хренин. Позже он опроверг сообщения о срыве поставок.",
     "Viktor Khrenin"),
])
def test_another_denial_keeps_the_statement(lang, text, who):
    said = EN if lang == "en" else RU
    got = speakers(text, lang)
    assert [w for w, s in got if said.lower()[:30] in s.lower()] == [who], got


@pytest.mark.parametrize("lang, text", [
    # review1 L3 of 62417b5: a denial of something else, or someone else's, is no retraction of his words
    ("en", f"Defence Minister Viktor Khrenin said {EN[0].lower() + EN[1:]}. He denied saying that Belarus would send "
           f"troops abroad."),
    ("en", f"Defence Minister Viktor Khrenin said {EN[0].lower() + EN[1:]}. He noted that Vilnius had denied saying so."),
    ("en", f"Defence Minister Viktor Khrenin said {EN[0].lower() + EN[1:]}. He denied making it a condition of the "
           f"treaty."),
    ("ru", f"Министр обороны Виктор Хренин заявил, что {RU[0].lower() + RU[1:]}. Он отрицал, что говорил с "
           f"польским коллегой о поставках."),
    ("ru", f"Министр обороны Виктор Хренин заявил, что {RU[0].lower() + RU[1:]}. Он добавил, что литовский министр "
           f"никогда не говорил ничего подобного."),
])
def test_a_denial_of_something_else_keeps_the_statement(lang, text):
    said = EN if lang == "en" else RU
    got = speakers(text, lang)
    assert [w for w, s in got if said.lower()[:30] in s.lower()] == ["Viktor Khrenin"], got
