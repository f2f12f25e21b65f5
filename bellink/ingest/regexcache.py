"""Compiled regular expressions kept on disk between ingests, as plain data.

The stages compile about 750 regular expressions when they are imported (the cue lexicons, the
time rules, the statement words: long alternations), 0.3 CPU-s of every ``bellink ingest``
process, a third of its start-up. Python cannot save a compiled pattern, but compiling has two
steps: parsing the pattern into SRE code (a list of integers: all of the cost) and handing that
code to ``_sre.compile`` (~5 microseconds a pattern). This module remembers the arguments of the
second step for each (pattern, flags) it sees compiled, in a JSON file beside the knowledge-base
matcher's cache, and the next process hands them to ``_sre.compile`` without parsing again.

Safe by construction, as the matcher's cache (``entities/matcher.py``):

* plain JSON, never a pickle: reading it builds strings, integers, lists, a dict and None only;
* only a regular file of this user's that nobody else may write is read;
* ``_sre.compile`` checks the code it is given (a damaged or hostile list of integers is refused
  with "invalid SRE code", and that pattern is then compiled from its text as usual);
* the file's name holds the Python version and SRE's magic number, so code made by one version
  of the regular-expression engine never reaches another; an entry is found only by its pattern's
  full text and flags, so an edited pattern is compiled afresh.

The compiled pattern is the same object either way: ``re.Pattern`` equality compares the pattern,
the flags and the code itself (``tests/test_regexcache.py`` checks every pattern the stages use).
Only ``bellink ingest`` (importing ``bellink.ingest``) turns this on; query commands never do.
Unreadable or unwritable, the cache is only a speed-up lost.
"""
from __future__ import annotations

import array
import atexit
import base64
import binascii
import json
import os
import re
import stat
import sys
import threading

try:  # Python 3.11+: re._compiler; 3.10: sre_compile
    from re import _compiler as _sre_compiler
except ImportError:  # pragma: no cover
    import sre_compile as _sre_compiler  # type: ignore[no-redef]

import _sre

# At most this many entries are written: this process's patterns first, then the others the file held, in its
# order (each process that writes puts its own first, so the patterns no code in use compiles any more sink to the
# end and fall off). About twice what one code version compiles: two versions in use (a release and a checkout) keep
# theirs. The file is read whole at every ingest's start, so what it keeps beyond that is paid by every process: a
# machine where many versions of the code had run read 4,567 entries (9.9 MB) for the 726 one process used, 0.156
# CPU-s of its start where its own took ~0.03 (5000, the bound before, kept every version's).
MAX_ENTRIES = 2000

_state: dict = {"on": False, "path": None, "known": {}, "used": set(), "new": 0, "pid": None}
_compiling = threading.local()  # .key: the (pattern, flags) this thread is compiling


def cache_path() -> str:
    base = os.environ.get("BELLINK_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "bellink")
    impl = sys.implementation.name
    version = "".join(map(str, sys.version_info[:3]))
    return os.path.join(base, f"regex-{impl}{version}-sre{_sre.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}.json")


class _Recorder:
    """Stands for the ``_sre`` module inside the regular-expression compiler: records the arguments
    of each ``compile`` call under the (pattern, flags) being compiled, then compiles."""

    def __getattr__(self, name):
        return getattr(_sre, name)

    @staticmethod
    def compile(*args):
        key = getattr(_compiling, "key", None)
        if key is not None and _plain_args(args, key[0]):
            _state["known"][key] = args
            _state["used"].add(key)
            _state["new"] += 1
        return _sre.compile(*args)


def _plain_args(args, pattern) -> bool:
    """Arguments JSON can carry and ``_from_json`` checks: (pattern, flags, code, groups, groupindex,
    indexgroup)."""
    if len(args) != 6 or args[0] != pattern or type(args[0]) is not str or not _utf8(pattern):
        return False
    _, flags, code, groups, groupindex, indexgroup = args
    return (type(flags) is int and type(code) is list and type(groups) is int and isinstance(groupindex, dict)
            and type(indexgroup) is tuple)


def _utf8(pattern: str) -> bool:
    """Whether the file (UTF-8) can hold the pattern: not one with a lone surrogate (load/records.py's
    ``[\\udc80-\\udcff]``, the bytes a lenient decoding kept). Recorded, such a pattern made every save fail
    (UnicodeEncodeError, a ValueError, caught: the cache is only a speed-up lost) after building the whole file's
    text, 0.13 CPU-s at every ingest's exit, and no process that met it ever wrote what else it compiled."""
    if pattern.isascii():
        return True
    try:
        pattern.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _compile(p, flags=0):
    if type(p) is str and type(flags) is int and _state["on"]:
        key = (p, flags)
        args = _state["known"].get(key)
        if args is not None:
            try:
                compiled = _sre.compile(*args)
            except Exception:  # refused by SRE's own check: compile from the text, as always
                _state["known"].pop(key, None)
            else:
                _state["used"].add(key)
                return compiled
        _compiling.key = key
        try:
            return _original(p, flags)
        finally:
            _compiling.key = None
    return _original(p, flags)


_original = _sre_compiler.compile


def enable() -> None:
    """Use (and fill) the on-disk cache for every pattern this process compiles from now on."""
    if _state["on"] or os.environ.get("BELLINK_REGEX_CACHE") == "0":
        return
    if not (hasattr(_sre_compiler, "_sre") and callable(getattr(_sre, "compile", None))) or _CODE_TYPE is None:
        return  # pragma: no cover - another engine layout: compile as usual
    _state["path"] = cache_path()
    _state["known"] = _read(_state["path"])
    _state["pid"] = os.getpid()
    _sre_compiler._sre = _Recorder()
    _sre_compiler.compile = _compile
    _state["on"] = True
    atexit.register(save)


def disable() -> None:
    if _state["on"]:
        _sre_compiler.compile = _original
        _sre_compiler._sre = _sre
        _state["on"] = False


def read_private(path: str):
    """The JSON ``path`` holds, when it is a regular file of this user's that nobody else may write (as ssh
    treats its keys); None otherwise, or when it is not JSON."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or \
                (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return None
        try:
            return json.loads(fh.read())
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None


def write_private(path: str, data: str) -> None:
    """Write ``data`` to ``path`` through a fresh file of a random name (O_EXCL, mode 0600) moved into place:
    never through a planted link. OSError (and ValueError for text UTF-8 cannot hold) for the caller to take."""
    import tempfile

    os.makedirs(os.path.dirname(path), exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path), suffix=".tmp", dir=os.path.dirname(path))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _read(path: str) -> dict:
    entries = read_private(path)
    known = {}
    if not isinstance(entries, list):
        return {}
    for e in entries:
        args = _from_json(e)
        if args is not None:
            known[(args[0], e[1])] = args
    return known


def _from_json(e):
    """An entry [pattern, flags, compiled flags, code, groups, groupindex, indexgroup], checked field by
    field (the code: SRE's code words, base64 of their bytes in this machine's order); None if it is
    anything else."""
    if not (isinstance(e, list) and len(e) == 7):
        return None
    pattern, flags, cflags, code, groups, groupindex, indexgroup = e
    if not (type(pattern) is str and type(flags) is int and type(cflags) is int and type(groups) is int
            and type(code) is str
            and isinstance(groupindex, dict) and all(type(k) is str and type(v) is int for k, v in groupindex.items())
            and type(indexgroup) is list and all(g is None or type(g) is str for g in indexgroup)):
        return None
    words = array.array(_CODE_TYPE)
    try:
        words.frombytes(base64.b64decode(code, validate=True))
    except (ValueError, binascii.Error):
        return None
    return (pattern, cflags, words.tolist(), groups, groupindex, tuple(indexgroup))


def _to_json(key, args) -> list:
    pattern, cflags, code, groups, groupindex, indexgroup = args
    return [pattern, key[1], cflags, base64.b64encode(array.array(_CODE_TYPE, code).tobytes()).decode("ascii"),
            groups, dict(groupindex), list(indexgroup)]


# an array type of SRE's code word size (4 bytes since Python 3.3's UCS4 code)
_CODE_TYPE = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), None)


def save() -> None:
    """Write the cache if this process compiled a pattern it did not find there (at exit; a forked
    worker leaves without it)."""
    if not _state["new"] or _state["pid"] != os.getpid() or not _state["path"]:
        return
    known, used = _state["known"], _state["used"]
    keys = [k for k in known if k in used]
    keys += [k for k in known if k not in used][:max(0, MAX_ENTRIES - len(keys))]
    path = _state["path"]
    try:
        write_private(path, json.dumps([_to_json(k, known[k]) for k in keys], ensure_ascii=False, separators=(",", ":")))
        _state["new"] = 0
    except (OSError, TypeError, ValueError, OverflowError):
        pass
