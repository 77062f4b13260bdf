#!/usr/bin/env python3
"""Load and count for run-crash.sh (issue 19): standard library only.

  crash-client.py load  URL STATE THREADS   starts a conversation per thread (then STATE/ready), posts until
                                            STATE/stop exists; writes STATE/acked-*, STATE/sent-*
  crash-client.py check URL STATE           resends every message that got no answer (same clientMessageId),
                                            then counts each conversation's stored visitor messages
"""
import glob, http.client, json, os, sys, threading, time, urllib.parse

def request(url, method, path, body=None, visitor=None):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    headers = {"Content-Type": "application/json"}
    if visitor:
        headers["X-Chatflows-Visitor"] = visitor
    conn.request(method, path, json.dumps(body) if body is not None else None, headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, (json.loads(data) if data else None)

def load(url, state, threads):
    ready = threading.Barrier(threads, action=lambda: open(f"{state}/ready", "w").close())

    def writer(n):
        try:
            status, body = request(url, "POST", "/chatflows/api/conversations", {"chatflowId": "load"})
        finally:
            ready.wait()  # the load starts when every writer has its conversation
        if status != 201:
            return
        conversation, visitor = body["conversationId"], body["visitorId"]
        with open(f"{state}/acked-{n}", "a") as acked, open(f"{state}/sent-{n}", "a") as sent:
            i = 0
            while not os.path.exists(f"{state}/stop"):
                text = f"w{n} m{i}"
                # Written before the request: after the crash, every message that may have reached the server is known.
                sent.write(f"{conversation} {visitor} {n}-{i} {text}\n"); sent.flush()
                try:
                    status, _ = request(url, "POST", f"/chatflows/api/conversations/{conversation}/messages",
                                        {"clientMessageId": f"{n}-{i}", "text": text}, visitor)
                except (OSError, http.client.HTTPException):
                    return  # the server died under the request: not acknowledged
                if status == 200:
                    acked.write(f"{n}-{i}\n"); acked.flush()
                i += 1
    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    for w in workers: w.start()
    for w in workers: w.join()

def check(url, state):
    sent, acked = {}, set()
    for path in glob.glob(f"{state}/sent-*"):
        for line in open(path):
            conversation, visitor, message_id, text = line.rstrip("\n").split(" ", 3)
            sent[message_id] = (conversation, visitor, text)
    for path in glob.glob(f"{state}/acked-*"):
        acked.update(l.strip() for l in open(path) if l.strip())
    retried = resent_ok = 0
    for message_id, (conversation, visitor, text) in sent.items():
        if message_id not in acked:
            retried += 1
            status, _ = request(url, "POST", f"/chatflows/api/conversations/{conversation}/messages",
                                {"clientMessageId": message_id, "text": text}, visitor)
            resent_ok += status == 200
    counts = {}
    for conversation, visitor in {(c, v) for c, v, _ in sent.values()}:
        after = 0
        while True:
            status, body = request(url, "GET", f"/chatflows/api/conversations/{conversation}/messages?after={after}", visitor=visitor)
            messages = body["messages"] if status == 200 else []
            for m in messages:
                if m["author"] == "visitor":
                    counts[(conversation, m["text"])] = counts.get((conversation, m["text"]), 0) + 1
            if len(messages) < 500:
                break
            after = messages[-1]["seq"]
    lost = sum(1 for m in acked if counts.get((sent[m][0], sent[m][2]), 0) == 0)
    duplicated = sum(1 for n in counts.values() if n > 1)
    unanswered_lost = sum(1 for m, (c, _, t) in sent.items() if m not in acked and counts.get((c, t), 0) != 1)
    print(json.dumps({"acknowledged": len(acked), "lost": lost, "duplicated": duplicated,
                      "inFlightAtKill": retried, "inFlightResentOk": resent_ok, "inFlightNotExactlyOnce": unanswered_lost}))
    return 0 if lost == 0 and duplicated == 0 and unanswered_lost == 0 and len(acked) > 0 else 1

if __name__ == "__main__":
    mode, url, state = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "load":
        load(url, state, int(sys.argv[4]))
    else:
        sys.exit(check(url, state))
