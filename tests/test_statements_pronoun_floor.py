"""A speaker keeps the floor over a long speech set off by dashes or quotes: 'Он подчеркнул' six sentences after
his statement is still he, when every sentence between is his own words or names nobody. A sentence that names
someone else ends it (the pronoun is then not surely his). Sentences written for this test."""
import pytest

from conftest import speakers

RU_HEAD = ("Министр обороны Виктор Хренин сказал, что первые комплексы прибудут в мае. Кроме того, он обратил внимание "
           "на подготовку расчетов:\n")
RU_LINES = ["— Расчеты уже обучены.", "— Техника готова к маршу.", "— Полигон ждет.", "— Учения пройдут летом."]
RU_TAIL = "\nОн подчеркнул, что Россия передаст Белоруссии еще два дивизиона С-400."
RU_SAID = "Россия передаст Белоруссии еще два дивизиона С-400"
EN_HEAD = "Defence Minister Viktor Khrenin said the first launchers would arrive in May. He then turned to the crews. "
EN_QUOTE = ('"The crews are trained. The vehicles are ready. The range is waiting. The drills will take place in summer. '
            'The next batch is on its way."')
EN_TAIL = " He stressed that Russia would hand over two more S-400 battalions to Belarus."
EN_SAID = "Russia would hand over two more S-400 battalions to Belarus"


@pytest.mark.parametrize("lang, text, said", [
    ("ru", RU_HEAD + "\n".join(RU_LINES) + RU_TAIL, RU_SAID),
    ("en", EN_HEAD + EN_QUOTE + EN_TAIL, EN_SAID),
])
def test_the_speaker_keeps_the_floor_over_his_speech(lang, text, said):
    got = speakers(text, lang)
    assert [w for w, s in got if s == said] == ["Viktor Khrenin"], got


@pytest.mark.parametrize("lang, text, said", [
    ("ru", RU_HEAD + "\n".join(RU_LINES[:2]) + "\nШойгу в это время находился в Москве.\n" + "\n".join(RU_LINES[2:])
     + RU_TAIL, RU_SAID),
    ("en", EN_HEAD + EN_QUOTE + " Sergei Shoigu was in Moscow at the time." + EN_TAIL, EN_SAID),
])
def test_someone_named_between_ends_the_floor(lang, text, said):
    got = speakers(text, lang)
    assert "Viktor Khrenin" not in [w for w, s in got if s == said], got
