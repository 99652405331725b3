"""Built-in structure profiles: zh-CN (PRC) and en."""

from __future__ import annotations

from lawcomment import en_profile, zh_cn_profile
from lawcomment.hookspecs import RegisterProfile, hookimpl


@hookimpl(trylast=True)
def register_profiles(register: RegisterProfile) -> None:
    register(zh_cn_profile())
    register(en_profile())
