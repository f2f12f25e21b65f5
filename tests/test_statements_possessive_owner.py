"""A person's possessive in front of a title ("Putin's spokesman", "Khrenin's deputy") makes someone of his the
speaker, never the person himself (unknown unless named). Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,who", [
    ("MINSK, Oct 20 - Putin's spokesman told reporters on Wednesday that the fighters would stay.", None),
    ("MINSK, Oct 20 - Khrenin's deputy said the fighters would stay.", None),
    ("MINSK, Oct 20 - Putin's spokesman Dmitry Peskov told reporters on Wednesday that the fighters would stay.",
     "Dmitry Peskov"),
])
def test_possessive_before_a_title(text, who):
    got = statements(text, "en", "2023-10-20")
    assert [w for w, _, s in got if s == "the fighters would stay"] == [who], got
