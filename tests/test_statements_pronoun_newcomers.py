"""A pronoun after a newcomer (newcomers.py): someone other than the last speaker is brought on stage between his
words and 'he said' / 'по его словам' as an object, a passive agent or an inverted subject, named or only by a
title. Two people can then be meant: the speaker stays unknown. The speaker keeps the floor when the newcomer is
his own title ('the minister then toured the hangar'), people in the plural, a named person's title, the one
asking in the pronoun's own sentence, or when the speaker is the subject of the sentence that brings the newcomer
in. Sentences written for this test."""
import pytest

from conftest import speakers

LEAD_EN = "MINSK, March 5. Defence Minister Viktor Khrenin said on Tuesday that the brigade would get new radars.\n\n"
LEAD_RU = "МИНСК, 5 марта. Министр обороны Виктор Хренин заявил во вторник, что бригада получит новые радары.\n\n"


@pytest.mark.parametrize("lang, text, said", [
    # an unnamed person as a passive agent, then 'according to him'
    ("en", LEAD_EN + "The Russian team at the fair was headed by a deputy director of the FSVTS. According to him, "
     "the S-400 question is not on the table now.", "the S-400 question is not on the table now"),
    # an inverted subject known only by his title (Russian word order)
    ("ru", LEAD_RU + "Российскую делегацию на выставке возглавлял заместитель директора ФСВТС. По его словам, вопрос "
     "о С-400 сейчас не обсуждается.", "вопрос о С-400 сейчас не обсуждается"),
    ("ru", LEAD_RU + "На аэродроме журналистов встретил командир авиабазы, который провел их к стоянке. По его "
     "словам, первые самолеты встанут на дежурство весной.", "первые самолеты встанут на дежурство весной"),
    # an object of a sentence with another subject, then a quote closed by 'he said'
    ("en", LEAD_EN + "Reporters then spoke to a colonel in charge of the battery. \"The crews are ready,\" he said.",
     "The crews are ready"),
    ("ru", LEAD_RU + "Корреспондент поговорил с полковником, который командует батареей. «Расчеты готовы», – "
     "сказал он.", "Расчеты готовы"),
    ("en", LEAD_EN + "At the airfield, reporters were met by the base commander, who showed them the new jets. He "
     "said the first pair would go on duty in spring.", "the first pair would go on duty in spring"),
    # a named person in a passive agent's place
    ("en", LEAD_EN + "On Wednesday, the crews were inspected by Russian Deputy Defence Minister Alexei Krivoruchko. "
     "He said the first radars would arrive in May.", "the first radars would arrive in May"),
    ("en", LEAD_EN + "The ceremony was attended by the Russian ambassador. According to him, the first radars would "
     "arrive in May.", "the first radars would arrive in May"),
])
def test_a_newcomer_leaves_the_pronoun_unknown(lang, text, said):
    got = speakers(text, lang, "2024-03-05")
    assert any(w is None and said in s for w, s in got), got


@pytest.mark.parametrize("lang, text, said", [
    # the speaker under his own title
    ("en", LEAD_EN + "The minister then toured the hangar. According to him, the first radars would arrive in May.",
     "the first radars would arrive in May"),
    ("ru", LEAD_RU + "Затем министр осмотрел ангар. По его словам, первые радары придут в мае.",
     "первые радары придут в мае"),
    # the speaker is the subject of the sentence that brings the other person in
    ("en", LEAD_EN + "Khrenin later met Alexei Krivoruchko at the plant. He said the first radars would arrive in "
     "May.", "the first radars would arrive in May"),
    ("ru", LEAD_RU + "Хренин также встретился с командиром бригады. По его словам, первые радары придут в мае.",
     "первые радары придут в мае"),
    # a pronoun of the speaker's is that subject
    ("en", LEAD_EN + "Later he met the base commander in the hangar. According to him, the first radars would arrive "
     "in May.", "the first radars would arrive in May"),
    ("ru", LEAD_RU + "Затем он встретился с командиром авиабазы. По его словам, первые радары придут в мае.",
     "первые радары придут в мае"),
    # people in the plural
    ("en", LEAD_EN + "The crews were trained by Russian officers in Gatchina. He said the radars would arrive in "
     "May.", "the radars would arrive in May"),
    ("ru", LEAD_RU + "Расчеты готовили российские офицеры в Гатчине. По его словам, радары придут в мае.",
     "радары придут в мае"),
    # the one asking, in the pronoun's own sentence
    ("en", LEAD_EN + "Asked by a deputy whether Belarus would buy more, he replied that the budget was set.",
     "the budget was set"),
])
def test_the_speaker_keeps_the_floor(lang, text, said):
    got = speakers(text, lang, "2024-03-05")
    assert any(w == "Viktor Khrenin" and said in s for w, s in got), got


VISIT_RU = "Министр обороны Виктор Хренин посетил авиабазу в Барановичах. «Новые истребители готовы к дежурству», — " \
           "заявил Хренин.\n\n"
VISIT_EN = "Defence Minister Viktor Khrenin visited the air base. \"The new fighters are ready for duty,\" Khrenin said.\n\n"


@pytest.mark.parametrize("lang, text, said", [
    # the speaker's own title (or a generic head) as the subject keeps the floor in Russian as in English (review L9)
    ("ru", VISIT_RU + "Затем министр осмотрел ангар вместе с командиром авиабазы. По его словам, летчики уже освоили "
     "новые машины.", "летчики уже освоили новые машины"),
    ("ru", VISIT_RU + "После этого глава военного ведомства осмотрел ангар вместе с командиром авиабазы. По его словам, "
     "летчики уже освоили новые машины.", "летчики уже освоили новые машины"),
    ("en", VISIT_EN + "The minister then toured the hangar with the base commander. According to him, the pilots have "
     "mastered the jets.", "the pilots have mastered the jets"),
])
def test_the_own_title_as_subject_keeps_the_floor(lang, text, said):
    got = speakers(text, lang, "2024-03-05")
    assert any(w == "Viktor Khrenin" and said in s for w, s in got), got


@pytest.mark.parametrize("lang, text, said", [
    # a pronoun in a subordinate clause or before a passive is not the main clause's active subject (review W5)
    ("ru", VISIT_RU + "Когда он прибыл, его встретил командир авиабазы. По его словам, летчики уже освоили новые "
     "машины.", "летчики уже освоили новые машины"),
    ("en", VISIT_EN + "As he arrived, he was greeted by the base commander. According to him, the pilots have mastered "
     "the jets.", "the pilots have mastered the jets"),
])
def test_a_subordinate_or_passive_pronoun_does_not_keep_the_floor(lang, text, said):
    got = speakers(text, lang, "2024-03-05")
    assert any(w is None and said in s for w, s in got), got
