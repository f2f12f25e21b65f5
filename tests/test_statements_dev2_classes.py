"""Forms found missing on news_dev2, each a class: a denial of a two-word object ('denied any transfers', 'отверг эти
сообщения'), 'ruled it out: "..."', 'the same ministry' as a follow-up ('то же ведомство'), and a clause reported
without 'that' whose bare plural subject carries two prepositional phrases and a participle set off by commas ('said
talks with Russia on Mi-28NE helicopters, started in 2019, had been put on hold'). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who,said", [
    ("Belarus denies transfers. Defence Minister Viktor Khrenin has repeatedly denied any transfers.", "en",
     "Viktor Khrenin", "has repeatedly denied any transfers"),
    ("Белоруссия отрицает передачу техники. Министр обороны Виктор Хренин отверг эти сообщения.", "ru",
     "Viktor Khrenin", "отверг эти сообщения"),
    ("Belarus will not fight. Asked whether Belarus could send troops, Khrenin ruled it out: \"Not one Belarusian "
     "soldier.\"", "en", "Viktor Khrenin", "Not one Belarusian soldier."),
    ("The Belarusian Defence Ministry said the jets had arrived. The same ministry announced that the battery had been "
     "placed on combat duty.", "en", "Ministry of Defence of Belarus", "the battery had been placed on combat duty"),
    ("Министерство обороны Белоруссии сообщило о прибытии самолетов. То же ведомство сообщило, что батарея заступила "
     "на дежурство.", "ru", "Ministry of Defence of Belarus", "батарея заступила на дежурство"),
    ("Belarus wants helicopters. Khrenin said talks with Russia on Mi-28NE helicopters, started in 2019, had been put "
     "on hold.", "en", "Viktor Khrenin",
     "talks with Russia on Mi-28NE helicopters, started in 2019, had been put on hold"),
    ("Белоруссия хочет вертолеты. Хренин сказал, что переговоры с Россией о вертолетах Ми-28НЭ, начатые в 2019 году, "
     "приостановлены.", "ru", "Viktor Khrenin",
     "переговоры с Россией о вертолетах Ми-28НЭ, начатые в 2019 году, приостановлены"),
])
def test_found(text, lang, who, said):
    got = [(w, s) for w, _, s in statements(text, lang, "2021-03-10")]
    assert (who, said) in got, got
