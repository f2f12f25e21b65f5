"""An interview printed as questions and answers, checked against the statements already found, answer by answer,
in work that does not grow with the product of the two (issue 10: a long transcript in a 20 MB document; a scan of
every statement for every answer grew with the square of the transcript's length). The work is counted, not timed:
each comparison of a statement's offsets. Text written for the test."""
from __future__ import annotations

import math
from dataclasses import replace

from bellink.ingest.pipeline import analyze_text
from bellink.ingest.statements import interviews


class Counted(int):
    compared = 0

    def __lt__(self, other):
        Counted.compared += 1
        return int(self) < other

    def __gt__(self, other):
        Counted.compared += 1
        return int(self) > other


def _transcript(n: int) -> str:
    # n statements before the transcript, then n questions and answers
    parts = [f"Viktor Khrenin said the plan number {i} was on track.\n\n" for i in range(n)]
    parts.append("Defence Minister Viktor Khrenin answered questions from the army newspaper in an interview.\n\n")
    for i in range(n):
        parts.append(f"- When will batch {i} arrive?\n\n- Soon, we expect the aircraft of batch {i} next year.\n\n")
    return "".join(parts)


def test_answers_are_checked_against_the_statements_in_log_time(monkeypatch):
    n = 300
    original = interviews.Interviews.interview_answers

    def counting(self):
        for i, h in enumerate(self.hits):  # every statement's offsets count their comparisons
            self.hits[i] = replace(h, st=replace(h.st, start=Counted(h.st.start), stop=Counted(h.st.stop)))
        Counted.compared = 0
        original(self)

    monkeypatch.setattr(interviews.Interviews, "interview_answers", counting)
    a = analyze_text(_transcript(n), lang="en", published="2024-03-12")
    answers = [st for st in a.statements if (st.details or {}).get("rule") == "interviews:answer"]
    assert len(answers) == n and {st.speaker for st in answers} == {"person:khrenin_viktor"}
    # sorting the n statements and a binary search per answer; a scan for each answer asked n * n = 90,000
    assert Counted.compared <= 4 * n * math.log2(n)
