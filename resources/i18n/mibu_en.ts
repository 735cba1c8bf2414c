<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../app/ui/device_notice.py" line="60" />
        <source>DeviceNotice</source>
        <translation>Device notice</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../app/ui/words.py" line="141" />
        <source>传阅</source>
        <translation>Circulate</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="142" />
        <source>收回</source>
        <translation>Take back</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="143" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="144" />
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="145" />
        <source>续借</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="146" />
        <source>携带外出</source>
        <translation>Carry out</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="147" />
        <source>外出交回</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="148" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="149" />
        <source>摘抄</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="150" />
        <source>清退</source>
        <translation>Return to issuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="151" />
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="152" />
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="153" />
        <source>解密</source>
        <translation>Declassify</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="154" />
        <source>发出</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="155" />
        <source>登记丢失</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="156" />
        <source>找回</source>
        <translation>Recover</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="99" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActionForms</name>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="217" />
        <source>发放…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="218" />
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="219" />
        <source>携带外出…</source>
        <translation>Carry out…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="220" />
        <source>外出带回…</source>
        <translation>Bring back…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="221" />
        <source>清查…</source>
        <translation>Inventory…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="222" />
        <source>送修…</source>
        <translation>Send for repair…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="223" />
        <source>维修返回…</source>
        <translation>Back from repair…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="224" />
        <source>登记丢失…</source>
        <translation>Report lost…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="225" />
        <source>销毁…</source>
        <translation>Destroy…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="226" />
        <source>提高密级…</source>
        <translation>Raise level…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="227" />
        <source>申请审批…</source>
        <translation>Request approval…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="228" />
        <source>复制…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="234" />
        <source>{number}（{kind}，{level}，责任人 {holder}，{status}）</source>
        <translation>{number} ({kind}, {level}, holder {holder}, {status})</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="241" />
        <source>把停用保管的介质发给责任人使用。</source>
        <translation>The medium kept by the clerk goes to its holder for use.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="242" />
        <location filename="../../app/ui/medium_actions.py" line="365" />
        <source>责任人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="244" />
        <source>发放</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="249" />
        <source>责任人交回介质，由保密员停用保管。</source>
        <translation>The holder hands the medium back; the clerk keeps it (stored).</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="250" />
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="255" />
        <source>携带外出须有领导批准的审批（先点“申请审批…”）并登记；绝密级介质须两人同行。</source>
        <translation>Carrying out needs an approval by a leader (first click “Request approval…”) and a register entry; a top-secret medium goes out with two people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="259" />
        <source>外出地点及事由</source>
        <translation>Destination and purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="260" />
        <source>同行人</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="260" />
        <source>绝密级必填</source>
        <translation>Required for Top Secret</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="263" />
        <source>登记外出</source>
        <translation>Record carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="270" />
        <source>外出的介质已带回，恢复在用。</source>
        <translation>The medium carried out is back, in use again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="271" />
        <source>登记带回</source>
        <translation>Record return</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="276" />
        <source>每半年清查、核对一次：介质在台帐所记之处，标识完好。</source>
        <translation>Every six months: the medium is where the ledger says, its label intact.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="277" />
        <source>清查日期</source>
        <translation>Inventory date</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="278" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="278" />
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="279" />
        <source>登记清查</source>
        <translation>Record inventory</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="286" />
        <source>只能送到指定维修点维修。</source>
        <translation>Repair only at a designated place.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="287" />
        <source>指定维修点</source>
        <translation>Designated repair place</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="288" />
        <source>送修</source>
        <translation>Send for repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="293" />
        <source>介质从维修点取回，由保密员停用保管。</source>
        <translation>The medium is back from the repair place; the clerk keeps it (stored).</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="294" />
        <source>登记返回</source>
        <translation>Record back</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="299" />
        <source>登记丢失后，须在 24 小时内向保密工作机构报告。</source>
        <translation>Once recorded, the loss must be reported to the secrecy office within 24 hours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="300" />
        <source>丢失经过</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="301" />
        <source>时间、地点、经过、已采取的措施</source>
        <translation>When, where, what happened, measures taken</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="302" />
        <source>登记丢失</source>
        <translation>Record loss</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="307" />
        <source>销毁须有领导批准的审批（先点“申请审批…”），由保密员以外的两名监销人在场。</source>
        <translation>Destruction needs an approval by a leader (first click “Request approval…”) and two witnesses other than the clerk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="315" />
        <source>销毁机构或设备</source>
        <translation>Destruction authority or equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="316" />
        <source>如 区保密局销毁中心；或 消磁机型号、地点</source>
        <translation>e.g. the district destruction centre; or degausser model and place</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="318" />
        <source>第二监销人</source>
        <translation>Second witness</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="317" />
        <source>监销人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="312" />
        <source>销毁方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="402" />
        <source>消磁</source>
        <translation>Degaussing</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="320" />
        <location filename="../../app/ui/medium_actions.py" line="335" />
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="329" />
        <source>携带外出、复制和销毁须经领导批准：在此提出申请，由领导在“审批”中批准（本机确认或登记书面批件）。</source>
        <translation>Carrying out, copying and destroying need a leader's approval: request it here; a leader decides in “Approvals” (at this terminal or on paper).</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="332" />
        <source>申请事项</source>
        <translation>Request for</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="333" />
        <source>携带外出</source>
        <translation>Carrying out</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="334" />
        <source>复制</source>
        <translation>Copying</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="336" />
        <source>交回日期（外出）</source>
        <translation>Back on (carry-out)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="338" />
        <source>申请事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="340" />
        <source>提出申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="346" />
        <source>请选择申请事项</source>
        <translation>Choose what the request is for</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="352" />
        <source>复制须有领导批准的审批；复制件登记为新介质，密级不低于原介质，与原介质关联。</source>
        <translation>Copying needs a leader's approval; the copy is registered as a new medium, at no lower level than the source, and linked to it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="356" />
        <source>复制件编号</source>
        <translation>Number of the copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="357" />
        <source>介质类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="360" />
        <source>品牌型号</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="361" />
        <source>厂商ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="362" />
        <source>4 位十六进制，光盘可不填</source>
        <translation>4 hex digits; may be empty for a disc</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="363" />
        <source>产品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="364" />
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="368" />
        <source>登记复制件</source>
        <translation>Register the copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="380" />
        <source>介质存储过更高密级的信息时提高密级；密级只升不降，删除或格式化后也不降。</source>
        <translation>A medium that stored higher-level information takes that level; it is never lowered, not even after deletion or formatting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="382" />
        <source>新密级</source>
        <translation>New level</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="383" />
        <source>提高密级</source>
        <translation>Raise level</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="388" />
        <source>请选择新密级</source>
        <translation>Choose the new level</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="393" />
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="395" />
        <source>没有可用的审批：请先申请审批，经领导批准后再登记</source>
        <translation>No approval to use: request one first and record it once a leader has approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="399" />
        <source>送指定销毁机构</source>
        <translation>Sent to the destruction authority</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="400" />
        <source>粉碎</source>
        <translation>Shredding</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="401" />
        <source>物理破坏</source>
        <translation>Physical destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="408" />
        <source>介质 {number} 丢失（{opened}）已向上级报告：记下报告对象。</source>
        <translation>The loss of medium {number} ({opened}) has been reported: record to whom.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="410" />
        <source>报告对象</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="411" />
        <source>如 区保密局 李科长（电话报告）</source>
        <translation>e.g. district secrecy bureau, Section Chief Li (by phone)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="416" />
        <source>已上报 · {number}</source>
        <translation>Reported · {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_actions.py" line="417" />
        <source>登记已上报</source>
        <translation>Record report</translation>
    </message>
</context>
<context>
    <name>ApprovalKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="82" />
        <source>密级变更</source>
        <translation>Level change</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="83" />
        <source>保密期限变更</source>
        <translation>Period change</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="84" />
        <source>借阅</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="85" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="86" />
        <source>摘抄</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="87" />
        <source>携带外出</source>
        <translation>Carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="88" />
        <source>扩大知悉范围</source>
        <translation>Wider scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="89" />
        <source>销毁</source>
        <translation>Destruction</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestForm</name>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="80" />
        <source>申请事项：</source>
        <extracomment>The kinds the clerk asks for here. A change of 密级 or 保密期限 is proposed by the clerk and approved by the unit's 保密领导小组 (001 五(五)3: 由承办人员提出意见……报部机关保密领导小组审批), recorded like every approval and applied once approved (:mod:`app.services.periods`). Which rows each kind shows: copies, person, count, until.</extracomment>
        <translation>Request for:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="85" />
        <source>扫描载体条码，或输入标题、文号、收文编号检索后回车</source>
        <translation>Scan an item's barcode, or type a title, document number or internal number and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="88" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="92" />
        <source>查找文件：</source>
        <translation>Find document:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="95" />
        <source>文件：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="98" />
        <source>载体：</source>
        <translation>Items:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="100" />
        <source>人员：</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="103" />
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="104" />
        <source>份数：</source>
        <translation>Count:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="108" />
        <source>写明期限</source>
        <translation>Set a limit</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="117" />
        <source>期限至：</source>
        <translation>Until:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="121" />
        <source>新密级：</source>
        <translation>New level:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="124" />
        <source>新保密期限：</source>
        <translation>New period:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="128" />
        <source>批准机关：</source>
        <translation>Approving authority:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="131" />
        <source>如 年度审查需要</source>
        <translation>e.g. needed for the annual review</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="132" />
        <source>申请事由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="136" />
        <source>提交申请(&amp;S)</source>
        <translation>&amp;Submit request</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="161" />
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="182" />
        <source>不填则沿用原期限，如 10年、长期、2030-12-31</source>
        <translation>Leave empty to keep the period, e.g. 10年, 长期, 2030-12-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="183" />
        <source>如 10年、长期、2030-12-31</source>
        <translation>e.g. 10年, 长期, 2030-12-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="221" />
        <source>没有找到“{text}”</source>
        <translation>Nothing found for “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="285" />
        <source>请先查找并选择文件</source>
        <translation>Find and choose a document first</translation>
    </message>
    <message>
        <location filename="../../app/ui/approval_request_form.py" line="320" />
        <source>已提交第 {id} 号申请：{summary}</source>
        <translation>Request no. {id} submitted: {summary}</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../../app/ui/words.py" line="90" />
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="91" />
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="92" />
        <source>未批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="93" />
        <source>已使用</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="94" />
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>ApprovalsArea</name>
    <message>
        <location filename="../../app/ui/approvals_area.py" line="17" />
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_area.py" line="23" />
        <source>审批事项</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_area.py" line="24" />
        <source>新申请</source>
        <translation>New request</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="77" />
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="80" />
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="81" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="82" />
        <source>已批准（未使用）</source>
        <translation>Approved (not yet used)</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="83" />
        <source>已使用</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="84" />
        <source>未批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="85" />
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="92" />
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="102" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="102" />
        <source>事项</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="102" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="103" />
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="103" />
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="119" />
        <source>审批内容</source>
        <translation>What is to be approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="128" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="128" />
        <source>文件：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="129" />
        <source>载体：</source>
        <translation>Items:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="129" />
        <source>人员：</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="130" />
        <source>份数：</source>
        <translation>Count:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="130" />
        <source>期限至：</source>
        <translation>Until:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="131" />
        <source>批准机关：</source>
        <translation>Approving authority:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="131" />
        <source>申请事由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="132" />
        <source>申请：</source>
        <translation>Requested:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="132" />
        <source>决定：</source>
        <translation>Decided:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="133" />
        <source>使用：</source>
        <translation>Used:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="142" />
        <source>办理</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="144" />
        <source>本机批准（审批人输入本人口令）(&amp;A)…</source>
        <translation>&amp;Approve here (the approver types their own passphrase)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="150" />
        <source>如 李主任</source>
        <translation>e.g. Director Li</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="157" />
        <source>如 海保批〔2026〕3号</source>
        <translation>e.g. 海保批〔2026〕3号</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="158" />
        <source>批准人：</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="159" />
        <source>批准日期：</source>
        <translation>Approved on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="160" />
        <source>批件文号：</source>
        <translation>Approval reference:</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="163" />
        <source>登记书面批件(&amp;P)</source>
        <translation>Record &amp;paper approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="165" />
        <source>记为未批准</source>
        <translation>Record as refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="167" />
        <source>撤回申请</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="172" />
        <source>按此审批扩大知悉范围</source>
        <translation>Widen the need-to-know scope as approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="175" />
        <source>按此审批变更密级和保密期限(&amp;C)</source>
        <translation>&amp;Change level and period as approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="217" />
        <source>共 {n} 项</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="255" />
        <source>没有选中的审批</source>
        <translation>No approval selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="265" />
        <source>第 {id} 号 · {summary}</source>
        <translation>No. {id} · {summary}</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="274" />
        <source>（整份文件）</source>
        <translation>(the whole document)</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="316" />
        <source>已批准：按此审批变更文件的密级和保密期限（一份审批只能使用一次）。</source>
        <translation>Approved: change the document's level and period as approved (an approval is used once).</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="319" />
        <source>此审批的状态为“{status}”，不能再作决定。</source>
        <translation>This approval is “{status}”: it can no longer be decided.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="322" />
        <source>原定密机关的批准以书面批件登记（批准机关、日期、批件文号）。</source>
        <translation>The originating authority's approval is recorded from its paper approval (authority, date, reference).</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="324" />
        <source>批准时请再次输入本人口令（作为签批）；申请人与批准人须为不同的人。</source>
        <translation>To approve, type your own passphrase again (it is your signature); the requester and the approver must be different people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="327" />
        <source>审批人在本机输入本人口令批准，或登记书面批件；申请人与批准人须为不同的人。</source>
        <translation>The approver approves here with their own passphrase, or record the paper approval; requester and approver must be different people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="351" />
        <source>已由 {name} 在本机批准</source>
        <translation>Approved here by {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="366" />
        <source>已登记书面批件：{name}，{ref}</source>
        <translation>Paper approval recorded: {name}, {ref}</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="381" />
        <source>已记为未批准</source>
        <translation>Recorded as refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="392" />
        <source>申请已撤回</source>
        <translation>Request withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="403" />
        <source>{name} 已列入知悉范围</source>
        <translation>{name} added to the need-to-know scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/approvals_view.py" line="415" />
        <source>{no}《{title}》已变更为 {marking}</source>
        <translation>{no} “{title}” is now {marking}</translation>
    </message>
</context>
<context>
    <name>ApproverConfirmDialog</name>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="40" />
        <source>领导确认</source>
        <extracomment>Checks (username, passphrase, one-time code) and does what is approved; raises MibuError.</extracomment>
        <translation>Approver confirmation</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="46" />
        <source>请审批人本人输入账户和口令：</source>
        <translation>The approver types their own account and passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="48" />
        <source>审批人用户名</source>
        <translation>Approver username</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="48" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="48" />
        <source>动态口令</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="48" />
        <source>确认批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="49" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../../app/ui/archive_view.py" line="32" />
        <source>归档清单</source>
        <translation>Archive list</translation>
    </message>
    <message>
        <location filename="../../app/ui/archive_view.py" line="40" />
        <source>归档登记</source>
        <translation>Record archiving</translation>
    </message>
    <message>
        <location filename="../../app/ui/archive_view.py" line="45" />
        <source>如 2026-永久-0012</source>
        <translation>e.g. 2026-永久-0012</translation>
    </message>
    <message>
        <location filename="../../app/ui/archive_view.py" line="48" />
        <source>档号：</source>
        <translation>Archive file no.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/archive_view.py" line="49" />
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/archive_view.py" line="51" />
        <source>年终须归档的载体在库时移交档案室；归档后永久保留在登记簿中，只能再作解密处理。</source>
        <translation>At year end, copies to be kept go to the archive while in store; archived copies stay in the register for good and can only be declassified later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/archive_view.py" line="56" />
        <source>登记归档(&amp;G)</source>
        <translation>Record &amp;archiving</translation>
    </message>
    <message>
        <location filename="../../app/ui/archive_view.py" line="72" />
        <source>归档清单为空：请扫描载体</source>
        <translation>The archive list is empty: scan copies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/archive_view.py" line="83" />
        <source>已归档 %n 份</source>
        <translation>
            <numerusform>Archived %n copy</numerusform>
            <numerusform>Archived %n copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../app/ui/audit_view.py" line="196" />
        <source>审计记录</source>
        <extracomment>An entry about a copy, a document or a medium was opened: its code, for its history.</extracomment>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="204" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="208" />
        <source>人员姓名（操作人或当事人）</source>
        <translation>Person's name (who acted or who was concerned)</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="213" />
        <source>扫描或输入编号：2026-收-0004/2、条码、介质编号</source>
        <translation>Scan or type a code: 2026-收-0004/2, barcode, medium number</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="215" />
        <source>搜索（如 借阅、张建国、JM-U-2024-001）</source>
        <translation>Search (e.g. 借阅, 张建国, JM-U-2024-001)</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="217" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="228" />
        <source>清除条件</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="230" />
        <source>打印或保存摘录…</source>
        <translation>Print or save extract…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="232" />
        <source>按当前条件摘录审计记录：标注所涉最高密级，末页附审计链校验结果和首末条散列值</source>
        <translation>Extract the trail with the current filters: marked with the highest level it mentions; the last page carries the chain's verification and the first and last entries' hashes</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="237" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="239" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="241" />
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="246" />
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="250" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="306" />
        <source>没有编号为“{code}”的文件、载体、介质或打印</source>
        <translation>No document, item, medium or print has the code “{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="343" />
        <source>期间：{a} 至 {b}</source>
        <translation>Period: {a} to {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="347" />
        <source>期间：全部</source>
        <translation>Period: all</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="349" />
        <source>类别：{c}</source>
        <translation>Category: {c}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="351" />
        <source>物品：{i}</source>
        <translation>Item: {i}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="353" />
        <source>人员：{p}</source>
        <translation>Person: {p}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="355" />
        <source>含：{t}</source>
        <translation>Containing: {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="379" />
        <source>签名检查点异常：{problem}</source>
        <translation>Signed checkpoints are not working: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="385" />
        <source>尚无签名检查点：审计员或系统管理员登录时签署检查点，此后对审计记录的改写可被查出</source>
        <translation>No signed checkpoint yet: an auditor or administrator signs one when they unlock; from then on a rewritten trail is detected</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="388" />
        <source>最新检查点：第 {seq} 号，{at}，{signer} 签署，覆盖前 {count} 条（现共 {n} 条）；检查点码 {code}</source>
        <translation>Latest checkpoint: no. {seq}, {at}, signed by {signer}, covering the first {count} entries (now {n}); checkpoint code {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="226" />
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="309" />
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <location filename="../../app/ui/words.py" line="157" />
        <source>本单位主管领导</source>
        <translation>Leader of this unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="158" />
        <source>原定密机关</source>
        <translation>Originating authority</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../app/ui/words.py" line="177" />
        <source>USBGuard（系统服务，开机即生效，Mibu 关闭时仍然有效）</source>
        <translation>USBGuard (a system service: active from boot, also while Mibu is closed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="178" />
        <source>Mibu 自带防护（仅在 Mibu 运行时有效；关闭 Mibu 后只有集线器和键盘鼠标可用，但已放行的设备保持可用）</source>
        <translation>Mibu's own guard (only while Mibu runs; once Mibu is closed only hubs, keyboards and mice work, but devices already allowed stay usable)</translation>
    </message>
</context>
<context>
    <name>CarrierType</name>
    <message>
        <location filename="../../app/ui/words.py" line="62" />
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="63" />
        <source>光盘</source>
        <translation>Disc</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="64" />
        <source>移动存储介质</source>
        <translation>Removable medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="65" />
        <source>电子文件</source>
        <translation>Electronic file</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="66" />
        <source>密码电报</source>
        <translation>Cipher telegram</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="67" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CarryOutView</name>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="49" />
        <source>扫描要携带外出的载体条码，或输入如 2026-收-0001/3 后回车</source>
        <translation>Scan the code of the item to carry out, or type e.g. 2026-收-0001/3, then Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="52" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="54" />
        <source>条码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="59" />
        <source>登记携带外出</source>
        <translation>Register a carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="76" />
        <source>载体：</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="77" />
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="78" />
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="79" />
        <source>审批：</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="82" />
        <source>绝密载体须两人同行（003 携带）</source>
        <translation>Top secret items go out with two people (003 carrying)</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="85" />
        <source>如 北京市海淀区国家保密局</source>
        <translation>e.g. Haidian District Secrecy Bureau</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="88" />
        <source>如 参加检查通报会</source>
        <translation>e.g. inspection briefing</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="91" />
        <source>携带人：</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="92" />
        <source>陪同人：</source>
        <translation>Second person:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="94" />
        <source>前往地点：</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="95" />
        <source>事由：</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="96" />
        <source>交回日期：</source>
        <translation>Back by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="102" />
        <source>登记外出(&amp;O)</source>
        <translation>Register carry-&amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="112" />
        <source>外出中的载体</source>
        <translation>Items out of the office</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="115" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="115" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="115" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="115" />
        <source>携带人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="116" />
        <source>陪同人</source>
        <translation>Second person</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="116" />
        <source>前往地点</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="116" />
        <source>外出时间</source>
        <translation>Out at</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="116" />
        <source>应交回</source>
        <translation>Back by</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="120" />
        <source>交回入库(&amp;B)</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="150" />
        <source>{due}（已逾期）</source>
        <translation>{due} (overdue)</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="172" />
        <source>请先扫描要携带外出的载体</source>
        <translation>Scan the item to carry out first</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="176" />
        <source>请选择携带人</source>
        <translation>Choose the carrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="189" />
        <source>已登记：{copy} 由 {carrier} 携带外出，应于 {due} 交回</source>
        <translation>Registered: {copy} carried out by {carrier}, back by {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="206" />
        <source>已交回入库：{copy}</source>
        <translation>Brought back into store: {copy}</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="244" />
        <source>{copy}{state}，不能携带外出：须先收回入库</source>
        <translation>{copy} is {state} and cannot be carried out: bring it back into store first</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="249" />
        <source>（没有可用的携带外出审批：请先到“审批”登记）</source>
        <translation>(no usable carry-out approval: register one under Approvals first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="251" />
        <source>第 {id} 号：{person}，至 {until}，{approver}批准</source>
        <translation>No. {id}: {person}, until {until}, approved by {approver}</translation>
    </message>
    <message>
        <location filename="../../app/ui/carry_out_view.py" line="263" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CirculationDesk</name>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="57" />
        <source>流转台</source>
        <extracomment>Actions done elsewhere (they need an approval or a list), named so the clerk knows. (Action value, copy id): do this elsewhere with this copy (the shell switches areas).</extracomment>
        <translation>Circulation desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="62" />
        <source>扫描载体条码，或输入如 2026-收-0001/3 后回车</source>
        <translation>Scan the label, or type e.g. 2026-收-0001/3 and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="65" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="67" />
        <source>条码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="79" />
        <source>可办理</source>
        <translation>Possible actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="84" />
        <source>传阅给(&amp;H)</source>
        <translation>&amp;Hand to</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="102" />
        <source>传阅给：登记簿里还没有涉密人员，无人可选。</source>
        <translation>Circulate to: the register has no cleared staff yet, nobody to choose.</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="106" />
        <source>传阅给：没有可接收此载体的人员（须在岗、涉密等级不低于此件密级、在知悉范围内）。</source>
        <translation>Circulate to: nobody may receive this item (on post, clearance at least its level, within its need-to-know scope).</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="111" />
        <source>收回入库(&amp;B)</source>
        <translation>&amp;Bring back to store</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="115" />
        <source>登记丢失…</source>
        <translation>Record a loss…</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="117" />
        <source>登记找回…</source>
        <translation>Record it found…</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="131" />
        <source>去借出…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="131" />
        <source>去续借…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="132" />
        <source>去复制…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="133" />
        <source>去摘抄…</source>
        <translation>Excerpt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="181" />
        <source>已交 {name} 阅读，应于 {due} 前退回</source>
        <translation>Handed to {name}; due back by {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="195" />
        <source>已收回入库</source>
        <translation>Back in store</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="204" />
        <source>丢失日期</source>
        <translation>Lost on</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="205" />
        <source>丢失地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="206" />
        <source>丢失及发现经过</source>
        <translation>What happened and how it was found missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="207" />
        <source>何时、何处、如何发现，已采取的措施</source>
        <translation>When, where, how it was noticed; what has been done</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="215" />
        <source>登记丢失 · {code}</source>
        <translation>Record a loss · {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="216" />
        <source>登记后须在 24 小时内向保密工作机构报告（泄露国家秘密事件报告表）；找回时登记找回，不能修改记录。</source>
        <translation>Once recorded, it must be reported within 24 hours (leak report form); if found, record the recovery: the record is never edited.</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="217" />
        <source>登记丢失</source>
        <translation>Record the loss</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="218" />
        <source>已登记丢失：须在 24 小时内报告</source>
        <translation>Loss recorded: report it within 24 hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="225" />
        <source>找回经过</source>
        <translation>How it was found</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="226" />
        <source>何时、何处、由谁找回</source>
        <translation>When, where, by whom</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="231" />
        <source>登记找回 · {code}</source>
        <translation>Record it found · {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="232" />
        <source>丢失的载体已找回，登记后入库。</source>
        <translation>The lost copy was found; once recorded it is back in the store.</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="233" />
        <source>登记找回</source>
        <translation>Record it found</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="233" />
        <source>已登记找回，载体入库</source>
        <translation>Recorded as found: back in the store</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="257" />
        <source>有逾期未还：{items}</source>
        <translation>Holds overdue items: {items}</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="294" />
        <source>{who}（有逾期未还）</source>
        <translation>{who} (holds overdue items)</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="317" />
        <source>另可办理（需审批或清单）：{actions}</source>
        <translation>Also possible (needs an approval or a list): {actions}</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="320" />
        <source>此载体已{state}，不能再办理任何流转</source>
        <translation>This item is {state}; nothing more can be done with it</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../../app/ui/words.py" line="134" />
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="135" />
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="136" />
        <source>核心</source>
        <translation>Core</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="61" />
        <source>保密员账户</source>
        <translation>Clerk's account</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="76" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="77" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="78" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="79" />
        <source>再次输入口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="86" />
        <source>{level}级计算机：口令至少 {n} 位，须含大写字母、小写字母、数字、符号中的至少两类。</source>
        <translation>{level} workstation: passphrases have at least {n} characters and at least two of upper case, lower case, digits and symbols.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="90" />
        <source>绝密级计算机还须使用一次性口令：下一步将显示一次二维码，请用动态口令器扫描录入。</source>
        <translation>A 绝密 (top secret) workstation also needs a one-time code: the next page shows a QR code once; scan it with your authenticator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="97" />
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
</context>
<context>
    <name>CompilationPanel</name>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="204" />
        <source>汇编取各来源文件中最高的密级和最长的保密期限（003 汇编 2）。勾选来源文件：</source>
        <translation>A compilation takes the highest level and the longest secrecy period of its sources (003 汇编 2). Tick the sources:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="210" />
        <source>输入标题、文号、收文编号检索后回车</source>
        <translation>Type a title, document number or internal number and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="212" />
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="261" />
        <source>尚未勾选来源文件</source>
        <translation>No source ticked yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="269" />
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="271" />
        <source>至 {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="273" />
        <source>未定期限</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="274" />
        <source>{n} 份来源文件：汇编应标为 {level}，保密期限{period}</source>
        <translation>{n} sources: mark the compilation {level}, secrecy period {period}</translation>
    </message>
</context>
<context>
    <name>CopiesPanel</name>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="66" />
        <source>复制（复印）</source>
        <translation>Copy (photocopy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="67" />
        <source>摘抄</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="69" />
        <source>种类：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="72" />
        <source>规定：</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="76" />
        <source>申请审批…</source>
        <translation>Request approval…</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="81" />
        <source>审批：</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="84" />
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="85" />
        <source>份数：</source>
        <translation>Count:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="87" />
        <source>签收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="89" />
        <source>登记复制(&amp;C)</source>
        <translation>Record &amp;copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="127" />
        <source>{state}的载体不能{action}：须在库</source>
        <translation>An item that is {state} cannot be {action}: it must be in store</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="148" />
        <source>{level}载体{action}无须审批，仍须登记</source>
        <translation>{level} items: {action} needs no approval but is registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="150" />
        <source>（无须审批）</source>
        <translation>(no approval needed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="152" />
        <source>{level}载体{action}须经{authority}批准</source>
        <translation>{level} items: {action} needs the approval of {authority}</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="159" />
        <source>（没有可用的审批）</source>
        <translation>(no usable approval)</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="175" />
        <source>请选择签收人（须在知悉范围内）</source>
        <translation>Choose who receives them (inside the need-to-know scope)</translation>
    </message>
    <message>
        <location filename="../../app/ui/copies_panel.py" line="186" />
        <source>已登记 {n} 份（复印登记第 {id} 号）：
{labels}</source>
        <translation>{n} registered (copy register no. {id}):
{labels}</translation>
    </message>
</context>
<context>
    <name>CopyCardBox</name>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="16" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="30" />
        <source>编号：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="31" />
        <source>密级：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="32" />
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="34" />
        <source>文号：</source>
        <translation>Document no.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="35" />
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="36" />
        <source>持有人：</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="37" />
        <source>应还日期：</source>
        <translation>Due back:</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="61" />
        <source>急件</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/copy_card_box.py" line="70" />
        <source>{due}（已逾期）</source>
        <translation>{due} (overdue)</translation>
    </message>
</context>
<context>
    <name>CopyState</name>
    <message>
        <location filename="../../app/ui/words.py" line="68" />
        <source>在库</source>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="69" />
        <source>传阅中</source>
        <translation>Circulating</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="70" />
        <source>借出</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="71" />
        <source>携带外出</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="72" />
        <source>已清退</source>
        <translation>Returned to issuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="73" />
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="74" />
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="75" />
        <source>已解密</source>
        <translation>Declassified</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="76" />
        <source>已发出</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="77" />
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../app/ui/correction_form.py" line="32" />
        <source>只用于更正登记时的笔误。原值和更正理由记入审计记录和此项的经历，不会丢失。密级、保密期限和知悉范围的变更须经审批。</source>
        <translation>Only for slips made when registering. The old value and the reason go to the audit trail and the item's history; nothing is lost. Level, period and need-to-know changes need an approval.</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="34" />
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="42" />
        <source>{label}（须经审批）</source>
        <translation>{label} (needs an approval)</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="48" />
        <source>如 登记时标题抄错</source>
        <translation>e.g. title mistyped when registering</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="49" />
        <source>更正项目(&amp;I)</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="50" />
        <source>原登记为</source>
        <translation>Registered as</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="51" />
        <source>更正为(&amp;V)</source>
        <translation>Correct &amp;to</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="52" />
        <source>更正理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="60" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/ui/correction_form.py" line="62" />
        <source>如 2026-01-31</source>
        <translation>e.g. 2026-01-31</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <location filename="../../app/ui/damage_banner.py" line="21" />
        <source>登记簿为只读：可以查询能读出的内容；任何写入（包括须登记的打印和导出）都不能进行</source>
        <translation>The register is read-only: what can be read can be searched; nothing can be written (prints and exports, which are recorded, included)</translation>
    </message>
</context>
<context>
    <name>DeclassifyView</name>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="47" />
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="53" />
        <source>保密期限届满即自行解密；保密员核对后确认。确认后此文件在库的各份改为“已解密”，在外的载体须先收回。密级或保密期限的变更须经审批（在“审批”中申请）。</source>
        <translation>An item is declassified when its period ends; the clerk checks and confirms. Confirmed, the copies in store become “declassified”; copies that are out must come back first. Level or period changes need an approval (ask under Approvals).</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="59" />
        <source>收文编号</source>
        <translation>Internal no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="59" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="59" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="59" />
        <source>保密期限</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="60" />
        <source>届满日期</source>
        <translation>Period ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="60" />
        <source>在册份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="64" />
        <source>确认解密(&amp;J)</source>
        <translation>Confirm declassification (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="65" />
        <source>选中一行后按 Enter 或 Alt+J</source>
        <translation>Select a row, then press Enter or Alt+J</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="96" />
        <source>保密期限已届满、待确认解密：{n} 件</source>
        <translation>Period ended, declassification to confirm: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="114" />
        <source>此文件已不在待解密清单中（已解密或期限未满）</source>
        <translation>This document is no longer on the list (declassified, or its period has not ended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="120" />
        <source>请先在清单中选择文件</source>
        <translation>Select a document in the list first</translation>
    </message>
    <message>
        <location filename="../../app/ui/declassify_view.py" line="127" />
        <source>已确认解密：{no}《{title}》，{day} 起为已解密</source>
        <translation>Declassification confirmed: {no} “{title}”, declassified from {day}</translation>
    </message>
</context>
<context>
    <name>DepartureView</name>
    <message>
        <location filename="../../app/ui/departure_view.py" line="42" />
        <source>在岗涉密人员</source>
        <translation>Cleared staff on post</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="46" />
        <source>按姓名或部门筛选</source>
        <translation>Filter by name or department</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="57" />
        <location filename="../../app/ui/departure_view.py" line="195" />
        <source>请在左侧选择人员</source>
        <translation>Choose a person on the left</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="60" />
        <source>尚未交回的载体（离岗前须全部清退）</source>
        <translation>Items not yet handed back (all must be returned before departure)</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="63" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="63" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="63" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="63" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="64" />
        <source>自</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="64" />
        <source>身份</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="71" />
        <source>离岗登记</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="84" />
        <source>接手工作的人，如 何伟（办公室）</source>
        <translation>Who takes over, e.g. 何伟 (办公室)</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="91" />
        <source>离岗日期：</source>
        <translation>Departure date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="92" />
        <source>脱密期满：</source>
        <translation>Decontamination ends:</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="93" />
        <source>移交对象：</source>
        <translation>Handed over to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="94" />
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="97" />
        <source>办理离岗(&amp;S)</source>
        <translation>&amp;Sign off departure</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="175" />
        <source>请先选择人员</source>
        <translation>Choose a person first</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="187" />
        <source>已办理 {person} 离岗，脱密期至 {end}</source>
        <translation>Departure of {person} signed off; decontamination period until {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="202" />
        <source>{person} · {clearance}涉密人员 · {status}</source>
        <translation>{person} · clearance {clearance} · {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="209" />
        <source>外出陪同人</source>
        <translation>Second person on a carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="210" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="210" />
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="215" />
        <source>尚有 {n} 份未交回：须全部收回或交回后才能办理离岗（离岗清退）</source>
        <translation>{n} item(s) not yet handed back: all must be returned before the departure can be signed off</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="219" />
        <source>未持有任何涉密载体，可以办理离岗</source>
        <translation>Holds no classified items: the departure can be signed off</translation>
    </message>
    <message>
        <location filename="../../app/ui/departure_view.py" line="225" />
        <source>不早于 {date}（{clearance}涉密人员脱密期至少 {n} 年）</source>
        <translation>not before {date} (clearance {clearance}: at least {n} year(s))</translation>
    </message>
</context>
<context>
    <name>DestructionMethod</name>
    <message>
        <location filename="../../app/ui/words.py" line="95" />
        <source>粉碎</source>
        <translation>Shredding</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="96" />
        <source>焚烧</source>
        <translation>Burning</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="97" />
        <source>化浆</source>
        <translation>Pulping</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="98" />
        <source>消磁</source>
        <translation>Degaussing</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="99" />
        <source>物理破坏</source>
        <translation>Physical destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="100" />
        <source>送指定销毁机构</source>
        <translation>Sent to the destruction centre</translation>
    </message>
</context>
<context>
    <name>DestructionView</name>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="43" />
        <source>销毁清单</source>
        <translation>Destruction list</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="51" />
        <source>销毁审批：</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="60" />
        <source>销毁登记</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="66" />
        <source>机要室</source>
        <translation>Confidential records room</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="74" />
        <source>销毁方式：</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="75" />
        <source>销毁地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="76" />
        <source>销毁日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="77" />
        <source>监销人一：</source>
        <translation>First witness:</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="78" />
        <source>监销人二：</source>
        <translation>Second witness:</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="79" />
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="81" />
        <source>须经领导批准，两名监销人在场；绝密载体须现场销毁，严禁作废品出售。</source>
        <translation>Needs a leader's approval and two witnesses present; top secret items are destroyed on site; never sold as waste paper.</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="85" />
        <source>登记销毁(&amp;D)</source>
        <translation>Register &amp;destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="98" />
        <source>销毁登记簿（已销毁的载体永久保留在登记簿中）</source>
        <translation>Destruction register (destroyed items stay in the register for ever)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="101" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="101" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="101" />
        <source>清单</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="101" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="102" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="102" />
        <source>监销人</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="102" />
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="123" />
        <source>（选择已批准的销毁审批）</source>
        <translation>(choose an approved destruction)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="125" />
        <source>第 {id} 号：{n} 份，{approver}批准（{reason}）</source>
        <translation>No. {id}: {n} item(s), approved by {approver} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="133" />
        <source>（选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="166" />
        <source>销毁清单为空：请选择审批或扫描载体</source>
        <translation>The list is empty: choose an approval or scan items</translation>
    </message>
    <message>
        <location filename="../../app/ui/destruction_view.py" line="181" />
        <source>已登记第 {id} 号销毁：{n} 份，监销人 {w}</source>
        <translation>Destruction no. {id} registered: {n} item(s), witnesses {w}</translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <location filename="../../app/ui/device_notice.py" line="27" />
        <source>已禁止 USB 设备</source>
        <extracomment>Refusals the clerk can resolve at the terminal by registering the device.</extracomment>
        <translation>USB device refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="28" />
        <source>已放行 USB 设备</source>
        <translation>USB device allowed</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="64" />
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="70" />
        <source>登记此设备…</source>
        <translation>Register this device…</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="73" />
        <source>确认此输入设备</source>
        <translation>Confirm this input device</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="75" />
        <source>确认这是本机可以使用的键盘或鼠标：确认后立即可用，此操作记入审计日志</source>
        <translation>Confirm that this keyboard or mouse may be used on this computer: it works at once, and the confirmation is audited</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="79" />
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="238" />
        <source>封发 · {no}</source>
        <translation>Dispatch · {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="239" />
        <source>《{title}》（{marking}）：选择收件单位和装入信封的载体。信封按封内最高密级标注，封号登记时自动编定。</source>
        <translation>“{title}” ({marking}): choose the recipient and the copies that go in the envelope. The envelope is marked with the highest level inside; its dispatch number is assigned when it is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="241" />
        <source>封发</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="248" />
        <source>{unit}（批准 {n} 份，已发 {sent} 份）</source>
        <translation>{unit} ({n} approved, {sent} sent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="261" />
        <source>空格键勾选或取消；其他发往该单位的发文可一并装封</source>
        <translation>Space ticks or unticks; other outgoing documents for the same recipient may go in the same envelope</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="288" />
        <source>第 {n} 份</source>
        <translation>Copy {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="289" />
        <source>无份号</source>
        <translation>No copy number</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="293" />
        <source>另件 {no} {number}《{title}》{level}</source>
        <translation>Also {no} {number} “{title}” {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="256" />
        <source>可不填，如 机要交通递送</source>
        <translation>Optional, e.g. by confidential courier</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="257" />
        <source>收件单位(&amp;U)</source>
        <translation>Rec&amp;ipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="259" />
        <source>封入载体(&amp;C)</source>
        <translation>&amp;Copies in the envelope</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="262" />
        <source>发出日期(&amp;D)</source>
        <translation>Sent on (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="263" />
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
</context>
<context>
    <name>DisposalArea</name>
    <message>
        <location filename="../../app/ui/disposal_area.py" line="30" />
        <source>携带外出</source>
        <translation>Carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_area.py" line="31" />
        <source>清退</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_area.py" line="32" />
        <source>销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_area.py" line="33" />
        <source>离岗</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_area.py" line="34" />
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_area.py" line="35" />
        <source>解密</source>
        <translation>Declassification</translation>
    </message>
</context>
<context>
    <name>DistributionEditor</name>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="83" />
        <source>输入或选择单位</source>
        <translation>Type or choose a unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="92" />
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="93" />
        <source>加入(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="96" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="98" />
        <source>移除选中的单位（Delete）</source>
        <translation>Remove the selected unit (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="100" />
        <source>分送单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="100" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>DocumentDetail</name>
    <message>
        <location filename="../../app/ui/document_detail.py" line="86" />
        <source>密级标志</source>
        <extracomment>申请变更密级或期限…: the approval form for this document (document id)</extracomment>
        <translation>Marking</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="86" />
        <source>收文编号</source>
        <translation>Internal no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="87" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="87" />
        <source>来文单位</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="88" />
        <source>收文日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="88" />
        <source>成文日期</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="89" />
        <location filename="../../app/ui/document_detail.py" line="170" />
        <source>知悉范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="89" />
        <source>清退期限</source>
        <translation>Return by</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="90" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="101" />
        <source>异常情况</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="104" />
        <source>份号</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="104" />
        <source>条码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="104" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="105" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="105" />
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="116" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="118" />
        <source>更正(&amp;G)…</source>
        <translation>Corr&amp;ect…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="119" />
        <source>更正登记时的笔误：标题、文号、来文单位、日期、备注</source>
        <translation>Correct a slip made when registering: title, document number, sender, dates, remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="121" />
        <source>申请变更密级或期限(&amp;L)…</source>
        <translation>Ask to change &amp;level or period…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="150" />
        <source>各份去向（{n}）</source>
        <translation>Copies ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="165" />
        <source>发文日期</source>
        <translation>Dispatch date</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="168" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="169" />
        <source>保密期限</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="177" />
        <source>更正 · {no}</source>
        <translation>Correct · {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="107" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="107" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="107" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="108" />
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="108" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="154" />
        <source>全部经历（{n}）</source>
        <translation>History ({n})</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="60" />
        <source>收文</source>
        <extracomment>(context, label) of every enumeration label, for lupdate and the test.</extracomment>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="61" />
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <location filename="../../app/ui/documents_area.py" line="75" />
        <source>收发文登记簿</source>
        <extracomment>申请变更密级或期限… from a document's detail (document id): to the approval form</extracomment>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_area.py" line="76" />
        <source>收文登记</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_area.py" line="78" />
        <source>导入台帐(&amp;I)…</source>
        <translation>&amp;Import ledger…</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/ui/documents_view.py" line="47" />
        <source>收文编号</source>
        <translation>Internal no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="48" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="49" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="50" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="51" />
        <source>来文单位</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="52" />
        <source>收文日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="53" />
        <source>期限届满</source>
        <translation>Period ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="54" />
        <source>在库/份数</source>
        <translation>In store/copies</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../app/ui/documents_view.py" line="149" />
        <source>收发文登记簿</source>
        <translation>Document register</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="155" />
        <source>检索标题、文号、收文编号、来文单位（如 海淀、发〔2016〕）</source>
        <translation>Search title, document number, register number, sender (e.g. 海淀, 发〔2016〕)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="159" />
        <source>全部密级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="164" />
        <source>不限期限</source>
        <translation>Any period</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="165" />
        <source>已到期未解密</source>
        <translation>Expired, not declassified</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="166" />
        <source>90 天内到期</source>
        <translation>Expiring within 90 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="168" />
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="205" />
        <source>共 {n} 份文件</source>
        <translation>{n} documents</translation>
    </message>
</context>
<context>
    <name>DueKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="179" />
        <source>传阅</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="180" />
        <source>借阅</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="181" />
        <source>携带外出</source>
        <translation>Carry-out</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="123" />
        <source>登记簿已建立</source>
        <translation>Register created</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="133" />
        <source>下一步：点“完成”后进入主窗口。“今日工作”页会引导您先在“人员与单位”中添加本单位人员（传阅、借阅、介质责任人都从中选择），再用“导入台帐…”把原有的文件、人员和介质台帐（.xlsx 或 .csv）导入登记簿。</source>
        <translation>Next: press Finish to open the main window. Its Today page leads you to add your office's people first under People and units (readers, borrowers and media holders are chosen from them), then to bring in your existing document, people and media ledgers (.xlsx or .csv) with Import ledger….</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="142" />
        <source>请用动态口令器扫描下面的二维码。它只显示这一次；以后每次解锁都需要输入动态口令。</source>
        <translation>Scan the QR code below with your authenticator. It is shown only once; every unlock will ask for the one-time code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="148" />
        <source>登记簿和密钥文件已建立。请定期把两者一起备份；缺少任何一个都无法打开登记簿。</source>
        <translation>The register and its key file have been created. Back them up together regularly: the register cannot be opened without both.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="39" />
        <source>程序错误</source>
        <extracomment>Distinct errors shown at once; more are logged only.</extracomment>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="42" />
        <source>Mibu 遇到了一个意外错误。登记簿的每项操作都在一个事务中完成，未完成的操作不会留下半条记录。
请把下面的内容复制给维护人员。</source>
        <translation>Mibu met an unexpected error. Every operation on the register runs in one transaction; an unfinished one leaves no half-written record.
Please copy the text below for the maintainers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="51" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/error_dialog.py" line="61" />
        <source>同一错误又发生了 %n 次（已记入日志）。</source>
        <translation>
            <numerusform>The same error happened %n more time (logged).</numerusform>
            <numerusform>The same error happened %n more times (logged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../app/ui/people_forms.py" line="65" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="161" />
        <source>传阅单</source>
        <translation>Circulation slip</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="162" />
        <source>借阅单</source>
        <translation>Loan slip</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="163" />
        <source>复制审批单</source>
        <translation>Copy approval form</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="164" />
        <source>携带外出审批单</source>
        <translation>Carry-out approval form</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="165" />
        <source>销毁清单</source>
        <translation>Destruction list</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="166" />
        <source>清退清单</source>
        <translation>Return list</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="167" />
        <source>离岗清退单</source>
        <translation>Departure clearance</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="168" />
        <source>收文登记簿</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="169" />
        <source>发文登记簿</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="170" />
        <source>移动存储介质台帐</source>
        <translation>Removable media ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="171" />
        <source>移动存储介质标签</source>
        <translation>Removable media labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="172" />
        <source>保密检查记录表</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="173" />
        <source>泄露国家秘密事件报告表</source>
        <translation>Incident report (leak of state secrets)</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="174" />
        <source>保密检查清单</source>
        <translation>Inspection checklist</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="175" />
        <source>审计记录摘录</source>
        <translation>Audit trail extract</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="176" />
        <source>发文封发单</source>
        <translation>Dispatch slip</translation>
    </message>
</context>
<context>
    <name>IncidentDeadline</name>
    <message numerus="yes">
        <location filename="../../app/ui/incident_words.py" line="16" />
        <source>剩余不到 %n 小时</source>
        <translation>
            <numerusform>less than %n hour left</numerusform>
            <numerusform>less than %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/incident_words.py" line="19" />
        <source>已超过上报时限</source>
        <translation>past the deadline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/incident_words.py" line="20" />
        <source>已超过上报时限 %n 小时</source>
        <translation>
            <numerusform>%n hour past the deadline</numerusform>
            <numerusform>%n hours past the deadline</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="61" />
        <source>已上报…</source>
        <translation>Reported…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="73" />
        <source>丢失未上报：须于 {due} 前上报（{when}）</source>
        <translation>Loss not reported: report before {due} ({when})</translation>
    </message>
</context>
<context>
    <name>InspectionDesk</name>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="57" />
        <source>检查</source>
        <extracomment>A record of a line was opened: its code, for its history. A line's entries were asked for: the trail filter that shows them.</extracomment>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="59" />
        <source>打印清单…</source>
        <translation>Print checklist…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="61" />
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="63" />
        <source>检查期间</source>
        <translation>Inspection period</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="65" />
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="77" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="77" />
        <source>检查内容</source>
        <translation>Item inspected</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="77" />
        <source>检查情况（据登记簿）</source>
        <translation>Findings (from the register)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="78" />
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="92" />
        <source>在审计记录中查看本项记录</source>
        <translation>Show this item's entries in the trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="98" />
        <source>相关记录（双击查看经历）</source>
        <translation>Records (double-click for the history)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="133" />
        <source>{period}：共 {n} 项，需注意 {k} 项</source>
        <translation>{period}: {n} items, {k} need attention</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="160" />
        <source>（本项没有需要列出的记录）</source>
        <translation>(nothing to list for this item)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="189" />
        <source>导出检查清单</source>
        <translation>Export the checklist</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="190" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspection_desk.py" line="203" />
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>InspectorArea</name>
    <message>
        <location filename="../../app/ui/inspector_area.py" line="22" />
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_area.py" line="23" />
        <source>物品与人员经历</source>
        <translation>Histories of items and people</translation>
    </message>
    <message>
        <location filename="../../app/ui/inspector_area.py" line="27" />
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
</context>
<context>
    <name>IssuerReturnView</name>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="49" />
        <source>按清退期限（{n} 天内及已过期）</source>
        <translation>By return deadline (within {n} days, or past)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="52" />
        <source>收文编号</source>
        <translation>Internal no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="52" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="52" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="52" />
        <source>清退期限</source>
        <translation>Return by</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="53" />
        <source>在册</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="56" />
        <source>将在库各份加入清单(&amp;A)</source>
        <translation>&amp;Add its items in store to the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="64" />
        <source>清点与清查提醒</source>
        <translation>Counts and clearances due</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="66" />
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="66" />
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="78" />
        <source>清点数与登记数不符时必填</source>
        <translation>Required when the count differs from the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="80" />
        <source>种类：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="81" />
        <source>登记在册：</source>
        <translation>In the register:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="82" />
        <source>实点份数：</source>
        <translation>Counted:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="83" />
        <source>差异说明：</source>
        <translation>Discrepancies:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="86" />
        <source>登记已完成(&amp;K)</source>
        <translation>Record as done (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="95" />
        <source>清退清单</source>
        <translation>Return list</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="104" />
        <source>如 区委办公室 刘某</source>
        <translation>e.g. 区委办公室 刘某</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="110" />
        <source>退往单位：</source>
        <translation>Returned to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="111" />
        <source>接收人：</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="112" />
        <source>清退日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="113" />
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="116" />
        <source>登记清退(&amp;R)</source>
        <translation>&amp;Register return</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/issuer_return_view.py" line="149" />
        <source>%n 份</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/issuer_return_view.py" line="155" />
        <source>%n 份（在库及外出）</source>
        <translation>
            <numerusform>%n item (in store or out)</numerusform>
            <numerusform>%n items (in store or out)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="159" />
        <source>（不指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="177" />
        <source>请先在左侧选择一份文件</source>
        <translation>Choose a document on the left first</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="191" />
        <source>{no} 加入 {n} 份；另有 {out} 份不在库，须先收回</source>
        <translation>{no}: {n} item(s) added; {out} more not in store, to be brought back first</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="194" />
        <source>{no} 加入 {n} 份</source>
        <translation>{no}: {n} item(s) added</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="202" />
        <source>清退清单为空：请扫描或从左侧加入载体</source>
        <translation>The return list is empty: scan items or add them from the left</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="216" />
        <source>已登记第 {id} 号清退：{n} 份退往{org}，接收人 {who}</source>
        <translation>Return no. {id} registered: {n} item(s) to {org}, received by {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="217" />
        <source>发文机关</source>
        <translation>the issuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/issuer_return_view.py" line="231" />
        <source>已登记{kind}：登记 {expected} 份，实点 {found} 份</source>
        <translation>Recorded {kind}: {expected} in the register, {found} counted</translation>
    </message>
</context>
<context>
    <name>ItemHistoryView</name>
    <message>
        <location filename="../../app/ui/item_history.py" line="66" />
        <source>扫描或输入：载体编号（2026-收-0004/2）、收文编号、介质编号或人员姓名</source>
        <translation>Scan or type: an item's code (2026-收-0004/2), an internal number, a medium number or a person's name</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="68" />
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="85" />
        <location filename="../../app/ui/item_history.py" line="203" />
        <source>某日在谁手中：</source>
        <translation>Who had it on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="99" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="99" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="99" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="99" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="99" />
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="100" />
        <source>批准</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="100" />
        <source>签字</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="100" />
        <source>地点、陪同人</source>
        <translation>Place, companion</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="113" />
        <source>持有记录（传阅、借阅、携带外出）</source>
        <translation>Holdings (readings, loans, carry-outs)</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="115" />
        <source>全部经历</source>
        <translation>Whole history</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="120" />
        <source>输入或扫描一个编号，查看它的全部经历。</source>
        <translation>Type or scan a code to see its whole history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="161" />
        <source>{label}　《{title}》　{level}</source>
        <translation>{label}　“{title}”　{level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="163" />
        <source>现在：{where}</source>
        <translation>Now: {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="172" />
        <source>介质 {number}　{level}　状态：{status}　责任人：{holder}</source>
        <translation>Medium {number}　{level}　state: {status}　holder: {holder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="181" />
        <source>{code} 的全部经历（含各份载体）</source>
        <translation>Whole history of {code} (all its items)</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="184" />
        <source>{code}《{title}》{marking} 的全部经历（含各份载体、密级变更、解密和更正）</source>
        <translation>Everything about {code} “{title}” {marking} (its copies, level changes, declassification and corrections included)</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="190" />
        <source>{name} 经手的载体：共 {n} 次</source>
        <translation>Items {name} held: {n} times</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="203" />
        <source>某日持有：</source>
        <translation>Held on:</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="207" />
        <source>陪同 {name}</source>
        <translation>with {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="210" />
        <source>（传阅无需审批）</source>
        <translation>(reading needs no approval)</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="223" />
        <source>{day}：未持有任何载体</source>
        <translation>{day}: held nothing</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="224" />
        <source>{day}：在库，无人持有</source>
        <translation>{day}: in store, held by nobody</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="229" />
        <source>{holder}（{kind}，{since} 至 {until}</source>
        <translation>{holder} ({kind}, {since} to {until}</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="233" />
        <source>，{approver}批准</source>
        <translation>, approved by {approver}</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_history.py" line="235" />
        <source>{day}：{who}</source>
        <translation>{day}: {who}</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="84" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="84" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="84" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="85" />
        <source>状态</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="67" />
        <source>已取消：未导入任何记录</source>
        <translation>Cancelled: nothing was imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="72" />
        <source>导入时出现意外错误，未导入任何记录（详见日志）</source>
        <translation>An unexpected error stopped the import; nothing was imported (see the log)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="107" />
        <source>收文台帐</source>
        <translation>incoming documents ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="107" />
        <source>涉密人员台帐</source>
        <translation>cleared staff ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="108" />
        <source>移动存储介质台帐</source>
        <translation>removable media ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="109" />
        <source>导入台帐 — {kind}</source>
        <translation>Import ledger — {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="111" />
        <source>导入{kind}</source>
        <translation>Import {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="113" />
        <source>尚未选择文件（.xlsx 或 .csv）</source>
        <translation>No file chosen yet (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="115" />
        <source>选择文件(&amp;O)…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="124" />
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="124" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="131" />
        <source>载入对照表(&amp;L)…</source>
        <translation>&amp;Load map…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="133" />
        <source>保存对照表(&amp;S)…</source>
        <translation>&amp;Save map…</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="135" />
        <source>列对照</source>
        <translation>Column map</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="137" />
        <source>左列是文件的表头；右列选它对应的密簿项目。</source>
        <translation>Left: the file's headers; right: the Mibu field each one holds. </translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="138" />
        <source>备注可以对应多列（合并导入）；份号可以单独一列（如 2-3、5、7）。</source>
        <translation>Remarks may take several columns (joined); copy numbers may have a column of their own (e.g. 2-3, 5、7).</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="153" />
        <location filename="../../app/ui/ledger_import_dialog.py" line="363" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="156" />
        <location filename="../../app/ui/ledger_import_dialog.py" line="368" />
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="156" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="163" />
        <location filename="../../app/ui/ledger_import_dialog.py" line="364" />
        <source>有错误的行</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="188" />
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="191" />
        <source>全部导入(&amp;A)</source>
        <translation>Import &amp;all</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="192" />
        <source>每一行都正确时全部写入；有任何错误则不导入</source>
        <translation>Writes every row when all are correct; imports nothing if any row is wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="194" />
        <source>仅导入有效行(&amp;V)</source>
        <translation>Import only &amp;valid rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="195" />
        <source>写入正确的行，跳过有错误的行（审计记录注明跳过的行数）</source>
        <translation>Writes the correct rows and skips the wrong ones (the audit trail records how many were skipped)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="198" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="219" />
        <source>选择台帐文件</source>
        <translation>Choose a ledger file</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="220" />
        <source>台帐 (*.xlsx *.csv)</source>
        <translation>Ledgers (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="269" />
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="312" />
        <source>载入列对照表</source>
        <translation>Load a column map</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="313" />
        <location filename="../../app/ui/ledger_import_dialog.py" line="325" />
        <source>列对照表 (*.json)</source>
        <translation>Column maps (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="323" />
        <source>保存列对照表</source>
        <translation>Save the column map</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="332" />
        <source>列对照表已保存到 {name}</source>
        <translation>Column map saved to {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/ledger_import_dialog.py" line="380" />
        <source>预览（前 %n 行，按导入后的项目显示）</source>
        <translation>
            <numerusform>Preview (first %n row, as it will be imported)</numerusform>
            <numerusform>Preview (first %n rows, as they will be imported)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="385" />
        <source>文件中没有数据行。</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="387" />
        <source>共 {total} 行：{valid} 行有效，{bad} 行有错误（见“有错误的行”）。“全部导入”要求每一行都正确；也可以“仅导入有效行”。</source>
        <translation>{total} rows: {valid} valid, {bad} with errors (see “Rows with errors”). “Import all” needs every row to be correct; you may also “Import only valid rows”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="391" />
        <source>共 {total} 行，全部正确，可以导入。</source>
        <translation>{total} rows, all correct: ready to import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="394" />
        <source>这些列不导入：{columns}（如需导入，请在“列对照”中选择对应项目）</source>
        <translation>These columns are not imported: {columns} (to import one, choose its field in the column map)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/ledger_import_dialog.py" line="403" />
        <source>有错误的行（%n 行）</source>
        <translation>
            <numerusform>Rows with errors (%n row)</numerusform>
            <numerusform>Rows with errors (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_import_dialog.py" line="430" />
        <source>导入完成。要再导入，请选择文件。</source>
        <translation>Import done. To import another file, choose it.</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../app/ui/words.py" line="129" />
        <source>非密</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="130" />
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="131" />
        <source>秘密</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="132" />
        <source>机密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="133" />
        <source>绝密</source>
        <translation>Top secret</translation>
    </message>
</context>
<context>
    <name>LoansArea</name>
    <message>
        <location filename="../../app/ui/loans_area.py" line="68" />
        <source>借阅与复制</source>
        <extracomment>No usable approval yet: (ApprovalKind value, document id, copy id) for a new request.</extracomment>
        <translation>Loans and copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="73" />
        <source>扫描载体条码，或输入如 2026-收-0001/3 后回车</source>
        <translation>Scan an item's barcode, or type e.g. 2026-收-0001/3 and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="76" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="78" />
        <source>条码：</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="95" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="96" />
        <source>续借与归还</source>
        <translation>Renew and return</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="100" />
        <source>复制与摘抄</source>
        <translation>Copy and excerpt</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="102" />
        <source>汇编</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="107" />
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="107" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="107" />
        <location filename="../../app/ui/loans_area.py" line="112" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="107" />
        <location filename="../../app/ui/loans_area.py" line="112" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="108" />
        <source>借出时间</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="108" />
        <source>应还日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="108" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="112" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="112" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="113" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="113" />
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="113" />
        <source>签收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="113" />
        <source>新编号</source>
        <translation>New numbers</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="114" />
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="115" />
        <source>在借</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="116" />
        <source>复印登记</source>
        <translation>Copy register</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="137" />
        <location filename="../../app/ui/loans_area.py" line="185" />
        <source>申请审批…</source>
        <translation>Request approval…</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="141" />
        <source>借阅审批：</source>
        <translation>Loan approval:</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="144" />
        <source>借阅人：</source>
        <translation>Borrower:</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="158" />
        <source>应还日期：</source>
        <translation>Due back:</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="161" />
        <source>阅读地点：</source>
        <translation>Reading place:</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="164" />
        <source>借出(&amp;L)</source>
        <translation>&amp;Lend</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="189" />
        <source>续借审批：</source>
        <translation>Renewal approval:</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="193" />
        <source>续借至：</source>
        <translation>Renew until:</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="196" />
        <source>续借(&amp;N)</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="198" />
        <source>归还入库(&amp;B)</source>
        <translation>&amp;Back into store</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="276" />
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="278" />
        <source>{who}（有逾期未还）</source>
        <translation>{who} (has overdue items)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="285" />
        <source>当天归还</source>
        <translation>back the same day</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="286" />
        <source>最晚 {day}</source>
        <translation>at the latest {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="290" />
        <source>（没有可用的借阅审批）</source>
        <translation>(no usable loan approval)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="315" />
        <source>有逾期未还：{items}</source>
        <translation>Has overdue items: {items}</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="336" />
        <source>借阅人：{who}
借出：{out}　应还：{due}　已续借 {n} 次</source>
        <translation>Borrower: {who}
Lent: {out}  Due: {due}  Renewed {n} times</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="342" />
        <source>绝密文件和急件须当天归还，不能续借（003 借阅）</source>
        <translation>Top secret and urgent items are back the same day and cannot be renewed (003 借阅)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="351" />
        <source>此载体{state}，没有借阅可续借或归还</source>
        <translation>This item is {state}: no loan to renew or return</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="356" />
        <source>（没有可用的续借审批）</source>
        <translation>(no usable renewal approval)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="372" />
        <source>逾期未还（{n}）</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="373" />
        <source>在借（{n}）</source>
        <translation>On loan ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="378" />
        <location filename="../../app/ui/loans_area.py" line="450" />
        <source>摘抄</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="378" />
        <location filename="../../app/ui/loans_area.py" line="450" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="394" />
        <source>{n} 天</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="404" />
        <source>请选择借阅人</source>
        <translation>Choose the borrower</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="414" />
        <source>已借给 {who}，应于 {due} 前归还</source>
        <translation>Lent to {who}, due back by {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="430" />
        <source>已续借至 {due}</source>
        <translation>Renewed until {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="441" />
        <source>已归还入库</source>
        <translation>Back in store</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="443" />
        <source>已归还入库（逾期归还，已记录）</source>
        <translation>Back in store (returned late, recorded)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_area.py" line="449" />
        <source>已登记{kind} {n} 份</source>
        <translation>Registered: {kind}, {n}</translation>
    </message>
</context>
<context>
    <name>LossBanner</name>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="55" />
        <source>USB 设备被擅自放行（Mibu 已重新禁止），未上报：须于 {due} 前上报（{when}）</source>
        <translation>A USB device was switched on without authorization (Mibu has blocked it again), not yet reported: report by {due} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="58" />
        <source>{what} 丢失未上报：须于 {due} 前上报（{when}）</source>
        <translation>{what} lost and not reported: report before {due} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="63" />
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="65" />
        <source>已上报…</source>
        <translation>Reported…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="57" />
        <source>密簿 — {unit} · {ws}</source>
        <translation>Mibu — {unit} · {ws}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <source>工作站密级</source>
        <translation>Workstation level</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>当前用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>登记簿(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="53" />
        <source>文件登记</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="51" />
        <source>今日工作</source>
        <extracomment>The clerk's areas, in the order the navigation shows them.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="55" />
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="57" />
        <source>流转台</source>
        <translation>Circulation desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="59" />
        <source>借阅与复制</source>
        <translation>Loans and copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="61" />
        <source>外出、清退与销毁</source>
        <translation>Out &amp; disposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="63" />
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="65" />
        <source>介质与设备</source>
        <translation>Media &amp; devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="67" />
        <source>人员与单位</source>
        <translation>People and units</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="69" />
        <source>打印报表</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="71" />
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="73" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MediaLedgerView</name>
    <message>
        <location filename="../../app/ui/media_view.py" line="266" />
        <source>移动存储介质台帐</source>
        <translation>Removable media ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="269" />
        <source>登记介质…</source>
        <translation>Register a medium…</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="271" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="273" />
        <source>导入台帐(&amp;I)…</source>
        <translation>&amp;Import ledger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="279" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="283" />
        <source>全部密级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="287" />
        <source>编号、责任人、序列号或品牌</source>
        <translation>Number, holder, serial or brand</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="289" />
        <source>仅到期未清查</source>
        <translation>Inventory due only</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="295" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/media_view.py" line="332" />
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/media_view.py" line="334" />
        <source>筛选出 %n 件（共 {total} 件）</source>
        <translation>
            <numerusform>%n shown (of {total})</numerusform>
            <numerusform>%n shown (of {total})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <location filename="../../app/ui/media_view.py" line="56" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="57" />
        <source>介质类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="58" />
        <source>品牌型号</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="59" />
        <source>厂商ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="60" />
        <source>产品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="61" />
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="62" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="63" />
        <source>责任人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="64" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="65" />
        <source>上次清查</source>
        <translation>Last inventory</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="82" />
        <source>从未清查</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="110" />
        <source>已到半年清查期</source>
        <translation>six-monthly inventory due</translation>
    </message>
</context>
<context>
    <name>MediumDetailPane</name>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="89" />
        <source>在台帐中选择一件介质，查看详情、履历和可办理的事项。</source>
        <translation>Select a medium in the ledger to see its details, history and the steps it allows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="112" />
        <source>介质类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="112" />
        <source>品牌型号</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="113" />
        <source>厂商ID : 产品ID</source>
        <translation>Vendor ID : Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="113" />
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="114" />
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="114" />
        <source>登记密级</source>
        <translation>Registered level</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="115" />
        <source>曾存储最高密级</source>
        <translation>Highest level ever held</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="115" />
        <source>责任人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="116" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="116" />
        <source>购置日期</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="117" />
        <source>上次清查</source>
        <translation>Last inventory</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="117" />
        <source>登记时间</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="136" />
        <location filename="../../app/ui/medium_detail.py" line="138" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="136" />
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="136" />
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="136" />
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="138" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="138" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="138" />
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="205" />
        <source>从未清查</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="207" />
        <source>{last}（已到半年清查期）</source>
        <translation>{last} (six-monthly inventory due)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medium_detail.py" line="217" />
        <source>履历（%n）</source>
        <translation>
            <numerusform>History (%n)</numerusform>
            <numerusform>History (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medium_detail.py" line="218" />
        <source>审计记录（%n）</source>
        <translation>
            <numerusform>Audit (%n)</numerusform>
            <numerusform>Audit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="230" />
        <source>“{status}”的介质没有可办理的事项。</source>
        <translation>No steps for a medium that is “{status}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="241" />
        <source>登记表</source>
        <translation>registration form</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="243" />
        <source>从文件导入：{file}</source>
        <translation>imported from {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="297" />
        <source>已登记丢失。须于 {due} 前（24 小时内）向保密工作机构报告。</source>
        <translation>Loss recorded. Report it to the secrecy office before {due} (within 24 hours).</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="300" />
        <source>已登记{step}：{number} 现为“{status}”，责任人 {holder}。</source>
        <translation>Recorded {step}: {number} is now “{status}”, holder {holder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medium_detail.py" line="306" />
        <source>已登记上报：{to}。</source>
        <translation>Report recorded: {to}.</translation>
    </message>
</context>
<context>
    <name>MediumEventKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="115" />
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="116" />
        <source>发放</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="117" />
        <source>归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="118" />
        <source>携带外出</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="119" />
        <source>带回</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="120" />
        <source>清查</source>
        <translation>Inventoried</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="121" />
        <source>送修</source>
        <translation>Sent for repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="122" />
        <source>修复返回</source>
        <translation>Back from repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="123" />
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="124" />
        <source>销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="125" />
        <source>密级提高</source>
        <translation>Level raised</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="126" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>MediumForm</name>
    <message>
        <location filename="../../app/ui/media_view.py" line="133" />
        <source>登记移动存储介质或设备</source>
        <translation>Register a removable medium or device</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="146" />
        <source>如 64GB</source>
        <translation>e.g. 64GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="148" />
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="164" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="165" />
        <source>介质类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="166" />
        <source>品牌型号</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="171" />
        <source>厂商ID : 产品ID</source>
        <translation>Vendor ID : Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="172" />
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="173" />
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="174" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="175" />
        <source>责任人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="176" />
        <source>购置日期</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="183" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="184" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="211" />
        <source>已从插入的设备读取厂商ID、产品ID、序列号和描述符摘要；登记后立即按台帐放行。</source>
        <translation>Vendor ID, product ID, serial and descriptor hash were read from the plugged device; once registered it is allowed at once as the ledger says.</translation>
    </message>
</context>
<context>
    <name>MediumKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="104" />
        <source>U盘</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="105" />
        <source>移动硬盘</source>
        <translation>External hard disk</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="106" />
        <source>光盘</source>
        <translation>Disc</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="107" />
        <source>存储卡</source>
        <translation>Memory card</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="108" />
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
</context>
<context>
    <name>MediumStatus</name>
    <message>
        <location filename="../../app/ui/words.py" line="109" />
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="110" />
        <source>停用</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="111" />
        <source>外出</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="112" />
        <source>维修</source>
        <translation>In repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="113" />
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="114" />
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
</context>
<context>
    <name>MergeForm</name>
    <message>
        <location filename="../../app/ui/people_forms.py" line="238" />
        <source>合并单位 · {name}</source>
        <translation>Merge unit · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="239" />
        <source>同一单位登记成了两种写法时合并：“{name}”的来文、发文封、分发和清退记录全部改记到保留的单位，然后删除“{name}”。此操作记入审计，不能撤销。</source>
        <translation>When one unit was registered under two spellings, merge them: every received document, envelope, distribution line and return of “{name}” is moved to the unit kept, then “{name}” is removed. This is audited and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="242" />
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="251" />
        <source>输入或选择保留的单位</source>
        <translation>Type or choose the unit to keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="256" />
        <source>并入(&amp;K)</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="262" />
        <source>请选择要保留的单位</source>
        <translation>Choose the unit to keep</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../../app/ui/words.py" line="159" />
        <source>本机确认</source>
        <translation>Confirmed here</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="160" />
        <source>书面批件</source>
        <translation>Paper approval</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="58" />
        <source>新增账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="70" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="71" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="72" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="73" />
        <source>口令（本人输入）</source>
        <translation>Passphrase (typed by its owner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="74" />
        <source>再次输入口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="96" />
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="116" />
        <source>请本人用动态口令器扫描二维码。它只显示这一次。</source>
        <translation>The account owner scans this QR code with an authenticator. It is shown only once.</translation>
    </message>
</context>
<context>
    <name>OutgoingArea</name>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="55" />
        <source>发文</source>
        <extracomment>The 发文登记簿 in the printing screen (the shell switches areas).</extracomment>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="58" />
        <source>发文登记(&amp;N)…</source>
        <translation>Register outgoing (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="61" />
        <source>封发(&amp;S)…</source>
        <translation>Di&amp;spatch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="62" />
        <source>把选中发文的载体装封，发往经批准的分送单位</source>
        <translation>Put copies of the selected document in an envelope to a recipient of its approved distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="67" />
        <source>打印发文登记簿(&amp;L)…</source>
        <translation>Print outgoing &amp;ledger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="68" />
        <source>到“打印报表”，按期间打印发文登记簿</source>
        <translation>Go to Printing to print the outgoing ledger for a period</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="74" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="74" />
        <source>发文编号、文号、标题或签发人</source>
        <translation>Outgoing number, document number, title or signatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="79" />
        <source>还没有登记发文。按“发文登记…”（Ctrl+N）登记本单位的发文及其经批准的分送范围，再按“封发…”装封发出。</source>
        <translation>No outgoing documents yet. Use “Register outgoing…” (Ctrl+N) to register a document of this unit with its approved distribution, then “Dispatch…” to send it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="88" />
        <source>发文编号</source>
        <translation>Outgoing no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="88" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="88" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="88" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="89" />
        <source>发文日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="89" />
        <source>签发人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="89" />
        <location filename="../../app/ui/outgoing_area.py" line="101" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="89" />
        <source>已发/应发</source>
        <translation>Sent/approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="90" />
        <source>在库</source>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="94" />
        <location filename="../../app/ui/outgoing_area.py" line="208" />
        <source>请选择发文</source>
        <translation>Choose an outgoing document</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="98" />
        <source>分送单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="98" />
        <source>批准份数</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="98" />
        <source>已发</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="98" />
        <source>待发</source>
        <translation>To send</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="100" />
        <source>封号</source>
        <translation>Dispatch no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="100" />
        <source>收件单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="100" />
        <source>发出日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="100" />
        <source>信封标注</source>
        <translation>Envelope marking</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="101" />
        <source>份号</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="101" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="104" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="104" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="104" />
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="104" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="105" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="107" />
        <source>分送范围</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="108" />
        <location filename="../../app/ui/outgoing_area.py" line="209" />
        <source>封发记录</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="109" />
        <location filename="../../app/ui/outgoing_area.py" line="210" />
        <source>经历</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="154" />
        <source>找到 {n} 件</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="155" />
        <source>共 {n} 件</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="162" />
        <source>（急件）</source>
        <translation> (urgent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="213" />
        <source>{no}　{number}《{title}》· {marking} · 签发人 {signer}</source>
        <translation>{no}  {number} “{title}” · {marking} · signed by {signer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="232" />
        <source>封发记录（{n}）</source>
        <translation>Envelopes ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="233" />
        <source>经历（{n}）</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="252" />
        <source>请先在列表中选择发文</source>
        <translation>Choose an outgoing document in the list first</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="255" />
        <source>{no} 经批准的分送范围已全部发出</source>
        <translation>{no}: the whole approved distribution has been sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="282" />
        <source>已登记 {no}（{marking}），共 {n} 份；按“封发…”装封发出</source>
        <translation>Registered {no} ({marking}), {n} copies; use “Dispatch…” to send them</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="299" />
        <source>已封发 {no}，发往{unit}，{n} 份；信封标注：{marking}</source>
        <translation>Dispatched {no} to {unit}, {n} copies; envelope marking: {marking}</translation>
    </message>
</context>
<context>
    <name>OutgoingForm</name>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="166" />
        <source>发文登记</source>
        <translation>Register outgoing document</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="167" />
        <source>按签发的发文稿登记：只能发往经批准的分送范围；份数为各单位份数与留存份数之和，份号自 1 起依次编定。</source>
        <translation>Register from the signed draft: copies go only to the approved distribution; the number of copies is the recipients' copies plus those kept, numbered from 1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="169" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="171" />
        <source>如 海保发〔2026〕3号</source>
        <translation>e.g. 海保发〔2026〕3号</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="179" />
        <source>留空按密级最长期限；或 10年、长期</source>
        <translation>Empty for the level's longest period; or 10年, 长期</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="181" />
        <source>签发领导姓名</source>
        <translation>The signing leader's name</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="182" />
        <source>如 局领导、办公室</source>
        <translation>e.g. 局领导、办公室</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="186" />
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="190" />
        <source>急件（信封注明特急）</source>
        <translation>Urgent (envelope marked 特急)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="191" />
        <source>留存件存放处，如 机要室保密柜2</source>
        <translation>Where kept copies are stored, e.g. 机要室保密柜2</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="192" />
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="193" />
        <source>文号(&amp;W)</source>
        <translation>Document no. (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="194" />
        <source>标题(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="195" />
        <source>密级(&amp;J)</source>
        <translation>Level (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="196" />
        <source>保密期限(&amp;Q)</source>
        <translation>Secrecy period (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="197" />
        <source>发文日期(&amp;D)</source>
        <translation>Issued on (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="198" />
        <source>签发人(&amp;S)</source>
        <translation>&amp;Signed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="199" />
        <source>知悉范围(&amp;K)</source>
        <translation>Need to &amp;know</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="200" />
        <source>分送范围(&amp;F)</source>
        <translation>Distribution (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="203" />
        <source>留存份数(&amp;L)</source>
        <translation>Copies kept (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="204" />
        <source>载体类型</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="205" />
        <source>缓急</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="206" />
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_forms.py" line="207" />
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
</context>
<context>
    <name>PeopleArea</name>
    <message>
        <location filename="../../app/ui/people_area.py" line="25" />
        <source>人员与单位</source>
        <extracomment>The departure screen with this person chosen (the shell switches areas).</extracomment>
        <translation>People and units</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_area.py" line="30" />
        <source>涉密人员</source>
        <translation>Cleared staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_area.py" line="31" />
        <source>来文单位与发文对象</source>
        <translation>Senders and recipients</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_area.py" line="33" />
        <source>导入人员台帐(&amp;I)…</source>
        <translation>&amp;Import staff ledger…</translation>
    </message>
</context>
<context>
    <name>PeopleHint</name>
    <message>
        <location filename="../../app/ui/people_view.py" line="48" />
        <source>去“人员与单位”登记人员…</source>
        <extracomment>The order a person's fields are listed in (the trail stores them sorted by code point).</extracomment>
        <translation>Register people in “People and units”…</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../app/ui/people_view.py" line="104" />
        <source>涉密人员</source>
        <extracomment>The departure screen, with this person chosen (the shell switches areas).</extracomment>
        <translation>Cleared staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="107" />
        <source>新增人员(&amp;N)…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="110" />
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="112" />
        <source>办理离岗(&amp;D)…</source>
        <translation>&amp;Departure…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="113" />
        <source>到“离岗”页：清点所持载体，办理离岗</source>
        <translation>To the Departure page: check what they hold, sign off the departure</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="118" />
        <source>姓名、部门或职务</source>
        <translation>Name, department or post</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="118" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="123" />
        <source>登记簿里还没有涉密人员。传阅、借阅、携带外出和监销都要从这里的人员中选人：按“新增人员…”逐个登记，或用命令 mibu import --kind people 导入人员台帐。</source>
        <translation>The register has no cleared staff yet. Circulation, loans, carry-outs and witnessed destruction all choose people from here: add them one by one with “New person…”, or import a staff ledger with mibu import --kind people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="132" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="132" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="132" />
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="132" />
        <location filename="../../app/ui/people_view.py" line="327" />
        <source>涉密等级</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="133" />
        <location filename="../../app/ui/people_view.py" line="142" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="133" />
        <source>脱密期满</source>
        <translation>Decontamination ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="133" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="137" />
        <location filename="../../app/ui/people_view.py" line="254" />
        <source>请选择人员</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="142" />
        <location filename="../../app/ui/people_view.py" line="145" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="142" />
        <location filename="../../app/ui/people_view.py" line="145" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="142" />
        <location filename="../../app/ui/people_view.py" line="145" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="142" />
        <source>自</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="143" />
        <source>身份</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="145" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="145" />
        <source>交出</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="146" />
        <source>应还</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="146" />
        <source>交回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="148" />
        <source>列出传阅、借阅和携带外出的记录（每类最近 200 条）；更早的记录见打印的登记簿。</source>
        <translation>Readings, loans and carry-outs (the latest 200 of each); older records are in the printed registers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="160" />
        <location filename="../../app/ui/people_view.py" line="256" />
        <source>现持有</source>
        <translation>Holds now</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="161" />
        <location filename="../../app/ui/people_view.py" line="257" />
        <source>经手记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="163" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="163" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="163" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="163" />
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="164" />
        <location filename="../../app/ui/people_view.py" line="258" />
        <source>信息变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="200" />
        <source>找到 {n} 人（共 {total} 人）</source>
        <translation>{n} found ({total} in all)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="203" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="261" />
        <source>{name}（{department}）· {clearance}涉密人员 · {status}</source>
        <translation>{name} ({department}) · clearance {clearance} · {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="268" />
        <source>外出陪同人</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="268" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="272" />
        <source>尚有 {n} 份未交回；离岗前须全部收回。</source>
        <translation>{n} item(s) not handed back; all must be back before departure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="275" />
        <source>现未持有任何涉密载体。</source>
        <translation>Holds no classified item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="276" />
        <source>传阅</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="276" />
        <source>借阅</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="277" />
        <source>携带外出</source>
        <translation>Carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="277" />
        <source>陪同外出</source>
        <translation>Companion on carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="279" />
        <source>未交回</source>
        <translation>not back</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="285" />
        <source>现持有（{n}）</source>
        <translation>Holds now ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="286" />
        <source>经手记录（{n}）</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="291" />
        <source>信息变更（{n}）</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="304" />
        <location filename="../../app/ui/people_view.py" line="323" />
        <source>请先在列表中选择人员</source>
        <translation>Choose a person in the list first</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="332" />
        <source>更正人员信息 · {name}</source>
        <translation>Correct a person's details · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="352" />
        <source>已保存：{name}（{department}）</source>
        <translation>Saved: {name} ({department})</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../app/ui/people_forms.py" line="152" />
        <source>新增涉密人员</source>
        <translation>New cleared person</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="152" />
        <source>修改人员信息 · {name}</source>
        <translation>Edit person · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="154" />
        <source>涉密等级决定可接收的最高密级：核心（绝密）、重要（机密）、一般（秘密）。</source>
        <translation>The clearance sets the highest level a person may receive: core (top secret), important (confidential), general (secret).</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="156" />
        <source>涉密等级不能降到其仍持有的载体的密级以下；离岗请用“办理离岗”。</source>
        <translation>A clearance cannot drop below the level of what the person still holds; for leaving a post use “Departure”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="157" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="157" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="162" />
        <source>如 办公室</source>
        <translation>e.g. General Office</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="167" />
        <location filename="../../app/ui/people_forms.py" line="176" />
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="170" />
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="172" />
        <source>{clearance}（可接收{level}及以下）</source>
        <translation>{clearance} (receives {level} and below)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="177" />
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="178" />
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="179" />
        <source>职务(&amp;P)</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="180" />
        <source>涉密等级(&amp;C)</source>
        <translation>&amp;Clearance</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="183" />
        <source>离岗（{day}），脱密期至 {end}</source>
        <translation>Departed ({day}), decontamination until {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="187" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="188" />
        <source>备注(&amp;R)</source>
        <translation>&amp;Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="191" />
        <source>更正(&amp;G)…</source>
        <translation>Corr&amp;ect…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="192" />
        <source>更正登记时写错的姓名或部门（须填写更正理由）</source>
        <translation>Correct a name or department mistyped when registering (a reason is required)</translation>
    </message>
</context>
<context>
    <name>PersonStatus</name>
    <message>
        <location filename="../../app/ui/words.py" line="127" />
        <source>在岗</source>
        <translation>On post</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="128" />
        <source>离岗</source>
        <translation>Departed</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="111" />
        <source>份数 </source>
        <extracomment>on_print(printer, copies) sends the job and records it; raises MibuError to refuse.</extracomment>
        <translation>Copies </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="112" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="115" />
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="119" />
        <source>保存到介质…</source>
        <translation>Save to medium…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="120" />
        <source>只能保存到本机已登记、在用、与本机同密级的涉密介质</source>
        <translation>Only to a classified medium registered on this workstation, in use, of this workstation's level</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="130" />
        <source>未找到打印机</source>
        <translation>No printer found</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="147" />
        <source>已提交打印任务 {job}，等待打印结果…</source>
        <translation>Print job {job} submitted, waiting for the result…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="154" />
        <source>打印结果：{result}</source>
        <translation>Print result: {result}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="159" />
        <source>选择涉密介质上的文件夹</source>
        <translation>Choose a folder on the classified medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="175" />
        <source>已保存到介质 {where}</source>
        <translation>Saved to medium {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_record.py" line="85" />
        <source>{form} · 预览（打印或保存时编号）</source>
        <translation>{form} · preview (numbered when printed or saved)</translation>
    </message>
</context>
<context>
    <name>PrintSlipButton</name>
    <message>
        <location filename="../../app/ui/print_record.py" line="108" />
        <source>打印{form}…</source>
        <translation>Print {form}…</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="52" />
        <source>收文登记</source>
        <translation>Register a receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="60" />
        <source>如 京海发〔2026〕12号</source>
        <translation>e.g. 京海发〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="71" />
        <source>留空按密级最长期限；或 10年、长期、2036-01-31</source>
        <translation>Empty for the level maximum; or 10年, 长期, 2036-01-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="78" />
        <source>绝密、机密必填，如 3、5、7-9</source>
        <translation>Required for top secret and confidential, e.g. 3、5、7-9</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="80" />
        <source>如 局领导、办公室</source>
        <translation>e.g. 局领导、办公室</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="82" />
        <source>可空，如 2026-12-31</source>
        <translation>Optional, e.g. 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="84" />
        <source>如 机要室保密柜1</source>
        <translation>e.g. 机要室保密柜1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="87" />
        <source>来文单位</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="87" />
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="88" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="88" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="89" />
        <source>载体类型</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="90" />
        <source>保密期限</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="90" />
        <source>收文日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="91" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="91" />
        <source>份号</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="92" />
        <source>知悉范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="92" />
        <source>清退期限</source>
        <translation>Return by</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="93" />
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="93" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="99" />
        <source>信封检查</source>
        <translation>Envelope check</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="101" />
        <source>封皮完好</source>
        <translation>Envelope intact</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="102" />
        <source>份数相符</source>
        <translation>Count matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="103" />
        <source>份号相符</source>
        <translation>Copy numbers match</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="104" />
        <source>密级相符</source>
        <translation>Level matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="105" />
        <source>发文单位相符</source>
        <translation>Sender matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="111" />
        <source>有异常时必须说明情况</source>
        <translation>Required when something does not match</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="112" />
        <source>异常情况</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="116" />
        <source>急件</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="117" />
        <source>发文机关允许复制</source>
        <translation>Issuer allows copying</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="118" />
        <source>登记（Ctrl+Enter）</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="174" />
        <source>已登记 {no}（{marking}），共 {n} 份</source>
        <translation>Registered {no} ({marking}), {n} copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="177" />
        <source>；异常情况：{d}</source>
        <translation>; discrepancies: {d}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../app/ui/reports_view.py" line="104" />
        <source>打印报表</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="136" />
        <source>打印期间（含首尾两日）</source>
        <translation>Period (both days included)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="137" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="138" />
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="144" />
        <source>预览并打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="149" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="162" />
        <source>单据真伪查验（输入或扫描单据码）</source>
        <translation>Check a slip (type or scan its code)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="168" />
        <source>查验</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="177" />
        <source>打印记录</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="181" />
        <source>打印编号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="181" />
        <source>单据</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="181" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="181" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="182" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="182" />
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="224" />
        <source>选择要打印标签的介质（可多选）；不选则打印全部在用介质</source>
        <translation>Choose the media to print labels for (several allowed); with none chosen, every medium in use gets a label</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="227" />
        <source>选择要打印的人员（已离岗的在前，最近离岗的最先；其后为在岗人员）</source>
        <translation>Choose the person (those who left first, the most recent first; then those on post)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="229" />
        <source>选择要打印的记录（按日期，最新的在前）</source>
        <translation>Choose the record to print (by date, newest first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="333" />
        <source>已生成预览（打印或保存时编号）</source>
        <translation>Preview ready (numbered when printed or saved)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="338" />
        <source>已编号 {serial}</source>
        <translation>Numbered {serial}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="232" />
        <source>登记簿中还没有可打印此单据的记录</source>
        <translation>The register has no record this form can be printed for yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="256" />
        <source>请先选择一条记录</source>
        <translation>Choose a record first</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="385" />
        <source>找不到要打印的记录</source>
        <translation>The record to print was not found</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="70" />
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="74" />
        <source>先校验备份；校验通过后，当前登记簿、密钥文件及未写完的日志改名保留在原目录（文件名带“before-restore”和日期），不会删除；再装入备份并校验。恢复期间登记簿关闭，完成后请重新解锁。备份之后的登记内容不在恢复后的登记簿中。</source>
        <translation>The backup is verified first; then the current register, its key file and any unfinished journal are renamed in the same folder (names with “before-restore” and the date), never deleted; then the backup is installed and verified. The register is closed while restoring; unlock it again afterwards. Entries made after the backup are not in the restored register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="83" />
        <source>备份的登记簿文件（.mibu，密钥文件须在同一目录）</source>
        <translation>The backup's register file (.mibu, with its key file in the same folder)</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="84" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="88" />
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="92" />
        <source>本人口令</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="96" />
        <source>一次性口令</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="108" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="110" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="117" />
        <source>选择备份</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="118" />
        <source>登记簿 (*.mibu)</source>
        <translation>Registers (*.mibu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="128" />
        <source>请先选择备份文件</source>
        <translation>Choose the backup file first</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="131" />
        <source>请输入本人口令</source>
        <translation>Type your passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="161" />
        <source>已从备份恢复。原文件已改名保留：{aside}。请重新解锁。</source>
        <translation>Restored from the backup. The former files were kept under new names: {aside}. Unlock again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="166" />
        <source>未恢复：{message}。登记簿保持原样，请重新解锁。</source>
        <translation>Not restored: {message}. The register is as it was; unlock again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="171" />
        <source>重新解锁</source>
        <translation>Unlock again</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../app/ui/words.py" line="137" />
        <source>保密员</source>
        <translation>Secrecy clerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="138" />
        <source>主管领导</source>
        <translation>Approving leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="139" />
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="140" />
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/ui/rule_words.py" line="20" />
        <source>{state}的文件不能{action}：已销毁的载体永久保留在登记簿中，不能再作任何处理</source>
        <extracomment>The refusals a clerk meets at the desk, in loans and at unlock.</extracomment>
        <translation>An item that is {state} cannot be given the action “{action}”: destroyed items stay in the register for ever and nothing more can be done with them</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="21" />
        <source>{state}的文件不能{action}：该份已清退给发文机关，不在本单位</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy was returned to its issuer and is no longer in this unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="22" />
        <source>{state}的文件不能{action}：该份已发出，不在本单位</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy was dispatched and is no longer in this unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="23" />
        <source>{state}的文件不能{action}：须先{back}入库，一份文件同一时间只能由一人持有（不得横传）</source>
        <translation>An item that is {state} cannot be given the action “{action}”: first “{back}” it into the store; one copy is held by one person at a time (never passed on)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="24" />
        <source>{state}的文件不能{action}：只能销毁在库的载体，须先{back}</source>
        <translation>An item that is {state} cannot be given the action “{action}”: only items in store can be destroyed; first “{back}” it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="25" />
        <source>{state}的文件不能{action}：须先{back}入库</source>
        <translation>An item that is {state} cannot be given the action “{action}”: first “{back}” it into the store</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="26" />
        <source>{state}的文件不能{action}：该份在库，没有可{action2}的对象</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is in store, there is nothing to {action2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="27" />
        <source>{state}的文件不能{action}：该份已归档，须按档案管理规定调阅</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is archived; consult it under the archive rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="28" />
        <source>{state}的文件不能{action}：该份已解密，不再按涉密载体管理</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is declassified and no longer managed as classified</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="29" />
        <source>{state}的文件不能{action}：该份已登记丢失，找回后须先登记找回</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is reported lost; once found, record its recovery first</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="30" />
        <source>{person}已离岗，不能接收涉密载体</source>
        <translation>{person} has left and may not receive classified items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="31" />
        <source>{person}的涉密等级为“{clearance}”，只能接收{level}及以下的载体，此件为{level2}</source>
        <translation>{person} is cleared “{clearance}” and may receive items up to {level}; this item is {level2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="32" />
        <source>{person}不在《{title}》的知悉范围内；扩大知悉范围须经领导批准（不得自行扩大阅读范围）</source>
        <translation>{person} is outside the scope of “{title}”; widening the scope needs a leader's approval (never widened on one's own)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="33" />
        <source>{person}有逾期未还的文件：{items}。须先归还，才能再借</source>
        <translation>{person} holds overdue items: {items}. They must be returned before another loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="34" />
        <source>{copy}已在{person}手中传阅</source>
        <translation>{copy} is already with {person}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="35" />
        <source>{copy}正由{person}阅读：须先收回，再交给{reader}（不得横传）</source>
        <translation>{copy} is being read by {person}: take it back first, then hand it to {reader} (never passed on)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="36" />
        <source>找不到条码为“{code}”的载体</source>
        <translation>No item has the code “{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="37" />
        <source>此借阅已归还，不能续借</source>
        <translation>This loan was returned and cannot be renewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="38" />
        <source>归还时间不能早于借出时间</source>
        <translation>The return cannot be earlier than the loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="39" />
        <source>退回时间不能早于送阅时间</source>
        <translation>The return cannot be earlier than the hand-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="40" />
        <source>须先收回正在阅读的载体，才能结束本轮传阅</source>
        <translation>Take back the item being read before ending this round of circulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="41" />
        <source>{copy}没有进行中的传阅</source>
        <translation>{copy} has no round of circulation going on</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="134" />
        <source>扫描载体条码加入清单，回车</source>
        <translation>Scan an item's code to add it to the list, then Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="137" />
        <source>条码：</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="143" />
        <source>移出清单</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="147" />
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="160" />
        <source>已加入清单：{copy}</source>
        <translation>Added to the list: {copy}</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="162" />
        <source>{copy} 已在清单中</source>
        <translation>{copy} is already on the list</translation>
    </message>
</context>
<context>
    <name>ScopeKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="78" />
        <source>全体</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="79" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="80" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="81" />
        <source>职务</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="143" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="153" />
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="157" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="157" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="157" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="157" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="158" />
        <source>动态口令</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="165" />
        <source>新增账户…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="167" />
        <source>解除锁定</source>
        <translation>Lift lockout</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="169" />
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="177" />
        <source>本人口令</source>
        <translation>My passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="182" />
        <source>修改口令</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="184" />
        <source>原口令</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="185" />
        <source>新口令</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="186" />
        <source>再次输入新口令</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="190" />
        <source>锁屏</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="194" />
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="196" />
        <location filename="../../app/ui/settings_view.py" line="207" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="198" />
        <source>无操作后自动锁定（最长 5 分钟）</source>
        <translation>Lock when idle for (at most 5 minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="201" />
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="209" />
        <source>介质标签纸规格</source>
        <translation>Label stock for media labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="211" />
        <source>尚未检查：打印前 Mibu 会检查 CUPS 是否在打印后保留文件</source>
        <translation>Not checked yet: before printing, Mibu checks that CUPS keeps no file after printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="213" />
        <source>检查打印系统</source>
        <translation>Check the printing system</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="215" />
        <source>打印系统（CUPS）</source>
        <translation>Printing system (CUPS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219" />
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="222" />
        <source>把登记簿和密钥文件一起备份到已登记的涉密介质；登记簿损坏时从备份恢复（原文件改名保留，不删除）。</source>
        <translation>Back up the register and its key file together to a registered classified medium; restore from a backup if the register is damaged (the former files are renamed, never deleted).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="225" />
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="227" />
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="229" />
        <source>校验登记簿</source>
        <translation>Verify the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="248" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="255" />
        <source>保存语言</source>
        <translation>Save language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="257" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="266" />
        <source>未能保存界面语言：{error}</source>
        <translation>Could not save the language: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="270" />
        <source>界面语言已保存</source>
        <translation>Language saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="272" />
        <source>界面语言已保存，下次启动 Mibu 时生效</source>
        <translation>Language saved; it applies the next time Mibu starts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="282" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="283" />
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="283" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="285" />
        <source>已登记</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="308" />
        <source>已解除 {name} 的锁定</source>
        <translation>Lockout of {name} lifted</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="318" />
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="318" />
        <source>停用账户 {name}？</source>
        <translation>Disable account {name}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="329" />
        <source>两次输入的新口令不一致</source>
        <translation>The two new passphrases differ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="332" />
        <source>口令已修改</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="340" />
        <source>选择备份目录</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="347" />
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="361" />
        <source>正在校验登记簿…</source>
        <translation>Verifying the register…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="373" />
        <source>校验失败：{problem}</source>
        <translation>Verification failed: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="375" />
        <source>校验通过：{lines}</source>
        <translation>Verified: {lines}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="401" />
        <source>标签纸规格已保存</source>
        <translation>Label stock saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="408" />
        <source>锁屏时间已保存</source>
        <translation>Screen lock delay saved</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="155" />
        <source>密簿 — 首次设置</source>
        <translation>Mibu — First-run setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="165" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="166" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="167" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="168" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StocktakeKind</name>
    <message>
        <location filename="../../app/ui/words.py" line="101" />
        <source>月度清点</source>
        <translation>Monthly count</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="102" />
        <source>季度清查清退</source>
        <translation>Quarterly check and return</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="103" />
        <source>半年清理</source>
        <translation>Half-yearly clean-up</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../app/ui/today_view.py" line="91" />
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="108" />
        <location filename="../../app/ui/today_view.py" line="152" />
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="109" />
        <location filename="../../app/ui/today_view.py" line="152" />
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="110" />
        <location filename="../../app/ui/today_view.py" line="153" />
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="111" />
        <source>待清退</source>
        <translation>To return to issuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="112" />
        <location filename="../../app/ui/today_view.py" line="262" />
        <source>保密期限将满</source>
        <translation>Periods ending</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="113" />
        <location filename="../../app/ui/today_view.py" line="256" />
        <source>保密期限已满</source>
        <translation>Periods ended</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="127" />
        <source>登记簿里还没有涉密人员，传阅、借阅都无人可选。</source>
        <translation>The register has no cleared staff yet: nobody to circulate or lend to.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="130" />
        <source>已有台帐？导入：</source>
        <translation>Existing ledgers? Import:</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="132" />
        <source>涉密人员台帐…</source>
        <translation>cleared staff ledger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="132" />
        <source>收文台帐…</source>
        <translation>incoming documents ledger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="133" />
        <source>移动存储介质台帐…</source>
        <translation>removable media ledger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="143" />
        <location filename="../../app/ui/today_view.py" line="149" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="143" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="143" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="143" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="144" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="144" />
        <source>应还日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="144" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="147" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="147" />
        <source>事项</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="147" />
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="148" />
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="149" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="149" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="202" />
        <source>USB 防护：由 USBGuard 系统服务执行，开机即生效，Mibu 关闭时仍然有效。</source>
        <translation>USB protection: enforced by the USBGuard system service from boot on, also while Mibu is closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="206" />
        <source>USB 防护：未启用 USBGuard，由 Mibu 自带防护执行——仅在 Mibu 运行时有效。关闭 Mibu 后请勿插入移动存储介质；安装方法见 installer/README.md。</source>
        <translation>USB protection: USBGuard is not active; Mibu's own guard enforces, and only while Mibu runs. Do not plug in removable media while Mibu is closed; see installer/README.md to install USBGuard.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="226" />
        <source>今日工作 · {date}</source>
        <translation>Today · {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="227" />
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m}-{d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="250" />
        <source>清退</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="251" />
        <source>{no}《{title}》在册 {n} 份</source>
        <translation>{no} “{title}”: {n} held</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="257" />
        <source>{no}《{title}》{level}：待确认解密（回车办理）</source>
        <translation>{no} “{title}” {level}: declassification to confirm (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="263" />
        <source>{no}《{title}》{level}</source>
        <translation>{no} “{title}” {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="114" />
        <location filename="../../app/ui/today_view.py" line="268" />
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="154" />
        <source>清退、保密期限与提醒</source>
        <translation>Returns, periods and reminders</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="281" />
        <source>{n} 天</source>
        <translation>{n} d</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <location filename="../../app/ui/audit_view.py" line="94" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="95" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="96" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="97" />
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="98" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="99" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>UnitNameForm</name>
    <message>
        <location filename="../../app/ui/people_forms.py" line="223" />
        <source>新增单位</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="223" />
        <source>单位更名 · {name}</source>
        <translation>Rename unit · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="224" />
        <source>来文单位和发文对象的全称，如 北京市海淀区国家保密局。</source>
        <translation>The full name of a sending or receiving unit, e.g. 北京市海淀区国家保密局.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="225" />
        <source>更正单位名称：所有登记了这个单位的文件都随之显示新名称。</source>
        <translation>Correct the unit's name: every document registered with it shows the new name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="226" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="226" />
        <source>更名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_forms.py" line="228" />
        <source>单位名称(&amp;N)</source>
        <translation>Unit &amp;name</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../app/ui/units_view.py" line="37" />
        <source>来文单位与发文对象</source>
        <translation>Senders and recipients</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="40" />
        <source>新增单位(&amp;A)…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="42" />
        <source>更名(&amp;R)…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="44" />
        <source>合并到(&amp;M)…</source>
        <translation>&amp;Merge into…</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="45" />
        <source>同一单位登记成了两种写法：并入另一个单位</source>
        <translation>One unit registered under two spellings: merge it into the other</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="50" />
        <source>单位名称的一部分，如 海淀</source>
        <translation>Part of a unit's name, e.g. 海淀</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="50" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="54" />
        <source>还没有登记单位。收文登记和导入台帐时填写的来文单位、发文登记的主送抄送单位会自动登记在这里；也可以按“新增单位…”登记。</source>
        <translation>No units yet. Senders typed at receipt or in an imported ledger, and the recipients of outgoing documents, are registered here by themselves; you can also add one with “Add unit…”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="62" />
        <source>单位名称</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="62" />
        <source>来文</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="62" />
        <source>发文封</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="62" />
        <source>分发</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="63" />
        <source>清退</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="86" />
        <source>找到 {n} 个（共 {total} 个）</source>
        <translation>{n} found ({total} in all)</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="89" />
        <source>共 {n} 个</source>
        <translation>{n} units</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="140" />
        <location filename="../../app/ui/units_view.py" line="148" />
        <source>请先在列表中选择单位</source>
        <translation>Choose a unit in the list first</translation>
    </message>
    <message>
        <location filename="../../app/ui/units_view.py" line="169" />
        <source>已保存：{name}</source>
        <translation>Saved: {name}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="23" />
        <source>密簿 — 解锁登记簿</source>
        <translation>Mibu — Unlock the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="25" />
        <source>登记簿已加密锁定。请输入账户和口令。</source>
        <translation>The register is encrypted and locked. Enter your account and passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="33" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="33" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="33" />
        <source>动态口令</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="33" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="34" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/words.py" line="43" />
        <source>介质 {number}</source>
        <translation>medium {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="51" />
        <source>{n} 份</source>
        <translation>{n} copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/words.py" line="53" />
        <source>至 {day}</source>
        <translation>until {day}</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="31" />
        <source>本机信息</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="32" />
        <source>填写使用单位和本台涉密计算机。工作站密级决定口令规则和可接入的移动存储介质，设置后不能降低。</source>
        <translation>Name the unit and this classified computer. The workstation level decides the passphrase rules and which removable media may be used; it cannot be lowered later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="37" />
        <source>例如：海淀区某某局</source>
        <translation>e.g. Haidian District Bureau</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="40" />
        <source>例如：机要室-01</source>
        <translation>e.g. Registry-01</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="45" />
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="46" />
        <source>工作站名称</source>
        <translation>Workstation name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="47" />
        <source>工作站密级</source>
        <translation>Workstation level</translation>
    </message>
</context>
</TS>