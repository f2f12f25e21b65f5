"""A commentator's noun alone after a quote ('"...," the expert told RFE/RL', '«...», – сказал эксперт «Белсату»') takes
up the one person named with a commentator's title in that sentence or the two before ('Военный обозреватель X видит
другую причину: ...', 'Military analyst X said ...'), even when that person has not spoken yet; unknown when two are
named. Sentences written for this test; the people are invented."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Военный обозреватель Зыгмунт Блажевич видит другую причину спешки: Минск торопится закрыть контракты. "
     "«Российские заводы загружены, и каждый следующий год будет дороже», – сказал эксперт «Позірку».",
     "Zygmunt Blazhevich"),
    ("ru", "Политолог Ярослав Ключник указывает на главное: почти вся продукция завода уходит в Россию. «Без "
     "российского заказа завод остановился бы за месяц», – сказал аналитик.", "Yaroslav Klyuchnik"),
    ("en", "Military analyst Yuras Bialiak said Russia's own air force is absorbing all new Yak-130 production. Talks "
     "stalled in May. \"There is simply no spare capacity in Irkutsk,\" the expert told RFE/RL.", "Yuras Bialiak"),
])
def test_the_commentator_noun_takes_up_the_one_commentator(lang, text, speaker):
    got = [w for w, _, _ in statements(text, lang, "2024-03-01")]
    assert got and got[-1] == speaker, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Военный эксперт Ярослав Ключник и аналитик Павел Лютко спорят о причинах. «Без российского заказа МЗКТ "
     "остановился бы за месяц», – сказал эксперт «Белсату»."),
    ("en", "Military analyst Yuras Bialiak and analyst Pavel Lyutko disagree. \"There is simply no spare capacity in "
     "Irkutsk,\" the expert told RFE/RL."),
    # an indefinite noun is any expert
    ("en", "Military analyst Yuras Bialiak said the plant was busy. \"There is simply no spare capacity in Irkutsk,\" "
     "an expert told RFE/RL."),
])
def test_the_commentator_noun_stays_unknown_when_unclear(lang, text):
    got = [w for w, _, _ in statements(text, lang, "2024-03-01")]
    assert got and got[-1] is None, got
