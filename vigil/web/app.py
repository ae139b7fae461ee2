"""`vigil serve`: the FastAPI application over one store: pages, the API, sessions and one error envelope.

Pages are rendered on the server (Jinja2, autoescaped) with small scripts from static/; every asset is in
the package (static/vendor/ holds the npm packages, fetched by `make assets`), so nothing loads from
elsewhere; the Content-Security-Policy forbids it and forbids inline scripts.
"""
from __future__ import annotations

import os
from typing import Optional
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from .. import __version__
from ..config import Options
from ..errors import QueryError, StoreError, UsageError, VigilError
from ..store import open_store
from ..store.views import REVIEWABLE, STATUSES, EventFilter
from . import api, evidence, review

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE_SIZE = 50


class Stores:
    """Opens one store connection per request (a request may move between server threads, one at a time)."""

    def __init__(self, path: str):
        self.path = path

    def get(self):
        return open_store(self.path, threads=True)


def envelope(status: int, message: str, detail=None) -> JSONResponse:
    """The one shape of every API error."""
    return JSONResponse({"error": {"status": status, "message": message, "detail": detail}}, status_code=status)


def _validation_detail(exc: RequestValidationError) -> list:
    return [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg"),
             "input": e.get("input") if isinstance(e.get("input"), (str, int, float, type(None))) else None}
            for e in exc.errors()]


def create_app(db: str, options: Optional[Options] = None) -> FastAPI:
    """The application serving the store at ``db`` (it must exist: serve never creates an empty store)."""
    options = options or Options()
    if not db.startswith(("postgres://", "postgresql://")) and not os.path.exists(db):
        raise StoreError(f"no store at {db}", hint=f"run `vigil ingest PATH --db {db}` first (or `make demo`)")
    stores = Stores(db)
    with stores.get() as st:
        secret = st.secret("session")
    app = FastAPI(title="Vigil", version=__version__, docs_url=None, redoc_url=None,
                  description="Events coded from news reports, with their evidence, claims, quotes and reviews.")
    app.state.stores, app.state.options, app.state.logins = stores, options, review.RateLimit()
    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="vigil_session", same_site="strict",
                       max_age=12 * 3600)
    templates = Jinja2Templates(directory=os.path.join(HERE, "templates"))
    tiles_origin = ""
    if options.tiles_url:                 # the one outside origin the page may load images from
        parts = urlsplit(options.tiles_url)
        tiles_origin = f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"

    def render(request: Request, name: str, context: dict, status_code: int = 200):
        user = request.session.get("user")
        base = {"user": user, "csrf": review.csrf_token(request), "version": __version__,
                "tiles_url": options.tiles_url or "", "path": request.url.path}
        return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
    app.state.render = render

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        docs = request.url.path == "/docs"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'" + (" 'unsafe-inline'" if docs else "") +
            "; style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tiles_origin +
            "; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")

    def error_page(request: Request, status: int, message: str, detail=None):
        if wants_html(request):
            return render(request, "error.html", {"status": status, "message": message}, status_code=status)
        return envelope(status, message, detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else {404: "not found", 405: "method not allowed"}.get(
            exc.status_code, "request failed")
        return error_page(request, exc.status_code, message, None if isinstance(exc.detail, str) else exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        detail = _validation_detail(exc)
        where = ", ".join(f"{d['where']}: {d['problem']}" for d in detail)
        return error_page(request, 422, f"invalid request: {where}", detail)

    @app.exception_handler(VigilError)
    async def vigil_error(request: Request, exc: VigilError):
        status = 400 if isinstance(exc, (UsageError, QueryError)) else 503
        return error_page(request, status, exc.message, {"hint": exc.hint} if exc.hint else None)

    @app.exception_handler(KeyError)
    async def missing(request: Request, exc: KeyError):
        return error_page(request, 404, f"not found: {exc.args[0] if exc.args else ''}")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        return error_page(request, 500, "internal error", {"type": type(exc).__name__})

    app.include_router(api.router)
    app.include_router(review.router)
    app.mount("/static", StaticFiles(directory=os.path.join(HERE, "static")), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Vigil API",
                                   swagger_js_url="/static/vendor/swagger-ui-dist/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui-dist/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def explore(request: Request, st=Depends(api.store)):
        return render(request, "map.html", {"types": [r["event_type"] for r in st.tally("event_type", EventFilter())],
                                            "statuses": STATUSES, "query": request.query_params})

    @app.get("/table", response_class=HTMLResponse, include_in_schema=False)
    def table(request: Request, flt: EventFilter = Depends(api.event_filter), sort: str = Query("-date"),
              page: int = Query(1, ge=1), st=Depends(api.store)):
        rows, total = st.find_events(flt, sort, PAGE_SIZE, (page - 1) * PAGE_SIZE)
        params = flt.params()
        params.pop("event_type", None), params.pop("sub_event_type", None)
        params.update({"type": ",".join(flt.event_type)} if flt.event_type else {})
        params.update({"sub_type": ",".join(flt.sub_event_type)} if flt.sub_event_type else {})
        params.pop("bbox", None)
        query = urlencode(params)
        return render(request, "table.html", {
            "rows": rows, "total": total, "page": page, "pages": max(1, -(-total // PAGE_SIZE)), "sort": sort,
            "query": query, "filters": params, "statuses": STATUSES,
            "types": [r["event_type"] for r in st.tally("event_type", EventFilter())]})

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: str, request: Request, st=Depends(api.store)):
        found = evidence.detail(st, event_id, api.hide_private(request))
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return render(request, "event.html", {**found, "statuses": STATUSES, "fields": REVIEWABLE,
                                              "form_fields": review.FORM_FIELDS})

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/"):
        return render(request, "login.html", {"error": None, "next": next})

    return app
