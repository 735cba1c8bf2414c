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
        <location filename="../../app/ui/documents_view.py" line="55" />
        <source>收文编号</source>
        <translation>Internal no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="56" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="57" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="58" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="59" />
        <source>来文单位</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="60" />
        <source>收文日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="61" />
        <source>期限届满</source>
        <translation>Period ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="62" />
        <source>在库/份数</source>
        <translation>In store/copies</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../app/ui/documents_view.py" line="184" />
        <source>收发文登记簿</source>
        <extracomment>The total of the current filter once counted (None while counting).</extracomment>
        <translation>Document register</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="190" />
        <source>检索标题、文号、收文编号、来文单位（如 海淀、发〔2016〕）</source>
        <translation>Search title, document number, register number, sender (e.g. 海淀, 发〔2016〕)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="194" />
        <source>全部密级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="199" />
        <source>不限期限</source>
        <translation>Any period</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="200" />
        <source>已到期未解密</source>
        <translation>Expired, not declassified</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="201" />
        <source>90 天内到期</source>
        <translation>Expiring within 90 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="203" />
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="242" />
        <source>正在统计总数…</source>
        <translation>Counting the total…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="251" />
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
        <location filename="../../app/ui/disposal_widgets.py" line="154" />
        <source>载体</source>
        <extracomment>The chosen record's detail, from the view's controller. Shows a detail (None: nothing chosen).</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="154" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="154" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="155" />
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
        <location filename="../../app/ui/loss_banner.py" line="54" />
        <source>载体 {code}</source>
        <translation>Copy {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="56" />
        <source>介质 {number}</source>
        <translation>Medium {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="57" />
        <source>泄密事件</source>
        <translation>Leak of secrets</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="63" />
        <source>USB 设备被擅自放行（Mibu 已重新禁止），未上报：须于 {due} 前上报（{when}）</source>
        <translation>A USB device was switched on without authorization (Mibu has blocked it again), not yet reported: report by {due} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="66" />
        <source>{what} 丢失未上报：须于 {due} 前上报（{when}）</source>
        <translation>{what} lost and not reported: report before {due} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="71" />
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/loss_banner.py" line="73" />
        <source>已上报…</source>
        <translation>Reported…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="61" />
        <source>密簿 — {unit} · {ws}</source>
        <extracomment>Called with the window, an area's key and its widget once the area is built.</extracomment>
        <translation>Mibu — {unit} · {ws}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>工作站密级</source>
        <translation>Workstation level</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>当前用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98" />
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>登记簿(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="55" />
        <source>文件登记</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="53" />
        <source>今日工作</source>
        <extracomment>The clerk's areas, in the order the navigation shows them.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="57" />
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="59" />
        <source>流转台</source>
        <translation>Circulation desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="61" />
        <source>借阅与复制</source>
        <translation>Loans and copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="63" />
        <source>外出、清退与销毁</source>
        <translation>Out &amp; disposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="65" />
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="67" />
        <source>介质与设备</source>
        <translation>Media &amp; devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="69" />
        <source>人员与单位</source>
        <translation>People and units</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="71" />
        <source>打印报表</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="73" />
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/areas.py" line="75" />
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
        <location filename="../../app/ui/media_view.py" line="336" />
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/media_view.py" line="338" />
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
    <name>MediumStep</name>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="514" />
        <source>发放</source>
        <extracomment>A step in a medium's life, as in “cannot {step}”.</extracomment>
        <translation>be issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="515" />
        <source>归还</source>
        <translation>be returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="516" />
        <source>携带外出</source>
        <translation>be taken out</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="517" />
        <source>登记带回</source>
        <translation>be booked back in</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="518" />
        <source>清查</source>
        <translation>be checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="519" />
        <source>送修</source>
        <translation>be sent for repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="520" />
        <source>登记修复返回</source>
        <translation>be booked back from repair</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="521" />
        <source>销毁</source>
        <translation>be destroyed</translation>
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
        <location filename="../../app/ui/outgoing_area.py" line="52" />
        <source>发文</source>
        <extracomment>The 发文登记簿 in the printing screen (the shell switches areas).</extracomment>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="55" />
        <source>发文登记(&amp;N)…</source>
        <translation>Register outgoing (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="58" />
        <source>封发(&amp;S)…</source>
        <translation>Di&amp;spatch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="59" />
        <source>把选中发文的载体装封，发往经批准的分送单位</source>
        <translation>Put copies of the selected document in an envelope to a recipient of its approved distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="64" />
        <source>打印发文登记簿(&amp;L)…</source>
        <translation>Print outgoing &amp;ledger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="65" />
        <source>到“打印报表”，按期间打印发文登记簿</source>
        <translation>Go to Printing to print the outgoing ledger for a period</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="71" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="71" />
        <source>发文编号、文号、标题或签发人</source>
        <translation>Outgoing number, document number, title or signatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="76" />
        <source>还没有登记发文。按“发文登记…”（Ctrl+N）登记本单位的发文及其经批准的分送范围，再按“封发…”装封发出。</source>
        <translation>No outgoing documents yet. Use “Register outgoing…” (Ctrl+N) to register a document of this unit with its approved distribution, then “Dispatch…” to send it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="85" />
        <source>发文编号</source>
        <translation>Outgoing no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="85" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="85" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="85" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="86" />
        <source>发文日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="86" />
        <source>签发人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="86" />
        <location filename="../../app/ui/outgoing_area.py" line="98" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="86" />
        <source>已发/应发</source>
        <translation>Sent/approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="87" />
        <source>在库</source>
        <translation>In store</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="91" />
        <location filename="../../app/ui/outgoing_area.py" line="163" />
        <source>请选择发文</source>
        <translation>Choose an outgoing document</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="95" />
        <source>分送单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="95" />
        <source>批准份数</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="95" />
        <source>已发</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="95" />
        <source>待发</source>
        <translation>To send</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="97" />
        <source>封号</source>
        <translation>Dispatch no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="97" />
        <source>收件单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="97" />
        <source>发出日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="97" />
        <source>信封标注</source>
        <translation>Envelope marking</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="98" />
        <source>份号</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="98" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="101" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="101" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="101" />
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="101" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="102" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="104" />
        <source>分送范围</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="105" />
        <location filename="../../app/ui/outgoing_area.py" line="164" />
        <source>封发记录</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="106" />
        <location filename="../../app/ui/outgoing_area.py" line="165" />
        <source>经历</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="134" />
        <source>找到 {n} 件</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="135" />
        <source>共 {n} 件</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="142" />
        <source>（急件）</source>
        <translation> (urgent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="168" />
        <source>{no}　{number}《{title}》· {marking} · 签发人 {signer}</source>
        <translation>{no}  {number} “{title}” · {marking} · signed by {signer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="187" />
        <source>封发记录（{n}）</source>
        <translation>Envelopes ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="188" />
        <source>经历（{n}）</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="207" />
        <source>请先在列表中选择发文</source>
        <translation>Choose an outgoing document in the list first</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="210" />
        <source>{no} 经批准的分送范围已全部发出</source>
        <translation>{no}: the whole approved distribution has been sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="237" />
        <source>已登记 {no}（{marking}），共 {n} 份；按“封发…”装封发出</source>
        <translation>Registered {no} ({marking}), {n} copies; use “Dispatch…” to send them</translation>
    </message>
    <message>
        <location filename="../../app/ui/outgoing_area.py" line="254" />
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
        <location filename="../../app/ui/people_view.py" line="46" />
        <source>去“人员与单位”登记人员…</source>
        <extracomment>The order a person's fields are listed in (the trail stores them sorted by code point).</extracomment>
        <translation>Register people in “People and units”…</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../app/ui/people_view.py" line="102" />
        <source>涉密人员</source>
        <extracomment>The departure screen, with this person chosen (the shell switches areas).</extracomment>
        <translation>Cleared staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="105" />
        <source>新增人员(&amp;N)…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="108" />
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="110" />
        <source>办理离岗(&amp;D)…</source>
        <translation>&amp;Departure…</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="111" />
        <source>到“离岗”页：清点所持载体，办理离岗</source>
        <translation>To the Departure page: check what they hold, sign off the departure</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="116" />
        <source>姓名、部门或职务</source>
        <translation>Name, department or post</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="116" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="121" />
        <source>登记簿里还没有涉密人员。传阅、借阅、携带外出和监销都要从这里的人员中选人：按“新增人员…”逐个登记，或用命令 mibu import --kind people 导入人员台帐。</source>
        <translation>The register has no cleared staff yet. Circulation, loans, carry-outs and witnessed destruction all choose people from here: add them one by one with “New person…”, or import a staff ledger with mibu import --kind people.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="130" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="130" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="130" />
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="130" />
        <location filename="../../app/ui/people_view.py" line="283" />
        <source>涉密等级</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="131" />
        <location filename="../../app/ui/people_view.py" line="140" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="131" />
        <source>脱密期满</source>
        <translation>Decontamination ends</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="131" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="135" />
        <location filename="../../app/ui/people_view.py" line="210" />
        <source>请选择人员</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="140" />
        <location filename="../../app/ui/people_view.py" line="143" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="140" />
        <location filename="../../app/ui/people_view.py" line="143" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="140" />
        <location filename="../../app/ui/people_view.py" line="143" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="140" />
        <source>自</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="141" />
        <source>身份</source>
        <translation>As</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="143" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="143" />
        <source>交出</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="144" />
        <source>应还</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="144" />
        <source>交回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="146" />
        <source>列出传阅、借阅和携带外出的记录（每类最近 200 条）；更早的记录见打印的登记簿。</source>
        <translation>Readings, loans and carry-outs (the latest 200 of each); older records are in the printed registers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="158" />
        <location filename="../../app/ui/people_view.py" line="212" />
        <source>现持有</source>
        <translation>Holds now</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="159" />
        <location filename="../../app/ui/people_view.py" line="213" />
        <source>经手记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="161" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="161" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="161" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="161" />
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="162" />
        <location filename="../../app/ui/people_view.py" line="214" />
        <source>信息变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="181" />
        <source>找到 {n} 人（共 {total} 人）</source>
        <translation>{n} found ({total} in all)</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="184" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="217" />
        <source>{name}（{department}）· {clearance}涉密人员 · {status}</source>
        <translation>{name} ({department}) · clearance {clearance} · {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="224" />
        <source>外出陪同人</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="224" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="228" />
        <source>尚有 {n} 份未交回；离岗前须全部收回。</source>
        <translation>{n} item(s) not handed back; all must be back before departure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="231" />
        <source>现未持有任何涉密载体。</source>
        <translation>Holds no classified item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="232" />
        <source>传阅</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="232" />
        <source>借阅</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="233" />
        <source>携带外出</source>
        <translation>Carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="233" />
        <source>陪同外出</source>
        <translation>Companion on carry-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="235" />
        <source>未交回</source>
        <translation>not back</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="241" />
        <source>现持有（{n}）</source>
        <translation>Holds now ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="242" />
        <source>经手记录（{n}）</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="247" />
        <source>信息变更（{n}）</source>
        <translation>Changes ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="260" />
        <location filename="../../app/ui/people_view.py" line="279" />
        <source>请先在列表中选择人员</source>
        <translation>Choose a person in the list first</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="288" />
        <source>更正人员信息 · {name}</source>
        <translation>Correct a person's details · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/people_view.py" line="308" />
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
        <location filename="../../app/ui/reports_view.py" line="329" />
        <source>已生成预览（打印或保存时编号）</source>
        <translation>Preview ready (numbered when printed or saved)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="334" />
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
        <location filename="../../app/ui/reports_view.py" line="381" />
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
    <name>RuleParts</name>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="424" />
        <source>丢失及发现经过</source>
        <extracomment>The words the services put into a template's {label}, {what} and {doing}: field names and what a person may do with a medium.</extracomment>
        <translation>How it was lost and found</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="425" />
        <source>丢失地点</source>
        <translation>Place of loss</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="426" />
        <source>丢失经过</source>
        <translation>How it was lost</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="427" />
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="428" />
        <source>产品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="429" />
        <source>人员</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="430" />
        <source>人员信息</source>
        <translation>a person's details</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="431" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="432" />
        <source>借阅人签字</source>
        <translation>Borrower's signature</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="433" />
        <source>分送单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="434" />
        <source>到期天数</source>
        <translation>Days until due</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="435" />
        <source>前往地点</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="436" />
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="437" />
        <source>厂商ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="438" />
        <source>发出日期</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="439" />
        <source>发文日期</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="440" />
        <source>变更理由</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="441" />
        <source>口令</source>
        <translation>The passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="442" />
        <source>同行人</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="443" />
        <source>品牌型号</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="444" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="445" />
        <source>外出地点及事由</source>
        <translation>Destination and purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="446" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="447" />
        <source>存放位置</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="448" />
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="449" />
        <source>差异说明</source>
        <translation>Explanation of the difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="450" />
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="451" />
        <source>异常情况说明</source>
        <translation>Description of the problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="452" />
        <source>归档清单</source>
        <translation>The archive list</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="453" />
        <source>成文日期</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="454" />
        <source>批件文号</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="455" />
        <source>批准人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="456" />
        <source>找回经过</source>
        <translation>How it was found</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="457" />
        <source>报告对象</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="458" />
        <source>指定维修点</source>
        <translation>Designated repair place</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="459" />
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="460" />
        <source>收件单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="461" />
        <source>收文日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="462" />
        <source>收文编号</source>
        <translation>Entry number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="463" />
        <source>文件</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="464" />
        <source>文号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="465" />
        <source>更正理由</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="466" />
        <source>条码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="467" />
        <source>来文单位</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="468" />
        <source>来源文件</source>
        <translation>Source documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="469" />
        <source>查找内容</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="470" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="471" />
        <source>档号</source>
        <translation>Archive number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="472" />
        <source>检索词</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="473" />
        <source>每页行数</source>
        <translation>Rows per page</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="474" />
        <source>涉密等级</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="475" />
        <source>清退期限</source>
        <translation>Return deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="476" />
        <source>清退清单</source>
        <translation>The return list</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="477" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="478" />
        <source>申请事由</source>
        <translation>Reason for the request</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="479" />
        <source>留存份数</source>
        <translation>Copies kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="480" />
        <source>知悉范围</source>
        <translation>Need-to-know list</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="481" />
        <source>移交对象</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="482" />
        <source>签发人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="483" />
        <source>签收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="484" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="485" />
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="486" />
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="487" />
        <source>补登原因</source>
        <translation>Reason for the late entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="488" />
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="489" />
        <source>责任人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="490" />
        <source>购置日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="491" />
        <source>起始行</source>
        <translation>First row</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="492" />
        <source>载体</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="493" />
        <source>载体编号</source>
        <translation>Item number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="494" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="495" />
        <source>销毁地点</source>
        <translation>Place of destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="496" />
        <source>销毁清单</source>
        <translation>The destruction list</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="497" />
        <source>阅读地点</source>
        <translation>Place of reading</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="498" />
        <source>监销人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="499" />
        <source>保管</source>
        <translation>hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="500" />
        <source>随同携带</source>
        <translation>go along with</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="501" />
        <source>监销</source>
        <translation>witness the destruction of</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="502" />
        <source>发放</source>
        <translation>receive</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="503" />
        <source>不是文件夹</source>
        <translation>is not a folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="504" />
        <source>不存在：请先建立该文件夹（应在已登记的涉密介质上）</source>
        <translation>does not exist: create the folder first (on a registered classified medium)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="505" />
        <source>绝密载体</source>
        <translation>Top secret items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="506" />
        <source>密码电报</source>
        <translation>Cipher telegrams</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="507" />
        <source>绝密文件</source>
        <translation>Top secret documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="508" />
        <source>急件和密码电报</source>
        <translation>Urgent documents and cipher telegrams</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="509" />
        <source>恢复后的登记簿</source>
        <translation>The restored register</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/ui/rule_words.py" line="21" />
        <source>{state}的文件不能{action}：已销毁的载体永久保留在登记簿中，不能再作任何处理</source>
        <extracomment>The refusals a clerk meets at the desk, in loans and at unlock.</extracomment>
        <translation>An item that is {state} cannot be given the action “{action}”: destroyed items stay in the register for ever and nothing more can be done with them</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="22" />
        <source>{state}的文件不能{action}：该份已清退给发文机关，不在本单位</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy was returned to its issuer and is no longer in this unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="23" />
        <source>{state}的文件不能{action}：该份已发出，不在本单位</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy was dispatched and is no longer in this unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="24" />
        <source>{state}的文件不能{action}：须先{back}入库，一份文件同一时间只能由一人持有（不得横传）</source>
        <translation>An item that is {state} cannot be given the action “{action}”: first “{back}” it into the store; one copy is held by one person at a time (never passed on)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="25" />
        <source>{state}的文件不能{action}：只能销毁在库的载体，须先{back}</source>
        <translation>An item that is {state} cannot be given the action “{action}”: only items in store can be destroyed; first “{back}” it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="26" />
        <source>{state}的文件不能{action}：须先{back}入库</source>
        <translation>An item that is {state} cannot be given the action “{action}”: first “{back}” it into the store</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="27" />
        <source>{state}的文件不能{action}：该份在库，没有可{action2}的对象</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is in store, there is nothing to {action2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="28" />
        <source>{state}的文件不能{action}：该份已归档，须按档案管理规定调阅</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is archived; consult it under the archive rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="29" />
        <source>{state}的文件不能{action}：该份已解密，不再按涉密载体管理</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is declassified and no longer managed as classified</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="30" />
        <source>{state}的文件不能{action}：该份已登记丢失，找回后须先登记找回</source>
        <translation>An item that is {state} cannot be given the action “{action}”: this copy is reported lost; once found, record its recovery first</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="31" />
        <source>{person}已离岗，不能接收涉密载体</source>
        <translation>{person} has left and may not receive classified items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="32" />
        <source>{person}的涉密等级为“{clearance}”，只能接收{level}及以下的载体，此件为{level2}</source>
        <translation>{person} is cleared “{clearance}” and may receive items up to {level}; this item is {level2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="33" />
        <source>{person}不在《{title}》的知悉范围内；扩大知悉范围须经领导批准（不得自行扩大阅读范围）</source>
        <translation>{person} is outside the scope of “{title}”; widening the scope needs a leader's approval (never widened on one's own)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="34" />
        <source>{person}有逾期未还的文件：{items}。须先归还，才能再借</source>
        <translation>{person} holds overdue items: {items}. They must be returned before another loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="35" />
        <source>{copy}已在{person}手中传阅</source>
        <translation>{copy} is already with {person}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="36" />
        <source>{copy}正由{person}阅读：须先收回，再交给{reader}（不得横传）</source>
        <translation>{copy} is being read by {person}: take it back first, then hand it to {reader} (never passed on)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="37" />
        <source>找不到条码为“{code}”的载体</source>
        <translation>No item has the code “{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="38" />
        <source>此借阅已归还，不能续借</source>
        <translation>This loan was returned and cannot be renewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="39" />
        <source>归还时间不能早于借出时间</source>
        <translation>The return cannot be earlier than the loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="40" />
        <source>退回时间不能早于送阅时间</source>
        <translation>The return cannot be earlier than the hand-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="41" />
        <source>须先收回正在阅读的载体，才能结束本轮传阅</source>
        <translation>Take back the item being read before ending this round of circulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_words.py" line="42" />
        <source>{copy}没有进行中的传阅</source>
        <translation>{copy} has no round of circulation going on</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="61" />
        <source>未能完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="16" />
        <source>{path} 不是 Mibu 登记簿（文件为空或过短）</source>
        <translation>{path} is not a Mibu register (the file is empty or too short)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="17" />
        <source>{path} 是未加密的 SQLite 数据库，不是 Mibu 登记簿</source>
        <translation>{path} is an unencrypted SQLite database, not a Mibu register</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="18" />
        <source>{path} 是目录，不是登记簿文件</source>
        <translation>{path} is a folder, not a register file</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="19" />
        <source>找不到登记簿文件 {path}</source>
        <translation>The register file {path} cannot be found</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="20" />
        <source>无法打开登记簿：{reason}</source>
        <translation>The register cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="21" />
        <source>登记簿为只读，不能写入：{damage}</source>
        <translation>The register is read-only and cannot be written to: {damage}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="22" />
        <source>登记簿以只读方式打开，不能写入</source>
        <translation>The register was opened read-only and cannot be written to</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="23" />
        <source>登记簿已锁定：请先解锁</source>
        <translation>The register is locked: unlock it first</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="24" />
        <source>磁盘已满：操作未完成，登记簿保持操作前的状态</source>
        <translation>The disk is full: the operation was not completed and the register is as it was before</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="25" />
        <source>未知的状态“{value}”</source>
        <translation>Unknown state “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="26" />
        <source>未知的载体类型“{value}”：应为 {labels}</source>
        <translation>Unknown item type “{value}”: it should be one of {labels}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="27" />
        <source>未知的密级“{value}”：应为 非密、内部、秘密、机密 或 绝密</source>
        <translation>Unknown classification “{value}”: it should be 非密, 内部, 秘密, 机密 or 绝密 (Unclassified, Internal, Secret, Confidential or Top secret)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="28" />
        <source>未知的涉密等级“{value}”：应为 核心、重要 或 一般</source>
        <translation>Unknown clearance “{value}”: it should be 核心, 重要 or 一般 (Core, Important or General)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="29" />
        <source>此登记簿已被另一个 Mibu 窗口或命令打开：同一登记簿同时只能打开一次</source>
        <translation>This register is already open in another Mibu window or command: a register can only be open once at a time</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="30" />
        <source>{path} 不是 Mibu 密钥文件</source>
        <translation>{path} is not a Mibu key file</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="31" />
        <source>密钥文件 {path} 已损坏</source>
        <translation>The key file {path} is damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="32" />
        <source>密钥文件 {path} 已损坏或不是 Mibu 密钥文件</source>
        <translation>The key file {path} is damaged or is not a Mibu key file</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="33" />
        <source>密钥文件 {path} 已损坏（密钥槽格式不对）</source>
        <translation>The key file {path} is damaged (a key slot has the wrong format)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="34" />
        <source>密钥文件使用了不支持的密钥派生算法</source>
        <translation>The key file uses a key derivation method this Mibu does not support</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="35" />
        <source>密钥文件已损坏（密钥派生参数无效）</source>
        <translation>The key file is damaged (invalid key derivation settings)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="36" />
        <source>密钥文件版本 {version} 不受此版本 Mibu 支持</source>
        <translation>Key file version {version} is not supported by this version of Mibu</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="37" />
        <source>找不到密钥文件 {path}：登记簿必须与其密钥文件放在同一目录</source>
        <translation>The key file {path} cannot be found: the register and its key file must be in the same folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="38" />
        <source>无法写入密钥文件：{reason}</source>
        <translation>The key file cannot be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="39" />
        <source>没有这个账户</source>
        <translation>There is no such account</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="40" />
        <source>用户名或口令错误</source>
        <translation>Wrong user name or passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="41" />
        <source>磁盘已满：密钥文件未能写入，登记簿未作任何更改</source>
        <translation>The disk is full: the key file could not be written and the register was not changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="42" />
        <source>未知的介质类型“{value}”：应为 U盘、移动硬盘、光盘、存储卡 或 设备</source>
        <translation>Unknown medium type “{value}”: it should be U盘, 移动硬盘, 光盘, 存储卡 or 设备 (USB stick, external hard disk, disc, memory card or equipment)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="43" />
        <source>未知的状态“{value}”：应为 在用、停用、外出、维修、丢失 或 已销毁</source>
        <translation>Unknown state “{value}”: it should be 在用, 停用, 外出, 维修, 丢失 or 已销毁 (In use, Stored, Out, In repair, Lost or Destroyed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="44" />
        <source>未知的状态“{value}”：应为 在岗 或 离岗</source>
        <translation>Unknown state “{value}”: it should be 在岗 or 离岗 (On post or Departed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="46" />
        <source>不能停用自己的账户</source>
        <translation>You cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="47" />
        <source>新口令不能与旧口令相同</source>
        <translation>The new passphrase must differ from the old one</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="48" />
        <source>旧口令错误</source>
        <translation>The old passphrase is wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="49" />
        <source>没有账户 {username}</source>
        <translation>There is no account {username}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="50" />
        <source>用户名 {username} 已存在</source>
        <translation>The user name {username} already exists</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="51" />
        <source>用户名 {username} 已存在于密钥文件中</source>
        <translation>The user name {username} already exists in the key file</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="53" />
        <source>审计记录断链：缺少第 {expected} 条（下一条为第 {entry} 条）</source>
        <translation>The audit trail is broken: entry {expected} is missing (the next one is entry {entry})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="54" />
        <source>审计记录第 {entry} 条与前一条不衔接（被删除、插入或调换顺序）</source>
        <translation>Audit entry {entry} does not follow on from the one before (entries were deleted, inserted or reordered)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="55" />
        <source>审计记录第 {entry} 条的内容被改动过</source>
        <translation>Audit entry {entry} has been altered</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="57" />
        <source>{target} 已存在，请稍后再备份</source>
        <translation>{target} already exists: please back up again in a moment</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="58" />
        <source>不能备份：{reason}</source>
        <translation>Cannot back up: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="59" />
        <source>备份副本校验失败，备份未完成</source>
        <translation>The backup copy failed its check; the backup was not completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="60" />
        <source>备份未完成（{reason}），已删除未写完的备份文件</source>
        <translation>The backup was not completed ({reason}); the unfinished backup file was deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="61" />
        <source>备份未完成：{reason}，已删除未写完的备份文件</source>
        <translation>The backup was not completed: {reason}; the unfinished backup file was deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="62" />
        <source>备份目录 {destination} {what}</source>
        <translation>The backup folder {destination} {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="63" />
        <source>备份目录 {destination} 所在磁盘已满：备份未完成，已删除未写完的备份文件</source>
        <translation>The disk of the backup folder {destination} is full: the backup was not completed and the unfinished backup file was deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="65" />
        <source>{label} {date} 晚于今天</source>
        <translation>{label} {date} is later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="66" />
        <source>{label} {value} 超出范围（{low}–{high}）</source>
        <translation>{label}: {value} is out of range ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="67" />
        <source>{label}“{value}”不是有效日期</source>
        <translation>{label} “{value}” is not a valid date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="68" />
        <source>{label}“{value}”必须是整数</source>
        <translation>{label} “{value}” must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="69" />
        <source>{label}“{value}”格式不正确：应为 2026-01-31 或 2026年1月31日</source>
        <translation>{label} “{value}” is not in the right form: write 2026-01-31 or 2026年1月31日</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="70" />
        <source>{label}不能为空</source>
        <translation>{label} must be filled in</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="71" />
        <source>{label}必须是整数</source>
        <translation>{label} must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="72" />
        <source>{label}必须是文字</source>
        <translation>{label} must be text</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="73" />
        <source>{label}格式不正确</source>
        <translation>{label} is not in the right form</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="74" />
        <source>{label}过长（{n} 个字符，最多 {max} 个）</source>
        <translation>{label} is too long ({n} characters, at most {max})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="76" />
        <source>{department}已有名为“{name}”的人员：同一部门不能重名登记</source>
        <translation>{department} already has a person named “{name}”: two people in one department cannot have the same name</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="77" />
        <source>{label} {received_on} 晚于此文件的载体第一次交出的日期 {first}：载体不能在收到之前交出</source>
        <translation>{label} {received_on} is later than {first}, when an item of this document was first handed out: an item cannot be handed out before it was received</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="78" />
        <source>{label} {received_on} 晚于清退期限 {deadline}</source>
        <translation>{label} {received_on} is later than the return deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="79" />
        <source>{what}可以更正的是：{allowed}</source>
        <translation>What can be corrected for {what}: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="80" />
        <source>发文没有来文单位：发文对象在发文分发中登记</source>
        <translation>An outgoing document has no sending organisation: its recipients are recorded in the dispatch</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="81" />
        <source>成文日期 {doc_date} 晚于{day} {received_on}</source>
        <translation>The document date {doc_date} is later than {day} {received_on}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="82" />
        <source>找不到编号为 {value} 的{what}</source>
        <translation>No {what} has the number {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="83" />
        <source>此文件已于 {declassified_on} 按保密期限届满确认解密；改变{label}会改变保密期限的届满日期，不能更正</source>
        <translation>This document was declassified on {declassified_on} when its secrecy period ended; changing {label} would change that end date, so it cannot be corrected</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="85" />
        <source>此设备已拔出，请重新插入后再登记</source>
        <translation>This device has been unplugged: plug it in again before registering it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="86" />
        <source>无法读取此输入设备的标识，不能确认</source>
        <translation>This input device's identity cannot be read, so it cannot be confirmed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="87" />
        <source>未发现已接入的键盘或鼠标：锁定后将无法使用任何输入设备，未锁定</source>
        <translation>No keyboard or mouse is plugged in: after locking no input device could be used, so nothing was locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="88" />
        <source>此设备不是（仅含 HID 接口的）键盘或鼠标，不能按输入设备确认</source>
        <translation>This device is not a keyboard or mouse (with HID interfaces only), so it cannot be confirmed as an input device</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="89" />
        <source>此设备已拔出，请重新插入后再确认</source>
        <translation>This device has been unplugged: plug it in again before confirming it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="90" />
        <source>输入设备未锁定，无需确认</source>
        <translation>Input devices are not locked; there is nothing to confirm</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="92" />
        <source>{copy}不是本单位发文，不能发出（收文请办理清退）</source>
        <translation>{copy} is not an outgoing document of this unit and cannot be dispatched (return received documents to their issuer instead)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="93" />
        <source>{copy}当前为“{state}”，只有在库的载体才能发出</source>
        <translation>{copy} is currently “{state}”: only items in store can be dispatched</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="94" />
        <source>“{organisation}”不在《{title}》经批准的分送范围内</source>
        <translation>“{organisation}” is not in the approved distribution of “{title}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="95" />
        <source>“{organisation}”不在任何经批准的分送范围内</source>
        <translation>“{organisation}” is not in any approved distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="96" />
        <source>《{title}》批准分送“{organisation}” {approved} 份，不能多发</source>
        <translation>“{title}” is approved for {approved} copies to “{organisation}”; no more can be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="97" />
        <source>信封里至少要有一份载体</source>
        <translation>An envelope must hold at least one item</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="98" />
        <source>分送单位“{organisation}”重复</source>
        <translation>The recipient “{organisation}” is listed twice</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="99" />
        <source>发文须有经批准的分送范围</source>
        <translation>An outgoing document needs an approved distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="100" />
        <source>同一份载体列了两次</source>
        <translation>The same item is listed twice</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="101" />
        <source>总份数 {total} 超过 {max}</source>
        <translation>The total of {total} copies is more than {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="102" />
        <source>找不到编号为 {id} 的载体</source>
        <translation>No item has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="103" />
        <source>文号 {doc_number} 已用于本单位的另一份发文</source>
        <translation>The reference {doc_number} is already used by another outgoing document of this unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="105" />
        <source>找不到编号为 {id} 的文件</source>
        <translation>No document has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="106" />
        <source>{level}载体必须有保密期限</source>
        <translation>{level} items must have a secrecy period</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="107" />
        <source>{level}载体的保密期限最长 {top} 年（填写的是 {years} 年）</source>
        <translation>The secrecy period of {level} items is at most {top} years ({years} years were entered)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="108" />
        <source>{level}载体的保密期限最长 {top} 年（至 {date}）</source>
        <translation>The secrecy period of {level} items is at most {top} years (until {date})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="109" />
        <source>保密期限 {until} 不晚于文件日期 {base}</source>
        <translation>The secrecy period end {until} is not later than the document date {base}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="110" />
        <source>保密期限“{value}”格式不正确：应为 10年、长期 或 日期（2036-01-31）</source>
        <translation>The secrecy period “{value}” is not in the right form: write 10年, 长期 or a date (2036-01-31)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="111" />
        <source>保密期限缺少日期</source>
        <translation>The secrecy period lacks a date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="112" />
        <source>保密期限至少 1 年</source>
        <translation>The secrecy period must be at least 1 year</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="113" />
        <source>本机为{level}级计算机，不能登记{level2}载体（低密级计算机不得处理高密级信息；标题、文号本身即属国家秘密）</source>
        <translation>This computer is approved for {level} only and cannot register {level2} items (a lower-level computer may not handle higher-level information; titles and document numbers are themselves secret)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="114" />
        <source>本机为{level}级计算机，不能将文件密级变更为{level2}（低密级计算机不得处理高密级信息；标题、文号本身即属国家秘密）</source>
        <translation>This computer is approved for {level} only and cannot raise a document to {level2} (a lower-level computer may not handle higher-level information; titles and document numbers are themselves secret)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="115" />
        <source>本机为{level}级计算机，不能{doing}（低密级计算机不得处理高密级信息；标题、文号本身即属国家秘密）</source>
        <translation>This computer is approved for {level} only and cannot do this: {doing} (a lower-level computer may not handle higher-level information; titles and document numbers are themselves secret)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="116" />
        <source>非密载体不设保密期限</source>
        <translation>Unclassified items have no secrecy period</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="117" />
        <source>找不到收文编号为 {internal_no} 的文件</source>
        <translation>No document has the entry number {internal_no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="118" />
        <source>请指定文件或载体</source>
        <translation>Choose a document or an item</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="119" />
        <source>{label}必须为是或否</source>
        <translation>{label} must be yes or no</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="120" />
        <source>{level}载体必须登记份号</source>
        <translation>{level} items must have their copy numbers recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="121" />
        <source>一次最多登记 {max} 份</source>
        <translation>At most {max} copies can be recorded at once</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="122" />
        <source>份号 {numbers} 重复</source>
        <translation>Copy number {numbers} is repeated</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="123" />
        <source>份号个数（{n}）与份数（{count}）不符</source>
        <translation>The number of copy numbers ({n}) does not match the number of copies ({count})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="124" />
        <source>份号已登记：{numbers}</source>
        <translation>Copy numbers already recorded: {numbers}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="125" />
        <source>份号范围“{part}”不正确</source>
        <translation>The copy number range “{part}” is not right</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="126" />
        <source>成文日期 {doc_date} 晚于收文日期 {received_on}</source>
        <translation>The document date {doc_date} is later than the date received {received_on}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="127" />
        <source>收文编号 {internal_no} 已被使用</source>
        <translation>The entry number {internal_no} is already used</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="128" />
        <source>收文编号“{internal_no}”格式不正确：应为 2026-收-0001</source>
        <translation>The entry number “{internal_no}” is not in the right form: write 2026-收-0001</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="129" />
        <source>文号 {doc_number} 的份号已登记：{numbers}</source>
        <translation>Copy numbers of reference {doc_number} already recorded: {numbers}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="130" />
        <source>此文件已解密，不再登记新的份数</source>
        <translation>This document has been declassified; no new copies are recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="131" />
        <source>清退期限 {deadline} 早于收文日期 {received_on}</source>
        <translation>The return deadline {deadline} is earlier than the date received {received_on}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="132" />
        <source>找不到编号为 {id} 的人员</source>
        <translation>No person has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="133" />
        <source>知悉范围中的“{name}”有重名，请改写为其部门</source>
        <translation>More than one person is named “{name}” in the need-to-know list: write their department instead</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="134" />
        <source>知悉范围中的“{word}…”过长</source>
        <translation>“{word}…” in the need-to-know list is too long</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="135" />
        <source>知悉范围中的人员“{name}”未登记</source>
        <translation>“{name}” in the need-to-know list is not on the staff list</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="137" />
        <source>找不到编号为“{code}”的载体</source>
        <translation>No item has the number “{code}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="138" />
        <source>找不到编号为“{number}”的介质</source>
        <translation>No medium has the number “{number}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="139" />
        <source>登记簿中没有名为“{name}”的人员</source>
        <translation>No person named “{name}” is in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="141" />
        <source>无法写入 {path}：{reason}</source>
        <translation>{path} cannot be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="142" />
        <source>结束日期早于开始日期</source>
        <translation>The end date is earlier than the start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="144" />
        <source>{bad}：列“{header}”对应的“{field}”不是{label}的项目（可用：{items}，或“不导入”）</source>
        <translation>{bad}: column “{header}” is mapped to “{field}”, which is not an item of {label} (available: {items}, or “不导入” to skip it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="145" />
        <source>{bad}：列过多</source>
        <translation>{bad}: too many columns</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="146" />
        <source>{bad}：嵌套过深</source>
        <translation>{bad}: nested too deeply</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="147" />
        <source>{bad}：应含有“columns”，列名对应密簿项目</source>
        <translation>{bad}: it should contain “columns”, mapping column names to Mibu items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="148" />
        <source>{bad}：有一个列名是空的</source>
        <translation>{bad}: a column name is empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="149" />
        <source>{bad}：第 {line} 行附近不是有效的 JSON</source>
        <translation>{bad}: not valid JSON near line {line}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="150" />
        <source>{path} 没有表头行</source>
        <translation>{path} has no header row</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="151" />
        <source>{where}：“{field}”对应了 {n} 列（{items}）：只有{items2}可以对应多列</source>
        <translation>{where}: “{field}” is mapped to {n} columns ({items}); only {items2} may take several columns</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="152" />
        <source>{where}：不知道列“{items}”是{label}的哪一项（应为“{items2}”，或用列对照表指明各列）</source>
        <translation>{where}: it is not known which item of {label} the columns “{items}” are (they should be “{items2}”, or name each column in a column map)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="153" />
        <source>{where}：缺少“{items}”列</source>
        <translation>{where}: the column “{items}” is missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="154" />
        <source>“{field}”不是{labels}的项目</source>
        <translation>“{field}” is not an item of {labels}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="155" />
        <source>列对照表 {name} 是{other}的，不能用于{label}</source>
        <translation>The column map {name} is for {other} and cannot be used for {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="156" />
        <source>列对照表 {path} 的编码无法识别：请存为 UTF-8</source>
        <translation>The encoding of the column map {path} is not recognised: save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="157" />
        <source>列对照表 {path} 过大，不是对照表文件</source>
        <translation>{path} is too large to be a column map</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="158" />
        <source>文件 {path} 的单元格过多</source>
        <translation>The file {path} has too many cells</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="159" />
        <source>文件行数超过 {max} 行</source>
        <translation>The file has more than {max} rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="160" />
        <source>无法读取列对照表 {path}：文件不存在或无权读取</source>
        <translation>The column map {path} cannot be read: it does not exist or may not be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="162" />
        <source>{level}载体必须登记份号：请在份数栏写成 {count}（份号：1-{count2}）</source>
        <translation>{level} items must have their copy numbers recorded: write {count}（份号：1-{count2}） in the copies column</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="163" />
        <source>份号栏“{text}”被表格软件当成了日期：请把份号列设为文本后重新填写（如 2-3）</source>
        <translation>The spreadsheet turned the copy numbers “{text}” into a date: format the copy number column as text and fill it in again (e.g. 2-3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="164" />
        <source>份号栏“{text}”共 {n} 个份号，与份数 {count} 不符</source>
        <translation>The copy numbers “{text}” are {n} numbers, which does not match {count} copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="165" />
        <source>份数“{value}”格式不正确：应为 2 或 2（份号：3、4）</source>
        <translation>The copies “{value}” are not in the right form: write 2 or 2（份号：3、4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="166" />
        <source>份数栏中的份号“{in_cell}”与份号栏“{text}”不一致</source>
        <translation>The copy numbers “{in_cell}” in the copies column differ from “{text}” in the copy number column</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="167" />
        <source>此行在表头之外还有内容</source>
        <translation>This row has content outside the header columns</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="169" />
        <source>{person}是此{kind}申请的受益人，不能批准自己受益的申请（批准人须为另一位领导）</source>
        <translation>{person} benefits from this {kind} request and cannot approve it (another leader must approve)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="170" />
        <source>{person}的涉密等级不够，扩大知悉范围也不能接收此件</source>
        <translation>{person}'s clearance is too low: even with a wider need-to-know list they cannot receive this item</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="171" />
        <source>{kind}的申请须写明人员</source>
        <translation>A {kind} request must name the person</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="172" />
        <source>{kind}的申请须写明新的密级和保密期限</source>
        <translation>A {kind} request must state the new classification and secrecy period</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="173" />
        <source>{kind}的申请须列明载体</source>
        <translation>A {kind} request must list the items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="174" />
        <source>{kind}须经领导批准：请先登记审批</source>
        <translation>{kind} needs a leader's approval: record the approval first</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="175" />
        <source>不能批准自己提出的申请（申请人与批准人须为不同的人）</source>
        <translation>You cannot approve your own request (the requester and the approver must be different people)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="176" />
        <source>介质不需要{kind}的审批</source>
        <translation>Media need no {kind} approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="177" />
        <source>份数须在 1 到 {max} 之间</source>
        <translation>The number of copies must be between 1 and {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="178" />
        <source>原定密机关的批准须以书面批件登记（批准机关、日期、批件文号）</source>
        <translation>The originating authority's approval must be recorded from its written approval (authority, date, reference)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="179" />
        <source>只有扩大知悉范围的审批才能扩大知悉范围</source>
        <translation>Only an approval to widen the need-to-know list can widen it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="180" />
        <source>台帐中没有编号为 {id} 的介质</source>
        <translation>No medium in the ledger has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="181" />
        <source>复制或摘抄的申请须写明份数</source>
        <translation>A request to copy or extract must state the number of copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="182" />
        <source>复制或摘抄的申请须指明一份原件</source>
        <translation>A request to copy or extract must name one original</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="183" />
        <source>批准日期不能早于申请日期</source>
        <translation>The approval date cannot be earlier than the request date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="184" />
        <source>批准日期不能晚于今天</source>
        <translation>The approval date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="185" />
        <source>批准日期格式不正确</source>
        <translation>The approval date is not in the right form</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="186" />
        <source>找不到编号为 {id} 的审批</source>
        <translation>No approval has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="187" />
        <source>携带外出的申请须写明交回日期</source>
        <translation>A request to take items out must state the return date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="188" />
        <source>携带外出的申请须写明人员</source>
        <translation>A request to take items out must name the person</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="189" />
        <source>此审批{approval_status}，不能使用</source>
        <translation>This approval is {approval_status} and cannot be used</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="190" />
        <source>此审批只批准了 {count} 份</source>
        <translation>This approval covers only {count} copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="191" />
        <source>此审批已{approval_status}，不能再作决定</source>
        <translation>This approval is already {approval_status}; no further decision can be made</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="192" />
        <source>此审批已使用过：一份审批只能使用一次</source>
        <translation>This approval has been used: an approval can only be used once</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="193" />
        <source>此审批批准的是另一个人</source>
        <translation>This approval is for another person</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="194" />
        <source>此审批批准的是另一份文件</source>
        <translation>This approval is for another document</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="195" />
        <source>此审批批准的期限至 {until}</source>
        <translation>This approval runs only until {until}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="196" />
        <source>此审批是{kind}的审批，不能用于{kind2}</source>
        <translation>This is a {kind} approval and cannot be used for a {kind2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="197" />
        <source>此审批没有写明文件和人员</source>
        <translation>This approval names no document and no person</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="198" />
        <source>此审批没有批准这几份载体</source>
        <translation>This approval does not cover these items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="199" />
        <source>此审批的批准人{person}就是受益人本人，不能使用（不能批准自己受益的申请）</source>
        <translation>The approver of this approval, {person}, is the one who benefits from it, so it cannot be used (no one may approve a request that benefits themselves)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="200" />
        <source>每页行数须在 1 到 5000 之间</source>
        <translation>Rows per page must be between 1 and 5000</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="201" />
        <source>申请的截止日期不能早于今天</source>
        <translation>The request's end date cannot be earlier than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="202" />
        <source>载体 {id} 不属于《{title}》</source>
        <translation>Item {id} does not belong to “{title}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="203" />
        <source>须有原定密机关的批准，本单位领导的批准不够</source>
        <translation>The originating authority must approve: approval by this unit's leader is not enough</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="204" />
        <source>此审批批准的是另一个介质</source>
        <translation>This approval is for another medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="205" />
        <source>此审批是介质的审批</source>
        <translation>This is an approval for a medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="206" />
        <source>此审批不是为这个介质批准的</source>
        <translation>This approval was not given for this medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="208" />
        <source>交回日期不能早于外出日期</source>
        <translation>The return date cannot be earlier than the date taken out</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="209" />
        <source>交回日期格式不正确</source>
        <translation>The return date is not in the right form</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="210" />
        <source>交回时间不能早于外出时间</source>
        <translation>The return time cannot be earlier than the time taken out</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="211" />
        <source>绝密载体携带外出须两个不同的人同行</source>
        <translation>Top secret items may only be taken out by two different people together</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="212" />
        <source>绝密载体携带外出须两人同行：请填写第二位陪同人（003 携带）</source>
        <translation>Top secret items may only be taken out by two people together: enter the second companion (003 carrying)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="213" />
        <source>陪同人不能是携带人本人</source>
        <translation>The companion cannot be the carrier themselves</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="215" />
        <source>本轮传阅自 {started_at} 起已超过一个月（传阅周期最长不超过一个月）：请先结束本轮传阅，清点后再开始新一轮</source>
        <translation>This round of circulation began on {started_at}, more than a month ago (a round lasts at most one month): end this round and check the items before starting a new one</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="217" />
        <source>{action}时间 {time} 早于此文件的登记日期 {received_on}：载体不能在收到之前{action2}</source>
        <translation>The time of “{action}”, {time}, is earlier than the date this document was recorded, {received_on}: an item cannot be given “{action2}” before it was received</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="218" />
        <source>{action}时间 {time} 早于此载体上一次登记的时间 {previous}：登记须按发生的先后顺序</source>
        <translation>The time of “{action}”, {time}, is earlier than this item's last entry at {previous}: entries must be made in the order things happened</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="219" />
        <source>{action}时间 {time} 早于现在一小时以上，属于补登：请填写补登原因</source>
        <translation>The time of “{action}”, {time}, is more than an hour ago, so this is a late entry: give the reason for the late entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="220" />
        <source>{label}中有无效的编号</source>
        <translation>{label} contains an invalid number</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="221" />
        <source>{label}中编号 {v} 重复</source>
        <translation>Number {v} is repeated in {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="222" />
        <source>{label}最多 {max} 项</source>
        <translation>{label} can have at most {max} entries</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="223" />
        <source>{label}须为一组编号</source>
        <translation>{label} must be a list of numbers</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="224" />
        <source>登记时间不能晚于当前时间</source>
        <translation>The time of an entry cannot be later than now</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="226" />
        <source>{level}文件{action}须经本单位领导批准</source>
        <translation>“{action}” of a {level} document needs the approval of this unit's leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="227" />
        <source>复制的种类须为复制件或摘抄件</source>
        <translation>A copy must be a copy or an extract</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="228" />
        <source>复印份数须在 1 到 {max} 之间</source>
        <translation>The number of copies must be between 1 and {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="229" />
        <source>复印日期不能晚于今天</source>
        <translation>The copy date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="230" />
        <source>汇编至少要有一份来源文件</source>
        <translation>A compilation needs at least one source document</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="231" />
        <source>绝密文件未经原定密机关批准不得{action}（002 篇四）</source>
        <translation>Top secret documents may not be given “{action}” without the originating authority's approval (002 part 4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="233" />
        <source>{clearance}涉密人员的脱密期至少 {years} 年，脱密期满不能早于 {minimum}</source>
        <translation>The cooling-off period for {clearance} staff is at least {years} years; it cannot end before {minimum}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="234" />
        <source>{person}尚未清退所持载体：{items}。须全部交回后才能办理离岗（离岗清退）</source>
        <translation>{person} still holds items: {items}. All must be handed back before the departure can be recorded (return on departure)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="235" />
        <source>{person}已离岗</source>
        <translation>{person} has already departed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="236" />
        <source>离岗日期格式不正确</source>
        <translation>The departure date is not in the right form</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="238" />
        <source>{what}须现场销毁，不能送出销毁（003 销毁）</source>
        <translation>{what} must be destroyed on site and cannot be sent away for destruction (003 destruction)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="239" />
        <source>未知的销毁方式</source>
        <translation>Unknown method of destruction</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="240" />
        <source>监销人{person}已离岗</source>
        <translation>The witness {person} has departed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="241" />
        <source>监销人{person}的涉密等级不够（此批含{level}载体）</source>
        <translation>The witness {person}'s clearance is too low (this batch includes {level} items)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="242" />
        <source>销毁日期不能晚于今天</source>
        <translation>The destruction date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="243" />
        <source>销毁须有两名不同的监销人在场（003 销毁）</source>
        <translation>Destruction needs two different witnesses present (003 destruction)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="245" />
        <source>{label}须为整数天数</source>
        <translation>{label} must be a whole number of days</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="246" />
        <source>{label}须在 1 到 {max} 天之间（传阅周期最长不超过一个月）</source>
        <translation>{label} must be between 1 and {max} days (a circulation round lasts at most one month)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="247" />
        <source>{what}借阅须当天归还（003 借阅：当天退回）</source>
        <translation>Loans of {what} must be returned the same day (003 loans: same-day return)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="248" />
        <source>{what}须当天归还，不能续借（003 借阅）</source>
        <translation>{what} must be returned the same day and cannot be renewed (003 loans)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="249" />
        <source>归还日期不能早于借出日期</source>
        <translation>The return date cannot be earlier than the loan date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="250" />
        <source>归还日期最晚为 {latest}（借阅期限 {days} 天）</source>
        <translation>The return date can be {latest} at the latest (loan period {days} days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="251" />
        <source>续借后的归还日期须晚于原归还日期 {due}</source>
        <translation>The renewed return date must be later than the current one, {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="253" />
        <source>找不到编号为 {id} 的借阅</source>
        <translation>No loan has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="255" />
        <source>丢失日期 {lost_on} 早于此文件的登记日期 {received_on}</source>
        <translation>The date of loss {lost_on} is earlier than the date this document was recorded, {received_on}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="256" />
        <source>丢失日期不能晚于今天</source>
        <translation>The date of loss cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="257" />
        <source>丢失日期格式不正确</source>
        <translation>The date of loss is not in the right form</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="259" />
        <source>找不到编号为 {id} 的单位</source>
        <translation>No organisation has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="260" />
        <source>清点数 {found} 与登记数 {expected} 不符：请写明差异情况</source>
        <translation>{found} counted does not match {expected} recorded: describe the difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="261" />
        <source>清点数量须为不小于 0 的整数</source>
        <translation>The count must be a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="262" />
        <source>清点日期不能晚于今天</source>
        <translation>The count date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="263" />
        <source>清退日期不能晚于今天</source>
        <translation>The return date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="265" />
        <source>复制件的密级不能低于原介质 {number} 的{level}</source>
        <translation>A copy cannot be classified lower than the original medium {number}, which is {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="266" />
        <source>{label}{person}已离岗，不能{doing}</source>
        <translation>{label} {person} has departed and cannot {doing}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="267" />
        <source>{label}{person}的涉密等级为“{clearance}”，只能{doing}{level}及以下的介质（此介质为{level2}）</source>
        <translation>{label} {person} is cleared “{clearance}” and may {doing} media up to {level} only (this medium is {level2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="268" />
        <source>{label}“{value}”不是已登记的人员：请先在人员名册中登记</source>
        <translation>{label} “{value}” is not a registered person: add them to the staff list first</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="269" />
        <source>名为{value}的人员不止一位：请写成“姓名（部门）”</source>
        <translation>More than one person is named {value}: write “name（department）”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="270" />
        <source>台帐中没有编号为“{number}”的介质</source>
        <translation>No medium in the ledger has the number “{number}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="271" />
        <source>序列号 {serial} 的设备已登记为 {same}</source>
        <translation>The device with serial number {serial} is already registered as {same}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="272" />
        <source>编号“{number}”已在台帐中</source>
        <translation>The number “{number}” is already in the ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="273" />
        <source>此事件已登记上报</source>
        <translation>This incident has already been recorded as reported</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="274" />
        <source>没有这个事件</source>
        <translation>There is no such incident</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="275" />
        <source>两名监销人须为不同的人</source>
        <translation>The two witnesses must be different people</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="276" />
        <source>介质 {number} 已是{level}</source>
        <translation>Medium {number} is already {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="277" />
        <source>介质 {number} 当前状态为“{medium_status}”，不能{step}（须为{need}）</source>
        <translation>Medium {number} is currently “{medium_status}”, so it cannot {step} (it must be {need})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="278" />
        <source>介质 {number} 曾存储{level}信息，不得降为{level2}（删除或格式化后也不降密）</source>
        <translation>Medium {number} has held {level} information and may not be lowered to {level2} (deleting or formatting does not lower it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="279" />
        <source>介质 {number} 的责任人“{holder}”不是已登记的人员：请先收回介质，再发放给已登记的人员</source>
        <translation>The holder of medium {number}, “{holder}”, is not a registered person: take the medium back, then issue it to a registered person</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="280" />
        <source>介质的销毁方式只能是：{allowed}</source>
        <translation>Media can only be destroyed by: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="281" />
        <source>介质销毁须有两名监销人在场（保密员以外）</source>
        <translation>Destroying media needs two witnesses present (other than the secrecy clerk)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="282" />
        <source>同行人须为责任人{holder}以外的另一人</source>
        <translation>The companion must be someone other than the holder {holder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="283" />
        <source>清查日期不能晚于今天</source>
        <translation>The check date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="284" />
        <source>监销人须为保密员以外的另一人</source>
        <translation>The witness must be someone other than the secrecy clerk</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="285" />
        <source>绝密级介质携带外出须两人同行：请填写同行人</source>
        <translation>Top secret media may only be taken out by two people together: enter the companion</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="286" />
        <source>{medium_kind}须填写厂商ID和产品ID（插入设备时可自动读取）</source>
        <translation>A {medium_kind} needs a vendor ID and product ID (read automatically when the device is plugged in)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="287" />
        <source>{medium_kind}须填写序列号（没有序列号的存储设备不能使用）</source>
        <translation>A {medium_kind} needs a serial number (storage devices without one cannot be used)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="288" />
        <source>{label}“{value}”不是有效日期（格式 2024-03-01）</source>
        <translation>{label} “{value}” is not a valid date (form 2024-03-01)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="289" />
        <source>{label}不能晚于今天</source>
        <translation>{label} cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="290" />
        <source>{label}应为 4 位十六进制数（如 0781），而不是“{value}”</source>
        <translation>{label} should be a 4-digit hexadecimal number (such as 0781), not “{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="291" />
        <source>{label}过早</source>
        <translation>{label} is too early</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="292" />
        <source>厂商ID与产品ID须同时填写</source>
        <translation>Vendor ID and product ID must be filled in together</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="293" />
        <source>容量“{capacity}”格式应如 64GB、500MB、2TB</source>
        <translation>The capacity “{capacity}” should be written like 64GB, 500MB or 2TB</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="294" />
        <source>序列号含有不可用的字符</source>
        <translation>The serial number contains characters that cannot be used</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="295" />
        <source>编号“{number}”只能包含字母、数字、汉字和 - _ / . #</source>
        <translation>The number “{number}” may only contain letters, digits, Chinese characters and - _ / . #</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="296" />
        <source>设备摘要“{text}”格式错误：应为 usbguard list-devices 显示的 hash（44 个字符）</source>
        <translation>The device digest “{text}” is malformed: it should be the hash shown by usbguard list-devices (44 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="297" />
        <source>设备须填写厂商ID和产品ID</source>
        <translation>A device needs a vendor ID and product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="298" />
        <source>请选择密级</source>
        <translation>Choose a classification</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="299" />
        <source>文件中没有数据行</source>
        <translation>The file has no data rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="300" />
        <source>行数过多（最多 {max} 行）</source>
        <translation>Too many rows (at most {max})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="302" />
        <source>不能把单位合并到它自己：请选择另一个单位</source>
        <translation>An organisation cannot be merged into itself: choose another organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="303" />
        <source>单位“{name}”仍被引用，未能合并</source>
        <translation>The organisation “{name}” is still referred to, so it was not merged</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="304" />
        <source>单位“{name}”已登记：同一单位的两种写法请用“合并”</source>
        <translation>The organisation “{name}” is already registered: use “Merge” for two spellings of the same organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="305" />
        <source>新名称与原名称相同</source>
        <translation>The new name is the same as the old one</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="306" />
        <source>{department}已有名为“{name}”的人员</source>
        <translation>{department} already has a person named “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="307" />
        <source>{person}仍持有高于“{clearance}”等级的载体（{items}），不能降低其涉密等级</source>
        <translation>{person} still holds items above “{clearance}” ({items}), so their clearance cannot be lowered</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="308" />
        <source>单位“{name}”已登记</source>
        <translation>The organisation “{name}” is already registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="309" />
        <source>找不到单位“{name}”</source>
        <translation>The organisation “{name}” cannot be found</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="311" />
        <source>{level}级计算机的登录口令至少 {need} 位（现为 {n} 位）</source>
        <translation>The passphrase on a {level} computer must have at least {need} characters (it has {n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="312" />
        <source>口令不能为空</source>
        <translation>The passphrase cannot be empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="313" />
        <source>口令过长（最多 {max} 个字符）</source>
        <translation>The passphrase is too long (at most {max} characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="314" />
        <source>口令须至少包含大写字母、小写字母、数字、符号中的两类</source>
        <translation>The passphrase must contain at least two of: capital letters, small letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="316" />
        <source>{items}的涉密等级低于新密级，须先收回其持有的载体</source>
        <translation>The clearance of {items} is below the new classification: take back the items they hold first</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="317" />
        <source>保密期限至 {until} 届满，尚未到期，不能解密</source>
        <translation>The secrecy period runs until {until} and has not ended: it cannot be declassified yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="318" />
        <source>变更须经批准（此审批单待审批）</source>
        <translation>The change needs approval (this approval is still pending)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="319" />
        <source>找不到编号为 {id} 的审批单</source>
        <translation>No approval form has the number {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="320" />
        <source>新的密级和保密期限与现在相同</source>
        <translation>The new classification and secrecy period are the same as now</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="321" />
        <source>此审批单不是密级或期限变更</source>
        <translation>This approval form is not a change of classification or period</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="322" />
        <source>此审批单没有写明新的密级和保密期限，不能据此变更</source>
        <translation>This approval form does not state the new classification and secrecy period, so nothing can be changed from it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="323" />
        <source>此文件保密期限为“{period}”，不会到期自行解密</source>
        <translation>This document's secrecy period is “{period}”: it does not end by itself</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="324" />
        <source>此文件已于 {date} 解密</source>
        <translation>This document was declassified on {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="325" />
        <source>此文件已解密，不能再变更密级或期限</source>
        <translation>This document is declassified: its classification or period cannot be changed any more</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="326" />
        <source>此文件还有 {n} 份在外（传阅、借出或携带外出），须收回后再确认解密</source>
        <translation>{n} copies of this document are still out (circulating, on loan or taken out): take them back before confirming declassification</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="327" />
        <source>请填写新的密级或保密期限</source>
        <translation>Enter the new classification or secrecy period</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="329" />
        <source>{form}按期间打印，不对应单条记录</source>
        <translation>{form} is printed for a period, not for a single record</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="330" />
        <source>{form}中有{level}级记录：本机为{level2}级计算机，不能打印（低密级计算机不得处理高密级信息）</source>
        <translation>{form} contains {level} records: this computer is approved for {level2} only and cannot print them (a lower-level computer may not handle higher-level information)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="331" />
        <source>介质 {number} {medium_status}，不能打印标签</source>
        <translation>Medium {number} is {medium_status}: no label can be printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="332" />
        <source>登记簿中没有在用的移动存储介质，无法打印标签</source>
        <translation>The register has no removable media in use, so no labels can be printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="333" />
        <source>登记簿中没有编号为 {ids} 的介质，无法打印标签</source>
        <translation>The register has no medium numbered {ids}, so no labels can be printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="334" />
        <source>登记簿中没有编号为 {id} 的人员，无法打印{form}</source>
        <translation>The register has no person numbered {id}, so {form} cannot be printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="335" />
        <source>审批申请所列的载体不在登记簿中</source>
        <translation>The items listed in the request are not in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="336" />
        <source>此审批申请没有指明要复制的载体</source>
        <translation>This request does not say which item is to be copied</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="337" />
        <source>登记簿中没有编号为 {id} 的复制（摘抄）审批申请，无法打印{form}</source>
        <translation>The register has no copy (extract) request numbered {id}, so {form} cannot be printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="338" />
        <source>未知的标签纸规格“{key}”：应为 {names}</source>
        <translation>Unknown label sheet “{key}”: it should be {names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="339" />
        <source>只能保存到本机已登记的同密级涉密介质：介质 {number} 的密级（{level}）低于打印内容的密级（{level2}）</source>
        <translation>Printouts can only be saved to a registered classified medium of the right level: the classification of medium {number} ({level}) is below that of the printout ({level2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="340" />
        <source>只能保存到本机已登记的同密级涉密介质：所选文件夹“{where}”不在 USB 移动存储介质上，不是已登记的移动存储介质</source>
        <translation>Printouts can only be saved to a registered classified medium of the right level: the chosen folder “{where}” is not on a USB removable medium, so it is not a registered removable medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="341" />
        <source>只能保存到本机已登记的同密级涉密介质：此设备不是移动存储介质</source>
        <translation>Printouts can only be saved to a registered classified medium of the right level: this device is not a removable storage medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="342" />
        <source>只能保存到本机已登记的同密级涉密介质：此设备在台帐中登记为设备（{number}），不是移动存储介质</source>
        <translation>Printouts can only be saved to a registered classified medium of the right level: this device is registered in the ledger as a device ({number}), not as a removable storage medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="343" />
        <source>介质 {number} 的此文件夹中已有 {name}：这份打印件已保存过</source>
        <translation>This folder on medium {number} already has {name}: this printout has been saved before</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="344" />
        <source>写入介质 {number} 失败（未保存）：{reason}</source>
        <translation>Writing to medium {number} failed (nothing was saved): {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="345" />
        <source>打印份数须为 1 至 {max}</source>
        <translation>The number of printed copies must be 1 to {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="346" />
        <source>无法打开文件夹“{where}”：{reason}</source>
        <translation>The folder “{where}” cannot be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="347" />
        <source>本机为{level}级计算机，不能打印{level2}级内容（低密级计算机不得处理高密级信息）</source>
        <translation>This computer is approved for {level} only and cannot print {level2} content (a lower-level computer may not handle higher-level information)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="348" />
        <source>没有可保存的 PDF</source>
        <translation>There is no PDF to save</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="349" />
        <source>没有打印编号为 {serial} 的打印记录</source>
        <translation>There is no print record numbered {serial}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="351" />
        <source>{name} 不是{roles}，不能确认此操作</source>
        <translation>{name} is not the {roles} and cannot confirm this operation</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="352" />
        <source>{path} 已存在：不会覆盖已有的登记簿</source>
        <translation>{path} already exists: an existing register is never overwritten</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="353" />
        <source>一次性口令错误或已使用过</source>
        <translation>The one-time code is wrong or has been used</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="354" />
        <source>密钥文件 {path} 不属于登记簿 {path2}</source>
        <translation>The key file {path} does not belong to the register {path2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="355" />
        <source>密钥文件不属于此登记簿</source>
        <translation>The key file does not belong to this register</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="356" />
        <source>工作站密级须为 秘密、机密 或 绝密</source>
        <translation>The workstation level must be Secret, Confidential or Top secret</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="357" />
        <source>此操作只能由{roles}执行（当前为{role}）</source>
        <translation>Only the {roles} may do this (you are the {role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="358" />
        <source>此文件不是 Mibu 登记簿（没有表结构版本）</source>
        <translation>This file is not a Mibu register (it has no schema version)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="359" />
        <source>此登记簿由{written_by}写入，其表结构（{current}）比本程序（密簿 {version}）新，不能打开。登记簿未作任何改动；请安装不低于写入它的版本的密簿。</source>
        <translation>This register was written by {written_by}; its schema ({current}) is newer than this program (Mibu {version}), so it cannot be opened. The register was not changed; install a Mibu at least as new as the one that wrote it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="360" />
        <source>此账户已停用或不存在</source>
        <translation>This account is deactivated or does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="361" />
        <source>此账户的密钥槽不属于本登记簿</source>
        <translation>This account's key slot does not belong to this register</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="362" />
        <source>用户名须为 2–32 位字母、数字或 _ . -</source>
        <translation>A user name must be 2–32 letters, digits or _ . -</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="363" />
        <source>登记簿已锁定</source>
        <translation>The register is locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="364" />
        <source>登记簿缺少工作站设置，无法使用</source>
        <translation>The register lacks its workstation settings and cannot be used</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="365" />
        <source>目录 {parent} 不存在</source>
        <translation>The folder {parent} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="366" />
        <source>绝密级计算机要求一次性口令，但此账户尚未登记一次性口令</source>
        <translation>A Top secret computer requires a one-time code, but this account has none set up</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="367" />
        <source>锁屏时间须在 {min} 秒到 {max} 秒（5 分钟）之间</source>
        <translation>The screen lock time must be between {min} and {max} seconds (5 minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="369" />
        <source>{aside} 已存在，请稍后再恢复</source>
        <translation>{aside} already exists: please restore again in a moment</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="370" />
        <source>备份 {name} 已损坏：{message}</source>
        <translation>The backup {name} is damaged: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="371" />
        <source>备份 {name} 校验失败：{problem}</source>
        <translation>The backup {name} failed its check: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="372" />
        <source>{what}已损坏：{message}</source>
        <translation>{what} is damaged: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="373" />
        <source>{what}校验失败：{problem}</source>
        <translation>{what} failed its check: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="374" />
        <source>备份 {path} 属于另一个登记簿，不能用来恢复此登记簿</source>
        <translation>The backup {path} belongs to another register and cannot restore this one</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="375" />
        <source>备份文件就是当前登记簿本身：请选择另一个备份</source>
        <translation>The backup file is the current register itself: choose another backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="376" />
        <source>找不到备份文件 {path}</source>
        <translation>The backup file {path} cannot be found</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="377" />
        <source>找不到备份的密钥文件 {path}：备份的登记簿与其密钥文件必须放在同一目录</source>
        <translation>The backup's key file {path} cannot be found: a backed-up register and its key file must be in the same folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="379" />
        <source>起始日期晚于截止日期</source>
        <translation>The start date is later than the end date</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="380" />
        <source>CSV 编码须为 UTF-8 或 GB18030</source>
        <translation>The CSV encoding must be UTF-8 or GB18030</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="381" />
        <source>{name} 的编码无法识别：请另存为 UTF-8 或 GB18030 的 CSV</source>
        <translation>The encoding of {name} is not recognised: save it again as a UTF-8 or GB18030 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="382" />
        <source>{parent} 所在磁盘已满：{path} 未导出，未留下不完整的文件</source>
        <translation>The disk of {parent} is full: {path} was not exported and no incomplete file was left</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="383" />
        <source>{path} 不是文件（是文件夹或设备）</source>
        <translation>{path} is not a file (it is a folder or a device)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="384" />
        <source>{path} 内容损坏，无法读完（第 {line} 行附近）</source>
        <translation>{path} is damaged and cannot be read to the end (near line {line})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="385" />
        <source>{path} 含有空字符，不是文本 CSV 文件</source>
        <translation>{path} contains null characters and is not a text CSV file</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="386" />
        <source>{path} 没有工作表</source>
        <translation>{path} has no worksheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="387" />
        <source>{path} 第 {line} 行的表头不正确：应为“{items}”，实际为“{got}”</source>
        <translation>The header on line {line} of {path} is wrong: it should be “{items}” but is “{got}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="388" />
        <source>{path} 解压后过大，不是普通的台帐文件</source>
        <translation>{path} is too large when unpacked to be an ordinary ledger file</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="389" />
        <source>不支持的文件类型“{suffix}”：请使用 .xlsx 或 .csv</source>
        <translation>Unsupported file type “{suffix}”: use .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="390" />
        <source>文件 {path} 是空的</source>
        <translation>The file {path} is empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="391" />
        <source>文件 {path} 过大（超过 {mb} MB）</source>
        <translation>The file {path} is too large (more than {mb} MB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="392" />
        <source>无法写入 {path}（{reason}）：未导出</source>
        <translation>{path} cannot be written ({reason}): nothing was exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="393" />
        <source>无法读取文件 {path}</source>
        <translation>The file {path} cannot be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="394" />
        <source>无法读取文件 {path}：文件不存在或无权读取</source>
        <translation>The file {path} cannot be read: it does not exist or may not be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="395" />
        <source>{path} 第 {line} 行有一个单元格过大（超过 131072 个字符）</source>
        <translation>Line {line} of {path} has a cell that is too large (more than 131072 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="396" />
        <source>{path} 第 {line} 行 CSV 格式错误</source>
        <translation>Line {line} of {path} is not valid CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="397" />
        <source>所选范围有 {total} 条记录，超过一次摘录的上限 {max} 条，请缩小期间或加选类别、物品</source>
        <translation>The selection has {total} entries, more than the {max} one extract can hold: narrow the period or choose categories or items</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="399" />
        <source>以下载体不能归档（只有在库或已解密的载体才能归档）：{items}</source>
        <translation>These items cannot be archived (only items in store or declassified can be archived): {items}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="400" />
        <source>只能销毁在库的载体，以下不能销毁：{items}</source>
        <translation>Only items in store can be destroyed; these cannot: {items}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="401" />
        <source>以下载体不能清退：{items}</source>
        <translation>These items cannot be returned to their issuer: {items}</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="402" />
        <source>信封检查发现异常（{items}）：请填写异常情况说明</source>
        <translation>The envelope check found problems ({items}): describe them</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="403" />
        <source>用户名或口令错误（再错 {n} 次将锁定账户）</source>
        <translation>Wrong user name or passphrase ({n} more wrong tries will lock the account)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="404" />
        <source>用户名或口令错误（再错 {n} 次将锁定账户；{note}）</source>
        <translation>Wrong user name or passphrase ({n} more wrong tries will lock the account; {note})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="405" />
        <source>不允许的操作</source>
        <translation>This operation is not allowed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="407" />
        <source>密级只能经审批变更：请在“审批”中提出“密级变更”申请，批准后按审批变更（001 五(五)3），不能用更正修改</source>
        <translation>The classification can only be changed by approval: request a change of classification under “Approvals” and change it once approved (001 5(5)3); a correction cannot change it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="408" />
        <source>保密期限只能经审批变更：请在“审批”中提出“保密期限变更”申请，批准后按审批变更（001 五(五)3），不能用更正修改</source>
        <translation>The secrecy period can only be changed by approval: request a change of period under “Approvals” and change it once approved (001 5(5)3); a correction cannot change it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="409" />
        <source>知悉范围只能经领导批准扩大：请在“审批”中提出“扩大知悉范围”申请（000 第十条），不能用更正修改</source>
        <translation>The need-to-know list can only be widened with a leader's approval: request it under “Approvals” (000 article 10); a correction cannot change it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="410" />
        <source>涉密等级不能用更正修改：请用“修改…”调整（不能低于其仍持有的载体的密级）</source>
        <translation>The clearance cannot be changed by a correction: use “Edit…” (it cannot go below the items the person still holds)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="411" />
        <source>在岗/离岗状态不能用更正修改：离岗请用“办理离岗”（须先清退所持载体）</source>
        <translation>On post / departed cannot be changed by a correction: record a departure with “Departure” (the person's items must be handed back first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="412" />
        <source>发文机关不允许复制此件：{level}文件须发文机关允许复制，并经本单位领导批准（002 篇四）</source>
        <translation>The issuing authority does not allow this document to be copied: {level} documents may only be copied with the issuer's permission and this unit's leader's approval (002 part 4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="413" />
        <source>账户锁定至 {until}，届时可再试，或请系统管理员解锁</source>
        <translation>The account is locked until {until}: try again then, or ask the administrator to unlock it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="414" />
        <source>连续 {n} 次口令错误，账户已锁定。账户锁定至 {until}，届时可再试，或请系统管理员解锁</source>
        <translation>{n} wrong passphrases in a row: the account is locked. It is locked until {until}: try again then, or ask the administrator to unlock it</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="415" />
        <source>连续 {n} 次口令错误，账户已锁定。账户锁定至 {until}，届时可再试，或请系统管理员解锁（{note}）</source>
        <translation>{n} wrong passphrases in a row: the account is locked. It is locked until {until}: try again then, or ask the administrator to unlock it ({note})</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="416" />
        <source>{label}不能包含不可见的格式字符（{code}）：这类字符不显示或会改变文字的显示顺序，打印出来与登记的内容不一致</source>
        <translation>{label} cannot contain invisible formatting characters ({code}): they do not show or change the order in which text is shown, so a printout would differ from what is registered</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="417" />
        <source>{name} 不是有效的 .xlsx 文件（文件损坏或不完整）</source>
        <translation>{name} is not a valid .xlsx file (it is damaged or incomplete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rule_templates.py" line="418" />
        <source>只能保存到本机已登记的同密级涉密介质：{reason}</source>
        <translation>Printouts can only be saved to a registered classified medium of the right level: {reason}</translation>
    </message>
</context>
<context>
    <name>ScanList</name>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="204" />
        <source>扫描载体条码加入清单，回车</source>
        <translation>Scan an item's code to add it to the list, then Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="207" />
        <source>条码：</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="213" />
        <source>移出清单</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="217" />
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="230" />
        <source>已加入清单：{copy}</source>
        <translation>Added to the list: {copy}</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_widgets.py" line="232" />
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