"""'ROLE, NAME, told X about ...': the words before the name are the speaker's own title set off by commas, not
what he said. 'CONTENT, NAME, the commander, said' still reads the content. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("lang,text", [
    ("en", "The commander of the brigade, Colonel Pavel Dombrovsky, told reporters about the new vehicles."),
    ("en", "The director of the Federal Service for Military-Technical Cooperation (FSVTS), Dmitry Shugayev, told "
     "Izvestia about the contracts signed this week."),
    ("ru", "Командир бригады, полковник Павел Домбровский, рассказал журналистам о новых машинах."),
])
def test_the_speakers_own_title_is_not_a_statement(lang, text):
    got = statements(text, lang, "2020-08-27")
    assert all(not said.startswith(("The commander", "The director", "Командир")) for _, _, said in got), got


@pytest.mark.parametrize("lang,text,said", [
    ("en", "The tanks arrived on Monday, Pavel Dombrovsky, the commander, said.", "The tanks arrived on Monday"),
    ("ru", "Танки прибыли в понедельник, сообщил командир бригады полковник Павел Домбровский.",
     "Танки прибыли в понедельник"),
])
def test_content_before_the_name_is_still_read(lang, text, said):
    got = statements(text, lang, "2020-08-27")
    assert any(s == said for _, _, s in got), got
