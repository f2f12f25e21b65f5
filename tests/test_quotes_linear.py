"""The text passes that mark single-quoted and dash-set speech (statements/quotes.py) do work linear in a paragraph's
length (review8, findings8 C1): each opening single mark searched its whole paragraph for a close (100 KB of
" 'Abc" in one paragraph: 25 CPU-s), and the dash-speech pattern tried every split of a dash-led line that does not
end in a full stop (38 KB: 4 CPU-s). No timing here: the tests count what the patterns are asked. What the passes
produce is tested in test_statements_single_quotes.py and test_statements_dash_speech.py. Text written for the test."""
import bellink.ingest.statements.quotes as quotes


class Counting:
    """A compiled pattern that records every call made on it."""

    def __init__(self, rx):
        self.rx, self.calls = rx, []

    def finditer(self, text, *args):
        self.calls.append(("finditer", *args))
        return self.rx.finditer(text, *args)

    def match(self, text, *args):
        self.calls.append(("match", *args))
        return self.rx.match(text, *args)


def test_closing_single_marks_are_found_once_per_kind_of_mark(monkeypatch):
    counting = {mark: Counting(rx) for mark, rx in quotes._SINGLE_CLOSE.items()}
    monkeypatch.setattr(quotes, "_SINGLE_CLOSE", counting)
    text = "The list named" + " 'Abc" * 200 + " and ‘Def’ in the end.\n"
    out = quotes.single_quotes_as_double(text)
    assert "“Def”" in out and out.count("'") == 200
    assert len(counting["'"].calls) <= 1 and len(counting["‘"].calls) <= 1


def test_dash_speech_pattern_tries_only_lines_that_end_in_a_full_stop(monkeypatch):
    counting = Counting(quotes._DASH_SPEECH)
    monkeypatch.setattr(quotes, "_DASH_SPEECH", counting)
    first = "– Да" + ", – сказал он, – да" * 50 + " конец"
    text = first + "\n– Батареи готовы, – сказал Хренин. – Расчеты примут их в июле.\n"
    out = quotes.dash_speech_as_quotes(text)
    assert "«Батареи готовы, – сказал Хренин. – Расчеты примут их в июле»" in out
    assert out.startswith(first)
    assert counting.calls and all(c[0] == "match" and c[1] > len(first) for c in counting.calls), counting.calls
