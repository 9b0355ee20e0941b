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
    <message>
        <source>Choose a code on the left to read what it means and how to fix it.</source>
        <translation>Chọn một mã ở bên trái để xem ý nghĩa và cách khắc phục.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compare two codes</source>
        <translation>So sánh hai mã</translation>
    </message>
    <message>
        <source>Pick two reply codes to see their meaning, when each appears and how they differ.</source>
        <translation>Chọn hai mã phản hồi để xem ý nghĩa, lúc nào mỗi mã xuất hiện và chúng khác nhau ra sao.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Test a mail server connection</source>
        <translation>Kiểm tra kết nối tới máy chủ thư</translation>
    </message>
    <message>
        <source>Check a server step by step: connection, encryption, sign-in and sending.</source>
        <translation>Kiểm tra máy chủ theo từng bước: kết nối, mã hoá, đăng nhập và gửi thư.</translation>
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
</TS>
