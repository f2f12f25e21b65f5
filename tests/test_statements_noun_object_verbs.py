"""'отметить' / 'подчеркнуть' take a noun phrase as what was said only when its head noun names something said
('подчеркнул важность', 'отметил рост', 'отметил готовность'): 'отметить' also means celebrate an anniversary or a
holiday, or award people, and then there are no words at all (review of 4246b9c: 'отметил 30-летие ...' and
'отметил лучших военнослужащих наградами' were statements). Sentences written for these tests."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text, lang", [
    ("Министр обороны Виктор Хренин отметил в Гродно День Военно-воздушных сил вместе с летчиками.", "ru"),
    ("Глава Минобороны отмечал 25-летие военной академии в кругу выпускников.", "ru"),
    ("Александр Вольфович отметил почетными грамотами офицеров бригады ПВО.", "ru"),
    ("Президент отметил медалями двенадцать летчиков авиабазы в Лиде.", "ru"),
    ("Khrenin marked the 25th anniversary of the military academy with its graduates in Grodno.", "en"),
    ("The president honoured twelve pilots of the Lida air base with medals.", "en"),
])
def test_a_celebration_or_an_award_is_no_statement(text, lang):
    assert statements(text, lang) == []


@pytest.mark.parametrize("text, words", [
    ("Президент Беларуси подчеркнул значение совместных учений для безопасности Союзного государства.",
     "значение совместных учений"),
    ("Виктор Хренин отметил возросшую слаженность расчетов комплексов «Тор-М2К».", "слаженность расчетов"),
    ("Министр отметил стратегическое партнерство с Москвой в сфере ПВО.", "стратегическое партнерство"),
    ("Генерал отметил усилившееся давление НАТО на западных границах Союзного государства.", "давление НАТО"),
])
def test_what_is_stressed_or_noted_is_still_content(text, words):
    assert any(words in said for *_, said in statements(text, "ru"))
