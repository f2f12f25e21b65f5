"""A source's report of what someone named promised or asked ('Как рассказал «Интерфаксу» источник, российский
министр обороны на переговорах пообещал ускорить поставки', 'According to a source in the delegation, the Belarusian
minister asked Moscow to speed up deliveries'): two statements, the source's (the whole clause) and the named one's
(his verb and its words). Words reported inside a named speaker's own statement stay one statement. Sentences
written for this test."""
import pytest

from conftest import statements


@pytest.mark.parametrize("text,lang,who,said", [
    ("Как рассказал «Интерфаксу» источник в ФСВТС, российский министр обороны Сергей Шойгу на переговорах с "
     "белорусским коллегой пообещал ускорить поставки оставшихся истребителей.", "ru", "Sergei Shoigu",
     "ускорить поставки оставшихся истребителей"),
    ("Как сообщил источник в белорусской делегации, министр обороны Андрей Равков на коллегии попросил ускорить "
     "поставку оставшихся батарей.", "ru", "Andrei Ravkov", "попросил ускорить поставку оставшихся батарей"),
    ("According to a source in the delegation, Defence Minister Andrei Ravkov urged Moscow to speed up deliveries of "
     "the remaining batteries.", "en", "Andrei Ravkov", "to speed up deliveries of the remaining batteries"),
])
def test_named_speaker_inside_a_source_report(text, lang, who, said):
    got = statements(text, lang, "2019-06-14")
    assert [s for w, _, s in got if w == who and said in s], got
    assert [s for w, _, s in got if w is None], got  # the source's report stays


def test_inside_a_named_speakers_statement_one_statement():
    got = statements("Хренин сообщил, что министр обороны России Сергей Шойгу пообещал ускорить поставки.", "ru",
                     "2019-06-14")
    assert [w for w, _, _ in got] == ["Viktor Khrenin"], got
