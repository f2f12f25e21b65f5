"""An analysis is freed by reference counting once it is dropped: no reference cycle keeps it (and every
mention, sentence and statement in it) alive until the cyclic collector traverses it (issue 15: the events'
sentences pointed back at their Doc, and the Doc at the Analysis)."""
import gc

import pytest

from bellink.ingest.pipeline import analyze_text

TEXTS = [
    ("en", "Russia delivered two S-400 battalions to Belarus in March 2021, the Belarusian defence ministry said. "
           "\"We received the systems on time,\" Viktor Khrenin told reporters in Minsk on Tuesday. "
           "The two countries will hold the Zapad-2021 exercise in September."),
    ("ru", "Россия передала Белоруссии два дивизиона С-400 в марте 2021 года, сообщило Минобороны Белоруссии. "
           "«Мы получили комплексы вовремя», — заявил Виктор Хренин журналистам в Минске во вторник. "
           "В сентябре страны проведут учения «Запад-2021»."),
]


@pytest.mark.parametrize("lang,text", TEXTS)
def test_an_analysis_leaves_no_cyclic_garbage(lang, text):
    analyze_text(text, lang=lang, published="2021-04-01")  # load and warm everything first
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        a = analyze_text(text, lang=lang, published="2021-04-01")
        assert a.events and a.statements  # the text exercises the events' and statements' readers
        del a
        gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})
        assert not gc.garbage, kinds
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
