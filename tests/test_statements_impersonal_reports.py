"""An impersonal report with no document named ('Сообщается, что ...', 'Отмечается, что ...', 'Как отмечается, ...',
'It is noted that ...') is a statement (reported speech, RULES: statements). Its speaker is the organization whose
statement came just before (in its sentence or the two before), as a reader takes it: 'Гаюн сообщил ... Отмечается,
что ...' is Hajun; with no such statement, or after a person's or an outlet's, it is unknown (never a guess).
Not this: a document named ('В сообщении отмечается, что ...': the document's source), a verb with no clause ('Отмечается
рост поставок'), a passive with a subject of its own ('The battery was reported to be ready', 'It was said to be
ready'). Sentences written for this test.
"""
import pytest

from conftest import speakers

LEAD = {"en": "Belarus and Russia remain close allies. ", "ru": "Белоруссия и Россия остаются союзниками. "}


@pytest.mark.parametrize("lang, text, said, who", [
    ("ru", "Сообщается, что тренажеры для летчиков смонтируют в Лиде к осени.",
     "тренажеры для летчиков смонтируют в Лиде к осени", None),
    ("ru", "Мониторинговая группа «Беларускі Гаюн» сообщила, что колонна тягачей прошла через Гомель. Отмечается, что "
           "тягачи шли без номеров.", "тягачи шли без номеров", "Belarusian Hajun"),
    ("ru", "По информации мониторинговой группы «Беларускі Гаюн», колонна тягачей прошла через Гомель. Как отмечается, "
           "в колонне было не меньше шести машин.", "в колонне было не меньше шести машин", "Belarusian Hajun"),
    ("en", "It is noted that the new simulators will be installed at Lida by the autumn.",
     "the new simulators will be installed at Lida by the autumn", None),
    ("en", "The Belarusian Hajun monitoring group said a convoy of tractors passed through Gomel. It was also reported "
           "that the tractors carried no plates.", "the tractors carried no plates", "Belarusian Hajun"),
    # after a person's statement, or an outlet's report: nobody
    ("ru", "Хренин заявил, что батарея прибыла. Сообщается, что тренажеры смонтируют к осени.",
     "тренажеры смонтируют к осени", None),
    ("ru", "Об этом сообщает БелТА. Сообщается, что тренажеры смонтируют к осени.",
     "тренажеры смонтируют к осени", None),
])
def test_an_impersonal_report_is_a_statement(lang, text, said, who):
    got = speakers(LEAD[lang] + text, lang)
    assert (who, said) in got, got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Отмечается рост поставок."),
    ("en", "The battery was reported to be ready."),
    ("en", "It was said to be ready."),
    ("en", "It is noted for its range."),
])
def test_no_impersonal_report(lang, text):
    assert speakers(LEAD[lang] + text, lang) == []


def test_a_named_document_keeps_its_source():
    got = speakers(LEAD["ru"] + "Хренин заявил, что батарея прибыла. В сообщении Министерства обороны Белоруссии "
                   "отмечается, что тренажеры смонтируют к осени.", "ru")
    assert ("Ministry of Defence of Belarus", "тренажеры смонтируют к осени") in got, got
