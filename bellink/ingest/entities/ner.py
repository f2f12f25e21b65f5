"""Russian NER (slovnet through the natasha stack, models shipped in the wheel), one sentence
or a batch of documents at a time."""
from __future__ import annotations


from functools import lru_cache


# --- Russian NER ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def ner_model():
    """slovnet's news NER with navec embeddings, both shipped inside the natasha wheel."""
    import importlib.util
    import os

    # One BLAS thread: the network's small matrix products gain nothing from OpenBLAS's
    # threads, which spin against the extraction thread (13.3 -> 6.1 CPU-ms of NER per
    # document). `bellink ingest` sets this too; here it also holds for the library, the
    # benchmarks and a Dask worker, as long as numpy is not loaded yet.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    from slovnet import NER

    spec = importlib.util.find_spec("natasha")
    base = os.path.join(list(spec.submodule_search_locations)[0], "data")
    navec = _navec_for_ner(os.path.join(base, "emb", "navec_news_v1_1B_250K_300d_100q.tar"))
    ner = NER.load(os.path.join(base, "model", "slovnet_ner_news_v1.tar"))
    ner.navec(navec)
    return ner


def _navec_for_ner(path: str):
    """navec's embeddings with only what the NER reads: their id and the quantized table.

    ``Navec.load`` also builds a dict of its 250,000 words and the norms and centroid products
    that word lookup and similarity use; the NER uses neither (slovnet takes the table's
    indexes and codes, and its own vocabulary), and they cost ~0.4 s CPU of every Russian
    ingest. The table is read by navec's own reader, so it is the very same arrays."""
    from navec import Navec
    from navec.meta import Meta
    from navec.pq import PQ
    from navec.tar import Tar

    class TableOnly(PQ):
        def precompute(self):
            pass

    with Tar(path) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        Meta.check_protocol(meta.protocol)
        pq = TableOnly.from_file(tar.load("pq.bin"))
    return Navec(meta, None, pq)


def russian_ner(sentences) -> list[tuple[int, int, str]]:
    """(start, stop, PER|LOC|ORG) spans over the document, from the sentences given."""
    ner = ner_model()
    spans = []
    texts = [s.text for s in sentences]
    for s, markup in zip(sentences, ner.map(texts)):
        for sp in markup.spans:
            spans.append((s.start + sp.start, s.start + sp.stop, sp.type))
    return spans


# Measured on 160 generated Russian documents, 8 to a chunk (~50 NER sentences): one document
# at a time in slovnet's batches of 8, 8.9 ms of NER per document; sorted across the chunk in
# batches of 16, 6.4-6.7 ms; one batch of 64 pads every sentence to the chunk's longest: 9.7-10.1.
NER_BATCH = 16


@lru_cache(maxsize=1)
def _batch_infer():
    """The loaded NER's network behind an encoder that cuts batches of NER_BATCH."""
    from slovnet.exec.encoders import TagEncoder

    infer = ner_model().infer
    enc = infer.encoder
    return _words_infer_class()(infer.model, TagEncoder(enc.words_vocab, enc.shapes_vocab, NER_BATCH), infer.decoder)


def _words_infer_class():
    from razdel import tokenize
    from slovnet.bio import parse_bio
    from slovnet.exec.infer import NERInfer
    from slovnet.markup import BIOMarkup
    from slovnet.shape import word_shape

    from bellink.ingest.caches import WordMap
    from bellink.ingest.entities import ner_tokens

    class WordsInfer(NERInfer):
        """slovnet's NERInfer on (start, stop, type) spans, with less Python per token: razdel's
        tokens from ``ner_tokens`` (the same tokens, without razdel's records), each word form's
        vocabulary and shape ids worked out once, and the spans read off the tags at the tokens'
        offsets (slovnet finds each token in the text again, at the same place)."""

        def __init__(self, *args):
            super().__init__(*args)
            self._ids: dict = WordMap()  # emptied with the word caches

        def ids(self, word: str) -> tuple[int, int]:
            got = self._ids.get(word)
            if got is None:
                enc = self.encoder
                if len(self._ids) > 200_000:  # a bound for a long run's vocabulary
                    self._ids.clear()
                got = self._ids[word] = (enc.words_vocab.encode(word.lower()), enc.shapes_vocab.encode(word_shape(word)))
            return got

        def __call__(self, texts):
            if not ner_tokens.available:
                yield from self._razdel_call(texts)
                return
            offsets = [ner_tokens.tokenize(text) for text in texts]
            items = []
            for text, toks in zip(texts, offsets):
                pairs = [self.ids(text[a:b]) for a, b in toks]
                items.append(([w for w, _ in pairs], [sh for _, sh in pairs]))
            size = self.encoder.batch_size
            inputs = (self.encoder.input(items[k:k + size]) for k in range(0, len(items), size))
            for toks, tags in zip(offsets, self.decoder(self.process(inputs))):
                yield _bio_spans(toks, tags, parse_bio)

        def process(self, inputs):
            crf = self.model.head.crf
            for input in inputs:
                pred = _forward(self.model, input.word_id, input.shape_id, input.pad_mask)
                yield from _crf_decode(crf, pred, ~input.pad_mask)

        def _razdel_call(self, texts):
            items = [[t.text for t in tokenize(text)] for text in texts]
            preds = self.decoder(self.process(self.encoder(items)))
            for text, item, pred in zip(texts, items, preds):
                yield [(sp.start, sp.stop, sp.type) for sp in BIOMarkup.from_tuples(zip(item, pred)).to_span(text).spans]

    return WordsInfer


def _forward(model, word_id, shape_id, pad_mask):
    """slovnet's NER network (``Tag.__call__``: embeddings, CNN encoder, projection): the same
    arithmetic on the same operands, so the very same floats, with fewer copies. slovnet keeps
    the encoder in (batch, channel, position) order and builds each convolution's windows by a
    gather across channels (a third of the network's time); here everything stays in (batch,
    position, channel) order, the windows matrix (the same values, in the same order, handed to
    the same matrix product) is filled by one contiguous copy per kernel offset, and the padding
    is written as zeros instead of padding a copy. A test compares the outputs bit for bit."""
    import numpy as np

    x = _embed(model.emb, word_id, shape_id)
    for layer in model.encoder.layers:
        conv, norm = layer.conv, layer.norm
        filters, in_dim, k = conv.weight.shape
        p = conv.padding
        if 2 * p != k - 1 or layer.relu.__class__.__name__ != "ReLU":
            return model(word_id, shape_id, pad_mask)  # a shape this was not written for
        b, seq, _ = x.shape
        windows = np.empty((b, seq, in_dim, k), dtype=x.dtype)
        for j in range(k):  # windows[:, w, :, j] is the input at position w + j - p, zero outside
            lo, hi = max(0, p - j), min(seq, seq + p - j)
            windows[:, :lo, :, j] = 0
            windows[:, max(hi, lo):, :, j] = 0
            if hi > lo:
                windows[:, lo:hi, :, j] = x[:, lo + j - p:hi + j - p, :]
        weight = conv.weight.array.reshape(filters, in_dim * k)
        out = np.matmul(windows.reshape(b * seq, in_dim * k), weight.T)
        params = (conv.bias.array, norm.mean.array, norm.std.array, norm.weight.array, norm.bias.array)
        if all(a.dtype == out.dtype for a in params):
            # the same operations in the same order, written into the product's own array
            np.add(out, conv.bias.array, out=out)
            out = out.reshape(b, seq, filters)
            out.clip(0, None, out=out)
            np.subtract(out, norm.mean.array, out=out)
            np.divide(out, norm.std.array, out=out)
            np.multiply(out, norm.weight.array, out=out)
            np.add(out, norm.bias.array, out=out)
        else:
            out = (out + conv.bias.array).reshape(b, seq, filters)
            out = out.clip(0)
            out = (out - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array
        out[pad_mask] = 0
        x = out
    return model.head(x)


def _embed(emb, word_id, shape_id):
    """slovnet's WordShapeEmbedding: navec's quantized word vectors (each of ``qdim`` parts a row of
    its own codebook) beside the shape vectors. The codebooks are gathered as one table by flat row
    numbers (one index array instead of two broadcast together): the same values."""
    import numpy as np

    word, shape = getattr(emb, "word", None), getattr(emb, "shape", None)
    if type(emb).__name__ != "WordShapeEmbedding" or type(word).__name__ != "NavecEmbedding" or \
            type(shape).__name__ != "Embedding":
        return emb(word_id, shape_id)
    codes = word.codes.array
    qdim, centroids, chunk = codes.shape
    dims = word_id.shape
    rows = word.indexes.array[word_id.reshape(-1)].astype(np.intp)
    rows += np.arange(qdim, dtype=np.intp) * centroids
    words = codes.reshape(qdim * centroids, chunk)[rows].reshape(*dims, qdim * chunk)
    shapes = shape.weight.array[shape_id.reshape(-1)].reshape(*dims, shape.dim)
    return np.concatenate((words, shapes), axis=-1)


def _crf_decode(crf, emissions, mask):
    """slovnet's CRF.decode (Viterbi) with the index grids made once and the best path read back
    from plain lists: the same operations on the same arrays, the same tags."""
    import numpy as np

    batch_size, seq_len, tags_num = emissions.shape
    emissions = emissions.swapaxes(1, 0)
    mask = mask.swapaxes(1, 0)
    transitions = crf.transitions.array
    batch_indexes, tags_indexes = np.indices((batch_size, tags_num))
    history = []
    score = emissions[0]  # batch x tags
    for index in range(1, seq_len):
        score_ = score.reshape(batch_size, tags_num, 1)
        emissions_ = emissions[index].reshape(batch_size, 1, tags_num)
        score_ = score_ + transitions + emissions_  # batch x tags x tags
        indexes = score_.argmax(-2)
        score_ = score_[batch_indexes, indexes, tags_indexes]
        mask_ = mask[index].reshape(batch_size, 1)
        score = np.where(mask_, score_, score)
        history.append(indexes.tolist())
    sizes = (mask.sum(0) - 1).tolist()
    batch = []
    for index in range(batch_size):
        best = int(score[index].argmax())
        tags = [best]
        for indexes in reversed(history[:sizes[index]]):
            best = indexes[index][best]
            tags.append(best)
        tags.reverse()
        batch.append(np.array(tags))
    return batch


def _bio_spans(tokens, tags, parse_bio) -> list[tuple[int, int, str]]:
    """slovnet.bio.bio_spans on (start, stop) tokens: a B opens a span (closing any open one),
    an I extends the open one, an O closes it."""
    spans = []
    previous = start = stop = None
    for (a, b), tag in zip(tokens, tags):
        part, type_ = parse_bio(tag)
        if part == "O":
            if previous:
                spans.append((start, stop, previous))
                previous = None
        elif part == "B":
            if previous:
                spans.append((start, stop, previous))
            previous, start, stop = type_, a, b
        elif part == "I":
            stop = b
    if previous:
        spans.append((start, stop, previous))
    return spans


def russian_ner_batched(groups: dict) -> dict:
    """``russian_ner`` for several documents at once: {key: sentences} -> {key: spans}.

    The sentences of all documents go through the network together, sorted by length
    so each batch pads little, NER_BATCH at a time (slovnet pads a batch to its longest
    sentence and masks the padding, so a sentence's tags do not depend on its batch
    neighbours; tests/test_workers.py checks the facts are the same)."""
    infer = _batch_infer()
    flat = [(key, s) for key, sentences in groups.items() for s in sentences]
    order = sorted(range(len(flat)), key=lambda k: len(flat[k][1].text))
    markups: list = [None] * len(flat)
    for at in range(0, len(order), NER_BATCH):
        batch = order[at:at + NER_BATCH]
        for k, spans in zip(batch, infer([flat[k][1].text for k in batch])):
            markups[k] = spans
    out: dict = {key: [] for key in groups}
    for (key, s), spans in zip(flat, markups):
        out[key].extend((s.start + a, s.start + b, type_) for a, b, type_ in spans)
    return out
