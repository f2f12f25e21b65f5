"""Peak memory of an ingest whose vocabulary keeps growing, as a real corpus's does (issue 15).

The benchmark corpus reuses ~200 paragraphs, so word caches never fill on it. Here every generated
document gets 40 words never seen before (names and common words); each size is ingested in a
fresh process and database, and the peak PSS of the process tree is sampled every 0.1 s.

    python bench/memgrow.py --sizes 1000 6000            # flat memory: the larger is not higher
    python bench/memgrow.py --sizes 1000 6000 --jobs 2
"""
import argparse
import json
import random
import shutil
import string
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchmark  # noqa: E402  (the corpus generator)
import scale  # noqa: E402  (run_ingest: wall, CPU and peak memory of one ingest)


def corpus(folder: Path, n: int, seed: int = 11) -> dict:
    info = benchmark.generate_corpus(folder, "en", n, seed=seed)
    rnd = random.Random(seed)

    def word(capital: bool) -> str:
        w = "".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(5, 10)))
        return w.capitalize() if capital else w

    for f in sorted(folder.rglob("*.txt")):
        names = " ".join(f"{word(True)} {word(True)}" for _ in range(6))
        words = " ".join(word(False) for _ in range(28))
        f.write_text(f.read_text(encoding="utf-8")
                     + f"\n\nLocal residents {names} spoke about the {words} near the village of {word(True)}.\n",
                     encoding="utf-8")
    return info


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 6000])
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--bellink", default=str(Path(sys.executable).with_name("bellink")))
    a = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bellink-memgrow-"))
    try:
        for n in a.sizes:
            folder = work / f"c{n}"
            corpus(folder, n)
            m = scale.run_ingest(a.bellink, work / f"m{n}.db", folder, ["--jobs", str(a.jobs)])
            print(n, json.dumps(m), flush=True)
            shutil.rmtree(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
