"""A Russian document of a body names its speaker: 'Как следует из сообщения X', 'Как сказано / указано в заявлении
X', 'В Telegram-канале X говорится' (constructions.py: according, as_frame, doc_frame). Sentences written for this
test."""
import pytest

from conftest import statements

MOD_BY = "Ministry of Defence of Belarus"
SAMI = "State Authority for Military Industry of Belarus"


@pytest.mark.parametrize("text,who", [
    ("Как следует из сообщения Минобороны Белоруссии, летчики прошли подготовку в России.", MOD_BY),
    ("Летчики прошли подготовку в России, как следует из заявления Госкомвоенпрома.", SAMI),
    ("Как сказано в сообщении Минобороны Белоруссии, летчики прошли подготовку в России.", MOD_BY),
    ("Как указано в заявлении Госкомвоенпрома, шасси будут отправлены в Россию в мае.", SAMI),
    ("В Telegram-канале Минобороны Белоруссии говорится, что летчики прошли подготовку в России.", MOD_BY),
])
def test_a_document_of_the_body_speaks_for_it(text, who):
    """'Как следует из сообщения X', 'Как сказано / указано в заявлении X', 'В Telegram-канале X говорится': the
    document's body speaks (constructions.py: according, as_frame, doc_frame)."""
    got = statements(text, "ru", "2024-03-14")
    assert [w for w, _, _ in got] == [who], got


def test_a_short_participle_with_no_document_is_no_cue():
    assert statements("Было сказано много слов, но контракт так и не подписан.", "ru", "2024-03-14") == []
