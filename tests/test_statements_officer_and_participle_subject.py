"""Two findings, sentences written for this test:

- 'офицер' / 'the officer' / 'военачальник' take up the last speaker, as a rank noun does, when he serves in the forces
  (a colonel, a commander); not a minister with no military title;
- 'He said crews trained at a Russian range would man the units': a plural subject with a participle and its place
  before the auxiliary is a zero-'that' clause."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who", [
    ("Командир авиабазы полковник Дмитрий Рудковский пояснил, что самолеты введут в боевой состав после облета. "
     "«После этого они заступят на дежурство», – сказал офицер.", "ru", "Dmitry Rudkovsky"),
    ("Colonel Dmitry Rudkovsky, the base commander, said the aircraft would enter service after test flights. "
     "\"After that they will go on duty,\" the officer said.", "en", "Dmitry Rudkovsky"),
    ("Defence Minister Viktor Khrenin said the aircraft would enter service after test flights. "
     "\"After that they will go on duty,\" the officer said.", "en", None),
])
def test_officer_takes_up_the_serving_speaker(text, lang, who):
    got = statements(text, lang, "2025-11-26")
    last = [w for w, said, what in got if what.startswith(("После этого", "After that"))]
    assert last == [who], got


@pytest.mark.parametrize("text,said", [
    ("Andrei Ravkov said crews trained at a Russian range would man the new battalions.",
     "crews trained at a Russian range would man the new battalions"),
    ("Andrei Ravkov said pilots based in Lida were ready to fly the new trainers.",
     "pilots based in Lida were ready to fly the new trainers"),
])
def test_participle_modified_plural_subject(text, said):
    got = statements(text, "en", "2017-05-10")
    assert [(w, s) for w, _, s in got] == [("Andrei Ravkov", said)], got
