"""The Russian NER's own tokenization (bellink.ingest.entities.ner_tokens) is razdel's, token for
token, and the NER's spans read through it are the spans slovnet's own reading gives."""
from pathlib import Path

import pytest

from bellink.ingest.entities import ner_tokens

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not ner_tokens.available, reason="razdel is not the release ner_tokens follows")


def _razdel(text):
    from razdel import tokenize

    return [(t.start, t.stop) for t in tokenize(text)]


@pytest.mark.parametrize("text", [
    "Минобороны России передало Белоруссии из-за санкций 4 Су-30СМ.",   # dash inside a word
    "Цена выросла на 5,6% (до 1/2 бюджета), а 5, 6 и 7 — нет.",          # float, fraction, "5, 6"
    "Он сказал: «Это -- ошибка»... Правда?! Нет!!! :-) ;) =(((",        # punct runs, smiles
    "Yahoo! и yahoo! сообщили о ΔP и Δσ, mβж; a_b _c d_ e-_f",           # yahoo, other letters, underscores
    "С-400 «Триумф», «Искандер-М» и Ту-22М3 -- в 2021-2022 гг.",
    "Belarus received S-400s, Su-30SM2s and Mi-35Ms in 2024-25.",
    "", "   ", "-", "--", "a-", "-a", "1.", ".1", "1.2.3", "1,,2", "x__y", "…!", "№5", "$5", "5$",
])
def test_tokens_are_razdel_s(text):
    assert ner_tokens.tokenize(text) == _razdel(text)


def test_tokens_are_razdel_s_on_every_corpus_line():
    files = [*ROOT.glob("seeds/*.txt"), *ROOT.glob("bench/news/dev/articles/*.txt"), *ROOT.glob("tests/data/**/*.txt")]
    lines = {line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert len(lines) > 500
    for line in lines:
        assert ner_tokens.tokenize(line) == _razdel(line), line


def test_tokens_are_razdel_s_on_made_up_strings():
    import random

    pieces = list("аБв aBc 12 3 .,;:!?-–—‑−_/\\()[]«»\"'„“”’…*=Δσµ№%$") + [
        "yahoo", "Yahoo", ":-)", ";)", "=(((", "--", "**", "...", "?!", "5,6", "1/2", "из-за", "ΔP", "  ", "\n"]
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert ner_tokens.tokenize(text) == _razdel(text), text


def test_ner_spans_are_slovnet_s():
    """The batched NER's spans (ner_tokens, ids per word form, spans off the tags) equal those of
    slovnet's reading of razdel's tokens, on the Russian sentences of the seeds and dev articles."""
    from bellink.ingest.entities.ner import _batch_infer
    from bellink.ingest.segment import split_sentences

    texts = []
    for f in sorted(ROOT.glob("bench/news/dev/articles/*_ru.txt"))[:12]:
        texts += [s.text for s in split_sentences(f.read_text(encoding="utf-8"))]
    assert len(texts) > 100
    infer = _batch_infer()
    for k in range(0, len(texts), 16):
        batch = texts[k:k + 16]
        fast = list(infer(batch))
        assert fast == list(infer._razdel_call(batch))
    assert any(fast for fast in infer(texts[:16]))


def test_the_network_s_output_is_slovnet_s_bit_for_bit():
    """ner._forward (slovnet's network with fewer copies) gives exactly slovnet's floats, on
    batches of one-word, empty, short and long sentences."""
    import numpy as np

    from bellink.ingest.entities.ner import _batch_infer, _forward

    infer = _batch_infer()
    long = " ".join(["Министр обороны Белоруссии Виктор Хренин заявил, что С-400 прибудут в 2025 году."] * 6)
    batches = [
        ["Минск"], [""], ["Минск", ""],
        ["Лукашенко встретился с Путиным в Сочи.", "Су-30СМ2 прибыли на аэродром Барановичи.", long],
    ]
    for texts in batches:
        items = []
        for text in texts:
            pairs = [infer.ids(text[a:b]) for a, b in ner_tokens.tokenize(text)]
            items.append(([w for w, _ in pairs], [sh for _, sh in pairs]))
        inp = infer.encoder.input(items)
        ours = _forward(infer.model, inp.word_id, inp.shape_id, inp.pad_mask)
        theirs = infer.model(inp.word_id, inp.shape_id, inp.pad_mask)
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
        assert np.array_equal(ours, theirs), texts


def test_the_crf_decode_gives_slovnet_s_tags():
    """ner._crf_decode (slovnet's Viterbi with its index grids made once) gives slovnet's tags, on
    batches of one-word, empty, short and long sentences, and on made-up emissions."""
    import numpy as np

    from bellink.ingest.entities.ner import _batch_infer, _crf_decode, _forward

    infer = _batch_infer()
    crf = infer.model.head.crf
    long = " ".join(["Министр обороны Белоруссии Виктор Хренин заявил, что С-400 прибудут в 2025 году."] * 6)
    batches = [["Минск"], [""], ["Минск", ""],
               ["Лукашенко встретился с Путиным в Сочи.", "Су-30СМ2 прибыли на аэродром Барановичи.", long]]
    cases = []
    for texts in batches:
        items = []
        for text in texts:
            pairs = [infer.ids(text[a:b]) for a, b in ner_tokens.tokenize(text)]
            items.append(([w for w, _ in pairs], [sh for _, sh in pairs]))
        inp = infer.encoder.input(items)
        cases.append((_forward(infer.model, inp.word_id, inp.shape_id, inp.pad_mask), ~inp.pad_mask))
    rnd = np.random.default_rng(15)
    tags = crf.transitions.array.shape[0]
    for b, seq in ((1, 1), (3, 7), (5, 12)):
        emissions = rnd.normal(size=(b, seq, tags)).astype(np.float32)
        mask = np.arange(seq)[None, :] < rnd.integers(1, seq + 1, size=(b, 1))
        cases.append((emissions, mask))
    for emissions, mask in cases:
        if emissions.shape[1] == 0:  # a batch of empty sentences: both fail alike (never sent: no word)
            with pytest.raises(IndexError):
                crf.decode(emissions, mask)
            with pytest.raises(IndexError):
                _crf_decode(crf, emissions, mask)
            continue
        ours, theirs = _crf_decode(crf, emissions, mask), crf.decode(emissions, mask)
        assert len(ours) == len(theirs)
        for a, b in zip(ours, theirs):
            assert a.dtype == b.dtype and np.array_equal(a, b)
