"""'Asked about the fighters, he said talks "are at an advanced stage"': the participle opening the sentence is the
question put to the speaker, never what he said; his words are the clause after the verb, also when its predicate
opens a quote. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,said", [
    ('Khrenin said the batteries were ready. Asked about Su-30SM2 fighters, he said talks with Irkut "are at an '
     'advanced stage" but that no contract had been signed.',
     'talks with Irkut "are at an advanced stage" but that no contract had been signed'),
    ('Khrenin said the batteries were ready. He said crews "are already training" at the range.',
     'crews "are already training" at the range'),
])
def test_clause_after_the_verb(text, said):
    got = statements(text, "en", "2023-06-14")
    assert ("Viktor Khrenin", said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text", [
    "Khrenin said the batteries were ready. Asked about the fighters, he said no.",
    "Khrenin said the batteries were ready. Questioned about the fighters on Tuesday, he said nothing.",
])
def test_the_question_is_no_statement(text):
    got = statements(text, "en", "2023-06-14")
    assert not [s for _, _, s in got if s.lower().startswith(("asked", "questioned"))], got
