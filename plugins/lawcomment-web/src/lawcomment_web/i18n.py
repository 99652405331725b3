"""The interface's words in Chinese and English, and which language a request gets: the user's
own choice, else the language cookie, else a member company's language, else the browser's
Accept-Language (Chinese by default)."""

from __future__ import annotations

LANGS = ("zh", "en")

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "app": "立法意见征集", "colon": "：", "quoted_before": "（上一稿引文：「{q}」）", "committee_reason_hint": "（列入提交文本“理由”栏）",
        "committee_reason_hint_en": "（列入提交文本“理由”栏；英文理由另起一段，列入中英对照稿的“Reasons”栏）",
        "decision_note": "决定说明（仅记入日志）", "reject_note": "不采纳的理由（内部）", "sign_in": "登录", "sign_out": "退出", "login": "用户名", "password": "密码",
        "password_again": "再次输入密码", "name": "姓名", "sign_up": "注册", "sign_up_for": "为以下会员单位注册用户",
        "consultations": "征求意见稿", "deadline": "截止日期", "no_deadline": "未设截止日期", "closed": "已截止", "deadline_unset": "本稿尚未设定反馈截止日期，会员看到的是“未设截止日期”：请在下方设定。",
        "contents": "目录", "search": "搜索", "search_hint": "条文中的词语", "results": "搜索结果", "no_results": "没有找到",
        "your_comments": "本单位意见", "no_comments": "本单位尚未提出意见", "comment_here": "对本条款提出意见",
        "proposal": "建议修改为", "reason": "理由", "stance": "意见类型", "submit": "提交", "preview": "预览修改",
        "redline": "修改对照", "edit": "修改", "withdraw": "撤回", "withdrawn": "已撤回", "save": "保存",
        "previous": "上一条", "next": "下一条", "back": "返回", "language": "语言", "staff": "工作人员",
        "dashboard": "概览", "merged": "合并意见", "decide": "决定", "accept": "采纳", "reject": "不采纳",
        "choose": "选定", "draft_wording": "保留草案原文", "draft_kept_by": "支持草案原文的会员", "final_wording": "委员会建议条文",
        "committee_reason": "委员会理由", "undo": "撤销", "exports": "导出", "responses": "反馈情况",
        "members": "会员单位", "groups": "工作组", "comments": "意见", "unreviewed": "待审查", "conflicts": "分歧",
        "unreviewed_changes": "待审查的修改和分歧", "unreviewed_articles": "有待审查内容的条文",
        "left_out_unreviewed": "提交稿不包括{n}项尚未审查的修改和分歧（“含待审查修改”的下载包括，供讨论）。",
        "no_reason_yet": "以下{n}条有修改，但尚无委员会理由，提交稿中这些条文不会有“理由”：",
        "reason_unchanged": "以下{n}条在提交稿中不作修改，却列有委员会理由，而修改建议尚待审查（理由将印在未修改的条文旁）：",
        "changes": "修改", "supporters": "支持单位", "new_units": "建议新增条款", "no_proposals": "没有修改建议",
        "decisions": "已作决定", "article": "条文", "set_deadline": "设置截止日期", "comment_form": "下载意见反馈表",
        "upload": "上传意见文件", "upload_hint": "填好的意见反馈表或带修订的Word文件（.docx）", "state": "状态",
        "heat": "各章意见数", "answered": "已反馈", "not_answered": "未反馈", "error": "出错了", "database_down": "暂时无法访问数据库，请稍后再试；如刚才在提交内容，请先查看它是否已保存。", "bad_stance": "无法识别的意见类型，或新增条文未放在本条之后：请使用页面上的表单提交",
        "forbidden": "无权访问", "staff_only": "此页面供协会工作人员使用；会员请从首页进入本单位的意见页面。", "not_found": "未找到", "busy": "正在读取其他上传的文件，请稍后再试。",
        "export_failed": "导出失败：服务器出错，详情已记入服务器日志，请联系管理员。", "too_many": "登录失败次数过多，请15分钟后再试。",
        "bad_sign_in": "用户名或密码不正确。", "csrf": "表单已过期或并非来自本站，请刷新页面后重试。", "foreign_origin": "此表单由其他网站的页面发出，未予处理；请在本站的页面上重新提交。",
        "saved": "已保存。", "added": "意见已提交。", "edited": "意见已修改。", "withdrew": "意见已撤回。",
        "decided": "决定已记录。", "undone": "决定已撤销。",
        "nothing_decided": "这组意见的修改都已作出决定（或须逐项决定），没有记录新的决定。", "already_decided": "此前已作出同样的决定，未重复记录。", "group_all_decided": "这组意见的修改都已作出决定，没有待决定的了。",
        "under_final": "已由委员会建议条文取代",
        "reason_saved_wording_unchanged_none": "委员会理由已保存；建议条文未改动。",
        "wording_unchanged_none": "建议条文未改动，未作决定。", "english_unchanged": "英文措辞未改动，未作决定。",
        "english_changed": "委员会英文措辞在您打开本页后已被他人修改；请刷新页面，核对后再保存。",
        "unknown_lang": "没有这种界面语言：请选择中文或English。",
        "not_saved_copy": "您输入的以下内容未保存（已过截止日期）；可复制留存，或联系协会工作人员：",
        "reason_saved_wording_unchanged": "委员会理由已保存；建议条文未改动，未作决定（待审查的修改仍待逐项决定）。",
        "wording_unchanged": "建议条文未改动，未作决定（待审查的修改仍待逐项决定）。", "imported": "文件已导入。", "deadline_set": "截止日期已更新。",
        "open_in_browser": "在浏览器中打开", "view_html_only": "只有审查页面（html）可以在浏览器中打开，其他格式请下载。",
        "letter_set": "提交函的署名、收件机关和联系人已保存，此后的每份导出都将采用。", "letter": "提交函",
        "letter_help": "每份导出的提交稿都采用这些内容（在命令行中导出时，也可用 --association、--to、--contact 另行指定）。",
        "letter_association": "署名单位（落款）", "letter_addressee": "收件机关",
        "letter_contact": "联系人", "letter_missing": "提交稿尚未{what}：请在下方“提交函”中填写。",
        "letter_unsigned": "署名", "letter_unaddressed": "写明收件机关", "letter_and": "，也未",
        "after_deadline": "征求意见已于{deadline}截止，不能再提交或修改意见。", "whole_unit": "本条",
        "support": "支持", "oppose": "反对", "question": "提问", "comment": "一般意见", "amend": "修改",
        "delete": "删除", "insert": "新增", "open": "待处理", "superseded": "已被替代", "orphaned": "已失效",
        "adopted": "新稿已采纳", "resolved": "已处理", "proposed": "待审查", "accepted": "采纳", "rejected": "不采纳",
        "read_only_after": "截止后只能查看。", "outline_empty": "本稿没有章节", "text": "条文", "position": "委员会立场",
        "passwords_differ": "两次输入的密码不一致。", "signed_in_as": "当前用户", 
        "not_open": "这条意见已由工作人员处理，不能再修改或撤回。",
        "empty_wording": "委员会建议条文为空。如要建议删除本条，请勾选“建议删除本条”后保存。",
        "delete_and_wording": "既修改了建议条文，又勾选了“建议删除本条”：请只保留其一后再保存（未作任何决定）。",
        "delete_article": "建议删除本条（条文留空）",
        "box_holds_deleted": "委员会已采纳删除本条的建议，框中因此为空；如要保留本条，请撤销该决定。",
        "invitation_spent": "此邀请链接已经使用过或已过期。已注册的用户请直接登录；如需新的链接，请联系秘书处。",
        "after_where": "{where}之后", "edited_by": "{who}修改", "decided_state": "委员会已决定", "submission_docx": "提交稿（Word，修订标记）", "submission_table": "提交稿表格（条文 | 修改建议 | 理由）",
        "not_docx": "{name}：只接受Word文件（.docx）；请上传填好的意见反馈表或带修订的Word文件。",
        "too_long": "“{what}”有{n}个字符，超过了{most}个字符的上限；请精简后再提交。",
        "superseded_reading": "本稿已有新一稿（{title}），意见已随之转入新一稿；请在新一稿上发表意见。",
        "to_later_reading": "前往新一稿", "alt_delete": "（删去）",
        "alt_both": "两者并用（{order}）：", "alt_all": "{k}项并用（{order}）：", "alt_then": "→",
        "reason_changed": "委员会理由在您打开本页后已被他人修改；请刷新页面，核对后再保存。", "reason_changed_by": "委员会理由在您打开本页后已由{who}于{at}修改；请刷新页面，核对后再保存。", "your_words": "您输入的措辞（可复制后重新填写）：", "carried_copy_stands": "决定#{n}已带入新一稿（{ref}），在那里为决定#{d}，仍然有效；如需撤销，请在新一稿中撤销。", "box_holds_decided": "框中为草案原文，已含委员会已采纳的修改；尚未审查的修改（{ids}）未计入。改动后保存，框中文字即成为委员会措辞，未计入的修改不随之采纳；要采纳其中一处，请先用上方各修改旁的按钮。", "box_holds_decided_conflicts": "框中为草案原文，已含委员会已采纳的修改和选定的措辞；尚未审查的修改和分歧（{ids}）未计入，分歧处为草案原文。改动后保存，框中文字即成为委员会措辞，未计入的修改不随之采纳；要采纳其中一处，请先用上方各修改旁的按钮。", "box_holds_decided_none": "框中为草案原文，已含委员会已采纳的修改。", "box_holds_final": "框中为现行的委员会措辞（决定#{n}）。", "box_start_all": "改为从全部修改建议开始（含尚未决定的修改）", "box_holds_all": "注意：框中为采纳全部修改建议后的文字，含尚未决定的修改（{ids}）。改动后保存，框中全部文字即成为委员会措辞，这些修改随之采纳；原样保存不作决定。", "box_holds_all_conflicts": "注意：框中为采纳全部修改建议后的文字，含尚未决定的修改（{ids}；分歧处仍为草案原文）。改动后保存，框中全部文字即成为委员会措辞，这些修改随之采纳；原样保存不作决定。", "box_start_decided": "改回从委员会已决定的文字开始", "reload_page": "重新打开本条", "wording_changed": "本条在您打开本页后已有变化（他人作出了决定或给出了委员会措辞，或有新的修改建议）；请刷新页面，核对后再保存。您输入的措辞未保存。", "replaces_decision": "这一决定取代了{who}在{at}作出的决定#{n}；如需恢复该决定，请撤销决定#{d}。", "superseded_by_later": "已有新一稿，不再征求意见",
        "no_wording": "请填写建议修改后的条文；如建议删除，请选择“删除”；如只发表意见，请选择“一般意见”。",
        "wording_not_amend": "您改动了建议条文，但意见类型是“{stance}”，改动不会保存：如要提出修改，请选择“修改”；否则请将条文恢复为原文。",
        "same_as_draft": "建议条文与草案原文相同，没有提出修改。如赞成本条原文，请选择“支持”。",
        "empty_proposal": "建议条文不能为空。如要撤回这条意见，请点击“撤回”；如建议删除本条，请另提“删除”意见。",
        "locked": "委员会已对这条修改建议作出决定，不能再修改或撤回；如有补充，请以「一般意见」或「提问」另行提出。",
        "locked_replace": ("委员会已对贵单位在此处的修改建议作出决定；新的措辞会取代该建议并使决定失效，因此未予保存。"
                           "如有补充，请以「一般意见」或「提问」提出，或联系协会工作人员。"),
        "locked_partly": "委员会已对这条修改建议的部分内容作出决定，不能再修改或撤回；如有补充，请以「一般意见」或「提问」另行提出。",
        "locked_file": "整个文件未导入；请删去该行的修改建议后重新上传。",
        "carried_decided": "委员会已在上一稿对这条修改建议作出决定；如修改或撤回，该决定将不再适用，秘书处将对本条重新作出决定。",
        "carried_lapsed": "委员会在上一稿对原措辞作出的决定已不再适用于修改后的建议；秘书处将对本条重新作出决定。",
        "carried_lapsed_withdrawn": "委员会在上一稿对这条修改建议作出的决定已随撤回不再适用；秘书处将对本条重新作出决定。",
        "locked_forwarded": "秘书处已将这条意见列入提交稿，不能再修改或撤回；如需更改，请联系秘书处。",
        "replaces": "这条意见取代了本单位此前在此处提出的修改建议（#{n}）：同一单位在同一处只保留最新的措辞。",
        "edit_comment": "编辑", "english_text": "英文工作译本", "comment_english": "对英文译本提出意见", "restore": "恢复", "restored": "意见已恢复。", "not_withdrawn": "这条意见没有撤回。",
        "import_undone_why": "工作人员撤销了所在文件的导入，这条意见随之撤回", "staff_withdrew_why": "由协会工作人员撤回", "earlier_withdrawn_why": "上一稿中已撤回", "earlier_withdrawn": "这条意见在上一稿中已撤回，不能在本稿中恢复；如仍有意见，请重新提出。", "staff_withdrew": "这条意见由协会工作人员撤回，只能由工作人员恢复；如有需要，请联系协会工作人员。", "import_undone": "这条意见随所在文件的导入被工作人员撤回，只能由工作人员恢复；如有需要，请联系协会工作人员。",
        "confirm_withdraw": "撤回这条意见？撤回后仍可恢复。", "busiest": "意见最多的条文", "with_unreviewed": "含待审查修改",
        "english_wording": "委员会英文措辞", "take_wording": "采用此英文措辞", "bilingual_exports": "中英对照",
        "bilingual_table": "中英对照表格",
        "deadline_past": "截止日期已过：会员已不能再提交或修改意见。", "responded": "已反馈", "late": "逾期反馈",
        "no response": "未反馈", "overdue": "逾期未反馈", "back_home": "返回首页", "min_password": "至少10个字符", "added_n": "新增意见{n}条。", "partly": "部分采纳", "committee": "委员会",
        "new_provision": "建议在本条之后新增条款", "new_text": "新增条款内容", "earlier": "上一稿",
        "earlier_comments": "本单位对上一稿的意见", "changes_since": "与上一稿相比", "duplicates_n": "{n}条与已有意见相同，未重复录入。",
        "near": "近似意见", "near_incomplete": "本条意见过多或过长，未全部比对：近似意见分组可能不全，请人工核对",
        "near_size": "{n}条", "representative": "代表意见", "near_same": "与代表意见相同",
        "pending_title": "待审查：尚未决定，提交稿不包括", "legend_decided": "委员会已决定的修改",
        "legend_pending": "尚未决定的修改（待审查，提交稿不包括）", "legend_conflicts": "未决的分歧处仍为草案原文。",
        "group_accept": "采用这组措辞", "group_reject": "不采纳这组意见", "near_decided": "已整组决定（决定{ids}）",
        "group_changed": "这组近似意见在您打开页面后已有变化（有意见被撤回、修改或新增）；未作任何决定，请返回重新查看后再决定。",
        "comment_changed": "这条意见在您打开页面后已被修改或撤回；未作任何决定，请返回查看最新内容后再决定。",
        "form_unreadable": "提交的内容无法读取：某一栏过长（建议条文最多50,000个字符，理由最多20,000个字符）、栏目过多，或含有无法保存的空字符（NUL）。未保存任何内容；请用浏览器的“后退”返回（所填内容一般仍在），缩短后再提交。",
        "form_not_utf8": ("提交的内容无法读取：其中有不是 UTF-8 编码的文字（多来自脚本，或编码设置有误的程序）。未保存任何内容；"
                          "请返回，用本站页面上的表单重新提交。"),
        "english_merged": "英文译本将{units}合为一段译出，以上英文对应这几处，无法逐款拆分。",
        "changes_changed": "您打开页面后，本条的修改建议已有变化（新的建议可能使修改、分歧的编号改变）；未作任何决定，请返回查看最新内容后再决定。",
        # a comment a colleague (or staff) changed since the page was drawn: who, and what to do (a trial's
        # member was told staff had dealt with a comment a colleague withdrew)
        "colleague_withdrew": ("{who}已撤回这条意见，您的修改未保存，输入的内容仍在下方编辑框中。如仍要修改，请点击"
                               "“恢复并保存”：这条意见恢复，并保存您输入的内容。"),
        "already_withdrawn": "这条意见已由{who}撤回，无需再撤回；如要恢复，请点击“恢复”。",
        "already_withdrawn_by_staff": "这条意见已由协会工作人员撤回，无需再撤回；只有工作人员能恢复它。",
        "form_incomplete": ("提交的表单缺少本页打开时所显示内容的记录（可能来自旧版页面或脚本），无法核对此后他人所作的修改，"
                            "因此未保存、未作任何决定；请重新打开本页，核对后再提交。"),
        "deadline_empty": "截止日期为空，未作改动：请选择日期后再保存；如要取消截止日期，请点击“取消截止日期”。",
        "remove_deadline": "取消截止日期", "deadline_removed": "截止日期已取消。",
        "reason_hint_web": "（在本页：如该理由适用于现在提交的文字，点击“重新给出此理由”或修改后保存；如不适用，清空“委员会理由”框后保存）",
        "reason_left_out_hint": "（未列入提交文本：见上方说明）", "give_reason_again": "重新给出此理由",
        "reasons_to_check": "以下{n}条委员会理由需要核对（与导出时的警告相同）：",
        "sent_already": "这条意见已提交过，未重复添加。", "unchanged": "意见内容与原来相同，未作改动。",
        "no_translation": "本稿没有英文工作译本，无法导出中英对照稿；英文译本须由管理员在服务器上添加，添加后本页即提供中英对照下载。",
        "not_bilingual": "这种格式没有中英对照版本；中英对照稿请从概览页“中英对照”一行下载。",
        "staff_no_comment": "工作人员不以会员单位的名义在此提出意见；会员单位的意见由其用户提交，或由管理员在服务器上代为录入。",
        "staff_no_upload": "工作人员不在此上传会员单位的意见文件；请由会员单位的用户上传，或由管理员在服务器上导入。",
        "name_like_staff": ("姓名不能含有“工作人员”“协会”“秘书处”等本站用来标示协会工作人员的字样："
                            "请只填写您本人的姓名（如“周敏”）。"),
        # counts that say what they count (a trial: 有待审查内容的条文 listed bare numbers, 修改建议数：2 beside 3 changes)
        "n_to_review": "{n}项待审查", "n_comments": "{n}条意见",
        "wordings_merged": "合并的会员修改措辞：{n}份（下列修改、分歧由此得出）",
        "staff_who": "协会工作人员", "someone": "他人", "restore_and_save": "恢复并保存", "withdrawn_by": "由{who}撤回",
        "superseded_by": "这条意见已被本单位在同一处的新措辞（#{n}）取代，不能再修改或撤回；如需修改，请修改#{n}。",
        "edited_meanwhile": ("{who}在您打开本页后修改了这条意见（现在的措辞和理由见下方该意见）；您的修改未保存，输入的内容仍在"
                             "编辑框中：请核对后再保存。"),
        "edited_meanwhile_withdraw": ("{who}在您打开本页后修改了这条意见（现在的措辞和理由见下方该意见），因此未予撤回；"
                                      "请核对后，如仍要撤回，再点击“撤回”。"),
    },
    "en": {
        "app": "Legislative consultation", "colon": ": ", "quoted_before": " (quoted on the last reading: 「{q}」)",
        "committee_reason_hint": "(printed in the submission's Reason column)",
        "committee_reason_hint_en": "(printed in the submission's Reason column; a reason in English goes in a paragraph of its own, printed in the bilingual table's Reasons column)", "decision_note": "Note on the decision (kept in the log)", "reject_note": "Why not (internal)", "sign_in": "Sign in", "sign_out": "Sign out", "login": "Login",
        "password": "Password", "password_again": "Password again", "name": "Name", "sign_up": "Sign up",
        "sign_up_for": "Sign up as a user of", "consultations": "Drafts open for comment", "deadline": "Deadline",
        "no_deadline": "no deadline set", "closed": "closed",
        "deadline_unset": "No deadline is set for this reading, so members read “no deadline set”: set one below.", "contents": "Contents", "search": "Search",
        "search_hint": "words in the text", "results": "Results", "no_results": "Nothing found",
        "your_comments": "Your company's comments", "no_comments": "Your company has not commented yet",
        "comment_here": "Comment on this provision", "proposal": "Proposed wording", "reason": "Reason",
        "stance": "Kind of comment", "submit": "Submit", "preview": "Preview the change", "redline": "Redline",
        "edit": "Edit", "withdraw": "Withdraw", "withdrawn": "withdrawn", "save": "Save", "previous": "Previous",
        "next": "Next", "back": "Back", "language": "Language", "staff": "Staff", "dashboard": "Dashboard",
        "merged": "Merged view", "decide": "Decide", "accept": "Accept", "reject": "Reject", "choose": "Choose",
        "draft_wording": "Keep the draft's wording", "draft_kept_by": "Members supporting the draft's wording", "final_wording": "Committee wording",
        "committee_reason": "Committee reason", "undo": "Undo", "exports": "Exports", "responses": "Responses",
        "members": "Members", "groups": "Working groups", "comments": "Comments", "unreviewed": "Unreviewed",
        "unreviewed_changes": "Changes and conflicts to review", "unreviewed_articles": "Articles with something to review",
        "left_out_unreviewed": "The submission leaves out {n} changes and conflicts nobody has reviewed (the downloads “with unreviewed changes” include them, for discussion).",
        "no_reason_yet": "These {n} articles have changes but no committee reason yet, so the submission prints none for them:",
        "reason_unchanged": ("These {n} articles go out unchanged with a committee reason while proposals on them await "
                             "review (the reason prints beside the unchanged article):"),
        "conflicts": "Conflicts", "changes": "Changes", "supporters": "Supporters", "new_units": "Proposed new provisions",
        "no_proposals": "No proposed wording", "decisions": "Decisions", "article": "Article",
        "set_deadline": "Set the deadline", "comment_form": "Download the comment form", "upload": "Upload a comment file",
        "upload_hint": "a filled comment form or a Word file with tracked changes (.docx)", "state": "State",
        "heat": "Comments per chapter", "answered": "answered", "not_answered": "not answered", "error": "Something went wrong", "database_down": "The database could not be reached just now; try again in a moment. If you were sending something, check first whether it was saved.", "bad_stance": "A kind of comment this page does not offer, or a new article not after this one: send it with the page's form",
        "forbidden": "Forbidden", "staff_only": "This page is for the association's staff; members start from the home page to see their company's comments.", "not_found": "Not found", "busy": "Other uploaded files are being read; try again in a moment.",
        "export_failed": "The export failed: the server ran into an error, written to its log; ask its administrator.", "too_many": "Too many failed sign-ins; try again in 15 minutes.",
        "bad_sign_in": "Wrong login or password.", "csrf": "The form expired or did not come from this site; reload the page and try again.", "foreign_origin": "This form was sent from another site's page and was not acted on; send it again from this site's page.",
        "saved": "Saved.", "added": "Your comment was recorded.", "edited": "Your comment was changed.",
        "withdrew": "Your comment was withdrawn.", "decided": "The decision was recorded.", "undone": "The decision was undone.",
        "nothing_decided": "Every change of this group was decided already (or is left to decide one by one): no decision was recorded.", "already_decided": "That decision is already in force: nothing was recorded again.", "group_all_decided": "Every change of this group has been decided: nothing of it is left to decide.",
        "under_final": "Superseded by the committee's wording",
        "reason_saved_wording_unchanged_none": "The committee reason was saved; the wording was not changed.",
        "wording_unchanged_none": "The wording was not changed, so nothing was decided.",
        "english_unchanged": "The English wording was not changed, so nothing was decided.",
        "english_changed": "Someone gave the committee's English wording after you opened this page; reload it, check, and save again.",
        "unknown_lang": "No such language: choose 中文 or English.",
        "not_saved_copy": "What you typed below was not saved (the deadline has passed); copy it to keep it, or ask the association's staff:",
        "reason_saved_wording_unchanged": ("The committee reason was saved; the wording was not changed, so nothing "
                                           "was decided (changes under review still wait for their own decisions)."),
        "wording_unchanged": ("The wording was not changed, so nothing was decided (changes under review still wait "
                              "for their own decisions)."),
        "imported": "The file was imported.", "deadline_set": "The deadline was changed.",
        "open_in_browser": "open in the browser",
        "view_html_only": "Only the review page (html) opens in the browser; download the other formats.",
        "letter_set": "The letter's signature, addressee and contact were saved; every export from now on uses them.",
        "letter": "The letter", "letter_help": ("Every submission exported uses these (an export on the command line "
                                               "may give others with --association, --to, --contact)."),
        "letter_association": "Signed by (the association)", "letter_addressee": "Addressed to",
        "letter_contact": "Contact", "letter_missing": "The submission is {what}: fill it in under “The letter” below.",
        "letter_unsigned": "signed by no one", "letter_unaddressed": "addressed to no one", "letter_and": ", and ",
        "after_deadline": "Comments closed on {deadline}; they can no longer be added or changed.", "whole_unit": "the whole article",
        # (kinds of comment as words, not the command line's codes: a trial read "amend" in the merged view)
        "support": "support", "oppose": "opposition", "question": "question", "comment": "comment", "amend": "amendment",
        "delete": "deletion", "insert": "new provision", "open": "open", "superseded": "superseded", "orphaned": "no longer applies",
        "adopted": "adopted", "resolved": "dealt with", "proposed": "proposed", "accepted": "accepted", "rejected": "rejected",
        "read_only_after": "Read only after the deadline.", "outline_empty": "This draft has no chapters",
        "text": "Text", "position": "Committee position", "passwords_differ": "The two passwords differ.",
        "signed_in_as": "Signed in as",
        "not_open": "Staff have dealt with this comment; it can no longer be changed or withdrawn.",
        "delete_and_wording": "The wording was changed and “propose deleting the article” ticked: keep one of them and save again (nothing was decided).",
        "empty_wording": "The committee's wording is empty. To propose deleting the whole article, tick "
                         "“Propose deleting the article” and save.",
        "delete_article": "Propose deleting the article (wording left empty)",
        "box_holds_deleted": "The committee accepted deleting this article, so the box is empty; to keep the article, undo that decision.",
        "invitation_spent": "This invitation link was used already, or has expired. If you signed up, sign in; for "
                            "a new link, ask the secretariat.",
        "after_where": "after {where}", "edited_by": "edited by {who}", "decided_state": "decided by the committee", "submission_docx": "The submission (Word, tracked changes)",
        "submission_table": "The submission as a table (Article | Proposal | Reason)",
        "not_docx": "{name}: only Word files (.docx) are taken; upload a filled comment form or a marked-up draft.",
        "too_long": "The {what} holds {n} characters, more than the {most} allowed; shorten it and submit again.",
        "superseded_reading": "A later reading ({title}) has replaced this one, and the comments went over to it; comment there.",
        "to_later_reading": "Go to the later reading", "alt_delete": "(delete)",
        "alt_both": "both, {order}: ", "alt_all": "all {k}, {order}: ", "alt_then": " then ",
        "reason_changed": "Someone changed the committee's reason after you opened this page; reload it, check, and save again.", "reason_changed_by": "{who} changed the committee's reason at {at}, after you opened this page; reload it, check, and save again.", "your_words": "Your wording (copy it to fill in again):", "carried_copy_stands": "Decision #{n} was carried into the next reading ({ref}) as decision #{d}, which still stands there; undo it there too if it should not.", "box_holds_decided": "The box holds the draft's text with the changes the committee accepted; changes not yet reviewed ({ids}) are not in it. Edited and saved, its words become the committee's wording and those changes are not adopted with it; to adopt one, use the buttons beside the changes above first.", "box_holds_decided_conflicts": "The box holds the draft's text with the changes the committee accepted and the wordings it chose; changes and conflicts not yet reviewed ({ids}) are not in it, a conflict keeps the draft's words. Edited and saved, its words become the committee's wording and those changes are not adopted with it; to adopt one, use the buttons beside the changes above first.", "box_holds_decided_none": "The box holds the draft's text with the changes the committee accepted.", "box_holds_final": "The box holds the committee's wording in force (decision #{n}).", "box_start_all": "Start from every proposal instead (changes nobody decided included)", "box_holds_all": "Careful: the box holds the text with every proposal applied, changes nobody has decided yet ({ids}) included. Edited and saved, all its words become the committee's wording, those changes adopted with it; saved unchanged, nothing is decided.", "box_holds_all_conflicts": "Careful: the box holds the text with every proposal applied, changes nobody has decided yet included ({ids}; a conflict keeps the draft's words). Edited and saved, all its words become the committee's wording, those changes adopted with it; saved unchanged, nothing is decided.", "box_start_decided": "Start from the text as the committee decided it", "reload_page": "Open the article again", "wording_changed": "This article changed after you opened this page (someone decided, gave the committee's wording, or a member proposed a new one); reload it, check, and save again. Your wording was not saved.", "replaces_decision": "This decision replaces decision #{n} by {who} at {at}; undo #{d} to bring that one back.", "superseded_by_later": "replaced by a later reading; closed for comment",
        "no_wording": "Give the proposed wording; to propose deleting the provision choose Delete, to comment only "
                      "choose Comment.",
        "wording_not_amend": "You changed the wording, but the kind of comment is “{stance}”, which keeps no wording: "
                             "to propose the change choose Amend, else put the wording back as the draft has it.",
        "same_as_draft": "The proposed wording is the draft's own: it changes nothing. To support the provision as "
                         "it is, choose Support.",
        "empty_proposal": "The proposed wording cannot be empty. To take the comment back, use Withdraw; to propose "
                          "deleting the provision, add a Delete comment.",
        "locked": ("The committee has decided on this proposal; it can no longer be changed or withdrawn. Add to it "
                   "with a remark or a question instead."),
        "locked_replace": ("The committee has decided on your company's proposal here; a new wording would replace it "
                           "and undo that decision, so it was not saved. Add to it with a remark or a question, or "
                           "ask the association's staff."),
        "locked_file": "Nothing of the file was imported; take that row's wording out and upload it again.",
        "carried_decided": ("The committee decided on this proposal at the last reading; if you change or withdraw it, "
                            "that decision no longer stands and the association's staff decide this article again."),
        "carried_lapsed": ("The committee's decision at the last reading on the earlier wording no longer stands for the "
                           "changed proposal; the association's staff will decide this article again."),
        "carried_lapsed_withdrawn": ("The committee's decision at the last reading on this proposal no longer stands, "
                                     "as it is withdrawn; the association's staff will decide this article again."),
        "locked_forwarded": ("The association's staff have put this remark in the submission; it can no longer be "
                             "changed or withdrawn. Ask the staff to change it."),
        "replaces": "This wording replaces the one your company proposed here before (#{n}): a company keeps its latest wording at each place.",
        "locked_partly": ("The committee has decided on part of this proposal; it can no longer be changed or withdrawn. "
                          "Add to it with a remark or a question instead."),
        "edit_comment": "Edit", "english_text": "English working translation",
        "comment_english": "Comment on the English text", "restore": "Restore", "restored": "Your comment is back.",
        "not_withdrawn": "This comment is not withdrawn.",
        "import_undone_why": "staff undid the import of its file, and it went with it",
        "staff_withdrew_why": "withdrawn by the association's staff",
        "earlier_withdrawn_why": "withdrawn at the last reading",
        "earlier_withdrawn": "This comment was withdrawn at the last reading and cannot be restored here; send it again if it still stands.",
        "staff_withdrew": "The association's staff withdrew this comment; only staff can bring it back. Ask them if it should be.",
        "import_undone": "Staff took this comment out with its file's import; only staff can bring it back. Ask the association's staff if it should be.", "confirm_withdraw": "Withdraw this comment? You can restore it later.", "busiest": "Articles with the most comments", "with_unreviewed": "with unreviewed changes",
        "english_wording": "Committee's English wording", "take_wording": "Take this English wording",
        "bilingual_exports": "Chinese and English", "bilingual_table": "bilingual table",
        "deadline_past": "The deadline has passed: members can no longer add or change comments.",
        "responded": "responded", "late": "late", "no response": "no response", "overdue": "overdue",
        "back_home": "Back to the start page", "min_password": "at least 10 characters",
        "added_n": "{n} comments added.", "partly": "partly accepted", "committee": "Committee",
        "new_provision": "Propose a new provision after this article", "new_text": "Text of the new provision",
        "earlier": "Previous reading", "earlier_comments": "Your company's comments on the previous reading",
        "changes_since": "Changed since the previous reading", "duplicates_n": "{n} already there, not added again.",
        "near": "Near-duplicate comments",
        "near_incomplete": "Too many or too long comments here to compare them all: the near-duplicate groups may be incomplete; check by hand",
        "near_size": "{n} comments", "representative": "representative",
        "near_same": "the representative's words", "pending_title": "Unreviewed: not decided yet; the submission leaves it out",
        "legend_decided": "changes the committee decided",
        "legend_pending": "changes nobody has decided yet (unreviewed; the submission leaves them out)",
        "legend_conflicts": "An unresolved conflict keeps the draft's words.", "group_accept": "Take this group's wording",
        "group_reject": "Reject this group's changes", "near_decided": "decided as a group (decisions {ids})",
        "group_changed": "This group of near-duplicates has changed since the page was drawn (a comment was withdrawn, "
                         "reworded or added); nothing was decided: go back and look at it again before deciding.",
        "comment_changed": ("This comment was edited or withdrawn after the page was drawn; nothing was decided: go "
                            "back, look again, then decide."),
        "form_unreadable": ("What was sent could not be read: a text far too long (a wording may have 50,000 characters, a "
                            "reason 20,000), too many fields, or a NUL character no text can hold. Nothing was saved; go back "
                            "with the browser's Back button (what you typed is usually still there), shorten it and send it again."),
        "form_not_utf8": ("What was sent could not be read: some of its text is not UTF-8 (most likely a script's, or a "
                          "program set to another encoding). Nothing was saved; go back and send it with the form on "
                          "this site's page."),
        "english_merged": ("The English translation renders {units} together in one paragraph: the English above is "
                           "theirs, and cannot be split between them."),
        "changes_changed": ("The proposals on this unit have changed since the page was drawn (a new proposal may have "
                            "renumbered its changes and conflicts); nothing was decided: go back, look again, then decide."),
        "colleague_withdrew": ("{who} withdrew this comment, so your changes were not saved; what you typed is still in "
                               "the form below. To make them anyway, use “Restore and save”: the comment comes back "
                               "with what you typed."),
        "already_withdrawn": "{who} already withdrew this comment; there is nothing to withdraw. To bring it back, use Restore.",
        "already_withdrawn_by_staff": ("The association's staff already withdrew this comment; there is nothing to withdraw, "
                                       "and only staff can bring it back."),
        "form_incomplete": ("The form sent lacks the record of what its page showed (an old page, or a script), so it "
                            "could not be checked against changes made since: nothing was saved or decided. Open the "
                            "page again, check, and send it again."),
        "deadline_empty": ("The date is empty, so the deadline was not changed: choose a date and save; to remove "
                           "the deadline, use “Remove the deadline”."),
        "remove_deadline": "Remove the deadline", "deadline_removed": "The deadline was removed.",
        "reason_hint_web": (" (on this page: if it holds for what goes out now, use “Give this reason again”, or edit "
                            "it and save; if not, empty the Committee reason box and save)"),
        "reason_left_out_hint": "(left out of the submission: see above)", "give_reason_again": "Give this reason again",
        "reasons_to_check": "{n} committee reasons to check (as the export warns):",
        "sent_already": "This comment was sent already; it was not added again.",
        "unchanged": "The comment already read like that; nothing was changed.",
        "no_translation": ("This draft has no English working translation, so there is no bilingual export; the "
                           "translation is added on the server by its administrator, and the dashboard then offers "
                           "the bilingual downloads."),
        "not_bilingual": "This format has no bilingual version; the dashboard's “Chinese and English” line lists those that do.",
        "staff_no_comment": ("Staff do not comment as a member here; a member's users send its comments, or the "
                             "administrator enters them on the server."),
        "staff_no_upload": ("Staff do not upload a member's file here; the member's users upload it, or the "
                            "administrator imports it on the server."),
        "name_like_staff": ("A name cannot hold the words this site marks the association's staff with (staff, "
                            "secretariat, association, 工作人员, 协会 …): give your own name only."),
        "n_to_review": "{n} to review", "n_comments": "{n} comments", "n_comments_one": "1 comment",
        "wordings_merged": "Members' wordings merged: {n} (the changes and conflicts below come from them)",
        "wordings_merged_one": "Members' wordings merged: 1 (the changes below come from it)",
        "no_reason_yet_one": "This article has changes but no committee reason yet, so the submission prints none for it:",
        "left_out_unreviewed_one": ("The submission leaves out 1 change or conflict nobody has reviewed (the downloads "
                                    "“with unreviewed changes” include it, for discussion)."),
        "added_n_one": "1 comment added.", "reasons_to_check_one": "1 committee reason to check (as the export warns):",
        "staff_who": "the association's staff", "someone": "someone else", "restore_and_save": "Restore and save",
        "withdrawn_by": "withdrawn by {who}",
        "superseded_by": ("Your company's newer wording at the same place (#{n}) has replaced this comment; it can no "
                          "longer be changed or withdrawn: edit #{n} instead."),
        "edited_meanwhile": ("{who} changed this comment after you opened this page (its words now are shown below); "
                             "yours were not saved and are still in the form: check them against it and save again."),
        "edited_meanwhile_withdraw": ("{who} changed this comment after you opened this page (its words now are shown "
                                      "below), so it was not withdrawn: check them, and withdraw it again if you still mean to."),
    },
}


WORDS["zh"].update({
    "whole_draft_remarks": "总体意见", "whole_draft": "全文（总体意见）", "unit_gone": "{reading}的{where}（本稿已删除）", "unit_earlier": "{reading}的{where}", "whole_draft_remark": "对草案全文的意见",
    "whole_draft_hint": "对草案整体的意见、支持或反对（不针对某一条）；具体修改请在相应条文下提出。工作人员可将其列入提交稿的“一、总体意见”。",
    "no_remark": "请写下对草案全文的意见。", "no_remarks": "会员单位尚未提出总体意见。", "forwarded": "已列入提交稿", "forward": "列入提交稿", "unforward": "不列入提交稿",
    "forward_done": "已列入提交稿的“总体意见”。", "unforward_done": "已不再列入提交稿。",
    "forward_done_article": "已列入提交稿，随本条的修改意见一并提交。",
    "row_no_article": ("该行“条款”栏没有写明是哪一条（新增条文请单列一行，“条款”栏写“新增第二十四条之一”或“在第二十四条后增加一条”；"
                       "对草案全文的总体意见，“条款”栏写“总体意见”，或在本稿目录页的“总体意见”栏提出）。"),
    "carried_deleted": "新稿已删除{old}", "carried_deleted_bare": "新稿已删除该条",
    "carried_rewritten": "新稿已改写该条款（原{old}），本单位的修改建议已不适用；如仍有意见，请对新条文重新提出",
    "carried_partly": "新稿部分采纳了本单位对{reading}{old}的建议，并改写了该条款；其余修改已不适用，如仍有意见，请对新条文重新提出",
    "carried_rewritten_bare": "新稿已改写该条款，本单位的修改建议已不适用；如仍有意见，请对新条文重新提出",
    "carried_waiting_translation": "{reading}尚无英文译本：本单位对英文译本的修改建议已保留，译本加入后即移至译本上",
    "carried_adopted": "本单位对{reading}{old}的建议", "carried_to": "已延续至{new}（原{old}）",
    "carried_stance": "新稿已改写该条，如本单位的意见有变，可修改或撤回",
    "carried_partial": "新稿已改写部分相关文字，其中部分修改已不适用",
    "carried_passed": "上一稿中委员会未采用这一措辞",
    "carried_moved": "新稿已将原条款的内容移至该条",
    "carried_rewritten_moved": "新稿已将该条款移至{new}并作了改写（原{old}），本单位的修改建议已不适用；如仍有意见，请对新条文重新提出",
    "carried_on_article": "新稿{new}中已无与原{old}相近的条款，本单位的意见现针对{new}全条",
    "this_reading": "本稿", "next_reading": "新一稿", "carried_here": "已转入本稿",
    "adoption_title": "新一稿采纳情况", "adoption_head": "{old}的修改建议和委员会意见在{new}中的采纳情况（与命令行 lawcomment adoption 相同）",
    "adoption_position": "委员会意见", "adoption_position_share": "委员会意见{n}处修改中，新一稿采纳{m}处（{share}%）。",
    "adoption_old": "上一稿条文", "adoption_new": "新一稿条文", "adoption_state": "采纳情况", "adoption_now": "新一稿中的意见",
    "adoption_proposals": "会员修改建议", "adoption_none": "上一稿没有修改建议。", "adoption_by_member": "按会员单位",
    "adoption_by_group": "按工作组", "no_adoption": "本稿没有上一稿或下一稿，无从比较采纳情况。", "adoption_link": "新一稿采纳情况",
    "comments_counted": "（本稿新提{new}条；由上一稿转入{carried}条，其中已失效{orphaned}条、新稿已采纳{adopted}条；不含已撤回和已被替代的）",
    "to_check": "由上一稿转入、须核对的意见", "to_check_hint": "这些意见已不适合新一稿（条文已改写或删除）或转入时须核对，不计入“待审查”；请逐条查看。",
    "carried_col": "上一稿转入", "replies_count_new": "“已反馈”只计会员在本稿新提的意见；由上一稿转入的意见另列。",
    "reading_n": "第{n}稿（v{v}）", "replaced_by_reading": "已由{reading}取代，不再征求意见",
    "replaced_by": "本稿已由{ref}取代，会员在新一稿上发表意见，本稿的截止日期不再适用。",
    "deadline_replaced": "本稿已由{ref}取代，截止日期不再适用；请在新一稿的概览页设置截止日期。",
    "decide_on_later": "本稿已由{ref}取代：委员会的决定请在{ref}上作出，在本页作出的决定不会带到新一稿。",
    "comments_replaced": "本稿已由{ref}取代，意见已随之转入{ref}：列入提交稿、答复、移动、撤回和恢复意见请在{ref}上进行。本稿的意见未作改动。",
    "decide_replaced": "本稿已由{ref}取代：委员会的决定请在{ref}上作出（本稿的决定不会带到新一稿，并会改变上一次提交意见的采纳统计）。本稿的决定未作改动。",
    "control_char": "{where}：“{what}”的第{n}个字符是看不见的控制字符（{code}），多为从其他文件粘贴带入；请删去后再提交（意见未保存）。",
    "form_row": "意见反馈表第{t}个表格第{r}行", "row_at": "{where}（{row}）",
    "rows_refused": "以下{n}行未能读取，未予导入（其余各行已导入）：",
    "rows_refused_all": "以下{n}行未能读取，文件中的意见均未导入：",
    "file_holds_nothing": "“{name}”中没有意见（{why}），未导入任何内容；请填写后重新上传。",
    "file_unfilled": ("“{name}”未填写：没有一行修改了“修改建议”栏的措辞或填写了“理由”栏，未导入任何内容。请在要提意见的条款行中"
                      "修改“修改建议”栏的措辞或填写“理由”栏，然后重新上传。"),
    "file_rowless": ("“{name}”的表格中没有条款行（条款行已被删除），未导入任何内容。请重新下载意见反馈表，在要提意见的条款行中"
                     "填写后重新上传。"),
    "file_unmarked": ("“{name}”中没有修订，也没有批注，未导入任何内容。修改之处只有开启“修订”后才会标记出来：请先在Word中开启"
                      "“修订”（审阅→修订）再修改草案，或插入批注，然后重新上传。"),
    "file_unread": "“{name}”中的修订和批注均未形成意见（原因见下），未导入任何内容。",
    "rows_refused_hint": ("请在意见反馈表中按提示改正这些行，然后重新上传整份文件：已导入的各行不会重复录入，"
                          "只有改正后的行会新增。"),
})
WORDS["en"].update({
    "whole_draft_remarks": "On the whole draft", "whole_draft": "the whole draft", "unit_gone": "{where} of {reading} (deleted in this reading)", "unit_earlier": "{where} of {reading}", "whole_draft_remark": "Your remark on the whole draft",
    "whole_draft_hint": ("A remark, support or opposition on the draft as a whole (not on one article); propose wordings at "
                         "their articles. Staff may put it in the submission's general opinion."),
    "no_remark": "Write your remark on the whole draft.", "no_remarks": "No member has remarked on the whole draft yet.", "forwarded": "in the submission", "forward": "Put in the submission",
    "unforward": "Keep internal", "forward_done": "Put in the submission's general opinion.",
    "forward_done_article": "Put in the submission, with its article.",
    "unforward_done": "No longer put in the submission.",
    "row_no_article": ("its 条款 cell names no article (a new article goes in a row of its own reading 新增第二十四条之一 "
                       "or 在第二十四条后增加一条; a remark on the whole draft, in a row reading 总体意见, or under “On "
                       "the whole draft” on the draft's contents page)."),
    "carried_deleted": "the new reading deleted {old}", "carried_deleted_bare": "the new reading deleted the article",
    "carried_partly": ("the new reading adopted part of your company's proposal on {old} of {reading} and rewrote it; "
                       "the rest no longer applies: to say more, comment on the new text"),
    "carried_rewritten": ("the new reading rewrote it (was {old}); your company's wording no longer applies: to "
                          "say more, comment on the new text"),
    "carried_rewritten_bare": "the new reading rewrote it; your company's wording no longer applies: to say more, comment on the new text",
    "carried_waiting_translation": ("{reading} has no English translation yet: your company's wording of the English "
                                    "text is kept, and goes onto the translation when it is added"),
    "carried_adopted": "your company's proposal on {old} of {reading}", "carried_to": "carried to {new} (was {old})",
    "carried_stance": "the new reading rewords it: edit or withdraw your comment if your view changed",
    "carried_partial": "the new reading rewrote some of the words: some of the changes no longer apply",
    "carried_passed": "at the last reading the committee chose another wording",
    "carried_moved": "the new reading moved the provision here",
    "carried_rewritten_moved": ("the new reading moved it to {new} and rewrote it (was {old}); your company's wording no "
                                "longer applies: to say more, comment on the new text"),
    "carried_on_article": "the new reading's {new} has nothing like {old} any more: your company's comment is on the whole of {new} now",
    "this_reading": "this reading", "next_reading": "the next reading", "carried_here": "carried to this reading",
    "adoption_title": "Adoption by the next reading", "adoption_head": "What {new} made of the proposals on {old} and of the committee position (as lawcomment adoption prints it)",
    "adoption_position": "Committee position", "adoption_position_share": "{m} of the committee position's {n} changes adopted ({share}%).",
    "adoption_old": "Last reading", "adoption_new": "Next reading", "adoption_state": "Adoption", "adoption_now": "Now",
    "adoption_proposals": "Members' proposals", "adoption_none": "No proposals on the last reading.", "adoption_by_member": "By member",
    "adoption_by_group": "By working group", "no_adoption": "This draft has no earlier or later reading to compare with.", "adoption_link": "Adoption report",
    "comments_counted": " ({new} written on this reading; {carried} carried from the last, of which {orphaned} orphaned and {adopted} adopted by it; withdrawn and replaced ones left out)",
    "to_check": "Carried from the last reading, to check", "to_check_hint": "These no longer fit the new text (reworded or deleted), or their carrying asks a check; they are not counted as to review: look at each.",
    "carried_col": "Carried", "replies_count_new": "“Responded” counts what members wrote on this reading; comments carried from the last are counted apart.",
    "reading_n": "reading {n} (v{v})", "replaced_by_reading": "replaced by {reading}, closed for comment",
    "replaced_by": "This reading has been replaced by {ref}: members comment on it, and this reading's deadline no longer applies.",
    "deadline_replaced": "This reading has been replaced by {ref}, and its deadline no longer applies: set the deadline on the later reading's dashboard.",
    "decide_on_later": "This reading has been replaced by {ref}: the committee decides on {ref}; a decision here would not come over.",
    "comments_replaced": "This reading has been replaced by {ref}, and its comments went over to it: forward, answer, move, withdraw and restore comments on {ref}. Nothing was changed here.",
    "decide_replaced": "This reading has been replaced by {ref}: the committee decides on {ref} (a decision here would not come over, and would change what the adoption page counts of the last submission). Nothing was decided here.",
    "control_char": "{where}: character {n} of the “{what}” is an invisible control character ({code}), most likely pasted from another file; remove it and send again (the comment was not saved).",
    "form_row": "the form's table {t}, row {r}", "row_at": "{where} ({row})",
    "rows_refused": "These {n} rows could not be read and were not imported (the other rows were):",
    "rows_refused_all": "These {n} rows could not be read; nothing of the file was imported:",
    "file_holds_nothing": "“{name}” holds no comments ({why}); nothing was imported. Fill it in and upload it again.",
    "file_unfilled": ("“{name}” is not filled in: no row changes the wording under “Proposed text” or gives a “Reason”; "
                      "nothing was imported. In the rows you comment on, edit the wording under “Proposed text” or write "
                      "a reason under “Reason”, then upload the form again."),
    "file_rowless": ("The table of “{name}” holds no rows (its rows were deleted); nothing was imported. Download the "
                     "comment form again, fill in the rows you comment on, then upload it."),
    "file_unmarked": ("“{name}” holds no tracked changes and no comments; nothing was imported. Your edits are marked "
                      "only with Track Changes on: turn on Track Changes in Word (Review → Track Changes) before you edit "
                      "the draft, or add comments, then upload it again."),
    "file_unread": "The tracked changes and comments in “{name}” give no comment (see why below); nothing was imported.",
    "rows_refused_one": "This row could not be read and was not imported (the other rows were):",
    "rows_refused_all_one": "This row could not be read; nothing of the file was imported:",
    "rows_refused_hint": ("Correct these rows in the form as said, then upload the whole file again: the rows "
                          "imported already are not added twice, only the corrected ones are added."),
})

WORDS["zh"].update({
    "replaced_by_colleague": "由{who}的新措辞（#{n}）取代，{at}", "replaced_text": "查看被取代的措辞和理由",
    "replaces_colleague": ("这条意见取代了{who}此前在此处提出的修改建议（#{n}）：同一单位在同一处只保留最新的措辞；"
                           "{who}的措辞和理由仍列在本条“本单位意见”中，标为已被替代。"),
})
WORDS["en"].update({
    "replaced_by_colleague": "replaced by {who}'s newer wording (#{n}), {at}", "replaced_text": "Show the replaced wording and reason",
    "replaces_colleague": ("This wording replaces the one {who} proposed here before (#{n}): a company keeps its latest "
                           "wording at each place. {who}'s wording and reason are still listed under your company's "
                           "comments on this article, marked replaced."),
})

# a reading named as the home page names it (第二稿（v2）): both readings of a law have its title
WORDS["zh"].update({
    "superseded_reading": "本稿已由{reading}取代，意见已随之转入新一稿；请在新一稿上发表意见。",
    "superseded_refused": "本稿已由{reading}取代，不能再在本稿上提交或修改意见。",
    "not_saved_copy_replaced": "您输入的以下内容未保存（本稿已由{reading}取代）；可复制后在新一稿上提出：",
    "to_later_article": "前往{reading}的{label}",
    "own_words_on": "本单位在{reading}提出的修改：", "new_reading_text": "{reading}的条文（已作出本单位建议的修改）：",
    "adoption_position_share": "委员会意见{n}处修改中，新一稿采纳{m}处（{share}）。",
    "sent_before": ("这条意见由{reading}转入，在那里已列入提交稿，上次提交可能已经附上：请核对其是否仍然适用；"
                    "仍要附上的，点“确认再次列入”，否则点“不列入提交稿”。"),
    "confirm_forward": "确认再次列入", "forward_confirmed": "已确认：这条意见再次列入提交稿。",
    "move_to": "移至", "move_hint": "如 第八条第一款", "move_empty": "请填写要移至的条文（如 第八条第一款）。",
    "move_unknown": "本稿中没有“{at}”：请按“第八条第一款”的格式填写本稿的条、款或项。",
    "move_same": "意见#{n}已在{where}，未作改动。",
    "carried_copy_stands": "决定#{n}已带入{ref}，在那里为决定#{d}，仍然有效；如需撤销，请在新一稿中撤销。",
    "move_changed": "这条意见在您打开页面后已被修改、移动或撤回，未予移动；请返回查看最新内容后再操作。",
    "moved": "意见#{n}已由{old}移至{new}。", "move_not_open": "意见#{n}已撤回或已被替代，不能移动。",})

# what a comment's words are, by its kind: a question's 问题, a remark's 意见, and 理由 only where they are
# the reason for a wording, a deletion, support or opposition (a trial's cards said 理由 of every one)
WORDS["zh"].update({
    "body_question": "问题", "body_comment": "意见", "body_any": "理由（提问时写问题，一般意见写意见）",
    "no_question": "请写下您的问题。", "no_comment_text": "请写下您的意见。", "comment_words": "意见内容",
    "proposal_amend_only": "建议修改为（仅用于“修改”，其他意见类型不使用此栏）",
})
WORDS["zh"].update({
    "asked": "会员的提问和反对意见", "no_asked": "没有待回应的提问或反对意见。",
    "asked_hint": "合并意见中没有可决定的内容，因此不计入“待审查”；请逐条查看，需要时在委员会理由或总体意见中回应，处理后标记“已处理”。",
    "resolve": "已处理", "resolve_answer": "答复（可选）", "answer": "秘书处答复", "resolve_done": "已标记为已处理：意见#{n}不再列为待回应。",
    "resolve_refused": "意见#{n}已不是待回应的提问或反对意见（可能已被处理、修改或撤回），未作更改。",
    "unknown_format": "没有“{fmt}”这种导出格式；可用的格式：{allowed}。",
    "unknown_ask": "导出不认识参数“{name}”；可用的参数：{allowed}。",
    "unknown_value": "参数{name}不能取“{value}”；可用的值：{allowed}。",
})
WORDS["en"].update({
    "superseded_reading": "This reading has been replaced by {reading}, and the comments went over to it; comment there.",
    "superseded_refused": "This reading has been replaced by {reading}: comments can no longer be added or changed on it.",
    "not_saved_copy_replaced": "What you typed below was not saved (this reading has been replaced by {reading}); copy it to send it on the new reading:",
    "to_later_article": "Go to {label} of {reading}",
    "own_words_on": "Your company's wording, as proposed on {reading}:",
    "new_reading_text": "The text of {reading} (which made your change):",
    "adoption_position_share": "{m} of the committee position's {n} changes adopted ({share}).",
    "sent_before": ("Carried from {reading}, where it was in the submission too: the last submission may have sent it "
                    "already. Check it still applies: “Confirm it again” keeps it in this submission, “Keep internal” "
                    "leaves it out."),
    "confirm_forward": "Confirm it again", "forward_confirmed": "Confirmed: the remark goes out in this submission too.",
    "move_to": "Move to", "move_hint": "e.g. Article 8(1)", "move_empty": "Give the unit to move it to (e.g. Article 8(1)).",
    "move_unknown": "This reading has no “{at}”: give an article, paragraph or item of it, as Article 8(1).",
    "move_same": "Comment #{n} is on {where} already; nothing changed.",
    "carried_copy_stands": ("Decision #{n} was carried into {ref} as decision #{d}, which still stands there; undo it "
                            "there too if it should not."),
    "move_changed": ("This comment was edited, moved or withdrawn after the page was drawn, and was not moved: go "
                     "back and see it as it is now."),
    "moved": "Comment #{n} moved from {old} to {new}.", "move_not_open": "Comment #{n} is withdrawn or replaced, and cannot be moved.",})
WORDS["en"].update({
    "body_question": "Question", "body_comment": "Comment", "body_any": "Reason (for a question, the question; for a comment, the comment)",
    "no_question": "Write your question.", "no_comment_text": "Write your comment.", "comment_words": "What was said",
    "proposal_amend_only": "Proposed wording (for “amend” only: the other kinds do not use it)",
})
WORDS["en"].update({
    "asked": "Members' questions and objections", "no_asked": "No question or objection waits.",
    "asked_hint": ("The merge has nothing of them to decide, so they are not counted as to review: read each, and "
                   "answer it in the committee's reason or general opinion where needed, then mark it dealt with."),
    "resolve": "Dealt with", "resolve_answer": "Answer (optional)", "answer": "The secretariat's answer",
    "resolve_done": "Marked dealt with: comment #{n} no longer waits.",
    "resolve_refused": "Comment #{n} is no longer an open question or objection (dealt with, edited or withdrawn since); nothing changed.",
    "unknown_format": "There is no export format “{fmt}”; use one of: {allowed}.",
    "unknown_ask": "An export takes no parameter “{name}”; use one of: {allowed}.",
    "unknown_value": "{name} cannot be “{value}”; use one of: {allowed}.",
})


def body_label(stance: str) -> str:
    """The interface's word for what a comment of kind ``stance`` says in its text (its ``body``):
    a question's 问题, a remark's 意见, and 理由 only where it is the reason for a wording, a
    deletion, support or opposition (a trial's cards and 本单位意见 said 理由 of every one)."""
    return {"question": "body_question", "comment": "body_comment"}.get(stance, "reason")


def choose_lang(accept_language: str | None, *choices: str | None) -> str:
    """The first of ``choices`` that is a language of the interface, else the first of
    Accept-Language's (in its order of preference), else Chinese."""
    for choice in choices:
        if choice in LANGS:
            return str(choice)
    ranked: list[tuple[float, int, str]] = []
    for n, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, n, tag.strip().lower()[:2]))
    for _, _, tag in sorted(ranked):
        if tag in LANGS:
            return tag
    return "zh"


def words(lang: str) -> dict[str, str]:
    return WORDS[lang if lang in WORDS else "zh"]
# a member's wording of the translation the committee has not answered: counted as to review on the dashboard,
# and so listed on the merged view (a web trial: 1项待审查 there, 待审查：— here)
WORDS["zh"].update({"en_wording_waiting": "#{n}（{lang}译本措辞）"})
WORDS["en"].update({"en_wording_waiting": "#{n} ({lang} wording)"})
# members of no working group, in the adoption page's by-group table
WORDS["zh"].update({"no_group": "（未分组）"})
WORDS["en"].update({"no_group": "(no group)"})
# the unit deleted whole as the committee decided it: its English goes out struck with it, no wording to give
WORDS["zh"].update({"english_struck": "本条删除：英文译本随之删除，在提交稿中以删除线显示。"})
WORDS["en"].update({"english_struck": "The article is deleted: its English goes out struck through with it."})
# a form sent after its sender's session ended: said so, the words typed given back, a link to sign in again
WORDS["zh"].update({"session_ended": "您的登录已失效（可能已超时、修改了密码或在别处重新登录），本次提交未保存。请先复制下面您填写的内容，重新登录后再提交。",
                    "sign_in_again": "重新登录并回到原页面"})
WORDS["en"].update({"session_ended": "Your session has ended (it timed out, the password was changed, or you signed in "
                                     "elsewhere), and this was not saved. Copy what you typed below, sign in again and send it again.",
                    "sign_in_again": "Sign in again and go back to the page"})
# the English box while members' English wordings wait: saving the English unchanged answers them (not taken)
WORDS["zh"].update({"english_keep_hint": "会员的英文措辞待答复：采用其一请点该意见旁的「采用此英文措辞」；保存下框中的英文原文不变，即为不采纳，提交稿不因此列出本条。"})
WORDS["en"].update({"english_keep_hint": "Members' English wordings wait for an answer: take one with \"Take this English wording\" beside it; "
                                         "saving the English below as it is turns them down, and the submission lists no article for it."})
# a member's remark in another language than the letter's: forwarded as written, unless staff give its translation
WORDS["zh"].update({"forward_translation": "此意见不是中文：列入提交稿时以此译文代替（原文保留在修订记录中；不填则按原文列入）",
                    "forwarded_foreign": "（按原文列入，非中文）",
                    "forwarded_as_written": "意见#{n}不是以提交稿的语言写成，将按原文列入提交稿；如需译文，请点击该意见旁的“不列入提交稿”，再在出现的译文框中填写译文后点击“列入提交稿”。",
                    "translation_not_own": "译文须以提交稿的语言写成。"})
WORDS["en"].update({"forward_translation": "This remark is not in the letter's language: forwarded, this translation goes "
                                           "out in its place (the original kept in its history; left empty, it goes out as written)",
                    "forwarded_foreign": "(goes out as written, not in the letter's language)",
                    "forwarded_as_written": "Remark #{n} is not written in the letter's language: it goes out as written. To send a "
                                            "translation, use “Keep internal” beside it, then give the translation in the box that appears and “Put in the submission”.",
                    "translation_not_own": "The translation must be written in the letter's language."})
# undo: asked first (the button sits under 保存); one undone already in another tab, said as people are named
WORDS["zh"].update({"confirm_undo": "撤销这项决定？", "already_undone": "决定#{n}已由{who}于{at}撤销，无需再次撤销。"})
WORDS["en"].update({"confirm_undo": "Undo this decision?", "already_undone": "Decision #{n} was already undone by {who} at {at}; nothing to undo."})
# staff withdraw a member's comment (a stray or test one) and restore it, on the merged view
WORDS["zh"].update({"staff_withdraw": "撤回此意见", "staff_withdraw_note": "撤回原因（记入日志）",
                    "confirm_staff_withdraw": "以工作人员身份撤回这条会员意见？它将不再计入合并和提交稿，可在下方「已撤回的意见」中恢复。",
                    "staff_withdrew_done": "意见已撤回（可在「已撤回的意见」中恢复）。", "staff_restored": "意见已恢复。",
                    "withdrawn_comments": "已撤回的意见（{n}）"})
WORDS["en"].update({"staff_withdraw": "Withdraw this comment", "staff_withdraw_note": "why (kept in the log)",
                    "confirm_staff_withdraw": "Withdraw this member's comment as staff? It leaves the merge and the submission; "
                                              "it can be restored under \"Withdrawn comments\" below.",
                    "staff_withdrew_done": "The comment was withdrawn (restore it under \"Withdrawn comments\").",
                    "staff_restored": "The comment was restored.", "withdrawn_comments": "Withdrawn comments ({n})"})
WORDS["zh"].update({"withdraw_reason": "撤回原因"})
WORDS["en"].update({"withdraw_reason": "Why withdrawn"})
# an article a partial English working text does not cover, on a page read in English
WORDS["zh"].update({"no_english_here": "英文工作译本不含本条：请阅读中文原文；修改建议请用中文写，英文意见请写在理由中。"})
WORDS["en"].update({"no_english_here": "The English working text does not cover this article: it is shown in Chinese. "
                                       "Write a proposed wording in Chinese, or your suggestion in English as a reason."})
# a deadline set to a day already past: asked first (members are locked out at once)
WORDS["zh"].update({"confirm_past_deadline": "这个日期已经过去：保存后征求意见立即截止，会员不能再提交、修改或撤回意见。确定吗？"})
WORDS["en"].update({"confirm_past_deadline": "This day is past: once saved, the consultation closes at once, and members can no "
                                             "longer send, edit or withdraw comments. Save it?"})
WORDS["zh"].update({"member_withdrew_own": "会员自行撤回了这条意见，只能由会员恢复。"})
WORDS["en"].update({"member_withdrew_own": "The member withdrew this comment; only the member can bring it back."})
# an Excel sheet of the company's comments, uploaded (with the lawcomment-xlsx plugin)
WORDS["zh"].update({"upload_hint_sheets": "填好的意见反馈表或带修订的Word文件（.docx），或每行一条意见的Excel表格（.xlsx）",
                    "not_docx_or_sheet": "{name}：只接受Word文件（.docx）或Excel表格（.xlsx）；请上传填好的意见反馈表、带修订的Word文件或意见表格。"})
WORDS["en"].update({"upload_hint_sheets": "a filled comment form or a Word file with tracked changes (.docx), or an Excel "
                                          "sheet of comments, one a row (.xlsx)",
                    "not_docx_or_sheet": "{name}: only Word files (.docx) and Excel sheets (.xlsx) are taken; upload a filled "
                                         "comment form, a marked-up draft or a sheet of comments."})
# a member's new provision proposed in the English translation, given in the draft's language by staff (a web trial)
WORDS["zh"].update({"translate_insert": "该新增条文以英文提出，不会出现在任何提交稿中。请给出其中文措辞（会员的原文保留在该意见中，会员可以看到；命令行 lawcomment comment undo 可以恢复），然后决定采纳或不采纳：",
                    "translate_button": "以此中文措辞提出", "translate_empty": "请填写该新增条文的中文措辞。",
                    "translated": "已给出该新增条文的中文措辞，现可在上方决定采纳或不采纳。"})
WORDS["en"].update({"translate_insert": ("This new provision was proposed in English and goes out in no submission. Give its "
                                         "Chinese wording (the member's words are kept with the comment, shown to them; "
                                         "lawcomment comment undo at the command line brings them back), then accept or "
                                         "reject it:"),
                    "translate_button": "Propose it in these words", "translate_empty": "Give the new provision's Chinese wording.",
                    "translated": "The new provision now has its Chinese wording: accept or reject it above."})
# who sent each comment of a company's list (a web trial: colleagues could not tell theirs apart)
WORDS["zh"].update({"sent_by": "提交人"})
WORDS["en"].update({"sent_by": "Sent by"})
# a Word or Excel file of an older kind: how to send it (a web trial's .doc was told only Word files are taken)
WORDS["zh"].update({"save_as": "{name}：这种文件本站无法读取；请在Word、WPS或Excel中打开，{kind}，再上传。",
                    "save_as_docx": "另存为Word文档（.docx）", "save_as_sheet": "另存为Excel工作簿（.xlsx）"})
WORDS["en"].update({"save_as": "{name}: this kind of file cannot be read here; open it in Word, WPS or Excel, {kind}, "
                               "and upload that.",
                    "save_as_docx": "save it as a Word document (.docx)", "save_as_sheet": "save it as an Excel workbook (.xlsx)"})
# a sheet's refused rows (a web trial's Excel sheet read "member 'x' differs from --member 'y'" and was told to
# correct the 意见反馈表)
WORDS["zh"].update({"sheet_row": "表格第{r}行", "row_other_member": "该行的会员为“{who}”，不是贵单位：这里只接收贵单位自己的意见",
                    "rows_refused_hint_sheet": ("请在表格中按提示改正这些行，然后重新上传整份表格：已导入的各行不会重复录入，"
                                                "只有改正后的行会新增。")})
WORDS["en"].update({"sheet_row": "the sheet's row {r}",
                    "row_other_member": "the row is for member “{who}”, not your company: only your company's own comments are taken here",
                    "rows_refused_hint_sheet": ("Correct these rows in the sheet as said, then upload the whole sheet again: the rows "
                                                "imported already are not added twice, only the corrected ones are added.")})
# the two texts of a bilingual submission apart, said where the English wording is given (a web trial)
WORDS["zh"].update({"english_behind": "本条中文将按委员会的决定修改，英文尚无委员会措辞：中英对照提交稿中英文照原文印出，并注明“修改仅见中文文本”。如需英文措辞，请在此修改后保存。",
                    "english_apart": "委员会的英文措辞与将提交的中文数字、日期或条文引用不一致（{what}）：请核对两者，重新给出其一。"})
WORDS["en"].update({"english_behind": ("The Chinese of this article changes as the committee decided, and the English has no committee "
                                       "wording: the bilingual submission prints the English as it is, noting \"The proposed change is given "
                                       "in the Chinese text only.\" To word it, edit it here and save."),
                    "english_apart": ("The committee's English wording and the Chinese that goes out give different numbers, dates "
                                      "or citations ({what}): check both, and give one again.")})
# the same cards on a reading a later one replaced: nothing is edited or decided there (their controls disabled, a
# decision refused, 409), so they say where it is done instead of inviting an edit (a web trial read "To word it,
# edit it here and save" above a disabled box)
WORDS["zh"].update({"english_behind_later": ("本条中文将按委员会的决定修改，英文尚无委员会措辞：中英对照提交稿中英文照原文印出，"
                                             "并注明“修改仅见中文文本”。本稿已由{ref}取代，不能在此修改：英文措辞请在{ref}上给出。"),
                    "english_keep_later": "会员的英文措辞尚待答复：本稿已由{ref}取代，不能在此答复；意见已转入{ref}，请在那里答复。",
                    "box_holds_decided_later": ("框中为草案原文，已含委员会已采纳的修改；尚未审查的修改（{ids}）未计入。"
                                                "本稿已由{ref}取代，不能在此修改：请在{ref}上决定。"),
                    "box_holds_decided_conflicts_later": ("框中为草案原文，已含委员会已采纳的修改和选定的措辞；尚未审查的修改和分歧"
                                                          "（{ids}）未计入，分歧处为草案原文。本稿已由{ref}取代，不能在此修改：请在{ref}上决定。"),
                    "reason_hint_later": "（本稿已由{ref}取代：委员会理由请在{ref}上给出）"})
WORDS["en"].update({"english_behind_later": ("The Chinese of this article changes as the committee decided, and the "
                                             "English has no committee wording: the bilingual submission prints the "
                                             "English as it is, noting \"The proposed change is given in the Chinese text "
                                             "only.\" This reading has been replaced by {ref}, so nothing is worded here: "
                                             "give the English wording on {ref}."),
                    "english_keep_later": ("Members' English wordings wait for an answer: this reading has been replaced "
                                           "by {ref}, so none is answered here; the comments went over to {ref}: answer "
                                           "them there."),
                    "box_holds_decided_later": ("The box holds the draft's text with the changes the committee accepted; "
                                                "changes not yet reviewed ({ids}) are not in it. This reading has been "
                                                "replaced by {ref}, so nothing is edited here: decide on {ref}."),
                    "box_holds_decided_conflicts_later": ("The box holds the draft's text with the changes the committee "
                                                          "accepted and the wordings it chose; changes and conflicts not "
                                                          "yet reviewed ({ids}) are not in it, a conflict keeps the "
                                                          "draft's words. This reading has been replaced by {ref}, so "
                                                          "nothing is edited here: decide on {ref}."),
                    "reason_hint_later": " (this reading has been replaced by {ref}: give the committee's reason on {ref})"})
WORDS["zh"].update({"english_apart_list": "以下{n}条委员会英文措辞与将提交的中文数字、日期或条文引用不一致，请核对："})
WORDS["en"].update({"english_apart_list": "The committee's English wording of these {n} articles gives other numbers, dates or citations than the Chinese that goes out; check them:"})
WORDS["zh"].update({"translated_by_staff": "协会工作人员已将此新增条文译为中文（见下）；贵单位的原文："})
WORDS["en"].update({"translated_by_staff": "The association's staff gave this new provision in Chinese (below); your own words:"})
# a file refused as unsafe (a zip bomb, a DOCTYPE, a macro): what to do, after the core's message, which says only
# what was found (a web trial's member read only 疑为压缩炸弹)
WORDS["zh"].update({"unsafe_hint": "请在Word中打开该文件，另存为新的.docx文件后重新上传，或将文件交给秘书处。"})
WORDS["en"].update({"unsafe_hint": "Open the file in Word, save it as a new .docx and upload that, or send it to the secretariat."})
# a decision carried to a place the alignment is unsure of: confirmed on the merged view, as `decide --confirm N`
WORDS["zh"].update({"confirm_held": "确认决定#{n}（已核对其在新稿中的位置）", "confirmed_as": "决定#{n}已确认，记录为决定#{d}，将写入提交稿。",
                    "confirm_gone": "决定#{n}已不再等待确认（已确认、已撤销或已有新的决定），未作记录。",
                    "reason_given_back": "本条的委员会理由在决定等待确认期间未随之列入，现已恢复：「{text}」"})
WORDS["en"].update({"confirm_held": "Confirm decision #{n} (its place in this reading checked)",
                    "confirmed_as": "Decision #{n} was confirmed as decision #{d}; it goes out in the submission.",
                    "confirm_gone": "Decision #{n} is no longer waiting to be confirmed (confirmed, undone or decided again "
                                    "since); nothing was recorded.",
                    "reason_given_back": "The committee's reason on this unit, left out while its decisions waited, is "
                                         "given back: “{text}”"})
