"""'Собеседник «Коммерсанта» в Минобороны России подтвердил', 'Источник «Известий» в Минобороны сообщил': an outlet's
source inside a body is someone inside it, never the body (a wrong speaker: the ministry was taken); the noun that
governs 'в' is found over the outlet's quoted genitive. Sentences written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text", [
    "Собеседник «Коммерсанта» в Минобороны России подтвердил, что Минск запросил еще С-400.",
    "Источник «Известий» в Минобороны России сообщил, что Минск запросил еще С-400.",
    "Источник в Минобороны России подтвердил, что Минск запросил еще С-400.",
])
def test_someone_inside_is_no_body(text):
    got = statements(text, "ru", "2024-03-14")
    assert [w for w, _, _ in got] == [None], got


def test_the_body_itself_still_speaks():
    got = statements("В Минобороны России подтвердили, что Минск запросил еще С-400.", "ru", "2024-03-14")
    assert [w for w, _, _ in got] == ["Ministry of Defence of Russia"], got
