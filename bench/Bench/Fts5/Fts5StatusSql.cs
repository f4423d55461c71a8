namespace DirectiveTracker.Bench.Fts5;

/// <summary>The task status rule over search_entries (alias e) with @today and @soon bound (the product computes it from doc values now).</summary>
internal static class Fts5StatusSql
{
    internal const string Sql =
        "CASE WHEN e.task_id IS NULL THEN NULL " +
        "WHEN e.deadline_kind = 'ongoing' THEN 'Ongoing' " +
        "WHEN e.due IS NULL THEN 'NoDeadline' " +
        "WHEN e.due < @today THEN 'Overdue' " +
        "WHEN e.due <= @soon THEN 'DueSoon' ELSE 'InProgress' END";
}
