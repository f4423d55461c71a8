using System.Xml;

namespace DirectiveTracker.Ingest.Docx;

/// <summary>
/// Refuses a Word document whose XML would produce more text than a cap, or whose single paragraph or table is too
/// large to hold as a tree, by one forward-only pass over word/document.xml before any tree is built.
/// </summary>
/// <remarks>
/// A DOCX of a few hundred KB can inflate to hundreds of MB of XML; read as one tree that costs gigabytes. The body
/// is then read one top-level element at a time, so what must be bounded is the text and the largest element.
/// </remarks>
public sealed class DocumentXmlBudget(long maxTextChars, long maxNodesPerBlock = 2_000_000)
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <exception cref="IngestException">TooLarge naming the limit that was hit.</exception>
    public void Check(string fileName, Stream documentXml, CancellationToken ct)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true,
            IgnoreProcessingInstructions = true, IgnoreWhitespace = true,
        };
        using var xml = XmlReader.Create(documentXml, settings);
        long text = 0, nodesInBlock = 0, seen = 0;
        var inText = false;
        while (xml.Read())
        {
            if ((++seen & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            // Depth 2 is a body child (w:document / w:body / w:p): count the nodes under each one.
            if (xml.Depth == 2 && xml.NodeType == XmlNodeType.Element) nodesInBlock = 0;
            if (xml.Depth >= 2 && ++nodesInBlock > maxNodesPerBlock)
                throw TooLarge(fileName, "một đoạn hoặc bảng có quá nhiều thành phần",
                    $"one body element has over {maxNodesPerBlock} XML nodes");
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    inText = xml.LocalName == "t" && xml.NamespaceURI == WordNamespace && !xml.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace when inText:
                    text += TextLength(xml);
                    if (text > maxTextChars)
                        throw TooLarge(fileName, $"nội dung chữ vượt giới hạn {maxTextChars:N0} ký tự",
                            $"document text exceeds the cap of {maxTextChars} characters (DocxMaxTextChars)");
                    break;
                case XmlNodeType.EndElement:
                    inText = false;
                    break;
            }
        }
    }

    /// <summary>Counts a text node in chunks: one w:t may hold hundreds of MB, never made into one string.</summary>
    private static long TextLength(XmlReader xml)
    {
        if (!xml.CanReadValueChunk) return xml.Value.Length;
        var buffer = new char[8192];
        long n = 0;
        int read;
        while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0) n += read;
        return n;
    }

    private static IngestException TooLarge(string fileName, string what, string log) =>
        new(fileName, IngestErrorCode.TooLarge,
            $"tệp Word quá lớn để xử lý ({what}); vui lòng tách tệp thành nhiều phần nhỏ hơn.", log);
}
