"""A name set off by commas after a title, with a rank before the name: 'The air force's chief of staff, Major General
X, told reporters that ...', 'The commander, Col. X, said ...' (the rank stood between the comma and the name, so
the name read as an appositive inside something else and the statement was lost). Russian writes the rank inside
the appositive too ('Начальник штаба ВВС, генерал-майор X, заявил'). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text,speaker,said", [
    ("en", "The air force's chief of staff, Major General Sergei Kovalyov, told BelTA on Monday that the crews had "
     "trained at the Ashuluk range.", "Sergei Kovalyov", "the crews had trained at the Ashuluk range"),
    ("en", "The brigade commander, Col. Sergei Kovalyov, said the new launchers would go on duty in May.",
     "Sergei Kovalyov", "the new launchers would go on duty in May"),
    ("en", "The head of the air defence forces, Lieutenant General Sergei Kovalyov, said on Friday that two more "
     "batteries were due.", "Sergei Kovalyov", "two more batteries were due"),
    ("ru", "Начальник штаба ВВС, генерал-майор Сергей Ковалев, заявил в понедельник, что экипажи прошли подготовку "
     "на полигоне Ашулук.", "Sergei Kovalev", "экипажи прошли подготовку на полигоне Ашулук"),
])
def test_a_ranked_name_after_a_title_speaks(lang, text, speaker, said):
    got = [(w, s) for w, _, s in statements(text, lang, "2022-12-15")]
    assert (speaker, said) in got, got


def test_the_pronoun_after_it_takes_him_up():
    got = [w for w, _, _ in statements(
        "The air force's chief of staff, Major General Sergei Kovalyov, told BelTA that the crews had trained in "
        "Russia. \"They passed every test,\" he said.", "en", "2022-12-15")]
    assert got == ["Sergei Kovalyov", "Sergei Kovalyov"], got


def test_a_rank_after_a_preposition_is_no_title():
    # 'a meeting with the commander, Major General X,': the name is the preposition's object, not the subject
    got = [w for w, _, _ in statements(
        "After a meeting with the commander, Major General Sergei Kovalyov, the minister said the crews were ready.",
        "en", "2022-12-15")]
    assert "Sergei Kovalyov" not in got, got
