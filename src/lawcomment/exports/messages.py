"""The merge's warnings and carry-forward's notes, written in English where they are made, in
the page's language where staff read them: a catalogue of their forms. A message of no known
form is shown as it was written."""

from __future__ import annotations

import functools
import re

from ..drafts.ids import citation_to_eid, eid_to_citation
from ..errors import LawcommentError

# (form of the English message, the Chinese one): the named parts are carried over as they are
# (ids, citations, quoted law text); a part still in English stays English
_ZH_FORMS: list[tuple[str, str]] = [
    (r"(?P<who>\S+) already made this exact comment on (?P<where>.+) \(nothing added\)", "{who}已在{where}提出过完全相同的意见，未重复添加"),
    (r"comment #(?P<id>\d+) already reads like that; nothing changed", "意见#{id}内容与原来相同，未作改动"),
    (r"proposals (?P<who>.+?) differ only in punctuation or whitespace \((?P<where>.+)\); merged as one, using the "
     r"wording of (?P<ids>\S+)", "建议{who}仅标点或空格不同（{where}），已合并为一条，采用{ids}的措辞"),
    (r"proposal (?P<id>\S+) repeats the base wording; it changes nothing", "建议{id}与原文相同，未作任何修改"),
    ((r"comment #(?P<id>\d+) \((?P<who>[^)]+)\): the proposed wording for (?P<eid>.+) reads much more like "
      r"(?P<other>.+) \(similarity (?P<a>[0-9.]+), against (?P<b>[0-9.]+)\): check the article it names "
      r"\(`lawcomment comment edit \d+ --at …` moves it\)"),
     "意见#{id}（{who}）针对{eid}的修改建议与{other}更为相近（相似度{a}，与{eid}仅{b}）：请核对其所针对的条文，必要时移至正确条文"),
    ((r"comment #(?P<id>\d+) \((?P<who>[^)]+)\): the proposed wording for (?P<eid>.+) keeps almost none of its text "
      r"\(similarity (?P<a>[0-9.]+)\): as its new wording, 「(?P<w>.*)」 replaces all of it \(a remark goes in the reason, "
      r"理由\) \(`lawcomment comment edit \d+ --no-proposal --reason …` makes it a remark\)"),
     "意见#{id}（{who}）针对{eid}的修改建议几乎未保留原文（相似度{a}）：作为建议条文，「{w}」将取代其全部文字；如是意见，请写在理由中"),
    ((r"comment #(?P<id>\d+) \((?P<who>[^)]+)\): the proposed wording for (?P<eid>.+) keeps almost none of its text "
      r"\(similarity (?P<a>[0-9.]+)\) and reads like no other article: 「(?P<w>.*)」 replaces all of it; check it is meant "
      r"for this article \(not a wording of another law's\) \(`lawcomment comment edit \d+ --at …` moves it\)"),
     "意见#{id}（{who}）针对{eid}的修改建议几乎未保留原文（相似度{a}），且与其他条文均不相近：「{w}」将取代其全部文字；请核对其确系针对本条（而非他法条文）"),
    ((r"(?:(?P<row>.+): )?the proposed wording for (?P<eid>.+) keeps almost none of its text \(similarity "
      r"(?P<a>[0-9.]+)\) and reads like no other article: 「(?P<w>.*)」 replaces all of it; check it is meant for this "
      r"article \(not a wording of another law's\)"),
     "针对{eid}的修改建议几乎未保留原文（相似度{a}），且与其他条文均不相近：「{w}」将取代其全部文字；请核对其确系针对本条（而非他法条文）"),
    ((r"comment #(?P<id>\d+) \((?P<who>[^)]+)\): the proposed wording for (?P<eid>.+) keeps little of its text \(similarity "
      r"(?P<a>[0-9.]+)\) and refers to 前款: if it is a new 款 to follow it, make its stance 新增 \(insert\); as given, it "
      r"replaces (?P=eid) whole \(`lawcomment comment edit \d+ --stance insert` makes it a new 款 after it\)"),
     "意见#{id}（{who}）针对{eid}的修改建议几乎未保留原文（相似度{a}），且提到“前款”：如系在其后新增一款，请将立场改为“新增”；按现状，它将整体取代{eid}"),
    ((r"(?:(?P<row>.+): )?the proposed wording for (?P<eid>.+) keeps little of its text \(similarity (?P<a>[0-9.]+)\) and "
      r"refers to 前款: if it is a new 款 to follow it, make its stance 新增 \(insert\); as given, it replaces (?P=eid) whole"),
     "针对{eid}的修改建议几乎未保留原文（相似度{a}），且提到“前款”：如系在其后新增一款，请将立场改为“新增”；按现状，它将整体取代{eid}"),
    (r"proposal (?P<id>\S+) is compared as a whole replacement: (?P<why>.+)", "建议{id}按整体替换比较：{why}"),
    (r"too large to compare exactly \((?P<a>\d+) and (?P<b>\d+) changed tokens\)",
     "改动过多，无法逐字比较（原文与建议中不同的部分分别有{a}和{b}个词）"),
    (r"too dissimilar to compare \(similarity (?P<s>[0-9.]+) < (?P<m>[0-9.]+)\)",
     "与原文差异过大，无法逐字比较（相似度{s}，低于{m}）"),
    ((r"the committee's wording of (?P<where>.+) \(decision #(?P<d>\d+)\) gives (?P<n>\d+) of its (?P<t>\d+) 款; read as "
      r"the whole article, it deletes (?P<gone>.+) and the (?P<k>\d+) 项 of (?P<of>\S+) \((?P<labels>[^)]+)\): give the "
      r"whole article with the 款 reworded, or decide on the 款 itself \(decide --article with its 款\), unless deleting "
      r"them is meant"),
     "委员会对{where}的建议条文（决定#{d}）只给出该条{t}款中的{n}款；按全条理解，将删去{gone}及{of}的{k}项（{labels}）：请给出全条"
     "（改写其中相应一款），或仅就该款作出决定；确系删除的除外"),
    ((r"the committee's wording of (?P<where>.+) \(decision #(?P<d>\d+)\) gives none of its (?P<k>\d+) 项 "
      r"\((?P<labels>[^)]+)\): it deletes them \(to reword only the words before them, end the wording with ： as they do\)"),
     "委员会对{where}的建议条文（决定#{d}）未给出其{k}项（{labels}）中的任何一项，将删去这些项（如只改写其前的文字，请与原文一样以“：”结尾）"),
    ((r"the wording of (?P<where>\S+) gives none of its (?P<k>\d+) 项 \((?P<labels>[^)]+)\): it proposes deleting them "
      r"\(to reword only the words before them, end the wording with ： as they do\)"),
     "{where}的修改建议未给出其{k}项（{labels}）中的任何一项，即建议删去这些项（如只改写其前的文字，请与原文一样以“：”结尾）"),
    ((r"the wording of (?P<where>\S+) ends as its opening words do, before its (?P<k>\d+) 项 \((?P<labels>[^)]+)\), and "
      r"gives none of them: read as rewording those words, the 项 kept as the draft has them"),
     "{where}的修改建议以列项前的文字结尾，未给出其{k}项（{labels}）：按改写该段文字理解，各项保持草案原文"),
    ((r"the committee's wording of (?P<where>.+) \(decision #(?P<d>\d+)\) gives (?P<n>\d+) of its (?P<t>\d+) 款; read as "
      r"the whole article, it deletes (?P<gone>.+): give the whole article with the 款 reworded, or decide on the 款 "
      r"itself \(decide --article with its 款\), unless deleting them is meant"),
     "委员会对{where}的建议条文（决定#{d}）只给出该条{t}款中的{n}款；按全条理解，将删去{gone}：请给出全条（改写其中相应一款），"
     "或仅就该款作出决定；确系删除的除外"),
    ((r"the committee's en wording of (?P<where>.+) \(decision #(?P<d>\d+)\) keeps the en text as it is while the zh "
      r"text that goes out changes: check the two say the same \(decide again, or undo it\)"),
     "委员会对{where}的英文措辞（决定#{d}）保持英文原样，而提交的中文已修改：请核对中英文是否一致（重新决定或撤销）"),
    ((r"the committee's en wording of (?P<where>.+) \(decision #(?P<d>\d+)\) and the zh text that goes out give "
      r"different numbers, dates or citations \((?P<what>.+)\): check both say the same \(decide again, or undo one\)"),
     "委员会对{where}的英文措辞（决定#{d}）与提交的中文在数字、日期或援引上不一致（{what}）：请核对二者是否一致（重新决定或撤销其一）"),
    ((r"(?:(?P<filep>.+): )?the tracked changes by (?P<who>.+) in (?P<where>.+) change only its label \(to (?P<label>\S+)\), "
      r"which numbers the article and is not its text; no proposal recorded"),
     "{filep}{who}在{where}所作的修订只改动了条文序号（改为{label}）；序号不属于条文内容，未记录为修改建议"),
    ((r"(?:(?P<filep>.+): )?the tracked changes by (?P<who>.+) in (?P<where>.+) change nothing on their own "
      r"\(formatting only, or edits of another author's insertions\); no proposal recorded"),
     "{filep}{who}在{where}所作的修订本身未改动文字（仅改动格式，或只改动了其他作者插入的文字），未记录为修改建议"),
    ((r"(?:(?P<filep>.+): )?tracked changes by (?P<who>.+) inside the table\(s\) of (?P<where>.+) were not imported: a "
      r"table's cells are not read as a wording; give the change in a Word comment on the table, or as a remark"),
     "{filep}{who}在{where}表格内所作的修订未导入：表格中的文字不作为修改建议读取；请以Word批注或意见的方式提出"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the proposal gives one 款 of (?P<art>.+?) \((?P<n>\d+) 款\); "
      r"anchored at (?P<at>.+?); the other 款 of (?P=art) are not read as deleted \(to delete one, say so in the 理由: "
      r"(?P<ex>.+)\)"),
     "{filep}第{t}个表格第{r}行：建议只写了{art}（共{n}款）中的一款，已归入{at}；{art}的其他各款不视为删除（如需删除，请在“理由”栏写明：{ex}）"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the proposal gives (?:one|\d+) 款 of (?P<art>.+?) "
      r"\((?P<n>\d+) 款\); read as the whole article, so it proposes deleting (?P<gone>.+)"),
     "{filep}第{t}个表格第{r}行：建议只写了{art}（共{n}款）中的部分内容，按全条理解，即建议删除{gone}"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): a row added for a new article after (?P<where>.+); read as "
      r"proposing it"), "{filep}第{t}个表格第{r}行：会员新增的一行，读作建议在{where}之后新增一条"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the 理由 of (?P<where>.+) gives a wording \(「(?P<w>.*)」\) "
      r"while its 修改建议 is left as printed; it is kept as a remark \(write the wording in 修改建议 to propose it\)"),
     "{filep}第{t}个表格第{r}行：{where}的“理由”栏写了修改后的措辞（「{w}」），而“修改建议”栏未改动；已作为意见保存（如要提出修改，请把措辞写在“修改建议”栏）"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the cells (?P<cells>\S+) are merged into one, so the "
      r"wording cannot be told from the reason; write each in its own cell \(split the cells in Word\)"),
     "{filep}第{t}个表格第{r}行：{cells}单元格已合并，无法区分修改建议与理由；请拆分单元格，分别填写"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the cells (?P<cells>\S+) are merged into one, so the "
      r"wording cannot be told from the draft text; write each in its own cell \(split the cells in Word\)"),
     "{filep}第{t}个表格第{r}行：{cells}单元格已合并，无法区分修改建议与草案原文；请拆分单元格，分别填写"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the chapter heading row reads 「(?P<w>.*)」, words added "
      r"to the heading the form printed; not read as a comment: write them in the 修改建议 and 理由 of an article's row "
      r"\(or a 全文 row for the whole draft\) and import the form again"),
     "{filep}第{t}个表格第{r}行：章节标题行写有「{w}」，是在表格印出的标题中添加的文字，不作为意见读取；请写在相应条文行的“修改建议”和“理由”栏"
     "（对草案整体的意见写在“全文”行），再重新导入本表"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): a row merged across the table reads 「(?P<w>.*)」; not read "
      r"as a comment"), "{filep}第{t}个表格第{r}行：跨整行合并的一行（「{w}」）不作为意见读取"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): its “(?P<cell>[^”]+)” cell is merged with the row above's, "
      r"so the row has no wording of its own; write it in its own cell \(split the cells in Word\)"),
     "{filep}第{t}个表格第{r}行：“{cell}”单元格与上一行合并，本行没有单独的修改建议；请拆分单元格后填写"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): its “(?P<cell>[^”]+)” cell is merged with the row above's; "
      r"the merged cell's reason is read for this row too"),
     "{filep}第{t}个表格第{r}行：“{cell}”单元格与上一行合并；合并单元格中的理由同时作为本行的理由"),
    ((r"(?:(?P<filep>.+): )?(?P<name>.+), an earlier file this one repeats, gave (?P<n>\d+) comment\(s\) this one does "
      r"not have: (?P<ids>.+); they stay open \(if this file replaces (?P<again>.+), `lawcomment comment withdraw ID` "
      r"those the member dropped\)"),
     "{filep}本文件重复了此前提交的{name}中的部分意见，其中有{n}条本文件没有：{ids}；这些意见仍然有效（如本文件是{name}的修改稿，可撤回会员已放弃的意见）"),
    ((r"(?:(?P<filep>.+): )?an earlier copy of (?P<name>.+) gave (?P<n>\d+) comment\(s\) this one no longer has: "
      r"(?P<ids>.+); they stay open \(`lawcomment comment withdraw ID` if the member dropped them\)"),
     "{filep}此前提交的{name}中有{n}条意见在本次文件中已不见：{ids}；这些意见仍然有效（如会员已放弃，可予撤回）"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the form printed (?P<where>.+) otherwise than (?P<ref>\S+) "
      r"has it now \(the draft was replaced after the form was made\??\); the row is left as printed and proposes nothing"),
     "{filep}第{t}个表格第{r}行：本表所印{where}与现行草案不同（表格制作后草案已更新）；该行未作修改，不视为修改建议"),
    ((r"(?:(?P<filep>.+): )?table (?P<t>\d+) row (?P<r>\d+): the form printed (?P<where>.+) otherwise than (?P<ref>\S+) "
      r"has it now; the member's changes are made on the stored text"),
     "{filep}第{t}个表格第{r}行：本表所印{where}与现行草案不同；会员所作修改已移至现行条文"),
    (r"comment #(?P<id>\d+)'s wording of the \w+ text re-based onto the \w+ text of (?P<where>.+?): (?P<w>「.*」)",
     "意见#{id}的译文措辞已移至{where}的译文上：{w}"),
    (r"comment #(?P<id>\d+) is on the \w+ translation, which gives (?P<where>.+) no words of its own: it cannot go there",
     "意见#{id}针对译文，而译文没有与{where}单独对应的文字：无法移至该处"),
    ((r"comment #(?P<id>\d+)'s wording changes words of the \w+ text of (?P<old>.+?) that the \w+ text of (?P<where>.+) "
      r"does not have: give its wording there with --propose \(or --no-proposal\)"),
     "意见#{id}的措辞所改动的{old}译文文字，{where}的译文中没有：请在该处重新给出措辞"),
    (r"comment #(?P<id>\d+) is not a wording of the en translation of (?P<where>.+) \(its wordings: none\)",
     "意见#{id}不是对{where}英文译本的措辞建议（本条没有英文措辞建议）"),
    (r"comment #(?P<id>\d+) is not a wording of the en translation of (?P<where>.+) \(its wordings: (?P<ids>.+)\)",
     "意见#{id}不是对{where}英文译本的措辞建议（本条的英文措辞建议：{ids}）"),
    *[((rf"comment #(?P<id>\d+) proposes {what} of (?P<cite>.+) in the English translation \((?P<where>.+)\); it is listed, "
        r"not merged: give the committee's wordings with `decide --text` and `--text-en` \(or `--text-en-from \d+`\)"),
       f"意见#{{id}}对英文译本{{cite}}（{{where}}）提出{zh}，单独列出，不并入中文：请给出委员会的中文和英文措辞"
       "（decide --text 与 --text-en，或以 --text-en-from {id} 采用该意见）")
      for what, zh in (("a wording", "修改措辞"), ("a deletion", "删除"))],
    # (carried onto a next reading stored without its translation: a web trial's Chinese page read this in English,
    # command line and all)
    *[((rf"comment #(?P<id>\d+) proposes {what} of (?P<cite>.+) in the English translation \((?P<where>.+)\); it is listed, "
        r"not merged: this version has no en translation to give the committee's wording of \(add it with `draft add … "
        r"--translation`\); the committee's wording in the draft's language goes with `decide --text`"),
       f"意见#{{id}}对英文译本{{cite}}（{{where}}）提出{zh}，单独列出，不并入中文：本稿没有英文译本，无法给出委员会的英文措辞"
       "（可先添加本稿的英文译本）；委员会的中文措辞可照常给出")
      for what, zh in (("a wording", "修改措辞"), ("a deletion", "删除"))],
    # (a web trial's Chinese page read this in English, with the command line's --lang en)
    (r"the proposal is written in English: recorded as a wording of the English translation, as with --lang en",
     "建议条文为英文：已作为对英文工作译本的措辞建议记录"),
    (r"the proposal is written in Chinese: recorded as a wording of the Chinese translation, as with --lang zh",
     "建议条文为中文：已作为对中文译本的措辞建议记录"),
    ((r"comment #(?P<id>\d+) proposes a new provision after (?P<cite>.+) in the English translation \((?P<where>.+)\); it "
      r"is listed, not merged, and goes out in no submission: give it in the draft's language \(`lawcomment comment "
      r"translate \d+ --text \"…\"`\), then accept or reject it"),
     "意见#{id}在英文译本{cite}（{where}）之后提出新增条文，单独列出，不并入中文，也不会出现在任何提交稿中：请先给出其中文措辞"
     "（lawcomment comment translate {id} --text \"…\"），再决定采纳或不采纳"),
    ((r"(?P<id>c\d+) puts in a 款 before 「(?P<w>.*)」, which refers to (?P<f>\S+): after the new 款 it would refer to "
      r"that one; check the reference in (?P<where>.+)"),
     "修改{id}在「{w}」之前增加一款，而该款所称“{f}”将改指新增之款：请核对{where}中的援引"),
    ((r"comment #(?P<id>\d+) was carried from the last reading, and (?P<why>.+): check it before its change goes out "
      r"\(`lawcomment comment show \d+` gives its note\)"), "意见#{id}由上一稿转入，{why}：其修改提交前请先核对（见该意见的说明）"),
    (r"the new version already has the words it puts in, elsewhere in the unit", "新版本已在他处写有其所增加的文字"),
    (r"the new version may say what it puts in already, in other words", "新版本可能已以其他文字写有其所增加的内容"),
    (r"its deletion now takes out words the new version wrote", "其删除现在会删去新版本所写的文字"),
    (r"some of its changes did not fit the new text", "其部分修改与新文本不符"),
    (r"its quote followed to an article its own did not become", "其引文已随至另一条文"),
    (r"its quote \(or its 款, which the new version moved\) followed to an article its own did not become",
     "其引文（或新版本已移走的该款）已随至另一条文"),
    (r"its article's new place is unsure", "其条文在新版本中的位置不确定"),
    (r"its words cite an article the new version no longer has", "其文字所引条文在新版本中已不存在"),
    (r"the committee chose otherwise then", "委员会当时就该冲突作出了其他选择"),
    (r"the words around its change stand at two places of the new text alike, and it was put at one",
     "其修改前后的文字在新文本中有两处相同，已放在其中一处"),
    (r"its 款 or 项 had no close counterpart: its changes were followed through the article's diff to where they stand",
     "其所在款（项）在新条文中没有相近的对应，其修改系按条文前后差异转至现在的位置"),
    (r"it changed every occurrence of words the new version has more often, and leaves the others as they are",
     "其修改了某处文字的全部出现之处，而新版本中该文字出现次数更多，其余之处未作修改"),
    (r"check the citation: its words cite (?P<c>「.*」), which the new version no longer has",
     "请核对引用：其文字引用的{c}在新版本中已不存在"),
    ((r"changes (?P<a>c\d+) and (?P<b>c\d+), of different proposals, touch: together they read 「(?P<x>.*)」, which "
      r"no proposal has; accept both only if that is meant"),
     "修改{a}与{b}来自不同建议且彼此相邻：合在一起读作「{x}」，与任何一条建议都不同；确属本意方可同时采纳"),
    ((r"(?P<a>c\d+) is accepted and (?P<b>c\d+) rejected, changes of the same wording \((?P<ids>.+)\) (?P<n>\d+) "
      r"character\(s\) apart: the position reads 「(?P<x>.*)」 there, which no proposal has; decide the two together"),
     "同一建议（{ids}）中相隔{n}个字的修改{a}已采纳、{b}未采纳：此处读作「{x}」，与任何建议都不同；请一并决定"),
    *[(rf"{who} only (?:puts in|takes out) whitespace \((?P<names>.+)\), which no reader can see: check it is meant",
       f"{zh}只增删空白字符（{{names}}），读者看不见：请核对是否确有此意")
      for who, zh in ((r"(?P<a>c\d+)", "修改{a}"), ("the committee's wording", "委员会建议条文"))],
    *[(rf"{who} puts in (?P<names>.+) with its words, which no reader can tell from a space or from nothing: check it is "
       r"meant", f"{zh}在所增文字中带有{{names}}，读者无法分辨：请核对是否确有此意")
      for who, zh in ((r"(?P<a>c\d+)", "修改{a}"), ("the committee's wording", "委员会建议条文"))],
    ((r"(?P<n>\d+) zero-width character\(s\) taken out of the proposed text: they are invisible, and a change of them "
      r"would be one nobody can see"), "建议条文中有{n}个零宽字符已删去：它们不可见，对它们的修改谁也看不见"),
    ((r"(?P<a>c\d+) is accepted and (?P<b>c\d+) not decided yet, changes of the same wording \((?P<ids>.+)\) (?P<n>\d+) "
      r"character\(s\) apart: the submission reads 「(?P<x>.*)」 there, which no proposal has; decide the two together"),
     "同一建议（{ids}）中相隔{n}个字的修改{a}已采纳、{b}尚未决定：提交稿此处读作「{x}」，与任何建议都不同；请一并决定"),
    ((r"(?P<ids>c\d+(?:、c\d+)*) of (?P<who>.+?)'s wording (?:is|are) accepted, and (?P<x>x\d+) in the same sentence "
      r"resolved with alternative (?P<n>\d+) \((?P<other>.+?)'s\), not (?P<who2>.+?)'s: the position reads 「(?P<r>.*)」 "
      r"there, which no member wrote; check it reads as meant"),
     "{who}措辞中的修改{ids}已采纳，而同一句中的分歧{x}采用了第{n}种表述（{other}）：此处读作「{r}」，没有会员这样写过；请核对是否通顺、符合本意"),
    ((r"(?P<x>x\d+) resolved with alternative (?P<n>\d+) \((?P<a>.+?)'s\) and (?P<y>x\d+) in the same sentence with "
      r"alternative (?P<m>\d+) \((?P<b>.+?)'s\): the position reads 「(?P<r>.*)」 there, which no member wrote; check it "
      r"reads as meant"),
     "分歧{x}采用了第{n}种表述（{a}），而同一句中的分歧{y}采用了第{m}种表述（{b}）：此处读作「{r}」，没有会员这样写过；请核对是否通顺、符合本意"),
    ((r"(?P<a>c\d+) is rejected and (?P<b>c\d+) not decided yet, changes of the same wording \((?P<ids>.+)\) (?P<n>\d+) "
      r"character\(s\) apart: the position reads 「(?P<x>.*)」 there, which no proposal has; decide the two together"),
     "同一建议（{ids}）中相隔{n}个字的修改{a}未采纳、{b}尚未决定：此处读作「{x}」，与任何建议都不同；请一并决定"),
    ((r"(?P<a>c\d+) is accepted and (?P<b>c\d+) rejected, the same change of the same wording \((?P<ids>.+)\) in two "
      r"places \((?P<x>.*)\): the position makes it in one only; decide the two together"),
     "同一建议（{ids}）在两处作出的同一修改（{x}）中，{a}已采纳、{b}未采纳：本条意见只在一处作出该修改；请一并决定"),
    ((r"(?P<a>[cx]\d+) is accepted and (?P<b>[cx]\d+) rejected \((?P<ids>[^)]+)\): together they move 「(?P<w>.*)」, and the "
      r"position now says it twice; decide the two together"),
     "同一建议（{ids}）的修改{a}已采纳、{b}未采纳：二者合起来是把「{w}」移到别处，现在本条两处都有这段文字；请一并决定"),
    ((r"(?P<a>[cx]\d+) is accepted and (?P<b>[cx]\d+) rejected \((?P<ids>[^)]+)\): together they move 「(?P<w>.*)」, and the "
      r"position now says it nowhere; decide the two together"),
     "同一建议（{ids}）的修改{a}已采纳、{b}未采纳：二者合起来是把「{w}」移到别处，现在本条已无这段文字；请一并决定"),
    ((r"(?P<a>[cx]\d+) is accepted and (?P<b>[cx]\d+) not decided yet \((?P<ids>[^)]+)\): together they move 「(?P<w>.*)」, and the "
      r"position now says it twice; decide the two together"),
     "同一建议（{ids}）的修改{a}已采纳、{b}尚未决定：二者合起来是把「{w}」移到别处，现在本条两处都有这段文字；请一并决定"),
    ((r"(?P<a>[cx]\d+) is accepted and (?P<b>[cx]\d+) not decided yet \((?P<ids>[^)]+)\): together they move 「(?P<w>.*)」, and the "
      r"position now says it nowhere; decide the two together"),
     "同一建议（{ids}）的修改{a}已采纳、{b}尚未决定：二者合起来是把「{w}」移到别处，现在本条已无这段文字；请一并决定"),
    (r"(?P<id>\S+) only takes out a line break: it joins two 款 \(or 项\) into one; check it is meant",
     "修改{id}只删去了一个换行：两款（或两项）将合为一款（项）；请核对是否有意为之"),
    (r"(?P<id>\S+) only puts in a line break: it splits a 款 \(or 项\) in two; check it is meant",
     "修改{id}只加入了一个换行：一款（或一项）将分为两款（项）；请核对是否有意为之"),
    ((r"(?P<who>\S+)'s proposals (?P<ids>.+) on (?P<where>.+) are combined into one \(the later one wins where they "
      r"overlap\)"), "{who}对{where}的建议{ids}合并为一条（重叠之处以后提交的为准）"),
    ((r"(?P<who>\S+)'s proposal (?P<id>#\d+) on (?P<where>.+) rewords what (?P<ids>.+) also changed, and stands "
      r"there: (?P<lost>.+) left out"), "{who}的建议{id}改写了{ids}也修改过的{where}文字，以其为准：{lost}未采用"),
    ((r"#(?P<c>\d+) rewords (?P<where>.+?), where (?P<who>\S+)'s own (?P<ids>#[\d, #]+) ask\(s\) (?P<places>.+) deleted: "
      r"the merge takes the later, the wording, and leaves the deletion out; withdraw (?P=ids) if the wording is meant, "
      r"or #(?P=c) to keep the deletion"),
     "#{c}修改了{where}，而{who}自己的{ids}建议删除{places}：合并时以后提交的修改为准，删除建议不再列入；如确要修改，请撤回{ids}；"
     "如要保留删除建议，请撤回#{c}"),
    ((r"#(?P<c>\d+) deletes (?P<where>.+?), where (?P<who>\S+)'s own (?P<ids>#[\d, #]+) reword\(s\) (?P<places>.+): the "
      r"merge takes the later, the deletion, and offers (?P=ids) nowhere; withdraw (?P=ids) if the deletion is meant, or "
      r"#(?P=c) to keep them"),
     "#{c}建议删除{where}，而{who}自己的{ids}修改了其中的{places}：合并时以后提交的删除为准，{ids}不会作为备选方案；如确要删除，"
     "请撤回{ids}；如要保留修改，请撤回#{c}"),
    ((r"the final wording of (?P<where>.+) \(decision #(?P<d>\d+)\) was set before (?P<n>\d+) proposal\(s\) arrived; "
      r"it still applies: review it \(decide again, or undo it\)"),
     "{where}的最终措辞（决定#{d}）设定后又收到{n}条建议；该决定仍然有效，请复核（重新决定或撤销）"),
    ((r"decision #(?P<d>\d+) on (?P<x>x\d+) of (?P<where>.+) was made before alternative\(s\) (?P<alts>.+) arrived; it "
      r"still applies: review it \(decide again, or undo it\)"),
     "对{where}分歧{x}的决定#{d}作出后又出现新的方案{alts}；该决定仍然有效，请复核（重新决定或撤销）"),
    (r"decision #(?P<d>\d+) \((?P<why>.+)\) no longer matches the proposals; it is ignored \(undo it or decide again\)",
     "决定#{d}（{why}）与现有建议已不对应，不再适用（请撤销或重新决定）"),
    # a decision carry-forward left on the last reading, its comments orphaned (consultation.versions._orphans_left)
    ((r"the comments? it decided on, (?P<ids>#\d+ \([^)]*\)(?:, #\d+ \([^)]*\))*), (?:was|were) orphaned: decide again "
      r"if staff put (?:it|them) back in play"), "该决定所针对的意见{ids}已失效：工作人员将其恢复后请重新决定"),
    # a decision in a few words (review.position._what), inside the messages above: with its unit, then alone
    (r"final wording on (?P<where>第\S+?)(?: \([a-z][\w-]*\))?", "{where}的最终措辞"),
    ((r"(?P<why>(?:accept|reject) (?:new unit |deleting )?「.*」(?: → 「.*」)?|choose (?:putting in |deleting )?「.*」"
      r"(?: for 「.*」)?) on (?P<where>第\S+?)(?: \([a-z][\w-]*\))?"), "对{where}{why}"),
    (r"(?P<a>accept|reject) new unit 「(?P<n>.*)」", "{a}新增条款「{n}」"),
    (r"choose 「(?P<n>.*)」 for 「(?P<o>.*)」", "选定以「{n}」取代「{o}」"),
    (r"choose deleting 「(?P<o>.*)」", "选定删去「{o}」"),
    (r"choose putting in 「(?P<n>.*)」", "选定增加「{n}」"),
    (r"(?P<a>accept|reject) 「(?P<o>.*)」 → 「(?P<n>.*)」", "{a}将「{o}」修改为「{n}」"),
    (r"(?P<a>accept|reject) deleting 「(?P<o>.*)」", "{a}删去「{o}」"),
    (r"(?P<a>accept|reject) 「(?P<n>.*)」", "{a}增加「{n}」"),
    (r"final wording", "最终措辞"),
    ((r"the committee reason for (?P<where>.+) is left out of the submission: no decision on it applies any more "
      r"\(decide again, or remove the reason with decide --committee-reason ''\)"),
     "{where}的委员会理由未列入提交文本：其相关决定均已不再适用（请重新决定，或用 decide --committee-reason '' 删除该理由）"),
    ((r"the committee reason for (?P<where>.+) is left out of the submission: it was given beside decision "
      r"(?P<ds>#\d+(?:, #\d+)*), since undone, replaced or left matching no proposal, and no change of it goes out now "
      r"\(give it again with "
      r"decide --committee-reason '…' if it holds for the draft's wording as it is, or remove it with decide "
      r"--committee-reason ''\)"),
     ("{where}的委员会理由未列入提交文本：该理由是针对决定{ds}给出的，这些决定已撤销、被取代或已与现有建议不对应，本条现已无修改提交"
      "（如该理由也适用于草案原文，请用 decide --committee-reason '…' 重新给出；或用 decide --committee-reason '' 删除）")),
    ((r"half-width punctuation \((?P<half>.+?)\) between Chinese words of the proposed text is made full width "
      r"\((?P<full>.+?)\), as the law writes it: the diff shows only the words changed"),
     "修改建议中夹在中文之间的半角标点（{half}）已改为全角（{full}），与法律文本一致：对照只显示文字的改动"),
    ((r"the committee's wording of (?P<where>.+) ends without the 「(?P<mark>.+?)」 that closes it in the law: kept \(to "
      r"take it out, end the wording with another mark\)"),
     "委员会对{where}的措辞结尾缺少原文的「{mark}」：已保留（如要删去，请以其他标点结尾）"),
    ((r"the wording of (?P<where>.+) ends without the 「(?P<mark>.+?)」 that closes it in the law: kept \(to take it out, "
      r"end the wording with another mark\)"),
     "{where}的修改建议结尾缺少原文的「{mark}」：已保留（如要删去，请以其他标点结尾）"),
    ((r"the wording of (?P<where>.+) ends without a closing mark, where the law's text ends with one: as written, the "
      r"diff strikes the law's mark out; end the wording with the mark meant"),
     "{where}的修改建议结尾没有标点，而原文以标点结尾：按现状，对照将删去原文的标点；请在建议结尾加上所需标点"),
    ((r"in the proposed text, (?P<n>\d+) space\(s\) typed between Chinese words or at a line's end taken out and "
      r"full-width digits \((?P<w>.+?)\) made half width \((?P<h>.+?)\), as the law writes it: the diff shows only the "
      r"words changed"),
     "修改建议中夹在中文之间或位于行首行尾的{n}个空格已删去，全角数字（{w}）已改为半角（{h}），与法律文本一致：对照只显示文字的改动"),
    ((r"in the proposed text, (?P<n>\d+) space\(s\) typed between Chinese words or at a line's end taken out, as the "
      r"law writes it: the diff shows only the words changed"),
     "修改建议中夹在中文之间或位于行首行尾的{n}个空格已删去，与法律文本一致：对照只显示文字的改动"),
    ((r"in the proposed text, full-width digits \((?P<w>.+?)\) made half width \((?P<h>.+?)\), as the law writes it: "
      r"the diff shows only the words changed"),
     "修改建议中的全角数字（{w}）已改为半角（{h}），与法律文本一致：对照只显示文字的改动"),
    ((r"half-width punctuation \((?P<half>.+?)\) between Chinese words of the committee's wording is made full width "
      r"\((?P<full>.+?)\), as the law writes it: the diff shows only the words changed"),
     "委员会表述中夹在中文之间的半角标点（{half}）已改为全角（{full}），与法律文本一致：对照只显示文字的改动"),
    *[((rf"full-width punctuation \((?P<full>.+?)\) in {what} where the law writes it half width \((?P<half>.+?)\) is "
        r"kept as the law writes it: the diff shows only the words changed"),
       f"{zh}中的全角标点（{{full}}）在法律文本中为半角（{{half}}），已按法律文本保留：对照只显示文字的改动")
      for what, zh in (("the proposed text", "修改建议"), ("the committee's wording", "委员会表述"))],
    # a wording whose marks were made full width and kept half width both (review.proposals.width_note): as a whole,
    # its marks may hold the "; " a note's clauses are cut at
    *[((rf"half-width punctuation \((?P<half>.+?)\) between Chinese words of {what} is made full width "
        rf"\((?P<full>.+?)\), as the law writes it; full-width punctuation \((?P<full2>.+?)\) in {what} where the law "
        r"writes it half width \((?P<half2>.+?)\) is kept as the law writes it: the diff shows only the words changed"),
       f"{zh}中夹在中文之间的半角标点（{{half}}）已改为全角（{{full}}），与法律文本一致；{zh}中的全角标点（{{full2}}）在法律文本中为"
       "半角（{half2}），已按法律文本保留：对照只显示文字的改动")
      for what, zh in (("the proposed text", "修改建议"), ("the committee's wording", "委员会表述"))],
    ((r"the wording given for (?P<at>.+) is the whole of (?P<art>.+), every 款 of it: anchored at the article"),
     "针对{at}的修改建议是{art}的全文（包括各款）：已归入该条"),
    ((r"the member column's '(?P<org>.+)' is the organisation of member (?P<who>\S+): its rows are recorded for (?P=who)"),
     "会员栏中的“{org}”是会员{who}的单位名称：这些行记为{who}的意见"),
    ((r"the committee reason for (?P<where>.+) was carried from the last reading with no decision beside it, and the "
      r"new version reworded the article: it was given on the old words; check it before it goes out \(give it again "
      r"with decide --committee-reason '…', changed or as it is\)"),
     "{where}的委员会理由由上一稿带入，本条没有与之对应的决定，而新版本已改写该条：该理由是针对原文字给出的，提交前请核对（可重新给出理由，修改或照旧）"),
    ((r"the committee reason for (?P<where>.+) was carried from the last reading, where it was given beside decision "
      r"(?P<ds>#\d+(?:, #\d+)*), which did not come over \(the new version made it, or it no longer applies\): it may "
      r"argue for words the law now has; check it before it goes out \(give it again with decide --committee-reason "
      r"'…', changed or as it is\)"),
     ("{where}的委员会理由由上一稿带入；在上一稿中，该理由是针对决定{ds}给出的，而这些决定未带入新版本（新版本已作出该修改，"
      "或决定已不再适用）：理由可能仍在论证法律现已写入的内容，提交前请核对（用 decide --committee-reason '…' 重新给出，"
      "修改或照旧均可）")),
    ((r"the committee reason for (?P<where>.+) goes out, but it was given beside decision (?P<ds>#\d+(?:, #\d+)*), "
      r"since undone, replaced or left matching no proposal: check it holds for what goes out now \(give it again with decide "
      r"--committee-reason '…', changed or as it is\)"),
     ("{where}的委员会理由将随修改提交，但该理由是针对决定{ds}给出的，这些决定已撤销、被取代或已与现有建议不对应：请核对该理由是否适用于"
      "现在提交的修改（用 decide --committee-reason '…' 重新给出，修改或照旧均可）")),
    ((r"the committee reason for (?P<where>.+) goes out beside the draft's own wording, though it may have been "
      r"given for decision (?P<ds>#\d+(?:, #\d+)*), undone or replaced in the same second: check it holds for the "
      r"draft's wording as it is \(or remove it with decide --committee-reason ''\)"),
     ("{where}的委员会理由与草案原文一并提交，但该理由可能是针对决定{ds}给出的（这些决定在同一秒内被撤销或取代）："
      "请核对该理由是否适用于草案原文（或用 decide --committee-reason '' 删除）")),
    ((r"(?P<a>c\d+) and (?P<b>c\d+) \((?P<ids>[^)]+)\) move 「(?P<twin>.*)」 within (?P<where>.+?)(?:, reworded "
      r"\(similarity (?P<s>[\d.]+)\))? \(one move: accept or reject the two alike\)"),
     "{a}与{b}（{ids}）将「{twin}」在{where}内移动位置（同一处移动：请一并采纳或一并不采纳）"),
    ((r"(?P<id>c\d+) puts in 「(?P<line>.*)」, which reads much like 「(?P<twin>.*)」 already in (?P<where>.+) "
      r"\(similarity (?P<s>[\d.]+)\): check it is not the same provision"),
     "{id}增加的「{line}」与{where}已有的「{twin}」相近（相似度{s}）：请核对是否为同一规定"),
    (r"comment #(?P<c>\d+) \((?P<stance>\w+)\) on (?P<on>.+) is not a wording of (?P<of>.+); listed, not merged",
     "意见#{c}（{stance}）针对{on}，不是{of}的措辞建议；仅列出，不参与合并"),
    ((r"comment #(?P<c>\d+) \((?P<stance>\w+)\) on (?P<on>.+?) quotes (?P<q>「.+」), which (?P=on) has not and (?P<other>.+?) "
      r"has: check the unit it is on \(`lawcomment comment edit (?P=c) --at (?P<at>\S+)` moves it\)"),
     "意见#{c}（{stance}）针对{on}，但所引用的{q}不在{on}中，而在{other}中：请核对其所针对的条款（`lawcomment comment edit {c} --at {at}` 可将其移过去）"),
    # a wording moved to another unit (`comment edit --at`): its changes made there, or refused
    ((r"comment #(?P<c>\d+) is a wording of (?P<a>.+?): its (?P<n>\d+) change\(s\) are made on the text of (?P<b>.+?) "
      r"\(`lawcomment comment undo (?P=c)` moves it back\)"),
     "意见#{c}是对{a}的修改建议：其{n}处修改已改在{b}的文字上（`lawcomment comment undo {c}` 可将其移回）"),
    ((r"comment #(?P<c>\d+) is a wording of (?P<a>.+?) \(similarity (?P<s>[\d.]+), against (?P<t>[\d.]+)\): put on "
      r"(?P<b>.+?) as written it would replace that text with (?P=a)'s, and (?P<f>\d+) of its (?P<n>\d+) change\(s\) do "
      r"not fit the text of (?P=b): give its wording of (?P=b) with --propose, or move it as a remark with --no-proposal"),
     "意见#{c}是对{a}的修改建议（相似度{s}，与{b}仅{t}）：照原样移至{b}，将以{a}的文字取代{b}的文字，且其{n}处修改中有{f}处"
     "在{b}中找不到相同的文字：请用--propose给出对{b}的修改建议，或用--no-proposal将其作为意见移过去"),
    ((r"the items of (?P<where>.+) are numbered on; check what cites them by number \(「(?P<cited>.+)」 here, and in "
      r"other articles\)"), "{where}的各项序号已相应调整；请核对按序号引用各项之处（本条「{cited}」及其他条文）"),
    ((r"(?P<citing>.+) cites 「(?P<text>.*)」, which this position deletes; change or delete the citation"),
     "{citing}引用「{text}」，本条意见删去了所引内容；该引用应随之修改或删除"),
    ((r"(?P<citing>.+) cites 「(?P<text>.*)」: (?P<item>.+) is numbered (?P<label>\S+) in this position; change the "
      r"citation with it"), "{citing}引用「{text}」：本条意见中{item}改为{label}；该引用应随之修改"),
    ((r"(?P<citing>.+) cites 「(?P<text>.*)」: (?P<kuan>.+) is (?P<label>第\S+款) in this position; change the "
      r"citation with it"), "{citing}引用「{text}」：本条意见中{kuan}成为{label}；该引用应随之修改"),
    ((r"(?P<item>.+) is the last 项 of (?P<para>.+) in this position and ends with 「；」: end it with 「。」"),
     "在本条意见中，{item}已是{para}的最后一项，但仍以「；」结尾：应改为「。」"),
    ((r"(?P<item>.+) ends with 「。」, and in this position a new 项 follows it in (?P<para>.+): end it with 「；」"),
     "在本条意见中，{item}之后增加了新的一项，但{item}仍以「。」结尾：应改为「；」"),
    # a file a member sent that cannot be read (the web app's upload)
    # a proposed text refused as instructions or a suggestion (the web app's comment form says why)
    # (and the committee's own wording typed as instructions, decide --text: read as a member's is)
    *[((rf"{who} reads as an instruction \((?P<said>.+)\), but (?P<why>.+): give the wording as it should read"),
       f"{zh}写成了修改指示（{{said}}），但{{why}}：请直接写出修改后的条文")
      for who, zh in (("the proposed text", "修改建议"), ("the committee's wording", "委员会建议条文"))],
    *[((rf"{who} reads as an instruction(?: \((?P<said>.+)\) followed by other words \(「(?P<rest>.*)」\))?, not as "
        r"the wording of (?P<where>.+), and is not one that can be applied as it stands: give the wording as it should "
        r"read, or instructions alone, such as 将“…”修改为“…”, and the rest as the reason"),
       f"{zh}看似修改指示，但无法据此改写{{where}}：请直接写出修改后的条文，或只写“将“…”修改为“…””这样的指示，其他内容写在理由中")
      for who, zh in (("the proposed text", "修改建议"), ("the committee's wording", "委员会建议条文"))],
    *[(rf"{who} reads as an instruction \((?P<said>.+)\) that changes nothing in (?P<where>.+)",
       f"{zh}写成了修改指示（{{said}}），但并未改动{{where}}")
      for who, zh in (("the proposed text", "修改建议"), ("the committee's wording", "委员会建议条文"))],
    # a wording in the translation's language of a unit a partial translation does not cover
    ((r"the proposed wording is written in English, but the English working text does not cover (?P<where>.+): write "
      r"the wording in Chinese, the draft's language, or give the suggestion in the reason as a remark"),
     "修改建议是用英文写的，但英文工作译本不含{where}：请用中文（草案的语言）写出修改后的条文，或把建议作为意见写在理由中"),
    # a new provision after an article opening with a 项's label: a new 项 of its list
    ((r"the new provision opens with 「(?P<l>.+)」, a 项's label: read as a new 项 after (?P<where>.+), not a new article "
      r"\(cite the 项 it follows to place it elsewhere\)"),
     "新增条文以项的序号「{l}」开头：已作为{where}之后新增的一项，而非新增一条（如需放在别处，请引用其前一项）"),
    # the committee's wording that keeps almost none of its unit (decide --text 50万元以下 for a penalty article)
    ((r"the committee's wording of (?P<where>.+), 「(?P<w>.*)」, keeps almost none of its text \(similarity (?P<s>[0-9.]+)\) "
      r"and is no sentence: it would go out as the whole of (?P<where2>.+); give its whole wording, or decide on the "
      r"change \(--accept, --choose\)"),
     "委员会建议条文「{w}」几乎没有保留{where}的原文（相似度{s}），也不成句：提交稿会以它取代{where}全文；请写出完整的条文，或对具体修改作出决定"),
    ((r"the committee's wording of (?P<where>.+) keeps almost none of its text \(similarity (?P<s>[0-9.]+)\): 「(?P<w>.*)」 "
      r"replaces all of it; check it is meant for it"),
     "委员会建议条文几乎没有保留{where}的原文（相似度{s}）：「{w}」将取代其全文；请核对是否确为本条的措辞"),
    ((r"the committee's wording of (?P<where>.+) reads much more like (?P<other>.+) \(similarity (?P<a>[0-9.]+), against "
      r"(?P<b>[0-9.]+)\): check it is meant for (?P<where2>.+)"),
     "委员会建议条文读来更像{other}（相似度{a}，与{where}为{b}）：请核对是否确为{where}的措辞"),
    ((r"line (?P<k>\d+) of the proposed text reads as an instruction \((?P<said>.+)\), not as law text, and the "
      r"wording has (?P<n>\d+) lines where (?P<where>.+) has (?P<m>\d+): which line it changes cannot be told; give "
      r"that line as it should read"),
     "修改建议第{k}行写成了修改指示（{said}），不是条文；而建议共{n}行、{where}共{m}行，无法确定所改的是哪一行：请写出该行修改后的条文"),
    ((r"line (?P<k>\d+) of the proposed text reads as an instruction \((?P<said>.+)\) naming a part of (?P<where>.+): "
      r"give that line as it should read"),
     "修改建议第{k}行写成了指向{where}某一部分的修改指示（{said}）：请写出该行修改后的条文"),
    ((r"line (?P<k>\d+) of the proposed text reads as an instruction \((?P<said>.+)\), but (?P<why>.+): give that line "
      r"as it should read"), "修改建议第{k}行写成了修改指示（{said}），但{why}：请写出该行修改后的条文"),
    ((r"the proposed text reads as a suggestion \(「(?P<s>.*)」\), not as the wording of (?P<where>.+): give the wording "
      r'as it should read, or an instruction such as (?:将“…”修改为“…”|replace "…" with "…"), and put the suggestion in the '
      r"reason \(a comment\)"),
     "修改建议栏写的是建议（「{s}」），不是{where}修改后的条文：请写出修改后的条文，或写“将“…”修改为“…””这样的指示；建议本身请写在理由中"),
    (r"「(?P<w>.*)」 stands in (?P<where>.+) only inside a title \(《…》\)", "「{w}」在{where}中只出现在书名号内"),
    (r"「(?P<w>.*)」 is not in (?P<where>.+)", "{where}中没有「{w}」"),
    (r"「(?P<w>.*)」 stands (?P<n>\d+) times in (?P<where>.+); which is meant cannot be told",
     "「{w}」在{where}中出现{n}次，无法确定指哪一处"),
    # an instruction beside a quote that is not of the words it changes
    (r"the quote 「(?P<q>.*)」 lies outside the words it changes \(quote those words, or none\)",
     "引文「{q}」不在指示所改的文字之内（请引用所改的文字，或不附引文）"),
    # the same, of the English translation's words (quoted as English quotes)
    (r"“(?P<w>.*)” stands in (?P<where>.+) only inside a title \(《…》\)", "“{w}”在{where}中只出现在书名号内"),
    (r"“(?P<w>.*)” is not in (?P<where>.+)", "{where}中没有“{w}”"),
    (r"“(?P<w>.*)” stands (?P<n>\d+) times in (?P<where>.+); which is meant cannot be told",
     "“{w}”在{where}中出现{n}次，无法确定指哪一处"),
    (r"(?P<cite>\S+) names a part by the draft's numbers; quote the words of (?P<where>.+) instead",
     "{cite}是按草案的编号指称的部分；请改为引用{where}中的原文"),
    (r"it names (?P<a>.+), not (?P<b>.+) \(put it on the article it names\)", "指示针对的是{a}，而不是{b}（请将意见提在其所针对的条文上）"),
    (r"two of them change the same words", "其中两条指示改动同一处文字"),
    # a withdrawn comment brought back (the web app's 恢复, `comment undo`)
    ((r"comment #(?P<id>\d+) is (?P<m>\S+)'s wording of (?P<eid>\S+), which has another one now \((?P<o>[^)]+)\); "
      r"bringing it back would give the member two\. Withdraw (?P<o2>.+) first, or keep #\d+ withdrawn"),
     "意见#{id}是对该条的修改建议，而本单位现已另有修改建议（{o}）；如需恢复#{id}，请先撤回{o}"),
    ((r"comment #(?P<id>\d+) was sent again since it was withdrawn \(as (?P<t>[^)]+)\); bringing it back would "
      r"double it\. Withdraw (?:that one|those) first, or keep it"), "意见#{id}撤回后又已重新提交（{t}），恢复会造成重复；如需恢复，请先撤回{t}"),
    (r"comment #(?P<id>\d+): (?P<why>the proposed text reads as .+)", "意见#{id}：{why}"),
    # the web app's sign-up, uploads and staff pages (the core's messages, in the page's language)
    (r"user '(?P<login>[^']+)' already exists", "登录名“{login}”已被使用，请另选一个"),
    ((r"invalid login '(?P<login>[^']*)': 1 to 64 letters, digits and \. _ @ \+ - \(e\.g\. li\.wei@acme\.example\)"),
     "登录名“{login}”无效：只能使用1至64个字母、数字及 . _ @ + -（如 li.wei@acme.example）"),
    ((r"(?P<file>[^:]+): not a draft of (?P<ref>\S+) \(with its changes rejected, (?P<why>.+)\); was it made from "
      r"another version, edited with Track Changes off \(Review > Track Changes, 审阅 > 修订\), or were the changes "
      r"accepted\?"),
     "{file}：不是草案{ref}的修订稿（拒绝其全部修订后，{why}）；该文件是否由其他版本制作、是否在未开启修订（审阅 > 修订）时编辑，"
     "或修订已被接受？"),
    ((r"(?P<file>[^:]+): a submission table \(条文 \| 修改建议 \| 理由, `export --layout table`\), not a copy of "
      r"(?P<ref>\S+): only a copy of the draft is read as a member's markup \(`export --format draft`, or the articles "
      r"layout of the submission\)"),
     "{file}：这是意见对照表（条文 | 修改建议 | 理由），不是草案{ref}的副本：只能导入在草案副本上所作的修订"),
    ((r"(?P<file>[^:\n]+): every tracked change and Word comment in it is by (?P<who>.+), the association itself "
      r"\(`store association`\): the association's own submission, not a member's markup; members mark up the "
      r"members' copy \(`export --format draft`\)"),
     "{file}：其中的修订和批注均由协会本身（{who}）所作：这是协会自己的提交稿，不是会员的修订稿；会员应在发给会员的草案副本上修订"),
    ((r"(?P<file>[^:\n]+): the (?P<changes>\d+) tracked change\(s\) and (?P<remarks>\d+) Word comment\(s\) by (?P<who>.+), "
      r"the association itself, are set aside \(the submission's own, no member's\); the other authors' are read"),
     "{file}：协会本身（{who}）所作的{changes}处修订和{remarks}条批注已搁置（是提交稿自己的，不属于任何会员）；其他作者的修订和批注照常导入"),
    ((r"(?P<file>[^:\n]+): (?P<who>.+) deleted the label of (?P<b>.+?) and the paragraph mark before it, joining its "
      r"words to (?P<a>.+?): read as two proposals, (?P=a) taking those words in and (?P=b) losing them; decide the two "
      r"together \(one alone prints the words twice, or drops them\)"),
     "{file}：{who}删除了{b}的条号及其前的段落标记，把其文字并入{a}：读作两条修改建议（{a}增加这些文字、{b}删去这些文字），"
     "请一并决定（只采纳其一，会使这些文字重复出现或被删去）"),
    ((r"(?P<file>[^:\n]+): (?P<who>.+)'s changes in (?P<where>.+) stand in paragraphs the association changed too: "
      r"read with the association's changes rejected; check each reads as meant"),
     "{file}：{who}在{where}的修订所在段落也有协会本身的修订：已按拒绝协会修订后的文字读取，请逐条核对是否符合原意"),
    (r"(?P<where>.+) differs from the stored text", "{where}与所存草案文本不一致"),
    ((r"(?P<file>[^:\n]+): (?P<n>\d+) filled row\(s\) cannot be read as comments on (?P<ref>\S+); nothing was imported "
      r"\(fix them, or pass --skip-invalid\)"), "{file}：已填写的{n}行无法作为对{ref}的意见读取；未导入任何意见（请修改这些行后重新导入）"),
    ((r"no article id or citation in the row \(a new article goes in a row of its own whose (?P<a>\S+) reads "
      r"新增第二十四条之一 or 在第二十四条后增加一条, its text in (?P<p>\S+); a remark on the whole draft: 总体意见 in \S+\)"),
     "该行未注明条款（新增条文请单独一行，在“{a}”栏写“新增第二十四条之一”或“在第二十四条后增加一条”，条文写在“{p}”栏；"
     "对草案的总体意见请在“{a}”栏写“总体意见”）"),
    (r"no article id or citation in the row", "该行未注明条款"),
    (r"no article '(?P<eid>[^']*)' in (?P<ref>\S+)", "{ref}中没有“{eid}”这一条款"),
    # a row's article the draft has not (a CSV's, a form's): as the draft cites it, with the nearest it has
    ((r"(?:(?P<place>(?:row|line|item) \d+): )?(?P<ref>\S+@\S+) has no (?P<u>[^;]+); nearest: (?P<near>.+)"),
     "{place}{ref}中没有{u}；最接近的是{near}"),
    (r"(?:(?P<place>(?:row|line|item) \d+): )?(?P<ref>\S+@\S+) has no (?P<u>[^;]+)", "{place}{ref}中没有{u}"),
    (r"(?P<file>[^:]+): the form's 单位 reads '(?P<written>.*)', not '(?P<org>.*)'; its comments are recorded for (?P<m>\S+)",
     "{file}：反馈表所填单位为“{written}”，不是“{org}”；意见记在{m}名下"),
    ((r"(?P<file>[^:]+): (?P<who>.+)'s changes are dated (?P<at>\S+), later than now \(even as local time\); they are "
      r"dated when they are imported instead"), "{file}：{who}的修订日期为{at}，晚于现在；改以导入时间为准"),
    # what a user, a password or an uploaded file is refused for (a trial of the web app's Chinese pages)
    (r"the password must have at least (?P<n>\d+) characters", "密码至少须有{n}个字符"),
    (r"the password must have at least (?P<n>\d+) different characters", "密码至少须有{n}个不同的字符"),
    (r"user '(?P<login>[^']*)': (?P<why>.+)", "用户“{login}”：{why}"),
    (r"name: the control character U\+(?P<u>[0-9A-F]{4,6}) \(remove it\)", "姓名中有控制字符U+{u}（请删去）"),
    (r"name: a line break or a tab \(give it on one line\)", "姓名中有换行或制表符（请写在一行内）"),
    (r"name: (?P<n>\d+) characters, more than (?P<m>\d+)", "姓名有{n}个字符，超过{m}个"),
    *[(rf"{at}(?P<field>reason|proposed text|quote|author|member|name): {what} U\+(?P<u>[0-9A-F]{{4,6}}) at character "
       r"(?P<k>\d+) \((?:remove it and import again|remove it)\)", f"{zh_at}{{field}}的第{{k}}个字符为{zh_what}U+{{u}}，请删去后重新提交")
      for at, zh_at in ((r"(?P<at>[^:]+): ", "{at}："), ("", ""))
      for what, zh_what in (("control character", "控制字符"), ("an unpaired surrogate", "无效字符（孤立代理项）"))],
    ((r"(?P<at>[^:]+): (?P<field>proposed text|quote): a line or paragraph separator \(U\+2028, U\+2029\); break its "
      r"lines with line breaks, one 款 a line"), "{at}：{field}中有行分隔符或段分隔符（U+2028、U+2029）：请用换行分行，每款一行"),
    # a zip bomb, each of the five ways it is found, saying what the English says (what to do is the web app's to
    # add, in the page's language: a web trial's member read only 「疑为压缩炸弹」)
    (r"(?P<file>[^:]+): part (?P<part>\S+) inflates to (?P<n>\d+) bytes \(zip bomb\?\)",
     "{file}：其中的{part}解压后达{n}字节（疑为压缩炸弹）"),
    (r"(?P<file>[^:]+): part (?P<part>\S+) inflates past (?P<n>[\d,]+) bytes \(zip bomb\?\)",
     "{file}：其中的{part}解压后超过{n}字节（疑为压缩炸弹）"),
    (r"(?P<file>[^:]+): the parts read inflate past (?P<n>[\d,]+) bytes \(zip bomb\?\)",
     "{file}：读取的各部分解压后超过{n}字节（疑为压缩炸弹）"),
    (r"(?P<file>[^:]+): uncompressed size (?P<n>\d+) bytes exceeds (?P<m>\d+) \(zip bomb\?\)",
     "{file}：解压后大小为{n}字节，超过{m}字节（疑为压缩炸弹）"),
    (r"(?P<file>[^:]+): part (?P<part>\S+) inflates to more than (?P<n>\d+) times its compressed size \(zip bomb\?\)",
     "{file}：其中的{part}解压后超过其压缩大小的{n}倍（疑为压缩炸弹）"),
    (r"(?P<file>[^:]+): part (?P<part>\S+) contains a DOCTYPE or entity declaration",
     "{file}：其中的{part}含有DOCTYPE或实体声明，不予接受"),
    (r"(?P<file>[^:]+): the file is empty", "{file}：文件为空"),
    (r"(?P<where>.+): (?P<n>\d+) problem\(s\) in the text; nothing was imported(?P<rest>.*)",
     "{where}：文字中有{n}处问题，未导入任何内容{rest}"),
    ((r"(?P<cit>.+?) has no change '(?P<id>[^']+)' \(changes: none\); its conflicts: (?P<x>[^(]+) \(decide one "
      r"with --choose \S+\); run `lawcomment merge` to see them"), "{cit}没有修改“{id}”：本条只有分歧{x}，请在分歧中作出选择"),
    ((r"(?P<cit>.+?) has no change '(?P<id>[^']+)' \(changes: (?P<have>[^)]*)\)(?:; its conflicts: (?P<x>[^(]+) "
      r"\(decide one with --choose \S+\))?; run `lawcomment merge` to see them"), "{cit}没有修改“{id}”（现有修改：{have}）"),
    (r"staff do not comment as a member here; use `lawcomment comment add --member …`",
     "工作人员不在此以会员身份发表意见；请使用命令行 lawcomment comment add --member …"),
    (r"not a date: '(?P<d>[^']*)' \(expected YYYY-MM-DD, e\.g\. 2026-12-15\)", "“{d}”不是日期（应为YYYY-MM-DD，如2026-12-15）"),
    (r"(?P<file>[^:]+): this form was made out to (?P<made>.+), not to (?P<who>.+): send your own company's form",
     "{file}：此意见反馈表是发给{made}的，不是{who}的：请上传本单位的意见反馈表"),
    (r"(?P<file>[^:]+): this form was made for (?P<was>\S+), not (?P<now>\S+)",
     "{file}：此意见反馈表针对的是草案{was}，不是{now}：请下载当前草案的意见反馈表"),
    (r"(?P<file>[^:]+): not a \.docx file \((?P<why>.+)\)",
     "{file}：不是有效的Word文件（.docx），无法读取；请在Word中打开并另存为.docx后重新上传"),
    ((r"(?P<file>[^:]+): this is an? (?P<kind>PDF|RTF) file, not a Word \.docx file: open it and save it as \.docx \(Word's "
      r"own file, with its tracked changes and comments, when there are some\)"),
     "{file}：这是{kind}文件，不是Word文件（.docx）：请打开后另存为.docx（有修订和批注的，请上传Word原文件）"),
    (r"(?P<file>[^:]+): this is an old Word 97-2003 \.doc file; open it in Word and save it as \.docx",
     "{file}：这是旧版Word（97-2003）.doc文件：请在Word中打开并另存为.docx后重新上传"),
    (r"(?P<file>[^:]+): this is an encrypted \(password-protected\) Word file; remove the password and save it as \.docx",
     "{file}：这是设有密码的Word文件：请取消密码后另存为.docx再上传"),
    # carry-forward's reasons for an orphan
    (r"article deleted: (?P<where>.+) has no counterpart in the new version", "条文已删除：新版本中没有与{where}对应的条文"),
    (r"adopted: the new version deleted (?P<where>.+), as proposed", "已采纳：新版本已按建议删除{where}"),
    # a proposal (or decision) on an article the alignment deleted, judged where the law may have merged it
    *[((rf"adopted: the alignment found (?P<was>.+?) deleted; (?P<now>.+?) {how}, and the adoption report judges the "
        r"proposal there: check the place \(the wording proposed is #(?P<n>\d+)'s\)"),
       f"已采纳：比对认为{{was}}已删除；新版本{{now}}{zh}，采纳情况报告按该处判断：请核对位置（所提措辞见意见#{{n}}）")
      for how, zh in ((r"reads like it \(similarity (?P<s>[\d.]+)\)", "与其相近（相似度{s}）"),
                      ("has the words it puts in", "载有其所增文字"))],
    *[((rf"partly adopted: (?P<p>\d+) of its (?P<n>\d+) change\(s\) made(?:, \d+ made in part)?; the alignment found "
        rf"(?P<was>.+?) deleted; (?P<now>.+?) {how}, and the adoption report judges the proposal there: check the place"),
       f"部分采纳：所提{{n}}处修改中已作出{{p}}处；比对认为{{was}}已删除；新版本{{now}}{zh}，采纳情况报告按该处判断：请核对位置")
      for how, zh in ((r"reads like it \(similarity (?P<s>[\d.]+)\)", "与其相近（相似度{s}）"),
                      ("has the words it puts in", "载有其所增文字"))],
    ((r"the new version made this change in (?P<now>.+?), which reads like (?P<was>.+?) \(similarity (?P<s>[\d.]+); the "
      r"alignment found the article deleted\): check the place"),
     "新版本已在{now}作出此修改，该处与{was}相近（相似度{s}；比对认为该条已删除）：请核对位置"),
    # a rejected (or accepted) deletion of an article the new version moved into a 款 of another (review.align.moved_into)
    ((r"the deletion of the whole of (?P<was>.+?) is carried as the deletion of (?P<now>.+?), which the new version made "
      r"of it \(similarity (?P<s>[\d.]+)\): check the place"),
     "删除{was}全条的决定已转为删除{now}（新版本将该条写入此处，相似度{s}）：请核对位置"),
    (r"the new version moved (?P<was>.+?) into (?P<now>.+?): set the final wording again there",
     "新版本已将{was}写入{now}：请在该处重新确定建议条文"),
    ((r"the new version made this change in (?P<now>.+?), which has the words it puts in \(the alignment found "
      r"(?P<was>.+?) deleted\): check the place"), "新版本已在{now}作出此修改，该处载有所增文字（比对认为{was}已删除）：请核对位置"),
    (r"adopted: the new version deleted the whole of (?P<where>.+), the words asked deleted with it",
     "已采纳：新版本删除了{where}全条，所建议删除的文字随之删除"),
    ((r"the new version no longer has (?P<u>.+) as a (?P<k>款|项) of its own, but the adoption report does not find the "
      r"deletion made in (?P<art>.+): deleting its words in the new text is for staff to propose again"),
     "新版本已不再单列{u}，但采纳情况未认定其删除已作出（见{art}）：如需在新文本中删去其文字，由工作人员另行提出"),
    (r"the member's deletion stays in comment #(?P<c>\d+)", "会员的删除建议保留在意见#{c}中"),
    *[(rf"the committee chose otherwise: at (?P<ref>\S+) it {won} over this proposal's {this} "
       r"\(decision #(?P<d>\d+)\)", f"委员会在{{ref}}中{zh_won}，未采纳本建议的{zh_this}（决定#{{d}}）")
      for won, zh_won in ((r"chose 「(?P<x>.*)」 for 「(?P<y>.*)」", "就「{y}」选定了「{x}」"),
                          (r"chose 「(?P<x>.*)」 at the same place", "于同一处选定了「{x}」"),
                          (r"kept the draft's 「(?P<y>.*)」", "决定保留草案原文「{y}」"),
                          (r"chose to put nothing in there", "决定此处不增加文字"),
                          (r"chose to delete 「(?P<y>.*)」", "选定删去「{y}」"),
                          (r"kept 「(?P<y>.*)」 in its own wording", "在其建议条文中保留了「{y}」"),
                          (r"wrote 「(?P<x>.*)」 for 「(?P<y>.*)」 in its own wording", "在其建议条文中将「{y}」写为「{x}」"),
                          (r"put in 「(?P<x>.*)」 after 「(?P<y>.*)」 in its own wording", "在其建议条文中于「{y}」之后增加「{x}」"),
                          (r"put nothing in there in its own wording", "在其建议条文中此处未增加文字"))
      for this, zh_this in ((r"「(?P<z>.*)」", "「{z}」"), ("deletion", "删除建议"))],
    (r"quote not found: 「(?P<q>.*)」 of (?P<where>.+) is not in (?P<arts>[^;]+)", "未找到引文：{where}的「{q}」不在{arts}中"),
    (r"(?P<where>.+) was not in the old version either", "旧版本中也没有{where}"),
    (r"the committee's own wording of (?P<art>.+) stands \(decision #(?P<n>\d+)\); undo it to decide the changes one by one",
     "委员会已为{art}定出建议条文（决定#{n}）；如要逐项决定其中的修改，请先撤销该决定"),
    (r"the committee's own wording of (?P<art>.+) stands \(decision #(?P<n>\d+)\); undo it to decide the group's changes",
     "委员会已为{art}定出建议条文（决定#{n}）；如要决定这组意见的修改，请先撤销该决定"),
    (r"the quote (?P<t>.*) is read without its quotation marks, as (?P<q>.*): the law has no marks there",
     "引文{t}已按去掉引号后的文字（{q}）定位：法律文本此处没有引号"),
    ((r"the proposed text opens with 「(?P<lead>[^」]+)」: read as a new 款 after (?P<at>.+?), those words "
      r"left out \(make the stance 新增 and give only its words\)"), "修改建议以「{lead}」开头：已视为在{at}之后新增一款，这几个字未列入条文（请将立场写为“新增”，只写新增的条文）"),
    ((r"the proposed text opens with 「(?P<lead>[^」]+)」: read as a new article after (?P<at>.+?), those words "
      r"left out \(make the stance 新增 and give only its words\)"), "修改建议以「{lead}」开头：已视为在{at}之后新增一条，这几个字未列入条文（请将立场写为“新增”，只写新增的条文）"),
    (r"the proposed text opens with 「(?P<lead>[^」]+)」, an instruction, not law text: read as the wording after it, "
     r"out of the quotation marks (?P<m>\S+) around it",
     "修改建议以「{lead}」开头，这是修改说明而非条文：已按其后的文字（去掉外面的引号{m}）读作建议条文"),
    (r"the proposed text opens with 「(?P<lead>[^」]+)」, an instruction, not law text: read as the wording after it",
     "修改建议以「{lead}」开头，这是修改说明而非条文：已按其后的文字读作建议条文"),
    (r"the quote (?P<t>.*) is read as the law writes it, (?P<q>.*): in another width",
     "引文{t}已按法律文本的写法（{q}）定位：全角半角不同"),
    ((r"the member remark #(?P<id>\d+) forwarded with (?P<where>.+) was carried from the last reading, its quote "
      r"re-anchored at other words \(it quoted 「(?P<q>.*)」 there\): check it still applies before it goes out "
      r"\(`lawcomment comment forward \d+ --undo` keeps it internal\)"),
     "随意见转呈的会员意见#{id}（{where}）由上一稿带入，其引文已改定位到其他文字（上一稿引文：「{q}」）：转呈前请核对其是否仍然适用"),
    ((r"the member remark #(?P<id>\d+) forwarded with (?P<where>.+) was carried from the last reading, its quote "
      r"followed to an article its own article did not become: check it still applies before it goes out "
      r"\(`lawcomment comment forward \d+ --undo` keeps it internal\)"),
     "随意见转呈的会员意见#{id}（{where}）由上一稿带入，其引文随文字移至另一条：转呈前请核对其是否仍然适用"),
    ((r"the member remark #(?P<id>\d+) forwarded with (?P<where>.+) was carried from the last reading, its article's "
      r"new place unsure: check it still applies before it goes out \(`lawcomment comment forward \d+ --undo` keeps "
      r"it internal\)"),
     "随意见转呈的会员意见#{id}（{where}）由上一稿带入，其条文在本稿中的对应位置不确定：转呈前请核对其是否仍然适用"),
    ((r"the member remark #(?P<id>\d+) forwarded with (?P<where>.+) was carried from the last reading, its support or "
      r"opposition given on words the new version reworded: check it still applies before it goes out "
      r"\(`lawcomment comment forward \d+ --undo` keeps it internal\)"),
     "随意见转呈的会员意见#{id}（{where}）由上一稿带入，其赞同或反对针对的是新版本已修改的文字：转呈前请核对其是否仍然适用"),
    ((r"the member remark #(?P<id>\d+) forwarded on the whole draft was carried from the last reading, where it was "
      r"forwarded too \(the last submission may have sent it already\): check it still applies before it goes out "
      r"\(`lawcomment comment forward \d+` sends it again, unsaid; `lawcomment comment forward \d+ --undo` keeps it "
      r"internal\)"),
     "随意见转呈的会员总体意见#{id}由上一稿带入，在上一稿中已转呈（上次提交可能已附）：再次转呈前请核对"),
    ((r"the member remark #(?P<id>\d+) forwarded with (?P<where>.+) was carried from the last reading, where it was "
      r"forwarded too \(the last submission may have sent it already\): check it still applies before it goes out "
      r"\(`lawcomment comment forward \d+` sends it again, unsaid; `lawcomment comment forward \d+ --undo` keeps it "
      r"internal\)"),
     "随意见转呈的会员意见#{id}（{where}）由上一稿带入，在上一稿中已转呈（上次提交可能已附）：再次转呈前请核对"),
    ((r"the wording of (?P<where>.+) opens with the article label 「(?P<label>.+)」; it is left out \(a label is not "
      r"the article's text\): check the wording is for this article"),
     "{where}的建议条文以条文序号「{label}」开头，已去掉（序号不是条文内容）：请核对该建议是否针对本条"),
    (r"(?P<where>.+) \((?P<heading>.*)\) has no heading of that title in the new version",
     "新版本中没有与{where}（{heading}）同名的标题"),
    # a row refused that reads like the earlier reading's unit of its number (a late file in its numbers), then why
    ((r"(?:(?P<place>row \d+|line \d+|item \d+): )?it reads like (?P<p>\S+)'s (?P<old>.+?) \((?P<r2>\S+)'s (?P<now>.+?) now\) "
      r"\(similarity (?P<s>[\d.]+)\): the row looks numbered for (?P=p); cite the article by (?P<r>\S+)'s numbers; "
      r"(?P<why>.+)"),
     "{place}其措辞与{p}的{old}（现为{r}的{now}）相近（相似度{s}）：该行似按{p}的条文序号编写，请按{r}的条文序号注明条款；{why}"),
    ((r"(?:(?P<place>row \d+|line \d+|item \d+): )?it reads like (?P<p>\S+)'s (?P<old>[^(]+?(?: \([a-z_0-9]+\))?) "
      r"\(similarity (?P<s>[\d.]+)\): the row looks numbered for (?P=p); cite the article by (?P<r>\S+)'s numbers; "
      r"(?P<why>.+)"),
     "{place}其措辞与{p}的{old}相近（相似度{s}）：该行似按{p}的条文序号编写，请按{r}的条文序号注明条款；{why}"),
    # a wording of fewer 款 than its article that the intake could not place (Partial.refusal)
    ((r"the proposal gives one 款 of (?P<art>.+?) \((?P<n>\d+) 款\) and no 款 clearly matches it; cite the 款 it "
      r"rewrites \((?P<first>\S+) to (?P<last>\S+)\), or give the whole article \(\d+ 款, one per line\)"),
     "建议只写了{art}（共{n}款）中的一款，但无法确定改写的是哪一款：请注明所改的款（{first}至{last}），或给出全条文字（共{n}款，每款一行）"),
    ((r"the proposal gives one 款 of (?P<art>.+?) \((?P<n>\d+) 款\): the wording matches (?P<best>\S+) but the quote "
      r"'(?P<q>.*)' is not in it; cite the 款 it rewrites \((?P<first>\S+) to (?P<last>\S+)\), or give the whole "
      r"article \(\d+ 款, one per line\)"),
     "建议只写了{art}（共{n}款）中的一款：措辞与{best}相符，但引文「{q}」不在该款中；请注明所改的款（{first}至{last}），"
     "或给出全条文字（共{n}款，每款一行）"),
    ((r"the proposal gives (?P<k>\d+) 款 of (?P<art>.+?) \((?P<n>\d+) 款\)(?:: it rewrites (?P<a>.+?) and would delete "
      r"(?P<b>.+?)| and no 款 clearly matches it); propose each 款 on its own \((?P<first>\S+) to (?P<last>\S+)\), or "
      r"give the whole article \(\d+ 款, one per line\)"),
     "建议写了{art}（共{n}款）中的{k}款，未给出全条：请逐款分别提出（{first}至{last}），或给出全条文字（共{n}款，每款一行）"),
    # the amendment instrument: an article rewritten whole, as its targeted items would not apply back (a trial's
    # 反垄断法 第三十五条), and why (what applying them back gave, or the error it stopped at)
    ((r"(?P<art>\S+) \((?:art)_[-\w]*\) is rewritten whole in (?P<target>.+?): its targeted items do not apply back to "
      r"the committee's text \((?P<why>.+)\)"),
     "{art}在{target}中按全条修改写出（将{art}修改为：“……”）：逐处修改的写法套回原文后与委员会的条文不一致（{why}）"),
    (r"applied back, they give 「(?P<got>.*)」 where it reads 「(?P<want>.*)」", "套回后得到「{got}」，而应为「{want}」"),
    # a small change no targeted form says (a trial's 对外贸易法 第六十五条 went out whole, unsaid)
    ((r"(?P<art>\S+) \((?:art)_[-\w]*\) is rewritten whole in (?P<target>.+?), though its change is small: no targeted "
      r"form quotes its (?P<n>\d+) change\(s\) apart: 「(?P<old>.*)」 → 「(?P<new>.*)」"),
     "{art}在{target}中按全条修改写出（将{art}修改为：“……”），虽然改动不大：其{n}处修改无法逐处引述（「{old}」→「{new}」）"),
    # the law's citations of articles the closing 此外，对条文顺序作相应调整。 numbers otherwise
    ((r"(?P<art>\S+) \((?:art)_[-\w]*\) cites 「(?P<old>.+)」, which is 「(?P<new>.+)」 in (?P<target>.+?) once the "
      r"articles are renumbered: check the citation"),
     "{art}引用「{old}」，按{target}对条文顺序作相应调整后为「{new}」：请核对该引用"),
    (r"applied back, the article is not in the law they give", "套回后该条不复存在"),
    (r"two edits of the same span: “(?P<w>.+?)” in (?P<art>\S+) overlaps the edit of item (?P<item>\S+) \((?P<s>.+)\)",
     "同一处文字被修改两次：{art}中的“{w}”与第{item}项修改重叠（{s}）"),
    # a wording filed under the wrong article that would replace the member's own: refused, typed or in a row
    ((r"(?:(?P<row>.+): )?the proposed wording for (?P<eid>.+) reads much more like (?P<other>.+) \(similarity "
      r"(?P<a>[0-9.]+), against (?P<b>[0-9.]+)\), and would replace (?P<who>\S+)'s wording of (?P<e2>.+) \((?P<ids>#[^)]+)\): "
      r"cite the article it is a wording of \((?P<o2>.+?)\)(?:, or leave the row out \(--skip-invalid\))?; to replace "
      r"(?P<i2>.+) with it, withdraw (?P<i3>.+) first"),
     "针对{eid}的修改建议与{other}更为相近（相似度{a}，与{eid}仅{b}），且将取代{who}对{e2}已提的修改建议（{ids}）："
     "请改为其实际针对的条文（{o2}）；如确要以其取代{ids}，请先撤回{ids}"),
    # a deletion in a late file numbered for the last reading
    ((r"(?:(?P<row>.+): )?it deletes (?P<eid>.+) of (?P<ref>\S+) \(「(?P<t>.*)」\), but its reason names 「(?P<w>.*)」, which "
      r"that article does not have and (?P<pred>\S+)'s (?P<old>.+?) \((?P<r2>\S+) deleted it\) had: the row looks numbered "
      r"for (?P<p2>\S+); cite the article by (?P<r3>\S+)'s numbers, or leave the row out \(--skip-invalid\)"),
     "该行删除{ref}的{eid}（「{t}」），但其理由提到的「{w}」不见于该条，而见于{pred}的{old}（{r2}已删除该条）："
     "该行似按{pred}的条文序号编写；请按{r3}的条文序号注明条款，或不导入该行"),
    ((r"(?:(?P<row>.+): )?it deletes (?P<eid>.+) of (?P<ref>\S+) \(「(?P<t>.*)」\), but its reason names 「(?P<w>.*)」, which "
      r"that article does not have and (?P<pred>\S+)'s (?P<old>.+?) \((?P<r2>\S+)'s (?P<now>.+) now\) had: the row looks "
      r"numbered for (?P<p2>\S+); cite the article by (?P<r3>\S+)'s numbers, or leave the row out \(--skip-invalid\)"),
     "该行删除{ref}的{eid}（「{t}」），但其理由提到的「{w}」不见于该条，而见于{pred}的{old}（现为{r2}的{now}）："
     "该行似按{pred}的条文序号编写；请按{r3}的条文序号注明条款，或不导入该行"),
    (r"cannot read the citation '(?P<c>.+)': an English citation is read as (?P<f>.+)",
     "无法识别条款“{c}”：英文条款可写为{f}"),
    (r"cannot read the citation '(?P<c>.+)': it names (?P<n>\d+) units; give each its own row \(or comment on the one "
     r"the words are in\)", "无法识别条款“{c}”：其中包含{n}处条款；请每处条款各填一行（或只填意见所针对的那一处）"),
    (r"cannot read the citation '(?P<c>.+)': a 款 is numbered without brackets; write (?P<k>\S+) for the 款, or "
     r"(?P<i>\S+) for the 项", "无法识别条款“{c}”：款的序号不加括号；如指该款，请填写“{k}”；如指该项，请填写“{i}”"),
    (r"cannot read the citation '(?P<c>.+)': a dotted number is not read; write the unit as the draft cites it: "
     r"(?P<k>\S+) \((?P<en>[^)]+(?:\)\([^)]+)*\))\)(?:, or (?P<z>\S+) \((?P<d>\S+), an article put in after (?P<a>\S+)\))?$",
     "无法识别条款“{c}”：不能识别以点分隔的编号；请按草案的写法填写，如“{k}”{zp}"),
    (r"cannot read the citation '(?P<c>.+)': it names (?P<n>\d+) units \((?P<parts>[^)]+)\); give each its own row "
     r"\(or comment on (?P<a>\S+) as a whole\)",
     "无法识别条款“{c}”：其中包含{n}处条款（{parts}）；请每处条款各填一行（或针对{a}整条提出意见）"),
    # the letter's lines as staff set them (store association / addressee / contact, the web app's 提交函)
    (r"the association's name is (?P<n>\d+) characters: one line of 200 at most",
     "署名单位名称有{n}个字符：最多一行200个字符"),
    (r"the letter's addressee is (?P<n>\d+) characters: one line of 200 at most", "收件机关有{n}个字符：最多一行200个字符"),
    (r"the letter's contact is (?P<n>\d+) characters: one line of 200 at most", "联系人一行有{n}个字符：最多一行200个字符"),
    # a citation in traditional characters (a Hong Kong or Taiwan member's): how to write it
    (r"cannot read the citation '(?P<c>.+)': (?P<t>[條項節編])(?: is the traditional form of (?P<s>[条项节编]))?"
     r"(?P<more>(?: and [條項節編])+ are the traditional forms of [条项节编](?: and [条项节编])+)?; write it as the draft "
     r"does, (?P<w>.+)", "无法识别条款“{c}”：其中使用了繁体字；请按草案的写法填写为“{w}”"),
    # a comment file read, and said how (comment import)
    (r"(?:(?P<filep>.+): )?encoding: read as (?P<e>\S+), not UTF-8 \(pass --encoding to read it as another\)",
     "{filep}文件不是UTF-8编码，已按{e}读取（如有误，请用--encoding指定编码）"),
    ((r"(?:(?P<filep>.+?): )??(?:(?P<place>line 1): )?this looks like a member list \(columns (?P<cols>.+)\), not a comment file: it "
      r"has no article column, and (?P<d>'[^']*') is a member's detail; import it with `lawcomment member import`"),
     "{filep}{place}该文件像是会员名单（各列：{cols}），不是意见文件：没有条款列，且{d}是会员信息；请用`lawcomment member import`导入"),
    # a JSON or JSONL file's object (its line, its item, the document), each said with its place
    ((r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+|item \d+|row \d+|the document): )?the key (?P<k>'[^']*') is given "
      r"twice \((?P<a>.*), then (?P<b>.*)\): a JSON reader keeps only the last, so the first would be lost; give (?P=k) "
      r"once \(join the two values into one\)"),
     "{filep}{place}键{k}出现了两次（先为{a}，后为{b}）：JSON只保留后一个，前一个会丢失；请只给一次（把两个值合并为一个）"),
    ((r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+|item \d+|row \d+): )?the keys (?P<a>'[^']*') and (?P<b>'[^']*') both "
      r"mean (?P<c>'[^']*'): one would be lost; give one of them"),
     "{filep}{place}键{a}和{b}含义相同（均为{c}）：其中一个会丢失；请只给出其中一个"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+|item \d+): )?(?P<k>'[^']*') must be text, not (?P<jtype>\w+)",
     "{filep}{place}{k}的值应为文字，不能是{jtype}"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+|item \d+): )?expected an object, got (?P<jtype>\w+)",
     "{filep}{place}应为JSON对象，不能是{jtype}"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: nested too deeply",
     "{filep}{place}不是有效的JSON：嵌套层数过多"),
    # (a value refused said where it stands, from 2026-12-07: its column, the line before it)
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: the number (?P<v>\S+) is too large \(column "
     r"(?P<col>\d+)\)", "{filep}{place}不是有效的JSON（第{col}列：数字{v}过大）"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: the number (?P<v>\S+) of (?P<d>[\d,]+) digits is "
     r"too large \(column (?P<col>\d+)\)", "{filep}{place}不是有效的JSON（第{col}列：数字{v}有{d}位，过大）"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: (?P<v>\S+) is not a value JSON allows \(column "
     r"(?P<col>\d+)\)", "{filep}{place}不是有效的JSON（第{col}列：JSON不允许{v}这样的值）"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: the number (?P<v>\S+) is too large",
     "{filep}{place}不是有效的JSON：数字{v}过大"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: (?P<v>\S+) is not a value JSON allows",
     "{filep}{place}不是有效的JSON：JSON不允许{v}这样的值"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: (?P<jmsg>.+) \(column (?P<col>\d+)\)",
     "{filep}{place}不是有效的JSON（第{col}列：{jmsg}）"),
    (r"(?:(?P<filep>.+?): )??(?:(?P<place>line \d+): )?not valid JSON: (?P<jmsg>.+)", "{filep}{place}不是有效的JSON：{jmsg}"),
    # the heads of the lists of what a file holds that cannot be read (each listed line said as above)
    ((r"(?:(?P<filep>.+?): )?(?P<n>\d+) of (?P<m>\d+) line\(s\) cannot be read; nothing was imported \(fix them and "
      r"import the file again\)"), "{filep}共{m}行中有{n}行无法读取，未导入任何内容（请修改后重新导入）"),
    ((r"(?:(?P<filep>.+?): )?(?P<n>\d+) of (?P<m>\d+) item\(s\) cannot be read; nothing was imported \(fix them and "
      r"import the file again\)"), "{filep}共{m}项中有{n}项无法读取，未导入任何内容（请修改后重新导入）"),
    ((r"(?:(?P<filep>.+?): )?(?P<n>\d+) cell\(s\) hold more than (?P<m>[\d,]+) characters, the most a cell of a comment "
      r"sheet may; nothing was imported"), "{filep}有{n}个单元格超过{m}个字符（意见表单元格的上限），未导入任何内容"),
    ((r"(?:(?P<filep>.+?): )?row (?P<r>\d+), column (?P<k>\d+)(?: \((?P<colp>'[^']*')\))?: (?P<n>[\d,]+) characters, "
      r"more than a cell may hold \((?P<m>[\d,]+), as in Excel\): split the text over rows, or shorten it"),
     "{filep}第{r}行第{k}列{colp}：{n}个字符，超过单元格上限（{m}个字符，与Excel相同）：请分成多行填写，或加以精简"),
    # an Excel sheet's cells: one past the cap, a hidden sheet, merged cells (each with its sheet and cells)
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'), cell (?P<cell>[A-Z]+\d+) \(row (?P<r>\d+), column (?P<k>\d+)\): "
      r"(?P<n>[\d,]+) characters, more than a cell may hold \((?P<m>[\d,]+), as in Excel\): split the text over rows, "
      r"or shorten it"),
     "{filep}工作表{s}的单元格{cell}（第{r}行第{k}列）：{n}个字符，超过单元格上限（{m}个字符，与Excel相同）：请分成多行填写，或加以精简"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*') is hidden and not read: it holds (?P<n>\d+) row\(s\) below a comment "
      r"header \(row (?P<h>\d+)\); to import them, unhide the sheet and save it as a file of its own \(a hidden sheet is "
      r"never read\)"),
     "{filep}工作表{s}已隐藏，未读取：其意见表头（第{h}行）下有{n}行；如要导入，请取消隐藏并另存为单独的文件（隐藏的工作表不会读取）"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'), cells (?P<r>[A-Z]+\d+:[A-Z]+\d+) are merged(?: \(column "
      r"(?P<c>'[^']*')\))?: 「(?P<v>.*)」 is read in each of rows (?P<a>\d+) to (?P<b>\d+)"),
     "{filep}工作表{s}的单元格{r}为合并单元格：「{v}」按第{a}至{b}行各行读取"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'), cells (?P<r>[A-Z]+\d+:[A-Z]+\d+) are merged(?: \(column "
      r"(?P<c>'[^']*')\))?: 「(?P<v>.*)」 is read in rows (?P<spans>\d+(?: to \d+)?(?:, \d+(?: to \d+)?)*)"),
     "{filep}工作表{s}的单元格{r}为合并单元格：「{v}」按第{spans}行读取"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'), cells (?P<r>[A-Z]+\d+:[A-Z]+\d+) are merged(?: \(column "
      r"(?P<colp>'[^']*')\))?, but the covered cell\(s\) (?P<cellsl>[A-Z]+\d+ 「.*?」(?:, [A-Z]+\d+ 「.*?」)*)(?: and "
      r"(?P<cellsmore>\d+) more)? hold words of their own, hidden under the merged cell: each is read as its own cell's "
      r"\(unmerge the cells to see them\)"),
     "{filep}工作表{s}的单元格{r}{colp}为合并单元格，但被覆盖的单元格{cellsl}{cellsmore}另有内容（合并后不显示）："
     "各按其本身的内容读取（取消合并即可看到）"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'), cells (?P<r>[A-Z]+\d+:[A-Z]+\d+) are merged across columns: their "
      r"words are read in (?P<c>[A-Z]+\d+)(?: \(column (?P<colp>'[^']*')\))? only"),
     "{filep}工作表{s}的单元格{r}为跨列合并单元格：其内容只按{c}{colp}读取"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'), cells (?P<r>[A-Z]+\d+:[A-Z]+\d+) are merged(?: \(column "
      r"(?P<colp>'[^']*')\))?: one wording for rows (?P<a>\d+) to (?P<b>\d+), which of them it words is not known; "
      r"unmerge the cells and give each row its own"),
     "{filep}工作表{s}的单元格{r}{colp}为合并单元格：第{a}至{b}行共用一条措辞，无法确定属于哪一行；请取消合并，每行分别填写"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'): its merged cells cannot be read \((?P<detail>.+)\): a cell merged over "
      r"rows is read in its first row only; unmerge the cells, or save the workbook again in Excel, WPS or LibreOffice"),
     "{filep}工作表{s}的合并单元格无法读取（{detail}）：跨行合并的单元格只按其第一行读取；请取消合并，或在Excel、WPS或LibreOffice中"
     "重新保存该工作簿"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*'): the merged range (?P<ref>'[^']*') cannot be read: its cells are read as "
      r"they are, not as merged"), "{filep}工作表{s}的合并区域{ref}无法读取：其单元格按各自的内容读取，不作为合并单元格"),
    (r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*') merges more than (?P<n>[\d,]+) cells: no comment sheet does",
     "{filep}工作表{s}合并的单元格超过{n}个：没有意见表会如此"),
    ((r"(?:(?P<filep>.+?): )?sheet (?P<s>'[^']*') cannot be read \((?P<detail>.+)\); open the workbook in Excel, WPS or "
      r"LibreOffice and save it again"),
     "{filep}工作表{s}无法读取（{detail}）：请在Excel、WPS或LibreOffice中打开该工作簿并重新保存"),
    # a sheet saved otherwise (comment import): read, and said
    (r"(?:(?P<file>.+): )?read as tab-separated: its header has no commas between the column names",
     "已按制表符分隔读取：表头各列名之间没有逗号"),
    (r"(?:(?P<file>.+): )?read as semicolon-separated: its header has no commas between the column names",
     "已按分号分隔读取：表头各列名之间没有逗号"),
    (r"(?:(?P<file>.+): )?row 1 \((?P<title>.*)\) is read as a title above the header, row (?P<n>\d+)",
     "第1行（{title}）作为表头上方的标题，表头为第{n}行"),
    (r"(?:(?P<file>.+): )?no rows below the header: nothing to import", "表头下没有数据行：没有可导入的内容"),
    (r"(?:(?P<file>.+): )?no rows: nothing to import", "文件中没有数据行：没有可导入的内容"),
    # (an empty file, a header alone: an error, never "0 added" as if it worked)
    (r"(?P<file>.+): the file holds no comments: nothing imported(?: into (?P<d>\S+))?, no import recorded",
     "{file}：文件中没有意见，未导入任何内容，也未记录导入"),
    # (a form sent back unfilled, a Word copy with nothing marked in it: what it lacks and what to do)
    *[((rf"(?P<file>.+): the form is not filled in: {what}: nothing imported(?: into \S+)?, no import recorded \(fill in "
        r"the rows commented on, a wording under (?P=p) or a reason under (?P=r), then import the form again\)"),
       f"{{file}}：意见反馈表未填写：{zh}，未导入任何内容，也未记录导入；请在要提意见的条款行中于“{{p}}”栏修改措辞或于“{{r}}”栏"
       "填写理由，然后重新导入")
      for what, zh in ((r"every (?P<p>.+?) cell reads as the form printed it and every (?P<r>.+?) cell is empty",
                        "各行“{p}”栏均与印发时相同，“{r}”栏均为空"),
                       (r"no row proposes a wording under (?P<p>.+?) or gives a reason under (?P<r>.+?)",
                        "没有一行在“{p}”栏提出修改措辞或在“{r}”栏填写理由"))],
    (r"(?P<file>.+): the form's table holds no rows: nothing imported(?: into \S+)?, no import recorded \(its rows were "
     r"deleted: make the form again with `(?P<cmd>lawcomment form make [^`]+)`, fill in the rows commented on, then "
     r"import it\)",
     "{file}：意见反馈表的表格中没有条款行，未导入任何内容，也未记录导入（条款行已被删除：请用`{cmd}`重新生成意见反馈表，"
     "在要提意见的条款行中填写后重新导入）"),
    (r"(?P<file>.+): no tracked change and no Word comment in it: nothing imported(?: into \S+)?, no import recorded "
     r"\(is it the copy sent to members\? Their edits are read from tracked changes: turn on Track Changes "
     r"\(Review > Track Changes, 审阅 > 修订\) before editing the copy, or add Word comments, then import it again\)",
     "{file}：文件中没有修订，也没有批注，未导入任何内容，也未记录导入（是否为发给会员的原稿？会员的修改只从修订中读取："
     "请先在Word中开启“修订”（审阅→修订）再修改，或插入批注，然后重新导入）"),
    (r"(?P<file>.+): its tracked changes and Word comments give no comment \(its warnings say why\): nothing "
     r"imported(?: into \S+)?, no import recorded",
     "{file}：文件中的修订和批注均未形成意见（原因见上述提示），未导入任何内容，也未记录导入"),
    # what an import replaced, named, and the committee's decisions that no longer apply
    (r"(?:(?P<file>.+): )?#(?P<new>\d+) replaces #(?P<old>\d+) \((?P<who>[^)]+)\) on (?P<where>.+)",
     "意见#{new}取代了{who}在{where}的意见#{old}"),
    *[((rf"(?:(?P<file>.+): )?#(?P<old>\d+) leaves the merge with {what}, which #(?P<new>\d+) does not give"),
       f"意见#{{old}}的{zh}不再参与合并：意见#{{new}}未包含这些内容")
      for what, zh in ((r"its wording \((?P<w>「.*」)\) and its reason \((?P<r>「.*」)\)", "措辞（{w}）和理由（{r}）"),
                       (r"its wording \((?P<w>「.*」)\)", "措辞（{w}）"), (r"its reason \((?P<r>「.*」)\)", "理由（{r}）"))],
    ((r"(?:(?P<file>.+): )?the committee's decision\(s\) (?P<ds>.+?) on (?P<where>.+) no longer apply with (?P<ids>.+?) "
      r"replaced: the merge ignores them \(`(?P<how>[^`]+)` brings (?P<i2>.+) back\)"),
     "{ids}被取代后，委员会对{where}所作的决定{ds}已不再适用，合并时将被忽略（`{how}`可恢复{i2}）"),
    # what a correction (withdraw, edit, move, undo) did to the committee's decisions on its article
    ((r"the committee's decision\(s\) (?P<ds>.+?) on (?P<where>.+) no longer apply with #(?P<c>\d+) "
      r"(?P<how>withdrawn|edited|moved|back as it was): the merge ignores them \(decide again, or "
      r"`(?P<cmd>[^`]+)` (?P<undo>brings #\d+ back|makes the change again|undoes it)\)"),
     "意见#{c}{how_zh}后，委员会对{where}所作的决定{ds}已不再适用，合并时将被忽略（请重新决定，或运行`{cmd}`{undo_zh}）"),
    (r"the committee's decision\(s\) (?P<ds>.+?) on (?P<where>.+) apply again with #(?P<c>\d+) "
     r"(?P<how>withdrawn|edited|moved|back as it was)",
     "意见#{c}{how_zh}后，委员会对{where}所作的决定{ds}重新适用"),
    (r"#(?P<old>\d+) \((?P<who>[^)]+)\) is back on (?P<where>.+): #(?P<new>\d+), which had replaced it, is no longer "
     r"(?P<w2>\S+)'s wording of it", "{who}在{where}的意见#{old}已恢复：取代它的意见#{new}已不再是该会员对该条的修改建议"),
    (r"#(?P<old>\d+) \((?P<who>[^)]+)\) on (?P<where>.+) is replaced by #(?P<new>\d+) again",
     "{who}在{where}的意见#{old}再次被意见#{new}取代"),
    # a placeholder typed where the wording goes (无, /, 同意, 同上): no wording (a messy-input trial's)
    (r"(?:(?P<row>.+): )?the proposed text 「(?P<w>.*)」 is no wording: read as a remark on (?P<where>[^;]+), its reason kept",
     "修改建议「{w}」不是条文：已作为对{where}的意见保存，理由照录"),
    (r"(?:(?P<row>.+): )?the proposed text 「(?P<w>.*)」 is no wording: read as support of (?P<where>[^;]+)",
     "修改建议「{w}」不是条文：已作为对{where}的支持意见保存"),
    (r"(?:(?P<row>.+): )?the proposed text 「(?P<w>.*)」 is no wording: read as stance (?P<s>\w+) on (?P<where>[^;]+)",
     "修改建议「{w}」不是条文：已按所填意见类型（{s}）记录于{where}"),
    ((r"(?:(?P<row>.+): )?the proposed text 「(?P<w>.*)」 is no wording and the row gives no reason: nothing is recorded "
      r"at (?P<where>[^;]+)"), "修改建议「{w}」不是条文，且未填写理由：{where}未记录任何意见"),
    ((r"(?:(?P<row>.+): )?the proposed text 「(?P<w>.*)」 is no wording and the reason 「(?P<r>.*)」 says nothing: nothing "
      r"is recorded at (?P<where>[^;]+)"), "修改建议「{w}」不是条文，理由「{r}」也无实际内容：{where}未记录任何意见"),
    (r"(?:(?P<row>.+): )?the reason 「(?P<r>.*)」 says nothing \(a placeholder\): read as none",
     "理由「{r}」无实际内容（占位文字），视为未填写"),
    (r"(?:(?P<row>.+): )?the reason 「(?P<r>.*)」 says nothing \(a placeholder\): read as none: nothing is recorded at "
     r"(?P<where>[^;]+)", "理由「{r}」无实际内容（占位文字），视为未填写：{where}未记录任何意见"),
    ((r"(?:(?P<row>.+): )?the (?:proposed text|修改建议|Proposed text) 「(?P<w>.*)」 \(same as above\) is no wording: each "
      r"row is read on its own, never from the row above; write out the wording it means \(or leave the cell empty to "
      r"keep the reason as a remark\)"),
     "修改建议「{w}」（同上）不是条文：每一行单独读取，不会沿用上一行的内容；请写出其所指的修改后条文（或将该栏留空，仅将理由作为意见保存）"),
    ((r"(?:(?P<row>.+): )?stance (?P<s>\w+) needs a wording, and the proposed text 「(?P<w>.*)」 is none: give the wording "
      r"as it should read, or make the stance 意见 to keep the reason as a remark"),
     "意见类型{s}需要写出修改后的条文，而修改建议「{w}」不是条文：请写出修改后的条文，或将意见类型改为“意见”，仅将理由作为意见保存"),
    # a form's row whose 条款 names another article than its hidden id (a row copied, its citation typed over)
    ((r"(?:(?P<row>.+): )?its (?:条款|Article) reads 「(?P<c>.*)」: read as on (?P<named>.+?), as it says, though the row "
      r"is (?P<own>.+?)'s row copied \(its hidden id is that row's\)"),
     "“条款”栏写的是「{c}」：已按其所写归入{named}，虽然该行是从{own}的一行复制而来（其隐藏标识仍是该行的）"),
    ((r"(?:(?P<row>.+): )?its (?:条款|Article) reads 「(?P<c>.*)」: read as on (?P<named>.+?), as it says, though the row "
      r"is (?P<own>.+?)'s row \(its hidden id\), its (?:条款|Article) typed over"),
     "“条款”栏写的是「{c}」：已按其所写归入{named}，虽然该行原是{own}的一行（其隐藏标识），“条款”栏被改写"),
    ((r"(?:(?P<row>.+): )?its (?:条款|Article) reads 「(?P<c>.*)」 \((?P<named>.+?)\), but the row is (?P<own>.+?)'s row "
      r"(?:copied \(its hidden id is that row's\)|\(its hidden id\), its (?:条款|Article) typed over), and its wording "
      r"reads like (?P<o2>.+?) \(similarity (?P<a>[0-9.]+), against (?P<b>[0-9.]+) like (?P<n2>.+?)\): which article it "
      r"is for cannot be told; write the citation of the article it words in (?:条款|Article)"),
     "“条款”栏写的是「{c}」（{named}），但该行是{own}的一行，其修改建议也与{own}相近（相似度{a}，与{named}仅{b}）："
     "无法确定其针对哪一条；请在“条款”栏写明其所修改条文的序号"),
    ((r"(?:(?P<row>.+): )?its (?:条款|Article) reads 「(?P<c>.*)」, which names no unit of (?P<ref>\S+), and the row is "
      r"(?P<own>.+?)'s row (?:copied \(its hidden id is that row's\)|\(its hidden id\), its (?:条款|Article) typed "
      r"over): which article it is for cannot be told; write the citation of its article in (?:条款|Article)"),
     "“条款”栏写的是「{c}」，{ref}中没有其所指的条款，而该行是{own}的一行：无法确定其针对哪一条；请在“条款”栏写明其所针对条文的序号"),
    ((r"a form's row words the article it prints: give the wording in a row whose (?:条款|Article) reads (?P<c>.+?), or "
      r"leave the row out \(--skip-invalid\)"),
     "意见反馈表的每一行只针对其所印的条文：请将该修改建议写在“条款”栏为{c}的一行中，或不导入该行"),
    # a row file's row pasted twice, and a member's two wordings of one unit in one file
    (r"(?:(?P<filep>.+): )?(?:row|line) (?P<r>\d+) repeats (?:row|line) (?P<f>\d+) word for word: stored once",
     "{filep}第{r}行与第{f}行完全相同：只保存一次"),
    (r"(?:(?P<filep>.+): )?item (?P<r>\d+) repeats item (?P<f>\d+) word for word: stored once",
     "{filep}第{r}项与第{f}项完全相同：只保存一次"),
    ((r"(?:(?P<row>.+): )?(?P<who>\S+) gives a second wording of (?P<where>[^;]+?) in this file \((?:row|line|item) "
      r"(?P<f>\d+) gives another\): both are kept open, neither replacing the other \(withdraw the one (?P=who) does "
      r"not mean: lawcomment comment withdraw ID\)"),
     "{who}在本文件中对{where}给出了第二种修改建议（第{f}行已给出另一种）：两者均保留，互不取代（请撤回{who}并非本意的一条："
     "lawcomment comment withdraw ID）"),
    # a form's 修改建议 emptied without Track Changes: no wording, no deletion asked
    ((r"(?:(?P<row>.+): )?the proposed text of (?P<where>.+?) was emptied \(not with Track Changes\) and the row gives no "
      r"reason: nothing is recorded \(write (?:删除|delete) in (?:修改建议|Proposed text) to propose deleting the "
      r"article\)"),
     "{where}的“修改建议”栏被清空（未使用修订），且未填写理由：未记录任何意见（如要建议删除该条，请在“修改建议”栏写“删除”）"),
    ((r"(?:(?P<row>.+): )?the proposed text of (?P<where>.+?) was emptied \(not with Track Changes\) and its reason asks "
      r"for its deletion \(「(?P<r>.*)」\): kept as a remark, not read as deleting it \(write (?:删除|delete) in "
      r"(?:修改建议|Proposed text) to propose deleting the article\)"),
     "{where}的“修改建议”栏被清空（未使用修订），其理由要求删除该条（「{r}」）：已作为意见保存，未视为删除建议（如要建议删除该条，"
     "请在“修改建议”栏写“删除”）"),
    # a column the rows lack, and the file's columns not read (its 单位全称 headed otherwise)
    ((r"(?:(?P<row>.+): )?no member \(fill the member column or pass --member\); the file's columns not read: "
      r"(?P<cols>.+)"), "未填写会员（请填写会员列，或使用--member）；文件中未读取的列：{cols}"),
    ((r"(?:(?P<row>.+): )?no article column \(expected one of: (?P<names>.+)\); the file's columns not read: "
      r"(?P<cols>.+)"), "没有条款列（列名应为以下之一：{names}）；文件中未读取的列：{cols}"),
    # a wording written in a row file's reason column, its proposed text empty
    ((r"(?:(?P<row>.+): )?the reason of (?P<where>[^;]+?) gives a wording \(「(?P<w>.*)」\) while its proposed text is "
      r"empty; it is kept as a remark \(write the wording in 修改建议 to propose it\)"),
     "{where}的“理由”栏写了修改后的措辞（「{w}」），而“修改建议”栏为空：已作为意见保存（如要提出修改，请把措辞写在“修改建议”栏）"),
    (r"the new provisions (?P<a>n\d+) and (?P<b>n\d+) after (?P<where>.+), both accepted, read alike \(similarity "
     r"(?P<s>[\d.]+)\): the submission puts in both; check one is not the other reworded \(reject one, or give the "
     r"committee's wording\)", "{where}的新增条款{a}和{b}均已采纳，内容相近（相似度{s}）：提交稿将两条都写入；请核对是否其一只是另一条的改写"
     "（不采纳其一，或给出委员会措辞）"),
    (r"(?P<c>c\d+) puts in a 款 that refers to (?P<w>\S+) right after 「(?P<line>.*)」, a definition: there (?P=w) means "
     r"that 款; check the reference in (?P<where>.+)", "{c}在定义条款「{line}」之后新增一款，其中的“{w}”将指该定义条款；请核对{where}中的引用"),
    (r"the proposed wording is (?P<where>.+?) as it stands and the reason 「(?P<r>.*)」 supports it: read as support of "
     r"(?P=where)", "建议条文与{where}原文相同，理由「{r}」为支持：已作为对{where}的支持意见保存"),
    (r"the reason 「(?P<r>.*)」 \(same as above\) is kept as written: each row is read on its own, never from the row "
     r"above; write out the reason it means", "理由「{r}」按原文保存：每一行单独读取，不取上一行的内容；请写明所指的理由"),
    # what the carry into a reading left behind, said until staff decide (consultation.versions.NotCarried.said)
    (r"decision #(?P<n>\d+) of (?P<ref>\S+) \((?P<what>.+?)\) was not carried: (?P<why>.+); decide again",
     "{ref}的决定#{n}（{what}）未带入本稿：{why}；请重新决定"),
    (r"decision #(?P<n>\d+) of (?P<ref>\S+) \((?P<what>.+?)\) was not carried: (?P<why>.+)",
     "{ref}的决定#{n}（{what}）未带入本稿：{why}"),
    (r"committee reason #(?P<n>\d+) of (?P<ref>\S+) \(committee reason on (?P<where>.+?)\) was not carried: (?P<why>.+); "
     r"give it again with `decide --committee-reason`",
     "{ref}中{where}的委员会理由#{n}未带入本稿：{why}；如仍坚持，请用decide --committee-reason重新填写"),
]


#: The clauses of a carry-forward note (``第十条 (art_10) → 第十一条 (art_11); quote re-anchored …;
#: none of its …``), each read on its own (after the forms above) when the note as a whole has none.
_CLAUSE_FORMS: list[tuple[str, str]] = [
    # a remark on the whole draft, carried to the next reading
    (r"carried as a comment on the whole document", "已作为对全文的意见转入"),
    # the first clause of a width note that says both (review.proposals.width_note), another clause after it
    *[((rf"half-width punctuation \((?P<half>.+?)\) between Chinese words of {what} is made full width "
        r"\((?P<full>.+?)\), as the law writes it"), f"{zh}中夹在中文之间的半角标点（{{half}}）已改为全角（{{full}}），与法律文本一致")
      for what, zh in (("the proposed text", "修改建议"), ("the committee's wording", "委员会表述"))],
    # what the intake said of a proposal, shown again by the web app
    ((r"the proposed text reads as an instruction \((?P<said>.+)\), not a wording: read as the wording of (?P<where>.+) "
      r"with it applied"), "修改建议写成了修改指示（{said}），已按指示改写{where}作为建议条文"),
    ((r"the committee's wording reads as an instruction \((?P<said>.+)\), not a wording: read as the wording of "
      r"(?P<where>.+) with it applied"), "委员会建议条文写成了修改指示（{said}），已按指示改写{where}作为委员会建议条文"),
    (r"「(?P<w>.*)」 occurs (?P<n>\d+) times: each is changed", "「{w}」出现{n}处，均已按指示修改"),
    ((r"line (?P<k>[\d、, ]+) of the proposed text reads as an instruction \((?P<said>.+)\), not law text: applied to "
      r"that line of (?P<where>.+)"), "修改建议第{k}行写成了修改指示（{said}），不是条文：已按指示改写{where}的该行"),
    ((r"「(?P<w>.*)」 stands (?P<n>\d+) times there: each is changed, as 将“…”修改为“…” reads in an amendment \(to change "
      r"one, cite its 款 or quote more of its words\)"),
     "「{w}」在此出现{n}处，均已修改（修正案中“将……修改为……”即指各处；只改一处请写明款或多引几个字）"),
    ((r"「(?P<w>.*)」 stands (?P<n>\d+) times there: each is changed, as 删去“…” reads in an amendment \(to change "
      r"one, cite its 款 or quote more of its words\)"),
     "「{w}」在此出现{n}处，均已删去（修正案中“删去……”即指各处；只删一处请写明款或多引几个字）"),
    ((r"「(?P<w>.*)」 stands (?P<n>\d+) times in (?P<where>.+): changed where the quote 「(?P<q>.*)」 stands \(leave the "
      r"quote out to change each\)"), "「{w}」在{where}中出现{n}处，只修改了引文「{q}」所在之处（不附引文则各处均修改）"),
    ((r"the 「(?P<m>.)」 before the deleted words 「(?P<w>.*)」 is deleted with them: the text reads 「(?P<now>.*)」, not "
      r"「(?P<was>.*)」"), "删去「{w}」时一并删去其前的「{m}」：改后为「{now}」，而非「{was}」"),
    ((r"the 「(?P<m>.)」 after the deleted words 「(?P<w>.*)」 is deleted with them: the text reads 「(?P<now>.*)」, not "
      r"「(?P<was>.*)」"), "删去「{w}」时一并删去其后的「{m}」：改后为「{now}」，而非「{was}」"),
    # the deleted words' own stronger mark ends what stands before them; a list's 、 left, to be checked
    ((r"the 「(?P<m>.)」 before the deleted words 「(?P<w>.*)」 is replaced by the 「(?P<o>.)」 they end with: the text reads "
      r"「(?P<now>.*)」, not 「(?P<was>.*)」"), "删去「{w}」时以其末尾的「{o}」替换其前的「{m}」：改后为「{now}」，而非「{was}」"),
    ((r"the 「(?P<o>.)」 the deleted words 「(?P<w>.*)」 end with is kept, ending the line: the text reads 「(?P<now>.*)」, "
      r"not 「(?P<was>.*)」"), "删去「{w}」时保留其末尾的「{o}」作为该行结尾：改后为「{now}」，而非「{was}」"),
    ((r"the 「、」 before the deleted words 「(?P<w>.*)」 is left, as they may be only part of an item of the list: check "
      r"the text, which reads 「(?P<now>.*)」"), "删去「{w}」时保留了其前的「、」，因所删文字可能只是所列一项的一部分：请核对改后文字「{now}」"),
    ((r"the 「、」 after the deleted words 「(?P<w>.*)」 is left, as they may be only part of an item of the list: check "
      r"the text, which reads 「(?P<now>.*)」"), "删去「{w}」时保留了其后的「、」，因所删文字可能只是所列一项的一部分：请核对改后文字「{now}」"),
    # a quote that stands more than once: the words changed at the place it was anchored
    ((r"「(?P<w>.*)」 stands (?P<n>\d+) times in (?P<where>.+): changed where the quote 「(?P<q>.*)」 is anchored, the "
      r"(?P<k>\d+)(?:st|nd|rd|th) of the (?P<m>\d+) places it stands \(leave the quote out to change each\)"),
     "「{w}」在{where}中出现{n}处，只修改了引文「{q}」所锚定之处（引文出现{m}处，锚定于第{k}处；不附引文则各处均修改）"),
    # a proposal beside a quote read as the quoted words' new wording (its words, without an instruction or marks)
    ((r"the proposed text 「(?P<t>.*)」 reads as an instruction, not law text: 「(?P<w>.*)」 is read as the new wording of "
      r"the quoted words 「(?P<q>.*)」, not of the whole unit \(give the whole unit as it should read to say otherwise\)"),
     "修改建议「{t}」是修改指示，不是条文：已将「{w}」作为所引原文「{q}」修改后的文字，而非整条的条文（如指整条，请写出整条修改后的条文）"),
    ((r"the quotation marks of the proposed text 「(?P<t>.*)」 are not the law's there: 「(?P<w>.*)」 is read as the new "
      r"wording of the quoted words 「(?P<q>.*)」, not of the whole unit \(give the whole unit as it should read to say "
      r"otherwise\)"),
     "修改建议「{t}」所加引号不是条文中原有的：已将「{w}」作为所引原文「{q}」修改后的文字，而非整条的条文（如指整条，请写出整条修改后的条文）"),
    (r"the proposed text 「(?P<t>.*)」 reads as an instruction, not law text: 「(?P<w>.*)」 is read as the proposed wording",
     "修改建议「{t}」是修改指示，不是条文：已将「{w}」作为建议条文"),
    (r"the quotation marks of the proposed text 「(?P<t>.*)」 are not the law's there: 「(?P<w>.*)」 is read as the proposed "
     r"wording", "修改建议「{t}」所加引号不是条文中原有的：已将「{w}」作为建议条文"),
    # (after the two above, whose text it would match too)
    ((r"the proposed text 「(?P<t>.*)」 is read as the new wording of the quoted words 「(?P<q>.*)」, not of the whole "
      r"unit \(give the whole unit as it should read to say otherwise\)"),
     "修改建议「{t}」视为所引原文「{q}」修改后的文字，而非整条的条文（如指整条，请写出整条修改后的条文）"),
    (r"its 项 numbered on to follow the new text's list", "所增之项已按新文本的项序重新编号"),
    ((r"the 款 it puts in reads much like 「(?P<t>.*)」, which the new version wrote \(similarity (?P<s>[0-9.]+)\): "
      r"check whether it was adopted in other words"),
     "所增之款与新版本所写的「{t}」十分相近（相似度{s}）：请核对新版本是否已以其他文字采纳"),
    ((r"check the deletion: the new version added 「(?P<w>.*)」 to (?P<where>.+), which the deletion now takes out "
      r"too"), "请核对该删除建议：新版本在{where}中新增了「{w}」，该删除建议现在也会将其删去"),
    ((r"check the deletion: the new (?:version|(?P<tr>\w+) translation) wrote 「(?P<w>.*)」 where the words asked "
      r"deleted stood, and the deletion now takes that out"),
     "请核对该删除建议：新版本在所建议删除的文字处改写为「{w}」，该删除建议现在会将其删去"),
    ((r"check the place: 「(?P<q>.*)」 is not in (?P<arts>.+), where (?P<art>.+) went, but in (?P<found>.+) with the "
      r"words around it"), "请核对位置：「{q}」不在{art}对应的{arts}中，而在{found}中，前后文字相同"),
    ((r"check the words put in: the new version has 「(?P<w>.*)」 already, in (?P<where>.+) \((?:similarity (?P<s>[0-9.]+)|"
      r"(?P<h>[0-9.]+) of its words in order)\), much like the article proposed: check whether it was adopted in other words"),
     "请核对所增加的条文：新版本的{where}中已有「{w}」，与所建议的条文十分相近：请核对新版本是否已以其他文字采纳"),
    ((r"check the words put in: the new version has 「(?P<w>.*)」 in (?P<where>.+) already: put in here as proposed, the "
      r"law would say it twice"),
     "请核对所增加的文字：新版本的{where}中已有「{w}」，按建议在此再增加，法律将重复规定"),
    ((r"check the words put in: the new (?:version|(?P<tr>\w+) translation) has 「(?P<w>.*)」 already, elsewhere in "
      r"(?P<where>.+): put in here as proposed, it would be there twice"),
     "请核对所增加的文字：新版本的{where}中已有「{w}」，按建议在此再增加，将出现两次"),
    # words put in that a clause the new article wrote reads much like (反洗钱法 2006 第十条 → 2024 第十六条第三款, a trial)
    ((r"check: the new version may say this already: 「(?P<w>.*)」 in (?P<where>[^;「」]+?) \((?P<h>[0-9.]+) of its words in "
      r"order\): 「(?P<p>.*)」 put in as well, the law may say it twice"),
     "请核对：新版本可能已有此意：{where}中的「{w}」（按顺序含其{h}的文字）；如再增加「{p}」，法律可能重复规定"),
    # ... as the adoption report says it of the proposal whose copy was so flagged (a review)
    ((r"the new version may say this already, in other words: 「(?P<w>.*)」 in (?P<where>[^;「」]+?) \((?P<h>[0-9.]+) of its "
      r"words in order\): check whether it was adopted in other words"),
     "新版本可能已以其他文字写有此意：{where}中的「{w}」（按顺序含其{h}的文字）：请核对是否已以其他文字采纳"),
    ((r"check the stance: it (?P<how>supported|opposed|asked about) (?P<old>.+) as the old version worded it, and the new version "
      r"rewords (?P<new>.+)"), "请核对该意见：它针对的是上一稿{old}的文字，新版本已修改{new}"),
    ((r"the label 「(?P<label>.*)」 of the new article after (?P<art>.+) is left out: the submission numbers it "
      r"(?P<now>\S+), after the article it follows, and renumbers no other"),
     "新增条文所写的条号「{label}」未予采用：提交稿将其编为{now}，列在其所跟随的条文之后，其他条文不重新编号"),
    (r"the proposal gives one 款 of (?P<art>.+) \((?P<n>\d+) 款\)", "建议只写了{art}（共{n}款）中的一款"),
    ((r"the wording gives (?P<k>\d+) of the (?P<n>\d+) sentences of (?P<at>.+?): read as the whole of it, it deletes "
      r"(?P<gone>「.+」) \(if it rewords only part of (?P=at), give the whole (?:款|paragraph) with that part reworded\)"),
     "该措辞只写了{at}{n}句中的{k}句：按其全文理解，将删去{gone}（如只改写其中一部分，请给出该款全文，并在其中改写相应部分）"),
    ((r"anchored at (?P<at>.+?), and read as the whole of (?P=at) it deletes (?P<gone>「.+」) \(if it rewords only part "
      r"of (?P=at), give the whole (?:款|paragraph) with that part reworded\)"),
     "已归入{at}；按该款全文理解，将删去{gone}（如只改写该款的一部分，请给出该款全文，并在其中改写相应部分）"),
    (r"anchored at (?P<at>.+)", "已归入{at}"),
    ((r"(?:(?P<row>.+): )?the proposed wording for (?P<eid>.+) keeps almost none of its text \(similarity "
      r"(?P<a>[0-9.]+)\): as its new wording, 「(?P<w>.*)」 replaces all of it \(a remark goes in the reason, 理由\)"),
     "针对{eid}的修改建议几乎未保留原文（相似度{a}）：作为建议条文，「{w}」将取代其全部文字；如是意见，请写在理由中"),
    ((r"(?:(?P<row>.+): )?the proposed wording for (?P<eid>.+) reads much more like (?P<other>.+) \(similarity "
      r"(?P<a>[0-9.]+), against (?P<b>[0-9.]+)\): check the article it names"),
     "针对{eid}的修改建议与{other}更为相近（相似度{a}，与{eid}仅{b}）：请核对其所针对的条文"),
    (r"quote re-anchored approximately: 「(?P<q>.*)」 → 「(?P<r>.*)」", "引文按近似位置重新定位：「{q}」→「{r}」"),
    ((r"check the case: the words it is on now stand in the new version's clause for the graver cases \(情节严重的\), "
      r"which 「(?P<q>.*)」 did not: check it is the fine the comment meant"),
     "请核对所针对的情形：意见现所在的文字位于新版本为情节严重等情形另设的规定中，而「{q}」原不属此类规定：请核对这是否为该意见所指的罚款"),
    ((r"the position reads 「(?P<r>.*)」, a range no proposal has: its lower bound is (?P<a>.+)'s, its upper bound "
      r"(?P<b>.+)'s: decide the two bounds together"),
     "立场中的「{r}」是任何建议都未提出的幅度：下限来自{a}的建议，上限来自{b}的建议；请一并决定上下限"),
    ((r"the position reads 「(?P<r>.*)」, a range no proposal has \(its lower bound above its upper\): its lower bound is "
      r"(?P<a>.+)'s, its upper bound (?P<b>.+)'s: decide the two bounds together"),
     "立场中的「{r}」是任何建议都未提出的幅度，且下限高于上限：下限来自{a}的建议，上限来自{b}的建议；请一并决定上下限"),
    ((r"the position reads 「(?P<r>.*)」: its lower bound \((?P<a>.+)\) is above its upper bound \((?P<b>.+)\): decide "
      r"the two bounds together"), "立场中的「{r}」下限（{a}）高于上限（{b}）；请一并决定上下限"),
    (r"none of its 1 change\(s\) fits the new text \(the new version deleted 「(?P<was>.*)」\)",
     "所提修改与新文本不符（新版本已删去「{was}」）"),
    (r"none of its (?P<n>\d+) change\(s\) fits the new text \(the new version deleted 「(?P<was>.*)」\)",
     "所提{n}处修改均与新文本不符（新版本已删去「{was}」）"),
    ((r"(?P<p>\d+) of its (?P<n>\d+) change\(s\) the new version made already \(as the adoption report finds\), and "
      r"the others do not fit it \(the new version deleted 「(?P<was>.*)」\)"),
     "所提{n}处修改中新版本已作出{p}处（见采纳情况），其余与新文本不符（新版本已删去「{was}」）"),
    ((r"none of its 1 change\(s\) fits the new text \(the new version rewrote 「(?P<was>.*)」 as "
      r"「(?P<now>.*)」\)"), "所提修改与新文本不符（新版本已将「{was}」改写为「{now}」）"),
    ((r"none of its (?P<n>\d+) change\(s\) fits the new text \(the new version rewrote 「(?P<was>.*)」 as "
      r"「(?P<now>.*)」\)"), "所提{n}处修改均与新文本不符（新版本已将「{was}」改写为「{now}」）"),
    ((r"(?P<p>\d+) of its (?P<n>\d+) change\(s\) the new version made already \(as the adoption report finds\), and "
      r"the others do not fit it \(the new version rewrote 「(?P<was>.*)」 as 「(?P<now>.*)」\)"),
     "所提{n}处修改中新版本已作出{p}处（见采纳情况），其余与新文本不符（新版本已将「{was}」改写为「{now}」）"),
    (r"proposal re-based onto the new text", "建议已移至新文本的相应位置"),
    ((r"the new version made part of (?P<n>\d+) change\(s\) \(it wrote 「(?P<now>.*)」 where 「(?P<was>.*)」 was "
      r"asked\): the rest proposed on the new text"),
     "新版本已部分作出其中{n}处修改（建议为「{was}」，新版本写作「{now}」）：其余部分在新文本上继续提出"),
    (r"the member's wording stays in comment #(?P<c>\d+)", "会员的原措辞保留在意见#{c}中"),
    ((r"(?P<k>\d+) of its (?P<n>\d+) change\(s\) the new version made as asked \(as the adoption report finds: "
      r"partly adopted\)"), "所提{n}处修改中新版本已按所提作出{k}处（采纳情况报告：部分采纳）"),
    (r"the others it wrote otherwise: nothing is left to re-base", "其余修改新版本另有写法，无可重新适用"),
    ((r"the new version has the words of its changes, but not as made at their place \(as the adoption report finds: "
      r"not adopted\): nothing is left to re-base"), "新版本已有所提修改的文字，但并非在所提位置作出（采纳情况报告：未采纳），无可重新适用"),
    (r"the adoption report finds (?P<p>\d+) of its (?P<n>\d+) change\(s\) made", "采纳情况：所提{n}处修改中已作出{p}处"),
    (r"adopted: the new version already reads as proposed", "已采纳：新版本已按建议修改"),
    (r"adopted: the new version made each of its changes \(the wording proposed is #(?P<id>\d+)'s\)",
     "已采纳：新版本已作出其各处修改（所提措辞见意见#{id}）"),
    (r"put in as (?P<where>.+) of the new version, not where asked", "新版本将其列为{where}，与建议位置不同"),
    (r"in other words, in (?P<where>.+) of the new version", "新版本以其他文字写入{where}"),
    (r"written with (?P<w>「.+」) added", "新版本另加{w}"),
    (r"punctuation or spacing otherwise: (?P<pairs>「.+」)", "标点或空格不同：{pairs}"),
    (r"adopted: the new version made each of its changes, with words of its own around them \(the wording proposed "
     r"is #(?P<id>\d+)'s\)", "已采纳：新版本已作出其各处修改，周围另有新版本自己的文字（所提措辞见意见#{id}）"),
    (r"its quote 「(?P<q>.*)」 is gone: the new version changed those words as proposed",
     "引文「{q}」已不在：新版本已按建议修改了这些文字"),
    (r"its quote was the whole of (?P<x>.+), which the new version changed: the comment is on the whole of it now",
     "其引文为{x}全文，新版本已修改该处：意见现针对其全文"),
    (r"its quote 「(?P<q>.*)」 is not in the new text: its wording is carried as the whole of (?P<x>.+)",
     "引文「{q}」已不在新文本中：其措辞已作为{x}全文的修改建议转入"),
    (r"the closest in the new version is (?P<x>.+) \(similarity (?P<s>[\d.]+)\)", "新版本中最接近的是{x}（相似度{s}）"),
    (r"the words it puts in stand in (?P<where>.+) of the new version", "所增文字见于新版本的{where}"),
    (r"the articles its words cite follow the new version's numbering: (?P<pairs>.+)", "其文字所引条文已按新版本的条文序号更新：{pairs}"),
    (r"(?P<a>\d+) of (?P<n>\d+) change\(s\) already in the new (?:version|(?P<tr>\w+) translation)",
     "所提{n}处修改中{a}处新版本已作出"),
    (r"the other(?: (?P<k>\d+))? re-based onto the new text", "其余修改已移至新文本的相应位置"),
    ((r"the other(?: (?P<k>\d+))? re-based onto the new text, but (?P<f>\d+) of (?P<n>\d+) change\(s\) did not fit "
      r"\(the new (?:version|(?P<tr>\w+) translation) rewrote those words\)"),
     "其余修改已移至新文本的相应位置，但所提{n}处修改中有{f}处与新文本不符（新版本已改写相关文字）"),
    ((r"proposal re-based onto the new text(?: of the (?P<tr>\w+) translation)?, but (?P<f>\d+) of (?P<n>\d+) "
      r"change\(s\) did not fit \(the new (?:version|\w+ translation) rewrote those words\)"),
     "建议已移至新文本的相应位置，但所提{n}处修改中有{f}处与新文本不符（新版本已改写相关文字）"),
    (r"the member's own wording stays in comment #(?P<c>\d+)", "会员的原措辞保留在意见#{c}中"),
    (r"(?P<u>[^;「」]+?) has no close counterpart, so the comment is on the article", "{u}在新版本中没有相近的对应之处，意见改为针对整条"),
    ((r"(?P<u>[^;「」]+?) has no close counterpart: the new unit is proposed after (?P<at>[^;「」]+?), the nearest; "
      r"check the place"), "{u}在新版本中没有相近的对应之处：所增条款改为建议在最相近的{at}之后增加；请核对位置"),
    ((r"check the other occurrences: it changed 「(?P<w>.*)」 → 「(?P<p>.*)」 in all (?P<n>\d+) 「(?P<k>.*)」 of "
      r"(?P<was>[^;「」]+?), and the new version has 「(?P<k2>.*)」 in (?P<at>[^;「」]+?) too, left as (?:it is|they are)"),
     "请核对其他出现之处：其已将{was}中全部{n}处「{k}」的「{w}」改为「{p}」；新版本在{at}中也有「{k2}」，未作修改"),
    # a change the new text could take at two places alike (a web trial's 「，并根据调查结果适时更新」, carried into the
    # new 第二款 of 畜牧法 2022 第十二条, whose end reads as the old 款's did)
    *[((rf"{head}{said} in (?P<a>[^;「」]+?), and the new (?:version|(?P<tr>\w+) translation) has the words around it in "
        rf"{also} alike{tail}"), f"{zh_head}{zh_said}（位于{{a}}），但新版本{zh_also}也有与其前后相同的文字{zh_tail}")
      for said, zh_said in ((r"「(?P<x>.*)」 is put in after 「(?P<y>.*)」", "在「{y}」之后增加「{x}」"),
                            (r"「(?P<y>.*)」 is deleted", "删去「{y}」"),
                            (r"「(?P<y>.*)」 → 「(?P<x>.*)」 is made", "将「{y}」改为「{x}」"))
      for also, zh_also in ((r"another place (?P<side>before|after) it in (?P=a)", "在该处的另一位置"),
                            (r"(?P<b>[^;「」]+?)", "在{b}中"))
      for head, zh_head, tail, zh_tail in (
          ("check which place: ", "请核对位置：", ": check which the member meant", "：请核对会员所指的位置"),
          ("the committee's wording could be made at two places of the new text: ", "委员会的建议条文在新文本中可有两处位置：",
           ": set it again", "：请重新给出委员会的建议条文"),
          ("", "", ": decide it again where it goes", "：请确定位置后重新决定"))],
    (r"the words it quotes, (?P<q>「.+」), stand in (?P<at>[^;「」]+?): it follows them there",
     "其所引用的文字{q}见于{at}：意见随之转至该处"),
    *[((rf"check the words it quotes: the words it quotes, (?P<q>「.+」), stand {where} of the (?P<k>款|项|part) of "
        r"(?P<art>[^;「」]+?), and it is on (?P<on>[^;「」]+?): check where it belongs"),
       f"请核对所引文字：其所引用的文字{{q}}{zh}，意见现位于{{on}}：请核对其应归之处")
      for where, zh in (("in none of them", "不见于{art}的任何一{k}"), (r"in (?P<at>[^;「」]+?)", "见于{at}"))],
    # (as notes carried before the translation added later moved such a wording onto it said it)
    ((r"waiting for the translation: the new version has no (?P<tr>\w+) translation, so this wording of the last "
      r"reading's \w+ text is kept aside as written, out of the merge, until one is added and staff give it on that text "
      r"again \(the member's wording stays in comment #(?P<c>\d+)\)"),
     "等待译文：新版本没有该语种的译文，这一针对上一稿译文的措辞按原样搁置，不参与合并；待添加译文后由工作人员在新译文上重新给出"
     "（会员的原措辞保留在意见#{c}中）"),
    ((r"waiting for the translation: the new version has no (?P<tr>\w+) translation, so this wording of the last "
      r"reading's \w+ text is kept aside as written, out of the merge, until one is added, when it is moved onto it "
      r"\(the member's wording stays in comment #(?P<c>\d+)\)"),
     "等待译文：新版本没有该语种的译文，这一针对上一稿译文的措辞按原样搁置，不参与合并；待添加译文后即移至该译文"
     "（会员的原措辞保留在意见#{c}中）"),
    (r"moved onto the (?P<tr>\w+) translation added later", "已在后来添加的译文上重新定位"),
    ((r"the new version has no (?P<tr>\w+) translation to carry the committee's \w+ wording onto: give it again once one "
      r"is added"), "新版本没有该语种的译文，委员会的译文措辞无处转入：添加译文后请重新给出"),
    (r"check the unit it is on: (?P<u>[^;「」]+?) has no close counterpart in (?P<art>[^;「」]+?)",
     "请核对所在款项：{u}在{art}中没有相近的对应之处"),
    (r"its change\(s\), followed through the diff of the two articles, fall in (?P<at>[^;「」]+?)",
     "按两条文的差异追踪，其修改落在{at}"),
    *[((rf"(?P<u>[^;「」]+?) has no close counterpart in (?P<art>[^;「」]+?), and its change\(s\), followed through the "
        rf"diff of the two articles, fall {where}: where its wording goes cannot be told, so it is not placed"),
       f"{{u}}在{{art}}中没有相近的对应之处，按两条文的差异追踪，其修改{zh}：无法确定其措辞应归何处，未予放置")
      for where, zh in ((r"not within one (?P<k>款|项) of (?P<at>[^;「」]+?)", "不在{at}的同一{k}之内"),
                        (r"in (?P<at>[^;「」]+?), which reads like another (?P<k>款|项) of the old version",
                         "落在{at}，而该处读来像原版本的另一{k}"),
                        (r"in (?P<at>[^;「」]+?)", "分别落在{at}"))],
    ((r"(?P<u>[^;「」]+?) has no counterpart, and (?P<art>[^;「」]+?) has none of its kind now: where the new unit goes "
      r"cannot be told"), "{u}在新版本中没有对应之处，{art}现已没有同类条款：无法确定所增条款的位置"),
    (r"adopted: the new (?:version|(?P<tr>\w+) translation) already has the proposed provision", "已采纳：新版本已有所建议的条款"),
    (r"adopted: the new version already has the proposed provision, as (?P<where>.+)", "已采纳：新版本已有所建议的条款，即{where}"),
    (r"the new version enacted the provision the committee turned down, as (?P<where>.+)",
     "新版本写入了委员会未采纳的该条款，即{where}"),
    (r"the new version added this provision, as (?P<where>.+)", "新版本已增加该条款，即{where}"),
    ((r"check the words beside it: 「(?P<w>.*)」 is put in right against 「(?P<n>.*)」, which the new (?:version|(?P<tr>\w+) "
      r"translation) wrote for 「(?P<o>.*)」: it may read otherwise than asked"),
     "请核对所增加文字前后的文字：「{w}」紧挨着新版本将「{o}」改写成的「{n}」，读来可能与原建议不同"),
    ((r"the new version rewrote 「(?P<o>.*)」 as 「(?P<n>.*)」 right against the words it puts in: decide it again on the "
      r"new text"), "新版本在所增加文字紧挨处将「{o}」改写为「{n}」：请按新文本重新决定"),
    (r"adopted: the new version has its words in (?P<where>.+) already", "已采纳：新版本的{where}中已有其文字"),
    ((r"partly adopted: the new version wrote it as (?P<at>[^;「」]+?) without (?P<left>「.+」): put in again as proposed, "
      r"the law would say the rest twice"), "部分采纳：新版本已将其写为{at}，但未写入{left}：如按原建议再次增加，法律将重复规定其余内容"),
    ((r"to ask for the words left out, propose them on (?P<at>[^;「」]+?) \(the member's wording stays in comment "
      r"#(?P<c>\d+)\)"), "如仍要求写入未采纳的文字，请针对{at}提出（会员的原措辞保留在意见#{c}中）"),
    (r"adopted: the new version no longer has (?P<where>.+)", "已采纳：新版本已无{where}"),
    (r"its words now stand in (?P<where>.+)", "其文字现见于{where}"),
    (r"adopted: the new version deleted (?P<where>.+), as proposed", "已采纳：新版本已按建议删除{where}"),
    (r"it proposed no change to the old wording", "该建议未对原文提出修改"),
    (r"a wording of the (?P<tr>\w+) translation, carried as written", "译文措辞，按原样转入"),
    (r"withdrawn", "已撤回"),
    (r"withdrawn: import #(?P<n>\d+) undone", "已撤回：导入#{n}已撤销"),
    (r"withdrawn: by (?P<who>\S+) in the web app", "已撤回：由{who}在网页端撤回"),
    (r"withdrawn: (?P<why>.+)", "已撤回：{why}"),
    # a 款 the new version moved to another article, and one with nothing like it anywhere (会计法 2017 第八条第三款,
    # 2024 第四十九条: a web trial's note said the new 第八条第三款, an unrelated rule, "rewrote" it)
    ((r"check the place: the new version moved (?P<was>[^;「」]+?)'s words to (?P<now>[^;「」]+?) \(similarity "
      r"(?P<s>[0-9.]+)\): (?P=was) has no close counterpart in (?P<art>[^;「」]+?), where its article went"),
     "请核对位置：新版本已将{was}的文字移至{now}（相似度{s}），{art}中已无与其相近的条款"),
    (r"a wording of (?P<art>[^;「」]+?), all of whose changes are in (?P<was>[^;「」]+?): carried as the wording of it",
     "对{art}的修改建议，所改之处均在{was}内：已作为对{was}的修改建议转入"),
    *[((rf"{lead} \(nothing in (?P<now>[^;「」]+?) reads like (?P<was>[^;「」]+?), nor anything elsewhere in the new "
        r"version\)"), f"{zh}（新版本的{{now}}中及其他各处均无与{{was}}相近的条款）")
      for lead, zh in ((r"none of its 1 change\(s\) fits the new text", "所提修改与新文本不符"),
                       (r"none of its (?P<n>\d+) change\(s\) fits the new text", "所提{n}处修改均与新文本不符"),
                       (r"(?P<p>\d+) of its (?P<n>\d+) change\(s\) the new version made already \(as the adoption report "
                        r"finds\), and the others do not fit it", "所提{n}处修改中新版本已作出{p}处（见采纳情况），其余与新文本不符"))],
    (r"orphaned until staff edited it", "工作人员修改前已失效"),
    (r"(?P<old>[^「」]+?) → (?P<new>[^「」]+?) \(split into (?P<parts>[^「」]+)\)", "{old} → {new}（该条已拆分为{parts}）"),
    (r"(?P<old>[^「」]+?) → (?P<new>[^「」]+)", "{old} → {new}"),  # where it was, where it went: citations
]


def _cut(text: str, at: str) -> list[str]:
    """``text`` cut at each ``at`` outside 「quoted law text」 (a quote may hold one)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "「"
        depth -= ch == "」" and depth > 0
        if depth == 0 and text.startswith(at, i):
            out.append(text[start:i])
            start = i + len(at)
    return [*out, text[start:]]


def _clauses(note: str) -> list[str]:
    """``note`` cut at each ``; `` outside 「quoted law text」."""
    return _cut(note, "; ")


def _clause(clause: str) -> str | None:
    """One clause of a note in Chinese (None when of no known form); carry-forward may end any of
    them with how many changes did not fit (「…, but 2 of 3 change(s) did not fit (…)」)."""
    unfit = _BUT_UNFIT.search(clause)
    head = clause[:unfit.start()] if unfit is not None else clause
    said = next((text.format(**m.groupdict()) for pattern, text in (*_zh(), *_clauses_zh()) if (m := pattern.match(head))),
                None)  # fmt: skip
    if said is None or unfit is None:
        return said
    return f"{said}，但所提{unfit['n']}处修改中有{unfit['f']}处与新文本不符（新版本已改写相关文字）"


#: How many of a proposal's changes did not fit, as carry-forward ends a clause with it.
_BUT_UNFIT = re.compile(r", but (?P<f>\d+) of (?P<n>\d+) change\(s\) did not fit \(the new (?:version|\w+ translation) "
                        r"rewrote those words\)$")


#: What carry-forward adds to any note when the article's new place is unsure, and the clauses it may add
#: after it (the committee chose otherwise, the other occurrences: a trial's Chinese tracking sheet kept a note
#: with the first after it all in English, when this clause had to end the note).
_UNSURE = re.compile(r"^(?P<note>.+?); check: the article's new place is unsure \(similarity (?P<s>[\d.]+)(?:, also "
                     r"close to (?P<side>old|new) (?P<other>.+?) \((?P<t>[\d.]+)\))?\)(?:; (?P<rest>.+))?$", re.DOTALL)
#: A decision carry-forward held at a place the alignment is unsure of (review.position._apply).
_HELD = re.compile(r"^decision #(?P<d>\d+) \((?P<what>.+)\) was carried onto (?P<where>.+?), but (?P<pair>.+) is unsure "
                   r"\(similarity (?P<s>[\d.]+)(?:, also close to (?P<side>old|new) (?P<other>.+?) \((?P<t>[\d.]+)\))?\): it "
                   r"does not go out until staff confirm it \(`lawcomment decide --confirm (?P<n>\d+)`\) or decide again$")


#: What staff answered a comment they resolved, after the note before it if any (consultation.answers: the
#: first marker; the answer is kept as typed, its own 「; 」 and all).
_ANSWERED = re.compile(r"^(?:(?P<note>.+?); )?answer: (?P<a>.*)$", re.DOTALL)


#: A correction refused, as `comment edit` says it: the comment, then why.
_ABOUT = re.compile(r"^comment #(?P<n>\d+): (?P<why>.+)$", re.DOTALL)
#: A problem of a form's row: where it is, then what (said on its own).
_ROW = re.compile(r"^table (?P<t>\d+) row (?P<r>\d+): (?P<why>.+)$", re.DOTALL)
#: What the wrong-article check says of a wording, then the refusal (each said in Chinese on its own).
_ELSEWHERE = re.compile(r"^(?P<head>the proposed wording for [^;]+? reads much more like [^;]+: check the article it "
                        r"names); (?P<tail>.+)$", re.DOTALL)  # fmt: skip


#: A JSON value's type as Python names it (a message of a JSON comment file's), in Chinese.
_JSON_TYPES = {"list": "列表", "dict": "对象", "int": "整数", "float": "数字", "bool": "true或false", "str": "文字",
               "NoneType": "null"}


def _place(place: str | None) -> str:
    """Where in a file a message says it is (``line 3``, ``item 2``, ``row 4``, ``the document``), as
    a Chinese message begins with it: 第3行：, 第2项：, 文档：; "" when it names none."""
    if not place:
        return ""
    if place == "the document":
        return "文档："
    kind, _, n = place.partition(" ")
    return f"第{n}{'项' if kind == 'item' else '行'}："


#: A decision's action, as a message names it.
_ACTIONS = {"accept": "采纳", "reject": "不采纳"}
#: The fields textcheck names, and where a typed comment came from.
_FIELDS = {"reason": "理由", "proposed text": "建议条文", "quote": "引文", "author": "作者", "member": "会员",
           "name": "姓名"}
_WHERE = {"the web comment": "网页所提意见", "the command line": "命令行所提意见", "the en comment": "英文意见",
          "the zh comment": "中文意见"}
#: What a correction did to a comment, and what undoing it again does, as a Chinese message says them.
_CORRECTED = {"withdrawn": "被撤回", "edited": "被修改", "moved": "被移至他处", "back as it was": "恢复原状"}
_UNDONE = {"makes the change again": "重新作出该修改", "undoes it": "撤销该修改"}
#: Words in Latin letters: what a message still in English has.
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
#: A unit's id beside its citation (第十三条 (art_13)): for the command line, not a Chinese page.
_EID = re.compile(r" \((?:art|chp|sec|part|sub|div|para|item|annex)_[-\w]*\)")  # (items), (article): words


#: A Chinese citation, beside its unit's id (第十二条 (art_12__para_1)) or bare (on 第二条), outside the law's
#: words a message quotes (「…违反本法第十三条…」, “…第十条…”, left as written): what an English page says in English.
_CITED_EID = re.compile(r"(?P<quoted>「[^」]*」|“[^”]*”|‘[^’]*’)"
                        r"|(?P<cite>第[一二三四五六七八九十百千零〇两]+[编章节条](?:之[一二三四五六七八九十]+)?"
                        r"(?:第(?:[一二三四五六七八九十百千零〇两]+[章节条款项目]|（[一二三四五六七八九十]+）项))*)"
                        r"(?: \((?P<eid>(?:art|chp|sec|part|sub|div|para|item|annex)_[-\w]*)\))?")
#: The Chinese list mark between two citations an English message then names in English.
_CITED_JOIN = re.compile(r"(?<=[\w)])、(?=(?:Article|Chapter|Section|Part|Book|Annex) )")


def _english_citation(found: re.Match[str]) -> str:
    """A citation of a message as English cites the unit: as the message cites it (the article for
    the one 款 of an article: 第十二条 (art_12__para_1) is Article 12), else by its id."""
    if found["quoted"]:
        return found[0]
    for eid in (found["cite"], found["eid"]):
        if not eid:
            continue
        try:
            # (a unit the message cites in Chinese is a Chinese law's: its 项 numbered, as the NPC's translations)
            chinese = eid.startswith("第")
            return eid_to_citation(citation_to_eid(eid, paragraph_optional=True) if chinese else eid, "en", digits=chinese)
        except (LawcommentError, KeyError, ValueError):
            continue
    return found[0]


#: Characters that, escaped, stand for themselves in a pattern (``\\(`` is a parenthesis; ``\\d`` is not).
_ESCAPED_LITERALS = frozenset("()[]{}.*+?|^$\\/-# 「」")


def _class_end(pattern: str, i: int) -> int:
    """Where the class of characters opening at ``pattern[i]`` (``[``) ends: past its ``]``."""
    i += 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":  # (first in a class, a bracket is one of its characters)
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _group_end(pattern: str, i: int) -> int:
    """Where the group opening at ``pattern[i]`` (``(``) ends: past its ``)``."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        depth += 1 if c == "(" else -1 if c == ")" else 0
        i += 1
        if depth == 0:
            break
    return i


_REPEAT = re.compile(r"\{\d*,?\d*\}")


def _required_words(pattern: str) -> tuple[str, ...]:
    """Runs of literal text every match of ``pattern`` contains: its characters outside any group,
    class, alternative or repeat. Empty (nothing to test) where that is not plain: a ``|`` outside
    groups, or a flag set inside the pattern (``(?i)``: a case-blind match)."""
    if "(?" in pattern and re.search(r"\(\?[aiLmsux]", pattern):
        return ()
    runs: list[str] = []
    run: list[str] = []

    def cut() -> None:
        if run:
            runs.append("".join(run))
            run.clear()

    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1:i + 2]
            if nxt and nxt in _ESCAPED_LITERALS:
                run.append(nxt)
            else:  # a class of characters (\d, \S), an assertion (\b) or a back reference
                cut()
            i += 2
        elif ch == "(":  # a group: skipped whole (a repeat after it has nothing before it to take)
            cut()
            i = _group_end(pattern, i)
        elif ch == "[":
            cut()
            i = _class_end(pattern, i)
        elif ch in "*+?{":  # a repeat: the character before it may be left out or repeated
            if run:
                run.pop()
            cut()
            repeat = _REPEAT.match(pattern, i) if ch == "{" else None
            i = repeat.end() if repeat is not None else i + 1
        elif ch == "|":  # alternatives outside any group: nothing is required
            return ()
        elif ch in ".^$":
            cut()
            i += 1
        else:
            run.append(ch)
            i += 1
    cut()
    return tuple(runs)


class _Form:
    """A message form, compiled when a message first has every word it requires: of some 440
    forms, a page's messages reach few (compiling them all took 40 ms of each process that
    says anything in Chinese). ``match`` is the compiled pattern's, anchored at both ends."""

    __slots__ = ("pattern", "words", "compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.words = _required_words(pattern)
        self.compiled: re.Pattern[str] | None = None

    def match(self, text: str) -> re.Match[str] | None:
        for word in self.words:
            if word not in text:
                return None
        compiled = self.compiled
        if compiled is None:
            compiled = self.compiled = re.compile(f"^{self.pattern}$", re.DOTALL)
        return compiled.match(text)


@functools.cache
def _zh() -> list[tuple[_Form, str]]:
    """The message forms, each compiled when first reached (a command that says nothing in Chinese
    never pays for them)."""
    return [(_Form(pattern), text) for pattern, text in _ZH_FORMS]


@functools.cache
def _clauses_zh() -> list[tuple[_Form, str]]:
    """The clause forms, compiled when first reached."""
    return [(_Form(pattern), text) for pattern, text in _CLAUSE_FORMS]


def localized(message: str, lang: str, *, ids: bool = True) -> str:
    """``message`` in ``lang`` ("zh": in Chinese where its form is known, without the units' ids;
    "en": as written, or, when ``ids`` is false, as a page shows it: without the units' ids, which only
    the command line's user types, and its units cited in English, Article 34(1), not 第三十四条第一款
    (art_34__para_1); the law's words it quotes 「…」 or “…” as written)."""
    if lang != "zh":
        # as a page shows it: its units cited in English (an English page read "quote not found … of 第十二条")
        return message if ids else _EID.sub("", _CITED_JOIN.sub(", ", _CITED_EID.sub(_english_citation, message)))
    said = _in_chinese(message)
    plain = _EID.sub("", said)
    # one of no known form: as written, ids and all (a note whose every part is a citation, 第七条
    # (art_7) → 第八条 (art_8), reads the same in Chinese, and goes without its ids too)
    return plain if said != message or not _LATIN_WORD.search(plain) else message


#: The law's words a message quotes, 「…」 (none inside), and the Chinese list mark between two
#: citations of English units (Section 107、Section 301): as an English draft's messages write them.
_BRACKETED = re.compile(r"「([^「」]*)」")
#: What an English draft's message may hold that English does not write.
_TYPESET = re.compile(r"[「、款项]")
#: A Chinese unit's kind, a word of an English message (its 款 or 项, one 项 of, the other 款), in English.
_UNIT_WORD = re.compile(r"the other 款|(?<= )[款项](?=[ ,;:)])")
_UNIT_WORDS = {"the other 款": "the other paragraphs", "款": "paragraph", "项": "point"}


def quoted(words: str, lang: str) -> str:
    """The law's ``words`` in the quotation marks of ``lang``, the language of their draft: 「…」 in
    Chinese, “…” in English."""
    return f"“{words}”" if lang == "en" else f"「{words}」"


def typeset(message: str, lang: str) -> str:
    """``message`` with the quotation marks, list marks and unit words of ``lang``, the language of
    the draft it is about: as written for a Chinese draft (「…」, 、, 款); for an English one, the
    words it quotes “…”, its units listed with ", " and named as English names them, paragraph and
    point (an English consultation's merge read ``after 「Union 」``, its carry-forward ``its 款 or 项``)."""
    if lang != "en" or not _TYPESET.search(message):
        return message
    said = _CITED_JOIN.sub(", ", _BRACKETED.sub(r"“\1”", message))
    return _UNIT_WORD.sub(lambda m: _UNIT_WORDS[m[0]], said)


#: A list of units as an English message names it: "the other 款", "2 of them", or citations joined
#: with ", " and " and " (第二十二条第二款 (art_22__para_2) and 第二十二条第三款 (art_22__para_3)).
_OTHERS = re.compile(r"the other (?:款|paragraphs)")
_SOME = re.compile(r"(?P<n>\d+) of them")
_JOINS = re.compile(r", (?:and )?| and ")


#: An edit a member's later proposal left out, as the note quotes it (review.position._lost_edit).
_LOST_PUT_IN = re.compile(r"putting in (「[^」]*」) after (「[^」]*」)")
_LOST_DELETED = re.compile(r"deleting (「[^」]*」)")


def _zh_list(names: str) -> str:
    """``names`` as Chinese lists them: 第二款、第三款和第四款, 其他各款, 其中2款 (a trial's Chinese page
    read 「即建议删除第二十二条第二款 and 第二十二条第三款」)."""
    if _OTHERS.fullmatch(names):
        return "其他各款"
    if (some := _SOME.fullmatch(names)) is not None:
        return f"其中{some['n']}款"
    *first, last = _JOINS.split(names)
    return f"{'、'.join(first)}和{last}" if first else last


def _in_chinese(message: str) -> str:
    lang = "zh"
    if "\n  " in message:  # a head and the problems it lists (a ValidationError), each said on its own
        head, *lines = message.split("\n")
        said = _in_chinese(head)
        listed = [_in_chinese(line.strip()) for line in lines]
        # (all of it in Chinese, or all of it as written: never a Chinese head over English lines)
        if said != head and all(x != line.strip() or not _LATIN_WORD.search(x) for x, line in zip(listed, lines, strict=True)):
            return "\n".join([said, *(line[:len(line) - len(line.lstrip())] + x for x, line in zip(listed, lines, strict=True))])
        return message
    answered = _ANSWERED.match(message)
    if answered is not None:  # staff's answer, kept as typed after the note before it (said on its own)
        note = answered["note"] or ""
        said = _in_chinese(note) if note else ""
        if note and said == note and _LATIN_WORD.search(_EID.sub("", note)):
            return message  # (all of it in Chinese, or all of it as written)
        return f"{said}；秘书处答复：{answered['a']}" if note else f"秘书处答复：{answered['a']}"
    unsure = _UNSURE.match(message)
    if unsure is not None:
        also = (f"，也接近{'旧' if unsure['side'] == 'old' else '新'}版本的{unsure['other']}（{unsure['t']}）"
                if unsure["other"] else "")  # fmt: skip
        rest = f"；{localized(unsure['rest'], lang)}" if unsure["rest"] else ""  # (each said on its own, in order)
        return f"{localized(unsure['note'], lang)}；请核对：该条在新版本中的位置不确定（相似度{unsure['s']}{also}）{rest}"
    held = _HELD.match(message)
    if held is not None:
        also = (f"，也接近{'旧' if held['side'] == 'old' else '新'}版本的{held['other']}（{held['t']}）"
                if held["other"] else "")  # fmt: skip
        return (f"决定#{held['d']}（{_in_chinese(held['what'])}）已转入{held['where']}，但{held['pair']}的对应不确定"
                f"（相似度{held['s']}{also}）：工作人员确认（lawcomment decide --confirm {held['n']}）或重新决定之前，"
                "不列入提交稿")  # fmt: skip
    about = _ABOUT.match(message)
    if about is not None:  # an edit refused: the comment's number, then why (said on its own)
        said = _in_chinese(about["why"])
        return f"意见#{about['n']}：{said}" if said != about["why"] else message
    row = _ROW.match(message)
    if row is not None and (said := _in_chinese(row["why"])) != row["why"]:  # a form's row refused: where, then why
        return f"第{row['t']}个表格第{row['r']}行：{said}"
    elsewhere = _ELSEWHERE.match(message)
    if elsewhere is not None:
        return f"{_in_chinese(elsewhere['head'])}；{_in_chinese(elsewhere['tail'])}"
    for pattern, text in _zh():
        m = pattern.match(message)
        if m is not None:
            parts = m.groupdict()
            if parts.get("why"):  # a reason of its own known form (or clauses of known forms), in Chinese too
                parts["why"] = _EID.sub("", _in_chinese(parts["why"]))
            if parts.get("a") in _ACTIONS:  # a decision's action (accept 「…」)
                parts["a"] = _ACTIONS[parts["a"]]
            if parts.get("field") in _FIELDS:
                parts["field"] = _FIELDS[parts["field"]]
            if parts.get("where") in _WHERE:
                parts["where"] = _WHERE[parts["where"]]
            if "filep" in parts:  # an optional file name before the message: kept, as the message names it
                parts["filep"] = f"{parts['filep']}：" if parts["filep"] else ""
            if "place" in parts:  # where in the file (line 3, item 2, row 4, the document): kept, as the message names it
                parts["place"] = _place(parts["place"])
            if "colp" in parts:  # a column's name, when the message gives it: （'理由'）
                parts["colp"] = f"（{parts['colp']}）" if parts["colp"] else ""
            if parts.get("jtype"):  # a JSON value's type, as Python names it
                parts["jtype"] = _JSON_TYPES.get(parts["jtype"], parts["jtype"])
            if parts.get("spans"):  # rows as runs: 2 to 3, 5 → 2至3、5
                parts["spans"] = parts["spans"].replace(" to ", "至").replace(", ", "、")
            if parts.get("cellsl"):  # cells, each with its words: A3 「beta」, A4 「gamma」 → A3「beta」、A4「gamma」
                parts["cellsl"] = "、".join(cell.replace(" 「", "「", 1) for cell in _cut(parts["cellsl"], ", "))
            if "cellsmore" in parts:
                parts["cellsmore"] = f"等（另有{parts['cellsmore']}个）" if parts["cellsmore"] else ""
            if "zp" in text and "z" in parts:  # a dotted number's other reading (10.2: 第十条之二)
                parts["zp"] = f"，或在{parts['a']}后增加的“{parts['z']}”" if parts["z"] else ""
            if parts.get("near"):  # the units nearest a missing one, listed: 第一百二十三条、第一百二十二条
                parts["near"] = parts["near"].replace(", ", "、")
            if parts.get("ds"):  # decisions listed: #1、#3
                parts["ds"] = parts["ds"].replace(", ", "、")
            if parts.get("how") is not None:  # what a correction did to a comment
                parts["how_zh"] = _CORRECTED.get(parts["how"], parts["how"])
            if parts.get("undo") is not None:
                parts["undo_zh"] = "恢复该意见" if parts["undo"].startswith("brings") else _UNDONE.get(parts["undo"], "")
            if parts.get("gone"):  # the 款 a wording leaves out, listed as English lists them
                parts["gone"] = _zh_list(parts["gone"])
            if parts.get("lost"):  # the edits a member's later proposal left out
                parts["lost"] = _LOST_PUT_IN.sub(r"在\2后增加\1", _LOST_DELETED.sub(r"删除\1", parts["lost"]))
            return text.format(**parts)
    clauses = _clauses(message)
    if clauses:  # a note of one clause or several: in Chinese when every clause is known, else as written
        read = [_clause(c) for c in clauses]
        if all(r is not None for r in read):
            return "；".join(r for r in read if r is not None)
    return message
