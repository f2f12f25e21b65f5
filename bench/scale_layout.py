"""Query latency and size of the text-once layout (migrations 0006, 0015) against the old one
(sentences with their own text), side by side on the same replicated seeds database.

    python bench/scale_layout.py 20000     # documents; writes bench/scale_layout_results.json
"""
import os, sys, json, time, shutil, sqlite3, subprocess, statistics, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchmark
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
work = Path(tempfile.mkdtemp(prefix='bellink-layout-'))
bl = str(Path(sys.executable).with_name('bellink'))
env = {k: v for k, v in os.environ.items() if k != 'BELLINK_DB'}
seeds = work / 'seeds.db'
subprocess.run([bl, '--db', str(seeds), 'ingest', '--jobs', '1', '--json'], check=True, stdout=subprocess.DEVNULL, env=env)
new = work / 'new.db'
t = time.time(); benchmark.build_big_db(seeds, new, N, log=lambda *a: None); print('built', round(time.time() - t), 's', flush=True)
old = work / 'old.db'
shutil.copyfile(new, old)
c = sqlite3.connect(old, isolation_level=None)
c.execute('begin')
c.execute('drop view sentences')
c.execute('create table sentences (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE (document_id, idx))')
c.execute('insert into sentences select sp.id, d.id, sp.idx, sp.paragraph, sp.start, sp.stop, substr(d.text, sp.start + 1, sp.stop - sp.start) from sentence_spans sp join documents d on d.pk = sp.doc')
c.execute('commit')
c.execute('vacuum')
c.close()
c = sqlite3.connect(new); c.execute('vacuum'); c.close()
def size(p):
    c = sqlite3.connect(p); s = c.execute('select sum(pgsize) from dbstat').fetchone()[0]; c.close(); return s
print('sizes: old layout', size(old), 'text once', size(new), flush=True)
cmds = [['who-said', 'Ravkov'], ['timeline', '--system', 'S-400'], ['deliveries', '--recipient', 'Belarus'], ['search', 'Belarus']]
res = {}
for cmd in cmds:
    for db in (old, new):
        subprocess.run([bl, '--db', str(db), *cmd, '--json'], stdout=subprocess.DEVNULL, env=env)
    ts = {old: [], new: []}
    for r in range(5):
        for db in ((old, new) if r % 2 == 0 else (new, old)):
            t = time.perf_counter()
            subprocess.run([bl, '--db', str(db), *cmd, '--json'], stdout=subprocess.DEVNULL, env=env, check=True)
            ts[db].append(time.perf_counter() - t)
    res[' '.join(cmd)] = {'old_s': round(statistics.median(ts[old]), 3), 'new_s': round(statistics.median(ts[new]), 3)}
    print(' '.join(cmd), res[' '.join(cmd)], 'load', os.getloadavg()[0], flush=True)
json.dump({'docs': N, 'sizes': {'old': size(old), 'new': size(new)}, 'queries': res}, open(HERE / 'scale_layout_results.json', 'w'), indent=1)
shutil.rmtree(work, ignore_errors=True)
