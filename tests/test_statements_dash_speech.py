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


# A dash-led paragraph of several sentences whose last dash introduces the reporting verb ('– A. B, – сказал X.'):
# all of its sentences are X's words, one statement (RULES: a quote over several sentences under one attribution is
# one); a page may set the dashes as hyphens. One sentence was read before; a last dash before a word that reports
# nothing ('– это вопрос ...') or an interview's question line stays as it was.
@pytest.mark.parametrize("text,first,last", [
    ("– Батареи готовы к передаче. Расчеты примут их в июле, – сказал Хренин.", "Батареи готовы", "в июле"),
    ("— Батареи готовы к передаче. Может, уже в июле. Расчеты обучены, — заявил Хренин.", "Батареи готовы",
     "Расчеты обучены"),
    ("- Батареи готовы к передаче. Расчеты примут их в июле, - подчеркнул Хренин.", "Батареи готовы", "в июле"),
    ("– Батареи готовы к передаче. Расчеты примут их в июле! – сказал Хренин.", "Батареи готовы", "в июле!"),
])
def test_a_dash_paragraph_closed_by_the_attribution_is_one_statement(text, first, last):
    got = statements("Белоруссия ждет новые комплексы.\n" + text, "ru", "2023-06-14")
    assert [(w, s[:len(first)], s.endswith(last)) for w, _, s in got] == [(KHRENIN, first, True)], got


@pytest.mark.parametrize("text", [
    "– Когда прибудут батареи? Мы ждем их давно, – это главный вопрос к министру.",
    "- Батареи готовы к передаче. Расчеты примут их в июле, - так заканчивается отчет.",
])
def test_a_dash_paragraph_without_a_reporting_verb_at_its_end_is_no_statement(text):
    assert statements(text, "ru", "2023-06-14") == []
