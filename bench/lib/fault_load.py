#!/usr/bin/env python3
"""Steady writes against one service while the script around it stops a dependency.

    fault_load.py call|report BASE_URL CLIENTS SECONDS OUT.jsonl STOP_FILE   (call: token in AGENT_TOKEN)

call:   a hotline agent logs calls (POST /api/complaints/cases, JSON, Idempotency-Key).
report: citizens file web reports with a photo of PHOTO_MB (3) MB (POST /api/complaints/public/
        reports, multipart: the JSON part `report`, then `photo`, a valid PNG of random pixels).
It sends until STOP_FILE exists (the script makes it some seconds after the dependency is
back) or SECONDS have passed. Each answer is one line of OUT: the wall-clock time it was sent and answered, the status, the
problem type (a problem+json answer), the case number (2xx), and whether the body names
something internal (an exception, a host, a driver), for the script to check afterwards.
"""
import http.client
import json
import os
import re
import struct
import sys
import threading
import time
import urllib.parse
import uuid
import zlib

MODE, BASE, CLIENTS, SECONDS, OUT, STOP = (sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5],
                                           sys.argv[6])
URL = urllib.parse.urlparse(BASE)
INTERNAL = re.compile(r"exception|stack|r2dbc|postgres|jdbc|localhost|127\.0\.0\.1|:9090|minio|amazon|java\.|"
                      r"connection refused|io\.netty|reactor", re.I)
lock = threading.Lock()
out = open(OUT, "w")
deadline = time.time() + SECONDS


def png(megabytes):
    width = 1024
    rows = max(1, megabytes * 1024 * 1024 // (width * 3))
    raw = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(rows))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, rows, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b""))


PHOTO = png(int(os.environ.get("PHOTO_MB", "3"))) if MODE == "report" else b""


def request(n, i):
    tag = f"{n}-{i}-{uuid.uuid4().hex[:8]}"
    facts = {"kind": "REPORT", "category": "COUNTERFEIT",
             "address": {"divisionCode": "330106", "detail": f"故障路 {tag} 号 烟酒店"},
             "description": f"店内出售的卷烟疑似假冒，包装粗糙（故障演练 {tag}）"}
    if MODE == "call":
        facts["callerNumber"] = "13900001111"
        return "/api/complaints/cases", json.dumps(facts).encode(), {
            "Content-Type": "application/json", "Authorization": "Bearer " + os.environ["AGENT_TOKEN"],
            "Idempotency-Key": str(uuid.uuid4())}
    boundary = "bench" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"report\"\r\nContent-Type: application/json\r\n\r\n"
            f"{json.dumps(facts, ensure_ascii=False)}\r\n--{boundary}\r\nContent-Disposition: form-data; "
            f"name=\"photo\"; filename=\"pack.png\"\r\nContent-Type: image/png\r\n\r\n").encode() + PHOTO \
        + f"\r\n--{boundary}--\r\n".encode()
    return "/api/complaints/public/reports", body, {"Content-Type": f"multipart/form-data; boundary={boundary}",
                                                    "Idempotency-Key": str(uuid.uuid4())}


def client(n):
    i = 0
    while time.time() < deadline and not os.path.exists(STOP):
        i += 1
        path, body, headers = request(n, i)
        headers["Accept"] = "application/json"
        sent = time.time()
        line = {"sent": sent}
        try:
            conn = http.client.HTTPConnection(URL.hostname, URL.port, timeout=30)
            conn.request("POST", path, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            conn.close()
            line["status"] = answer.status
            text = data.decode(errors="replace")
            line["internal"] = bool(INTERNAL.search(text))
            try:
                parsed = json.loads(text) if text else {}
            except ValueError:
                parsed = {}
            if answer.status < 300:
                line["number"] = parsed.get("caseNumber")
            else:
                line["type"] = parsed.get("type", answer.getheader("Content-Type"))
        except (OSError, http.client.HTTPException) as ex:
            line["status"] = 0
            line["type"] = type(ex).__name__
        line["answered"] = time.time()
        with lock:
            out.write(json.dumps(line) + "\n")
            out.flush()
        if line["status"] != 201 and line["status"] != 200:
            time.sleep(0.2)


threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.close()
