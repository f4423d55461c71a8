using DirectiveTracker.Index;
using DirectiveTracker.Web.Accounts;

namespace DirectiveTracker.Web.Pages;

/// <summary>What the shared task table shows: tasks, who looks, and whether rows get edit or status buttons.</summary>
public sealed record TaskTableModel(IReadOnlyList<StoredTask> Tasks, Viewer Viewer, bool Actions = true, string ReturnUrl = "/");
