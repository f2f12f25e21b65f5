"""An interview introduced by the correspondent the interviewee told ('О планах завода корреспонденту рассказал
директор X', 'X told a BelTA correspondent about the plant's plans'), then printed as questions and answers: each
answer is X's. Dash lines with no such introduction stay a dialogue or a list. Text written for this test."""
import pytest

from conftest import statements

RU = """Завод отгрузил армии десять тягачей. О планах предприятия корреспонденту рассказал генеральный директор завода Иван Семенович Кравцов.

– Сколько машин завод поставит армии в этом году?

– По контракту не меньше двадцати тягачей, первые пять уже ушли в апреле.

– А новые шасси?

– С ними сложнее, контракт пока не подписан.
"""

EN = """The plant shipped ten tractors to the army. Its director general, Ivan Kravtsov, told a BelTA correspondent about the plant's plans.

- How many vehicles will the plant deliver this year?

- Under the contract, no fewer than twenty tractors, and the first five left in April.

- And the new chassis?

- That is harder, the contract has not been signed yet.
"""

NONE = """Завод отгрузил армии десять тягачей, сообщил директор завода Иван Кравцов.

– Сколько машин завод поставит армии в этом году?

– По контракту не меньше двадцати тягачей, первые пять уже ушли в апреле.
"""


@pytest.mark.parametrize("text,lang,answers", [
    (RU, "ru", ["По контракту не меньше двадцати тягачей, первые пять уже ушли в апреле",
                "С ними сложнее, контракт пока не подписан"]),
    (EN, "en", ["Under the contract, no fewer than twenty tractors, and the first five left in April",
                "That is harder, the contract has not been signed yet"]),
])
def test_answers_after_a_correspondent_intro(text, lang, answers):
    got = statements(text, lang, "2023-06-14")
    for a in answers:
        assert a in [s for w, _, s in got if w and "Kravtsov" in w], got


def test_no_intro_no_answers():
    got = statements(NONE, "ru", "2023-06-14")
    assert not [s for _, _, s in got if s.startswith("По контракту")], got
