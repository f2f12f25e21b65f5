"""Stage 4, time: takes a sentence's text, its language and the publication date and gives its
``Timex``es, each normalized to a date with a precision (``timex.find_timexes``); ``story`` then adds, over the
whole text, what only the story's last date resolves ("a year later", "годом позже", "in March that year",
"накануне"); ``dating`` picks, for a fact's trigger word, the time expression that governs it, as a ``DateRef``."""
