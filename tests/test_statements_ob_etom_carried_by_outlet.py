"""'Об этом он сказал во вторник на совещании, передает агентство БелТА': the outlet carries what the sentence
before reports; it is that statement's channel, and 'Об этом он сказал ...' is no statement of its own. Sentences
written for this test."""
from bellink.ingest.pipeline import analyze_text


def test_ob_etom_with_a_channel_verb():
    text = ("Александр Лукашенко заявил, что попросил у России дивизион С-400. Об этом он сказал во вторник на "
            "совещании с военными, передает агентство БелТА.\n")
    a = analyze_text(text, lang="ru", published="2022-03-09")
    got = [(st.speaker, st.text, st.channel) for st in a.statements]
    assert got == [("person:lukashenko_alexander", "попросил у России дивизион С-400", "organization:belta")], got
