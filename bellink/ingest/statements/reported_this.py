"""'X reported this': a verb of saying whose object is 'this', the words of the sentence before (the English of
'Об этом сообщил X', constructions.ob_etom).

    "Four more fighters will arrive in May. The Zerkalo portal reported this, citing the ministry."   the sentence before
    "The crews are ready. Defence Minister Viktor Khrenin confirmed this on Monday."   Khrenin, the sentence before
Not this construction: 'this' opening a noun phrase ('confirmed this year's order', 'said this week that ...'):
the object is a phrase of its own or a time, and the verb's own content follows.

Lexicons: statement_patterns.tsv (reported_this_en).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.statements.values import Cue, Hit, Who
from bellink.ingest.statements.words import alternatives

REPORTED_THIS_EN = re.compile(alternatives("reported_this_en"))


class ReportedThis:
    def reported_this(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """The statement of 'X reported this', or None when the verb's object is not a bare 'this'."""
        if not REPORTED_THIS_EN.match(self.text, cue.stop, s.stop):
            return None
        found = self._speaker(cue, s, bound, accepted)
        if found is None or not isinstance(found[0], Who):
            return None
        return self.ob_etom(cue, s, found[0])
