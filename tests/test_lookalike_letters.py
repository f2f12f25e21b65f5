"""A designator typed with Latin letters drawn like Cyrillic ones is the system it looks like (issue 12: "C-300" with a
Latin C in a Russian page was a system of its own, "C-300"). Sentences written for these tests.

* a Latin designator whose letters are all lookalikes ("C-300", in either language's text) is also looked up as the
  Cyrillic one (С-300 = S-300); one that reads the same either way ("T-72") is unchanged;
* a Russian word with a stray Latin letter ("Cу-30СМ") folds as the Russian word;
* a Latin designator that is its own system keeps its own name.
"""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, system", [
    ("Три дивизиона зенитных ракетных систем C-300 прибыли из России в Белоруссию, сообщил министр.", "S-300"),
    ("Three battalions of C-300 air defence systems have arrived in Belarus from Russia, the minister said.", "S-300"),
    ("Белоруссия получила от России четыре истребителя Cу-30СМ, сообщил министр.", "Su-30SM"),
    ("Belarus has received four Cу-30СМ fighters from Russia, the minister said.", "Su-30SM"),
])
def test_a_designator_typed_with_lookalike_letters_is_the_system(text, system):
    assert {row[0] for row in delivery_rows(text)} == {system}


@pytest.mark.parametrize("word, cyrillic", [
    ("C-300", "С-300"),
    ("X-101", "Х-101"),
    ("P-800", "Р-800"),
])
def test_a_lookalike_designator_is_also_keyed_as_the_cyrillic_one(word, cyrillic):
    from bellink.names import fold, lookalike_key

    assert lookalike_key(word) == fold(cyrillic) != fold(word)


@pytest.mark.parametrize("word", ["T-72", "Su-30", "MiG-29", "Coalition"])
def test_a_word_that_reads_the_same_or_is_no_lookalike_designator_has_no_second_key(word):
    from bellink.names import lookalike_key

    assert lookalike_key(word) == ""


@pytest.mark.parametrize("name, same", [
    ("Cу-30СМ", "Су-30СМ"),
    ("Тоp-М2", "Тор-М2"),
])
def test_a_russian_word_with_a_stray_latin_letter_folds_as_the_russian_word(name, same):
    from bellink.names import fold

    assert fold(name) == fold(same)


def test_a_latin_word_keeps_its_own_key():
    from bellink.names import fold

    assert fold("Coalition") == "coalition"
