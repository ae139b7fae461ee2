"""Reviewers: sign-in (argon2 password hashes, rate-limited), CSRF tokens, and corrections.

Sessions are signed cookies (Starlette's SessionMiddleware, itsdangerous). Every form and every write
endpoint checks the session's CSRF token (a hidden form field, or the ``X-CSRF-Token`` header). Anyone
not signed in can read, not write.
"""
from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, Body, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from .api import store

router = APIRouter(tags=["review"])
HASHER = PasswordHasher()
DUMMY_HASH = HASHER.hash("not a password anyone has")
FORM_FIELDS = ("event_type", "sub_event_type", "status", "date", "location", "latitude", "longitude", "admin1",
               "country", "fatalities", "injured", "arrested", "actor1", "actor2")


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify(stored_hash: Optional[str], password: str) -> bool:
    """True when ``password`` matches; an unknown user costs the same time as a wrong password."""
    try:
        return HASHER.verify(stored_hash or DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


class RateLimit:
    """At most ``attempts`` failed sign-ins per client address and per user name within ``window`` seconds."""

    def __init__(self, attempts: int = 5, window: float = 300.0):
        self.attempts, self.window = attempts, window
        self.failures: dict = {}
        self.lock = threading.Lock()

    def _recent(self, key) -> deque:
        q = self.failures.setdefault(key, deque())
        while q and q[0] < time.monotonic() - self.window:
            q.popleft()
        return q

    def blocked(self, *keys) -> bool:
        with self.lock:
            return any(len(self._recent(k)) >= self.attempts for k in keys)

    def failed(self, *keys) -> None:
        with self.lock:
            for k in keys:
                self._recent(k).append(time.monotonic())


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf(request: Request, token: Optional[str]) -> None:
    expected = request.session.get("csrf")
    if not expected or not token or not hmac.compare_digest(expected, token):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


def reviewer(request: Request) -> dict:
    user = request.session.get("user")
    if not user:
        raise HTTPException(401, "sign in as a reviewer to change events")
    return user


def form_changes(event: dict, form: dict) -> dict:
    """The fields of a review form whose value differs from what the event shows now."""
    changes = {}
    for field in FORM_FIELDS:
        if field not in form:
            continue
        value = form[field].strip()
        shown = event.get(field)
        if (value or None) != (None if shown is None else str(shown)):
            changes[field] = value or None
    if "marked_false" in form and bool(form["marked_false"]) != bool(event.get("marked_false")):
        changes["marked_false"] = form["marked_false"] == "true"
    return changes


@router.post("/login", include_in_schema=False)
def login(request: Request, name: str = Form(..., max_length=64), password: str = Form(..., max_length=1024),
          csrf: str = Form(""), next: str = Form("/"), st=Depends(store)):
    check_csrf(request, csrf)
    limit = request.app.state.logins
    client = request.client.host if request.client else "?"
    if limit.blocked(("ip", client), ("user", name)):
        raise HTTPException(429, "too many failed sign-ins: wait a few minutes and try again")
    user = st.user(name)
    if not verify(user and user["password_hash"], password):
        limit.failed(("ip", client), ("user", name))
        return request.app.state.render(request, "login.html", {"error": "wrong name or password", "next": next},
                                        status_code=401)
    request.session.clear()
    request.session["user"] = {"name": user["name"], "role": user["role"]}
    csrf_token(request)
    return RedirectResponse(next if next.startswith("/") and not next.startswith("//") else "/", status_code=303)


@router.post("/logout", include_in_schema=False)
def logout(request: Request, csrf: str = Form("")):
    check_csrf(request, csrf)
    request.session.clear()
    return RedirectResponse("/", status_code=303)


@router.post("/events/{event_id}/review", include_in_schema=False)
async def review_form(event_id: str, request: Request, st=Depends(store)):
    """The event page's review form: changed fields become corrections, with the comment."""
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    check_csrf(request, form.get("csrf"))
    user = reviewer(request)
    event = st.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    changes = form_changes(event, form)
    if changes:
        st.correct(event_id, changes, user["name"], form.get("comment") or None)
    return RedirectResponse(f"/events/{event_id}#review", status_code=303)


@router.post("/api/events/{event_id}/review", summary="Correct one event (signed-in reviewers; X-CSRF-Token header)")
def review_api(event_id: str, request: Request,
               changes: dict = Body(..., examples=[{"fatalities": 3, "event_type": "Riots"}]),
               comment: Optional[str] = Body(None, max_length=2000), st=Depends(store)):
    check_csrf(request, request.headers.get("x-csrf-token"))
    user = reviewer(request)
    if st.event(event_id) is None:
        raise HTTPException(404, f"no event {event_id!r}")
    entries = st.correct(event_id, changes, user["name"], comment)
    return {"event": st.event(event_id), "audit": entries}


@router.get("/api/session", summary="Who is signed in, and the CSRF token for write requests")
def session(request: Request):
    return {"user": request.session.get("user"), "csrf": csrf_token(request)}
