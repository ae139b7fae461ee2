"""`vigil serve`: a local web app over the store (map, timeline, table, event evidence, review).

``create_app(db, options)`` builds the FastAPI application; ``serve(options)`` runs it with uvicorn.
Imported only by `vigil serve` and `vigil user`: the pipeline never loads the web stack.
"""
from __future__ import annotations


def create_app(db, options=None):
    from .app import create_app as make
    return make(db, options)


def serve(options) -> None:
    """Run the app on options.host:options.port until interrupted."""
    import uvicorn
    from .app import create_app as make
    app = make(options.db, options)
    uvicorn.run(app, host=options.host, port=options.port, log_level="warning", access_log=False)


__all__ = ["create_app", "serve"]
