"""An attribution set off inside a Russian clause ('Вопрос о закупке истребителей, уточнил генерал, пока
обсуждается'; 'Речь, как пояснил министр, идет о четырех дивизионах'; 'Второй дивизион, как позже уточнил министр,
прибудет до конца лета'): the words before it are the clause's subject, not a statement of their own, so the
statement is the whole sentence. A full clause before the attribution stays the statement ('Поставки идут по
графику, заявил Хренин'). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,said", [
    ("Министр обороны Виктор Хренин заявил, что батареи готовы. Вопрос о закупке истребителей Су-30СМ, уточнил "
     "министр, пока находится в стадии обсуждения.",
     "Вопрос о закупке истребителей Су-30СМ, уточнил министр, пока находится в стадии обсуждения"),
    ("Речь, как пояснил министр обороны Виктор Хренин, идет как минимум о четырех дивизионах.",
     "Речь, как пояснил министр обороны Виктор Хренин, идет как минимум о четырех дивизионах"),
    ("Второй дивизион, как позже уточнил министр обороны Виктор Хренин, прибудет до конца лета.",
     "Второй дивизион, как позже уточнил министр обороны Виктор Хренин, прибудет до конца лета"),
])
def test_attribution_inside_the_clause(text, said):
    got = statements(text, "ru", "2023-06-14")
    assert ("Viktor Khrenin", said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,said", [
    ("Поставки идут по графику, заявил министр обороны Виктор Хренин, и армия получит все машины в срок.",
     "Поставки идут по графику"),
    ("Как уточнил министр обороны Виктор Хренин, второй дивизион прибудет до конца лета.",
     "второй дивизион прибудет до конца лета"),
])
def test_clause_before_or_after_stays(text, said):
    got = statements(text, "ru", "2023-06-14")
    assert ("Viktor Khrenin", said) in [(w, s) for w, _, s in got], got
