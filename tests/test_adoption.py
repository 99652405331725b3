"""Adoption states of proposals against the next version, through the library."""

from __future__ import annotations

import pytest

from lawcomment import parse_text
from lawcomment.adoption import Adoption, outcomes
from lawcomment.align import align
from lawcomment.comments import Anchor, Comment, CommentSource, SourceKind, Stance, Status

OLD = "法\n第一条 经营者应当依法办理登记，并公示营业执照信息。\n第二条 经营者终止经营的，应当提前三十日公示。\n"
ART1 = "经营者应当依法办理登记，并公示营业执照信息。"


def _proposal(text: str | None, eid: str = "art_1", stance: Stance = Stance.AMEND) -> Comment:
    return Comment(1, "law@1", "acme", Anchor(eid), stance, "", text, CommentSource(SourceKind.CLI), Status.OPEN, "", "")


@pytest.mark.parametrize(("new_art1", "proposal", "state", "present"), [
    ("经营者应当及时办理登记，并公示营业执照信息。", "经营者应当及时办理登记，并公示营业执照信息。", Adoption.ADOPTED, 1),
    ("经营者应当及时办理登记，并公示营业执照信息。", "经营者应当及时办理登记，并公示营业执照和许可证信息。", Adoption.PARTLY, 1),
    (ART1, "经营者应当及时办理登记，并公示营业执照信息。", Adoption.NOT_ADOPTED, 0),
    ("经营者应当办理登记。", "经营者应当办理登记，并公示营业执照信息。", Adoption.ADOPTED, 1),
])  # fmt: skip
def test_states(new_art1: str, proposal: str, state: Adoption, present: int) -> None:
    old = parse_text(OLD)
    new = parse_text(OLD.replace(ART1, new_art1))
    (o,) = outcomes(old, new, align(old, new), [_proposal(proposal)])
    assert (o.state, o.present) == (state, present)
    if state is Adoption.PARTLY:
        assert o.share == 0.5


def test_article_deleted_and_delete_proposals() -> None:
    old = parse_text(OLD)
    new = parse_text("法\n第一条 经营者应当依法办理登记，并公示营业执照信息。\n")
    found = outcomes(old, new, align(old, new), [_proposal("改写。", "art_2"), _proposal(None, "art_2", Stance.DELETE)])
    assert [(o.state, o.new_citation) for o in found] == [(Adoption.ARTICLE_DELETED, "—"), (Adoption.ADOPTED, "—")]
