"""A large manifest.json is read from disk one entry at a time (issue 15: a 100,000-document folder's
manifest held 34 MB of Python objects for the whole ingest): the same entries and the same refusals
as the dict a small one gives."""
import json

import pytest

from bellink.ingest.load import LoadError, load_manifest
from bellink.ingest.load import document as loader

EN = ("Russia delivered four Su-30SM fighters to Belarus on Thursday, the Belarusian Defence Ministry said. "
      "The aircraft landed at the Baranovichi air base.")

MANIFESTS = {
    "plain": '{"a": {"outlet": "BelTA", "published": "2022-12-20"}, "b": {"lang": "Russian"}, "c": {}}',
    "wrapped": '{"version": 2, "documents": {"a": {"published": "2023-05-29T10:15:00Z", "outlet": " TASS "}}}',
    "wrapped, empty": '{"documents": {}, "a": {"lang": "en"}}',
    "a name twice": '{"a": {"outlet": "first"}, "b": {"lang": "en"}, "a": {"outlet": "last"}}',
    "spaced": '\n  {\n  "a" :\n {"outlet": "Минск-Новости",\n "published": "2021"} ,\n "b":{"lang":"ru"}\n}\n  ',
    "empty": "{}",
}


def _both(tmp_path, monkeypatch, text):
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    small = load_manifest(tmp_path)
    monkeypatch.setattr(loader, "MANIFEST_IN_MEMORY_MAX", 0)
    monkeypatch.setattr(loader._JsonStream, "CHUNK", 5)  # every value cut across chunks
    large = load_manifest(tmp_path)
    monkeypatch.undo()
    return small, large


@pytest.mark.parametrize("name", sorted(MANIFESTS))
def test_a_manifest_on_disk_gives_the_entries_a_dict_gives(tmp_path, monkeypatch, name):
    small, large = _both(tmp_path, monkeypatch, MANIFESTS[name])
    assert isinstance(small, dict) and isinstance(large, loader.DiskManifest)
    assert len(large) == len(small)
    for key, meta in small.items():
        assert key in large and large[key] == meta and large.get(key) == meta
    assert large.get("missing") is None and "missing" not in large
    assert bool(large) == bool(small)


@pytest.mark.parametrize("text, message", [
    ('{"a": {"published": "March 2023"}}', "'a': published 'March 2023' is not a date"),
    ('{"ok": {"lang": "en"}, "a": {"lang": "klingon"}}', "'a': lang 'klingon' is not a language bellink reads"),
    ('{"a": "BelTA"}', "'a' must map to an object"),
    ('{"documents": {"a": ["BelTA"]}}', "'a' must map to an object"),
    ('{"a": {"outlet": "BelTA"}', "unreadable manifest"),
    ('{"a": {"outlet": "BelTA"}} {}', "unreadable manifest"),
    ('["a"]', "manifest must map file names to their metadata"),
])
def test_a_manifest_on_disk_is_refused_as_a_dict_is(tmp_path, monkeypatch, text, message):
    (tmp_path / "manifest.json").write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as small:
        load_manifest(tmp_path)
    monkeypatch.setattr(loader, "MANIFEST_IN_MEMORY_MAX", 0)
    with pytest.raises(LoadError) as large:
        load_manifest(tmp_path)
    assert message in str(small.value) and message in str(large.value)


def test_ingest_reads_metadata_from_a_manifest_on_disk(run_json, tmp_path, db_path, monkeypatch):
    monkeypatch.setattr(loader, "MANIFEST_IN_MEMORY_MAX", 0)
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text("Title\n\n" + EN + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("Other title\n\n" + EN.replace("four", "six") + "\n", encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(
        {"a": {"outlet": "BelTA", "published": "2022-12-20"}, "b.txt": {"lang": "English", "published": "2021-03"}}))
    rows = {r["document"]: r["status"] for r in run_json("ingest", str(folder))}
    assert rows == {"a": "new", "b": "new"}
    sources = {r["id"]: r for r in run_json("sources")}
    assert (sources["a"]["outlet"], sources["a"]["published"]) == ("BelTA", "2022-12-20")
    assert sources["b"]["published"] == "2021-03"
