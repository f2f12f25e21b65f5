"""'dictator', 'autocrat', 'диктатор' are descriptive titles of the person named with them ('..., Belarusian
dictator X has said'); they are no office, so the bare noun ('The dictator said', 'Диктатор заявил') is not looked up
as the president of the article's country (review2 W0: another country's dictator became Putin). Sentences written
for this test."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "Belarus has put Tor-M2 systems received from Russia into service, Belarusian dictator Alexander "
     "Lukashenko has said.", "Alexander Lukashenko", "Belarus has put Tor-M2 systems received from Russia into "
     "service"),
])
def test_dictator_is_a_title_of_the_head_of_state(lang, text, who, said):
    assert (who, said) in speakers(text, lang, "2021-03-10")


@pytest.mark.parametrize("lang, text", [
    ("en", "Kim Jong Un arrived in Vladivostok on Tuesday. The dictator said Russia would supply fighter jets to "
     "North Korea."),
    ("en", "Syrian dictator Bashar al-Assad met Putin in Moscow. The dictator said Russia would deliver S-400 "
     "systems to Syria."),
    ("en", "The leader of Turkmenistan toured a tank plant near Omsk. The autocrat said Russia would sell his "
     "army new armoured vehicles."),
    ("ru", "Ким Чен Ын прибыл во Владивосток во вторник. Диктатор заявил, что Россия поставит КНДР истребители."),
    ("ru", "Сирийский диктатор Башар Асад встретился с Путиным в Москве. Диктатор заявил, что Россия поставит "
     "Сирии С-400."),
])
def test_a_dictator_is_never_looked_up_as_the_settings_president(lang, text):
    """A pejorative is no office: the bare noun never names Putin or Lukashenko through the office holder of
    the article's country."""
    got = [who for who, _ in speakers(text, lang, "2024-05-10")]
    assert "Vladimir Putin" not in got and "Alexander Lukashenko" not in got
