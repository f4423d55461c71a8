using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace DirectiveTracker.Cli;

/// <summary>
/// `dtrack --help` and `dtrack LỆNH --help` in Vietnamese. System.CommandLine ships no Vietnamese resources and keeps
/// its help builder internal, so the help is laid out here from the command tree: description, usage, arguments,
/// options and subcommands, with option names as they are typed.
/// </summary>
internal sealed class CommandHelp : SynchronousCommandLineAction
{
    /// <summary>Section titles and usage words, in the order System.CommandLine's own help has them.</summary>
    private const string DescriptionTitle = "Mô tả:";
    private const string UsageTitle = "Cách dùng:";
    private const string ArgumentsTitle = "Tham số:";
    private const string OptionsTitle = "Tùy chọn:";
    private const string CommandsTitle = "Lệnh:";
    private const string CommandWord = "[lệnh]";
    private const string OptionsWord = "[tùy chọn]";
    private const string RequiredLabel = "(bắt buộc)";
    private const string DefaultLabel = "mặc định";

    /// <summary>Help (even of a command given without its required arguments) is shown, not refused.</summary>
    public override bool ClearsParseErrors => true;

    /// <summary>Gives <paramref name="root"/>'s help and version options Vietnamese descriptions and this help.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "Hiện trợ giúp và cách dùng";
                help.Action = new CommandHelp();
            }
            else if (option is VersionOption version) version.Description = "Hiện số phiên bản";
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    /// <summary>Writes the help of <paramref name="command"/> to <paramref name="w"/>.</summary>
    public static void Write(Command command, TextWriter w)
    {
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            w.WriteLine(DescriptionTitle);
            w.WriteLine("  " + command.Description);
            w.WriteLine();
        }

        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = OptionsOf(command);
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();

        w.WriteLine(UsageTitle);
        var usage = new List<string>(PathOf(command));
        usage.AddRange(arguments.Select(ArgumentLabel));
        if (subcommands.Count > 0) usage.Add(CommandWord);
        if (options.Count > 0) usage.Add(OptionsWord);
        w.WriteLine("  " + string.Join(' ', usage));
        w.WriteLine();

        if (arguments.Count > 0)
            Section(w, ArgumentsTitle, arguments.Select(a => (ArgumentLabel(a), WithDefault(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null))));
        if (options.Count > 0)
            Section(w, OptionsTitle, options.Select(o => (OptionLabel(o), WithDefault(o.Description, o.HasDefaultValue ? o.GetDefaultValue() : null))));
        if (subcommands.Count > 0)
            Section(w, CommandsTitle, subcommands.Select(c =>
                (string.Join(' ', c.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel).Prepend(c.Name)), c.Description ?? "")));
    }

    /// <summary>The command's own options, then those of its parents that apply to it too (help, for one).</summary>
    private static List<Option> OptionsOf(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var parent = Parent(command); parent is not null; parent = Parent(parent))
            options.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        // Help is listed last, as users expect it.
        return [.. options.Where(o => o is not HelpOption), .. options.Where(o => o is HelpOption)];
    }

    private static Command? Parent(Command c) => c.Parents.OfType<Command>().FirstOrDefault();

    private static IEnumerable<string> PathOf(Command command)
    {
        var names = new Stack<string>();
        for (Command? c = command; c is not null; c = Parent(c)) names.Push(c.Name);
        return names;
    }

    private static string ArgumentLabel(Argument a)
    {
        var label = $"<{a.HelpName ?? a.Name}>";
        if (a.Arity.MaximumNumberOfValues > 1) label += "...";
        return a.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
    }

    private static string OptionLabel(Option o)
    {
        // Windows-style aliases ("/?", "/h") work but are not shown, as in System.CommandLine's own help.
        var names = string.Join(", ", o.Aliases.Append(o.Name).Distinct(StringComparer.Ordinal)
            .Where(n => !n.StartsWith('/')).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        if (o.Arity.MaximumNumberOfValues > 0) names += $" <{o.HelpName ?? o.Name.TrimStart('-', '/')}>";
        return o.Required ? $"{names} {RequiredLabel}" : names;
    }

    private static string WithDefault(string? description, object? value)
    {
        var text = description ?? "";
        var shown = value switch
        {
            null => "",
            string s => s,
            bool => "",
            System.Collections.IEnumerable many => string.Join('|', many.Cast<object?>()),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return shown.Length == 0 ? text : $"{text} [{DefaultLabel}: {shown}]";
    }

    private static void Section(TextWriter w, string title, IEnumerable<(string First, string Second)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.First.Length) + 2;
        w.WriteLine(title);
        foreach (var (first, second) in list)
            w.WriteLine(("  " + first.PadRight(width) + second).TrimEnd());
        w.WriteLine();
    }
}
