"""", and that ..." / ", и что ..." opens a second reported clause: its system takes neither the stage nor the date of
the first ("would receive the next pair in October, and that Minsk had asked for Mi-28NE": the helicopters are
asked for, as of the statement, not planned for October). Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text, lang", [
    ("News\n\nKhrenin told reporters on Tuesday that Belarus would receive the next pair of Su-30SM2 fighters in "
     "October, and that Minsk had asked Moscow for Mi-28NE attack helicopters.", "en"),
    ("Новости\n\nХренин во вторник сообщил, что Белоруссия получит следующую пару Су-30СМ2 в октябре, и что Минск "
     "попросил Москву продать ему вертолеты Ми-28НЭ.", "ru"),
])
def test_each_reported_clause_keeps_its_own_stage_and_date(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2025-09-11")
    got = {(a.entities[e.roles["system"][0]].name, e.status, e.date.value) for e in a.events if e.kind == "delivery"}
    assert got == {("Su-30SM2", "planned", "2025-10"), ("Mi-28NE", "discussed", "2025-09-09")}


@pytest.mark.parametrize("text, lang", [
    ("News\n\nThe minister said Belarus would get two more Su-30SM2 fighters in October, and that talks with Moscow "
     "on Mi-28NE helicopters were under way.", "en"),
])
def test_talks_in_the_second_clause_leave_the_first_clause_planned(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2025-09-11")
    got = {(a.entities[e.roles["system"][0]].name, e.status, e.date.value) for e in a.events if e.kind == "delivery"}
    assert ("Su-30SM2", "planned", "2025-10") in got
    assert not any(name == "Mi-28NE" and date == "2025-10" for name, _, date in got)
