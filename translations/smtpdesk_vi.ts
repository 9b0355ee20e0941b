<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMTP Desk</source>
        <translation>Giới thiệu SMTP Desk</translation>
    </message>
    <message>
        <source>Explains SMTP reply codes in English, Vietnamese and Spanish, compares them side by side and tests connections to mail servers, step by step.</source>
        <translation>Giải thích các mã phản hồi SMTP bằng tiếng Anh, tiếng Việt và tiếng Tây Ban Nha, đặt hai mã cạnh nhau để so sánh và kiểm tra kết nối tới máy chủ thư theo từng bước.</translation>
    </message>
    <message>
        <source>Works offline. Passwords are never stored or written to reports.</source>
        <translation>Hoạt động không cần mạng. Mật khẩu không bao giờ được lưu lại hay ghi vào báo cáo.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Phát hành theo giấy phép MIT.</translation>
    </message>
</context>
<context>
    <name>AuthExchange</name>
    <message>
        <source>the server sent more challenges than the method needs</source>
        <translation>máy chủ gửi nhiều chuỗi thử thách (challenge) hơn mức phương thức này cần</translation>
    </message>
    <message>
        <source>the CRAM-MD5 challenge is not valid base64</source>
        <translation>chuỗi thử thách (challenge) CRAM-MD5 không phải là base64 hợp lệ</translation>
    </message>
    <message>
        <source>the server sent a challenge although the PLAIN initial response was complete</source>
        <translation>máy chủ vẫn gửi chuỗi thử thách (challenge) dù phản hồi ban đầu của PLAIN đã đầy đủ</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Chứng chỉ không đáng tin cậy</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified, so the test stopped before anything secret was sent.</source>
        <translation>Không xác minh được chứng chỉ của %1, nên bài kiểm tra đã dừng trước khi gửi bất kỳ thông tin bí mật nào.</translation>
    </message>
    <message>
        <source>Trust it only if you know this server (your own or a test server) and its administrator confirms the SHA-256 fingerprint below. For a public provider, do not: someone may be intercepting the connection.</source>
        <translation>Chỉ tin cậy chứng chỉ này nếu bạn biết rõ máy chủ (máy chủ của riêng bạn hoặc máy chủ thử nghiệm) và quản trị viên của máy chủ xác nhận dấu vân tay SHA-256 bên dưới. Đừng làm vậy với máy chủ của một nhà cung cấp công cộng: có thể ai đó đang chặn bắt kết nối.</translation>
    </message>
    <message>
        <source>Trust for this test only</source>
        <translation>Chỉ tin cậy cho lần kiểm tra này</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>smtpdesk: unknown command &quot;%1&quot;.</source>
        <translation>smtpdesk: không có lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;smtpdesk --help&quot; to see the available commands.</source>
        <translation>Chạy &quot;smtpdesk --help&quot; để xem các lệnh hiện có.</translation>
    </message>
    <message>
        <source>SMTP Desk %1 — explains SMTP reply codes and tests mail server connections.</source>
        <translation>SMTP Desk %1 — giải thích mã phản hồi SMTP và kiểm tra kết nối tới máy chủ thư.</translation>
    </message>
    <message>
        <source>Usage: smtpdesk [--lang en|vi|es] [COMMAND [ARGUMENTS…]]</source>
        <translation>Cách dùng: smtpdesk [--lang en|vi|es] [LỆNH [THAM SỐ…]]</translation>
    </message>
    <message>
        <source>Without a command, SMTP Desk opens its window.</source>
        <translation>Nếu không có lệnh, SMTP Desk sẽ mở cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tuỳ chọn:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Hiện phần trợ giúp này rồi thoát.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Hiện số phiên bản rồi thoát.</translation>
    </message>
    <message>
        <source>Language of the output (default: the system language).</source>
        <translation>Ngôn ngữ hiển thị kết quả (mặc định: ngôn ngữ của hệ thống).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 nothing found, 2 wrong usage.</source>
        <translation>Mã thoát: 0 thành công, 1 không tìm thấy gì, 2 dùng sai cú pháp.</translation>
    </message>
    <message>
        <source>Explain a reply code (535, 5.7.8, 5.X.X, X.7.X).</source>
        <translation>Giải thích một mã phản hồi (535, 5.7.8, 5.X.X, X.7.X).</translation>
    </message>
    <message>
        <source>Show two codes side by side and how they differ.</source>
        <translation>Đặt hai mã cạnh nhau và cho biết chúng khác nhau thế nào.</translation>
    </message>
    <message>
        <source>Find and explain the reply codes in an error message or a bounce.</source>
        <translation>Tìm và giải thích các mã phản hồi trong một thông báo lỗi hoặc thư bị trả lại.</translation>
    </message>
    <message>
        <source>Test a mail server step by step (run &quot;smtpdesk test --help&quot;).</source>
        <translation>Kiểm tra máy chủ thư theo từng bước (xem &quot;smtpdesk test --help&quot;).</translation>
    </message>
    <message>
        <source>Run a demo SMTP server on this computer for training (&quot;--list&quot; shows its scenarios).</source>
        <translation>Chạy một máy chủ SMTP mô phỏng trên máy tính này để luyện tập (&quot;--list&quot; liệt kê các kịch bản).</translation>
    </message>
</context>
<context>
    <name>CodeBrowser</name>
    <message>
        <source>Search a code (535, 5.7.8, 5xx), a word, or paste a server reply</source>
        <translation>Tìm mã (535, 5.7.8, 5xx), một từ khoá, hoặc dán phản hồi của máy chủ</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Tìm mã</translation>
    </message>
    <message numerus="yes">
        <source>The built-in code catalog is damaged (%n problem(s)); some codes may be missing. Please report this.</source>
        <translation>
            <numerusform>Danh mục mã tích hợp sẵn bị hỏng (%n lỗi); có thể thiếu một số mã. Vui lòng báo lại sự cố này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n code(s), grouped by class. Type a code, a prefix such as 5.7 or 5xx, or a word.</source>
        <translation>
            <numerusform>Toàn bộ %n mã, xếp theo nhóm. Hãy gõ một mã, phần đầu của mã như 5.7 hoặc 5xx, hoặc một từ khoá.</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”. Check the spelling, use fewer words, or paste the whole server reply.</source>
        <translation>Không có mã nào khớp với “%1”. Hãy kiểm tra chính tả, bớt từ khoá, hoặc dán toàn bộ phản hồi của máy chủ.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) match.</source>
        <translation>
            <numerusform>Tìm thấy %n mã.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Các mã tìm thấy</translation>
    </message>
    <message>
        <source>Codes found in the pasted text:</source>
        <translation>Các mã tìm thấy trong văn bản vừa dán:</translation>
    </message>
    <message numerus="yes">
        <source>Found %n code(s) in the pasted text.</source>
        <translation>
            <numerusform>Tìm thấy %n mã trong văn bản vừa dán.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is very long: only its beginning was searched.</source>
        <translation>Văn bản rất dài: chỉ phần đầu được tìm kiếm.</translation>
    </message>
</context>
<context>
    <name>CodeDetailView</name>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <source>Choose a code on the left to read what it means and how to fix it.</source>
        <translation>Chọn một mã ở bên trái để xem ý nghĩa và cách khắc phục.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Quay lại mã trước (Alt+Trái)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Sang mã kế tiếp (Alt+Phải)</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>So sánh với…</translation>
    </message>
    <message>
        <source>Open this code in the Compare view</source>
        <translation>Mở mã này trong màn hình So sánh</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Sao chép dạng văn bản</translation>
    </message>
    <message>
        <source>Copy this page as plain text, for a ticket or an email</source>
        <translation>Sao chép trang này dạng văn bản thuần để dán vào phiếu hỗ trợ hoặc email</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Usage: smtpdesk compare CODE CODE [--lang en|vi|es]</source>
        <translation>Cách dùng: smtpdesk compare MÃ MÃ [--lang en|vi|es]</translation>
    </message>
    <message>
        <source>Shows two reply codes side by side: what each means, when you see it, how to fix it, the key differences and when to use which.</source>
        <translation>Đặt hai mã phản hồi cạnh nhau: ý nghĩa của từng mã, khi nào gặp, cách khắc phục, những điểm khác biệt chính và khi nào dùng mã nào.</translation>
    </message>
    <message>
        <source>smtpdesk compare: unknown option &quot;%1&quot;.</source>
        <translation>smtpdesk compare: không có tuỳ chọn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>smtpdesk compare: give two codes, for example: smtpdesk compare 530 535</source>
        <translation>smtpdesk compare: hãy nhập hai mã, ví dụ: smtpdesk compare 530 535</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>“%1” is not a reply code SMTP Desk knows. Pick a code from the list, for example 535 or 5.7.8.</source>
        <translation>SMTP Desk không biết mã phản hồi “%1”. Hãy chọn một mã trong danh sách, ví dụ 535 hoặc 5.7.8.</translation>
    </message>
    <message>
        <source>“%1” is not a reply code SMTP Desk knows. Nearest known codes: %2.</source>
        <translation>SMTP Desk không biết mã phản hồi “%1”. Các mã gần nhất: %2.</translation>
    </message>
    <message>
        <source>%1 is not a registered code; its subject says: %2</source>
        <translation>%1 không phải là mã đã đăng ký; lĩnh vực của nó cho biết: %2</translation>
    </message>
    <message>
        <source>a %1 reply</source>
        <extracomment>%1 is a class such as &quot;5xx permanent negative&quot;</extracomment>
        <translation>một phản hồi nhóm %1</translation>
    </message>
    <message>
        <source>nobody needs to act: the mail program carries on by itself</source>
        <translation>không ai cần làm gì: ứng dụng thư tự tiếp tục</translation>
    </message>
    <message>
        <source>the mail program: it must send what the server asks for next</source>
        <translation>ứng dụng thư: nó phải gửi tiếp thứ mà máy chủ yêu cầu</translation>
    </message>
    <message>
        <source>at first nobody: the sending program or server retries by itself; a person acts only if it keeps happening</source>
        <translation>lúc đầu không ai cả: chương trình hoặc máy chủ gửi thư tự thử lại; chỉ khi lỗi cứ lặp lại thì mới cần người xử lý</translation>
    </message>
    <message>
        <source>the person who set up the mail program (account, password, security settings), or the provider if the account is blocked</source>
        <translation>người cài đặt ứng dụng thư (tài khoản, mật khẩu, thiết lập bảo mật), hoặc nhà cung cấp nếu tài khoản bị khoá</translation>
    </message>
    <message>
        <source>the server operator, or the user by choosing another server or port</source>
        <translation>người quản trị máy chủ, hoặc người dùng bằng cách chọn máy chủ hay cổng khác</translation>
    </message>
    <message>
        <source>the sender, by correcting an address, or the administrator of the receiving server</source>
        <translation>người gửi, bằng cách sửa lại địa chỉ, hoặc người quản trị máy chủ nhận thư</translation>
    </message>
    <message>
        <source>the sender or the server operator, depending on what the server objected to</source>
        <translation>người gửi hoặc người quản trị máy chủ, tuỳ vào điều mà máy chủ từ chối</translation>
    </message>
    <message>
        <source>A server sends %1 in this situation: %2 On seeing it: %3 %4</source>
        <extracomment>%1 code, %2 when a server sends it, %3 what the class tells a client, %4 first step for a person</extracomment>
        <translation>Máy chủ gửi %1 trong trường hợp sau: %2 Khi gặp mã này: %3 %4</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to the %3 class. %4</source>
        <translation>Cả %1 và %2 đều thuộc nhóm %3. %4</translation>
    </message>
    <message>
        <source>%1 is %2 (%3) while %4 is %5 (%6)</source>
        <translation>%1 là %2 (%3), còn %4 là %5 (%6)</translation>
    </message>
    <message>
        <source>Both appear at the same step of the conversation: %1.</source>
        <translation>Cả hai xuất hiện ở cùng một bước của phiên làm việc: %1.</translation>
    </message>
    <message>
        <source>They can answer the same step of the conversation: %1 appears as %2; %3 appears as %4.</source>
        <translation>Hai mã có thể trả lời cùng một bước của phiên làm việc: %1 xuất hiện khi %2; %3 xuất hiện khi %4.</translation>
    </message>
    <message>
        <source>They answer different steps: %1 appears as %2, while %3 appears as %4.</source>
        <translation>Hai mã trả lời những bước khác nhau: %1 xuất hiện khi %2, còn %3 xuất hiện khi %4.</translation>
    </message>
    <message>
        <source>Who has to act is the same for both: %1.</source>
        <translation>Người cần xử lý giống nhau cho cả hai: %1.</translation>
    </message>
    <message>
        <source>Who has to act: for %1, %2; for %3, %4.</source>
        <translation>Người cần xử lý: với %1 là %2; với %3 là %4.</translation>
    </message>
    <message>
        <source>%1 is the three-digit reply every client understands; %2 is the enhanced status code that explains it. A server that announces ENHANCEDSTATUSCODES puts both on the same line.</source>
        <translation>%1 là mã phản hồi ba chữ số mà mọi máy khách đều hiểu; %2 là mã trạng thái mở rộng giải thích thêm cho nó. Máy chủ có công bố ENHANCEDSTATUSCODES sẽ đặt cả hai trên cùng một dòng.</translation>
    </message>
    <message>
        <source>They come with different companions: %1 usually appears with %2, and %3 with %4.</source>
        <translation>Mỗi mã thường đi kèm những mã khác nhau: %1 thường đi với %2, còn %3 đi với %4.</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences. Pick another code on one side to see how they differ.</source>
        <translation>Cả hai bên đều là %1: so sánh một mã với chính nó thì không có gì khác biệt. Hãy chọn một mã khác ở một bên để xem chúng khác nhau thế nào.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same code: %3</source>
        <translation>%1 và %2 là cùng một mã: %3</translation>
    </message>
    <message>
        <source>%1 and %2 are not alternatives: they usually arrive together in one reply, as in “%1 %2 …”. The basic code %1 (%3) says what happened to the command; the enhanced code %2 (%4) adds why.</source>
        <translation>%1 và %2 không loại trừ nhau: chúng thường đến cùng nhau trong một phản hồi, như “%1 %2 …”. Mã cơ bản %1 (%3) cho biết lệnh đã ra sao; mã mở rộng %2 (%4) cho biết thêm lý do.</translation>
    </message>
    <message>
        <source>%1 is %2: %3 %4 is %5: %6</source>
        <extracomment>%1/%4 codes, %2/%5 class words (&quot;a 5xx permanent negative reply&quot;), %3/%6 one-line summaries</extracomment>
        <translation>%1 là %2: %3 %4 là %5: %6</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Khi nào gặp mã này</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Những điểm khác biệt chính</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Khi nào dùng mã nào</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Khi nào gặp mã này</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <extracomment>%1 and %2 are reply codes</extracomment>
        <translation>So sánh %1 với %2</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Những điểm khác biệt chính</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Khi nào dùng mã nào</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compare two codes</source>
        <translation>So sánh hai mã</translation>
    </message>
    <message>
        <source>Recent comparisons</source>
        <translation>Các lần so sánh gần đây</translation>
    </message>
    <message>
        <source>Save comparison as HTML</source>
        <translation>Lưu bản so sánh dạng HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1. Choose another folder or file name.</source>
        <translation>Không ghi được bản so sánh vào %1. Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>&amp;First code</source>
        <translation>Mã &amp;thứ nhất</translation>
    </message>
    <message>
        <source>&amp;Second code</source>
        <translation>Mã thứ &amp;hai</translation>
    </message>
    <message>
        <source>Code or words, e.g. 530</source>
        <translation>Mã hoặc từ khoá, ví dụ 530</translation>
    </message>
    <message>
        <source>Code or words, e.g. 535</source>
        <translation>Mã hoặc từ khoá, ví dụ 535</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Đổi chỗ hai mã</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Sao chép dạng văn bản</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Lưu dạng HTML…</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 provider name, %2 its note (for example &quot;needs an app password&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the outgoing mail server, for example smtp.example.com.</source>
        <translation>Hãy nhập máy chủ thư đi (SMTP), ví dụ smtp.example.com.</translation>
    </message>
    <message>
        <source>The server name “%1” contains characters a server name cannot have (spaces, @, slashes…).</source>
        <translation>Tên máy chủ “%1” chứa ký tự không được phép có trong tên máy chủ (dấu cách, @, dấu gạch chéo…).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; mail servers usually use 587, 465 or 25.</source>
        <translation>Cổng phải là một số từ 1 đến 65535; máy chủ thư thường dùng cổng 587, 465 hoặc 25.</translation>
    </message>
    <message>
        <source>“%1” is not a complete email address: it needs a name, an @ and a domain such as example.com.</source>
        <translation>“%1” không phải là địa chỉ email đầy đủ: địa chỉ cần có tên, ký tự @ và tên miền, ví dụ example.com.</translation>
    </message>
    <message>
        <source>The sender “%1” is not a valid address; a server would refuse it (often with 553).</source>
        <translation>Địa chỉ người gửi “%1” không hợp lệ; máy chủ sẽ từ chối địa chỉ này (thường bằng mã 553).</translation>
    </message>
    <message>
        <source>The recipient “%1” is not a valid address; a server would refuse it (often with 553 or 501).</source>
        <translation>Địa chỉ người nhận “%1” không hợp lệ; máy chủ sẽ từ chối địa chỉ này (thường bằng mã 553 hoặc 501).</translation>
    </message>
    <message>
        <source>A recipient needs a sender too: fill in MAIL FROM.</source>
        <translation>Khi có người nhận thì cũng phải có người gửi: hãy điền MAIL FROM.</translation>
    </message>
    <message>
        <source>To send a test message, enter at least one recipient.</source>
        <translation>Để gửi thư thử nghiệm, hãy nhập ít nhất một người nhận.</translation>
    </message>
    <message>
        <source>Enter the password (or choose “None” as the sign-in method to test without signing in).</source>
        <translation>Hãy nhập mật khẩu (hoặc, nếu muốn kiểm tra mà không đăng nhập, hãy chọn “Không đăng nhập” ở mục Cách đăng nhập).</translation>
    </message>
    <message>
        <source>&amp;My mail server</source>
        <translation>Máy chủ thư của &amp;bạn</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Địa chỉ &amp;email:</translation>
    </message>
    <message>
        <source>Outgoing &amp;server:</source>
        <translation>Máy chủ thư đ&amp;i:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Bả&amp;o mật:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Các&amp;h đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên người &amp;dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Tên EHLO:</translation>
    </message>
    <message>
        <source>Time limit per step (s):</source>
        <translation>Giới hạn mỗi bước (giây):</translation>
    </message>
    <message>
        <source>MAIL FROM:</source>
        <translation>MAIL FROM:</translation>
    </message>
    <message>
        <source>RCPT TO:</source>
        <translation>RCPT TO:</translation>
    </message>
    <message>
        <source>Stop after:</source>
        <translation>Dừng sau:</translation>
    </message>
    <message>
        <source>ana@example.com (optional: fills in the rest)</source>
        <translation>ana@example.com (không bắt buộc: tự điền các ô còn lại)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Dò tìm</translation>
    </message>
    <message>
        <source>Find the server and port for this address (DNS and known providers)</source>
        <translation>Tìm máy chủ và cổng cho địa chỉ này (qua DNS và các nhà cung cấp đã biết)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Automatic (from the port)</source>
        <translation>Tự động (theo cổng)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Không mã hoá</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>OAuth2 token</source>
        <translation>Token OAuth2</translation>
    </message>
    <message>
        <source>None (do not sign in)</source>
        <translation>Không đăng nhập</translation>
    </message>
    <message>
        <source>usually your full email address</source>
        <translation>thường là địa chỉ email đầy đủ</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>không bao giờ được lưu</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation>một hoặc nhiều địa chỉ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Run every step</source>
        <translation>Chạy mọi bước</translation>
    </message>
    <message>
        <source>Connection and EHLO</source>
        <translation>Kết nối và EHLO</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Mã hoá</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Send a small test message</source>
        <translation>Gửi một thư thử nghiệm nhỏ</translation>
    </message>
    <message>
        <source>&amp;Demo server</source>
        <translation>Máy chủ mô &amp;phỏng</translation>
    </message>
    <message>
        <source>A training server on this computer: no mail server needed</source>
        <translation>Máy chủ luyện tập chạy ngay trên máy này: không cần máy chủ thư thật</translation>
    </message>
    <message>
        <source>Allow sign-in without encryption</source>
        <translation>Cho phép đăng nhập không mã hoá</translation>
    </message>
    <message>
        <source>Only for a test server you control: the password would cross the network readable by anyone on the way.</source>
        <translation>Chỉ dùng với máy chủ thử nghiệm do bạn quản lý: mật khẩu sẽ đi qua mạng ở dạng ai cũng đọc được.</translation>
    </message>
    <message>
        <source>The EHLO name “%1” must be a host name such as client.example.com or an address literal such as [192.0.2.1].</source>
        <translation>Tên EHLO “%1” phải là một tên máy như client.example.com hoặc một địa chỉ IP viết trong ngoặc vuông như [192.0.2.1].</translation>
    </message>
    <message>
        <source>The user name contains invisible or control characters, perhaps copied along with it. Type it again.</source>
        <translation>Tên người dùng chứa ký tự ẩn hoặc ký tự điều khiển, có lẽ bị sao chép kèm theo. Hãy gõ lại tên người dùng.</translation>
    </message>
    <message>
        <source>The password contains invisible or control characters, which no keyboard types; it was probably pasted with something extra. Type it again.</source>
        <translation>Mật khẩu chứa ký tự ẩn hoặc ký tự điều khiển mà không bàn phím nào gõ ra được; có lẽ khi dán đã kèm theo thứ gì đó. Hãy gõ lại mật khẩu.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Looking for the mail server of %1…</source>
        <translation>Đang tìm máy chủ thư của %1…</translation>
    </message>
    <message>
        <source>Server discovery</source>
        <translation>Dò tìm máy chủ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Không khởi động được máy chủ mô phỏng: %1</translation>
    </message>
    <message>
        <source>Testing %1 on port %2…</source>
        <translation>Đang kiểm tra %1 qua cổng %2…</translation>
    </message>
    <message>
        <source>SMTP Desk connection test</source>
        <translation>Kiểm tra kết nối SMTP Desk</translation>
    </message>
    <message>
        <source>As HTML…</source>
        <translation>Dạng HTML…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Dạng PDF…</translation>
    </message>
    <message>
        <source>As plain text…</source>
        <translation>Dạng văn bản thuần…</translation>
    </message>
    <message>
        <source>Export the test report</source>
        <translation>Xuất báo cáo kiểm tra</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>The report could not be written to %1. Choose another folder or file name.</source>
        <translation>Không ghi được báo cáo vào %1. Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>Chạy &amp;kiểm tra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the transcript (passwords are already removed)</source>
        <translation>Sao chép nhật ký phiên (mật khẩu đã được xoá sẵn)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Transcript (passwords removed)</source>
        <translation>Nhật ký phiên (đã xoá mật khẩu)</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Các bước kiểm tra</translation>
    </message>
    <message>
        <source>Choose the demo server or enter your server, then press Run test. Each step is explained as it happens.</source>
        <translation>Hãy chọn máy chủ mô phỏng hoặc nhập máy chủ của bạn, rồi nhấn “Chạy kiểm tra”. Mỗi bước sẽ được giải thích ngay khi diễn ra.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: smtpdesk demo-server [--scenario NAME] [--port PORT] [--list] [--lang en|vi|es]

Runs SMTP Desk&apos;s demo SMTP server for training. It listens on 127.0.0.1 only, so only this
computer can reach it, and plays one scenario: a healthy server or a particular failure. It prints
the &quot;smtpdesk test&quot; command that tries the scenario and serves until you press Ctrl+C.

  --scenario NAME  the scenario to play (default: healthy)
  --port PORT      the port to listen on (default: 0, any free port)
  --list           list the scenarios and exit

Exit status: 0 stopped normally, 1 the port could not be opened, 2 wrong usage.</source>
        <translation>Cách dùng: smtpdesk demo-server [--scenario TÊN] [--port CỔNG] [--list] [--lang en|vi|es]

Chạy máy chủ SMTP mô phỏng của SMTP Desk để luyện tập. Máy chủ chỉ chờ kết nối trên 127.0.0.1, nên chỉ
máy tính này kết nối được tới nó, và chạy một kịch bản: máy chủ hoạt động bình thường hoặc một lỗi
cụ thể. Máy chủ in ra lệnh &quot;smtpdesk test&quot; để thử kịch bản đó và phục vụ cho đến khi bạn nhấn Ctrl+C.

  --scenario TÊN  kịch bản cần chạy (mặc định: healthy)
  --port CỔNG     cổng để chờ kết nối (mặc định: 0, một cổng trống bất kỳ)
  --list          liệt kê các kịch bản rồi thoát

Mã thoát: 0 dừng bình thường, 1 không mở được cổng, 2 dùng sai cú pháp.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: --scenario needs a name; --list shows them.</source>
        <translation>smtpdesk demo-server: --scenario cần có tên kịch bản; --list sẽ liệt kê các kịch bản.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: --port needs a number.</source>
        <translation>smtpdesk demo-server: --port cần có một số.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: unknown option &quot;%1&quot;. Run &quot;smtpdesk demo-server --help&quot;.</source>
        <translation>smtpdesk demo-server: không có tuỳ chọn &quot;%1&quot;. Chạy &quot;smtpdesk demo-server --help&quot; để xem cách dùng.</translation>
    </message>
    <message>
        <source>Demo scenarios:</source>
        <translation>Các kịch bản mô phỏng:</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: unknown scenario &quot;%1&quot;. Run &quot;smtpdesk demo-server --list&quot; to see them.</source>
        <translation>smtpdesk demo-server: không có kịch bản &quot;%1&quot;. Chạy &quot;smtpdesk demo-server --list&quot; để xem danh sách.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: &quot;%1&quot; is not a valid port: use a number from 1 to 65535, or 0 for any free port.</source>
        <translation>smtpdesk demo-server: &quot;%1&quot; không phải là cổng hợp lệ: hãy dùng một số từ 1 đến 65535, hoặc 0 để dùng một cổng trống bất kỳ.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>smtpdesk demo-server: không thể chờ kết nối tại 127.0.0.1, cổng %1: %2</translation>
    </message>
    <message>
        <source>SMTP Desk demo server — training only, reachable from this computer only.</source>
        <translation>Máy chủ mô phỏng của SMTP Desk — chỉ dùng để luyện tập, chỉ kết nối được từ máy tính này.</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2)</source>
        <translation>Kịch bản: %1 (%2)</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>Đang chờ kết nối tại %1:%2</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Dấu vân tay SHA-256 của chứng chỉ: %1</translation>
    </message>
    <message>
        <source>Certificate as a CA file, for --ca-file: %1</source>
        <translation>Chứng chỉ dưới dạng tệp CA, dùng cho --ca-file: %1</translation>
    </message>
    <message>
        <source>Try it from another terminal:</source>
        <translation>Hãy thử từ một cửa sổ dòng lệnh khác:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Nhấn Ctrl+C để dừng.</translation>
    </message>
    <message>
        <source>Session %1 opened from %2.</source>
        <translation>Đã mở phiên %1 từ %2.</translation>
    </message>
    <message>
        <source>Session %1 closed: %2.</source>
        <translation>Đã đóng phiên %1: %2.</translation>
    </message>
    <message>
        <source>Demo server stopped.</source>
        <translation>Đã dừng máy chủ mô phỏng.</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Healthy server</source>
        <translation>Máy chủ hoạt động bình thường</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Bắt buộc đăng nhập</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Sai mật khẩu</translation>
    </message>
    <message>
        <source>Invalid mailbox name</source>
        <translation>Tên hộp thư không hợp lệ</translation>
    </message>
    <message>
        <source>App password required</source>
        <translation>Bắt buộc dùng mật khẩu ứng dụng</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>Bắt buộc dùng STARTTLS</translation>
    </message>
    <message>
        <source>Encryption required for this sign-in method</source>
        <translation>Cách đăng nhập này cần mã hoá</translation>
    </message>
    <message>
        <source>Temporary sign-in failure</source>
        <translation>Lỗi đăng nhập tạm thời</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Dịch vụ không khả dụng</translation>
    </message>
    <message>
        <source>Mailbox full (temporary)</source>
        <translation>Hộp thư đầy (tạm thời)</translation>
    </message>
    <message>
        <source>Mailbox full (permanent)</source>
        <translation>Hộp thư đầy (vĩnh viễn)</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Người nhận không tồn tại</translation>
    </message>
    <message>
        <source>Relay denied</source>
        <translation>Từ chối chuyển tiếp</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Danh sách xám (greylisting)</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Máy chủ phản hồi chậm</translation>
    </message>
    <message>
        <source>A well-configured submission server: STARTTLS, sign-in, sender, recipient and a test message are all accepted.</source>
        <translation>Một máy chủ gửi thư được cấu hình đúng: STARTTLS, đăng nhập, người gửi, người nhận và thư thử nghiệm đều được chấp nhận.</translation>
    </message>
    <message>
        <source>The server accepts no mail from clients that have not signed in and answers MAIL FROM with 530 5.7.0.</source>
        <translation>Máy chủ không nhận thư từ máy khách chưa đăng nhập và trả lời MAIL FROM bằng 530 5.7.0.</translation>
    </message>
    <message>
        <source>The server refuses every user name and password with 535 5.7.8, as it does when the password is wrong.</source>
        <translation>Máy chủ từ chối mọi tên người dùng và mật khẩu bằng 535 5.7.8, giống như khi mật khẩu bị sai.</translation>
    </message>
    <message>
        <source>The server rejects the recipient address as malformed with 553 5.1.3.</source>
        <translation>Máy chủ từ chối địa chỉ người nhận bằng 553 5.1.3 vì địa chỉ sai định dạng.</translation>
    </message>
    <message>
        <source>The account has two-step verification, so the server accepts only an app password and answers 534 5.7.9.</source>
        <translation>Tài khoản đã bật xác minh hai bước, nên máy chủ chỉ chấp nhận mật khẩu ứng dụng và trả lời 534 5.7.9.</translation>
    </message>
    <message>
        <source>The server refuses mail over an unencrypted connection and answers MAIL FROM with 530 5.7.0 until STARTTLS is used.</source>
        <translation>Máy chủ không nhận thư qua kết nối không mã hoá và trả lời MAIL FROM bằng 530 5.7.0 cho đến khi dùng STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers sign-in over plain text but refuses it with 538 5.7.11 until the connection is encrypted.</source>
        <translation>Máy chủ vẫn báo có hỗ trợ đăng nhập trên kết nối không mã hoá, nhưng từ chối bằng 538 5.7.11 cho đến khi kết nối được mã hoá.</translation>
    </message>
    <message>
        <source>The server greets with 421 4.3.2 and closes the connection at once, as it does during maintenance or overload.</source>
        <translation>Máy chủ chào bằng 421 4.3.2 rồi đóng kết nối ngay, như khi đang bảo trì hoặc quá tải.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota, so the server defers the recipient with 452 4.2.2.</source>
        <translation>Hộp thư của người nhận đã vượt hạn mức, nên máy chủ tạm hoãn người nhận này bằng 452 4.2.2.</translation>
    </message>
    <message>
        <source>The server accepts the recipient but rejects the message after the data with 552 5.2.2 because the mailbox is full.</source>
        <translation>Máy chủ chấp nhận người nhận nhưng từ chối thư bằng 552 5.2.2 sau khi nhận xong nội dung, vì hộp thư đã đầy.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist, so the server rejects it with 550 5.1.1.</source>
        <translation>Hộp thư của người nhận không tồn tại, nên máy chủ từ chối người nhận này bằng 550 5.1.1.</translation>
    </message>
    <message>
        <source>A client that has not signed in may not send to other domains: the server answers RCPT TO with 554 5.7.1.</source>
        <translation>Máy khách chưa đăng nhập thì không được gửi thư tới tên miền khác: máy chủ trả lời RCPT TO bằng 554 5.7.1.</translation>
    </message>
    <message>
        <source>The server waits %1 seconds before greeting, longer than the suggested time limit of %2 seconds per step, so the test times out.</source>
        <translation>Máy chủ chờ %1 giây rồi mới chào, lâu hơn giới hạn thời gian đề xuất là %2 giây cho mỗi bước, nên bài kiểm tra bị hết thời gian chờ.</translation>
    </message>
    <message>
        <source>The server cannot check passwords at the moment and answers 454 4.7.0: a problem on the server&apos;s side, not a wrong password.</source>
        <translation>Máy chủ tạm thời không kiểm tra được mật khẩu và trả lời 454 4.7.0: đây là sự cố phía máy chủ, không phải do sai mật khẩu.</translation>
    </message>
    <message>
        <source>The server defers the recipient with 450 4.2.0, as greylisting does with senders it has not seen before; a real mail server retries a few minutes later and gets through.</source>
        <translation>Máy chủ tạm hoãn người nhận bằng 450 4.2.0, như cơ chế danh sách xám vẫn làm với người gửi lạ; một máy chủ thư thật sẽ thử lại sau vài phút và gửi được thư.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>still open</source>
        <translation>vẫn đang mở</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>máy khách đã đóng kết nối</translation>
    </message>
    <message>
        <source>the client said QUIT</source>
        <translation>máy khách đã gửi QUIT</translation>
    </message>
    <message>
        <source>the scenario closes the connection</source>
        <translation>kịch bản đóng kết nối</translation>
    </message>
    <message>
        <source>the client was silent for too long</source>
        <translation>máy khách im lặng quá lâu</translation>
    </message>
    <message>
        <source>the client sent a line longer than %1 bytes</source>
        <translation>máy khách đã gửi một dòng dài hơn %1 byte</translation>
    </message>
    <message>
        <source>the client sent more than %1 commands</source>
        <translation>máy khách đã gửi quá %1 lệnh</translation>
    </message>
    <message>
        <source>the client sent %1 bad commands</source>
        <translation>máy khách đã gửi %1 lệnh sai</translation>
    </message>
    <message>
        <source>too many sessions at once</source>
        <translation>quá nhiều phiên cùng lúc</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>bắt tay TLS thất bại</translation>
    </message>
    <message>
        <source>the demo server stopped</source>
        <translation>máy chủ mô phỏng đã dừng</translation>
    </message>
</context>
<context>
    <name>EntryFormatter</name>
    <message>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Khi nào gặp mã này</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <source>For server operators</source>
        <translation>Dành cho quản trị máy chủ</translation>
    </message>
    <message>
        <source>Several meanings</source>
        <translation>Các nghĩa khác nhau</translation>
    </message>
    <message>
        <source>Known wordings</source>
        <translation>Các câu thông báo thường gặp</translation>
    </message>
    <message>
        <source>Usually paired with:</source>
        <translation>Thường đi kèm với:</translation>
    </message>
    <message>
        <source>Related codes:</source>
        <translation>Mã liên quan:</translation>
    </message>
    <message>
        <source>RFC references:</source>
        <translation>Tài liệu RFC:</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Xem thêm</translation>
    </message>
    <message>
        <source>%1 is not a registered enhanced status code: it is specific to a provider or a server. Its first two numbers still tell the class (%2) and the subject (%3) of the problem.</source>
        <translation>%1 không phải là mã trạng thái mở rộng đã đăng ký: đây là mã riêng của một nhà cung cấp hoặc một phần mềm máy chủ. Dù vậy, hai số đầu vẫn cho biết nhóm (%2) và lĩnh vực (%3) của sự cố.</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <source>Several meanings: how to tell them apart</source>
        <translation>Một mã, nhiều nghĩa: cách phân biệt</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>Wordings you may see</source>
        <translation>Các câu thông báo bạn có thể gặp</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Khi nào gặp mã này</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <source>For server operators</source>
        <translation>Dành cho quản trị máy chủ</translation>
    </message>
    <message>
        <source>Usually paired with:</source>
        <translation>Thường đi kèm với:</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Xem thêm:</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Mã liên quan</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>Tài liệu RFC</translation>
    </message>
    <message>
        <source>%1 is not a registered enhanced status code: it is specific to a provider or a server. Its first two numbers still tell the class and the subject of the problem.</source>
        <translation>%1 không phải là mã trạng thái mở rộng đã đăng ký: đây là mã riêng của một nhà cung cấp hoặc một phần mềm máy chủ. Dù vậy, hai số đầu vẫn cho biết nhóm và lĩnh vực của sự cố.</translation>
    </message>
    <message>
        <source>compare</source>
        <extracomment>a small link after a related code that opens the Compare view with both codes</extracomment>
        <translation>so sánh</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Usage: smtpdesk explain [--json] [--lang en|vi|es] &quot;TEXT&quot;</source>
        <translation>Cách dùng: smtpdesk explain [--json] [--lang en|vi|es] &quot;VĂN_BẢN&quot;</translation>
    </message>
    <message>
        <source>       smtpdesk explain [--json] [--lang en|vi|es] &lt; FILE</source>
        <translation>           smtpdesk explain [--json] [--lang en|vi|es] &lt; TỆP</translation>
    </message>
    <message>
        <source>Finds the SMTP reply codes in an error message, a log or a whole bounce and explains them. Without TEXT, or with &quot;-&quot;, the text is read from standard input.</source>
        <translation>Tìm các mã phản hồi SMTP trong một thông báo lỗi, một tệp nhật ký hoặc cả một thư bị trả lại và giải thích chúng. Nếu không có VĂN_BẢN, hoặc có &quot;-&quot;, văn bản sẽ được đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>smtpdesk explain: unknown option &quot;%1&quot;.</source>
        <translation>smtpdesk explain: không có tuỳ chọn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>smtpdesk explain: give the text either as an argument or on standard input, not both.</source>
        <translation>smtpdesk explain: hãy đưa văn bản vào dưới dạng tham số hoặc qua đầu vào chuẩn, không dùng cả hai.</translation>
    </message>
    <message>
        <source>The built-in code catalog is damaged; please report this problem:</source>
        <translation>Danh mục mã tích hợp sẵn bị hỏng; vui lòng báo lại sự cố này:</translation>
    </message>
    <message>
        <source>The text is long: only its first %1 KiB were searched, the rest was left out.</source>
        <translation>Văn bản quá dài: chỉ %1 KiB đầu tiên được tìm kiếm, phần còn lại bị bỏ qua.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in the text.</source>
        <translation>Không tìm thấy mã phản hồi SMTP nào trong văn bản.</translation>
    </message>
    <message>
        <source>Tip: paste the whole error message or bounce, with the three-digit code and the code with dots that follows it, for example &quot;535 5.7.8 Username and Password not accepted&quot;. In a bounce, the lines that start with &quot;Status:&quot; and &quot;Diagnostic-Code:&quot; hold the codes.</source>
        <translation>Mẹo: hãy dán toàn bộ thông báo lỗi hoặc thư bị trả lại, gồm cả mã ba chữ số và mã có dấu chấm đi ngay sau nó, ví dụ &quot;535 5.7.8 Username and Password not accepted&quot;. Trong thư bị trả lại, các mã nằm ở những dòng bắt đầu bằng &quot;Status:&quot; và &quot;Diagnostic-Code:&quot;.</translation>
    </message>
    <message>
        <source>Also in the text</source>
        <translation>Thông tin khác trong văn bản</translation>
    </message>
    <message>
        <source>SMTP replies found in the text: %1</source>
        <translation>Số phản hồi SMTP tìm thấy trong văn bản: %1</translation>
    </message>
    <message>
        <source>Reply %1 of %2: %3</source>
        <translation>Phản hồi %1 trong số %2: %3</translation>
    </message>
    <message>
        <source>%1 is a provider&apos;s own code, outside the registry of enhanced status codes.</source>
        <translation>%1 là mã riêng của nhà cung cấp, không nằm trong danh sách đăng ký mã trạng thái mở rộng.</translation>
    </message>
    <message>
        <source>%1 is not in the registry of enhanced status codes; its class and subject still tell what kind of problem it is.</source>
        <translation>%1 không có trong danh sách đăng ký mã trạng thái mở rộng; dù vậy, nhóm và lĩnh vực của mã vẫn cho biết đây là loại sự cố gì.</translation>
    </message>
    <message>
        <source>%1 is not a code SMTP Desk knows.</source>
        <translation>SMTP Desk không có thông tin về mã %1.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Máy chủ từ xa</translation>
    </message>
    <message>
        <source>failed: the message was not delivered and will not be tried again</source>
        <translation>thất bại: thư không được chuyển tới nơi và sẽ không được gửi lại nữa</translation>
    </message>
    <message>
        <source>delayed: the server keeps trying for a while</source>
        <translation>bị chậm: máy chủ sẽ tiếp tục thử gửi thêm một thời gian</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>đã chuyển tới nơi</translation>
    </message>
    <message>
        <source>relayed to a system that sends no delivery reports</source>
        <translation>đã chuyển tiếp sang một hệ thống không gửi báo cáo chuyển thư</translation>
    </message>
    <message>
        <source>delivered to a list or alias with several addresses</source>
        <translation>đã chuyển tới một danh sách hoặc bí danh gồm nhiều địa chỉ</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Trạng thái chuyển thư</translation>
    </message>
    <message>
        <source>What the text adds</source>
        <translation>Văn bản cho biết thêm</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
</context>
<context>
    <name>GuidedAdvice</name>
    <message>
        <source>%1 means “%2”. %3</source>
        <extracomment>%1 reply code, %2 its title, %3 the catalog&apos;s first step to fix it</extracomment>
        <translation>%1 nghĩa là “%2”. %3</translation>
    </message>
    <message>
        <source>Check the server name for typing mistakes (for example smtp.gmail.com, not smtp.gmail.co) and that this computer is online.</source>
        <translation>Hãy kiểm tra xem tên máy chủ có bị gõ nhầm không (ví dụ smtp.gmail.com, không phải smtp.gmail.co) và máy tính này có đang kết nối mạng không.</translation>
    </message>
    <message>
        <source>Nothing listens on port 465 here. Try port 587 with STARTTLS, which most providers offer.</source>
        <translation>Không có dịch vụ nào đang chờ kết nối ở cổng 465 trên máy chủ này. Hãy thử cổng 587 với STARTTLS, cổng mà hầu hết các nhà cung cấp đều hỗ trợ.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1. Check the port your provider gives (usually 587 with STARTTLS or 465 with SSL/TLS).</source>
        <translation>Không có dịch vụ nào nhận kết nối ở cổng %1. Hãy kiểm tra cổng mà nhà cung cấp của bạn đưa ra (thường là 587 với STARTTLS hoặc 465 với SSL/TLS).</translation>
    </message>
    <message>
        <source>Port 465 expects encryption from the first byte: choose SSL/TLS as the security setting.</source>
        <translation>Cổng 465 yêu cầu mã hoá ngay từ byte đầu tiên: hãy chọn SSL/TLS trong thiết lập bảo mật.</translation>
    </message>
    <message>
        <source>No answer at all usually means a firewall drops the traffic. Many internet providers block port 25 for home users: try port 587 or 465, or another network.</source>
        <translation>Hoàn toàn không có phản hồi thường có nghĩa là tường lửa đang chặn lưu lượng. Nhiều nhà cung cấp dịch vụ Internet chặn cổng 25 đối với người dùng gia đình: hãy thử cổng 587 hoặc 465, hoặc dùng mạng khác.</translation>
    </message>
    <message>
        <source>The server stopped answering. Try again later; if it keeps happening, a firewall or filter between you and the server may interfere.</source>
        <translation>Máy chủ đã ngừng trả lời. Hãy thử lại sau; nếu tình trạng này cứ lặp lại, có thể một tường lửa hoặc bộ lọc nằm giữa bạn và máy chủ đang gây cản trở.</translation>
    </message>
    <message>
        <source>Port %1 normally starts without encryption: choose STARTTLS instead of SSL/TLS.</source>
        <translation>Cổng %1 thường bắt đầu kết nối mà chưa mã hoá: hãy chọn STARTTLS thay vì SSL/TLS.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up. Check that the security setting matches the port (465 with SSL/TLS, 587 with STARTTLS) and that this computer&apos;s date and time are right.</source>
        <translation>Không thiết lập được kết nối mã hoá. Hãy kiểm tra xem thiết lập bảo mật có khớp với cổng không (465 đi với SSL/TLS, 587 đi với STARTTLS) và ngày giờ trên máy tính này có đúng không.</translation>
    </message>
    <message>
        <source>The server answered in plain text on a port where SMTP Desk expected encryption: choose STARTTLS for port %1.</source>
        <translation>Máy chủ trả lời bằng văn bản không mã hoá trên một cổng mà SMTP Desk chờ kết nối mã hoá: hãy chọn STARTTLS cho cổng %1.</translation>
    </message>
    <message>
        <source>If this is your own or a test server, ask its administrator for the certificate&apos;s SHA-256 fingerprint, compare it with the one shown, and trust it for this run only. Never do this for a public provider: it may mean someone is intercepting the connection.</source>
        <translation>Nếu đây là máy chủ của riêng bạn hoặc máy chủ thử nghiệm, hãy xin quản trị viên của máy chủ đó dấu vân tay SHA-256 của chứng chỉ, so sánh với dấu vân tay đang hiển thị và chỉ tin cậy nó cho lần kiểm tra này. Đừng bao giờ làm vậy với máy chủ của một nhà cung cấp công cộng: điều này có thể có nghĩa là ai đó đang chặn bắt kết nối.</translation>
    </message>
    <message>
        <source>Nothing secret was sent. Try port 465 with SSL/TLS, or ask the provider which port supports encryption.</source>
        <translation>Chưa có thông tin bí mật nào được gửi đi. Hãy thử cổng 465 với SSL/TLS, hoặc hỏi nhà cung cấp xem cổng nào hỗ trợ mã hoá.</translation>
    </message>
    <message>
        <source>The server wants the connection encrypted first: choose STARTTLS as the security setting and run the test again.</source>
        <translation>Máy chủ yêu cầu mã hoá kết nối trước: hãy chọn STARTTLS trong thiết lập bảo mật rồi chạy lại bài kiểm tra.</translation>
    </message>
    <message>
        <source>The server only accepts mail from signed-in users: enter your user name and password.</source>
        <translation>Máy chủ chỉ nhận thư từ người dùng đã đăng nhập: hãy nhập tên người dùng và mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>SMTP Desk did not send your password over an unencrypted connection. Choose STARTTLS or SSL/TLS; allow plaintext sign-in only for a test server you control.</source>
        <translation>SMTP Desk không gửi mật khẩu của bạn qua kết nối không mã hoá. Hãy chọn STARTTLS hoặc SSL/TLS; chỉ cho phép đăng nhập không mã hoá với máy chủ thử nghiệm do bạn quản lý.</translation>
    </message>
    <message>
        <source>Microsoft 365 has SMTP sign-in switched off for this mailbox or the whole organisation. An administrator must enable “Authenticated SMTP” for the mailbox, or the program must use OAuth.</source>
        <translation>Microsoft 365 đã tắt đăng nhập SMTP cho hộp thư này hoặc cho cả tổ chức. Quản trị viên phải bật “Authenticated SMTP” (SMTP có xác thực) cho hộp thư, hoặc chương trình phải dùng OAuth.</translation>
    </message>
    <message>
        <source>Gmail does not accept your normal password here. Turn on 2-Step Verification, create an app password in your Google Account and use it instead.</source>
        <translation>Gmail không chấp nhận mật khẩu thông thường của bạn ở đây. Hãy bật Xác minh 2 bước, tạo mật khẩu ứng dụng trong Tài khoản Google rồi dùng mật khẩu đó thay thế.</translation>
    </message>
    <message>
        <source>Microsoft 365: check that “Authenticated SMTP” is enabled for this mailbox in the admin center; with multi-factor authentication, use an app password or OAuth.</source>
        <translation>Microsoft 365: hãy kiểm tra trong trung tâm quản trị xem “Authenticated SMTP” (SMTP có xác thực) đã được bật cho hộp thư này chưa; nếu dùng xác thực đa yếu tố, hãy dùng mật khẩu ứng dụng hoặc OAuth.</translation>
    </message>
    <message>
        <source>Check the user name (usually the full email address) and the password; if two-step sign-in is on, your provider may require an app password.</source>
        <translation>Hãy kiểm tra tên người dùng (thường là địa chỉ email đầy đủ) và mật khẩu; nếu đã bật đăng nhập hai bước, nhà cung cấp có thể yêu cầu mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>This sign-in method needs an encrypted connection: choose STARTTLS or SSL/TLS.</source>
        <translation>Phương thức đăng nhập này cần kết nối mã hoá: hãy chọn STARTTLS hoặc SSL/TLS.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist: check the address for typos.</source>
        <translation>Hộp thư của người nhận không tồn tại: hãy kiểm tra xem địa chỉ có bị gõ nhầm không.</translation>
    </message>
    <message>
        <source>Connected to %1 on port %2.</source>
        <translation>Đã kết nối tới %1 qua cổng %2.</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2).</source>
        <translation>Đã mã hoá bằng %1 (%2).</translation>
    </message>
    <message>
        <source>The server introduced itself: %1</source>
        <translation>Máy chủ tự giới thiệu: %1</translation>
    </message>
    <message>
        <source>The server does not know EHLO; SMTP Desk used the older HELO.</source>
        <translation>Máy chủ không hiểu lệnh EHLO; SMTP Desk đã dùng lệnh HELO cũ hơn.</translation>
    </message>
    <message>
        <source>The server lists its features; it offers no sign-in here.</source>
        <translation>Máy chủ liệt kê các tính năng của nó; tại đây máy chủ không cho phép đăng nhập.</translation>
    </message>
    <message>
        <source>The server lists its features and offers sign-in with %1.</source>
        <translation>Máy chủ liệt kê các tính năng của nó và cho phép đăng nhập bằng %1.</translation>
    </message>
    <message>
        <source>The server agreed to encrypt the connection.</source>
        <translation>Máy chủ đã đồng ý mã hoá kết nối.</translation>
    </message>
    <message>
        <source>Signed in as %1 with %2.</source>
        <translation>Đã đăng nhập với tên %1 bằng %2.</translation>
    </message>
    <message>
        <source>The server accepts mail from %1.</source>
        <translation>Máy chủ chấp nhận thư từ %1.</translation>
    </message>
    <message>
        <source>The server accepts this recipient.</source>
        <translation>Máy chủ chấp nhận người nhận này.</translation>
    </message>
    <message>
        <source>The server accepted the test message.</source>
        <translation>Máy chủ đã nhận thư thử nghiệm.</translation>
    </message>
    <message>
        <source>The session ended politely.</source>
        <translation>Phiên làm việc đã kết thúc đúng cách.</translation>
    </message>
    <message>
        <source>The server ends lines with a bare LF instead of CRLF. Most programs cope, but it breaks the SMTP standard.</source>
        <translation>Máy chủ kết thúc dòng bằng LF đơn thay vì CRLF. Hầu hết các chương trình vẫn xử lý được, nhưng như vậy là vi phạm chuẩn SMTP.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS on port 587: passwords and mail would travel unencrypted.</source>
        <translation>Máy chủ không hỗ trợ STARTTLS trên cổng 587: mật khẩu và thư sẽ được truyền đi mà không được mã hoá.</translation>
    </message>
    <message>
        <source>The server offers PLAIN or LOGIN sign-in without encryption: a password sent this way can be read on the network. Use STARTTLS or SSL/TLS.</source>
        <translation>Máy chủ cho phép đăng nhập PLAIN hoặc LOGIN mà không mã hoá: mật khẩu gửi theo cách này có thể bị đọc trộm trên mạng. Hãy dùng STARTTLS hoặc SSL/TLS.</translation>
    </message>
    <message>
        <source>The server uses %1, which is outdated and insecure. Its operator should enable TLS 1.2 or newer.</source>
        <translation>Máy chủ dùng %1, phiên bản đã lỗi thời và không an toàn. Người quản trị máy chủ nên bật TLS 1.2 trở lên.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s) (%1). Tell the server&apos;s operator.</source>
        <translation>
            <numerusform>Chứng chỉ của máy chủ sẽ hết hạn sau %n ngày (%1). Hãy báo cho người quản trị máy chủ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate could not be verified and was trusted for this run only, by its fingerprint.</source>
        <translation>Không xác minh được chứng chỉ; chứng chỉ chỉ được tin cậy cho lần kiểm tra này, dựa trên dấu vân tay của nó.</translation>
    </message>
    <message>
        <source>You allowed signing in without encryption: the password crossed the network readable.</source>
        <translation>Bạn đã cho phép đăng nhập không mã hoá: mật khẩu đã được truyền qua mạng ở dạng ai cũng đọc được.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>Máy chủ trả lời: %1</translation>
    </message>
    <message>
        <source>Not run: the test was cancelled.</source>
        <translation>Không chạy: bài kiểm tra đã bị huỷ.</translation>
    </message>
    <message>
        <source>Not run because an earlier step failed.</source>
        <translation>Không chạy vì một bước trước đó đã thất bại.</translation>
    </message>
    <message>
        <source>Not run: the test stopped earlier, as asked.</source>
        <translation>Không chạy: bài kiểm tra đã dừng sớm theo yêu cầu.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Bài kiểm tra đã bị huỷ.</translation>
    </message>
    <message>
        <source>Run it again when you are ready.</source>
        <translation>Hãy chạy lại khi bạn đã sẵn sàng.</translation>
    </message>
    <message>
        <source>The test failed at “%1”.</source>
        <translation>Bài kiểm tra thất bại ở bước “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The server works, with %n warning(s).</source>
        <translation>
            <numerusform>Máy chủ hoạt động, có %n cảnh báo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything worked.</source>
        <translation>Mọi bước đều thành công.</translation>
    </message>
    <message>
        <source>These settings are right: use server %1, port %2 and your user name %3 in your mail program.</source>
        <translation>Các thiết lập này đều đúng: hãy dùng máy chủ %1, cổng %2 và tên người dùng %3 trong ứng dụng thư của bạn.</translation>
    </message>
    <message>
        <source>The server answers correctly. Add your user name and password to test signing in too.</source>
        <translation>Máy chủ trả lời đúng. Hãy thêm tên người dùng và mật khẩu để kiểm tra cả việc đăng nhập.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS: mail to it travels unencrypted. Its operator should enable TLS.</source>
        <translation>Máy chủ không hỗ trợ STARTTLS: thư gửi tới nó đi qua mạng mà không được mã hoá. Người quản trị máy chủ nên bật TLS.</translation>
    </message>
    <message>
        <source>Not run: the server offers no STARTTLS, so the session stayed unencrypted.</source>
        <translation>Không chạy: máy chủ không hỗ trợ STARTTLS nên phiên làm việc vẫn không được mã hoá.</translation>
    </message>
</context>
<context>
    <name>GuidedStep</name>
    <message>
        <source>Find the server (DNS)</source>
        <translation>Tìm máy chủ (DNS)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Bắt tay TLS</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Lời chào của máy chủ</translation>
    </message>
    <message>
        <source>Introduce ourselves (EHLO)</source>
        <translation>Tự giới thiệu (EHLO)</translation>
    </message>
    <message>
        <source>Switch to encryption (STARTTLS)</source>
        <translation>Chuyển sang mã hoá (STARTTLS)</translation>
    </message>
    <message>
        <source>EHLO again, encrypted</source>
        <translation>Gửi lại EHLO khi đã mã hoá</translation>
    </message>
    <message>
        <source>Sign in (AUTH)</source>
        <translation>Đăng nhập (AUTH)</translation>
    </message>
    <message>
        <source>Check an address (VRFY)</source>
        <translation>Kiểm tra một địa chỉ (VRFY)</translation>
    </message>
    <message>
        <source>Ask for help (HELP)</source>
        <translation>Yêu cầu trợ giúp (HELP)</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Người gửi (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation>Người nhận (RCPT TO)</translation>
    </message>
    <message>
        <source>Send a test message (DATA)</source>
        <translation>Gửi thư thử nghiệm (DATA)</translation>
    </message>
    <message>
        <source>Say goodbye (QUIT)</source>
        <translation>Chào tạm biệt (QUIT)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
</context>
<context>
    <name>GuidedTest</name>
    <message>
        <source>%1 is an IP address: nothing to look up.</source>
        <translation>%1 là địa chỉ IP: không cần tra cứu.</translation>
    </message>
    <message>
        <source>No address was found for %1.</source>
        <translation>Không tìm thấy địa chỉ nào cho %1.</translation>
    </message>
    <message>
        <source>%1 has the address %2.</source>
        <translation>%1 có địa chỉ %2.</translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>Usage: smtpdesk lookup CODE [--json] [--lang en|vi|es]</source>
        <translation>Cách dùng: smtpdesk lookup MÃ [--json] [--lang en|vi|es]</translation>
    </message>
    <message>
        <source>Explains a reply code: a basic code such as 535, an enhanced code such as 5.7.8, a class such as 5.X.X or a subject such as X.7.X.</source>
        <translation>Giải thích một mã phản hồi: mã cơ bản như 535, mã mở rộng như 5.7.8, một nhóm như 5.X.X hoặc một lĩnh vực như X.7.X.</translation>
    </message>
    <message>
        <source>smtpdesk lookup: unknown option &quot;%1&quot;.</source>
        <translation>smtpdesk lookup: không có tuỳ chọn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>smtpdesk lookup: give exactly one code, for example: smtpdesk lookup 535</source>
        <translation>smtpdesk lookup: hãy nhập đúng một mã, ví dụ: smtpdesk lookup 535</translation>
    </message>
    <message>
        <source>The built-in code catalog is damaged; please report this problem:</source>
        <translation>Danh mục mã tích hợp sẵn bị hỏng; vui lòng báo lại sự cố này:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. Write a three-digit code such as 535 or an enhanced code such as 5.7.8.</source>
        <translation>&quot;%1&quot; không phải là mã phản hồi SMTP. Hãy nhập mã ba chữ số như 535 hoặc mã mở rộng như 5.7.8.</translation>
    </message>
    <message>
        <source>%1 is not a code SMTP Desk knows.</source>
        <translation>SMTP Desk không có thông tin về mã %1.</translation>
    </message>
    <message>
        <source>Nearest known codes: %1</source>
        <translation>Các mã gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Codes</source>
        <translation>Tra mã</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>%1 — SMTP Desk</source>
        <translation>%1 — SMTP Desk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Các màn hình</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Find a code</source>
        <translation>Tìm &amp;mã</translation>
    </message>
    <message>
        <source>&amp;About SMTP Desk</source>
        <translation>&amp;Giới thiệu SMTP Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>connection greeting</source>
        <translation>lời chào khi kết nối</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>sau khi gửi xong nội dung thư</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>bất kỳ lệnh nào</translation>
    </message>
    <message>
        <source>bounce messages</source>
        <translation>thư báo lỗi gửi (thư bị trả lại)</translation>
    </message>
    <message>
        <source>reply to %1</source>
        <extracomment>%1 is an SMTP command such as EHLO, AUTH or RCPT, kept in English</extracomment>
        <translation>trả lời lệnh %1</translation>
    </message>
    <message>
        <source>basic reply code</source>
        <translation>mã phản hồi cơ bản</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>mã trạng thái mở rộng</translation>
    </message>
    <message>
        <source>status class</source>
        <translation>nhóm trạng thái</translation>
    </message>
    <message>
        <source>status subject</source>
        <translation>lĩnh vực trạng thái</translation>
    </message>
    <message>
        <source>provider-specific code</source>
        <translation>mã riêng của nhà cung cấp</translation>
    </message>
    <message>
        <source>2xx positive completion</source>
        <translation>2xx hoàn tất thành công</translation>
    </message>
    <message>
        <source>3xx positive intermediate</source>
        <translation>3xx chờ bước tiếp theo</translation>
    </message>
    <message>
        <source>4xx transient negative</source>
        <translation>4xx lỗi tạm thời</translation>
    </message>
    <message>
        <source>5xx permanent negative</source>
        <translation>5xx lỗi vĩnh viễn</translation>
    </message>
    <message>
        <source>unknown class</source>
        <translation>nhóm không xác định</translation>
    </message>
    <message>
        <source>Success: the server did what was asked.</source>
        <translation>Thành công: máy chủ đã làm đúng yêu cầu.</translation>
    </message>
    <message>
        <source>Continue: the server waits for more from the client.</source>
        <translation>Tiếp tục: máy chủ đang chờ máy khách gửi thêm dữ liệu.</translation>
    </message>
    <message>
        <source>Temporary failure: the same request may work if tried again later.</source>
        <translation>Lỗi tạm thời: gửi lại đúng yêu cầu đó sau một lúc có thể sẽ thành công.</translation>
    </message>
    <message>
        <source>Permanent failure: do not retry unchanged; something must be fixed first.</source>
        <translation>Lỗi vĩnh viễn: đừng thử lại nguyên như cũ; phải sửa nguyên nhân trước đã.</translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <source>Gmail did not accept the user name or password. With 2-Step Verification turned on, the mail program must use an app password instead of the account password.</source>
        <translation>Gmail không chấp nhận tên người dùng hoặc mật khẩu. Khi đã bật Xác minh 2 bước, ứng dụng thư phải dùng mật khẩu ứng dụng thay cho mật khẩu tài khoản.</translation>
    </message>
    <message>
        <source>The Google account has 2-Step Verification, so the mail program needs an app password created in the account&apos;s security settings, not the normal password.</source>
        <translation>Tài khoản Google này đã bật Xác minh 2 bước, nên ứng dụng thư cần một mật khẩu ứng dụng được tạo trong phần cài đặt bảo mật của tài khoản, chứ không phải mật khẩu thông thường.</translation>
    </message>
    <message>
        <source>Google held the sign-in back as suspicious: sign in once in a web browser from the same network, confirm that it was you, then try the mail program again.</source>
        <translation>Google đã tạm chặn lần đăng nhập này vì nghi ngờ bất thường: hãy đăng nhập một lần bằng trình duyệt web từ cùng mạng đó, xác nhận rằng đó là bạn, rồi thử lại với ứng dụng thư.</translation>
    </message>
    <message>
        <source>Gmail says this address does not exist: check it for typing mistakes or ask the recipient for the right one.</source>
        <translation>Gmail cho biết địa chỉ này không tồn tại: hãy kiểm tra xem có gõ nhầm không hoặc hỏi người nhận địa chỉ đúng.</translation>
    </message>
    <message>
        <source>The Gmail mailbox is full or is receiving mail too fast; the sending server retries on its own, and only the recipient can make room.</source>
        <translation>Hộp thư Gmail đã đầy hoặc đang nhận thư quá nhanh; máy chủ gửi sẽ tự thử lại, và chỉ người nhận mới có thể giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>Gmail judged the message to be unwanted mail; check the sender&apos;s SPF, DKIM and DMARC set-up, the links in the message and its content.</source>
        <translation>Gmail đánh giá thư này là thư rác; hãy kiểm tra thiết lập SPF, DKIM và DMARC của bên gửi, các liên kết trong thư và nội dung thư.</translation>
    </message>
    <message>
        <source>Gmail is slowing down mail from this sender because of its volume or reputation; send in smaller batches and check the sender&apos;s authentication.</source>
        <translation>Gmail đang làm chậm việc nhận thư từ người gửi này vì lượng thư lớn hoặc vì uy tín gửi thư; hãy gửi thành từng đợt nhỏ hơn và kiểm tra cơ chế xác thực của người gửi.</translation>
    </message>
    <message>
        <source>Gmail applied the DMARC policy of the domain in the From address: neither SPF nor DKIM passed for that domain.</source>
        <translation>Gmail đã áp dụng chính sách DMARC của tên miền trong địa chỉ From: cả SPF lẫn DKIM đều không đạt đối với tên miền đó.</translation>
    </message>
    <message>
        <source>Microsoft 365 has authenticated SMTP (SMTP AUTH) turned off for this mailbox or for the whole organization; an administrator must allow it, or the program must send another way.</source>
        <translation>Microsoft 365 đã tắt SMTP có xác thực (SMTP AUTH) cho hộp thư này hoặc cho cả tổ chức; quản trị viên phải cho phép lại, hoặc chương trình phải gửi thư theo cách khác.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a plain password for SMTP here; the program needs modern sign-in (OAuth 2.0), or an administrator must change the policy.</source>
        <translation>Microsoft 365 không còn chấp nhận mật khẩu thông thường cho SMTP ở đây; chương trình cần dùng cách đăng nhập hiện đại (OAuth 2.0), hoặc quản trị viên phải thay đổi chính sách.</translation>
    </message>
    <message>
        <source>The Microsoft 365 organization has security defaults on, which block password sign-in over SMTP; an administrator must change that, or the program must use OAuth 2.0.</source>
        <translation>Tổ chức Microsoft 365 đang bật chế độ bảo mật mặc định (security defaults), vốn chặn đăng nhập bằng mật khẩu qua SMTP; quản trị viên phải thay đổi thiết lập này, hoặc chương trình phải dùng OAuth 2.0.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the user name or password; the user name is normally the full email address.</source>
        <translation>Microsoft 365 không chấp nhận tên người dùng hoặc mật khẩu; tên người dùng thường là địa chỉ email đầy đủ.</translation>
    </message>
    <message>
        <source>The program sent without signing in; turn on authentication for the outgoing server in its settings and give the mailbox&apos;s user name and password.</source>
        <translation>Chương trình đã gửi thư mà không đăng nhập; hãy bật xác thực cho máy chủ thư đi (SMTP) trong phần cài đặt của chương trình và nhập tên người dùng cùng mật khẩu của hộp thư.</translation>
    </message>
    <message>
        <source>The receiving Microsoft 365 or Exchange organization has no mailbox or contact with this address; check the spelling or ask the recipient.</source>
        <translation>Tổ chức Microsoft 365 hoặc Exchange phía nhận không có hộp thư hay liên hệ nào với địa chỉ này; hãy kiểm tra chính tả hoặc hỏi lại người nhận.</translation>
    </message>
    <message>
        <source>An internal Exchange address, often one remembered by the address autocomplete, no longer exists; remove the suggestion and type the address again.</source>
        <translation>Một địa chỉ Exchange nội bộ, thường là địa chỉ do tính năng tự động điền địa chỉ ghi nhớ, không còn tồn tại; hãy xoá gợi ý đó và gõ lại địa chỉ.</translation>
    </message>
    <message>
        <source>The recipient is a group that takes mail only from signed-in people of its own organization.</source>
        <translation>Người nhận là một nhóm chỉ nhận thư từ những người đã đăng nhập thuộc chính tổ chức của nhóm.</translation>
    </message>
    <message>
        <source>The signed-in account may not send with this From address; send from the account&apos;s own address or ask an administrator for Send As permission.</source>
        <translation>Tài khoản đang đăng nhập không được phép gửi thư với địa chỉ From này; hãy gửi từ chính địa chỉ của tài khoản hoặc đề nghị quản trị viên cấp quyền Send As (Gửi dưới tên).</translation>
    </message>
    <message>
        <source>The mailbox reached Microsoft 365&apos;s sending limit for messages or recipients; wait, or spread the mail over a longer time.</source>
        <translation>Hộp thư đã chạm giới hạn gửi của Microsoft 365 về số thư hoặc số người nhận; hãy chờ, hoặc gửi rải ra trong một khoảng thời gian dài hơn.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending, usually after it sent spam; an administrator must secure the account and release it.</source>
        <translation>Microsoft 365 đã chặn tài khoản này gửi thư, thường là sau khi tài khoản gửi thư rác; quản trị viên phải bảo mật lại tài khoản rồi gỡ chặn.</translation>
    </message>
    <message>
        <source>Yahoo is holding back mail from this server because of unusual volume or complaints; the server retries later, and the sender should look at its lists and reputation.</source>
        <translation>Yahoo đang tạm giữ thư từ máy chủ này vì lượng thư bất thường hoặc bị khiếu nại; máy chủ sẽ thử lại sau, còn bên gửi nên xem lại danh sách gửi thư và uy tín của mình.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address is on a Spamhaus blocklist; its administrator can look the address up on the Spamhaus site and ask for removal after fixing the cause.</source>
        <translation>Địa chỉ IP của máy chủ gửi nằm trong một danh sách chặn của Spamhaus; quản trị viên của máy chủ đó có thể tra địa chỉ trên trang web của Spamhaus và yêu cầu gỡ bỏ sau khi đã khắc phục nguyên nhân.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address or domain is on a blocklist that the receiving server checks.</source>
        <translation>Địa chỉ IP hoặc tên miền của máy chủ gửi nằm trong một danh sách chặn mà máy chủ nhận có kiểm tra.</translation>
    </message>
    <message>
        <source>The receiving server uses greylisting: it turns the first attempt away on purpose, and a normal mail server gets through when it tries again a few minutes later.</source>
        <translation>Máy chủ nhận dùng cơ chế greylisting: nó cố ý từ chối lần gửi đầu tiên, và một máy chủ thư bình thường sẽ gửi được khi thử lại sau vài phút.</translation>
    </message>
    <message>
        <source>The server wants an encrypted connection first: choose STARTTLS (or SSL/TLS) for the outgoing server in the program&apos;s settings.</source>
        <translation>Máy chủ yêu cầu kết nối được mã hoá trước: hãy chọn STARTTLS (hoặc SSL/TLS) cho máy chủ thư đi (SMTP) trong phần cài đặt của chương trình.</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain; usually the program did not sign in, or it uses the wrong outgoing server.</source>
        <translation>Máy chủ từ chối chuyển tiếp thư sang một tên miền khác; thường là do chương trình chưa đăng nhập, hoặc đang dùng sai máy chủ thư đi (SMTP).</translation>
    </message>
    <message>
        <source>The reply mentions SPF: the sending server is probably missing from the SPF record of the sender&apos;s domain.</source>
        <translation>Phản hồi có nhắc tới SPF: nhiều khả năng máy chủ gửi chưa có trong bản ghi SPF của tên miền người gửi.</translation>
    </message>
    <message>
        <source>The reply mentions DKIM: the message signature was missing or did not verify.</source>
        <translation>Phản hồi có nhắc tới DKIM: chữ ký của thư bị thiếu hoặc không xác minh được.</translation>
    </message>
    <message>
        <source>The reply mentions DMARC: the message failed the policy of the domain in its From address, which wants SPF or DKIM to pass for that domain.</source>
        <translation>Phản hồi có nhắc tới DMARC: thư không đạt chính sách của tên miền trong địa chỉ From, vốn yêu cầu SPF hoặc DKIM phải đạt đối với tên miền đó.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full; only the recipient or their administrator can make room.</source>
        <translation>Hộp thư của người nhận đã đầy; chỉ người nhận hoặc quản trị viên của họ mới có thể giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>The message is bigger than the server accepts; send smaller attachments, or a link instead.</source>
        <translation>Thư lớn hơn mức máy chủ chấp nhận; hãy gửi tệp đính kèm nhỏ hơn, hoặc gửi đường liên kết thay cho tệp.</translation>
    </message>
    <message>
        <source>The server limits how many connections, messages or recipients it accepts; slow down and try again later.</source>
        <translation>Máy chủ giới hạn số kết nối, số thư hoặc số người nhận mà nó chấp nhận; hãy gửi chậm lại và thử lại sau.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address lacks a proper reverse DNS (PTR) name, which many receiving servers insist on.</source>
        <translation>Địa chỉ IP của máy chủ gửi không có tên DNS ngược (PTR) hợp lệ, điều mà nhiều máy chủ nhận bắt buộc phải có.</translation>
    </message>
    <message>
        <source>Gmail links its help page &quot;%1&quot; for this reply; that page gives Google&apos;s own advice.</source>
        <extracomment>%1 is the name of a Gmail help page as it appears in a link, such as &quot;NoSuchUser&quot;</extracomment>
        <translation>Gmail dẫn tới trang trợ giúp &quot;%1&quot; cho phản hồi này; trang đó có lời khuyên của chính Google.</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>Line %1 of the server&apos;s answer is empty; every reply line must start with a three-digit code.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ bị trống; mỗi dòng phản hồi phải bắt đầu bằng một mã ba chữ số.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer does not start with a three-digit reply code: &quot;%2&quot;.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ không bắt đầu bằng mã phản hồi ba chữ số: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has a reply code shorter than three digits: &quot;%2&quot;.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ có mã phản hồi ngắn hơn ba chữ số: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has a reply code longer than three digits: &quot;%2&quot;.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ có mã phản hồi dài hơn ba chữ số: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has a reply code outside 200-599: &quot;%2&quot;.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ có mã phản hồi nằm ngoài khoảng 200-599: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has neither a space nor a hyphen after its code: &quot;%2&quot;.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ không có dấu cách hay dấu gạch nối sau mã: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer changes the reply code in the middle of a multi-line reply: &quot;%2&quot;.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ đổi mã phản hồi giữa chừng trong một phản hồi nhiều dòng: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer is longer than the limit; it starts with &quot;%2&quot;.</source>
        <translation>Dòng %1 trong câu trả lời của máy chủ dài quá giới hạn; dòng này bắt đầu bằng &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more lines than the limit (stopped at line %1).</source>
        <translation>Câu trả lời của máy chủ có nhiều dòng hơn giới hạn cho phép (đã dừng ở dòng %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit (stopped at line %1).</source>
        <translation>Câu trả lời của máy chủ lớn hơn giới hạn cho phép (đã dừng ở dòng %1).</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Certificate</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Cấp cho</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cấp bởi</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Dấu vân tay SHA-256</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Mã hoá</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Các vấn đề phát hiện được:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cần làm:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Phản hồi của máy chủ</translation>
    </message>
    <message>
        <source>Open %1 (%2) in the Codes view</source>
        <translation>Mở %1 (%2) trong màn hình Tra mã</translation>
    </message>
    <message>
        <source>SMTP Desk connection test</source>
        <translation>Kiểm tra kết nối SMTP Desk</translation>
    </message>
    <message>
        <source>Server: %1, port %2, security: %3</source>
        <translation>Máy chủ: %1, cổng %2, bảo mật: %3</translation>
    </message>
    <message>
        <source>User: %1 (password not shown)</source>
        <translation>Người dùng: %1 (không hiển thị mật khẩu)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Explanation and advice</source>
        <translation>Giải thích và lời khuyên</translation>
    </message>
    <message>
        <source>Transcript (passwords removed)</source>
        <translation>Nhật ký phiên (đã xoá mật khẩu)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>2xx — success</source>
        <translation>2xx — thành công</translation>
    </message>
    <message>
        <source>3xx — waiting for more</source>
        <translation>3xx — đang chờ bước tiếp theo</translation>
    </message>
    <message>
        <source>4xx — temporary failure, try again later</source>
        <translation>4xx — lỗi tạm thời, hãy thử lại sau</translation>
    </message>
    <message>
        <source>5xx — permanent failure</source>
        <translation>5xx — lỗi vĩnh viễn</translation>
    </message>
    <message>
        <source>Enhanced status codes — classes</source>
        <translation>Mã trạng thái mở rộng — các nhóm</translation>
    </message>
    <message>
        <source>Enhanced status codes %1.x — %2</source>
        <extracomment>%1 is a subject like X.7, %2 its name such as &quot;Security or policy status&quot;</extracomment>
        <translation>Mã trạng thái mở rộng %1.x — %2</translation>
    </message>
</context>
<context>
    <name>ServerDiscovery</name>
    <message>
        <source>A server search is already running; cancel it first.</source>
        <translation>Đang có một lượt tìm máy chủ; hãy huỷ nó trước.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address with a valid domain; enter one like ana@example.com.</source>
        <translation>“%1” không phải là địa chỉ email có tên miền hợp lệ; hãy nhập địa chỉ dạng ana@example.com.</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>Tra cứu DNS cho %1 thất bại: %2</translation>
    </message>
    <message>
        <source>DNS did not answer within %1 ms; going on with the answers received.</source>
        <translation>DNS không trả lời trong vòng %1 ms; tiếp tục với các câu trả lời đã nhận.</translation>
    </message>
    <message>
        <source>Still searching: no server has answered yet.</source>
        <translation>Vẫn đang tìm: chưa có máy chủ nào trả lời.</translation>
    </message>
    <message>
        <source>No server answered on any port tried. Check the address for typing mistakes, or ask your provider for its outgoing (SMTP) server settings.</source>
        <translation>Không máy chủ nào trả lời trên các cổng đã thử. Hãy kiểm tra địa chỉ xem có gõ sai không, hoặc hỏi nhà cung cấp thông số máy chủ thư đi (SMTP).</translation>
    </message>
    <message>
        <source>Use %1, port %2, with SSL/TLS: the connection is encrypted from the start and the server offers sign-in.</source>
        <translation>Dùng %1, cổng %2, với SSL/TLS: kết nối được mã hoá ngay từ đầu và máy chủ cho phép đăng nhập.</translation>
    </message>
    <message>
        <source>Use %1, port %2, with STARTTLS: the connection switches to encryption before sign-in, and the server offers sign-in.</source>
        <translation>Dùng %1, cổng %2, với STARTTLS: kết nối chuyển sang mã hoá trước khi đăng nhập, và máy chủ cho phép đăng nhập.</translation>
    </message>
    <message>
        <source>Use %1, port %2, with STARTTLS. It works here, but port 25 is meant for mail between servers and many networks block it; prefer port 587 or 465 once they work for you.</source>
        <translation>Dùng %1, cổng %2, với STARTTLS. Cách này dùng được ở đây, nhưng cổng 25 dành cho thư giữa các máy chủ và nhiều mạng chặn nó; hãy ưu tiên cổng 587 hoặc 465 khi chúng dùng được.</translation>
    </message>
    <message>
        <source>%1, port %2, is encrypted but offers no sign-in, so it may take mail only from its own network. Ask your provider which server to use for sending.</source>
        <translation>%1, cổng %2, có mã hoá nhưng không cho phép đăng nhập, nên có thể chỉ nhận thư từ mạng riêng của nó. Hãy hỏi nhà cung cấp nên dùng máy chủ nào để gửi thư.</translation>
    </message>
    <message>
        <source>Only an unencrypted connection works: %1, port %2. The server offers STARTTLS, but the encrypted test failed; see that row for the reason before you send a password.</source>
        <translation>Chỉ kết nối không mã hoá là dùng được: %1, cổng %2. Máy chủ có STARTTLS nhưng lần thử có mã hoá đã thất bại; hãy xem lý do ở dòng đó trước khi gửi mật khẩu.</translation>
    </message>
    <message>
        <source>Only an unencrypted connection works: %1, port %2. A password would travel in plain text; ask your provider for an encrypted setting.</source>
        <translation>Chỉ kết nối không mã hoá là dùng được: %1, cổng %2. Mật khẩu sẽ được gửi đi dưới dạng văn bản thường; hãy hỏi nhà cung cấp cách kết nối có mã hoá.</translation>
    </message>
    <message>
        <source>Waiting to be tried</source>
        <translation>Đang chờ thử</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>Chưa thử</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Đang thử…</translation>
    </message>
    <message>
        <source>Works: encrypted from the start, but offers no sign-in</source>
        <translation>Hoạt động: mã hoá ngay từ đầu, nhưng không cho phép đăng nhập</translation>
    </message>
    <message>
        <source>Works: encrypted from the start, offers sign-in with %1</source>
        <translation>Hoạt động: mã hoá ngay từ đầu, cho phép đăng nhập bằng %1</translation>
    </message>
    <message>
        <source>Works: encrypted with STARTTLS, but offers no sign-in</source>
        <translation>Hoạt động: mã hoá bằng STARTTLS, nhưng không cho phép đăng nhập</translation>
    </message>
    <message>
        <source>Works: encrypted with STARTTLS, offers sign-in with %1</source>
        <translation>Hoạt động: mã hoá bằng STARTTLS, cho phép đăng nhập bằng %1</translation>
    </message>
    <message>
        <source>Connects without encryption; STARTTLS is offered, so choose it</source>
        <translation>Kết nối không mã hoá; máy chủ có STARTTLS, hãy chọn STARTTLS</translation>
    </message>
    <message>
        <source>Connects, but offers no encryption</source>
        <translation>Kết nối được, nhưng không hỗ trợ mã hoá</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã huỷ</translation>
    </message>
    <message>
        <source>Refused: nothing listens on this port</source>
        <translation>Bị từ chối: không có dịch vụ nào trên cổng này</translation>
    </message>
    <message>
        <source>Not found: %1 has no address in DNS</source>
        <translation>Không tìm thấy: %1 không có địa chỉ trong DNS</translation>
    </message>
    <message>
        <source>Network unreachable: check your internet connection</source>
        <translation>Không kết nối được mạng: hãy kiểm tra kết nối Internet</translation>
    </message>
    <message>
        <source>Timed out: a firewall may block this port</source>
        <translation>Hết thời gian chờ: có thể tường lửa đang chặn cổng này</translation>
    </message>
    <message>
        <source>Timed out during the TLS handshake: this port may not use TLS from the start</source>
        <translation>Hết thời gian chờ khi bắt tay TLS: cổng này có thể không dùng TLS ngay từ đầu</translation>
    </message>
    <message>
        <source>Timed out: connected, but the server did not answer in time</source>
        <translation>Hết thời gian chờ: đã kết nối, nhưng máy chủ không trả lời kịp</translation>
    </message>
    <message>
        <source>Closed: the server hung up without finishing</source>
        <translation>Đã đóng: máy chủ ngắt kết nối giữa chừng</translation>
    </message>
    <message>
        <source>Refuses service here (reply %1)</source>
        <translation>Từ chối phục vụ ở đây (phản hồi %1)</translation>
    </message>
    <message>
        <source>Answers, but rejected EHLO (reply %1)</source>
        <translation>Có trả lời, nhưng từ chối EHLO (phản hồi %1)</translation>
    </message>
    <message>
        <source>Offers STARTTLS, but refused it (reply %1)</source>
        <translation>Có STARTTLS, nhưng lại từ chối nó (phản hồi %1)</translation>
    </message>
    <message>
        <source>Unsafe: data arrived before encryption started</source>
        <translation>Không an toàn: dữ liệu đến trước khi bắt đầu mã hoá</translation>
    </message>
    <message>
        <source>TLS failed: this port may expect STARTTLS or plain text</source>
        <translation>TLS thất bại: cổng này có thể cần STARTTLS hoặc kết nối không mã hoá</translation>
    </message>
    <message>
        <source>TLS failed after STARTTLS</source>
        <translation>TLS thất bại sau STARTTLS</translation>
    </message>
    <message>
        <source>Encrypted, but the certificate is not trusted</source>
        <translation>Có mã hoá, nhưng chứng chỉ không đáng tin cậy</translation>
    </message>
    <message>
        <source>Answers, but not like an SMTP server</source>
        <translation>Có trả lời, nhưng không giống máy chủ SMTP</translation>
    </message>
    <message>
        <source>Does not work here (%1)</source>
        <translation>Không dùng được ở đây (%1)</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>Connecting to %1, port %2.</source>
        <translation>Đang kết nối tới %1, cổng %2.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Đã kết nối tới %1.</translation>
    </message>
    <message>
        <source>TLS handshake started.</source>
        <translation>Đã bắt đầu bắt tay TLS.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2.</source>
        <translation>Đã thiết lập TLS: %1, bộ mã hoá %2.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Sự cố chứng chỉ: %1</translation>
    </message>
    <message>
        <source>The certificate is accepted for this run because its SHA-256 fingerprint is the one you trusted.</source>
        <translation>Chứng chỉ được chấp nhận cho lần kiểm tra này vì dấu vân tay SHA-256 của nó trùng với dấu vân tay bạn đã tin cậy.</translation>
    </message>
    <message>
        <source>The fingerprint you trusted does not match the server&apos;s certificate (%1).</source>
        <translation>Dấu vân tay bạn đã tin cậy không khớp với chứng chỉ của máy chủ (%1).</translation>
    </message>
    <message>
        <source>The server ended a line with a bare LF instead of CRLF; that breaks RFC 5321.</source>
        <translation>Máy chủ kết thúc một dòng bằng LF đơn thay vì CRLF; điều này vi phạm RFC 5321.</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>máy chủ đã đóng kết nối trong lúc bắt tay</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a reply.</source>
        <translation>Kết nối bị đóng giữa chừng khi đang nhận phản hồi.</translation>
    </message>
    <message>
        <source>The server did not confirm QUIT in time; closing anyway.</source>
        <translation>Máy chủ không xác nhận QUIT kịp thời; vẫn đóng kết nối.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying HELO (no extensions).</source>
        <translation>Máy chủ không hiểu EHLO; đang thử HELO (không có phần mở rộng).</translation>
    </message>
    <message>
        <source>Data arrived after the 220 reply to STARTTLS and before the TLS handshake.</source>
        <translation>Có dữ liệu đến sau phản hồi 220 cho STARTTLS và trước khi bắt tay TLS.</translation>
    </message>
    <message>
        <source>The server explained why it refused the token: %1</source>
        <translation>Máy chủ giải thích lý do từ chối token: %1</translation>
    </message>
    <message>
        <source>The server offers PIPELINING: MAIL FROM and RCPT TO go out in one batch.</source>
        <translation>Máy chủ hỗ trợ PIPELINING: MAIL FROM và RCPT TO được gửi đi trong cùng một lượt.</translation>
    </message>
    <message>
        <source>(test message, %1 bytes)</source>
        <translation>(thư thử nghiệm, %1 byte)</translation>
    </message>
    <message>
        <source>Stopping here as configured.</source>
        <translation>Dừng tại đây theo thiết lập.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS; the session goes on without encryption.</source>
        <translation>Máy chủ không hỗ trợ STARTTLS; phiên làm việc tiếp tục mà không mã hoá.</translation>
    </message>
</context>
<context>
    <name>SmtpConfig</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535.</source>
        <translation>Hãy nhập số cổng từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The host name contains a line break; remove it.</source>
        <translation>Tên máy chủ có chứa dấu xuống dòng; hãy xoá dấu đó đi.</translation>
    </message>
    <message>
        <source>The EHLO name contains a line break; remove it.</source>
        <translation>Tên EHLO có chứa dấu xuống dòng; hãy xoá dấu đó đi.</translation>
    </message>
    <message>
        <source>The user name contains a line break; remove it.</source>
        <translation>Tên người dùng có chứa dấu xuống dòng; hãy xoá dấu đó đi.</translation>
    </message>
    <message>
        <source>The sender address contains a line break; remove it.</source>
        <translation>Địa chỉ người gửi có chứa dấu xuống dòng; hãy xoá dấu đó đi.</translation>
    </message>
    <message>
        <source>The VRFY argument contains a line break; remove it.</source>
        <translation>Tham số của VRFY có chứa dấu xuống dòng; hãy xoá dấu đó đi.</translation>
    </message>
    <message>
        <source>A recipient is empty or contains a line break; correct it.</source>
        <translation>Có một người nhận bị trống hoặc chứa dấu xuống dòng; hãy sửa lại.</translation>
    </message>
    <message>
        <source>Time limits must be greater than zero.</source>
        <translation>Giới hạn thời gian phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Reply size limits must be greater than zero.</source>
        <translation>Giới hạn kích thước phản hồi phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>XOAUTH2 needs a user name and an access token.</source>
        <translation>XOAUTH2 cần tên người dùng và mã truy cập (access token).</translation>
    </message>
    <message>
        <source>This authentication method needs a user name and a password.</source>
        <translation>Phương thức xác thực này cần tên người dùng và mật khẩu.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password or token.</source>
        <translation>Hãy nhập tên người dùng đi kèm với mật khẩu hoặc token.</translation>
    </message>
    <message>
        <source>Recipients need a sender: enter the MAIL FROM address too.</source>
        <translation>Khi có người nhận thì phải có người gửi: hãy nhập cả địa chỉ MAIL FROM.</translation>
    </message>
    <message>
        <source>Sending a test message needs at least one recipient.</source>
        <translation>Để gửi thư thử nghiệm cần có ít nhất một người nhận.</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits; check the one you entered.</source>
        <translation>Dấu vân tay SHA-256 gồm 64 chữ số thập lục phân; hãy kiểm tra lại dấu vân tay bạn đã nhập.</translation>
    </message>
    <message>
        <source>The password or token contains a NUL character, which cannot be sent; type it again.</source>
        <translation>Mật khẩu hoặc token chứa ký tự NUL, không thể gửi đi được; hãy gõ lại.</translation>
    </message>
</context>
<context>
    <name>SmtpError</name>
    <message>
        <source>The test was cancelled before it finished.</source>
        <translation>Bài kiểm tra đã bị huỷ trước khi hoàn tất.</translation>
    </message>
    <message>
        <source>The test cannot start with these settings: %1</source>
        <translation>Không thể bắt đầu kiểm tra với các thiết lập này: %1</translation>
    </message>
    <message>
        <source>The extra CA file could not be read or holds no PEM certificate (%1). Check the path and the file&apos;s format.</source>
        <translation>Không đọc được tệp CA bổ sung hoặc tệp không chứa chứng chỉ PEM nào (%1). Hãy kiểm tra đường dẫn và định dạng của tệp.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check its spelling and your network or DNS settings.</source>
        <translation>Không tìm thấy tên máy chủ %1. Hãy kiểm tra chính tả và thiết lập mạng hoặc DNS của bạn.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2. Check the port: the server may not accept mail on it, or a firewall rejects the connection.</source>
        <translation>%1 đã từ chối kết nối ở cổng %2. Hãy kiểm tra lại cổng: có thể máy chủ không nhận thư ở cổng này, hoặc tường lửa đang chặn kết nối.</translation>
    </message>
    <message>
        <source>The network to %1 cannot be reached. Check your network connection.</source>
        <translation>Không thể truy cập mạng dẫn tới %1. Hãy kiểm tra kết nối mạng của bạn.</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1: %2</source>
        <translation>Đã xảy ra lỗi mạng khi trao đổi với %1: %2</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds during the %2 step. A firewall may drop the traffic, the server may be overloaded, or the port may expect another security setting.</source>
        <translation>Máy chủ không trả lời trong vòng %1 giây ở bước %2. Có thể tường lửa đang chặn lưu lượng, máy chủ đang quá tải, hoặc cổng này cần một thiết lập bảo mật khác.</translation>
    </message>
    <message>
        <source>The test took longer than its overall limit of %1 seconds and was stopped. The server answers too slowly; try again later or raise the limit.</source>
        <translation>Bài kiểm tra kéo dài quá giới hạn tổng cộng %1 giây nên đã bị dừng. Máy chủ trả lời quá chậm; hãy thử lại sau hoặc tăng giới hạn này.</translation>
    </message>
    <message>
        <source>The server closed the connection during the %1 step. It may limit connections or refuse your address; try again later.</source>
        <translation>Máy chủ đã đóng kết nối ở bước %1. Có thể máy chủ giới hạn số kết nối hoặc từ chối địa chỉ của bạn; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The server is not available right now (reply %1). Try again later; if it persists, contact the server&apos;s operator.</source>
        <translation>Máy chủ hiện không sẵn sàng (phản hồi %1). Hãy thử lại sau; nếu tình trạng vẫn tiếp diễn, hãy liên hệ người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>The server refused the session in its greeting (reply %1). It may block your address or network; contact the server&apos;s operator.</source>
        <translation>Máy chủ đã từ chối phiên làm việc ngay trong lời chào (phản hồi %1). Có thể máy chủ chặn địa chỉ hoặc mạng của bạn; hãy liên hệ người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid SMTP. Check that this port belongs to a mail server and that the security setting matches it (for example implicit TLS on port 465).</source>
        <translation>Câu trả lời của máy chủ không phải là SMTP hợp lệ. Hãy kiểm tra xem cổng này có đúng là của máy chủ thư không và thiết lập bảo mật có khớp với cổng không (ví dụ SSL/TLS trên cổng 465).</translation>
    </message>
    <message>
        <source>The server sent a line longer than the limit. It is misbehaving or is not a mail server.</source>
        <translation>Máy chủ gửi một dòng dài quá giới hạn. Máy chủ đang hoạt động bất thường hoặc không phải là máy chủ thư.</translation>
    </message>
    <message>
        <source>The server sent a reply with more lines than the limit. It is misbehaving or is not a mail server.</source>
        <translation>Máy chủ gửi một phản hồi có nhiều dòng hơn giới hạn. Máy chủ đang hoạt động bất thường hoặc không phải là máy chủ thư.</translation>
    </message>
    <message>
        <source>The server sent a reply larger than the limit. It is misbehaving or is not a mail server.</source>
        <translation>Máy chủ gửi một phản hồi lớn hơn giới hạn. Máy chủ đang hoạt động bất thường hoặc không phải là máy chủ thư.</translation>
    </message>
    <message>
        <source>The server changed the reply code in the middle of a multi-line reply; it does not follow the SMTP standard.</source>
        <translation>Máy chủ đổi mã phản hồi giữa chừng trong một phản hồi nhiều dòng; máy chủ này không tuân theo chuẩn SMTP.</translation>
    </message>
    <message>
        <source>The server sent data nobody asked for during the %1 step; it does not follow the SMTP standard.</source>
        <translation>Máy chủ gửi dữ liệu không ai yêu cầu ở bước %1; máy chủ này không tuân theo chuẩn SMTP.</translation>
    </message>
    <message>
        <source>The server answered the %1 step with an unexpected reply (%2).</source>
        <translation>Máy chủ trả lời bước %1 bằng một phản hồi không mong đợi (%2).</translation>
    </message>
    <message>
        <source>The server rejected both EHLO and HELO (reply %1). Check the EHLO name, or contact the server&apos;s operator.</source>
        <translation>Máy chủ từ chối cả EHLO lẫn HELO (phản hồi %1). Hãy kiểm tra tên EHLO, hoặc liên hệ người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the test stopped before sending anything secret. If the port expects TLS from the start (usually 465), choose implicit TLS; otherwise ask the operator to enable STARTTLS.</source>
        <translation>Máy chủ không hỗ trợ STARTTLS, nên bài kiểm tra đã dừng trước khi gửi bất kỳ thông tin bí mật nào. Nếu cổng này yêu cầu TLS ngay từ đầu (thường là cổng 465), hãy chọn SSL/TLS; nếu không, hãy đề nghị người quản trị máy chủ bật STARTTLS.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (reply %1), so the test stopped before sending anything secret. Try again later or contact the server&apos;s operator.</source>
        <translation>Máy chủ đã từ chối STARTTLS (phản hồi %1), nên bài kiểm tra đã dừng trước khi gửi bất kỳ thông tin bí mật nào. Hãy thử lại sau hoặc liên hệ người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>Data arrived after the server accepted STARTTLS and before encryption started. That is how a response-injection attack looks, so the test stopped. Check for proxies or security software that intercepts mail, and tell the server&apos;s operator.</source>
        <translation>Có dữ liệu đến sau khi máy chủ chấp nhận STARTTLS nhưng trước khi bắt đầu mã hoá. Đó chính là dấu hiệu của một cuộc tấn công chèn phản hồi (response injection), nên bài kiểm tra đã dừng. Hãy kiểm tra xem có proxy hay phần mềm bảo mật nào đang chặn bắt thư không, và báo cho người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1. Check that the security setting matches the port and that the server supports a current TLS version.</source>
        <translation>Bắt tay TLS thất bại: %1. Hãy kiểm tra xem thiết lập bảo mật có khớp với cổng không và máy chủ có hỗ trợ phiên bản TLS hiện hành không.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing secret was sent. Check the host name; if you know this certificate, trust its SHA-256 fingerprint for one run or add the CA file that issued it.</source>
        <translation>Không xác minh được chứng chỉ của máy chủ, nên chưa có thông tin bí mật nào được gửi đi. Hãy kiểm tra tên máy chủ; nếu bạn biết rõ chứng chỉ này, hãy tin cậy dấu vân tay SHA-256 của nó cho một lần kiểm tra, hoặc thêm tệp CA đã cấp chứng chỉ đó.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so your credentials were not sent. Choose STARTTLS or implicit TLS, or explicitly allow authentication without encryption.</source>
        <translation>Kết nối không được mã hoá, nên thông tin đăng nhập của bạn chưa được gửi đi. Hãy chọn STARTTLS hoặc SSL/TLS, hoặc cho phép rõ ràng việc xác thực không mã hoá.</translation>
    </message>
    <message>
        <source>The server does not offer authentication on this connection. Many servers offer it only after STARTTLS, or only on the submission port 587.</source>
        <translation>Máy chủ không cho phép xác thực trên kết nối này. Nhiều máy chủ chỉ cho phép xác thực sau STARTTLS, hoặc chỉ trên cổng gửi thư 587.</translation>
    </message>
    <message>
        <source>The server does not offer the chosen authentication method (%1). Choose automatic selection or a method the server offers.</source>
        <translation>Máy chủ không hỗ trợ phương thức xác thực đã chọn (%1). Hãy chọn chế độ tự động hoặc một phương thức mà máy chủ hỗ trợ.</translation>
    </message>
    <message>
        <source>None of the authentication methods the server offers (%1) can be used with the credentials you entered.</source>
        <translation>Không phương thức xác thực nào mà máy chủ hỗ trợ (%1) dùng được với thông tin đăng nhập bạn đã nhập.</translation>
    </message>
    <message>
        <source>The server rejected the credentials (reply %1). Check the user name and password; some providers require an app password or an OAuth token.</source>
        <translation>Máy chủ đã từ chối thông tin đăng nhập (phản hồi %1). Hãy kiểm tra tên người dùng và mật khẩu; một số nhà cung cấp yêu cầu mật khẩu ứng dụng hoặc token OAuth.</translation>
    </message>
    <message>
        <source>The server refused this authentication method or needs an extra step (reply %1). Choose a stronger method or follow the provider&apos;s instructions, for example an app password.</source>
        <translation>Máy chủ đã từ chối phương thức xác thực này hoặc cần thêm một bước nữa (phản hồi %1). Hãy chọn phương thức mạnh hơn hoặc làm theo hướng dẫn của nhà cung cấp, ví dụ dùng mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>The server requires encryption for this authentication method (reply %1). Choose STARTTLS or implicit TLS.</source>
        <translation>Máy chủ yêu cầu mã hoá đối với phương thức xác thực này (phản hồi %1). Hãy chọn STARTTLS hoặc SSL/TLS.</translation>
    </message>
    <message>
        <source>Authentication failed for a temporary reason (reply %1). Try again later.</source>
        <translation>Xác thực thất bại vì một lý do tạm thời (phản hồi %1). Hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The server rejected the authentication command (reply %1). Try another authentication method.</source>
        <translation>Máy chủ đã từ chối lệnh xác thực (phản hồi %1). Hãy thử một phương thức xác thực khác.</translation>
    </message>
    <message>
        <source>The authentication exchange broke down: %1. Try another authentication method.</source>
        <translation>Quá trình trao đổi xác thực bị gián đoạn: %1. Hãy thử một phương thức xác thực khác.</translation>
    </message>
    <message>
        <source>The server requires encryption before this command (reply %1). Choose STARTTLS or implicit TLS.</source>
        <translation>Máy chủ yêu cầu mã hoá trước khi nhận lệnh này (phản hồi %1). Hãy chọn STARTTLS hoặc SSL/TLS.</translation>
    </message>
    <message>
        <source>The server requires authentication before accepting mail (reply %1). Enter a user name and password.</source>
        <translation>Máy chủ yêu cầu xác thực trước khi nhận thư (phản hồi %1). Hãy nhập tên người dùng và mật khẩu.</translation>
    </message>
    <message>
        <source>The server rejected the sender address (reply %1). Check the address; many servers accept only addresses of the authenticated user.</source>
        <translation>Máy chủ đã từ chối địa chỉ người gửi (phản hồi %1). Hãy kiểm tra lại địa chỉ; nhiều máy chủ chỉ chấp nhận địa chỉ của chính người dùng đã xác thực.</translation>
    </message>
    <message>
        <source>The server rejected every recipient (reply %1). Check the addresses; the server may refuse to relay to them.</source>
        <translation>Máy chủ đã từ chối tất cả người nhận (phản hồi %1). Hãy kiểm tra lại các địa chỉ; có thể máy chủ từ chối chuyển tiếp thư tới những địa chỉ đó.</translation>
    </message>
    <message>
        <source>The server refused to receive message data (reply %1).</source>
        <translation>Máy chủ từ chối nhận nội dung thư (phản hồi %1).</translation>
    </message>
    <message>
        <source>The server rejected the test message (reply %1).</source>
        <translation>Máy chủ đã từ chối thư thử nghiệm (phản hồi %1).</translation>
    </message>
</context>
<context>
    <name>SmtpStepText</name>
    <message>
        <source>connecting</source>
        <translation>kết nối</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>bắt tay TLS</translation>
    </message>
    <message>
        <source>server greeting</source>
        <translation>lời chào của máy chủ</translation>
    </message>
    <message>
        <source>authentication (AUTH)</source>
        <translation>xác thực (AUTH)</translation>
    </message>
    <message>
        <source>message content</source>
        <translation>gửi nội dung thư</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Tệp %1 bị trống.</translation>
    </message>
    <message>
        <source>Passwords and tokens are never accepted on the command line, where other users and the shell history could see them. Use --password-file, --password-env or the prompt.</source>
        <translation>Mật khẩu và token không bao giờ được nhận qua dòng lệnh, vì người dùng khác và lịch sử shell có thể nhìn thấy chúng. Hãy dùng --password-file, --password-env hoặc nhập khi được hỏi.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Run &quot;smtpdesk test --help&quot; for the list.</source>
        <translation>Không có tuỳ chọn &quot;%1&quot;. Chạy &quot;smtpdesk test --help&quot; để xem danh sách.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Tuỳ chọn %1 cần có giá trị.</translation>
    </message>
    <message>
        <source>The value of %1 is too long.</source>
        <translation>Giá trị của %1 quá dài.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>Tuỳ chọn %1 được đưa vào nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>Give the server with --host, for example --host smtp.example.com.</source>
        <translation>Hãy chỉ định máy chủ bằng --host, ví dụ --host smtp.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, dots and hyphens, or an IP address.</source>
        <translation>&quot;%1&quot; không phải là tên máy chủ hợp lệ: hãy dùng chữ cái, chữ số, dấu chấm và dấu gạch nối, hoặc một địa chỉ IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port: use a number from 1 to 65535 (usually 587, 465 or 25).</source>
        <translation>&quot;%1&quot; không phải là cổng hợp lệ: hãy dùng một số từ 1 đến 65535 (thường là 587, 465 hoặc 25).</translation>
    </message>
    <message>
        <source>Unknown security &quot;%1&quot;: use none, starttls or tls.</source>
        <translation>Không có chế độ bảo mật &quot;%1&quot;: hãy dùng none, starttls hoặc tls.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>Không có phương thức đăng nhập &quot;%1&quot;: hãy dùng auto, plain, login, cram-md5, xoauth2 hoặc none.</translation>
    </message>
    <message>
        <source>Use either --password-file or --password-env, not both.</source>
        <translation>Hãy dùng --password-file hoặc --password-env, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Use either a password or an OAuth token (--token-file), not both.</source>
        <translation>Hãy dùng mật khẩu hoặc token OAuth (--token-file), không dùng cả hai.</translation>
    </message>
    <message>
        <source>An OAuth token (--token-file) only works with --auth xoauth2.</source>
        <translation>Token OAuth (--token-file) chỉ dùng được với --auth xoauth2.</translation>
    </message>
    <message>
        <source>--auth none contradicts the sign-in options given.</source>
        <translation>--auth none mâu thuẫn với các tuỳ chọn đăng nhập đã đưa ra.</translation>
    </message>
    <message>
        <source>A password or token needs a user name: add --user.</source>
        <translation>Mật khẩu hoặc token cần đi kèm tên người dùng: hãy thêm --user.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Biến môi trường %1 chưa được đặt.</translation>
    </message>
    <message>
        <source>No password given for %1: use --password-file or --password-env (there is no terminal to ask on).</source>
        <translation>Chưa có mật khẩu cho %1: hãy dùng --password-file hoặc --password-env (không có cửa sổ dòng lệnh để hỏi mật khẩu).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu cho %1: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Bạn chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain, like ana@example.com.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ email: địa chỉ cần có tên, ký tự @ và tên miền, ví dụ ana@example.com.</translation>
    </message>
    <message>
        <source>--to needs a sender too: add --from.</source>
        <translation>--to cũng cần có người gửi: hãy thêm --from.</translation>
    </message>
    <message>
        <source>--send-test-message needs --from and at least one --to.</source>
        <translation>--send-test-message cần có --from và ít nhất một --to.</translation>
    </message>
    <message>
        <source>Unknown stop point &quot;%1&quot;: use connect, tls, auth, mail or rcpt.</source>
        <translation>Không có điểm dừng &quot;%1&quot;: hãy dùng connect, tls, auth, mail hoặc rcpt.</translation>
    </message>
    <message>
        <source>--stop-after %1 needs --from.</source>
        <translation>--stop-after %1 cần có --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid timeout: use a number of seconds from 1 to 600.</source>
        <translation>&quot;%1&quot; không phải là thời gian chờ hợp lệ: hãy dùng số giây từ 1 đến 600.</translation>
    </message>
    <message>
        <source>Usage: smtpdesk test --host HOST [--port PORT] [--security none|starttls|tls]
         [--user USER] [--password-file FILE | --password-env VAR]
         [--auth auto|plain|login|cram-md5|xoauth2|none] [--token-file FILE]
         [--from ADDRESS] [--to ADDRESS]… [--vrfy ADDRESS] [--help-cmd] [--send-test-message]
         [--stop-after connect|tls|auth|mail|rcpt] [--timeout SECONDS] [--ehlo-name NAME]
         [--ca-file FILE] [--trust-fingerprint SHA256] [--allow-plaintext-auth]
         [--json] [--transcript] [--lang en|vi|es]

Runs the guided SMTP test: connect, greeting, EHLO, STARTTLS or TLS, AUTH and, if asked, MAIL FROM,
RCPT TO, VRFY, HELP and a test message. No mail is sent unless --send-test-message is given.
Security defaults from the port: 465 uses TLS, 25 uses STARTTLS when the server offers it,
other ports STARTTLS. Passwords are never taken from the command line: use --password-file,
--password-env, or type it when asked.

Exit status: 0 every step passed (warnings allowed), 2 wrong usage, 3 DNS or connection,
4 TLS, 5 greeting, 6 EHLO, 7 AUTH, 8 MAIL FROM, 9 RCPT TO, 10 DATA, 11 other failure.</source>
        <translation>Cách dùng: smtpdesk test --host MÁY_CHỦ [--port CỔNG] [--security none|starttls|tls]
             [--user NGƯỜI_DÙNG] [--password-file TỆP | --password-env BIẾN]
             [--auth auto|plain|login|cram-md5|xoauth2|none] [--token-file TỆP]
             [--from ĐỊA_CHỈ] [--to ĐỊA_CHỈ]… [--vrfy ĐỊA_CHỈ] [--help-cmd] [--send-test-message]
             [--stop-after connect|tls|auth|mail|rcpt] [--timeout SỐ_GIÂY] [--ehlo-name TÊN]
             [--ca-file TỆP] [--trust-fingerprint SHA256] [--allow-plaintext-auth]
             [--json] [--transcript] [--lang en|vi|es]

Chạy bài kiểm tra SMTP có hướng dẫn: kết nối, lời chào, EHLO, STARTTLS hoặc TLS, AUTH và, nếu được yêu cầu,
MAIL FROM, RCPT TO, VRFY, HELP và một thư thử nghiệm. Không có thư nào được gửi đi nếu thiếu --send-test-message.
Thiết lập bảo mật mặc định theo cổng: cổng 465 dùng TLS, cổng 25 dùng STARTTLS nếu máy chủ hỗ trợ,
các cổng khác dùng STARTTLS. Mật khẩu không bao giờ được lấy từ dòng lệnh: hãy dùng --password-file,
--password-env, hoặc gõ mật khẩu khi được hỏi.

Mã thoát: 0 mọi bước đều đạt (có thể có cảnh báo), 2 dùng sai cú pháp, 3 DNS hoặc kết nối,
4 TLS, 5 lời chào, 6 EHLO, 7 AUTH, 8 MAIL FROM, 9 RCPT TO, 10 DATA, 11 lỗi khác.</translation>
    </message>
    <message>
        <source>The value of %1 contains characters that are not valid text (invalid UTF-8 or control characters). Type it again or check the terminal&apos;s character encoding.</source>
        <translation>Giá trị của %1 chứa ký tự không phải văn bản hợp lệ (UTF-8 lỗi hoặc ký tự điều khiển). Hãy gõ lại, hoặc kiểm tra bảng mã ký tự của cửa sổ dòng lệnh.</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>none (plain text)</source>
        <translation>không có (không mã hoá)</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>SMTP Desk connection test — %1</source>
        <translation>Kiểm tra kết nối SMTP Desk — %1</translation>
    </message>
    <message>
        <source>Server: %1, port %2, security: %3</source>
        <translation>Máy chủ: %1, cổng %2, bảo mật: %3</translation>
    </message>
    <message>
        <source>User: %1 (password not shown)</source>
        <translation>Người dùng: %1 (không hiển thị mật khẩu)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cần làm: %1</translation>
    </message>
    <message>
        <source>More: smtpdesk lookup %1</source>
        <translation>Xem thêm: smtpdesk lookup %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Bước tiếp theo: %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Dấu vân tay chứng chỉ (SHA-256): %1</translation>
    </message>
    <message>
        <source>Transcript (passwords removed):</source>
        <translation>Nhật ký phiên (đã xoá mật khẩu):</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS nếu máy chủ hỗ trợ</translation>
    </message>
</context>
<context>
    <name>TlsReport</name>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1
Certificate: %2
Issued by: %3
Valid from %4 to %5
Names: %6
SHA-256: %7</source>
        <translation>%1
Chứng chỉ: %2
Cấp bởi: %3
Hiệu lực từ %4 đến %5
Tên: %6
SHA-256: %7</translation>
    </message>
</context>
</TS>
