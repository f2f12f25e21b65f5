"""A speaker picked from a distance (a title, a pronoun) when two people are in scope: unknown, never a guess.
Sentences written for this test; published after Belousov became Russia's defence minister.

1. A title two people hold ('the minister') after a sentence that names both, one as subject and one as the person
   he met ('Khrenin held talks with Belousov. The minister said'), names nobody; after a sentence with one of them
   alone it is he, as before.
2. A title right after its holder spoke is he, unless the other holder took the stage as subject since ('Khrenin
   said ... Belousov visited the brigade. The minister said' is Belousov, the subject right before).
3. Russian puts the subject after its verb ('В понедельник бригаду посетил Андрей Белоусов'): that name took the
   stage as much as 'Андрей Белоусов посетил бригаду', so a pronoun after it is he, as in English, not the speaker
   before him; 'встретился с Андреем Белоусовым' (an object) keeps the speaker.
"""
import pytest

from conftest import speakers

PUB = "2024-07-10"


def who_said(text, lang, said):
    got = speakers(text, lang, PUB)
    hits = [w for w, s in got if said in s]
    assert hits, got
    return hits[0]


@pytest.mark.parametrize("lang, text, said, who", [
    ("en", "Belarusian Defence Minister Viktor Khrenin held talks with Russian Defence Minister Andrei Belousov. "
           "The minister said cooperation was growing.", "cooperation was growing", None),
    ("ru", "Министр обороны Беларуси Виктор Хренин провел переговоры с министром обороны России Андреем Белоусовым. "
           "Министр заявил, что сотрудничество развивается.", "сотрудничество развивается", None),
    # one holder in that sentence: he
    ("en", "Andrei Belousov visited Minsk on Monday. Viktor Khrenin stayed in Moscow. Belousov inspected the brigade. "
           "The minister said cooperation was growing.", "cooperation was growing", "Andrei Belousov"),
])
def test_a_title_after_both_holders(lang, text, said, who):
    assert who_said(text, lang, said) == who


@pytest.mark.parametrize("lang, text, said, who", [
    ("en", "Khrenin said the battery had arrived. Belousov visited the brigade on Monday. The minister said more would "
           "follow.", "more would follow", "Andrei Belousov"),
    ("ru", "Хренин заявил, что батарея прибыла. Белоусов в понедельник посетил бригаду. Министр заявил, что поставки "
           "продолжатся.", "поставки продолжатся", "Andrei Belousov"),
    # nobody took the stage since: the speaker
    ("en", "Khrenin and Belousov met in Minsk. Khrenin said the battery had arrived. The minister added that more "
           "would follow.", "more would follow", "Viktor Khrenin"),
])
def test_a_title_after_the_other_holder_took_the_stage(lang, text, said, who):
    assert who_said(text, lang, said) == who


@pytest.mark.parametrize("text, said, who", [
    ("Хренин заявил, что батарея прибыла. На встрече присутствовал и посол России Борис Грызлов. Он сказал, что "
     "поставки продолжатся.", "поставки продолжатся", "Boris Gryzlov"),
    ("Хренин заявил, что батарея прибыла. В понедельник с ним встретился посол России Борис Грызлов. По его словам, "
     "поставки продолжатся.", "поставки продолжатся", "Boris Gryzlov"),
    # an object, not a subject: the speaker keeps the floor
    ("Хренин заявил, что батарея прибыла. Затем он встретился с Борисом Грызловым. Он сказал, что поставки "
     "продолжатся.", "поставки продолжатся", "Viktor Khrenin"),
])
def test_a_russian_subject_after_its_verb_takes_the_stage(text, said, who):
    assert who_said(text, "ru", said) == who
