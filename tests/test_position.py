"""Staff decisions on merged proposals: new units with ids (n1 …), stale decisions, bulk decisions (issue 13)."""

from __future__ import annotations

import json

ART13 = ("电子商务经营者销售的商品或者提供的服务应当符合保障人身、财产安全的要求和环境保护要求，"
         "不得销售或者提供法律、行政法规禁止交易的商品或者服务。")  # fmt: skip
NEW = "电子商务经营者应当建立商品质量追溯制度。"


def _ok(result):  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return result


def _unit(run, at: str = "第十三条") -> dict:  # type: ignore[type-arg]
    return json.loads(_ok(run("merge", "--draft", "ecommerce@1", "--article", at, "--format", "json")).stdout)["units"][0]  # type: ignore[no-any-return]


def test_a_proposed_new_article_has_an_id_and_can_be_decided(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "insert",
            "--propose", NEW))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条", "--stance", "insert",
            "--propose", NEW.replace("。", "")))  # the same provision, punctuation aside
    text = _ok(run("merge", "--draft", "ecommerce@1", "--article", "13")).output.splitlines()
    assert text[1] == f"  n1  proposed                new unit after 第十三条 (art_13): 「{NEW}」  [acme, beta]"
    unit = _unit(run)
    assert [(i["id"], i["state"], i["supporters"]) for i in unit["insertions"]] == [("n1", "proposed", ["acme", "beta"])]
    assert unit["unreviewed"] == ["n1"]
    decided = run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", "n1", "--reason", "有必要")
    assert decided.output == "decision #1: accepted n1 on art_13 (有必要)\n"
    unit = _unit(run)
    assert [(i["id"], i["state"], i["decision"]) for i in unit["insertions"]] == [("n1", "accepted", 1)]
    assert unit["unreviewed"] == []
    rejected = run("decide", "--draft", "ecommerce@1", "--article", "13", "--reject", "n1")
    assert rejected.output == "decision #2: rejected n1 on art_13\n"
    assert _unit(run)["insertions"][0]["state"] == "rejected"
    missing = run("decide", "--draft", "ecommerce@1", "--article", "13", "--accept", "n2")
    assert (missing.exit_code, missing.stderr) == (
        1, "Error: 第十三条 (art_13) has no change 'n2' (changes: n1); run `lawcomment merge` to see them\n")


def test_a_conflict_decided_before_a_new_alternative_arrived_is_flagged(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("member", "add", "gamma", "--org", "Gamma SA", "--group", "Auto WG"))
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止")))
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规严格禁止")))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--choose", "x1:1"))
    assert _unit(run)["stale"] == []
    _ok(run("comment", "add", "--member", "gamma", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明令禁止")))
    unit = _unit(run)
    (x,) = unit["conflicts"]
    assert (x["resolved"], x["chosen"]) == (True, 1)
    assert x["stale"] == ("decision #1 on x1 of 第十三条 was made before alternative(s) 3) 「明令」 [gamma] arrived; "
                          "it still applies: review it (decide again, or undo it)")  # fmt: skip
    assert unit["stale"] == [x["stale"]]
    text = run("merge", "--draft", "ecommerce@1").output.splitlines()
    assert "  x1  conflict at one point, after 「律、行政法规」: resolved: alternative 1 (decision #1); STALE: new alternative(s) since" in text
    assert text[-1] == "1 unit(s), 3 proposal(s), 0 change(s), 1 conflict(s), 0 unresolved, 1 stale decision(s)"
    # deciding again clears it
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--choose", "x1:3"))
    assert _unit(run)["stale"] == []


def test_a_final_wording_set_before_new_proposals_is_flagged(consultation) -> None:  # type: ignore[no-untyped-def]
    run = consultation
    _ok(run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("行政法规禁止", "行政法规明确禁止")))
    _ok(run("decide", "--draft", "ecommerce@1", "--article", "13", "--text", ART13.replace("禁止", "明令禁止")))
    assert _unit(run)["stale"] == []
    _ok(run("comment", "add", "--member", "beta", "--draft", "ecommerce@1", "--at", "第十三条",
            "--propose", ART13.replace("环境保护要求", "生态环境保护要求")))
    assert _unit(run)["stale"] == [("the final wording of 第十三条 (decision #1) was set before 1 proposal(s) arrived; "
                                    "it still applies: review it (decide again, or undo it)")]
