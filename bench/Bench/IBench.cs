namespace DirectiveTracker.Bench;

/// <summary>One benchmark or scorer, run as a sub-command of the bench program.</summary>
public interface IBench
{
    /// <summary>The sub-command name (args[0]).</summary>
    string Name { get; }

    Task<int> RunAsync(string[] args);
}
