#!/usr/bin/env python3
"""Create-and-submit of licensing applications, as the retailer's pages make them.

    applications.py BASE_URL CLIENTS SECONDS LICENSE_NO DOCUMENT_ID   (token in RETAILER_TOKEN)

Each client (bench/lib/flows.py) creates a CLOSURE (歇业) application for the retailer's
license (POST /applications with an Idempotency-Key), attaches the retailer's verified ID card
(POST /attachments: 材料复用, with an Idempotency-Key) and submits it (POST /submission): the
lightest complete filing (NEW needs four documents), 3 calls.
"""
import os
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from flows import run  # noqa: E402

STEPS = ["create", "attach", "submit"]
LICENSE_NO, DOCUMENT_ID = sys.argv[4], sys.argv[5]


def create_and_submit(call, n, i):
    app = call("create", "retailer", "POST", "/api/licensing/applications",
               {"type": "CLOSURE", "licenseNo": LICENSE_NO, "mobile": "13900001111"},
               {"Idempotency-Key": str(uuid.uuid4())})
    path = f"/api/licensing/applications/{app['id']}"
    call("attach", "retailer", "POST", path + "/attachments", {"documentId": DOCUMENT_ID},
         {"Idempotency-Key": str(uuid.uuid4())})
    call("submit", "retailer", "POST", path + "/submission", {"version": app["version"]})


if __name__ == "__main__":
    run(create_and_submit, STEPS, sys.argv[1], int(sys.argv[2]), float(sys.argv[3]),
        {"retailer": os.environ["RETAILER_TOKEN"]})
