"""'dictator', 'autocrat', 'диктатор' are descriptive titles of a head of state like 'strongman' ('..., Belarusian
dictator X has said', 'Диктатор заявил'). Sentences written for this test."""
import pytest

from conftest import speakers


@pytest.mark.parametrize("lang, text, who, said", [
    ("en", "Belarus has put Tor-M2 systems received from Russia into service, Belarusian dictator Alexander "
     "Lukashenko has said.", "Alexander Lukashenko", "Belarus has put Tor-M2 systems received from Russia into "
     "service"),
    ("en", "Alexander Lukashenko met his generals on Monday. The dictator said the army would receive new Tor-M2 "
     "systems.", "Alexander Lukashenko", "the army would receive new Tor-M2 systems"),
    ("ru", "Александр Лукашенко провел совещание с военными. Диктатор заявил, что армия получит новые комплексы.",
     "Alexander Lukashenko", "армия получит новые комплексы"),
])
def test_dictator_is_a_title_of_the_head_of_state(lang, text, who, said):
    assert (who, said) in speakers(text, lang, "2021-03-10")
