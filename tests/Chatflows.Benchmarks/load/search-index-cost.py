# Issue 19: the FTS5 trigram index's cost per message on SQLite (WAL, synchronous=FULL), inline by trigger in
# 128-row write transactions vs filled afterwards by a follower in 1,000-row rounds. Standard library only.
# Usage: python3 tests/Chatflows.Benchmarks/load/search-index-cost.py
import sqlite3, time, os, tempfile
N, B = 25600, 128
texts = ["hello there", "Thanks! What is your question about the product, the invoice or something else?"]
def db(trigger):
    path = tempfile.mktemp(suffix=".db"); c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA synchronous=FULL")
    c.execute('CREATE TABLE m (Id INTEGER PRIMARY KEY AUTOINCREMENT, Text TEXT NOT NULL)')
    c.execute("CREATE VIRTUAL TABLE s USING fts5(Text, content='m', content_rowid='Id', tokenize='trigram')")
    if trigger: c.execute("CREATE TRIGGER t AFTER INSERT ON m BEGIN INSERT INTO s(rowid, Text) VALUES (new.Id, new.Text); END")
    return c, path
def turns(c):
    t = time.perf_counter()
    for b in range(N // B):
        c.execute("BEGIN IMMEDIATE")
        c.executemany("INSERT INTO m (Text) VALUES (?)", ((texts[i % 2],) for i in range(B)))
        c.execute("COMMIT")
    return time.perf_counter() - t
for label, trigger in (("no index", False), ("inline trigger", True), ("no index", False), ("inline trigger", True)):
    c, path = db(trigger); w = turns(c); f = 0.0
    if not trigger:
        t = time.perf_counter(); last = 0
        while True:
            c.execute("BEGIN IMMEDIATE")
            ids = [r[0] for r in c.execute("SELECT Id FROM m WHERE Id > ? ORDER BY Id LIMIT 1000", (last,))]
            if not ids: c.execute("COMMIT"); break
            c.execute("INSERT INTO s(rowid, Text) SELECT Id, Text FROM m WHERE Id > ? AND Id <= ?", (last, ids[-1])); last = ids[-1]
            c.execute("COMMIT")
        f = time.perf_counter() - t
    print(f"{label:15s}: writes {w/N*1e6:5.1f} us/message" + (f", follower afterwards {f/N*1e6:5.1f} us/message (1,000-row rounds)" if not trigger else ""))
    c.close(); os.remove(path)
