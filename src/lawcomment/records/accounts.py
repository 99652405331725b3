"""The web app's users, their invitations and their sessions, as the store keeps them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class User:
    """A person who signs in to the web app, as one of a member company's users (or of the
    staff: a member whose role is staff). ``password`` is the argon2 hash, never the password;
    ``disabled`` is when staff disabled the user (None while it may sign in)."""

    id: int
    login: str
    member: str
    name: str
    lang: str
    created: str
    disabled: str | None = None
    password: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class Invitation:
    """A one-time sign-up link staff issued for a member's new user. The store keeps only a
    digest of the link's token; ``used_at`` and ``user`` are set when it was used."""

    id: int
    member: str
    expires: str
    created: str
    created_by: str
    used_at: str | None = None
    user: int | None = None


@dataclass(frozen=True, slots=True)
class WebSession:
    """A signed-in user's session: who, the token its forms carry against cross-site requests,
    and when it ends."""

    user: User
    csrf: str
    expires: str
