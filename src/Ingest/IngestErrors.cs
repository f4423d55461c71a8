namespace DirectiveTracker.Ingest;

/// <summary>The refusals ingest raises, each with its Vietnamese user message and English log message.</summary>
public static class IngestErrors
{
    public static IngestException Empty(string file) =>
        new(file, IngestErrorCode.Empty, "tệp rỗng, không có nội dung để đọc.", "file is empty");

    /// <summary>The formats ingest reads, as users know them.</summary>
    public const string SupportedFormats = "PDF, DOCX, DOC, ODT, RTF, văn bản TXT và ảnh quét JPG, PNG, TIFF";

    public static IngestException UnknownType(string file) =>
        new(file, IngestErrorCode.UnknownType,
            $"không nhận dạng được loại tệp (chỉ hỗ trợ {SupportedFormats}).",
            "unknown file type: content is no format ingest reads");

    /// <summary>A file recognised as a type ingest does not read (an archive, a program, a spreadsheet).</summary>
    public static IngestException UnsupportedType(string file, string what, string logKind) =>
        new(file, IngestErrorCode.UnknownType,
            $"loại tệp không được hỗ trợ: {what}. Chỉ đọc được {SupportedFormats}.",
            $"unsupported type: {logKind}");

    public static IngestException ExtensionMismatch(string file, string extension, string actual) =>
        new(file, IngestErrorCode.ExtensionMismatch,
            $"phần mở rộng \"{extension}\" không khớp với nội dung tệp ({actual}).",
            $"extension {extension} does not match the content ({actual})");

    public static IngestException TooLarge(string file, long bytes, long limit) =>
        new(file, IngestErrorCode.TooLarge,
            $"tệp quá lớn ({bytes / 1024.0 / 1024.0:0.#} MB), giới hạn là {limit / 1024.0 / 1024.0:0.#} MB.",
            $"file is {bytes} bytes, over the limit of {limit} bytes");

    public static IngestException Corrupt(string file, string reason, Exception? inner = null) =>
        new(file, IngestErrorCode.Corrupt, "tệp bị hỏng hoặc không đúng định dạng, không đọc được.",
            $"corrupt file: {reason}", inner);

    public static IngestException Unreadable(string file, string reason, Exception? inner = null) =>
        new(file, IngestErrorCode.Unreadable, "không đọc được nội dung tệp.", $"unreadable: {reason}", inner);

    /// <summary>A configured limit was hit; <paramref name="limit"/> is the option's name, so logs say which one.</summary>
    public static IngestException LimitExceeded(string file, string limit, string userReason, string logReason) =>
        new(file, IngestErrorCode.LimitExceeded, $"{userReason} Tệp bị từ chối để bảo vệ hệ thống.",
            $"limit {limit} hit: {logReason}");

    public static IngestException TooManyPages(string file, int pages, int limit) =>
        LimitExceeded(file, nameof(IngestOptions.MaxPages), $"tệp có {pages} trang, vượt giới hạn {limit} trang.", $"{pages} pages, over {limit}");

    public static IngestException BlankPages(string file, int pages, int ocrPages) =>
        new(file, IngestErrorCode.BlankPages,
            pages == 1
                ? "trang duy nhất của tệp là trang trắng, không có chữ nào để đọc" + (ocrPages > 0 ? " (kể cả khi nhận dạng chữ OCR)." : ".")
                : $"cả {pages} trang của tệp đều là trang trắng, không có chữ nào để đọc" + (ocrPages > 0 ? " (kể cả khi nhận dạng chữ OCR)." : "."),
            $"all {pages} pages are blank ({ocrPages} read by OCR)");
}
