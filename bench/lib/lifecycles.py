#!/usr/bin/env python3
"""Complaint lifecycles through the gateway, as the consoles and the tracking page make them.

    lifecycles.py BASE_URL CLIENTS SECONDS        (tokens in AGENT_TOKEN and HANDLER_TOKEN)

Each client runs whole lifecycles until the time is up (bench/lib/flows.py): the agent logs a
call (POST /cases with an Idempotency-Key), opens the case and accepts it, dispatches it;
handler.xihu opens it, starts and answers it; the citizen reads it with the tracking code and
evaluates it (satisfied): 9 calls. Every address is new, so no filing is linked as a duplicate.
"""
import os
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from flows import run  # noqa: E402

STEPS = ["file", "accept: read", "accept", "dispatch", "start: read", "start", "answer", "track", "evaluate"]
DISTRICT = "330106"  # handler.xihu's district


def lifecycle(call, n, i):
    tag = f"{n}-{i}-{uuid.uuid4().hex[:8]}"
    filed = call("file", "agent", "POST", "/api/complaints/cases", {
        "kind": "REPORT", "category": "COUNTERFEIT",
        "address": {"divisionCode": DISTRICT, "detail": f"压测路 {tag} 号 烟酒店"},
        "description": f"来电反映该店出售的卷烟疑似假冒，包装粗糙（压测 {tag}）",
        "callerNumber": "13900001111"}, {"Idempotency-Key": str(uuid.uuid4())})
    case = f"/api/complaints/cases/{filed['caseId']}"
    detail = call("accept: read", "agent", "GET", case)
    detail = call("accept", "agent", "POST", case + "/actions", {"action": "ACCEPT", "version": detail["version"]})
    detail = call("dispatch", "agent", "POST", case + "/actions", {"action": "DISPATCH", "version": detail["version"]})
    detail = call("start: read", "handler", "GET", case)
    detail = call("start", "handler", "POST", case + "/actions", {"action": "START", "version": detail["version"]})
    call("answer", "handler", "POST", case + "/actions", {
        "action": "ANSWER", "version": detail["version"], "outcome": "SUBSTANTIATED",
        "publicAnswer": "经现场检查，查获涉嫌假冒卷烟，已依法立案查处。感谢您的举报。"})
    code = filed["trackingCode"]
    call("track", None, "GET", f"/api/complaints/public/reports/{code}")
    call("evaluate", None, "POST", f"/api/complaints/public/reports/{code}/evaluation", {"satisfied": True})


if __name__ == "__main__":
    run(lifecycle, STEPS, sys.argv[1], int(sys.argv[2]), float(sys.argv[3]),
        {"agent": os.environ["AGENT_TOKEN"], "handler": os.environ["HANDLER_TOKEN"]})
