"""A participle of saying hung on a verb that reports nothing ('praised the industry, noting that ...', 'visited the
plant, recalling that ...') gives the words of the main clause's subject (speech_verbs.tsv class 'add': noting,
recalling, pledging, vowing, claiming, emphasizing, reiterating, promising). After a reporting verb of the same
sentence it only elaborates that statement ('said ..., noting that ...': one statement, RULES), and with no subject
who can speak it gives nothing ('The battery arrived in May, noting ...'). Sentences written for this test.
"""
import pytest

from conftest import speakers

LEAD = "Belarus and Russia remain close allies. "


@pytest.mark.parametrize("text, who, said", [
    ("Belousov, in turn, praised Belarusian industry, noting that plants of the republic had fully met their "
     "obligations.", "Andrei Belousov", "plants of the republic had fully met their obligations"),
    ("Lukashenko visited the plant, recalling that it had built chassis for the S-400.", "Alexander Lukashenko",
     "it had built chassis for the S-400"),
    ("Khrenin inspected the brigade, emphasizing that the crews were ready.", "Viktor Khrenin",
     "the crews were ready"),
])
def test_a_participle_after_a_deed_reports_the_subject(text, who, said):
    assert (who, said) in speakers(LEAD + text), speakers(LEAD + text)


def test_after_a_reporting_verb_it_elaborates_the_same_statement():
    got = speakers(LEAD + "Khrenin said the battery had arrived, noting that two more would follow.")
    assert [w for w, _ in got] == ["Viktor Khrenin"], got


def test_no_subject_that_speaks():
    assert speakers(LEAD + "The battery arrived in May, noting the start of a new phase.") == []
