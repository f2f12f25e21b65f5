"""A role noun never skips a speaker with the same title that we could not name: 'Khrenin said ... A Russian
deputy minister said ... The minister added ...' may be either minister, so the last words stay unknown (a wrong
speaker is worse than none). With no such speaker between, 'the minister' is still the one named before.
Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,said", [
    ("Defence Minister Viktor Khrenin said the batteries were ready. A Russian deputy minister said the crews were "
     "trained. The minister added that more would follow.", "en", "more would follow"),
    ("Министр обороны Виктор Хренин заявил, что батареи готовы. Заместитель министра обороны России "
     "сообщил, что расчеты обучены. «Остальные придут позже», – добавил министр.", "ru", "Остальные придут позже"),
])
def test_role_noun_does_not_skip_an_unnamed_speaker_with_its_title(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert [w for w, _, s in got if s == said] == [None], got


@pytest.mark.parametrize("text,lang,said", [
    ("Defence Minister Viktor Khrenin said the batteries were ready. A source in the ministry said the crews were "
     "trained. The minister added that more would follow.", "en", "more would follow"),
    ("Министр обороны Виктор Хренин заявил, что батареи готовы. «Остальные придут позже», – добавил министр.", "ru",
     "Остальные придут позже"),
])
def test_role_noun_still_the_named_one(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert [w for w, _, s in got if s == said] == ["Viktor Khrenin"], got


@pytest.mark.parametrize("text,speaker_text", [
    # a country in the genitive after the office is part of the subject, not a state speaking
    ("Министр обороны Латвии заявил, что учения представляют угрозу.", "Министр обороны Латвии"),
    ("Министр обороны Латвии Андрис Спрудс заявил, что учения представляют угрозу.", "Андрис Спрудс"),
])
def test_office_of_a_country_speaks(text, speaker_text):
    got = statements(text, "ru", "2023-06-14")
    assert [(t, s) for _, t, s in got] == [(speaker_text, "учения представляют угрозу")], got


def test_a_state_itself_is_no_speaker():
    assert statements("Латвия заявила, что учения представляют угрозу.", "ru", "2023-06-14") == []


def test_one_of_several_speaks_unnamed_and_blocks_the_role_noun():
    """'Один из заместителей министра обороны сообщил': a statement whose speaker is one of several, unnamed; a
    role noun right after it is no longer the minister named before."""
    got = statements("Министр обороны Виктор Хренин заявил, что батареи готовы. Один из заместителей министра обороны "
                     "России сообщил, что расчеты обучены. «Остальные придут позже», – добавил министр.", "ru",
                     "2023-06-14")
    assert [(w, s) for w, _, s in got] == [("Viktor Khrenin", "батареи готовы"), (None, "расчеты обучены"),
                                           (None, "Остальные придут позже")], got
