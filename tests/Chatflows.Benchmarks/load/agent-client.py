#!/usr/bin/env python3
"""Agents replying through the inbox, for run-agents.sh (issue 19): standard library only.

  agent-client.py URL EMAIL PASSWORD SECONDS CONVERSATION...
      one thread per conversation, each a signed-in agent's browser session (cookie, antiforgery token) that takes
      the conversation over and then posts replies one after another for SECONDS, through the inbox thread page's
      Reply form (the real path: InboxActions, the node's writer, commit, then publish). Prints how many replies were
      answered (302 back to the thread), failed, and the latency percentiles of the answered ones.
"""
import http.cookiejar, re, sys, threading, time, urllib.error, urllib.parse, urllib.request

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

def session():
    return urllib.request.build_opener(NoRedirect(), urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

def token(opener, url):
    with opener.open(url, timeout=30) as page:
        return TOKEN.search(page.read().decode()).group(1)

def post(opener, url, fields):
    try:
        with opener.open(url, urllib.parse.urlencode(fields).encode(), timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code

def agent(base, email, password, seconds, conversation, results):
    opener = session()
    login = f"{base}/admin/account/login"
    if post(opener, login, {"Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token(opener, login)}) != 302:
        raise SystemExit("sign-in failed")
    thread = f"{base}/admin/inbox/conversation/{conversation}"
    form = token(opener, thread)  # one token per signed-in session, as a browser holding the page posts it
    post(opener, f"{thread}?handler=TakeOver", {"__RequestVerificationToken": form})
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end:
        i += 1
        began = time.monotonic()
        status = post(opener, f"{thread}?handler=Reply", {"Text": f"reply {i}", "__RequestVerificationToken": form})
        results.append((status, time.monotonic() - began))

def main():
    base, email, password, seconds, conversations = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5:]
    results = []
    threads = [threading.Thread(target=agent, args=(base, email, password, seconds, c, results)) for c in conversations]
    for t in threads: t.start()
    for t in threads: t.join()
    ok = sorted(d for s, d in results if s == 302)
    pct = lambda p: ok[min(len(ok) - 1, int(p * len(ok)))] * 1000 if ok else float("nan")
    print(f"agent replies: {len(ok)} answered, {len(results) - len(ok)} failed, {len(ok) / seconds:.1f}/s; "
          f"p50 {pct(0.50):.1f} ms, p99 {pct(0.99):.1f} ms, max {(ok[-1] * 1000 if ok else float('nan')):.1f} ms")

main()
