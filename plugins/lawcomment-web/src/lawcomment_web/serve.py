"""The app uvicorn's workers import (``lawcomment_web.serve:app``): each builds its own from the
store ``lawcomment serve`` named in the environment, and writes its request log where it said."""

from __future__ import annotations

import logging
import os
import sys

from starlette.types import ASGIApp

from .app import ACCESS_LOG, create_app


def app() -> ASGIApp:
    access_log(os.environ.get("LAWCOMMENT_WEB_ACCESS_LOG", "-"))
    return create_app(os.environ["LAWCOMMENT_WEB_DB"], secure_cookies=bool(os.environ.get("LAWCOMMENT_WEB_SECURE")),
                      timezone=os.environ.get("LAWCOMMENT_WEB_TIMEZONE") or "Asia/Shanghai")  # fmt: skip


def access_log(where: str) -> None:
    """Send the request log (:data:`lawcomment_web.app.ACCESS_LOG`) to standard error (``-``), to
    the file ``where`` (appended to: the workers share it, a line at a time), or nowhere (``off``)."""
    ACCESS_LOG.propagate = False
    for old in list(ACCESS_LOG.handlers):
        ACCESS_LOG.removeHandler(old)
        old.close()
    if where == "off":
        ACCESS_LOG.setLevel(logging.WARNING)
        return
    handler = logging.StreamHandler(sys.stderr) if where == "-" else logging.FileHandler(where, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S%z"))
    ACCESS_LOG.addHandler(handler)
    ACCESS_LOG.setLevel(logging.INFO)
