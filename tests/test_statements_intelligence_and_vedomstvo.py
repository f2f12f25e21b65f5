"""A country's military intelligence as the speaker ('Ukraine's military intelligence said', 'сообщила украинская
военная разведка'), and 'ведомство' taking up the one government body the previous sentence named even when that
body did not speak ('Министерство обороны эти данные не комментирует. Ранее в ведомстве называли ...'), but not an
organization that spoke before another body was named. Sentences written for this test."""
import pytest

from conftest import statements

HUR = "Defence Intelligence of Ukraine"
MOD_BY = "Ministry of Defence of Belarus"


@pytest.mark.parametrize("text,lang,said", [
    ("Ukraine's military intelligence said the vehicles would be repaired in Bryansk before going to the front.", "en",
     "the vehicles would be repaired in Bryansk before going to the front"),
    ("The vehicles would be repaired in Bryansk before going to the front, Ukraine's military intelligence said.",
     "en", "The vehicles would be repaired in Bryansk before going to the front"),
    ("Машины отремонтируют в Брянске и отправят на фронт, сообщила украинская военная разведка.", "ru",
     "Машины отремонтируют в Брянске и отправят на фронт"),
])
def test_military_intelligence_of_a_country(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert (HUR, said) in [(who, what) for who, _, what in got], got


@pytest.mark.parametrize("text,said", [
    ("Министерство обороны Беларуси эти сведения не комментирует. Ранее в ведомстве называли подобные публикации "
     "«провокацией».", "называли подобные публикации «провокацией»"),
    ("Минобороны Беларуси эти сведения не комментирует. В ведомстве лишь подчеркнули, что армия получает технику "
     "по графику.", "армия получает технику по графику"),
    ("Минобороны Белоруссии сообщило, что батарея «Тор-М2К» заступила на дежурство. В ведомстве при этом уточнили, "
     "что расчеты учились в России.", "расчеты учились в России"),
])
def test_vedomstvo_takes_up_the_body_just_named(text, said):
    got = statements(text, "ru", "2023-06-14")
    assert (MOD_BY, said) in [(who, what) for who, _, what in got], got


@pytest.mark.parametrize("text", [
    # two organizations named together: which one 'ведомство' means is not clear
    "Министерство обороны Беларуси и «Рособоронэкспорт» эти сведения не комментируют. Ранее в ведомстве называли "
    "подобные публикации «провокацией».",
    # the intelligence service spoke, then another ministry was named: 'ведомство' is not the intelligence service
    "Машины отремонтируют в Брянске, сообщила украинская военная разведка. В Минобороны эти данные не комментируют. "
    "Ранее в ведомстве называли подобные публикации «провокацией».",
])
def test_vedomstvo_left_unknown_when_unclear(text):
    got = statements(text, "ru", "2023-06-14")
    last = [who for who, _, what in got if what.startswith("называли")]
    assert last and last[0] not in (HUR, "Rosoboronexport"), got
