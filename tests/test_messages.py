"""The merge's warnings and carry-forward's notes in the page's language (exports/messages.py):
each known form, from the code that writes it, and one review page end to end."""

from __future__ import annotations

import pytest

from lawcomment.exports.messages import localized
from lawcomment.review.merge import Proposal, merge

BASE = "自然人、法人和其他组织。"


def _merged(*texts: str) -> tuple[str, ...]:
    return merge(BASE, [Proposal(f"#{n}", t, (f"m{n}",)) for n, t in enumerate(texts, 1)]).warnings


@pytest.mark.parametrize(("english", "chinese"), [
    (_merged("自然人、法人和非法人组织。", "自然人、法人和其他经济组织。")[0],
     "修改c1与c2来自不同建议且彼此相邻：合在一起读作「、法人和非法人经济组织。」，与任何一条建议都不同；确属本意方可同时采纳"),
    (_merged(BASE)[0], "建议#1与原文相同，未作任何修改"),
    # (a copy edited with Track Changes off is the likeliest cause: the message names it, and where to turn it on)
    (("a.docx: not a draft of ec@1 (with its changes rejected, 第十二条 (art_12) differs from the stored text); was it made "
      "from another version, edited with Track Changes off (Review > Track Changes, 审阅 > 修订), or were the changes "
      "accepted?"),
     "a.docx：不是草案ec@1的修订稿（拒绝其全部修订后，第十二条与所存草案文本不一致）；该文件是否由其他版本制作、"
     "是否在未开启修订（审阅 > 修订）时编辑，或修订已被接受？"),
    (("the position reads 「三万元以上五十万元以下」, a range no proposal has: its lower bound is zhizao's, its upper bound "
      "shuju's: decide the two bounds together"),
     "立场中的「三万元以上五十万元以下」是任何建议都未提出的幅度：下限来自zhizao的建议，上限来自shuju的建议；请一并决定上下限"),
    ("its quote was the whole of 第二条 (art_2), which the new version changed: the comment is on the whole of it now",
     "其引文为第二条全文，新版本已修改该处：意见现针对其全文"),
    # (a web trial's merged view, in Chinese, read 「按整体替换比较：too dissimilar to compare (similarity 0.16 < 0.2)」)
    ("proposal #16 is compared as a whole replacement: too dissimilar to compare (similarity 0.16 < 0.2)",
     "建议#16按整体替换比较：与原文差异过大，无法逐字比较（相似度0.16，低于0.2）"),
    ("proposal #3 is compared as a whole replacement: too large to compare exactly (410 and 388 changed tokens)",
     "建议#3按整体替换比较：改动过多，无法逐字比较（原文与建议中不同的部分分别有410和388个词）"),
    (("第一百六十八条第一款 (art_168__para_1) → 第二百一十四条第一款 (art_214__para_1); the new version has the words of its "
      "changes, but not as made at their place (as the adoption report finds: not adopted): nothing is left to re-base; "
      "the member's wording stays in comment #6"),
     "第一百六十八条第一款 → 第二百一十四条第一款；新版本已有所提修改的文字，但并非在所提位置作出（采纳情况报告：未采纳），无可重新适用；"
     "会员的原措辞保留在意见#6中"),
    (("第四条 (art_4) → 第四条 (art_4); adopted: the new version made each of its changes (the wording proposed is #3's); "
      "put in as 第四条第二款 (art_4__para_2) of the new version, not where asked"),
     "第四条 → 第四条；已采纳：新版本已作出其各处修改（所提措辞见意见#3）；新版本将其列为第四条第二款，与建议位置不同"),
    (("第二十六条 (art_26) → 第三十二条 (art_32); adopted: the new version already has the proposed provision; in other "
      "words, in 第三十二条 (art_32) of the new version"),
     "第二十六条 → 第三十二条；已采纳：新版本已有所建议的条款；新版本以其他文字写入第三十二条"),
    (("第二条 (art_2) → 第二条 (art_2); adopted: the new version made each of its changes (the wording proposed is #11's); "
      "written with 「（以下统称电子形式）」 added; punctuation or spacing otherwise: 「，」 → 「,」"),
     "第二条 → 第二条；已采纳：新版本已作出其各处修改（所提措辞见意见#11）；新版本另加「（以下统称电子形式）」；标点或空格不同：「，」 → 「,」"),
    (("its quote 「依法办理市场主体登记」 is not in the new text: its wording is carried as the whole of 第二条 (art_2)"),
     "引文「依法办理市场主体登记」已不在新文本中：其措辞已作为第二条全文的修改建议转入"),
    (_merged("自然人、法人和其他组织；", "自然人、法人和其他组织.")[0],
     "建议#1, #2仅标点或空格不同（「…他组织；」 / 「…他组织.」），已合并为一条，采用#1的措辞"),
    ("acme's proposals #1, #2 on 第四十六条 are combined into one (the later one wins where they overlap)",
     "acme对第四十六条的建议#1, #2合并为一条（重叠之处以后提交的为准）"),
    ("acme's proposal #2 on 第二十四条 rewords what #1 also changed, and stands there: 「及时」 → 「在十五日内」 left out",
     "acme的建议#2改写了#1也修改过的第二十四条文字，以其为准：「及时」 → 「在十五日内」未采用"),
    ("#13 deletes 第五条, where gamma's own #11 reword(s) 第五条第二款: the merge takes the later, the deletion, and offers "
     "#11 nowhere; withdraw #11 if the deletion is meant, or #13 to keep them",
     "#13建议删除第五条，而gamma自己的#11修改了其中的第五条第二款：合并时以后提交的删除为准，#11不会作为备选方案；如确要删除，请撤回#11；"
     "如要保留修改，请撤回#13"),
    ("span.docx: 张伟 deleted the label of 第二十三条 and the paragraph mark before it, joining its words to 第二十二条: "
     "read as two proposals, 第二十二条 taking those words in and 第二十三条 losing them; decide the two together (one alone "
     "prints the words twice, or drops them)",
     "span.docx：张伟删除了第二十三条的条号及其前的段落标记，把其文字并入第二十二条：读作两条修改建议（第二十二条增加这些文字、第二十三条删去"
     "这些文字），请一并决定（只采纳其一，会使这些文字重复出现或被删去）"),
    ("m.docx: Bob Li's changes in 第十二条 stand in paragraphs the association changed too: read with the association's "
     "changes rejected; check each reads as meant",
     "m.docx：Bob Li在第十二条的修订所在段落也有协会本身的修订：已按拒绝协会修订后的文字读取，请逐条核对是否符合原意"),
    ("#4 rewords 第五条第二款, where gamma's own #3 ask(s) 第五条 deleted: the merge takes the later, the wording, and "
     "leaves the deletion out; withdraw #3 if the wording is meant, or #4 to keep the deletion",
     "#4修改了第五条第二款，而gamma自己的#3建议删除第五条：合并时以后提交的修改为准，删除建议不再列入；如确要修改，请撤回#3；如要保留删除建议，"
     "请撤回#4"),
    # (a web trial read 「」 → 「，并加强监督检查」: words put in are quoted with their place)
    ("carol's proposal #13 on 第五条 rewords what #11 also changed, and stands there: putting in 「，并加强监督检查」 after "
     "「依法监督」、deleting 「必要的」 left out",
     "carol的建议#13改写了#11也修改过的第五条文字，以其为准：在「依法监督」后增加「，并加强监督检查」、删除「必要的」未采用"),
    ("decision #14 (choose putting in 「、个人隐私和个人信息」 on 第三十四条 (art_34)) no longer matches the proposals; it is "
     "ignored (undo it or decide again)", "决定#14（对第三十四条选定增加「、个人隐私和个人信息」）与现有建议已不对应，不再适用（请撤销或重新决定）"),
    ("decision #3 (accept 「依法」 on 第十二条 (art_12)) no longer matches the proposals; it is ignored (undo it or decide "
     "again)", "决定#3（对第十二条采纳增加「依法」）与现有建议已不对应，不再适用（请撤销或重新决定）"),
    ("the items of 第十五条 (art_15) are numbered on; check what cites them by number (「第一项至第五项」 here, and in "
     "other articles)", "第十五条的各项序号已相应调整；请核对按序号引用各项之处（本条「第一项至第五项」及其他条文）"),
    ("article deleted: 第三十六条 (art_36) has no counterpart in the new version", "条文已删除：新版本中没有与第三十六条对应的条文"),
    # (a bilingual trial: a copy of 第十七条第一款第五项 without its 「；」, words put at its end; and the committee's own)
    ("the committee's wording of 第十五条第一款第三项 (art_15__para_1__item_3) ends without the 「；」 that closes it in the "
     "law: kept (to take it out, end the wording with another mark)",
     "委员会对第十五条第一款第三项的措辞结尾缺少原文的「；」：已保留（如要删去，请以其他标点结尾）"),
    ("the wording of 第十七条第一款第五项 ends without the 「；」 that closes it in the law: kept (to take it out, end the "
     "wording with another mark)", "第十七条第一款第五项的修改建议结尾缺少原文的「；」：已保留（如要删去，请以其他标点结尾）"),
    ("the wording of 第十七条 ends without a closing mark, where the law's text ends with one: as written, the diff "
     "strikes the law's mark out; end the wording with the mark meant",
     "第十七条的修改建议结尾没有标点，而原文以标点结尾：按现状，对照将删去原文的标点；请在建议结尾加上所需标点"),
    (("第六十一条第一款第二项 (art_61__para_1__item_2) cites 「本法第十八条第一款第五项」, which this position deletes; change "
      "or delete the citation"), ("第六十一条第一款第二项引用「本法第十八条第一款第五项」，本条意见删去了所引内容；"
                                  "该引用应随之修改或删除")),
    (("第六十一条第一款第一项 (art_61__para_1__item_1) cites 「本法第十六条第一款第四项」: 第十六条第一款第四项 "
      "(art_16__para_1__item_4) is numbered （五） in this position; change the citation with it"),
     ("第六十一条第一款第一项引用「本法第十六条第一款第四项」：本条意见中第十六条第一款第四项"
      "改为（五）；该引用应随之修改")),
    (("第十九条第三款 (art_19__para_3) → 第三十四条第二款 (art_34__para_2); none of its 1 change(s) fits the new text "
      "(the new version rewrote 「三年」 as 「十年」); the member's wording stays in comment #41"),
     ("第十九条第三款 → 第三十四条第二款；所提修改与新文本不符（新版本已将「三年」改写为"
      "「十年」）；会员的原措辞保留在意见#41中")),
    (("第三十四条 (art_34) → 第六十三条 (art_63); none of its 1 change(s) fits the new text (the new version rewrote "
      "「国务」 as 「（三）国务」); the member's wording stays in comment #16; check: the article's new place is unsure "
      "(similarity 0.48, also close to new 第六十二条 (art_62) (0.41))"),
     ("第三十四条 → 第六十三条；所提修改与新文本不符（新版本已将「国务」改写为「（三）国务」）；会员的原措辞"
      "保留在意见#16中；请核对：该条在新版本中的位置不确定（相似度0.48，也接近新版本的第六十二条（0.41））")),
    (("第十条 (art_10) → 第十一条 (art_11); quote re-anchored approximately: 「甲；乙」 → 「乙」; none of its 1 change(s) "
      "fits the new text (the new version rewrote 「甲」 as 「丙」); the member's wording stays in comment #3"),
     ("第十条 → 第十一条；引文按近似位置重新定位：「甲；乙」→「乙」；所提修改与新文本不符（新版本已将「甲」"
      "改写为「丙」）；会员的原措辞保留在意见#3中")),
    (("第一条 (art_1) → 第一条 (art_1); quote re-anchored approximately: 「以上五万元以下的罚款；」 → 「以上五百万元以下的罚款；」; "
      "check the case: the words it is on now stand in the new version's clause for the graver cases (情节严重的), which "
      "「以上五万元以下的罚款；」 did not: check it is the fine the comment meant"),
     ("第一条 → 第一条；引文按近似位置重新定位：「以上五万元以下的罚款；」→「以上五百万元以下的罚款；」；请核对所针对的情形：意见现所在的"
      "文字位于新版本为情节严重等情形另设的规定中，而「以上五万元以下的罚款；」原不属此类规定：请核对这是否为该意见所指的罚款")),
    (("第十条 (art_10) → 第十一条 (art_11); split into 第十一条 and 第十二条; none of its 1 change(s) fits the new text "
      "(the new version rewrote 「甲」 as 「丙」)"),
     ("第十条 (art_10) → 第十一条 (art_11); split into 第十一条 and 第十二条; none of its 1 change(s) fits the new text "
      "(the new version rewrote 「甲」 as 「丙」)")),  # a clause of no known form: the note as written, never half
    ("第十三条第一款第六项 (art_13__para_1__item_6) → 第十七条第一款第六项 (art_17__para_1__item_6) (split into 第十六条 "
     "(art_16)、第十七条第一款第六项 (art_17__para_1__item_6))",
     "第十三条第一款第六项 → 第十七条第一款第六项（该条已拆分为第十六条、第十七条第一款第六项）"),  # one clause alone
    ("acme's proposal #3 on 第二十四条 (art_24) rewords what #2 also changed, and stands there: 「the (items)」 → "
     "「the (parts)」 left out",  # words in brackets are no unit's id
     "acme的建议#3改写了#2也修改过的第二十四条文字，以其为准：「the (items)」 → 「the (parts)」未采用"),
    ("a message of another form", "a message of another form"),  # shown as written
    # (a new user's trial of 反垄断法) the amendment instrument's article rewritten whole, and why
    ("第十三条 (art_13) is rewritten whole in out.md: its targeted items do not apply back to the committee's text (two "
     "edits of the same span: “提供” in 第十三条 overlaps the edit of item 二 (将第十三条中的“提供”修改为“提供或者运输”))",
     "第十三条在out.md中按全条修改写出（将第十三条修改为：“……”）：逐处修改的写法套回原文后与委员会的条文不一致（同一处文字被修改两次："
     "第十三条中的“提供”与第二项修改重叠（将第十三条中的“提供”修改为“提供或者运输”））"),
    ("第二条 (art_2) is rewritten whole in out.docx: its targeted items do not apply back to the committee's "
     "text (applied back, they give 「排斥、强制或者强制外地」 where it reads 「排斥、限制或者强制外地」)",
     "第二条在out.docx中按全条修改写出（将第二条修改为：“……”）：逐处修改的写法套回原文后与委员会的条文不一致（套回后得到"
     "「排斥、强制或者强制外地」，而应为「排斥、限制或者强制外地」）"),
    # (a new user's trial of 对外贸易法) a small change written whole, and a citation the renumbering shifts
    ("第一条 (art_1) is rewritten whole in out.md, though its change is small: no targeted form quotes its 1 change(s) "
     "apart: 「行政」 → 「」",
     "第一条在out.md中按全条修改写出（将第一条修改为：“……”），虽然改动不大：其1处修改无法逐处引述（「行政」→「」）"),
    ("第七十五条 (art_75) cites 「第四十六条」, which is 「第四十五条」 in out.md once the articles are renumbered: check the citation",
     "第七十五条引用「第四十六条」，按out.md对条文顺序作相应调整后为「第四十五条」：请核对该引用"),
    # carry-forward's notes a trial saw in English on the Chinese review page and tracking sheet
    ("第四十四条第一款 (art_44__para_1) → 第六十五条 (art_65); 第四十四条第一款 (art_44__para_1) has no close counterpart, "
     "so the comment is on the article; none of its 2 change(s) fits the new text (the new version rewrote 「甲」 as 「乙」); "
     "the member's wording stays in comment #12",
     "第四十四条第一款 → 第六十五条；第四十四条第一款在新版本中没有相近的对应之处，意见改为针对整条；所提2处修改均与新文本不符（新版本已将"
     "「甲」改写为「乙」）；会员的原措辞保留在意见#12中"),
    ("第一条 (art_1) → 第一条 (art_1); 1 of 2 change(s) already in the new version; the other re-based onto the new text",
     "第一条 → 第一条；所提2处修改中1处新版本已作出；其余修改已移至新文本的相应位置"),
    ("第三十五条 (art_35) → 第三十七条 (art_37); adopted: the new version already has the proposed provision",
     "第三十五条 → 第三十七条；已采纳：新版本已有所建议的条款"),
    ("第七条第二款 (art_7__para_2) → 第八条第二款 (art_8__para_2)", "第七条第二款 → 第八条第二款"),  # citations alone
    ("withdrawn: by li in the web app", "已撤回：由li在网页端撤回"),
    # (a reviewer) how many changes did not fit, at the end of any clause
    ("第四十九条 → 第七十二条; proposal re-based onto the new text; the new version made part of 1 change(s) (it wrote "
     "「五万」 where 「五」 was asked): the rest proposed on the new text, but 2 of 3 change(s) did not fit (the new version "
     "rewrote those words); the member's own wording stays in comment #8",
     "第四十九条 → 第七十二条；建议已移至新文本的相应位置；新版本已部分作出其中1处修改（建议为「五」，新版本写作「五万」）：其余部分在"
     "新文本上继续提出，但所提3处修改中有2处与新文本不符（新版本已改写相关文字）；会员的原措辞保留在意见#8中"),
    # a decision carried to a place the alignment is unsure of, held there (H.R. 2157, a trial)
    ("decision #2 (accept 「依法人工繁育的水生野生动物除外。」) was carried onto 第二条, but 第二条 (art_2) → 第二条 (art_2) is "
     "unsure (similarity 0.49): it does not go out until staff confirm it (`lawcomment decide --confirm 2`) or decide again",
     "决定#2（采纳增加「依法人工繁育的水生野生动物除外。」）已转入第二条，但第二条 → 第二条的对应不确定（相似度0.49）：工作人员确认"
     "（lawcomment decide --confirm 2）或重新决定之前，不列入提交稿"),
    ("decision #9 (choose 「十二个月」 for 「二十四个月」) was carried onto 第十二条, but 第五条 (art_5) → 第十二条 (art_12) is "
     "unsure (similarity 0.49, also close to new 第四条 (art_4) (0.50)): it does not go out until staff confirm it "
     "(`lawcomment decide --confirm 9`) or decide again",
     "决定#9（选定以「十二个月」取代「二十四个月」）已转入第十二条，但第五条 → 第十二条的对应不确定（相似度0.49，也接近新版本的第四条"
     "（0.50））：工作人员确认（lawcomment decide --confirm 9）或重新决定之前，不列入提交稿"),
    # what the carry into a reading left behind, said until staff decide there (反垄断法 第十五条, a trial)
    ("decision #2 of x@1 (final wording on 第四条 (art_4)) was not carried: the final wording was set against text the "
     "new version changed; decide again",
     "x@1的决定#2（final wording on 第四条）未带入本稿：the final wording was set against text the new version changed；请重新决定"),
    ("committee reason #8 of aml@1 (committee reason on 第十五条 (art_15)) was not carried: none of the decisions it argued "
     "for applies to the new version (each says why); give it again with `decide --committee-reason`",
     "aml@1中第十五条的委员会理由#8未带入本稿：none of the decisions it argued for applies to the new version (each says why)；"
     "如仍坚持，请用decide --committee-reason重新填写"),
    ("decision #26 (accept deleting 「违反本法规定」) no longer matches the proposals; it is ignored (undo it or decide again)",
     "决定#26（采纳删去「违反本法规定」）与现有建议已不对应，不再适用（请撤销或重新决定）"),
    ("decision #3 (choose 「甲」 for 「乙」) no longer matches the proposals; it is ignored (undo it or decide again)",
     "决定#3（选定以「甲」取代「乙」）与现有建议已不对应，不再适用（请撤销或重新决定）"),
    ("decision #3 (choose deleting 「乙」) no longer matches the proposals; it is ignored (undo it or decide again)",
     "决定#3（选定删去「乙」）与现有建议已不对应，不再适用（请撤销或重新决定）"),
    # (new users' trials of 矿产资源法 and 农产品质量安全法) the carry's newer notes, never English on a Chinese page
    ("第十六条 (art_16) → 第十六条 (art_16); proposal re-based onto the new text; the committee chose otherwise: at "
     "ecommerce@1 it chose 「六十」 for 「三十」 over this proposal's 「三十个工作」 (decision #1)",
     "第十六条 → 第十六条；建议已移至新文本的相应位置；委员会在ecommerce@1中就「三十」选定了「六十」，未采纳本建议的「三十个工作」（决定#1）"),
    ("第十条 (art_10) → 第十三条 (art_13); the committee chose otherwise: at m@1 it chose to delete 「少数民族」 "
     "over this proposal's 「各族」 (decision #3)",
     "第十条 → 第十三条；委员会在m@1中选定删去「少数民族」，未采纳本建议的「各族」（决定#3）"),
    ("第三十四条第一款 (art_34__para_1) → 第三十四条第一款 (art_34__para_1); the committee chose otherwise: at kjf@1 it kept "
     "「中介」 in its own wording over this proposal's 「代理记账」 (decision #16)",
     "第三十四条第一款 → 第三十四条第一款；委员会在kjf@1中在其建议条文中保留了「中介」，未采纳本建议的「代理记账」（决定#16）"),
    ("第一条 (art_1) → 第一条 (art_1); the committee chose otherwise: at k@1 it wrote 「代理」 for 「中介」 in its own wording "
     "over this proposal's 「代理记账」 (decision #2)",
     "第一条 → 第一条；委员会在k@1中在其建议条文中将「中介」写为「代理」，未采纳本建议的「代理记账」（决定#2）"),
    ("第十条 (art_10) → 第十条 (art_10); the committee chose otherwise: at m@1 it kept the draft's 「三十日」 "
     "over this proposal's deletion (decision #4)",
     "第十条 → 第十条；委员会在m@1中决定保留草案原文「三十日」，未采纳本建议的删除建议（决定#4）"),
    ("adopted: the new version deleted the whole of 第二条 (art_2), the words asked deleted with it",
     "已采纳：新版本删除了第二条全条，所建议删除的文字随之删除"),
    ("第二条第二款 (art_2__para_2) → 第二条 (art_2); the new version no longer has 第二条第二款 (art_2__para_2) as a 款 of "
     "its own, but the adoption report does not find the deletion made in 第二条 (art_2): deleting its words in the new "
     "text is for staff to propose again; its words now stand in 第二条第一款 (art_2__para_1); the member's deletion "
     "stays in comment #1",
     "第二条第二款 → 第二条；新版本已不再单列第二条第二款，但采纳情况未认定其删除已作出（见第二条）：如需在新文本中删去其文字，由工作人员另行"
     "提出；其文字现见于第二条第一款；会员的删除建议保留在意见#1中"),
    # (反垄断法 2007 → 2022, a new user's trial) a clause asked deleted, gone from its article and said elsewhere
    ("第五十二条 (art_52) → 第六十二条 (art_62); adopted: the new version made each of its changes, with words of its own "
     "around them (the wording proposed is #8's); its words now stand in 第六十七条 (art_67)",
     "第五十二条 → 第六十二条；已采纳：新版本已作出其各处修改，周围另有新版本自己的文字（所提措辞见意见#8）；其文字现见于第六十七条"),
    # ... and a decision on an orphaned comment left behind on the last reading
    ("the comment it decided on, #18 (basfx), was orphaned: decide again if staff put it back in play",
     "该决定所针对的意见#18 (basfx)已失效：工作人员将其恢复后请重新决定"),
    ("the comments it decided on, #18 (basfx), #19 (msx), were orphaned: decide again if staff put them back in play",
     "该决定所针对的意见#18 (basfx), #19 (msx)已失效：工作人员将其恢复后请重新决定"),
    # (a new user's trial of the web app) what a user, a password or a file is refused for
    ("the password must have at least 5 different characters", "密码至少须有5个不同的字符"),
    ("user 'wu': name: the control character U+202E (remove it)", "用户“wu”：姓名中有控制字符U+202E（请删去）"),
    # a zip bomb: what the English says, no more (the web app says what to do, in the page's language)
    ("bomb.docx: part word/bomb.xml inflates to 314572807 bytes (zip bomb?)",
     "bomb.docx：其中的word/bomb.xml解压后达314572807字节（疑为压缩炸弹）"),
    ("b.docx: part word/document.xml inflates past 67,108,864 bytes (zip bomb?)",
     "b.docx：其中的word/document.xml解压后超过67,108,864字节（疑为压缩炸弹）"),
    ("b.docx: the parts read inflate past 134,217,728 bytes (zip bomb?)", "b.docx：读取的各部分解压后超过134,217,728字节（疑为压缩炸弹）"),
    ("b.docx: uncompressed size 314572807 bytes exceeds 268435456 (zip bomb?)",
     "b.docx：解压后大小为314572807字节，超过268435456字节（疑为压缩炸弹）"),
    ("b.docx: part word/document.xml inflates to more than 200 times its compressed size (zip bomb?)",
     "b.docx：其中的word/document.xml解压后超过其压缩大小的200倍（疑为压缩炸弹）"),
    ("xxe.docx: part word/document.xml contains a DOCTYPE or entity declaration",
     "xxe.docx：其中的word/document.xml含有DOCTYPE或实体声明，不予接受"),
    ("empty.docx: the file is empty", "empty.docx：文件为空"),
    ("the web comment: 1 problem(s) in the text; nothing was imported\n  art_4: reason: control character U+001B at "
     "character 7 (remove it and import again)",
     "网页所提意见：文字中有1处问题，未导入任何内容\n  art_4：理由的第7个字符为控制字符U+001B，请删去后重新提交"),
    # this round's warnings, as the review page, the web's merged view and a member's upload say them
    ("the committee's wording of 第二条 (art_2) (decision #2) gives 1 of its 2 款; read as the whole article, it deletes "
     "第二条第二款 and the 3 项 of 第二条第一款 (（一）–（三）): give the whole article with the 款 reworded, or decide on the 款 "
     "itself (decide --article with its 款), unless deleting them is meant",
     "委员会对第二条的建议条文（决定#2）只给出该条2款中的1款；按全条理解，将删去第二条第二款及第二条第一款的3项（（一）–（三））：请给出全条"
     "（改写其中相应一款），或仅就该款作出决定；确系删除的除外"),
    ("the committee's wording of 第二条第一款 (art_2__para_1) (decision #1) gives none of its 3 项 (（一）–（三）): it deletes "
     "them (to reword only the words before them, end the wording with ： as they do)",
     "委员会对第二条第一款的建议条文（决定#1）未给出其3项（（一）–（三））中的任何一项，将删去这些项（如只改写其前的文字，请与原文一样以“：”结尾）"),
    ("the committee reason for 第二百二十七条 was carried from the last reading with no decision beside it, and the new "
     "version reworded the article: it was given on the old words; check it before it goes out (give it again with decide "
     "--committee-reason '…', changed or as it is)",
     "第二百二十七条的委员会理由由上一稿带入，本条没有与之对应的决定，而新版本已改写该条：该理由是针对原文字给出的，提交前请核对（可重新给出理由，修改或照旧）"),
    ("half-width punctuation (, ;) between Chinese words of the proposed text is made full width (，；), as the law "
     "writes it: the diff shows only the words changed",
     "修改建议中夹在中文之间的半角标点（, ;）已改为全角（，；），与法律文本一致：对照只显示文字的改动"),
    ("half-width punctuation (, ;) between Chinese words of the committee's wording is made full width (，；), as the law "
     "writes it: the diff shows only the words changed",
     "委员会表述中夹在中文之间的半角标点（, ;）已改为全角（，；），与法律文本一致：对照只显示文字的改动"),
    ("the wording given for 第二条第二款 (art_2__para_2) is the whole of 第二条 (art_2), every 款 of it: anchored at the article",
     "针对第二条第二款的修改建议是第二条的全文（包括各款）：已归入该条"),
    ("the member column's '甲公司' is the organisation of member a: its rows are recorded for a",
     "会员栏中的“甲公司”是会员a的单位名称：这些行记为a的意见"),
    ("the wording of 第二条第一款 ends as its opening words do, before its 3 项 (（一）–（三）), and gives none of them: read as "
     "rewording those words, the 项 kept as the draft has them",
     "第二条第一款的修改建议以列项前的文字结尾，未给出其3项（（一）–（三））：按改写该段文字理解，各项保持草案原文"),
    ("the committee's wording of 第十一条 (art_11) (decision #1) gives 1 of its 2 款; read as the whole article, it "
     "deletes 第十一条第二款: give the whole article with the 款 reworded, or decide on the 款 itself (decide --article "
     "with its 款), unless deleting them is meant",
     "委员会对第十一条的建议条文（决定#1）只给出该条2款中的1款；按全条理解，将删去第十一条第二款：请给出全条（改写其中相应一款），"
     "或仅就该款作出决定；确系删除的除外"),
    # the 款 a wording leaves out, listed in Chinese (a trial's page read 「…第二十二条第二款 and 第二十二条第三款」)
    ("the committee's wording of 第十一条 (art_11) (decision #1) gives 1 of its 3 款; read as the whole article, it "
     "deletes 第十一条第二款 (art_11__para_2), 第十一条第三款 (art_11__para_3): give the whole article with the 款 "
     "reworded, or decide on the 款 itself (decide --article with its 款), unless deleting them is meant",
     "委员会对第十一条的建议条文（决定#1）只给出该条3款中的1款；按全条理解，将删去第十一条第二款和第十一条第三款：请给出全条"
     "（改写其中相应一款），或仅就该款作出决定；确系删除的除外"),
    ("the committee's wording of 第十一条 (art_11) (decision #1) gives 1 of its 3 款; read as the whole article, it "
     "deletes 2 of them: give the whole article with the 款 reworded, or decide on the 款 itself (decide --article "
     "with its 款), unless deleting them is meant",
     "委员会对第十一条的建议条文（决定#1）只给出该条3款中的1款；按全条理解，将删去其中2款：请给出全条（改写其中相应一款），"
     "或仅就该款作出决定；确系删除的除外"),
    ("意见反馈表.docx: table 2 row 24: the proposal gives one 款 of 第二十二条 (art_22) (3 款); read as the whole "
     "article, so it proposes deleting 第二十二条第二款 (art_22__para_2) and 第二十二条第三款 (art_22__para_3)",
     "意见反馈表.docx：第2个表格第24行：建议只写了第二十二条（共3款）中的部分内容，按全条理解，即建议删除第二十二条第二款和第二十二条第三款"),
    ("f.docx: table 2 row 4: the proposal gives 2 款 of 第五条 (art_5) (4 款); read as the whole article, so it "
     "proposes deleting 第五条第一款 (art_5__para_1), 第五条第三款 (art_5__para_3) and 第五条第四款 (art_5__para_4)",
     "f.docx：第2个表格第4行：建议只写了第五条（共4款）中的部分内容，按全条理解，即建议删除第五条第一款、第五条第三款和第五条第四款"),
    ("f.docx: table 2 row 4: the proposal gives one 款 of 第五条 (art_5) (2 款); read as the whole article, so it "
     "proposes deleting the other 款",
     "f.docx：第2个表格第4行：建议只写了第五条（共2款）中的部分内容，按全条理解，即建议删除其他各款"),
    ("the committee's en wording of Article 34 (decision #4) keeps the en text as it is while the zh text that goes "
     "out changes: check the two say the same (decide again, or undo it)",
     "委员会对Article 34的英文措辞（决定#4）保持英文原样，而提交的中文已修改：请核对中英文是否一致（重新决定或撤销）"),
    ("a.csv: an earlier copy of a.csv gave 1 comment(s) this one no longer has: #2 (acme, 第十一条 (art_11)); they "
     "stay open (`lawcomment comment withdraw ID` if the member dropped them)",
     "a.csv：此前提交的a.csv中有1条意见在本次文件中已不见：#2 (acme, 第十一条)；这些意见仍然有效（如会员已放弃，可予撤回）"),
    ("f.docx: table 2 row 4: the form printed 第十二条 (art_12) otherwise than ecommerce@1 has it now; the member's "
     "changes are made on the stored text", "f.docx：第2个表格第4行：本表所印第十二条与现行草案不同；会员所作修改已移至现行条文"),
    ("b.csv: a.csv, an earlier file this one repeats, gave 1 comment(s) this one does not have: #3 (acme, 第十二条 "
     "(art_12)); they stay open (if this file replaces a.csv, `lawcomment comment withdraw ID` those the member dropped)",
     "b.csv：本文件重复了此前提交的a.csv中的部分意见，其中有1条本文件没有：#3 (acme, 第十二条)；这些意见仍然有效（如本文件是a.csv的修改稿，可撤回会员已放弃的意见）"),
    ("f.docx: table 2 row 4: the 理由 of 第十二条 (art_12) gives a wording (「建议修改为：“应当依法取得行政许可。」) while its "
     "修改建议 is left as printed; it is kept as a remark (write the wording in 修改建议 to propose it)",
     "f.docx：第2个表格第4行：第十二条的“理由”栏写了修改后的措辞（「建议修改为：“应当依法取得行政许可。」），而“修改建议”栏未改动；"
     "已作为意见保存（如要提出修改，请把措辞写在“修改建议”栏）"),
    ("f.docx: table 2 row 7: a row added for a new article after 第十二条 (art_12); read as proposing it",
     "f.docx：第2个表格第7行：会员新增的一行，读作建议在第十二条之后新增一条"),
    # (a trial) a sentence moved, decided by halves
    ("c2 is accepted and c1 rejected (#1): together they move 「公司应当提供活动条件。」, and the position now says it "
     "nowhere; decide the two together",
     "同一建议（#1）的修改c2已采纳、c1未采纳：二者合起来是把「公司应当提供活动条件。」移到别处，现在本条已无这段文字；请一并决定"),
    # (a reviewer) words a member wrote in a chapter's heading row of the form
    ("f.docx: table 2 row 2: the chapter heading row reads 「第二章 电子商务经营者：建议本章增加一条」, words added to the heading "
     "the form printed; not read as a comment: write them in the 修改建议 and 理由 of an article's row (or a 全文 row for "
     "the whole draft) and import the form again",
     "f.docx：第2个表格第2行：章节标题行写有「第二章 电子商务经营者：建议本章增加一条」，是在表格印出的标题中添加的文字，不作为意见读取；"
     "请写在相应条文行的“修改建议”和“理由”栏（对草案整体的意见写在“全文”行），再重新导入本表"),
    # (a trial) cells of a form row merged in Word
    ("f.docx: table 2 row 4: the cells “修改建议”、“理由” are merged into one, so the wording cannot be told from the "
     "reason; write each in its own cell (split the cells in Word)",
     "f.docx：第2个表格第4行：“修改建议”、“理由”单元格已合并，无法区分修改建议与理由；请拆分单元格，分别填写"),
    ("table 2 row 3: its “修改建议” cell is merged with the row above's, so the row has no wording of its own; write it "
     "in its own cell (split the cells in Word)", "第2个表格第3行：“修改建议”单元格与上一行合并，本行没有单独的修改建议；请拆分单元格后填写"),
    ("f.docx: table 2 row 5: its “理由” cell is merged with the row above's; the merged cell's reason is read for this "
     "row too", "f.docx：第2个表格第5行：“理由”单元格与上一行合并；合并单元格中的理由同时作为本行的理由"),
    # (a new user's trial of the web app) taking another article's comment as the committee's English wording
    ("comment #2 is not a wording of the en translation of 第十九条 (art_19) (its wordings: none)",
     "意见#2不是对第十九条英文译本的措辞建议（本条没有英文措辞建议）"),
    ("comment #2 is not a wording of the en translation of 第十九条 (art_19) (its wordings: #5, #7)",
     "意见#2不是对第十九条英文译本的措辞建议（本条的英文措辞建议：#5, #7）"),
    # (a stranger's review) a name's own character problems, and a list with a line of no known form
    ("user 'li': name: control character U+001B at character 5 (remove it)", "用户“li”：姓名的第5个字符为控制字符U+001B，请删去后重新提交"),
    ("user 'li': name: an unpaired surrogate U+D800 at character 5 (remove it)",
     "用户“li”：姓名的第5个字符为无效字符（孤立代理项）U+D800，请删去后重新提交"),
    ("the web comment: 2 problem(s) in the text; nothing was imported\n  art_2: reason: control character U+001B at "
     "character 7 (remove it and import again)\n  art_2: a problem of no known form",
     "the web comment: 2 problem(s) in the text; nothing was imported\n  art_2: reason: control character U+001B at "
     "character 7 (remove it and import again)\n  art_2: a problem of no known form"),
    # a filled form refused, row by row (a web trial's member read them in English)
    ("f.docx: 1 filled row(s) cannot be read as comments on law@1; nothing was imported (fix them, or pass "
     "--skip-invalid)\n  table 2 row 13: no article id or citation in the row",
     "f.docx：已填写的1行无法作为对law@1的意见读取；未导入任何意见（请修改这些行后重新导入）\n  第2个表格第13行：该行未注明条款"),
    ("table 2 row 5: no article '第九十九条' in law@1", "第2个表格第5行：law@1中没有“第九十九条”这一条款"),
    # (专利法实施细则, a trial) a form's row and a CSV's name the missing article as the draft cites it, with the nearest
    ("table 2 row 125: zhuanli@1 has no 第一百三十条 (art_130); nearest: 第一百二十三条 (art_123), 第一百二十二条 (art_122)",
     "第2个表格第125行：zhuanli@1中没有第一百三十条；最接近的是第一百二十三条、第一百二十二条"),
    ("row 2: zhuanli@1 has no 第一百五十条第二款 (art_150__para_2)", "第2行：zhuanli@1中没有第一百五十条第二款"),
    ("line 2 of the proposed text reads as an instruction (删去「如实」), not law text: applied to that line of 第十一条 "
     "(art_11)", "修改建议第2行写成了修改指示（删去「如实」），不是条文：已按指示改写第十一条的该行"),
    # (a new user's trial of 反垄断法) a deletion's separator taken along, an instruction placed by its quote, or refused
    ("the proposed text reads as an instruction (删去「构成犯罪的，依法追究刑事责任」), not a wording: read as the wording of "
     "第五十二条 (art_52) with it applied; the 「；」 before the deleted words 「构成犯罪的，依法追究刑事责任」 is deleted with "
     "them: the text reads 「…一百万元以下的罚款。」, not 「…一百万元以下的罚款；。」",
     "修改建议写成了修改指示（删去「构成犯罪的，依法追究刑事责任」），已按指示改写第五十二条作为建议条文；删去「构成犯罪的，"
     "依法追究刑事责任」时一并删去其前的「；」：改后为「…一百万元以下的罚款。」，而非「…一百万元以下的罚款；。」"),
    ("the proposed text reads as an instruction (删去「情节轻微的」), not a wording: read as the wording of 第一条 (art_1) "
     "with it applied; the 「，」 after the deleted words 「情节轻微的」 is deleted with them: the text reads 「可以免予处罚。」, "
     "not 「，可以免予处罚。」",
     "修改建议写成了修改指示（删去「情节轻微的」），已按指示改写第一条作为建议条文；删去「情节轻微的」时一并删去其后的「，」："
     "改后为「可以免予处罚。」，而非「，可以免予处罚。」"),
    ("the proposed text reads as an instruction (「行政许可」→「行政审批」), not a wording: read as the wording of 第十二条 "
     "(art_12) with it applied; 「行政许可」 stands 2 times in 第十二条 (art_12): changed where the quote 「相关行政许可」 stands "
     "(leave the quote out to change each)",
     "修改建议写成了修改指示（「行政许可」→「行政审批」），已按指示改写第十二条作为建议条文；「行政许可」在第十二条中出现2处，"
     "只修改了引文「相关行政许可」所在之处（不附引文则各处均修改）"),
    # (a reviewer's trial) a deleted clause's own 。, a list's 、, a quote anchored at one of its places, the quoted
    # words' new words said as a change or in marks
    ("the proposed text reads as an instruction (删去「构成犯罪的，依法追究刑事责任。」), not a wording: read as the wording "
     "of 第二条 (art_2) with it applied; the 「；」 before the deleted words 「构成犯罪的，依法追究刑事责任。」 is replaced by "
     "the 「。」 they end with: the text reads 「…五十万元以下的罚款。」, not 「…五十万元以下的罚款；」",
     "修改建议写成了修改指示（删去「构成犯罪的，依法追究刑事责任。」），已按指示改写第二条作为建议条文；删去「构成犯罪的，依法追究"
     "刑事责任。」时以其末尾的「。」替换其前的「；」：改后为「…五十万元以下的罚款。」，而非「…五十万元以下的罚款；」"),
    ("the 「。」 the deleted words 「；构成犯罪的，依法追究刑事责任。」 end with is kept, ending the line: the text reads "
     "「处罚款。」, not 「处罚款」",
     "删去「；构成犯罪的，依法追究刑事责任。」时保留其末尾的「。」作为该行结尾：改后为「处罚款。」，而非「处罚款」"),
    ("the 「、」 before the deleted words 「丙」 is deleted with them: the text reads 「国家鼓励甲、乙参与测试。」, not "
     "「国家鼓励甲、乙、参与测试。」", "删去「丙」时一并删去其前的「、」：改后为「国家鼓励甲、乙参与测试。」，而非「国家鼓励甲、乙、参与测试。」"),
    ("the 「、」 before the deleted words 「丙」 is left, as they may be only part of an item of the list: check the text, "
     "which reads 「甲单位、乙单位、单位参与测试。」",
     "删去「丙」时保留了其前的「、」，因所删文字可能只是所列一项的一部分：请核对改后文字「甲单位、乙单位、单位参与测试。」"),
    ("the 「、」 after the deleted words 「组单位」 is left, as they may be only part of an item of the list: check the "
     "text, which reads 「对甲、乙单位处罚。」",
     "删去「组单位」时保留了其后的「、」，因所删文字可能只是所列一项的一部分：请核对改后文字「对甲、乙单位处罚。」"),
    ("the proposed text reads as an instruction (「五十万元」→「一百万元」), not a wording: read as the wording of 第四条 "
     "(art_4) with it applied; 「五十万元」 stands 2 times in 第四条 (art_4): changed where the quote 「五十万元」 is "
     "anchored, the 1st of the 2 places it stands (leave the quote out to change each)",
     "修改建议写成了修改指示（「五十万元」→「一百万元」），已按指示改写第四条作为建议条文；「五十万元」在第四条中出现2处，只修改了"
     "引文「五十万元」所锚定之处（引文出现2处，锚定于第1处；不附引文则各处均修改）"),
    ("the proposed text 「吊销营业执照」 is read as the new wording of the quoted words 「撤销公司登记或者吊销营业执照」, not of "
     "the whole unit (give the whole unit as it should read to say otherwise)",
     "修改建议「吊销营业执照」视为所引原文「撤销公司登记或者吊销营业执照」修改后的文字，而非整条的条文（如指整条，请写出整条修改后的条文）"),
    ("the proposed text 「修改为“一百万元”」 reads as an instruction, not law text: 「一百万元」 is read as the new wording of "
     "the quoted words 「五十万元以下」, not of the whole unit (give the whole unit as it should read to say otherwise)",
     "修改建议「修改为“一百万元”」是修改指示，不是条文：已将「一百万元」作为所引原文「五十万元以下」修改后的文字，而非整条的条文（如指"
     "整条，请写出整条修改后的条文）"),
    ("the quotation marks of the proposed text 「“一百万元”」 are not the law's there: 「一百万元」 is read as the new wording "
     "of the quoted words 「五十万元以下」, not of the whole unit (give the whole unit as it should read to say otherwise)",
     "修改建议「“一百万元”」所加引号不是条文中原有的：已将「一百万元」作为所引原文「五十万元以下」修改后的文字，而非整条的条文（如指整条，"
     "请写出整条修改后的条文）"),
    ("the proposed text 「修改为“甲。”」 reads as an instruction, not law text: 「甲。」 is read as the proposed wording",
     "修改建议「修改为“甲。”」是修改指示，不是条文：已将「甲。」作为建议条文"),
    ("the quotation marks of the proposed text 「“甲。”」 are not the law's there: 「甲。」 is read as the proposed wording",
     "修改建议「“甲。”」所加引号不是条文中原有的：已将「甲。」作为建议条文"),
    ("the proposed text reads as an instruction (「相关」→「有关」), but the quote 「经营活动」 lies outside the words it "
     "changes (quote those words, or none): give the wording as it should read",
     "修改建议写成了修改指示（「相关」→「有关」），但引文「经营活动」不在指示所改的文字之内（请引用所改的文字，或不附引文）："
     "请直接写出修改后的条文"),
    # (a new user's trial of 对外贸易法) a late row filed under the wrong article, refused; what an import replaced
    ("row 2: the proposed wording for 第十二条 (art_12) reads much more like 第十一条 (art_11) (similarity 0.82, against "
     "0.26), and would replace aurora's wording of 第十二条 (art_12) (#29): cite the article it is a wording of (第十一条 "
     "(art_11)), or leave the row out (--skip-invalid); to replace #29 with it, withdraw #29 first",
     "针对第十二条的修改建议与第十一条更为相近（相似度0.82，与第十二条仅0.26），且将取代aurora对第十二条已提的修改建议（#29）："
     "请改为其实际针对的条文（第十一条）；如确要以其取代#29，请先撤回#29"),
    ("row 3: it deletes 第九条 (art_9) of ftl@2 (「从事国际服务贸易，应当遵守本法和其他有关…」), but its reason names 「备案登记」, "
     "which that article does not have and ftl@1's 第九条 (art_9) (ftl@2 deleted it) had: the row looks numbered for ftl@1; "
     "cite the article by ftl@2's numbers, or leave the row out (--skip-invalid)",
     "该行删除ftl@2的第九条（「从事国际服务贸易，应当遵守本法和其他有关…」），但其理由提到的「备案登记」不见于该条，而见于ftl@1的"
     "第九条（ftl@2已删除该条）：该行似按ftl@1的条文序号编写；请按ftl@2的条文序号注明条款，或不导入该行"),
    ("late.csv: #41 replaces #29 (aurora) on 第十二条 (art_12)", "意见#41取代了aurora在第十二条的意见#29"),
    ("s.csv: read as tab-separated: its header has no commas between the column names", "已按制表符分隔读取：表头各列名之间没有逗号"),
    ("s.csv: read as semicolon-separated: its header has no commas between the column names",
     "已按分号分隔读取：表头各列名之间没有逗号"),
    ("s.csv: row 1 ('关于《电子商务法》的修改意见汇总表') is read as a title above the header, row 2",
     "第1行（'关于《电子商务法》的修改意见汇总表'）作为表头上方的标题，表头为第2行"),
    ("s.csv: no rows below the header: nothing to import", "表头下没有数据行：没有可导入的内容"),
    ("c.json: no rows: nothing to import", "文件中没有数据行：没有可导入的内容"),
    ("e.csv: the file holds no comments: nothing imported into ecommerce@1, no import recorded",
     "e.csv：文件中没有意见，未导入任何内容，也未记录导入"),
    ("e.docx: the file holds no comments: nothing imported, no import recorded", "e.docx：文件中没有意见，未导入任何内容，也未记录导入"),
    # (a form sent back unfilled, a Word copy with nothing marked in it: what it lacks and what to do)
    ("f.docx: the form is not filled in: every 修改建议 cell reads as the form printed it and every 理由 cell is empty: "
     "nothing imported into ecommerce@1, no import recorded (fill in the rows commented on, a wording under 修改建议 or "
     "a reason under 理由, then import the form again)",
     "f.docx：意见反馈表未填写：各行“修改建议”栏均与印发时相同，“理由”栏均为空，未导入任何内容，也未记录导入；请在要提意见的条款行中"
     "于“修改建议”栏修改措辞或于“理由”栏填写理由，然后重新导入"),
    ("f.docx: the form is not filled in: no row proposes a wording under Proposed text or gives a reason under Reason: "
     "nothing imported into ec@1, no import recorded (fill in the rows commented on, a wording under Proposed text or "
     "a reason under Reason, then import the form again)",
     "f.docx：意见反馈表未填写：没有一行在“Proposed text”栏提出修改措辞或在“Reason”栏填写理由，未导入任何内容，也未记录导入；"
     "请在要提意见的条款行中于“Proposed text”栏修改措辞或于“Reason”栏填写理由，然后重新导入"),
    ("f.docx: the form's table holds no rows: nothing imported into ecommerce@1, no import recorded (its rows were "
     "deleted: make the form again with `lawcomment form make --draft ecommerce@1 --member acme`, fill in the rows "
     "commented on, then import it)",
     "f.docx：意见反馈表的表格中没有条款行，未导入任何内容，也未记录导入（条款行已被删除：请用`lawcomment form make --draft "
     "ecommerce@1 --member acme`重新生成意见反馈表，在要提意见的条款行中填写后重新导入）"),
    ("c.docx: no tracked change and no Word comment in it: nothing imported into ecommerce@1, no import recorded (is it "
     "the copy sent to members? Their edits are read from tracked changes: turn on Track Changes (Review > Track "
     "Changes, 审阅 > 修订) before editing the copy, or add Word comments, then import it again)",
     "c.docx：文件中没有修订，也没有批注，未导入任何内容，也未记录导入（是否为发给会员的原稿？会员的修改只从修订中读取：请先在Word中"
     "开启“修订”（审阅→修订）再修改，或插入批注，然后重新导入）"),
    ("c.docx: its tracked changes and Word comments give no comment (its warnings say why): nothing imported into "
     "sample@1, no import recorded", "c.docx：文件中的修订和批注均未形成意见（原因见上述提示），未导入任何内容，也未记录导入"),
    ("c.docx: the tracked changes by 李 in 第二条 (art_2) change nothing on their own (formatting only, or edits of "
     "another author's insertions); no proposal recorded",
     "c.docx：李在第二条所作的修订本身未改动文字（仅改动格式，或只改动了其他作者插入的文字），未记录为修改建议"),
    # (专利法实施细则, a trial) a late row refused for its 款 that reads like the earlier reading's article of its number
    ("row 2: it reads like zhuanli@1's 第七十八条 (art_78) (zhuanli@2's 第九十四条 (art_94) now) (similarity 1.00): the row "
     "looks numbered for zhuanli@1; cite the article by zhuanli@2's numbers; the proposal gives one 款 of 第七十八条 (4 款) "
     "and no 款 clearly matches it; cite the 款 it rewrites (第七十八条第一款 to 第七十八条第四款), or give the whole article "
     "(4 款, one per line)",
     "第2行：其措辞与zhuanli@1的第七十八条（现为zhuanli@2的第九十四条）相近（相似度1.00）：该行似按zhuanli@1的条文序号编写，请按"
     "zhuanli@2的条文序号注明条款；建议只写了第七十八条（共4款）中的一款，但无法确定改写的是哪一款：请注明所改的款（第七十八条第一款至"
     "第七十八条第四款），或给出全条文字（共4款，每款一行）"),
    # (a trial's English CSV refused whole for Article 15, item 3, unsaid how to write it)
    ("cannot read the citation 'Article 15 (3) (c) x': an English citation is read as Article 15, Article 15(1), "
     "Article 15(1)(3), Article 15(1)(3)(ii) or Article 15, paragraph 1, item 3",
     "无法识别条款“Article 15 (3) (c) x”：英文条款可写为Article 15, Article 15(1), Article 15(1)(3), Article 15(1)(3)(ii) "
     "or Article 15, paragraph 1, item 3"),
    ("cannot read the citation '第十二条、第十三条': it names 2 units; give each its own row (or comment on the one the "
     "words are in)", "无法识别条款“第十二条、第十三条”：其中包含2处条款；请每处条款各填一行（或只填意见所针对的那一处）"),
    ("in the proposed text, 4 space(s) typed between Chinese words or at a line's end taken out, as the law writes it: "
     "the diff shows only the words changed", "修改建议中夹在中文之间或位于行首行尾的4个空格已删去，与法律文本一致：对照只显示文字的改动"),
    ("in the proposed text, full-width digits (２４) made half width (24), as the law writes it: the diff shows only the "
     "words changed", "修改建议中的全角数字（２４）已改为半角（24），与法律文本一致：对照只显示文字的改动"),
    ("in the proposed text, 1 space(s) typed between Chinese words or at a line's end taken out and full-width digits "
     "(２４) made half width (24), as the law writes it: the diff shows only the words changed",
     "修改建议中夹在中文之间或位于行首行尾的1个空格已删去，全角数字（２４）已改为半角（24），与法律文本一致：对照只显示文字的改动"),
    ("late.csv: the committee's decision(s) #22, #23 on 第十二条 (art_12) no longer apply with #29 replaced: the merge "
     "ignores them (`lawcomment import undo 6` brings #29 back)",
     "#29被取代后，委员会对第十二条所作的决定#22、#23已不再适用，合并时将被忽略（`lawcomment import undo 6`可恢复#29）"),
    ("the committee's decision(s) #1, #3 on 第十条 (art_10) no longer apply with #7 withdrawn: the merge ignores them "
     "(decide again, or `lawcomment comment undo 7` brings #7 back)",
     "意见#7被撤回后，委员会对第十条所作的决定#1、#3已不再适用，合并时将被忽略（请重新决定，或运行`lawcomment comment undo 7`恢复该意见）"),
    ("the committee's decision(s) #1 on 第十条 (art_10) no longer apply with #7 moved: the merge ignores them (decide "
     "again, or `lawcomment comment undo 7` undoes it)",
     "意见#7被移至他处后，委员会对第十条所作的决定#1已不再适用，合并时将被忽略（请重新决定，或运行`lawcomment comment undo 7`撤销该修改）"),
    ("the committee's decision(s) #1 on 第十条 (art_10) apply again with #7 back as it was",
     "意见#7恢复原状后，委员会对第十条所作的决定#1重新适用"),
    ("#29 (aurora) is back on 第十二条 (art_12): #41, which had replaced it, is no longer aurora's wording of it",
     "aurora在第十二条的意见#29已恢复：取代它的意见#41已不再是该会员对该条的修改建议"),
    # (a messy-input trial) placeholders typed where the wording goes: no wording
    ("c.csv: row 2: the proposed text 「无」 is no wording: read as a remark on 第十七条 (art_17), its reason kept",
     "修改建议「无」不是条文：已作为对第十七条的意见保存，理由照录"),
    ("table 2 row 3: the proposed text 「同意」 is no wording: read as support of 第十一条 (art_11)",
     "第2个表格第3行：修改建议「同意」不是条文：已作为对第十一条的支持意见保存"),
    ("row 2: the proposed text 「暂无。」 is no wording: read as stance question on 第十二条 (art_12)",
     "修改建议「暂无。」不是条文：已按所填意见类型（question）记录于第十二条"),
    ("row 2: the proposed text 「—」 is no wording and the row gives no reason: nothing is recorded at 第十二条 (art_12)",
     "修改建议「—」不是条文，且未填写理由：第十二条未记录任何意见"),
    ("row 2: the proposed text 「见理由」 is no wording and the reason 「/」 says nothing: nothing is recorded at 第十二条 "
     "(art_12)", "修改建议「见理由」不是条文，理由「/」也无实际内容：第十二条未记录任何意见"),
    ("row 2: the reason 「-」 says nothing (a placeholder): read as none: nothing is recorded at 第十二条 (art_12)",
     "理由「-」无实际内容（占位文字），视为未填写：第十二条未记录任何意见"),
    ("row 2: the proposed text 「同意」 is no wording: read as support of 第十二条 (art_12); the reason 「无」 says nothing "
     "(a placeholder): read as none",
     "修改建议「同意」不是条文：已作为对第十二条的支持意见保存；理由「无」无实际内容（占位文字），视为未填写"),
    ("row 4: the proposed text 「同上」 (same as above) is no wording: each row is read on its own, never from the row "
     "above; write out the wording it means (or leave the cell empty to keep the reason as a remark)",
     "修改建议「同上」（同上）不是条文：每一行单独读取，不会沿用上一行的内容；请写出其所指的修改后条文（或将该栏留空，仅将理由作为意见保存）"),
    ("table 2 row 3: the 修改建议 「同上」 (same as above) is no wording: each row is read on its own, never from the row "
     "above; write out the wording it means (or leave the cell empty to keep the reason as a remark)",
     "第2个表格第3行：修改建议「同上」（同上）不是条文：每一行单独读取，不会沿用上一行的内容；请写出其所指的修改后条文（或将该栏留空，仅将理由作为意见保存）"),
    ("row 2: stance amend needs a wording, and the proposed text 「无」 is none: give the wording as it should read, or "
     "make the stance 意见 to keep the reason as a remark",
     "意见类型amend需要写出修改后的条文，而修改建议「无」不是条文：请写出修改后的条文，或将意见类型改为“意见”，仅将理由作为意见保存"),
    # a copied form row whose 条款 was typed over (a messy-input trial's)
    ("f.docx: table 2 row 7: its 条款 reads 「第二十二条第二款」: read as on 第二十二条第二款 (art_22__para_2), as it says, "
     "though the row is 第十条 (art_10)'s row copied (its hidden id is that row's)",
     "“条款”栏写的是「第二十二条第二款」：已按其所写归入第二十二条第二款，虽然该行是从第十条的一行复制而来（其隐藏标识仍是该行的）"),
    ("table 2 row 5: its 条款 reads 「第十五条」: read as on 第十五条 (art_15), as it says, though the row is 第十三条 (art_13)'s "
     "row (its hidden id), its 条款 typed over",
     "第2个表格第5行：“条款”栏写的是「第十五条」：已按其所写归入第十五条，虽然该行原是第十三条的一行（其隐藏标识），“条款”栏被改写"),
    ("table 2 row 5: its 条款 reads 「第十四条」 (第十四条 (art_14)), but the row is 第十三条 (art_13)'s row (its hidden id), "
     "its 条款 typed over, and its wording reads like 第十三条 (art_13) (similarity 0.94, against 0.24 like 第十四条 (art_14)): "
     "which article it is for cannot be told; write the citation of the article it words in 条款",
     "第2个表格第5行：“条款”栏写的是「第十四条」（第十四条），但该行是第十三条的一行，其修改建议也与第十三条相近（相似度0.94，与第十四条仅"
     "0.24）：无法确定其针对哪一条；请在“条款”栏写明其所修改条文的序号"),
    ("table 2 row 7: its 条款 reads 「第十条（应为第九十九条）」, which names no unit of ecommerce@1, and the row is 第十条 "
     "(art_10)'s row copied (its hidden id is that row's): which article it is for cannot be told; write the citation of "
     "its article in 条款",
     "第2个表格第7行：“条款”栏写的是「第十条（应为第九十九条）」，ecommerce@1中没有其所指的条款，而该行是第十条的一行：无法确定其针对哪一条；"
     "请在“条款”栏写明其所针对条文的序号"),
    ("table 2 row 3: the proposed wording for 第十一条 (art_11) reads much more like 第十二条第二款 (art_12__para_2) "
     "(similarity 0.98, against 0.27): check the article it names; a form's row words the article it prints: give the "
     "wording in a row whose 条款 reads 第十二条第二款, or leave the row out (--skip-invalid)",
     "第2个表格第3行：针对第十一条的修改建议与第十二条第二款更为相近（相似度0.98，与第十一条仅0.27）：请核对其所针对的条文；"
     "意见反馈表的每一行只针对其所印的条文：请将该修改建议写在“条款”栏为第十二条第二款的一行中，或不导入该行"),
    # a row pasted twice; two wordings of one article in one file (a messy-input trial's)
    ("a.csv: row 14 repeats row 13 word for word: stored once", "a.csv：第14行与第13行完全相同：只保存一次"),
    ("row 4: lufax gives a second wording of 第二十七条 (art_27) in this file (row 2 gives another): both are kept open, "
     "neither replacing the other (withdraw the one lufax does not mean: lawcomment comment withdraw ID)",
     "lufax在本文件中对第二十七条给出了第二种修改建议（第2行已给出另一种）：两者均保留，互不取代（请撤回lufax并非本意的一条："
     "lawcomment comment withdraw ID）"),
    # a form's 修改建议 emptied without Track Changes (a messy-input trial's)
    ("f.docx: table 2 row 4: the proposed text of 第十二条 (art_12) was emptied (not with Track Changes) and the row gives "
     "no reason: nothing is recorded (write 删除 in 修改建议 to propose deleting the article)",
     "第十二条的“修改建议”栏被清空（未使用修订），且未填写理由：未记录任何意见（如要建议删除该条，请在“修改建议”栏写“删除”）"),
    ("table 2 row 6: the proposed text of 第十四条 (art_14) was emptied (not with Track Changes) and its reason asks for "
     "its deletion (「建议删除本条。」): kept as a remark, not read as deleting it (write 删除 in 修改建议 to propose deleting "
     "the article)",
     "第2个表格第6行：第十四条的“修改建议”栏被清空（未使用修订），其理由要求删除该条（「建议删除本条。」）：已作为意见保存，未视为删除建议"
     "（如要建议删除该条，请在“修改建议”栏写“删除”）"),
    # rows lacking a column, and the file's columns not read (a messy-input trial's 单位名称)
    ("row 2: no member (fill the member column or pass --member); the file's columns not read: '单位全称'",
     "未填写会员（请填写会员列，或使用--member）；文件中未读取的列：'单位全称'"),
    ("line 1: no article column (expected one of: article, 条款); the file's columns not read: '单位全称', '具体条文'",
     "没有条款列（列名应为以下之一：article, 条款）；文件中未读取的列：'单位全称', '具体条文'"),
    ("row 6: the reason of 第十七条 (art_17) gives a wording (「建议修改为：“为国家机关提供服务的信息系统应当按照电子政务系统的…」) while its "
     "proposed text is empty; it is kept as a remark (write the wording in 修改建议 to propose it)",
     "第十七条的“理由”栏写了修改后的措辞（「建议修改为：“为国家机关提供服务的信息系统应当按照电子政务系统的…」），而“修改建议”栏为空："
     "已作为意见保存（如要提出修改，请把措辞写在“修改建议”栏）"),
    # a new article the next reading wrote without a clause asked (专利法实施细则 2023 第十一条, a trial)
    ("第一条 (art_1) → 第一条 (art_1); partly adopted: the new version wrote it as 第二条 (art_2) without 「对非正常申请的认定，"
     "应当给予申请人陈述意见的机会」: put in again as proposed, the law would say the rest twice; to ask for the words left "
     "out, propose them on 第二条 (art_2) (the member's wording stays in comment #1)",
     "第一条 → 第一条；部分采纳：新版本已将其写为第二条，但未写入「对非正常申请的认定，应当给予申请人陈述意见的机会」：如按原建议再次增加，"
     "法律将重复规定其余内容；如仍要求写入未采纳的文字，请针对第二条提出（会员的原措辞保留在意见#1中）"),
    # a carried insertion put in right against words the next reading rewrote (反洗钱法 2024 第六条, a trial)
    ("check the words beside it: 「国务院反洗钱行政主管部门」 is put in right against 「依照本法」, which the new version wrote for "
     "「按照」: it may read otherwise than asked",
     "请核对所增加文字前后的文字：「国务院反洗钱行政主管部门」紧挨着新版本将「按照」改写成的「依照本法」，读来可能与原建议不同"),
    ("the new version rewrote 「按照」 as 「依照本法」 right against the words it puts in: decide it again on the new text",
     "新版本在所增加文字紧挨处将「按照」改写为「依照本法」：请按新文本重新决定"),
    ("the new version added this provision, as 第六条第二款 (art_6__para_2)", "新版本已增加该条款，即第六条第二款"),
    ("comment #13 (question) on 第十六条第五款 (art_16__para_5) quotes 「有疑问」, which 第十六条第五款 (art_16__para_5) has not "
     "and 第十六条第六款 (art_16__para_6) has: check the unit it is on (`lawcomment comment edit 13 --at 第十六条第六款` moves it)",
     "意见#13（question）针对第十六条第五款，但所引用的「有疑问」不在第十六条第五款中，而在第十六条第六款中：请核对其所针对的条款"
     "（`lawcomment comment edit 13 --at 第十六条第六款` 可将其移过去）"),
    # what a file renamed .docx is (野生动物保护法, a trial)
    ("scan.docx: this is a PDF file, not a Word .docx file: open it and save it as .docx (Word's own file, with its "
     "tracked changes and comments, when there are some)",
     "scan.docx：这是PDF文件，不是Word文件（.docx）：请打开后另存为.docx（有修订和批注的，请上传Word原文件）"),
    ("o.docx: this is an old Word 97-2003 .doc file; open it in Word and save it as .docx",
     "o.docx：这是旧版Word（97-2003）.doc文件：请在Word中打开并另存为.docx后重新上传"),
    ("k.docx: this is an encrypted (password-protected) Word file; remove the password and save it as .docx",
     "k.docx：这是设有密码的Word文件：请取消密码后另存为.docx再上传"),
    # a committee reason given beside a decision the merge now ignores (野生动物保护法, a trial)
    ("the committee reason for 第二条 goes out, but it was given beside decision #1, since undone, replaced or left "
     "matching no proposal: check it holds for what goes out now (give it again with decide --committee-reason '…', "
     "changed or as it is)",
     "第二条的委员会理由将随修改提交，但该理由是针对决定#1给出的，这些决定已撤销、被取代或已与现有建议不对应：请核对该理由是否适用于"
     "现在提交的修改（用 decide --committee-reason '…' 重新给出，修改或照旧均可）"),
    # comment files (a trial of importing them): each new message a member's upload may get, in Chinese
    ("cannot read the citation '第三十七條第（六）项': 條 is the traditional form of 条; write it as the draft does, "
     "第三十七条第（六）项", "无法识别条款“第三十七條第（六）项”：其中使用了繁体字；请按草案的写法填写为“第三十七条第（六）项”"),
    # (the file and the place kept: a review read 「键'reason'出现了两次」 with no word of its line)
    ("c.csv: encoding: read as gb18030, not UTF-8 (pass --encoding to read it as another)",
     "c.csv：文件不是UTF-8编码，已按gb18030读取（如有误，请用--encoding指定编码）"),
    ("line 1: this looks like a member list (columns '会员', '单位名称'), not a comment file: it has no article column, "
     "and '工作组' is a member's detail; import it with `lawcomment member import`",
     "第1行：该文件像是会员名单（各列：'会员', '单位名称'），不是意见文件：没有条款列，且'工作组'是会员信息；请用`lawcomment member import`导入"),
    ("line 1: the key 'reason' is given twice (「一」, then 「二」): a JSON reader keeps only the last, so the first would "
     "be lost; give 'reason' once (join the two values into one)",
     "第1行：键'reason'出现了两次（先为「一」，后为「二」）：JSON只保留后一个，前一个会丢失；请只给一次（把两个值合并为一个）"),
    ("row 2, column 5 ('reason'): 240,000 characters, more than a cell may hold (32,767, as in Excel): split the text "
     "over rows, or shorten it", "第2行第5列（'reason'）：240,000个字符，超过单元格上限（32,767个字符，与Excel相同）：请分成多行填写，或加以精简"),
    ("h.xlsx: sheet '旧版' is hidden and not read: it holds 2 row(s) below a comment header (row 2); to import them, "
     "unhide the sheet and save it as a file of its own (a hidden sheet is never read)",
     "h.xlsx：工作表'旧版'已隐藏，未读取：其意见表头（第2行）下有2行；如要导入，请取消隐藏并另存为单独的文件（隐藏的工作表不会读取）"),
    ("m.xlsx: sheet '意见', cells A3:A6 are merged (column '会员'): 「acme」 is read in each of rows 3 to 6",
     "m.xlsx：工作表'意见'的单元格A3:A6为合并单元格：「acme」按第3至6行各行读取"),
    # (野生动物保护法 2018 → 2022, a new user's trial) a 款's wording followed through its article's diff, or not
    # placed; words changed everywhere that the next reading wrote once more
    (("comment #44 was carried from the last reading, and its 款 or 项 had no close counterpart: its changes were "
      "followed through the article's diff to where they stand; it changed every occurrence of words the new version "
      "has more often, and leaves the others as they are: check it before its change goes out (`lawcomment comment "
      "show 44` gives its note)"),
     "意见#44由上一稿转入，其所在款（项）在新条文中没有相近的对应，其修改系按条文前后差异转至现在的位置；其修改了某处文字的全部出现之处，"
     "而新版本中该文字出现次数更多，其余之处未作修改：其修改提交前请先核对（见该意见的说明）"),
    (("第三十条第一款 (art_30__para_1) → 第三十一条 (art_31); 第三十条第一款 (art_30__para_1) has no close counterpart in "
      "第三十一条 (art_31), and its change(s), followed through the diff of the two articles, fall in 第三十一条第四款 "
      "(art_31__para_4), which reads like another 款 of the old version: where its wording goes cannot be told, so it "
      "is not placed; the member's wording stays in comment #11"),
     "第三十条第一款 → 第三十一条；第三十条第一款在第三十一条中没有相近的对应之处，按两条文的差异追踪，其修改落在第三十一条第四款，"
     "而该处读来像原版本的另一款：无法确定其措辞应归何处，未予放置；会员的原措辞保留在意见#11中"),
    # the next reading's carry (畜牧法 2015 → 2022, a web trial): a change that could go at two places alike, a remark
    # following the words it quotes, a wording of a translation the new reading lacks, words the committee put in
    (("第十一条 (art_11) → 第十二条 (art_12); proposal re-based onto the new text; check which place: 「，并适时更新」 is put in "
      "after 「畜禽遗传资源目录」 in 第十二条第一款 (art_12__para_1), and the new version has the words around it in 第十二条第二款 "
      "(art_12__para_2) alike: check which the member meant"),
     "第十一条 → 第十二条；建议已移至新文本的相应位置；请核对位置：在「畜禽遗传资源目录」之后增加「，并适时更新」（位于第十二条第一款），"
     "但新版本在第十二条第二款中也有与其前后相同的文字：请核对会员所指的位置"),
    ("check which place: 「三十日」 → 「六十日」 is made in 第十二条 (art_12), and the new version has the words around it in "
     "another place after it in 第十二条 (art_12) alike: check which the member meant",
     "请核对位置：将「三十日」改为「六十日」（位于第十二条），但新版本在该处的另一位置也有与其前后相同的文字：请核对会员所指的位置"),
    ("「三十日」 is deleted in 第十二条 (art_12), and the new version has the words around it in 第十三条 (art_13) alike: decide "
     "it again where it goes", "删去「三十日」（位于第十二条），但新版本在第十三条中也有与其前后相同的文字：请确定位置后重新决定"),
    ("the committee's wording could be made at two places of the new text: 「x」 is put in after 「y」 in 第二条第一款 "
     "(art_2__para_1), and the new version has the words around it in 第二条第二款 (art_2__para_2) alike: set it again",
     "委员会的建议条文在新文本中可有两处位置：在「y」之后增加「x」（位于第二条第一款），但新版本在第二条第二款中也有与其前后相同的文字："
     "请重新给出委员会的建议条文"),
    ("comment #21 was carried from the last reading, and the words around its change stand at two places of the new text "
     "alike, and it was put at one: check it before its change goes out (`lawcomment comment show 21` gives its note)",
     "意见#21由上一稿转入，其修改前后的文字在新文本中有两处相同，已放在其中一处：其修改提交前请先核对（见该意见的说明）"),
    (("第九条第二款 (art_9__para_2) → 第十条第二款 (art_10__para_2); the words it quotes, 「以国家为主」, stand in 第十条第二款 "
      "(art_10__para_2): it follows them there"), "第九条第二款 → 第十条第二款；其所引用的文字「以国家为主」见于第十条第二款：意见随之转至该处"),
    (("check the words it quotes: the words it quotes, 「以国家为主」, stand in none of them of the 款 of 第十条 (art_10), and "
      "it is on 第十条第三款 (art_10__para_3): check where it belongs"),
     "请核对所引文字：其所引用的文字「以国家为主」不见于第十条的任何一款，意见现位于第十条第三款：请核对其应归之处"),
    (("check the words it quotes: the words it quotes, 「以国家为主」, stand in 第十条第二款 (art_10__para_2)、第十条第三款 "
      "(art_10__para_3) of the 款 of 第十条 (art_10), and it is on 第十条第三款 (art_10__para_3): check where it belongs"),
     "请核对所引文字：其所引用的文字「以国家为主」见于第十条第二款、第十条第三款，意见现位于第十条第三款：请核对其应归之处"),
    (("waiting for the translation: the new version has no en translation, so this wording of the last reading's en text is "
      "kept aside as written, out of the merge, until one is added and staff give it on that text again (the member's "
      "wording stays in comment #10)"),
     "等待译文：新版本没有该语种的译文，这一针对上一稿译文的措辞按原样搁置，不参与合并；待添加译文后由工作人员在新译文上重新给出"
     "（会员的原措辞保留在意见#10中）"),
    (("waiting for the translation: the new version has no en translation, so this wording of the last reading's en text is "
      "kept aside as written, out of the merge, until one is added, when it is moved onto it (the member's wording stays in "
      "comment #10)"),
     "等待译文：新版本没有该语种的译文，这一针对上一稿译文的措辞按原样搁置，不参与合并；待添加译文后即移至该译文（会员的原措辞保留在意见#10中）"),
    ("moved onto the en translation added later", "已在后来添加的译文上重新定位"),
    ("m.docx: #41 leaves the merge with its wording (「律师事务所履行反洗钱义务。」) and its reason (「保护保密关系。」), which #41 "
     "does not give", "意见#41的措辞（「律师事务所履行反洗钱义务。」）和理由（「保护保密关系。」）不再参与合并：意见#41未包含这些内容"),
    ("#4 leaves the merge with its reason (「保护保密关系。」), which #41 does not give",
     "意见#4的理由（「保护保密关系。」）不再参与合并：意见#41未包含这些内容"),
    ("comment #24's wording of the en text re-based onto the en text of 第四十九条 (art_49): 「The Central Military Commission may…」",
     "意见#24的译文措辞已移至第四十九条的译文上：「The Central Military Commission may…」"),
    ("comment #24 is on the en translation, which gives 第八条第三款 (art_8__para_3) no words of its own: it cannot go there",
     "意见#24针对译文，而译文没有与第八条第三款单独对应的文字：无法移至该处"),
    (("comment #24's wording changes words of the en text of 第八条第三款 (art_8__para_3) that the en text of 第四十九条 "
      "(art_49) does not have: give its wording there with --propose (or --no-proposal)"),
     "意见#24的措辞所改动的第八条第三款译文文字，第四十九条的译文中没有：请在该处重新给出措辞"),
    (("the deletion of the whole of 第三十六条 (art_36) is carried as the deletion of 第二条第二款 (art_2__para_2), which "
      "the new version made of it (similarity 0.69): check the place"),
     "删除第三十六条全条的决定已转为删除第二条第二款（新版本将该条写入此处，相似度0.69）：请核对位置"),
    ("the new version moved 第三十六条 (art_36) into 第二条第二款 (art_2__para_2): set the final wording again there",
     "新版本已将第三十六条写入第二条第二款：请在该处重新确定建议条文"),
    ("the new version has no en translation to carry the committee's en wording onto: give it again once one is added",
     "新版本没有该语种的译文，委员会的译文措辞无处转入：添加译文后请重新给出"),
    (("comment #24 proposes a wording of Article 12(2) in the English translation (第十三条第二款 (art_13__para_2)); it is "
      "listed, not merged: this version has no en translation to give the committee's wording of (add it with `draft add … "
      "--translation`); the committee's wording in the draft's language goes with `decide --text`"),
     "意见#24对英文译本Article 12(2)（第十三条第二款）提出修改措辞，单独列出，不并入中文：本稿没有英文译本，无法给出委员会的英文措辞"
     "（可先添加本稿的英文译本）；委员会的中文措辞可照常给出"),
    (("the committee chose otherwise: at xumu@1 it put in 「，并每五年至少更新一次」 after 「畜禽遗传资源目录」 in its own wording "
      "over this proposal's 「，并根据调查结果适时更新」 (decision #6)"),
     "委员会在xumu@1中在其建议条文中于「畜禽遗传资源目录」之后增加「，并每五年至少更新一次」，未采纳本建议的「，并根据调查结果适时更新」（决定#6）"),
    # (a review) the adoption report's hint for a proposal whose carried copy was flagged so
    (("the new version may say this already, in other words: 「按照规定向履行反洗钱义务的机构反馈可疑交易报告使用情况」 in "
      "第二条第二款 (art_2__para_2) (0.58 of its words in order): check whether it was adopted in other words"),
     "新版本可能已以其他文字写有此意：第二条第二款中的「按照规定向履行反洗钱义务的机构反馈可疑交易报告使用情况」（按顺序含其0.58的文字）：请核对"
     "是否已以其他文字采纳"),
])  # fmt: skip
def test_each_known_form_reads_in_chinese(english: str, chinese: str) -> None:
    assert localized(english, "zh") == chinese
    assert localized(english, "en") == english


_LINES_HEAD = "c.jsonl: 3 of 4 line(s) cannot be read; nothing was imported (fix them and import the file again)"
_TWICE = ("the key 'reason' is given twice (「一」, then 「二」): a JSON reader keeps only the last, so the first would be "
          "lost; give 'reason' once (join the two values into one)")
_TWICE_ZH = "键'reason'出现了两次（先为「一」，后为「二」）：JSON只保留后一个，前一个会丢失；请只给一次（把两个值合并为一个）"
_BOTH = "the keys 'reason' and '理由' both mean 'reason': one would be lost; give one of them"
_BOTH_ZH = "键'reason'和'理由'含义相同（均为'reason'）：其中一个会丢失；请只给出其中一个"
_TOO_LONG = "more than a cell may hold (32,767, as in Excel): split the text over rows, or shorten it"
_TOO_LONG_ZH = "超过单元格上限（32,767个字符，与Excel相同）：请分成多行填写，或加以精简"
_COVERED = ("hold words of their own, hidden under the merged cell: each is read as its own cell's (unmerge the cells to "
            "see them)")  # fmt: skip
_COVERED_ZH = "另有内容（合并后不显示）：各按其本身的内容读取（取消合并即可看到）"


@pytest.mark.parametrize(("english", "chinese"), [
    # a JSON or JSONL file's lines (items) that cannot be read: the head and every line listed, each with its place
    (f"{_LINES_HEAD}\n  line 2: 'article' must be text, not list\n  line 3: expected an object, got list\n  line 4: "
     "not valid JSON: Expecting ',' delimiter (column 51)",
     "c.jsonl：共4行中有3行无法读取，未导入任何内容（请修改后重新导入）\n  第2行：'article'的值应为文字，不能是列表\n  第3行：应为JSON对象，"
     "不能是列表\n  第4行：不是有效的JSON（第51列：Expecting ',' delimiter）"),
    (f"{_LINES_HEAD}\n  line 1: {_TWICE}\n  line 2: {_BOTH}\n  line 3: 'article' must be text, not float",
     f"c.jsonl：共4行中有3行无法读取，未导入任何内容（请修改后重新导入）\n  第1行：{_TWICE_ZH}\n  第2行：{_BOTH_ZH}\n  第3行："
     "'article'的值应为文字，不能是数字"),
    ("c.json: 3 of 5 item(s) cannot be read; nothing was imported (fix them and import the file again)\n  item 2: "
     f"expected an object, got int\n  item 3: {_BOTH}\n  item 5: 'article' must be text, not dict",
     f"c.json：共5项中有3项无法读取，未导入任何内容（请修改后重新导入）\n  第2项：应为JSON对象，不能是整数\n  第3项：{_BOTH_ZH}\n  "
     "第5项：'article'的值应为文字，不能是对象"),
    (f"item 4: {_TWICE}", f"第4项：{_TWICE_ZH}"),
    ("c.json: the document: the key 'comments' is given twice ([], then []): a JSON reader keeps only the last, so the "
     "first would be lost; give 'comments' once (join the two values into one)",
     "c.json：文档：键'comments'出现了两次（先为[]，后为[]）：JSON只保留后一个，前一个会丢失；请只给一次（把两个值合并为一个）"),
    (f"c.json: item 3: {_BOTH}", f"c.json：第3项：{_BOTH_ZH}"),
    ("c.json: line 3: not valid JSON: Expecting value (column 5)", "c.json：第3行：不是有效的JSON（第5列：Expecting value）"),
    ("c.jsonl: line 2: not valid JSON: NaN is not a value JSON allows", "c.jsonl：第2行：不是有效的JSON：JSON不允许NaN这样的值"),
    ("c.jsonl: line 2: not valid JSON: the number 1e999 is too large", "c.jsonl：第2行：不是有效的JSON：数字1e999过大"),
    # (专利法实施细则, a trial) a value refused, said where it stands
    ("c.json: line 3: not valid JSON: NaN is not a value JSON allows (column 57)",
     "c.json：第3行：不是有效的JSON（第57列：JSON不允许NaN这样的值）"),
    ("c.json: line 2: not valid JSON: the number 1e99999 is too large (column 64)",
     "c.json：第2行：不是有效的JSON（第64列：数字1e99999过大）"),
    ("c.json: line 3: not valid JSON: the number 999999999999… of 5,000 digits is too large (column 26)",
     "c.json：第3行：不是有效的JSON（第26列：数字999999999999…有5,000位，过大）"),
    ("c.json: not valid JSON: nested too deeply", "c.json：不是有效的JSON：嵌套层数过多"),
    # cells past the cap: a CSV file's (the column named or not), an Excel sheet's
    (f"long.csv: 2 cell(s) hold more than 32,767 characters, the most a cell of a comment sheet may; nothing was imported"
     f"\n  row 2, column 3 ('理由'): 40,000 characters, {_TOO_LONG}\n  row 3, column 4: 40,000 characters, {_TOO_LONG}",
     f"long.csv：有2个单元格超过32,767个字符（意见表单元格的上限），未导入任何内容\n  第2行第3列（'理由'）：40,000个字符，{_TOO_LONG_ZH}\n  "
     f"第3行第4列：40,000个字符，{_TOO_LONG_ZH}"),
    (f"m.xlsx: sheet '意见', cell C5 (row 5, column 3): 40,000 characters, {_TOO_LONG}",
     f"m.xlsx：工作表'意见'的单元格C5（第5行第3列）：40,000个字符，{_TOO_LONG_ZH}"),
    # an Excel sheet's merged cells
    ("m.xlsx: sheet '意见', cells D2:E2 are merged across columns: their words are read in D2 (column '修改建议') only",
     "m.xlsx：工作表'意见'的单元格D2:E2为跨列合并单元格：其内容只按D2（'修改建议'）读取"),
    ("sheet '意见', cells D2:E2 are merged across columns: their words are read in D2 only",
     "工作表'意见'的单元格D2:E2为跨列合并单元格：其内容只按D2读取"),
    ("m.xlsx: sheet '意见', cells D2:D3 are merged (column '修改建议'): one wording for rows 2 to 3, which of them it words "
     "is not known; unmerge the cells and give each row its own",
     "m.xlsx：工作表'意见'的单元格D2:D3（'修改建议'）为合并单元格：第2至3行共用一条措辞，无法确定属于哪一行；请取消合并，每行分别填写"),
    ("m.xlsx: sheet '意见', cells A2:A5 are merged (column '会员'): 「acme」 is read in rows 2 to 3, 5",
     "m.xlsx：工作表'意见'的单元格A2:A5为合并单元格：「acme」按第2至3、5行读取"),
    (f"m.xlsx: sheet '意见', cells A2:A4 are merged (column '会员'), but the covered cell(s) A3 「beta」, A4 「gamma」 {_COVERED}",
     f"m.xlsx：工作表'意见'的单元格A2:A4（'会员'）为合并单元格，但被覆盖的单元格A3「beta」、A4「gamma」{_COVERED_ZH}"),
    (f"sheet '意见', cells A2:B9 are merged, but the covered cell(s) A3 「b」, A4 「c」, A5 「d」, A6 「e」, B2 「f, A7 「g」」 and 2 "
     f"more {_COVERED}",
     f"工作表'意见'的单元格A2:B9为合并单元格，但被覆盖的单元格A3「b」、A4「c」、A5「d」、A6「e」、B2「f, A7 「g」」等（另有2个）{_COVERED_ZH}"),
    ("m.xlsx: sheet '意见': its merged cells cannot be read (no workbook part): a cell merged over rows is read in its "
     "first row only; unmerge the cells, or save the workbook again in Excel, WPS or LibreOffice",
     "m.xlsx：工作表'意见'的合并单元格无法读取（no workbook part）：跨行合并的单元格只按其第一行读取；请取消合并，或在Excel、WPS或"
     "LibreOffice中重新保存该工作簿"),
    ("m.xlsx: sheet '意见': the merged range 'A:A' cannot be read: its cells are read as they are, not as merged",
     "m.xlsx：工作表'意见'的合并区域'A:A'无法读取：其单元格按各自的内容读取，不作为合并单元格"),
    ("m.xlsx: sheet '意见' merges more than 2,000,000 cells: no comment sheet does",
     "m.xlsx：工作表'意见'合并的单元格超过2,000,000个：没有意见表会如此"),
    ("m.xlsx: sheet '意见' cannot be read (ValueError: A2: is not a valid coordinate or range); open the workbook in "
     "Excel, WPS or LibreOffice and save it again",
     "m.xlsx：工作表'意见'无法读取（ValueError: A2: is not a valid coordinate or range）：请在Excel、WPS或LibreOffice中打开该工作簿"
     "并重新保存"),
    # a width note that says both: marks made full width, and marks kept half width (one of them a "; ")
    ("half-width punctuation (; ,) between Chinese words of the proposed text is made full width (；，), as the law "
     "writes it; full-width punctuation (：) in the proposed text where the law writes it half width (:) is kept as the "
     "law writes it: the diff shows only the words changed",
     "修改建议中夹在中文之间的半角标点（; ,）已改为全角（；，），与法律文本一致；修改建议中的全角标点（：）在法律文本中为半角（:），"
     "已按法律文本保留：对照只显示文字的改动"),
    ("half-width punctuation (,) between Chinese words of the committee's wording is made full width (，), as the law "
     "writes it; full-width punctuation (；：) in the committee's wording where the law writes it half width (; :) is "
     "kept as the law writes it: the diff shows only the words changed",
     "委员会表述中夹在中文之间的半角标点（,）已改为全角（，），与法律文本一致；委员会表述中的全角标点（；：）在法律文本中为半角（; :），"
     "已按法律文本保留：对照只显示文字的改动"),
    # ... and the note's first clause before another clause of a known form
    ("half-width punctuation (,) between Chinese words of the proposed text is made full width (，), as the law writes "
     "it; full-width punctuation (：) in the proposed text where the law writes it half width (:) is kept as the law "
     "writes it: the diff shows only the words changed; the proposal is written in English: recorded as a wording of "
     "the English translation, as with --lang en",
     "修改建议中夹在中文之间的半角标点（,）已改为全角（，），与法律文本一致；修改建议中的全角标点（：）在法律文本中为半角（:），"
     "已按法律文本保留：对照只显示文字的改动；建议条文为英文：已作为对英文工作译本的措辞建议记录"),
    # a citation as sheets type it (a trial of 野生动物保护法)
    ("cannot read the citation '第二十九条第（二）款': a 款 is numbered without brackets; write 第二十九条第二款 for the "
     "款, or 第二十九条第（二）项 for the 项",
     "无法识别条款“第二十九条第（二）款”：款的序号不加括号；如指该款，请填写“第二十九条第二款”；如指该项，请填写“第二十九条第（二）项”"),
    ("cannot read the citation '10.2': a dotted number is not read; write the unit as the draft cites it: 第十条第二款 "
     "(Article 10(2)), or 第十条之二 (10-2, an article put in after 第十条)",
     "无法识别条款“10.2”：不能识别以点分隔的编号；请按草案的写法填写，如“第十条第二款”，或在第十条后增加的“第十条之二”"),
    ("cannot read the citation '12.1.3': a dotted number is not read; write the unit as the draft cites it: "
     "第十二条第一款第三项 (Article 12(1)(3))", "无法识别条款“12.1.3”：不能识别以点分隔的编号；请按草案的写法填写，如“第十二条第一款第三项”"),
    ("cannot read the citation '第三十条第一、二款': it names 2 units (第三十条第一款、第三十条第二款); give each its own row (or "
     "comment on 第三十条 as a whole)",
     "无法识别条款“第三十条第一、二款”：其中包含2处条款（第三十条第一款、第三十条第二款）；请每处条款各填一行（或针对第三十条整条提出意见）"),
    ("the association's name is 100000 characters: one line of 200 at most", "署名单位名称有100000个字符：最多一行200个字符"),
    ("the letter's addressee is 201 characters: one line of 200 at most", "收件机关有201个字符：最多一行200个字符"),
    # a member's instruction before its wording (a trial's 建议增加过渡期条款：… printed in the submission)
    ("the proposed text opens with 「建议修改为：」, an instruction, not law text: read as the wording after it",
     "修改建议以「建议修改为：」开头，这是修改说明而非条文：已按其后的文字读作建议条文"),
    ("the proposed text opens with 「建议将本条修改为：」, an instruction, not law text: read as the wording after it, "
     "out of the quotation marks “…” around it",
     "修改建议以「建议将本条修改为：」开头，这是修改说明而非条文：已按其后的文字（去掉外面的引号“…”）读作建议条文"),
])  # fmt: skip
def test_each_new_intake_form_reads_in_chinese_with_its_place(english: str, chinese: str) -> None:
    """(a review) Today's intake messages read in Chinese where the web app shows them, with the file, the line or
    item, the sheet's cell they name: a listed line of no known form kept the whole list in English."""
    assert localized(english, "zh") == chinese


# a 款 the next reading moved to another article, and one with nothing like it anywhere (会计法 2017 第八条第三款 →
# 2024 第四十九条, a web trial; tests/test_carry_moved.py writes them)
@pytest.mark.parametrize(("english", "chinese"), [
    (("第八条第三款 (art_8__para_3) → 第四十九条 (art_49); check the place: the new version moved 第八条第三款 "
      "(art_8__para_3)'s words to 第四十九条 (art_49) (similarity 0.73): 第八条第三款 (art_8__para_3) has no close "
      "counterpart in 第八条 (art_8), where its article went; proposal re-based onto the new text; a wording of 第八条 "
      "(art_8), all of whose changes are in 第八条第三款 (art_8__para_3): carried as the wording of it"),
     "第八条第三款 → 第四十九条；请核对位置：新版本已将第八条第三款的文字移至第四十九条（相似度0.73），第八条中已无与其相近的条款；"
     "建议已移至新文本的相应位置；对第八条的修改建议，所改之处均在第八条第三款内：已作为对第八条第三款的修改建议转入"),
    (("none of its 2 change(s) fits the new text (nothing in 第八条 (art_8) reads like 第八条第三款 (art_8__para_3), nor "
      "anything elsewhere in the new version)"),
     "所提2处修改均与新文本不符（新版本的第八条中及其他各处均无与第八条第三款相近的条款）"),
    (("1 of its 2 change(s) the new version made already (as the adoption report finds), and the others do not fit it "
      "(nothing in 第八条 (art_8) reads like 第八条第三款 (art_8__para_3), nor anything elsewhere in the new version)"),
     "所提2处修改中新版本已作出1处（见采纳情况），其余与新文本不符（新版本的第八条中及其他各处均无与第八条第三款相近的条款）"),
    ("comment #44 was carried from the last reading, and its quote (or its 款, which the new version moved) followed to "
     "an article its own did not become: check it before its change goes out (`lawcomment comment show 44` gives its note)",
     None),
])  # fmt: skip
def test_notes_of_a_moved_paragraph_in_chinese(english: str, chinese: str | None) -> None:
    said = localized(english, "zh")
    if chinese is None:  # (a merge warning: its clause about the place said in Chinese)
        assert "其引文（或新版本已移走的该款）已随至另一条文" in said, said
    else:
        assert said == chinese



def test_the_review_page_says_its_warnings_in_chinese(consultation, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lawcomment import load_draft

    run = consultation
    art24 = load_draft(data / "ecommerce-law.md").find("art_24")
    assert art24 is not None
    p1, p2 = (c.text for c in art24.children)
    for at, text in (("第二十四条", p1.replace("明示", "显著明示") + "\n" + p2), ("第二十四条第二款", p2.replace("及时", "在七日内"))):
        assert run("comment", "add", "--member", "acme", "--draft", "ecommerce@1", "--at", at, "--propose", text).exit_code == 0
    page = tmp_path / "r.html"
    assert run("export", "--draft", "ecommerce@1", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "的建议#1, #2合并为一条（重叠之处以后提交的为准）" in html and "are combined into one" not in html
    # the member named by its organisation, as the page's tables name it (the conftest's ACME (China) Ltd.)
    assert "提示：ACME (China) Ltd.对第二十四条的建议#1, #2合并为一条" in html and "acme对" not in html


@pytest.mark.parametrize("text", ['Replace "30 days" with "15 days"',
                                  '第二款中的“days”修改为“weeks”', 'Replace "seven days" with "five days"'])  # fmt: skip
def test_an_instruction_refused_on_the_english_text_reads_in_chinese(text: str) -> None:
    """What the intake says of an instruction it cannot apply to the English working text, from
    the code that says it, reaches a Chinese member's page in Chinese: no sentence of it left in English."""
    from lawcomment.review.instructions import instructed_translation

    body = "Operators shall publish the notice 30 days in advance, and keep it for 30 days."
    with pytest.raises(ValueError) as refused:
        instructed_translation(body, text, "en", "Article 16 (art_16) (en translation)")
    said = localized(str(refused.value), "zh")
    assert said.startswith("修改建议写成了修改指示") and said.endswith("请直接写出修改后的条文")
    assert not any(w in said for w in ("stands", "not in", "names a part", "give the wording")), said


@pytest.mark.parametrize(("english", "chinese"), [
    ("comment #1 is acme's wording of art_13, which has another one now (#2); bringing it back would give the member "
     "two. Withdraw #2 first, or keep #1 withdrawn", "意见#1是对该条的修改建议，而本单位现已另有修改建议（#2）；如需恢复#1，请先撤回#2"),
    ("comment #3 was sent again since it was withdrawn (as #5); bringing it back would double it. Withdraw that one "
     "first, or keep it", "意见#3撤回后又已重新提交（#5），恢复会造成重复；如需恢复，请先撤回#5"),
])  # fmt: skip
def test_a_restore_refused_reads_in_chinese(english: str, chinese: str) -> None:
    assert localized(english, "zh") == chinese


def _refused(text: str, quote: str = "") -> str:
    from lawcomment.registry import load_draft
    from lawcomment.review.proposals import partial_proposal
    from tests.conftest import DATA

    law = load_draft(DATA / "ecommerce-law.md")
    found = partial_proposal(law, law.find("art_2"), text, quote)  # type: ignore[arg-type]
    assert found is not None and found.target is None
    return found.refusal()


@pytest.mark.parametrize(("text", "quote", "chinese"), [
    ("本法自公布之日起施行。", "", "建议只写了第二条（共3款）中的一款，但无法确定改写的是哪一款：请注明所改的款（第二条第一款至第二条第三款），"
                               "或给出全条文字（共3款，每款一行）"),
    ("本法所称电子商务，是指通过互联网等信息网络销售商品、数字内容或者提供服务的经营活动。", "适用本法",
     "建议只写了第二条（共3款）中的一款：措辞与第二条第二款相符，但引文「适用本法」不在该款中；请注明所改的款（第二条第一款至"
     "第二条第三款），或给出全条文字（共3款，每款一行）"),
    ("中华人民共和国境内的电子商务活动，适用本法。\n本法所称电子商务，是指通过互联网等信息网络销售商品、数字内容或者提供服务的经营活动。",
     "", "建议写了第二条（共3款）中的2款，未给出全条：请逐款分别提出（第二条第一款至第二条第三款），或给出全条文字（共3款，每款一行）"),
])  # fmt: skip
def test_a_wording_the_intake_cannot_place_is_refused_in_the_members_language(text: str, quote: str, chinese: str) -> None:
    assert localized(_refused(text, quote), "zh") == chinese


def test_a_wording_that_replaces_its_whole_unit_is_said_in_chinese() -> None:
    from lawcomment.comments import Anchor, CommentSource, NewComment, SourceKind, Stance
    from lawcomment.consultation.misfiled import misfiled
    from lawcomment.registry import load_draft
    from tests.conftest import DATA

    law = load_draft(DATA / "ecommerce-law.md")
    (said,) = misfiled(law, [NewComment("acme", Anchor("art_19"), Stance.AMEND, CommentSource(SourceKind.CSV, "c.csv", None,
                                                                                              "row 2"), proposed_text="设定上限")])  # fmt: skip
    assert localized(said, "zh") == ("针对第十九条的修改建议几乎未保留原文（相似度0.00）：作为建议条文，「设定上限」将取代其全部文字；"
                                     "如是意见，请写在理由中")  # fmt: skip


@pytest.mark.parametrize(("english", "chinese"), [
    ("comment #7 is a wording of 第六条第一款 (art_6__para_1): its 1 change(s) are made on the text of 第六条第二款 "
     "(art_6__para_2) (`lawcomment comment undo 7` moves it back)",
     "意见#7是对第六条第一款的修改建议：其1处修改已改在第六条第二款的文字上（`lawcomment comment undo 7` 可将其移回）"),
    ("comment #1 is a wording of 第十三条 (art_13) (similarity 0.99, against 0.23): put on 第十六条 (art_16) as written it "
     "would replace that text with 第十三条 (art_13)'s, and 1 of its 1 change(s) do not fit the text of 第十六条 (art_16): "
     "give its wording of 第十六条 (art_16) with --propose, or move it as a remark with --no-proposal",
     "意见#1是对第十三条的修改建议（相似度0.99，与第十六条仅0.23）：照原样移至第十六条，将以第十三条的文字取代第十六条的文字，且其1处修改中"
     "有1处在第十六条中找不到相同的文字：请用--propose给出对第十六条的修改建议，或用--no-proposal将其作为意见移过去"),
])  # fmt: skip
def test_a_wording_moved_to_another_unit_is_said_in_chinese(english: str, chinese: str) -> None:
    """(专利法实施细则, a trial) What moving a wording says (the web app's move shows it), from the code that says it."""
    assert localized(english, "zh") == chinese


@pytest.mark.parametrize(("note", "answer", "chinese"), [
    ("", "分案申请期限以本细则第五十四条第一款为准。", "秘书处答复：分案申请期限以本细则第五十四条第一款为准。"),
    ("第四十二条 (art_42) → 第四十八条 (art_48)", "以第五十四条为准; 复审阶段不能提出。",
     "第四十二条 → 第四十八条；秘书处答复：以第五十四条为准; 复审阶段不能提出。"),
    ("carried as a comment on the whole document", "已采纳。", "已作为对全文的意见转入；秘书处答复：已采纳。"),
    ("carried as a comment on the whole document", "", "已作为对全文的意见转入"),
    ("a note of no known form", "好", "a note of no known form; answer: 好"),  # (all in Chinese, or as written)
])  # fmt: skip
def test_a_resolved_comments_answer_is_said_in_chinese_after_its_note(note: str, answer: str, chinese: str) -> None:
    """(专利法实施细则, a trial) The Chinese tracking sheet's 说明 read 「answer: …」 and, at the next reading, 「… → …;
    answer: …」 and 「carried as a comment on the whole document」: the answer is staff's, kept as typed."""
    from lawcomment.consultation.answers import with_answer

    assert localized(with_answer(note, answer), "zh") == chinese


def test_a_refused_correction_is_said_in_chinese_with_its_comments_number() -> None:
    """comment edit's refusals name the comment first (comment #17: …): in Chinese when what
    follows has a known form, as written otherwise."""
    from lawcomment.exports import localized

    why = ("the proposed wording for 第二十八条 (art_28) reads much more like 第二十四条 (art_24) (similarity 0.90, "
           "against 0.20): check the article it names")  # fmt: skip
    assert localized(f"comment #17: {why}", "zh") == \
        "意见#17：针对第二十八条的修改建议与第二十四条更为相近（相似度0.90，与第二十八条仅0.20）：请核对其所针对的条文"  # fmt: skip
    assert localized("comment #17: something of no known form", "zh") == "comment #17: something of no known form"


@pytest.mark.parametrize("message", ["reject the whole group on 第十三条", "accept c1 and c2 on 第十三条 (art_13)"])
def test_a_decision_of_no_known_form_stays_as_written(message: str) -> None:
    # a review: the form for a decision and its unit read any "accept … on 第…" (对第十三条accept c1 and c2)
    assert localized(message, "zh") == message


@pytest.mark.parametrize(("ids", "said"), [
    (True, "#6: 第三十六条第一款 (art_36__para_1) → 第三十四条第一款 (art_34__para_1); proposal re-based onto the new text"),
    # (a page's: its units cited in English, as an English page cites them; a web trial's read 第三十六条第一款 there)
    (False, "#6: Article 36(1) → Article 34(1); proposal re-based onto the new text"),
])
def test_an_english_message_keeps_the_units_ids_unless_a_page_asks_it_without(ids: bool, said: str) -> None:
    message = "#6: 第三十六条第一款 (art_36__para_1) → 第三十四条第一款 (art_34__para_1); proposal re-based onto the new text"
    assert localized(message, "en", ids=ids) == said
    assert "(art_" not in localized(message, "zh", ids=ids)


@pytest.mark.parametrize(("message", "said"), [
    # the one 款 of an article, cited as the article (as the message cites it), not by its id's 款
    ("quote not found: 「依法需要取得的，」 of 第十二条 (art_12__para_1) is not in 第十三条 (art_13)",
     "quote not found: 「依法需要取得的，」 of Article 12 is not in Article 13"),
    # cited bare, without an id (the merge's notes on an article)
    ("acme's proposals #1, #2 on 第二条 are combined into one (the later one wins where they overlap)",
     "acme's proposals #1, #2 on Article 2 are combined into one (the later one wins where they overlap)"),
    # a list of citations joined as English joins them; the law's words quoted left as written, citations and all
    ("第二十八条 (art_28)、第三十一条 (art_31), and 第五条之一 (art_5-1) rewrote 「违反本法第十三条的」",
     "Article 28, Article 31, and Article 5-1 rewrote 「违反本法第十三条的」"),
    ("第一章 (chp_1) has no article", "Chapter I has no article"),
    # (a review's) the law's words quoted “…” left as written too; a chapter of a 编 and an item cited whole
    ("delete “违反第十条规定的” in 第十二条 (art_12)", "delete “违反第十条规定的” in Article 12"),
    ("第一编第二章 (part_1__chp_2) has no article", "Part 1 Chapter II has no article"),
    ("on 第十二条第一款第（三）项 (art_12__para_1__item_3)", "on Article 12(1)(3)"),
])
def test_an_english_page_cites_a_messages_units_in_english_and_leaves_the_laws_quoted_words(message: str, said: str) -> None:
    assert localized(message, "en", ids=False) == said
    assert localized(message, "en") == message  # (the command line's: as written, ids and all)


#: How carry-forward begins a carried proposal's note (where it went, and what the re-basing did), as it writes them.
_CARRIED_HEADS = (
    "第三十四条 (art_34) → 第六十三条 (art_63); none of its 1 change(s) fits the new text (the new version rewrote 「国务」 as "
    "「（三）国务」); the member's wording stays in comment #34",
    "第十条 (art_10) → 第十六条 (art_16); proposal re-based onto the new text",
    "第十八条 (art_18) → 第三十三条 (art_33); adopted: the new version made each of its changes (the wording proposed is "
    "#12's)",
)


def _carried_tails() -> dict[str, str]:
    """The clauses carry-forward may put after a note's head, each as consultation/versions.py writes it (by its
    mark), with the Chinese expected of it."""
    from lawcomment.review.rebase import MORE_OCCURRENCES, PASSED_OVER, SAID_ALREADY, UNSURE_PLACE

    return {
        (f"{SAID_ALREADY}: 「按照规定向履行反洗钱义务的机构反馈可疑交易报告使用情况」 in 第十六条第三款 (art_16__para_3) (0.58 of its "
         "words in order): 「信息中心应当向报告机构反馈报告使用情况。」 put in as well, the law may say it twice"):
            ("请核对：新版本可能已有此意：第十六条第三款中的「按照规定向履行反洗钱义务的机构反馈可疑交易报告使用情况」（按顺序含其0.58的文字）；"
             "如再增加「信息中心应当向报告机构反馈报告使用情况。」，法律可能重复规定"),
        f"{UNSURE_PLACE} (similarity 0.48)": "请核对：该条在新版本中的位置不确定（相似度0.48）",
        f"{UNSURE_PLACE} (similarity 0.44, also close to old 第八条 (art_8) (0.49))":
            "请核对：该条在新版本中的位置不确定（相似度0.44，也接近旧版本的第八条（0.49））",
        (f"{PASSED_OVER}: at aml@1 it put in 「、保险资产管理公司、非银行支付机构」 after 「保险公司」 in its own wording over "
         "this proposal's 「、保险资产管理公司」 (decision #4)"):
            "委员会在aml@1中在其建议条文中于「保险公司」之后增加「、保险资产管理公司、非银行支付机构」，未采纳本建议的「、保险资产管理公司」（决定#4）",
        (f"{MORE_OCCURRENCES}: it changed 「县」 → 「省」 in all 2 「出县境」 of 第三十三条 (art_33), and the new version has "
         "「出县境」 in 第三十四条第三款 (art_34__para_3) too, left as it is"):
            "请核对其他出现之处：其已将第三十三条中全部2处「出县境」的「县」改为「省」；新版本在第三十四条第三款中也有「出县境」，未作修改",
    }  # fmt: skip


def _carried_notes() -> list[tuple[str, str]]:
    """Every note a head and the carried clauses after it make: each clause alone, and every order of an unsure
    place (either form), the committee's other choice and the other occurrences (a trial's Chinese sheet kept
    「…; check: the article's new place is unsure (…); the committee chose otherwise: …」 in English)."""
    from itertools import permutations

    tails = _carried_tails()
    unsure = [k for k in tails if k.startswith("check: the article")]
    others = [k for k in tails if k not in unsure]
    groups: set[tuple[str, ...]] = set()
    for place in [None, *unsure]:
        pool = [*others, *([place] if place else [])]
        for n in range(1, len(pool) + 1):
            groups.update(permutations(pool, n))
    out = []
    for head in _CARRIED_HEADS:
        for group in sorted(groups):
            out.append(("; ".join([head, *group]), "；".join(tails[t] for t in group)))
    return out


def test_every_carried_clause_is_said_in_chinese_wherever_it_stands() -> None:
    import re

    notes = _carried_notes()
    # (3 heads, each with: the other three clauses in any order, 15; or either unsure form among them, 49 more each)
    assert len(notes) == 3 * (15 + 2 * 49), len(notes)
    for note, tail in notes:
        said = localized(note, "zh")
        # (a draft's ref, aml@1, is a name: no English)
        assert not re.search(r"[A-Za-z]{3,}", re.sub(r"[\w-]+@\d+", "", said)), (note, said)
        assert said.endswith(tail), (note, said)  # each clause in Chinese, in the order the note has them


def test_the_merge_says_in_chinese_that_a_carried_proposal_may_be_said_already() -> None:
    # (a trial of 反洗钱法 2006 第十条 → 2024 第十六条) the merge's and the export's warning of such a proposal
    said = ("comment #55 was carried from the last reading, and the new version may say what it puts in already, in other "
            "words; its article's new place is unsure: check it before its change goes out (`lawcomment comment show 55` "
            "gives its note)")  # fmt: skip
    assert localized(said, "zh") == ("意见#55由上一稿转入，新版本可能已以其他文字写有其所增加的内容；其条文在新版本中的位置不确定：其修改提交前"
                                     "请先核对（见该意见的说明）")  # fmt: skip


def test_a_form_is_tried_only_where_its_words_are() -> None:
    """A form is compiled and tried only on a message holding every word it requires: each of
    those words is a run of the literal characters the regex parser itself finds at the top of
    the pattern (so a message without one could never match it)."""
    import re
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]

    from lawcomment.exports.messages import _CLAUSE_FORMS, _ZH_FORMS, _required_words

    tested = 0
    for pattern, _ in (*_ZH_FORMS, *_CLAUSE_FORMS):
        runs, run = [], ""
        for op, value in sre_parser.parse(f"^{pattern}$", re.DOTALL):
            if op is sre_constants.LITERAL:
                run += chr(value)
            else:
                runs.append(run)
                run = ""
        runs.append(run)
        words = _required_words(pattern)
        assert all(any(w in r for r in runs) for w in words), (pattern, words, runs)
        tested += bool(words)
    assert tested > 400  # (nearly every form is tested for its words first)
    assert _required_words(r"a(?i:b)c|d") == () and _required_words(r"(?i)abc") == ()
    assert _required_words(r"ab?c{2,3}d\(e\)[fg]+h\d") == ("a", "d(e)", "h")
