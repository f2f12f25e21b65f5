"""Instructions executed by one ingest: a count of the work that does not drift with the machine (issue 10).

    python bench/instructions.py                          # a 0.5 MB prose document (bench/docsize.py's), this tree
    python bench/instructions.py --sizes 0.25 1           # other sizes, MB
    python bench/instructions.py --folder bench/news/dev/articles   # a folder of articles instead (per-document cost)
    python bench/instructions.py --trees /tmp/before .    # two code trees, alternately (PYTHONPATH=TREE)
    python bench/instructions.py --jobs 2 --sizes 3       # with the helper process and the forked splits

On this virtual machine the same deterministic ingest took 82.6 to 109.4 CPU-s from one run to the next on an
idle machine (the host's speed drifts), and `perf stat -e instructions` is "not supported" here. So each run is a
whole ``bellink ingest`` process under ``valgrind --tool=cachegrind --cache-sim=no``, which counts the machine
instructions every process executes (`I refs`): about 16 times slower than a plain run (a 0.5 MB document takes
about 40 s, start-up included), but the count repeats to about 0.05% between runs and is blind to other load
(checked: 4.1175-4.1185 G for the start-up document, three runs at a load of 8). ``PYTHONHASHSEED=0`` fixes the
order of sets of strings, which would otherwise move the count by a few tenths of a percent.

Each tree first ingests the document once without valgrind (the regular-expression and matcher caches in
``~/.cache/bellink`` are then warm, as in every ingest after the first), then under valgrind: the document and a
start-up document (the first 20,000 characters of the same text; for ``--folder``, the first article in each script,
and the rest counted per document), so the start-up (imports, models, knowledge
base) can be taken off. Printed per run: G instructions of every process (with ``--jobs 2`` the helper and the
forked children are counted too, ``--trace-children=yes``), of the ingesting process alone (the critical path,
roughly), and the document's net of start-up per MB. ``--trees``: the trees are run alternately and compared
(ratio of net instructions), their facts checked equal (the same digest of the stored facts as
``bench/docsize.py --facts``: the database files have the same names in both trees, on which the digest depends).

Instructions are not time: a change that trades instructions for memory traffic (or the reverse) can move
them apart. Use this to decide whether a change cut work; use CPU-s of runs taken side by side for time.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docsize  # noqa: E402

STARTUP_CHARS = 20_000


def counted(tree: Path, path: Path, db: Path, jobs: int, trace: bool) -> dict:
    """Ingest ``path`` into a fresh ``db`` under cachegrind: instructions of each process, by pid."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0",
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    env.pop("BELLINK_DB", None)
    if db.exists():
        db.unlink()
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           f"--trace-children={'yes' if trace else 'no'}",
           sys.executable, "-m", "bellink", "--db", str(db), "ingest", str(path), "--jobs", str(jobs), "--json"]
    proc = subprocess.run(cmd, capture_output=True, env=env, cwd=db.parent)
    err = proc.stderr.decode(errors="replace")
    refs = {int(pid): int(n.replace(",", "")) for pid, n in re.findall(r"==(\d+)== I\s+refs:\s+([\d,]+)", err)}
    if proc.returncode or not refs:
        raise SystemExit(f"valgrind run failed ({proc.returncode}): {err[-800:]}")
    first = min(refs, key=lambda pid: err.index(f"=={pid}=="))  # the process valgrind started
    rows = json.loads(proc.stdout) if proc.stdout.strip().startswith(b"[") else []
    return {"all": sum(refs.values()), "parent": refs[first], "processes": len(refs),
            "facts": sum(r.get("facts") or 0 for r in rows)}


def plain(tree: Path, path: Path, db: Path, jobs: int) -> None:
    """One ingest without valgrind: warms the caches in ~/.cache/bellink and compiles the tree."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("BELLINK_DB", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "bellink")], capture_output=True, env=env)
    if db.exists():
        db.unlink()
    subprocess.run([sys.executable, "-m", "bellink", "--db", str(db), "ingest", str(path), "--jobs", str(jobs), "--json"],
                   capture_output=True, env=env, check=True, cwd=db.parent)


def digest(tree: Path, db: Path) -> str:
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(tree)  # facts_digest runs `python -m bellink` with os.environ
    try:
        return docsize.facts_digest(db)
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.5], help="MB of bench/docsize.py's document")
    ap.add_argument("--kind", default="prose", choices=["prose", "unpunctuated", "articles"])
    ap.add_argument("--folder", type=Path, help="ingest this folder of articles instead of a generated document")
    ap.add_argument("--trees", type=Path, nargs="+", default=[HERE.parent],
                    help="code trees (each holds bellink/), run alternately")
    ap.add_argument("--runs", type=int, default=1, help="rounds (the count repeats: 1 is usually enough)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="ingest --jobs (1: all the work in one process; 2: the helper and the splits too)")
    ap.add_argument("--no-facts", action="store_true", help="skip the digest of the stored facts")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    trees = [t.resolve() for t in args.trees]
    results = []
    with tempfile.TemporaryDirectory(prefix="bellink-instr-") as tmp:
        tmp = Path(tmp)
        inputs = []
        if args.folder:
            folder = args.folder.resolve()
            files = sorted(folder.glob("*.txt"))
            # the start-up: the first article of each script (the Russian models load only for a Russian text)
            start = tmp / "startup"
            start.mkdir()
            picked = {}
            for f in files:
                picked.setdefault(bool(re.search("[а-яА-Я]", f.read_text(encoding="utf-8")[:3000])), f)
            for f in picked.values():
                (start / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
            inputs.append((str(args.folder), folder, start, len(files) - len(picked)))
        else:
            for mb in args.sizes:
                text = docsize.make_document(args.kind, int(mb * 1024 * 1024))
                path = tmp / f"{args.kind}-{mb}.txt"
                path.write_text(text, encoding="utf-8")
                start = tmp / f"startup-{mb}.txt"
                start.write_text(text[:STARTUP_CHARS].rsplit("\n\n", 1)[0], encoding="utf-8")
                inputs.append((f"{args.kind} {mb} MB", path, start, mb))
        for label, path, start, amount in inputs:
            for tree in trees:
                plain(tree, path, tmp / "warm.db", args.jobs)
            per_tree: dict = {}
            for rnd in range(args.runs):
                for tree in trees:
                    db = tmp / f"{path.stem}.db"  # one name for every tree: the digest depends on it
                    doc = counted(tree, path, db, args.jobs, trace=args.jobs > 1)
                    base = counted(tree, start, tmp / "startup.db", args.jobs, trace=args.jobs > 1)
                    facts = None if args.no_facts or rnd else digest(tree, db)
                    net = doc["all"] - base["all"]
                    unit = "document" if args.folder else "MB"
                    r = {"input": label, "tree": str(tree), "round": rnd + 1, "jobs": args.jobs,
                         "G_all": round(doc["all"] / 1e9, 3), "G_parent": round(doc["parent"] / 1e9, 3),
                         "G_startup": round(base["all"] / 1e9, 3), "G_net": round(net / 1e9, 3),
                         f"G_net_per_{unit}": round(net / 1e9 / amount, 4), "processes": doc["processes"],
                         "facts": doc["facts"], "digest": facts}
                    per_tree.setdefault(str(tree), []).append(r)
                    results.append(r)
                    print(f"{label:>16}  {tree}  round {rnd + 1}: {r['G_all']} G instructions "
                          f"(ingesting process {r['G_parent']} G, {doc['processes']} process(es)), start-up "
                          f"{r['G_startup']} G, net {r['G_net']} G = {r[f'G_net_per_{unit}']} G per {unit}; "
                          f"facts {doc['facts']}" + (f", digest {facts}" if facts else ""), flush=True)
            if len(trees) > 1:
                first = per_tree[str(trees[0])]
                for tree in trees[1:]:
                    other = per_tree[str(tree)]
                    a = min(r["G_net"] for r in first)
                    b = min(r["G_net"] for r in other)
                    same = first[0]["digest"] == other[0]["digest"]
                    print(f"{label:>16}  {tree} / {trees[0]}: net {b / a:.3f}x "
                          f"(ingesting process {min(r['G_parent'] for r in other) / min(r['G_parent'] for r in first):.3f}x); "
                          f"facts {'the same' if same else 'DIFFER'}", flush=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
