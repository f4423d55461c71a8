namespace DirectiveTracker.Ingest.Docx;

/// <summary>Recognises the pre-Unicode Vietnamese fonts (.VnTime, .VnArial… = TCVN3; VNI-Times… = VNI) by name.</summary>
internal static class LegacyFontNames
{
    public static bool IsLegacy(string fontName) =>
        fontName.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)
        || fontName.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase)
        || fontName.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase);
}
