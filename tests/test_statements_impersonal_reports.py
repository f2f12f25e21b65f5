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
    ("ru", "Сообщается, что самолеты будут нести боевое дежурство в Барановичах.",
     "самолеты будут нести боевое дежурство в Барановичах", None),
    ("ru", "Мониторинговая группа «Беларускі Гаюн» сообщила, что эшелон ушел в Россию. Отмечается, что в Старых "
           "Дорогах расположена база резерва.", "в Старых Дорогах расположена база резерва", "Belarusian Hajun"),
    ("ru", "По информации мониторинговой группы «Беларускі Гаюн», эшелон ушел в Россию. Как отмечается, на этом "
           "аэродроме базируются не меньше восьми комплексов.", "на этом аэродроме базируются не меньше восьми комплексов",
     "Belarusian Hajun"),
    ("en", "It is noted that the Russians received T-72A tanks at the reserve base.",
     "the Russians received T-72A tanks at the reserve base", None),
    ("en", "The Belarusian Hajun monitoring group said a train with tanks left Orsha. It was also reported that 72 "
           "empty flatcars arrived at Urechye.", "72 empty flatcars arrived at Urechye", "Belarusian Hajun"),
    # after a person's statement, or an outlet's report: nobody
    ("ru", "Хренин заявил, что батарея прибыла. Сообщается, что самолеты будут нести боевое дежурство.",
     "самолеты будут нести боевое дежурство", None),
    ("ru", "Об этом сообщает БелТА. Сообщается, что самолеты будут нести боевое дежурство.",
     "самолеты будут нести боевое дежурство", None),
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
                   "отмечается, что самолеты будут нести боевое дежурство.", "ru")
    assert ("Ministry of Defence of Belarus", "самолеты будут нести боевое дежурство") in got, got
