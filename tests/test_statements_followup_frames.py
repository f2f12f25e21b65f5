"""Follow-ups that continue the last speaker without naming him: a sentence opening on a conjunction straight into
its verb ('И добавил: «...»', 'А затем уточнил, что ...', 'And added that ...'), a conviction with a linking verb
('Он уверен, что ...', 'He was confident that ...'), 'In his view, ...' / 'in the view of X', and a negated 'rule
out' ('He did not rule out that ...', as 'не исключил, что ...'). Sentences written for this test."""
import pytest

from conftest import statements

KHRENIN = "Viktor Khrenin"


@pytest.mark.parametrize("text,lang,said", [
    ("«Батареи готовы», — сказал Хренин журналистам. И добавил: «Расчеты примут их в июле».", "ru",
     "Расчеты примут их в июле"),
    ("«Батареи готовы», — сказал Хренин журналистам. А затем уточнил, что расчеты примут их в июле.", "ru",
     "расчеты примут их в июле"),
    ('"The batteries are ready," Khrenin told reporters. And added that the crews would take them over in July.',
     "en", "the crews would take them over in July"),
    ("Хренин заявил, что батареи готовы. Он уверен, что расчеты примут их в июле.", "ru",
     "расчеты примут их в июле"),
    ("Khrenin said the batteries were ready. He was confident that the crews would take them over in July.", "en",
     "the crews would take them over in July"),
    ("Khrenin said the batteries were ready. In his view, the crews will take them over in July.", "en",
     "the crews will take them over in July"),
    ("Khrenin said the batteries were ready. He also did not rule out that the crews would take them over in July.",
     "en", "the crews would take them over in July"),
])
def test_followup_continues_the_speaker(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert (KHRENIN, said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text,lang", [
    ("«Батареи готовы», — сказал Хренин журналистам. И армия уже ждет их в июле.", "ru"),  # no verb of speech
    ("Хренин был уверен в успехе учений.", "ru"),  # a conviction with no что-clause
    ("Khrenin was confident of success in July.", "en"),
    ("Khrenin did not rule out further purchases this year.", "en"),  # no clause
])
def test_no_extra_statement(text, lang):
    got = statements(text, lang, "2023-06-14")
    assert len(got) == (1 if "сказал" in text else 0), got


@pytest.mark.parametrize("text,lang", [
    ("Хренин заявил, что батареи готовы. «Расчеты примут их в июле, как и обещали», – подытожил министр.", "ru"),
    ("Хренин заявил, что батареи готовы. «Расчеты примут их в июле, как и обещали», – посетовал он.", "ru"),
    ('Khrenin said the batteries were ready. "The crews will take them over in July, as promised," he countered.',
     "en"),
])
def test_verbs_closing_a_quote(text, lang):
    got = statements(text, lang, "2023-06-14")
    assert [w for w, _, s in got if "July" in s or "июле" in s] == [KHRENIN], got


def test_concluded_its_work_is_no_statement():
    assert statements("The commission concluded its work in May.", "en", "2023-06-14") == []


@pytest.mark.parametrize("text,said", [
    ("Lukashenko on Monday urged Moscow to sell fuel to Minsk at domestic prices, saying Belarus could not pay more.",
     "urged Moscow to sell fuel to Minsk at domestic prices, saying Belarus could not pay more"),
    ("Lukashenko called on the Russian side to speed up deliveries of the Tor-M2 systems.",
     "called on the Russian side to speed up deliveries of the Tor-M2 systems"),
])
def test_appeal_with_to_infinitive(text, said):
    got = statements(text, "en", "2024-12-07")
    assert [(w, s) for w, _, s in got] == [("Alexander Lukashenko", said)], got


def test_appeal_without_infinitive_is_no_statement():
    assert statements("Khrenin urged restraint at the talks in Minsk.", "en", "2024-12-07") == []


@pytest.mark.parametrize("text,lang,said", [
    ('Asked about a Russian air base, Khrenin was firm: "We do not need foreign bases. We need modern weapons."', "en",
     "We do not need foreign bases. We need modern weapons."),
    ('On the S-400, Khrenin was blunt: "The question is closed for now. We will return to it later."', "en",
     "The question is closed for now. We will return to it later."),
    ("Отвечая на вопрос о российской базе, Хренин был категоричен: «Иностранные базы нам не нужны. Нам нужно "
     "современное оружие».", "ru", "Иностранные базы нам не нужны. Нам нужно современное оружие"),
    ('Khrenin said the jets were ready. "The technical questions can be settled quickly," he went on.', "en",
     "The technical questions can be settled quickly"),
    ("Khrenin said crews for the new batch were already training in Lipetsk.", "en",
     "crews for the new batch were already training in Lipetsk"),
    ("Khrenin said another battery could arrive as early as next spring.", "en",
     "another battery could arrive as early as next spring"),
])
def test_lead_in_colon_went_on_and_zero_that_subjects(text, lang, said):
    got = statements(text, lang, "2023-06-14")
    assert (KHRENIN, said) in [(w, s) for w, _, s in got], got


@pytest.mark.parametrize("text", [
    'On the S-400, Lukashenko read out the letter from Putin: "We will supply the systems to Belarus next year."',
    "The talks went on for hours in Minsk.",
])
def test_no_statement_of_the_subject(text):
    got = statements(text, "en", "2023-06-14")
    assert all(w != "Alexander Lukashenko" for w, _, _ in got) and not any("talks" in s for _, _, s in got), got
