"""The life of an item after receipt (issue 4): one module per use case.

- :mod:`states` the copy's state machine; :mod:`due` due dates by level (both pure);
- :mod:`approvals`, :mod:`circulation`, :mod:`loans`, :mod:`copies`, :mod:`carry_out`,
  :mod:`returns`, :mod:`destruction`, :mod:`departure`;
- :mod:`today` the clerk's start page and the circulation desk's lookup.
"""

from app.services import audit

audit.describe_actions({
    "copy.hand_out": "传阅送出",
    "copy.take_back": "传阅收回",
    "copy.lend": "借出",
    "copy.return_loan": "借阅归还",
    "copy.renew": "续借",
    "copy.carry_out": "携带外出",
    "copy.bring_back": "外出交回",
    "copy.copy": "复制",
    "copy.excerpt": "摘抄",
    "copy.create": "新增复制件",
    "copy.return_to_issuer": "清退",
    "copy.destroy": "销毁",
    "copy.archive": "归档",
    "copy.lose": "载体丢失",
    "copy.recover": "丢失载体找回",
    "copy.declassify": "解密",
    "circulation.finish": "结束传阅",
    "approval.request": "提出审批申请",
    "approval.approve": "批准（本机确认）",
    "approval.paper": "登记书面批件",
    "approval.refuse": "未批准",
    "approval.withdraw": "撤回申请",
    "approval.use": "使用审批",
    "document.scope_widen": "扩大知悉范围",
    "copy_record.cleared": "复制件清退完毕",
    "issuer_return.create": "清退登记",
    "destruction.create": "销毁登记",
    "stocktake.record": "清点登记",
    "person.depart": "离岗",
    "settings.lifecycle_limits": "修改传阅/借阅期限",
})
