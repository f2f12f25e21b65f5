"""'In Khrenin's view, ...', "In Lukashenko's words, ...": the possessor's words, as 'In his view' and 'In the view
of X' are (an alternative of according_en); 'In Minsk's case' is no source. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,who", [
    ("Khrenin visited the brigade on Monday. In Khrenin's view, the brigade is fully manned.", "Viktor Khrenin"),
    ("In Lukashenko's words, the S-400 will arrive this year.", "Alexander Lukashenko"),
])
def test_the_possessor_speaks(text, who):
    got = statements(text, "en", "2024-03-14")
    assert [w for w, _, _ in got] == [who], got


def test_a_case_is_no_source():
    assert statements("In Minsk's case, the brigade is fully manned.", "en", "2024-03-14") == []
