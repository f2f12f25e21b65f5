"""Stage 1, load: takes a path (an article file, a folder's manifest, or a JSONL/CSV record) and
gives a ``Document``: decoded, cleaned text with its language, date, outlet and title, each with
where it came from. Refuses what it cannot read with a ``LoadError``.

``document`` reads files and decides metadata; ``cleaning`` strips Markdown and boilerplate;
``webpage`` reduces saved HTML/MHTML pages to text; ``records`` turns JSONL/CSV rows into documents.
"""
from bellink.ingest.load.cleaning import clean, detect_language  # noqa: F401
from bellink.ingest.load.document import (  # noqa: F401
    ARTICLE_SUFFIXES, MAX_BYTES, LoadError, build_document, check_metadata, decode, find_dateline,
    keep_stored_metadata, load_document, load_manifest, normalize_date, read_file,
)
