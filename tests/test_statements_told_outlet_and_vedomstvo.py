"""Three speaker findings, sentences written for this test:

- 'сообщили «Оборонному вестнику» / БелТА в пресс-службе Минобороны Беларуси': the outlet told (a dative, or an
  outlet after an impersonal plural verb) is passed over and the body after 'в' speaks; never the outlet;
- 'сообщили в белорусском военном ведомстве': adjectives between 'в' and the head; 'военное ведомство' with a
  country is that country's defence ministry (not its military-industrial committee);
- a bare office ('the president') whose one holder in the article was named paragraphs back and is of another
  country than the story's stays unknown; a holder named just before is still taken."""
import pytest

from conftest import statements

MOD_BY = "Ministry of Defence of Belarus"
MOD_RU = "Ministry of Defence of Russia"


@pytest.mark.parametrize("text,who", [
    ("В строю авиабазы сейчас двенадцать таких самолетов, сообщили «Оборонному вестнику» в пресс-службе Министерства "
     "обороны Беларуси.", MOD_BY),
    ("В строю авиабазы сейчас двенадцать таких самолетов, сообщили БелТА в пресс-службе Министерства обороны "
     "Беларуси.", MOD_BY),
    ("Контракт на поставку вертолетов подписан, сообщили в белорусском военном ведомстве.", MOD_BY),
    ("Контракт на поставку вертолетов подписан, сообщили в российском военном ведомстве.", MOD_RU),
    ("В белорусском военном ведомстве сообщили, что контракт на поставку вертолетов подписан.", MOD_BY),
])
def test_the_body_speaks_not_the_outlet(text, who):
    got = statements(text, "ru", "2018-04-11")
    assert [w for w, _, _ in got] == [who], got


def test_outlet_told_alone_is_no_speaker():
    got = statements("В строю авиабазы сейчас двенадцать таких самолетов, сообщили «Оборонному вестнику».", "ru",
                     "2018-04-11")
    assert all(w != "Oboronny vestnik" for w, _, _ in got), got


FAR = ("Belarus's air defence brigade is on combat duty, Defence Minister Viktor Khrenin said on Thursday. President "
       "Vladimir Putin announced in June that Russia would hand the systems to its ally. Crews began training at "
       "Russian ranges within weeks.\n\nKhrenin said the units remained under Russian command. The crews fired at "
       "Kapustin Yar in May. They returned home in June.\n\nThe head of state had set the tone earlier in the week. "
       "Speaking to army commanders on Tuesday, the president said the country would not give up its air defence "
       "plan.")
NEAR = ("Belarus's air defence brigade is on combat duty, Defence Minister Viktor Khrenin said on Thursday. President "
        "Vladimir Putin announced in June that Russia would hand the systems to its ally. The president said the "
        "crews would train at Russian ranges.")


@pytest.mark.parametrize("text,who", [(FAR, None), (NEAR, "Vladimir Putin")])
def test_bare_office_far_from_its_foreign_holder(text, who):
    got = statements(text, "en", "2023-06-16")
    last = [w for w, said, _ in got if said == "the president" or said == "The president"]
    assert last == [who], got
