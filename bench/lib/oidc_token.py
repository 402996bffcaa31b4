#!/usr/bin/env python3
"""Prints an access token for a demo user from the platform's OIDC issuer.

The authorization code flow with PKCE of the public client `platform-cli`, as a person
signs in (login form), with nothing but the standard library:
    bench/lib/oidc_token.py clerk.xihu [password] [issuer]
"""
import base64
import hashlib
import http.cookiejar
import json
import os
import re
import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request

CLIENT = "platform-cli"
REDIRECT = "http://127.0.0.1:8765/callback"


class NoRedirectToCallback(urllib.request.HTTPRedirectHandler):
    """Follows the issuer's redirects but stops at the client's callback."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if newurl.startswith(REDIRECT):
            raise CallbackReached(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class CallbackReached(Exception):
    def __init__(self, url):
        super().__init__(url)
        self.url = url


def token(user, password, issuer):
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirectToCallback())
    # a browser's Accept: the issuer sends it to the login form instead of answering 401
    opener.addheaders = [("Accept", "text/html,application/xhtml+xml")]
    query = urllib.parse.urlencode({
        "response_type": "code", "client_id": CLIENT, "redirect_uri": REDIRECT, "scope": "openid profile",
        "state": secrets.token_hex(8), "code_challenge": challenge, "code_challenge_method": "S256"})
    page = opener.open(f"{issuer}/oauth2/authorize?{query}", timeout=10).read().decode()
    csrf = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page)
    if not csrf:
        sys.exit("no login form at the issuer")
    form = urllib.parse.urlencode({"username": user, "password": password, "_csrf": csrf.group(1)}).encode()
    try:
        opener.open(f"{issuer}/login", data=form, timeout=10).read()
        sys.exit(f"sign-in as {user} did not come back with a code")
    except CallbackReached as reached:
        code = urllib.parse.parse_qs(urllib.parse.urlparse(reached.url).query)["code"][0]
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
                                   "client_id": CLIENT, "code_verifier": verifier}).encode()
    answer = json.loads(urllib.request.urlopen(f"{issuer}/oauth2/token", data=body, timeout=10).read())
    return answer["access_token"]


if __name__ == "__main__":
    print(token(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.environ.get("DEMO_PASSWORD", "Demo@2026"),
                sys.argv[3] if len(sys.argv) > 3 else os.environ.get("IDENTITY_ISSUER", "http://localhost:9000")))
