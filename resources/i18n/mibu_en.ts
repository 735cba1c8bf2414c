<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../app/ui/device_notice.py" line="59" />
        <source>DeviceNotice</source>
        <translation>Device notice</translation>
    </message>
</context>
<context>
    <name>ApproverConfirmDialog</name>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="30" />
        <source>领导确认</source>
        <translation>Approver confirmation</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="36" />
        <source>请审批人本人输入账户和口令：</source>
        <translation>The approver types their own account and passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="43" />
        <source>审批人用户名</source>
        <translation>Approver username</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="44" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="49" />
        <source>动态口令</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="57" />
        <source>确认批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/confirm_dialog.py" line="58" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../app/ui/audit_view.py" line="59" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="60" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="61" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="62" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="63" />
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="64" />
        <source>变更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="65" />
        <source>变更后</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../app/ui/audit_view.py" line="125" />
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="130" />
        <source>操作人用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="132" />
        <source>操作（前缀，如 account.）</source>
        <translation>Action (prefix, e.g. account.)</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="134" />
        <source>内容包含</source>
        <translation>Content contains</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="142" />
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="147" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="149" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_view.py" line="180" />
        <source>共 {n} 条</source>
        <translation>{n} entries</translation>
    </message>
</context>
<context>
    <name>CirculationDesk</name>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="43" />
        <source>流转台</source>
        <extracomment>Actions done elsewhere (they need an approval or a list), named so the clerk knows.</extracomment>
        <translation>Circulation desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="48" />
        <source>扫描载体条码，或输入如 2026-收-0001/3 后回车</source>
        <translation>Scan the label, or type e.g. 2026-收-0001/3 and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="51" />
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="53" />
        <source>条码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="62" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="76" />
        <source>编号：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="77" />
        <source>密级：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="78" />
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="79" />
        <source>文号：</source>
        <translation>Document no.:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="80" />
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="81" />
        <source>持有人：</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="82" />
        <source>应还日期：</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="85" />
        <source>可办理</source>
        <translation>Possible actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="90" />
        <source>传阅给(&amp;H)</source>
        <translation>&amp;Hand to</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="95" />
        <source>收回入库(&amp;B)</source>
        <translation>&amp;Bring back to store</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="137" />
        <source>已交 {name} 阅读，应于 {due} 前退回</source>
        <translation>Handed to {name}; due back by {due}</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="151" />
        <source>已收回入库</source>
        <translation>Back in store</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="188" />
        <source>急件</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="196" />
        <source>{due}（已逾期）</source>
        <translation>{due} (overdue)</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="215" />
        <source>另可办理（需审批或清单）：{actions}</source>
        <translation>Also possible (needs an approval or a list): {actions}</translation>
    </message>
    <message>
        <location filename="../../app/ui/circulation_desk.py" line="218" />
        <source>此载体已{state}，不能再办理任何流转</source>
        <translation>This item is {state}; nothing more can be done with it</translation>
    </message>
</context>
<context>
    <name>ClerkPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="59" />
        <source>保密员账户</source>
        <translation>Clerk's account</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="74" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="75" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="76" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="77" />
        <source>再次输入口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="84" />
        <source>{level}级计算机：口令至少 {n} 位，须含大写字母、小写字母、数字、符号中的至少两类。</source>
        <translation>{level} workstation: passphrases have at least {n} characters and at least two of upper case, lower case, digits and symbols.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="88" />
        <source>绝密级计算机还须使用一次性口令：下一步将显示一次二维码，请用动态口令器扫描录入。</source>
        <translation>A 绝密 (top secret) workstation also needs a one-time code: the next page shows a QR code once; scan it with your authenticator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="95" />
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
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
        <location filename="../../app/ui/device_notice.py" line="63" />
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="69" />
        <source>登记此设备…</source>
        <translation>Register this device…</translation>
    </message>
    <message>
        <location filename="../../app/ui/device_notice.py" line="72" />
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DocumentDetail</name>
    <message>
        <location filename="../../app/ui/document_detail.py" line="56" />
        <source>密级标志</source>
        <translation>Marking</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="57" />
        <source>收文编号</source>
        <translation>Internal no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="58" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="59" />
        <source>来文单位</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="60" />
        <source>收文日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="61" />
        <source>知悉范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="62" />
        <source>清退期限</source>
        <translation>Return by</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="68" />
        <source>异常情况</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="71" />
        <source>份号</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="71" />
        <source>条码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="71" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="72" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="72" />
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="76" />
        <source>各份去向（{n}）</source>
        <translation>Copies ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="77" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="77" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="77" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="78" />
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="78" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_detail.py" line="83" />
        <source>全部经历（{n}）</source>
        <translation>History ({n})</translation>
    </message>
</context>
<context>
    <name>DocumentsArea</name>
    <message>
        <location filename="../../app/ui/documents_area.py" line="52" />
        <source>收发文登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_area.py" line="53" />
        <source>收文登记</source>
        <translation>Receipt</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../app/ui/documents_view.py" line="140" />
        <source>收发文登记簿</source>
        <translation>Document register</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="146" />
        <source>检索标题、文号、收文编号、来文单位（如 海淀、发〔2016〕）</source>
        <translation>Search title, document number, register number, sender (e.g. 海淀, 发〔2016〕)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="150" />
        <source>全部密级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="155" />
        <source>不限期限</source>
        <translation>Any period</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="156" />
        <source>已到期未解密</source>
        <translation>Expired, not declassified</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="157" />
        <source>90 天内到期</source>
        <translation>Expiring within 90 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="159" />
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="196" />
        <source>共 {n} 份文件</source>
        <translation>{n} documents</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="121" />
        <source>登记簿已建立</source>
        <translation>Register created</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="133" />
        <source>请用动态口令器扫描下面的二维码。它只显示这一次；以后每次解锁都需要输入动态口令。</source>
        <translation>Scan the QR code below with your authenticator. It is shown only once; every unlock will ask for the one-time code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="139" />
        <source>登记簿和密钥文件已建立。请定期把两者一起备份；缺少任何一个都无法打开登记簿。</source>
        <translation>The register and its key file have been created. Back them up together regularly: the register cannot be opened without both.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="26" />
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="29" />
        <source>Mibu 遇到了一个意外错误。登记簿的每项操作都在一个事务中完成，未完成的操作不会留下半条记录。
请把下面的内容复制给维护人员。</source>
        <translation>Mibu met an unexpected error. Every operation on the register runs in one transaction; an unfinished one leaves no half-written record.
Please copy the text below for the maintainers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialog.py" line="35" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="55" />
        <source>密簿 — {unit} · {ws}</source>
        <translation>Mibu — {unit} · {ws}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77" />
        <source>工作站密级</source>
        <translation>Workstation level</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80" />
        <source>当前用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="84" />
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>登记簿(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="64" />
        <source>文件登记</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="63" />
        <source>今日工作</source>
        <extracomment>The clerk's areas, in the order the navigation shows them.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="66" />
        <source>流转台</source>
        <translation>Circulation desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="68" />
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="69" />
        <source>待审批事项。</source>
        <translation>Requests waiting for approval.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="70" />
        <source>介质与设备</source>
        <translation>Media &amp; devices</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="72" />
        <source>打印报表</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="74" />
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="76" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MediaLedgerView</name>
    <message>
        <location filename="../../app/ui/media_view.py" line="246" />
        <source>移动存储介质台帐</source>
        <translation>Removable media ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="249" />
        <source>登记介质…</source>
        <translation>Register a medium…</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="251" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/media_view.py" line="268" />
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <location filename="../../app/ui/media_view.py" line="57" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="58" />
        <source>介质类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="59" />
        <source>品牌型号</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="60" />
        <source>厂商ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="61" />
        <source>产品ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="62" />
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="63" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="64" />
        <source>责任人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="65" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="66" />
        <source>上次清查</source>
        <translation>Last inventory</translation>
    </message>
</context>
<context>
    <name>MediumForm</name>
    <message>
        <location filename="../../app/ui/media_view.py" line="118" />
        <source>登记移动存储介质或设备</source>
        <translation>Register a removable medium or device</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="131" />
        <source>如 64GB</source>
        <translation>e.g. 64GB</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="133" />
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="149" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="150" />
        <source>介质类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="151" />
        <source>品牌型号</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="156" />
        <source>厂商ID : 产品ID</source>
        <translation>Vendor ID : Product ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="157" />
        <source>序列号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="158" />
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="159" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="160" />
        <source>责任人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="161" />
        <source>购置日期</source>
        <translation>Bought on</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="168" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="169" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/media_view.py" line="196" />
        <source>已从插入的设备读取厂商ID、产品ID、序列号和描述符摘要；登记后立即按台帐放行。</source>
        <translation>Vendor ID, product ID, serial and descriptor hash were read from the plugged device; once registered it is allowed at once as the ledger says.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="50" />
        <source>新增账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="62" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="63" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="64" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="65" />
        <source>口令（本人输入）</source>
        <translation>Passphrase (typed by its owner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="66" />
        <source>再次输入口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="88" />
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="108" />
        <source>请本人用动态口令器扫描二维码。它只显示这一次。</source>
        <translation>The account owner scans this QR code with an authenticator. It is shown only once.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../app/ui/print_preview.py" line="50" />
        <source>份数 </source>
        <extracomment>on_print(printer, copies) sends the job and records it; raises MibuError to refuse.</extracomment>
        <translation>Copies </translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="51" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="54" />
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="64" />
        <source>未找到打印机</source>
        <translation>No printer found</translation>
    </message>
    <message>
        <location filename="../../app/ui/print_preview.py" line="81" />
        <source>已提交打印任务 {job}</source>
        <translation>Print job {job} submitted</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="47" />
        <source>收文登记</source>
        <translation>Register a receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="55" />
        <source>如 京海发〔2026〕12号</source>
        <translation>e.g. 京海发〔2026〕12号</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="62" />
        <source>留空按密级最长期限；或 10年、长期、2036-01-31</source>
        <translation>Empty for the level maximum; or 10年, 长期, 2036-01-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="69" />
        <source>绝密、机密必填，如 3、5、7-9</source>
        <translation>Required for top secret and confidential, e.g. 3、5、7-9</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="71" />
        <source>如 局领导、办公室</source>
        <translation>e.g. 局领导、办公室</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="73" />
        <source>可空，如 2026-12-31</source>
        <translation>Optional, e.g. 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="75" />
        <source>如 机要室保密柜1</source>
        <translation>e.g. 机要室保密柜1</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="78" />
        <source>来文单位</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="78" />
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="79" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="79" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="80" />
        <source>保密期限</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="80" />
        <source>收文日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="81" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="81" />
        <source>份号</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="82" />
        <source>知悉范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="82" />
        <source>清退期限</source>
        <translation>Return by</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="83" />
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="83" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="89" />
        <source>信封检查</source>
        <translation>Envelope check</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="91" />
        <source>封皮完好</source>
        <translation>Envelope intact</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="92" />
        <source>份数相符</source>
        <translation>Count matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="93" />
        <source>份号相符</source>
        <translation>Copy numbers match</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="94" />
        <source>密级相符</source>
        <translation>Level matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="95" />
        <source>发文单位相符</source>
        <translation>Sender matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="101" />
        <source>有异常时必须说明情况</source>
        <translation>Required when something does not match</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="102" />
        <source>异常情况</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="106" />
        <source>急件</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="107" />
        <source>发文机关允许复制</source>
        <translation>Issuer allows copying</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="108" />
        <source>登记（Ctrl+Enter）</source>
        <translation>Register (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="163" />
        <source>已登记 {no}（{marking}），共 {n} 份</source>
        <translation>Registered {no} ({marking}), {n} copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/receipt_form.py" line="166" />
        <source>；异常情况：{d}</source>
        <translation>; discrepancies: {d}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../app/ui/reports_view.py" line="88" />
        <source>打印报表</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="120" />
        <source>打印期间（含首尾两日）</source>
        <translation>Period (both days included)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="121" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="122" />
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="128" />
        <source>预览并打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="133" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="146" />
        <source>单据真伪查验（输入或扫描单据码）</source>
        <translation>Check a slip (type or scan its code)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="152" />
        <source>查验</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="161" />
        <source>打印记录</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="165" />
        <source>打印编号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="165" />
        <source>单据</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="165" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="165" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="166" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="166" />
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="208" />
        <source>选择要打印标签的介质（可多选）；不选则打印全部在用介质</source>
        <translation>Choose the media to print labels for (several allowed); with none chosen, every medium in use gets a label</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="210" />
        <source>选择要打印的记录（最新的在前）</source>
        <translation>Choose the record to print (newest first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="213" />
        <source>登记簿中还没有可打印此单据的记录</source>
        <translation>The register has no record this form can be printed for yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="237" />
        <source>请先选择一条记录</source>
        <translation>Choose a record first</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="313" />
        <source>已生成 {serial}</source>
        <translation>{serial} generated</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_view.py" line="361" />
        <source>找不到要打印的记录</source>
        <translation>The record to print was not found</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../app/ui/settings_view.py" line="118" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="122" />
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="126" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="126" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="126" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="126" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="127" />
        <source>动态口令</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="134" />
        <source>新增账户…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="136" />
        <source>解除锁定</source>
        <translation>Lift lockout</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="138" />
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="146" />
        <source>本人口令</source>
        <translation>My passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="151" />
        <source>修改口令</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="153" />
        <source>原口令</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="154" />
        <source>新口令</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="155" />
        <source>再次输入新口令</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="159" />
        <source>锁屏</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="163" />
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="165" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="167" />
        <source>无操作后自动锁定（最长 5 分钟）</source>
        <translation>Lock when idle for (at most 5 minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="170" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="172" />
        <source>把登记簿和密钥文件一起备份到已登记的涉密介质。</source>
        <translation>Back up the register and its key file together to a registered classified medium.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="174" />
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="195" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="196" />
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="196" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="198" />
        <source>已登记</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="219" />
        <source>已解除 {name} 的锁定</source>
        <translation>Lockout of {name} lifted</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="229" />
        <source>停用账户</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="229" />
        <source>停用账户 {name}？</source>
        <translation>Disable account {name}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="240" />
        <source>两次输入的新口令不一致</source>
        <translation>The two new passphrases differ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="243" />
        <source>口令已修改</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="251" />
        <source>选择备份目录</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="258" />
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_view.py" line="265" />
        <source>锁屏时间已保存</source>
        <translation>Screen lock delay saved</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="146" />
        <source>密簿 — 首次设置</source>
        <translation>Mibu — First-run setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="156" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="157" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="158" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="159" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../app/ui/today_view.py" line="81" />
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="93" />
        <location filename="../../app/ui/today_view.py" line="113" />
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="94" />
        <location filename="../../app/ui/today_view.py" line="113" />
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="95" />
        <location filename="../../app/ui/today_view.py" line="114" />
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="96" />
        <source>待清退</source>
        <translation>To return to issuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="97" />
        <source>保密期限将满</source>
        <translation>Periods ending</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="98" />
        <source>清点提醒</source>
        <translation>Count reminders</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="104" />
        <location filename="../../app/ui/today_view.py" line="110" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="104" />
        <source>载体</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="104" />
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="104" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="105" />
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="105" />
        <source>应还日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="105" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="108" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="108" />
        <source>事项</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="108" />
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="109" />
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="110" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="110" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="115" />
        <source>清退、保密期限与清点</source>
        <translation>Returns, periods and counts</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="141" />
        <source>今日工作 · {date}</source>
        <translation>Today · {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="161" />
        <source>清退</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="162" />
        <source>{no}《{title}》在册 {n} 份</source>
        <translation>{no} “{title}”: {n} held</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="167" />
        <source>保密期限</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="168" />
        <source>{no}《{title}》{level}</source>
        <translation>{no} “{title}” {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="172" />
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/today_view.py" line="185" />
        <source>{n} 天</source>
        <translation>{n} d</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="25" />
        <source>密簿 — 解锁登记簿</source>
        <translation>Mibu — Unlock the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="27" />
        <source>登记簿已加密锁定。请输入账户和口令。</source>
        <translation>The register is encrypted and locked. Enter your account and passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="40" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="41" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="47" />
        <source>动态口令</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="55" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_dialog.py" line="56" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>WorkstationPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="29" />
        <source>本机信息</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="30" />
        <source>填写使用单位和本台涉密计算机。工作站密级决定口令规则和可接入的移动存储介质，设置后不能降低。</source>
        <translation>Name the unit and this classified computer. The workstation level decides the passphrase rules and which removable media may be used; it cannot be lowered later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="35" />
        <source>例如：海淀区某某局</source>
        <translation>e.g. Haidian District Bureau</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="38" />
        <source>例如：机要室-01</source>
        <translation>e.g. Registry-01</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="43" />
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="44" />
        <source>工作站名称</source>
        <translation>Workstation name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="45" />
        <source>工作站密级</source>
        <translation>Workstation level</translation>
    </message>
</context>
</TS>