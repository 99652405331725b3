"""The rules for a batch of new comments (lawcomment.batch), without a store."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lawcomment.batch import Existing, FirstBatch, batch_fingerprints, fingerprinted, plan_batch, source_key
from lawcomment.comments import Anchor, CommentSource, NewComment, SourceKind, Stance

NOTHING = Existing({}, {}, {})


def c(member: str, eid: str, body: str = "", *, proposed: str | None = None, row: str = "row 2",
      key: str | None = None, reply_to: str | None = None) -> NewComment:  # fmt: skip
    stance = Stance.AMEND if proposed is not None else Stance.COMMENT
    return NewComment(member, Anchor(eid), stance, CommentSource(SourceKind.CSV, "a.csv", None, row), body, proposed,
                      key=key, reply_to=reply_to)  # fmt: skip


def test_new_comments_get_ids_in_order_and_their_fingerprints() -> None:
    items = [c("acme", "art_1", "甲"), c("beta", "art_2", "乙")]
    plan = plan_batch(items, "law@1", NOTHING, 7)
    assert [(p.id, p.fingerprint, p.replaces) for p in plan.placed] == [
        (7, items[0].fingerprint("law@1"), ()), (8, items[1].fingerprint("law@1"), ())]
    assert plan.duplicates == 0


def test_a_comment_stored_already_is_a_duplicate_and_one_twice_in_a_batch_counts_twice() -> None:
    one = c("acme", "art_1", "甲")
    plan = plan_batch([one], "law@1", Existing({one.fingerprint("law@1"): 3}, {}, {}), 10)
    assert (plan.placed, plan.duplicates) == ((), 1)
    twice = plan_batch([one, one], "law@1", NOTHING, 10)
    assert [p.fingerprint for p in twice.placed] == [one.fingerprint("law@1"), one.fingerprint("law@1", 1)]


def test_a_files_comment_replaces_the_one_it_gave_before_but_not_when_it_gives_two() -> None:
    new = c("acme", "art_1", "改了")
    before = Existing({}, {source_key(new): [4]}, {})
    assert plan_batch([new], "law@1", before, 9).placed[0].replaces == (4,)
    both = plan_batch([new, c("acme", "art_2", "又一条")], "law@1", before, 9)  # same row twice: which one?
    assert [p.replaces for p in both.placed] == [(), ()]
    assert plan_batch([new], "law@1", Existing({}, {source_key(new): [4, 5]}, {}), 9).placed[0].replaces == ()


def test_a_members_new_wording_replaces_its_open_wordings_of_the_unit() -> None:
    new = c("acme", "art_1", proposed="新的表述")
    known = Existing({}, {source_key(new): [2]}, {("acme", "art_1"): [5, 3]})
    assert plan_batch([new], "law@1", known, 9).placed[0].replaces == (2, 3, 5)
    two = plan_batch([new, c("acme", "art_1", proposed="另一种表述", row="row 3")], "law@1", known, 9)
    assert [p.replaces for p in two.placed] == [(2,), ()]  # two wordings of one unit: neither replaces the others


def test_a_reply_joins_its_thread_and_replaces_nothing() -> None:
    first = c("acme", "art_1", "问题", key="q1")
    reply = c("staff", "art_1", "答复", key="a1", reply_to="q1", row="row 3")
    known = Existing({}, {source_key(reply): [4]}, {})
    plan = plan_batch([first, reply], "law@1", known, 20)
    assert [(p.id, p.thread, p.replaces) for p in plan.placed] == [(20, None, ()), (21, 20, ())]
    stored_first = plan_batch([first, reply], "law@1", Existing({first.fingerprint("law@1"): 11}, {}, {}), 20)
    assert [(p.id, p.thread) for p in stored_first.placed] == [(20, 11)]  # the thread of the comment stored before


def test_a_comment_staff_withdrew_sent_again_from_its_place_stays_withdrawn_and_keeps_its_replies() -> None:
    """Matched by its words and by where it came from: the same words from another row, or
    another member's, are new; a new reply to it joins its thread."""
    gone = c("acme", "art_1", "期限过长", key="c1")
    reply = c("acme", "art_1", "补充：建议六十日", key="c2", reply_to="c1", row="row 3")
    known = Existing({}, {}, {}, {(gone.fingerprint("law@1"), source_key(gone)): 7})
    plan = plan_batch([gone, reply], "law@1", known, 20)
    assert plan.withdrawn == (7,) and plan.duplicates == 0
    assert [(p.id, p.thread) for p in plan.placed] == [(20, 7)]
    elsewhere = c("acme", "art_1", "期限过长", row="row 9")
    assert [p.id for p in plan_batch([elsewhere], "law@1", known, 20).placed] == [20]


_MEMBERS = st.sampled_from(["acme", "beta"])
_EIDS = st.sampled_from(["art_1", "art_2", None])


@st.composite
def _batch_items(draw: st.DrawFn) -> NewComment:
    proposed = draw(st.none() | st.sampled_from(["新表述", "另一种表述"]))
    stance = draw(st.sampled_from([Stance.AMEND, Stance.DELETE, Stance.COMMENT])) if proposed is None else Stance.AMEND
    return NewComment(draw(_MEMBERS), Anchor(draw(_EIDS)), stance,
                      CommentSource(SourceKind.CSV, "a.csv", None, draw(st.sampled_from(["row 2", "row 3"]))),
                      draw(st.sampled_from(["", "甲"])), proposed, key=draw(st.none() | st.sampled_from(["k1", "k2"])),
                      reply_to=draw(st.none() | st.sampled_from(["k1", "k2"])))  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_batch_items(), max_size=8), st.booleans())
def test_a_batch_into_an_empty_store_is_planned_as_the_whole_rule_plans_it(items: list[NewComment], given_fps: bool) -> None:
    # the whole rule runs when the store holds anything: here a fingerprint no comment of the batch has
    fps = batch_fingerprints(items, "law@1") if given_fps else None
    whole = plan_batch(items, "law@1", Existing({"0" * 32: 1}, {}, {}), 5, fps)
    assert plan_batch(items, "law@1", NOTHING, 5, fps) == whole


@settings(max_examples=300, deadline=None)
@given(st.lists(_batch_items(), max_size=10), st.lists(st.integers(0, 10), max_size=4), st.booleans())
def test_a_first_batch_planned_a_part_at_a_time_is_planned_as_the_whole(items: list[NewComment], cuts: list[int],
                                                                        given_fps: bool) -> None:  # fmt: skip
    """FirstBatch (a first import stored as its file is read) places each part's comments as
    plan_batch places the whole batch's against an empty store: the same ids, fingerprints (the
    same comment again in a later part getting its own), threads and duplicates."""
    whole = plan_batch(items, "law@1", NOTHING, 5)
    first = FirstBatch("law@1", 5)
    placed = []
    bounds = [0, *sorted(min(cut, len(items)) for cut in cuts), len(items)]
    for start, stop in zip(bounds, bounds[1:]):
        part = items[start:stop]
        if given_fps:  # (as the intake gives them: each one's first fingerprint, worked out as its row was read)
            with fingerprinted(part, [x.fingerprint("law@1") for x in part], "law@1"):
                placed += first.plan(part)
        else:
            placed += first.plan(part)
    assert (tuple(placed), first.duplicates) == (whole.placed, whole.duplicates)
    assert first.next_id == 5 + len(whole.placed)


def test_batch_fingerprints_count_each_occurrence() -> None:
    one, other = c("acme", "art_1", "甲"), c("acme", "art_1", "乙")
    assert batch_fingerprints([one, other, one, one], "law@1") == [
        one.fingerprint("law@1"), other.fingerprint("law@1"), one.fingerprint("law@1", 1), one.fingerprint("law@1", 2)]


def test_fingerprints_given_are_taken_for_those_very_comments_only() -> None:
    from lawcomment.batch import fingerprinted

    items = [c("acme", "art_1", "同意"), c("beta", "art_2", "反对")]
    computed = batch_fingerprints(items, "law@1")
    with fingerprinted(items, ["f1", "f2"], "law@1"):
        assert batch_fingerprints(list(items), "law@1") == ["f1", "f2"]  # (the same objects, another list)
        assert batch_fingerprints(items, "law@2") == batch_fingerprints(items, "law@2")  # another draft: worked out
        same = [c("acme", "art_1", "同意"), items[1]]  # equal, but another object
        assert batch_fingerprints(same, "law@1") == computed
        assert batch_fingerprints(items[:1], "law@1") == computed[:1]
    assert batch_fingerprints(items, "law@1") == computed  # (the block left)


def test_text_is_checked_already_only_where_the_caller_says_so_of_those_very_comments() -> None:
    from lawcomment.batch import fingerprinted, text_checked

    items = [c("acme", "art_1", "同意")]
    assert not text_checked(items, "law@1")
    with fingerprinted(items, ["f1"], "law@1"):
        assert not text_checked(items, "law@1")
    with fingerprinted(items, ["f1"], "law@1", checked=True):
        assert text_checked(list(items), "law@1")
        assert not text_checked([c("acme", "art_1", "同意")], "law@1") and not text_checked(items, "law@2")
