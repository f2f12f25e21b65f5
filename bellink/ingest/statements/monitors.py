"""A monitoring group as the speaker: the source of its own counts and sightings, never an outlet.

    "..., the Belarusian Hajun monitoring group said on Sunday."   Hajun (the descriptor after the name)
    "According to the group, ..." / "..., the monitors said."      the monitoring group the article named
    "..., сообщил мониторинговый проект «Беларускі Гаюн»."          Hajun
    "По данным проекта, ..."                                        the monitoring group the article named
Not resolved: "the group said" when the article named no monitoring group, or two of them (left unknown, the
details say why); "a group of experts said" (a group of people, not an organization).

Monitoring groups are organizations of kind ``monitoring`` in bellink/kb/organizations.tsv: they report what
they saw, so they speak; an outlet (kind ``media``) only carries what others said.

Lexicons: statement_titles.tsv (monitor_head: the nouns that take up a monitoring group, in both languages;
they are institution heads too, so every speaker slot finds them).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.statements.morph import _keys
from bellink.ingest.statements.values import Who
from bellink.ingest.statements.words import MONITOR_HEADS_EN, MONITOR_HEAD_KEYS

MONITOR_KIND = "monitoring"
# the descriptor after a monitoring group's name: 'the Belarusian Hajun monitoring group said'
DESCRIPTOR_AFTER_NAME = re.compile(
    r"^\s+(?:" + "|".join(sorted(map(re.escape, MONITOR_HEADS_EN), key=len, reverse=True)) + r")\b", re.IGNORECASE)


class Monitors:
    def is_monitor(self, key: Optional[str]) -> bool:
        ent = self.a.entities.get(key) if key else None
        return ent is not None and ent.attrs.get("kind") == MONITOR_KIND

    def is_monitor_head(self, head: str) -> bool:
        h = head.lower()
        return h in MONITOR_HEADS_EN or bool(_keys(h) & MONITOR_HEAD_KEYS)

    def strip_descriptor(self, m, gap: str) -> str:
        """The gap between a monitoring group's name and its verb, without the descriptor noun."""
        if m.type == "organization" and self.is_monitor(m.key):
            return DESCRIPTOR_AFTER_NAME.sub("", gap, count=1)
        return gap

    def monitor_anaphor(self, phrase: str, start: int, stop: int) -> Who:
        """'the group', 'the monitors', 'проект': the one monitoring group the article named before."""
        keys = list(dict.fromkeys(m.key for m in self._latest_before(start, "organization") if self.is_monitor(m.key)))
        if len(keys) == 1:
            return Who(keys[0], phrase, start, stop, "institution", None, 0.8,
                       found="monitoring group: the one the article named")
        why = "none named before" if not keys else "more than one named before"
        return Who(None, phrase, start, stop, "group", None, 0.5, found=f"unknown: a monitoring group, {why}")
