"""An attribution set off by commas inside a clause whose beginning has no predicate of its own ('Вопрос о закупке
Су-30СМ, уточнил генерал, пока обсуждается'; 'Речь, как пояснил министр, идет о ...'; 'The purchase, the general
said, is still being discussed'): the statement is the whole clause, attribution included, as with a split quote;
not the stray noun phrase before the attribution. A complete clause before the attribution stays as it was.
Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who,said", [
    ("Покупка новых многоцелевых истребителей для белорусских ВВС, уточнил командующий ВВС Игорь Голуб, пока обсуждается с российской стороной.", "ru",
     "Igor Golub", "Покупка новых многоцелевых истребителей для белорусских ВВС, уточнил командующий ВВС Игорь Голуб, пока обсуждается с российской "
                   "стороной"),
    ("Главной поставкой прошлого года для белорусской армии, напомнил министр обороны Андрей Равков, стали две батареи «Тор-М2».", "ru",
     "Andrei Ravkov", "Главной поставкой прошлого года для белорусской армии, напомнил министр обороны Андрей Равков, стали две батареи «Тор-М2»"),
    ("Речь, как пояснил министр обороны Андрей Равков, идет о двух батареях «Тор-М2».", "ru",
     "Andrei Ravkov", "Речь, как пояснил министр обороны Андрей Равков, идет о двух батареях «Тор-М2»"),
    ("The purchase of new multirole fighters for the air force, Defence Minister Andrei Ravkov said, is still being discussed with Moscow.", "en",
     "Andrei Ravkov", "The purchase of new multirole fighters for the air force, Defence Minister Andrei Ravkov said, is still being discussed "
                      "with Moscow"),
])
def test_whole_clause_around_the_attribution(text, lang, who, said):
    got = statements(text, lang, "2017-03-01")
    assert [(w, s) for w, _, s in got] == [(who, said)], got


@pytest.mark.parametrize("text,lang,said", [
    # a complete clause before the attribution is the statement; what follows is not its part
    ("Две батареи уже прибыли, уточнил министр обороны Андрей Равков, отвечая на вопросы журналистов.", "ru",
     "Две батареи уже прибыли"),
    ("Two batteries have already arrived, Defence Minister Andrei Ravkov said, answering reporters' questions.", "en",
     "Two batteries have already arrived"),
    # 'Как пояснил X, ...' at the start: the words after the comma
    ("Как пояснил министр обороны Андрей Равков, речь идет о двух батареях «Тор-М2».", "ru",
     "речь идет о двух батареях «Тор-М2»"),
])
def test_complete_clause_keeps_its_span(text, lang, said):
    got = statements(text, lang, "2017-03-01")
    assert [s for _, _, s in got] == [said], got
