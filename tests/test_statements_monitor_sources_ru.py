"""A monitoring group as the source of an 'according to' phrase in Russian: 'по подсчетам его авторов', 'по словам
авторов отчета', 'по оценке сообщества'; a monitoring group the knowledge base does not hold, introduced as one
('мониторинговое сообщество «...»'); a source phrase in the middle of a sentence whose words before it are only an
adverbial ('За три месяца из Беларуси в Россию, по подсчетам наблюдателей, отправили ...': the whole sentence).
Sentences and group names written for this test."""
import pytest

from conftest import statements

HAJUN = "Belarusian Hajun"
LEAD = "Мониторинговый проект «Беларускі Гаюн» опубликовал в среду отчет о перевозках. "


@pytest.mark.parametrize("text,said", [
    (LEAD + "По подсчетам его авторов, за месяц в Россию отправили 26 танков Т-72А.",
     "за месяц в Россию отправили 26 танков Т-72А"),
    (LEAD + "По словам авторов отчета, за месяц в Россию отправили 26 танков Т-72А.",
     "за месяц в Россию отправили 26 танков Т-72А"),
    (LEAD + "По оценке проекта, с октября Беларусь передала России не менее 150 танков.",
     "с октября Беларусь передала России не менее 150 танков"),
    (LEAD + "За три месяца из Беларуси в Россию, по подсчетам наблюдателей, отправили 36 боевых машин пехоты БМП-1.",
     "За три месяца из Беларуси в Россию, по подсчетам наблюдателей, отправили 36 боевых машин пехоты БМП-1"),
    (LEAD + "С позиций под Мозырем, по данным мониторов, продолжаются пуски ракет.",
     "С позиций под Мозырем, по данным мониторов, продолжаются пуски ракет"),
])
def test_monitor_as_source(text, said):
    got = statements(text, "ru", "2023-02-15")
    assert (HAJUN, said) in [(w, what) for w, _, what in got], got


def test_monitor_introduced_as_one():
    # a name the knowledge base does not hold, introduced as a monitoring community, is taken up as one
    got = statements("Мониторинговое сообщество «Сталёвы шлях» опубликовало в среду отчет. По данным мониторов, за "
                     "месяц в Россию отправили 26 танков Т-72А.", "ru", "2023-02-15")
    speakers = [w for w, _, what in got if what.startswith("за месяц")]
    assert len(speakers) == 1 and speakers[0] and "shlyakh" in speakers[0], got


def test_belarusian_name_romanized_with_h():
    from bellink.names import transliterate

    assert transliterate("Чыгуначны назіральнік") == "Chyhunachny naziralnik"
    assert transliterate("Григорий") == "Grigory"  # Russian keeps 'g'


@pytest.mark.parametrize("text", [
    # the author of an article is no monitoring group
    LEAD + "По словам автора статьи, за месяц в Россию отправили 26 танков Т-72А.",
    # a verb before the source: the words before it are a clause of their own
    LEAD + "Эшелон ушел в Оршу, по данным мониторов, ночью.",
])
def test_not_the_monitor_or_not_the_whole_sentence(text):
    got = statements(text, "ru", "2023-02-15")
    assert not any(w == HAJUN and what.startswith("За") for w, _, what in got), got
    assert not any(w == HAJUN and "автора статьи" in what for w, _, what in got), got
    assert not any(what.startswith("Эшелон ушел в Оршу, по данным") for _, _, what in got), got


@pytest.mark.parametrize("text,said", [
    # after a dash the source's own judgement follows
    (LEAD + "В Барановичи прибыл эшелон с комплексами «Тор-М2К» – по оценке «Гаюна», это уже третья батарея за "
     "полгода.", "это уже третья батарея за полгода"),
    # with no clause after the source, the clause before the dash is the content
    (LEAD + "Эшелон прибыл в Барановичи – по данным проекта, с комплексами «Тор-М2К».", "Эшелон прибыл в Барановичи"),
])
def test_source_after_a_dash(text, said):
    got = statements(text, "ru", "2023-02-15")
    assert (HAJUN, said) in [(w, what) for w, _, what in got], got
