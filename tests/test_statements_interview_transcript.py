"""An interview printed as questions and answers: each answer after a question is a direct statement by the
interviewee, the one person the introduction names beside an interview word, or the one speaker the article quoted
'in an interview' before the transcript. Questions are nobody's statements; when the interviewee is not clear the
answer stays unknown. Sentences written for this test."""
import pytest

from conftest import statements

RU_INTRO = ("Командующий ВВС Игорь Голуб ответил на вопросы газеты «Ваяр».\n\n"
            "— Когда полк получит новые самолеты?\n\n"
            "— Первая пара прилетит осенью. Летчики уже прошли переучивание в Липецке.\n\n"
            "— А учебные машины?\n\n"
            "— Их мы ждем не раньше следующего года.\n")
EN_INTRO = ("Air force commander Igor Golub answered questions from the army newspaper.\n\n"
            "- When will the regiment get its new aircraft?\n\n"
            "- The first pair will land in the autumn. The pilots have already retrained at Lipetsk.\n\n"
            "- And the trainers?\n\n"
            "- We do not expect them before next year.\n")
EN_EARLIER = ("The new fighters will land in the autumn, air force commander Igor Golub said in an interview with a state "
              "channel on Monday, a day after the ministry confirmed the contract.\n\n"
              "Parts of the interview were shown as questions and answers.\n\n"
              "- Will the old jets be retired?\n\n"
              "- Not this year. They will fly alongside the new ones until the crews are ready.\n")


@pytest.mark.parametrize("text,lang,answers", [
    (RU_INTRO, "ru", ["Первая пара прилетит осенью. Летчики уже прошли переучивание в Липецке",
                      "Их мы ждем не раньше следующего года"]),
    (EN_INTRO, "en", ["The first pair will land in the autumn. The pilots have already retrained at Lipetsk",
                      "We do not expect them before next year"]),
    (EN_EARLIER, "en", ["Not this year. They will fly alongside the new ones until the crews are ready"]),
])
def test_answers_are_the_interviewees(text, lang, answers):
    got = statements(text, lang, "2019-06-03")
    for said in answers:
        assert ("Igor Golub", said) in [(who, what) for who, _, what in got], got
    assert not [what for _, _, what in got if what.rstrip("?").endswith(("самолеты", "aircraft", "trainers"))], got


@pytest.mark.parametrize("text,lang", [
    # two people named beside the interview: whose answers these are is not clear
    ("Командующий ВВС Игорь Голуб и министр обороны Андрей Равков ответили на вопросы газеты «Ваяр».\n\n"
     "— Когда полк получит новые самолеты?\n\n— Первая пара прилетит осенью, остальные в следующем году.\n", "ru"),
    ("Igor Golub and Andrei Ravkov answered questions from the army newspaper.\n\n"
     "- When will the regiment get its new aircraft?\n\n- The first pair will land in the autumn, the rest next year.\n",
     "en"),
])
def test_answer_of_an_unclear_interviewee_is_unknown(text, lang):
    got = statements(text, lang, "2019-06-03")
    answer = [who for who, _, what in got if what.startswith(("Первая пара", "The first pair"))]
    assert answer == [None], got


@pytest.mark.parametrize("text,lang", [
    # a dash list follows no question: not answers
    ("Министр обороны Андрей Равков перечислил в интервью планы на год.\n\n"
     "- две батареи «Тор-М2» для бригады под Барановичами;\n\n- четыре вертолета Ми-35М для авиабазы.\n", "ru"),
    ("In an interview, Defence Minister Andrei Ravkov listed the plans for the year.\n\n"
     "- two Tor-M2 batteries for the brigade near Baranovichi;\n\n- four Mi-35M helicopters for the air base.\n", "en"),
])
def test_a_dash_list_is_no_transcript(text, lang):
    got = statements(text, lang, "2019-06-03")
    assert not [what for _, _, what in got if "Ми-35М" in what or "Mi-35M" in what], got
