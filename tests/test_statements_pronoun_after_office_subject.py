"""A pronoun after a sentence whose subject is an office ("Belarus's defence minister watched the drills. '...,' he
told reporters", 'The Belarusian air force commander toured the base'): with no one else on stage, the office's
one holder on the article's date; a person's possessive ("Putin's spokesman declined to comment") makes the
spokesman the subject, never the person. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,who,said", [
    ("Belarus's defence minister watched the main stage of the exercise on Thursday together with his Russian "
     "counterpart, Sergei Shoigu.\n\n\"Our pilots have been trained in Russia,\" he told reporters after the talks.\n\n"
     "The minister also said Belarus had signed a contract for four more trainers.", "Andrei Ravkov",
     "Belarus had signed a contract for four more trainers"),
    ("Russia's defence minister arrived in Minsk on Monday. \"The crews are ready,\" he said.", "Sergei Shoigu",
     "The crews are ready"),
])
def test_pronoun_after_an_office_subject(text, who, said):
    got = statements(text, "en", "2019-09-19")
    assert (who, said) in [(w, s) for w, _, s in got], got


def test_a_persons_spokesman_is_not_the_person():
    got = statements("Putin's spokesman declined to comment on Monday. \"The crews are ready,\" he said.", "en",
                     "2019-09-19")
    assert [w for w, _, _ in got] == [None], got


@pytest.mark.parametrize("lang, text, who, said", [
    ("ru", "Председатель комитета Роман Головченко рассказал об экспорте. По его словам, «Полонез» уже поставлен в "
     "Азербайджан.", "Roman Golovchenko", "«Полонез» уже поставлен в Азербайджан"),
    ("en", "Committee Chairman Roman Golovchenko spoke about exports on Tuesday. According to him, the Polonez had "
     "already been sold abroad.", "Roman Golovchenko", "the Polonez had already been sold abroad"),
])
def test_an_office_before_the_subjects_name_is_his_title(lang, text, who, said):
    """'Председатель комитета Роман Головченко рассказал': the office opening the sentence is the title of the
    person named right after it, not a second person on stage (sentences written for this test)."""
    got = statements(text, lang, "2019-05-15")
    assert (who, said) in [(w, s) for w, _, s in got], got
