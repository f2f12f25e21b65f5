"""'допустил, что ...' (a guess) and 'доложил, что ...' (a report to a superior) report speech with their что-clause;
without one ('допустил ошибку', 'доложил обстановку') they are no statement. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,said", [
    ("Министр обороны Виктор Хренин допустил, что летные испытания новых машин займут больше времени из-за жары.",
     "летные испытания новых машин займут больше времени из-за жары"),
    ("Министр обороны Виктор Хренин на совещании доложил, что подготовка к приему новых комплексов идет по графику.",
     "подготовка к приему новых комплексов идет по графику"),
    ("Хренин не исключает задержек. Он допускает, что часть самолетов придет только осенью.",
     "часть самолетов придет только осенью"),
])
def test_guess_and_report_verbs(text, said):
    got = statements(text, "ru", "2023-06-14")
    assert ("Viktor Khrenin", said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text", [
    "Министр обороны Виктор Хренин допустил ошибку в подсчетах на прошлой неделе.",
    "Министр обороны Виктор Хренин доложил обстановку президенту.",
])
def test_no_clause_no_statement(text):
    assert statements(text, "ru", "2023-06-14") == []
