"""The store's one schema, as ordered migrations: written in the SQL that SQLite and PostgreSQL
share, and given to each engine through ``Engine.ddl`` (PostgreSQL's identities and 64-bit
integers). ``schema_version`` holds how many have run."""

from __future__ import annotations

#: Schema migrations, applied in order; ``schema_version`` holds how many have run.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        version TEXT NOT NULL,
        title TEXT NOT NULL,
        profile TEXT NOT NULL,
        source_file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        supersedes INTEGER REFERENCES drafts(id),
        data TEXT NOT NULL,
        created TEXT NOT NULL,
        UNIQUE (name, version)
    );
    CREATE TABLE units (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        eid TEXT NOT NULL,
        kind TEXT NOT NULL,
        num TEXT,
        label TEXT NOT NULL,
        heading TEXT NOT NULL,
        body TEXT NOT NULL,
        article TEXT,
        PRIMARY KEY (draft_id, eid)
    );
    CREATE TABLE members (
        id TEXT PRIMARY KEY,
        org TEXT NOT NULL DEFAULT '',
        grp TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        lang TEXT NOT NULL DEFAULT 'zh',
        role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'staff')),
        created TEXT NOT NULL
    );
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id),
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        kind TEXT NOT NULL,
        member TEXT REFERENCES members(id),
        added INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        superseded INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id),
        eid TEXT,
        article TEXT,
        quote TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        "offset" INTEGER,
        member TEXT NOT NULL REFERENCES members(id),
        stance TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        proposed_text TEXT,
        source_kind TEXT NOT NULL,
        source_file TEXT,
        source_author TEXT,
        source_position TEXT,
        import_id INTEGER REFERENCES imports(id),
        thread INTEGER REFERENCES comments(id),
        supersedes INTEGER REFERENCES comments(id),
        status TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX comments_by_article ON comments (draft_id, article, status);
    CREATE INDEX comments_by_fingerprint ON comments (draft_id, fingerprint);
    CREATE INDEX comments_by_member ON comments (draft_id, member);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        object TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    """,
    # 2: staff decisions, carried-forward comments, stored alignments
    """
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id),
        target TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'choose', 'text')),
        span_start INTEGER,
        span_end INTEGER,
        old TEXT,
        new TEXT,
        reason TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL,
        created TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT
    );
    CREATE INDEX decisions_by_target ON decisions (draft_id, target);
    ALTER TABLE comments ADD COLUMN origin INTEGER REFERENCES comments(id);
    ALTER TABLE comments ADD COLUMN note TEXT NOT NULL DEFAULT '';
    CREATE TABLE alignments (
        old_id INTEGER NOT NULL REFERENCES drafts(id),
        new_id INTEGER NOT NULL REFERENCES drafts(id),
        data TEXT NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (old_id, new_id)
    );
    """,
    # 3: decisions on proposed new units, what a decision was made on (to flag it when that
    # changes), decisions carried to the next reading; undone imports, archived drafts, the
    # history of edited comments; the committee's own reasons, remarks forwarded to the
    # legislature, and a reply deadline per draft
    """
    ALTER TABLE decisions ADD COLUMN subject TEXT NOT NULL DEFAULT '';
    ALTER TABLE decisions ADD COLUMN premise TEXT NOT NULL DEFAULT '';
    ALTER TABLE decisions ADD COLUMN origin INTEGER REFERENCES decisions(id);
    ALTER TABLE imports ADD COLUMN undone_at TEXT;
    ALTER TABLE imports ADD COLUMN undone_by TEXT;
    ALTER TABLE drafts ADD COLUMN archived TEXT;
    ALTER TABLE comments ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE drafts ADD COLUMN deadline TEXT;
    CREATE TABLE committee_reasons (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id),
        target TEXT NOT NULL,
        text TEXT NOT NULL,
        actor TEXT NOT NULL,
        created TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        origin INTEGER REFERENCES committee_reasons(id)
    );
    CREATE INDEX committee_reasons_by_target ON committee_reasons (draft_id, target);
    CREATE TABLE comment_history (
        id INTEGER PRIMARY KEY,
        comment INTEGER NOT NULL REFERENCES comments(id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX comment_history_by_comment ON comment_history (comment);
    """,
    # 4: re-imports idempotent by a constraint, not only by the importer's reading first: one live
    # comment per fingerprint and draft (a withdrawn one may be sent again)
    """
    CREATE UNIQUE INDEX comments_live_fingerprint ON comments (draft_id, fingerprint) WHERE status != 'withdrawn';
    DROP INDEX comments_by_fingerprint;
    """,
    # 5: what one command worked out kept for the next: the diffs of proposals (by a digest of
    # both texts, so never stale), and a whole draft's positions (with the store's generation,
    # the last event when they were made: any write makes them stale)
    """
    CREATE TABLE diffs (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (draft_id, key)
    );
    CREATE TABLE positions (
        draft_id INTEGER NOT NULL PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        stamp TEXT NOT NULL,
        data TEXT NOT NULL
    );
    """,
    # 6: the people who sign in to the web app (several per member company, or staff), the
    # one-time links they sign up with, their sessions, failed sign-ins (for rate limiting) and
    # settings the workers of one server share (the key that signs cookies). Secrets are kept
    # only as digests (invitation and session tokens) or argon2 hashes (passwords).
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE,
        member TEXT NOT NULL REFERENCES members(id),
        name TEXT NOT NULL DEFAULT '',
        lang TEXT NOT NULL DEFAULT '',
        password TEXT NOT NULL,
        created TEXT NOT NULL,
        disabled TEXT
    );
    CREATE INDEX users_by_member ON users (member);
    CREATE TABLE invitations (
        id INTEGER PRIMARY KEY,
        token TEXT NOT NULL UNIQUE,
        member TEXT NOT NULL REFERENCES members(id),
        expires TEXT NOT NULL,
        created TEXT NOT NULL,
        created_by TEXT NOT NULL,
        used_at TEXT,
        user_id INTEGER REFERENCES users(id)
    );
    CREATE TABLE sessions (
        token TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        csrf TEXT NOT NULL,
        created TEXT NOT NULL,
        expires TEXT NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions (user_id);
    CREATE TABLE sign_in_failures (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL,
        address TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX sign_in_failures_by_login ON sign_in_failures (login, at);
    CREATE INDEX sign_in_failures_by_address ON sign_in_failures (address, at);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 7: a draft's parsed text (its JSON, megabytes for a code) in a table of its own: in the
    # drafts row it stood before columns added later (archived, deadline), and SQLite walked
    # all of it to read them on every lookup
    """
    CREATE TABLE draft_texts (
        draft_id INTEGER PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    INSERT INTO draft_texts (draft_id, data) SELECT id, data FROM drafts;
    UPDATE drafts SET data = '';
    """,
    # 8: a draft's translations (the English working text members' headquarters read), each
    # with how its units pair with the draft's
    """
    CREATE TABLE translations (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        source_file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        data TEXT NOT NULL,
        pairing TEXT NOT NULL,
        created TEXT NOT NULL,
        PRIMARY KEY (draft_id, lang)
    );
    """,
    # 9: the language a comment was written in, when it is the translation's: an English
    # proposal is a wording of the English working text, anchored at the draft's unit it renders
    """
    ALTER TABLE comments ADD COLUMN lang TEXT NOT NULL DEFAULT '';
    """,
    # 10: a whole draft's near-duplicate groups, kept as its positions are (with the generation
    # they were worked out at): the review page and the JSON document need not group again
    """
    CREATE TABLE near_groups (
        draft_id INTEGER NOT NULL PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        stamp TEXT NOT NULL,
        data TEXT NOT NULL
    );
    """,
    # 11: each article rooted at the document (art_12) also as a unit tree of its own: a merge of
    # one article reads it, not the whole draft (the 民法典's 3,523 units). Kept with the hash of
    # the draft it came from, so a tree a draft's replacement left behind is never read. Filled
    # for the drafts already stored by Store.migrate, which also leaves out the stored texts'
    # articles list
    """
    CREATE TABLE article_trees (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        eid TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (draft_id, eid)
    );
    """,
    # 12: a superseded comment no longer holds its fingerprint: a member who goes back to a
    # wording a later one replaced (typed again, or in a file changed since) has it count again,
    # as a new comment. The same file imported again still adds nothing: the store looks for a
    # superseded comment of that very file before it inserts (see SQLStore.add_comments), through
    # an index of the superseded comments' fingerprints (the few a consultation has). And the
    # comments carried from each comment found by an index (an import undone looks for them per
    # comment: 5.7 ms each without it, in a table of 69,000)
    """
    DROP INDEX comments_live_fingerprint;
    CREATE UNIQUE INDEX comments_live_fingerprint ON comments (draft_id, fingerprint)
        WHERE status NOT IN ('withdrawn', 'superseded');
    CREATE INDEX IF NOT EXISTS comments_superseded_fingerprint ON comments (draft_id, fingerprint)
        WHERE status = 'superseded';
    CREATE INDEX IF NOT EXISTS comments_by_origin ON comments (origin) WHERE origin IS NOT NULL;
    """,
    # 13: a whole draft's kept positions one row per unit, each with the stamp it was kept under:
    # a merge of one article (the command, or a page of the web app) reads its own row, not the
    # whole draft's. What was kept before is dropped: the next merge keeps it again
    """
    DROP TABLE positions;
    DROP TABLE IF EXISTS unit_positions;
    CREATE TABLE positions (
        draft_id INTEGER NOT NULL PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
        stamp TEXT NOT NULL
    );
    CREATE TABLE unit_positions (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        eid TEXT NOT NULL,
        ord INTEGER NOT NULL,
        stamp TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (draft_id, eid)
    );
    """,
)
