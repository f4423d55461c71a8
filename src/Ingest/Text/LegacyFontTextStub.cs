namespace DirectiveTracker.Ingest.Text;
// TEMP stub until ingest-text is merged; never commit.
public static class LegacyFontText { public static string ConvertByFontName(string text, string fontName) => text; }
