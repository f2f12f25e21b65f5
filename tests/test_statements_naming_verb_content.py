"""A naming verb ('назвал сообщения «фантазиями»', 'called the reports "fakes"') says what it says with the label:
the statement is the verb phrase, not the report it labels. With the object first ('Сообщения о том, что ...,
министр назвал «фантазиями»') the statement is the whole sentence; with a 'что'/'that' clause inside the object
('назвал «инсинуациями» сообщения о том, что ...') it starts at the verb, not at the clause. Sentences written for
this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,said", [
    ("Сообщения о том, что Белоруссия закупает комплексы «Искандер», министр обороны Виктор Хренин назвал "
     "«фантазиями».", "ru",
     "Сообщения о том, что Белоруссия закупает комплексы «Искандер», министр обороны Виктор Хренин назвал «фантазиями»"),
    ("Виктор Хренин назвал «фантазиями» сообщения о том, что Белоруссия закупает комплексы «Искандер».", "ru",
     "назвал «фантазиями» сообщения о том, что Белоруссия закупает комплексы «Искандер»"),
    ("Reports that Belarus was buying Iskander systems, Viktor Khrenin called \"fantasies.\"", "en",
     "Reports that Belarus was buying Iskander systems, Viktor Khrenin called \"fantasies.\""),
    ("Viktor Khrenin called reports that Belarus was buying Iskander systems \"fantasies.\"", "en",
     "called reports that Belarus was buying Iskander systems \"fantasies.\""),
])
def test_naming_verb_content(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert ("Viktor Khrenin", said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,lang,said", [
    # a verb of saying, not of naming: the content stays the clause before it
    ("Белоруссия закупает комплексы «Искандер», сообщил министр обороны Виктор Хренин.", "ru",
     "Белоруссия закупает комплексы «Искандер»"),
    ("Хренин заявил, что Белоруссия закупает комплексы «Искандер».", "ru", "Белоруссия закупает комплексы «Искандер»"),
])
def test_other_verbs_unchanged(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert ("Viktor Khrenin", said) in [(w, s) for w, _, s in got], got
