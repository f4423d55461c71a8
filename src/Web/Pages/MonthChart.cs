using System.Globalization;
using System.Xml.Linq;
using DirectiveTracker.Index;

namespace DirectiveTracker.Web.Pages;

/// <summary>Geometry of the tasks-due-per-month bar chart, drawn as server-side SVG (no script, no canvas).</summary>
public sealed class MonthChart
{
    public const int Width = 720, Height = 260, Left = 40, Bottom = 40, Top = 20;

    public sealed record Bar(string Month, string Label, int Count, double X, double Y, double BarWidth, double BarHeight);

    public IReadOnlyList<Bar> Bars { get; }
    public int Max { get; }

    public MonthChart(IReadOnlyList<MonthCount> months)
    {
        Max = Math.Max(1, months.Count == 0 ? 1 : months.Max(m => m.Count));
        double slot = (Width - Left - 10) / (double)Math.Max(1, months.Count);
        double plot = Height - Bottom - Top;
        Bars = [.. months.Select((m, i) =>
        {
            double h = plot * m.Count / Max;
            return new Bar(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Month.ToString("MM/yy", CultureInfo.InvariantCulture), m.Count,
                Left + i * slot + slot * 0.15, Top + plot - h, slot * 0.7, h);
        })];
    }

    /// <summary>The chart as SVG markup; every text goes through XElement, so it is escaped.</summary>
    public string ToSvg()
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        int baseline = Height - Bottom;
        var svg = new XElement(ns + "svg", new XAttribute("viewBox", $"0 0 {Width} {Height}"), new XAttribute("class", "chart"), new XAttribute("role", "img"),
            new XAttribute("aria-label", "Số nhiệm vụ đến hạn theo tháng"),
            new XElement(ns + "line", new XAttribute("x1", Left), new XAttribute("y1", baseline), new XAttribute("x2", Width), new XAttribute("y2", baseline), new XAttribute("stroke", "#888")),
            new XElement(ns + "text", new XAttribute("x", 4), new XAttribute("y", Top + 4), new XAttribute("class", "axis"), Max.ToString(CultureInfo.InvariantCulture)),
            new XElement(ns + "text", new XAttribute("x", 4), new XAttribute("y", baseline), new XAttribute("class", "axis"), "0"));
        foreach (var b in Bars)
        {
            var link = new XElement(ns + "a", new XAttribute("href", "/Tasks?month=" + b.Month),
                new XElement(ns + "title", $"{b.Label}: {b.Count} nhiệm vụ"),
                new XElement(ns + "rect", new XAttribute("x", F(b.X)), new XAttribute("y", F(b.Y)), new XAttribute("width", F(b.BarWidth)), new XAttribute("height", F(b.BarHeight)), new XAttribute("class", "bar")));
            if (b.Count > 0)
                link.Add(new XElement(ns + "text", new XAttribute("x", F(b.X + b.BarWidth / 2)), new XAttribute("y", F(b.Y - 4)), new XAttribute("text-anchor", "middle"), new XAttribute("class", "value"), b.Count));
            link.Add(new XElement(ns + "text", new XAttribute("x", F(b.X + b.BarWidth / 2)), new XAttribute("y", baseline + 16), new XAttribute("text-anchor", "middle"), new XAttribute("class", "axis"), b.Label));
            svg.Add(link);
        }
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    public static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
