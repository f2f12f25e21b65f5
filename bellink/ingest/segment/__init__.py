"""Stage 2, segment: takes a document's text and gives its ``Sentence``s, each with character
offsets into the text (``split_sentences``)."""
from bellink.ingest.segment.sentences import MAX_SENTENCE, split_sentences  # noqa: F401
