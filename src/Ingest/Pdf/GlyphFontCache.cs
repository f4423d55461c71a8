using System.Diagnostics.CodeAnalysis;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Graphics.Core;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace DirectiveTracker.Ingest.Pdf;

/// <summary>
/// A font that answers a character code's glyph box and Unicode text from a cache after the first lookup: PdfPig asks
/// both for every glyph drawn, and a page draws the same few hundred codes thousands of times.
/// </summary>
internal sealed class CachedGlyphFont(IFont font) : IFont
{
    private readonly Dictionary<int, CharacterBoundingBox> _boxes = [];
    private readonly Dictionary<int, (bool Found, string? Value)> _unicode = [];

    public NameToken? Name => font.Name;
    public bool IsVertical => font.IsVertical;
    public FontDetails Details => font.Details;

    public int ReadCharacterCode(IInputBytes bytes, out int codeLength) => font.ReadCharacterCode(bytes, out codeLength);

    public bool TryGetUnicode(int characterCode, [NotNullWhen(true)] out string? value)
    {
        if (!_unicode.TryGetValue(characterCode, out var cached))
        {
            var found = font.TryGetUnicode(characterCode, out var text);
            cached = (found, text);
            _unicode[characterCode] = cached;
        }
        value = cached.Value;
        return cached.Found && value is not null;
    }

    public CharacterBoundingBox GetBoundingBox(int characterCode)
    {
        if (!_boxes.TryGetValue(characterCode, out var box))
        {
            box = font.GetBoundingBox(characterCode);
            _boxes[characterCode] = box;
        }
        return box;
    }

    public TransformationMatrix GetFontMatrix() => font.GetFontMatrix();
    public double GetDescent() => font.GetDescent();
    public double GetAscent() => font.GetAscent();
    public bool TryGetPath(int characterCode, [NotNullWhen(true)] out IReadOnlyList<PdfSubpath>? path) => font.TryGetPath(characterCode, out path);
    public bool TryGetNormalisedPath(int characterCode, [NotNullWhen(true)] out IReadOnlyList<PdfSubpath>? path) =>
        font.TryGetNormalisedPath(characterCode, out path);
}

/// <summary>
/// A document's resource store that hands out each horizontal, non-Type 3 font wrapped once in a
/// <see cref="CachedGlyphFont"/>. Vertical and Type 3 fonts pass through: PdfPig reads them through their own
/// interfaces (position vectors, glyph procedures), which a wrapper would hide.
/// </summary>
internal sealed class CachedGlyphResourceStore(IResourceStore store) : IResourceStore
{
    private readonly Dictionary<IFont, IFont> _fonts = new(ReferenceEqualityComparer.Instance);

    public IFont? GetFont(NameToken name)
    {
        var font = store.GetFont(name);
        if (font is null || font.IsVertical || font is IType3Font) return font;
        if (!_fonts.TryGetValue(font, out var cached))
        {
            cached = new CachedGlyphFont(font);
            _fonts[font] = cached;
        }
        return cached;
    }

    public void LoadResourceDictionary(DictionaryToken resourceDictionary) => store.LoadResourceDictionary(resourceDictionary);
    public void UnloadResourceDictionary() => store.UnloadResourceDictionary();
    public bool TryGetXObject(NameToken name, [NotNullWhen(true)] out StreamToken? stream) => store.TryGetXObject(name, out stream);
    public bool TryGetXObjectReference(NameToken name, out IndirectReference reference) => store.TryGetXObjectReference(name, out reference);
    public DictionaryToken? GetExtendedGraphicsStateDictionary(NameToken name) => store.GetExtendedGraphicsStateDictionary(name);
    public IFont GetFontDirectly(IndirectReferenceToken fontReferenceToken) => store.GetFontDirectly(fontReferenceToken);
    public bool TryGetNamedColorSpace(NameToken name, out ResourceColorSpace namedColorSpace) =>
        store.TryGetNamedColorSpace(name, out namedColorSpace);
    public ColorSpaceDetails GetColorSpaceDetails(NameToken? name, DictionaryToken? dictionary) => store.GetColorSpaceDetails(name, dictionary);
    public ColorSpaceDetails GetDeviceColorSpaceDetails(ColorSpace colorSpace) => store.GetDeviceColorSpaceDetails(colorSpace);
    public DictionaryToken? GetMarkedContentPropertiesDictionary(NameToken name) => store.GetMarkedContentPropertiesDictionary(name);
    public IReadOnlyDictionary<NameToken, PatternColor> GetPatterns() => store.GetPatterns();
    public Shading GetShading(NameToken name) => store.GetShading(name);
}
