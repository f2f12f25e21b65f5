"""An office-only subject followed by an adverbial that names the OTHER country's official (construction S16):
"Russia's defence minister, in Minsk for talks with Khrenin, said ...", 'Российский министр обороны в ходе
видеосвязи с белорусским коллегой заверил, что ...', 'Белорусский министр после переговоров с Лавровым заявил'.
The person or country inside the adverbial is never the speaker; the office's holder is. Sentences written for
this test; holders checked against the knowledge base's dated roles."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,published,text,speaker", [
    ("en", "2024-09-05", "Russia's defence minister, in Minsk for talks with Khrenin on 4 September, said Moscow would "
     "keep its delivery dates.", "Andrei Belousov"),
    ("en", "2024-09-05", "Russia's defence minister, after talks with Khrenin in Minsk, said Moscow would keep its "
     "delivery dates.", "Andrei Belousov"),
    ("en", "2023-05-04", "The Belarusian foreign minister, during a visit to Moscow for talks with Lavrov, said the "
     "treaty was ready.", "Sergei Aleinik"),
    ("ru", "2024-10-20", "Российский министр обороны в ходе видеосвязи с белорусским коллегой в октябре заверил, что все "
     "сроки будут соблюдены.", "Andrei Belousov"),
    ("ru", "2023-05-04", "Белорусский министр иностранных дел после переговоров с Лавровым заявил, что договор готов.",
     "Sergei Aleinik"),
    ("ru", "2023-05-04", "Министр обороны Белоруссии на встрече с российским коллегой заявил, что учения пройдут в "
     "сентябре.", "Viktor Khrenin"),
])
def test_the_official_in_the_adverbial_is_not_the_speaker(lang, published, text, speaker):
    assert [who for who, _, _ in statements(text, lang, published)] == [speaker]


@pytest.mark.parametrize("lang,published,text,speaker", [
    # an envoy's host after the office stays part of it
    ("ru", "2020-05-04", "Посол России в Белоруссии заявил, что переговоры продолжатся в мае.", "Dmitry Mezentsev"),
    # a name set off after the office and a phrase is the speaker's own
    ("ru", "2023-05-04", "Эксперт по вопросам безопасности Сергей Лапицкий уверен: «Без этих комплексов небо останется "
     "открытым».", "Sergei Lapitsky"),
    # an adverbial after a NAME: the name speaks
    ("en", "2024-09-05", "Khrenin, in Moscow for talks with Belousov, said the contracts were on schedule.",
     "Viktor Khrenin"),
])
def test_what_the_cut_keeps(lang, published, text, speaker):
    got = [who for who, _, _ in statements(text, lang, published)]
    assert got and got[0] == speaker, got


@pytest.mark.parametrize("text,said", [
    ("Russia will begin supplying Belarus with S-300 systems next year, Russia's defence minister said Thursday after "
     "talks with his Belarusian counterpart.", "Russia will begin supplying Belarus with S-300 systems next year"),
    ("Khrenin said Tuesday the systems would arrive in June.", "the systems would arrive in June"),
])
def test_a_day_after_said_is_no_clause_of_its_own(text, said):
    assert [w for _, _, w in statements(text, "en", "2005-06-16")] == [said]
