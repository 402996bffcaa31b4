"""Runs a flow of HTTP calls (a lifecycle, a create-and-submit) in parallel clients for a while.

    run(flow, steps, base_url, clients, seconds, tokens)

Each client is a thread with its own kept-alive connection that calls flow(call, n, i) until the
time is up; call(step, who, method, path, body=None, headers=None) sends one request as `who`
(a key of tokens; None: anonymous), times it under `step`, and raises Failed on a transport
error or an answer that is not 2xx (counted by step, status and the start of the body). A flow
finished within the time counts once. Prints one JSON object: flows, flows/s, per step the
count, p50 and p95 in ms, and the failures.
"""
import http.client
import json
import threading
import time
import urllib.parse


class Failed(Exception):
    pass


def run(flow, steps, base, clients, seconds, tokens):
    url = urllib.parse.urlparse(base)
    lock = threading.Lock()
    latencies = {step: [] for step in steps}
    failures = {}
    done = [0]
    deadline = time.monotonic() + seconds

    def fail(key):
        with lock:
            failures[key] = failures.get(key, 0) + 1
        raise Failed(key)

    def client(n):
        conn = [http.client.HTTPConnection(url.hostname, url.port, timeout=60)]
        mine = {step: [] for step in steps}
        count = 0

        def call(step, who, method, path, body=None, headers=None):
            h = {"Accept": "application/json"}
            if tokens.get(who):
                h["Authorization"] = "Bearer " + tokens[who]
            if body is not None and not isinstance(body, bytes):
                h["Content-Type"] = "application/json"
                body = json.dumps(body).encode()
            h.update(headers or {})
            start = time.perf_counter()
            try:
                conn[0].request(method, path, body=body, headers=h)
                answer = conn[0].getresponse()
                data = answer.read()
            except (OSError, http.client.HTTPException) as ex:
                conn[0].close()
                conn[0] = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
                fail(f"{step} {type(ex).__name__}")
            mine[step].append((time.perf_counter() - start) * 1000)
            if answer.status >= 300:
                fail(f"{step} {answer.status} {data[:200].decode(errors='replace')}")
            return json.loads(data) if data else None

        i = 0
        while time.monotonic() < deadline:
            i += 1
            try:
                flow(call, n, i)
                if time.monotonic() <= deadline:
                    count += 1
            except Failed:
                time.sleep(0.05)
        conn[0].close()
        with lock:
            done[0] += count
            for step in steps:
                latencies[step].extend(mine[step])

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = min(time.monotonic() - started, seconds)

    def pick(values, q):
        values = sorted(values)
        return round(values[min(len(values) - 1, int(q * len(values)))], 1) if values else None

    print(json.dumps({
        "flows": done[0], "seconds": round(elapsed, 1), "per_second": round(done[0] / elapsed, 2),
        "steps": {s: {"n": len(latencies[s]), "p50": pick(latencies[s], 0.5), "p95": pick(latencies[s], 0.95)}
                  for s in steps},
        "failures": failures}, ensure_ascii=False))
