#!/usr/bin/env python3
"""Steady HTTP load on a loopback URL until SIGTERM/SIGINT, then one summary line; exits 1 if any request failed.

  steady-load.py URL [rate per second] [connections]

Each connection is a keep-alive HTTP/1.1 connection on its own thread, sending rate/connections requests per
second. A failed request is an exception (refused, reset, timed out) or a status >= 400; after an exception the
connection is opened again. Used by .ci/run to prove a blue-green switch drops nothing.
"""
import http.client
import signal
import sys
import threading
import time
import urllib.parse

url = urllib.parse.urlsplit(sys.argv[1])
rate = float(sys.argv[2]) if len(sys.argv) > 2 else 200.0
connections = int(sys.argv[3]) if len(sys.argv) > 3 else 4
stop = threading.Event()
lock = threading.Lock()
counts = {"sent": 0, "failed": 0}
failures = []


def worker():
    interval = connections / rate
    conn = None
    due = time.monotonic()
    while not stop.is_set():
        due += interval
        try:
            if conn is None:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
            conn.request("GET", url.path or "/")
            response = conn.getresponse()
            response.read()
            ok = response.status < 400
            detail = f"status {response.status}"
        except Exception as error:  # any failure counts; the connection is made again
            ok, detail = False, repr(error)
            conn = None
        with lock:
            counts["sent"] += 1
            if not ok:
                counts["failed"] += 1
                failures.append(detail)
        delay = due - time.monotonic()
        if delay > 0:
            stop.wait(delay)


signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
threads = [threading.Thread(target=worker, daemon=True) for _ in range(connections)]
started = time.monotonic()
for thread in threads:
    thread.start()
while not stop.is_set():
    stop.wait(0.5)
for thread in threads:
    thread.join(6)
seconds = time.monotonic() - started
print(f"steady-load: {counts['sent']} requests in {seconds:.1f} s to {sys.argv[1]}, {counts['failed']} failed"
      + (f" (first: {failures[0]})" if failures else ""), flush=True)
sys.exit(1 if counts["failed"] else 0)
