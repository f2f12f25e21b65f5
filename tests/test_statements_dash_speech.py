"""Split quotes in their typographic variants: Russian direct speech set off by dashes with no quotation marks
('– A, – сказал X. – B.'), unspaced dashes around the attribution («A,—сказал X.—B»); an interview's dash-led
question line is no statement. Sentences written for this test."""
import pytest

from conftest import statements

KHRENIN = "Viktor Khrenin"


@pytest.mark.parametrize("text,first,last", [
    ("– Батареи готовы, – сказал Хренин. – Расчеты примут их в июле.", "Батареи готовы", "примут их в июле"),
    ("– Батареи готовы, – сказал Хренин, – и расчеты примут их в июле.", "Батареи готовы", "примут их в июле"),
    ("«Батареи готовы,—сказал Хренин.—Расчеты примут их в июле».", "Батареи готовы", "примут их в июле"),
])
def test_one_statement_around_the_attribution(text, first, last):
    got = statements(text, "ru", "2023-06-14")
    assert len(got) == 1 and got[0][0] == KHRENIN and got[0][2].startswith(first) and got[0][2].endswith(last), got


def test_single_dash_line_keeps_its_statement():
    got = statements("– Батареи готовы к передаче, – сказал Хренин.", "ru", "2023-06-14")
    assert [(w, s) for w, _, s in got] == [(KHRENIN, "Батареи готовы к передаче")], got


def test_interview_question_lines_are_no_statements():
    text = "– Когда армия получит новые батареи?\n\n– Расчеты примут их в июле, если все пойдет по плану."
    assert statements(text, "ru", "2023-06-14") == []
