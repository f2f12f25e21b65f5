"""documents -> facts. The folders are the stages a document travels, in order:

    load      a file (or a record) -> Document: decoded, cleaned text and its metadata
    segment   Document text -> sentences with character offsets
    entities  sentences -> mentions of knowledge-base and NER entities
    time      sentences -> time expressions with normalized dates; the date a fact takes
    statements  sentences, mentions, dates -> who said what
    events    sentences, mentions, dates -> deliveries, meetings, exercises, deployments, agreements
    store     one document's analysis -> rows, in one transaction

``pipeline`` runs the stages for one document (``workers`` for many at once); ``model`` holds the
value objects that flow between them, ``kb`` and ``lexicon`` the knowledge they read.
"""
import importlib
import importlib.abc
import importlib.util
import sys

from bellink.ingest import regexcache

# the stages' regular expressions, compiled by earlier ingests, are read back instead of parsed again
regexcache.enable()

from bellink.ingest.time import prefilter  # noqa: E402

# and so are the parts every match of a gated pattern holds (read off its parse)
prefilter.keep_on_disk()

# Modules that moved into the stage packages keep their old import paths, so code written
# against them (other branches, scripts) still imports the same module object.
_MOVED = {
    "bellink.ingest.webpage": "bellink.ingest.load.webpage",
    "bellink.ingest.records": "bellink.ingest.load.records",
    "bellink.ingest.timex": "bellink.ingest.time.timex",
    "bellink.ingest.dating": "bellink.ingest.time.dating",
}


class _MovedModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name in _MOVED:
            return importlib.util.spec_from_loader(name, self)
        return None

    def create_module(self, spec):
        return importlib.import_module(_MOVED[spec.name])

    def exec_module(self, module):
        pass


if not any(isinstance(f, _MovedModules) for f in sys.meta_path):
    sys.meta_path.append(_MovedModules())
