"""A Russian subject set off from its verb by a participial clause that opens with an adverb ('Начальник Генштаба,
также участвовавший в переговорах, заявил, что ...', 'Министр, уже выступая на брифинге, сказал'): the subject
stands before the clause, as without the adverb. A participle that agrees with another noun stays no appositive.
Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,speaker,said", [
    ("Начальник Генерального штаба Вооруженных сил России, также участвовавший в переговорах, заявил, что подготовка "
     "к учению идет по плану.", "Valery Gerasimov", "подготовка к учению идет по плану"),
    ("Министр обороны Белоруссии Виктор Хренин, тоже присутствовавший на полигоне, сообщил, что дивизион заступит "
     "на дежурство в мае.", "Viktor Khrenin", "дивизион заступит на дежурство в мае"),
])
def test_an_adverb_before_the_participle_keeps_the_subject(text, speaker, said):
    got = [(w, s) for w, _, s in statements(text, "ru", "2025-03-10")]
    assert (speaker, said) in got, got


def test_the_rank_noun_after_it_takes_him_up():
    got = [w for w, _, _ in statements(
        "Начальник Генерального штаба Вооруженных сил России, также участвовавший в переговорах, заявил, что "
        "подготовка к учению идет по плану. «Замечаний к белорусским коллегам у нас нет», – сказал генерал.",
        "ru", "2025-03-10")]
    assert got == ["Valery Gerasimov", "Valery Gerasimov"], got
