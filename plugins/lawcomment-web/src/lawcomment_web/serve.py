"""The app uvicorn's workers import (``lawcomment_web.serve:app``): each builds its own from the
store ``lawcomment serve`` named in the environment."""

from __future__ import annotations

import os

from starlette.types import ASGIApp

from .app import create_app


def app() -> ASGIApp:
    return create_app(os.environ["LAWCOMMENT_WEB_DB"], secure_cookies=bool(os.environ.get("LAWCOMMENT_WEB_SECURE")),
                      timezone=os.environ.get("LAWCOMMENT_WEB_TIMEZONE") or "Asia/Shanghai")  # fmt: skip
