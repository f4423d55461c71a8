using System.Globalization;
using DirectiveTracker.Ingest.Tools;

namespace DirectiveTracker.Ingest.Image;

/// <summary>What decoding one page of an image gave: the PGM written, and what the decoder said of damage it read past.</summary>
public sealed record DecodedPage(string PgmPath, string? Damage);

/// <summary>
/// Decodes one page of a scanner's image (JPEG, PNG, a page of a TIFF) to an 8-bit greyscale PGM with ImageMagick's
/// <c>convert</c> (Debian imagemagick), run through <see cref="ExternalTool"/>: no shell, a timeout, the process tree
/// killed. Chosen over netpbm because it reads a chosen page of a multi-page TIFF, turns colour, transparency and EXIF
/// orientation into a straight grey page itself, and takes resource limits; its cost is small beside OCR's (README).
/// </summary>
/// <remarks>
/// The coder is named from the format ingest sniffed (<c>png:</c>, <c>jpeg:</c>, <c>tiff:</c>), so a file cannot make
/// ImageMagick pick another reader (MVG, SVG, PostScript…) from its content. The page's pixels were checked against
/// the cap from the header before this runs (<see cref="ImageHeader"/>); ImageMagick's own limits are the second line:
/// one thread, no more frames than the header counted (ImageMagick refuses a list as long as its limit, hence + 1),
/// and its spill files in the scratch folder.
/// Debian's policy.xml caps width and height at 16,000 pixels, memory at 256 MiB and disk at 1 GiB; a page over the
/// memory cap (≈ 33 MP at 16 bits a sample) spills to disk within those limits.
/// </remarks>
public sealed class ImageMagickDecoder(ExternalTool convert)
{
    /// <summary>The convert runner, naming the Debian package in the "missing tool" message.</summary>
    public static ExternalTool Tool(string path, TimeSpan timeout, Microsoft.Extensions.Logging.ILogger? logger = null) =>
        new(path, "imagemagick", timeout, logger);

    /// <summary>Decodes page <paramref name="index"/> (0-based) of <paramref name="header"/>'s image at <paramref name="imagePath"/> to <paramref name="pgmPath"/>.</summary>
    /// <exception cref="IngestException">Corrupt when the page cannot be decoded; Unreadable when ImageMagick's policy forbids the format.</exception>
    public async Task<DecodedPage> DecodeAsync(string fileName, ImageHeader header, string imagePath, int index, string pgmPath,
        CancellationToken ct)
    {
        var inv = CultureInfo.InvariantCulture;
        var coder = header.Kind.ToLowerInvariant();
        var scratch = Path.GetDirectoryName(pgmPath)!;
        var r = await convert.RunAsync(fileName,
            ["-limit", "thread", "1", "-limit", "list-length", (header.Pages.Count + 1).ToString(inv),
             $"{coder}:{imagePath}[{index.ToString(inv)}]",
             "-auto-orient", "-background", "white", "-alpha", "remove", "-colorspace", "Gray", "-depth", "8",
             $"pgm:{pgmPath}"],
            new Dictionary<string, string> { ["MAGICK_TEMPORARY_PATH"] = scratch, ["MAGICK_THREAD_LIMIT"] = "1" }, ct)
            .ConfigureAwait(false);
        var page = index + 1;
        if (r.Stderr.Contains("not authorized", StringComparison.OrdinalIgnoreCase))
            throw new IngestException(fileName, IngestErrorCode.Unreadable,
                $"Máy chủ không cho phép đọc ảnh {header.Kind} (chính sách bảo mật của ImageMagick); quản trị viên cần cho phép "
                + "định dạng này trong policy.xml của ImageMagick.",
                $"ImageMagick policy forbids the {header.Kind} coder: {r.StderrFirstLine}");
        if (r.ExitCode != 0 || !File.Exists(pgmPath))
            throw new IngestException(fileName, IngestErrorCode.Corrupt,
                header.Pages.Count == 1
                    ? $"Tệp ảnh {header.Kind} bị hỏng, không giải mã được."
                    : $"Trang {page} của tệp ảnh {header.Kind} bị hỏng, không giải mã được.",
                $"ImageMagick could not decode {header.Kind} page {page} (exit {r.ExitCode}): {r.StderrFirstLine}");
        // A truncated JPEG decodes with grey where the data ran out, and convert says so on stderr with exit 0.
        return new DecodedPage(pgmPath, r.Stderr.Contains("Corrupt", StringComparison.OrdinalIgnoreCase)
                                        || r.Stderr.Contains("Premature end", StringComparison.OrdinalIgnoreCase)
            ? r.StderrFirstLine
            : null);
    }
}
