using System.Data.Common;
using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Progress;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// Progress in either backend's store: updates with their history (progress_updates), occurrences of recurring tasks,
/// proposals from reports and gap reports. A task's computed status is never stored: it follows from the rows and
/// today, so it changes as dates pass. Portable SQL; what differs is in <see cref="StoreDialect"/>.
/// </summary>
/// <param name="agencyKey">The store's keying of an agency name (its directory included).</param>
internal sealed class ProgressRecords(DbConnection db, StoreDialect dialect, Func<string, string> agencyKey) : IProgressStore
{
    /// <summary>Status settings (due-soon days) used by the progress reads.</summary>
    public TaskStateCalculator States { get; set; } = new();

    private const string TrackedColumns = """
        t.id, t.document_id, d.number, t.path, t.text, t.deadline_kind, t.deadline_due, t.deadline_every, t.deadline_text,
        t.status, t.completed_on, d.issued_on, d.title,
        (SELECT max(u.reported_on) FROM progress_updates u WHERE u.task_id = t.id)
        """;

    public TrackedTask? Task(long taskId, DateOnly today) =>
        LoadTracked("t.id = @id", today, ("@id", taskId)).FirstOrDefault();

    public IReadOnlyList<TrackedTask> FindTasks(string documentNumber, string path, DateOnly today) =>
        LoadTracked("d.number_key = @n AND t.path = @p", today, ("@n", DocumentNumberKey.Of(documentNumber)), ("@p", path.Trim()));

    public IReadOnlyList<TrackedTask> DocumentTasks(long documentId, DateOnly today) =>
        LoadTracked("t.document_id = @d", today, ("@d", documentId));

    public IReadOnlyList<StoredPlan> FindPlans(IEnumerable<string> numbers)
    {
        var result = new List<StoredPlan>();
        var seen = new HashSet<long>();
        foreach (var key in numbers.Select(DocumentNumberKey.Of).Distinct(StringComparer.Ordinal))
        {
            using var cmd = Command("""
                SELECT id, number, title, issuer, issued_on FROM documents d
                WHERE number_key = @k AND EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id) ORDER BY id
                """, null, ("@k", key));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (seen.Add(r.GetInt64(0))) result.Add(new StoredPlan(r.GetInt64(0), Str(r, 1), Str(r, 2), Str(r, 3), Date(r, 4)));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- updates

    public long AddUpdate(ProgressUpdateInput update)
    {
        using var tx = db.BeginTransaction();
        long id = AddUpdate(update, tx);
        tx.Commit();
        return id;
    }

    private long AddUpdate(ProgressUpdateInput u, DbTransaction tx)
    {
        var task = LoadTracked("t.id = @id", u.ReportedOn, tx, ("@id", u.TaskId)).FirstOrDefault()
            ?? throw new KeyNotFoundException($"No task {u.TaskId}.");
        DateOnly? completed = u.Claim == ProgressClaim.Done ? u.CompletedOn ?? u.ReportedOn : null;
        // A recurring task's update is about one occurrence: the one named, else the current one.
        DateOnly? occurrence = task.State.Current is { } current ? u.OccurrenceDue ?? current.Period.Due : null;
        long id;
        using (var ins = Command("""
            INSERT INTO progress_updates (task_id, reported_on, source_document_id, text, created_at,
              claim, completed_on, author, agency_key, channel, attachments, occurrence_due, proposal_id)
            VALUES (@t, @r, @src, @note, @now, @claim, @c, @a, @ak, @ch, @att, @occ, @prop) RETURNING id
            """, tx, ("@t", u.TaskId), ("@r", u.ReportedOn), ("@src", u.SourceDocumentId), ("@note", u.Note ?? ""),
            ("@now", Now), ("@claim", ClaimName(u.Claim)),
            ("@c", completed), ("@a", u.Author), ("@ak", u.AgencyKey), ("@ch", u.Channel.ToString().ToLowerInvariant()),
            ("@att", JsonSerializer.Serialize(u.Attachments ?? [], ContractJson.Options)), ("@occ", occurrence), ("@prop", u.ProposalId)))
        {
            id = (long)ins.ExecuteScalar()!;
        }
        if (occurrence is { } due)
        {
            var period = task.State.Occurrences.FirstOrDefault(o => o.Period.Due == due)?.Period;
            Exec("""
                INSERT INTO occurrences (task_id, period_start, due, status, completed_on) VALUES (@t, @ps, @due, @s, @c)
                ON CONFLICT (task_id, due) DO UPDATE SET status = excluded.status, completed_on = excluded.completed_on
                """, tx, ("@t", u.TaskId), ("@ps", period?.PeriodStart), ("@due", due), ("@s", ClaimName(u.Claim)), ("@c", completed));
        }
        else
        {
            Exec("UPDATE tasks SET status = @s, completed_on = @c, status_updated_at = @now WHERE id = @t", tx,
                ("@s", ClaimName(u.Claim)), ("@c", completed), ("@now", Now), ("@t", u.TaskId));
        }
        // The search index computes status from completions too: it follows through the change log, in this transaction.
        ChangeLog.Append(db, tx, task.DocumentId, ChangeLog.Upsert);
        return id;
    }

    public IReadOnlyList<ProgressUpdateRecord> History(long taskId)
    {
        using var cmd = Command("""
            SELECT id, task_id, claim, reported_on, completed_on, text, author, agency_key, channel, occurrence_due, attachments,
                   source_document_id, created_at
            FROM progress_updates WHERE task_id = @t ORDER BY id
            """, null, ("@t", taskId));
        using var r = cmd.ExecuteReader();
        var result = new List<ProgressUpdateRecord>();
        while (r.Read())
        {
            result.Add(new ProgressUpdateRecord(r.GetInt64(0), r.GetInt64(1), ParseClaim(r.GetString(2)), Date(r, 3)!.Value,
                Date(r, 4), r.GetString(5), r.GetString(6), Str(r, 7), Enum.Parse<UpdateChannel>(r.GetString(8), ignoreCase: true),
                Date(r, 9), JsonSerializer.Deserialize<List<UpdateAttachment>>(r.GetString(10), ContractJson.Options) ?? [],
                r.IsDBNull(11) ? null : r.GetInt64(11), Moment(r, 12)));
        }
        return result;
    }

    // ---------------------------------------------------------------- proposals

    public IReadOnlyList<long> SaveProposals(long reportDocumentId, IReadOnlyList<ProposalInput> proposals)
    {
        using var tx = db.BeginTransaction();
        var ids = InsertProposals(reportDocumentId, proposals, tx);
        tx.Commit();
        return ids;
    }

    public IReadOnlyList<long> ReplacePendingProposals(long reportDocumentId, IReadOnlyList<ProposalInput> proposals)
    {
        using var tx = db.BeginTransaction();
        Exec("DELETE FROM report_proposals WHERE report_document_id = @d AND state = 'pending'", tx, ("@d", reportDocumentId));
        var ids = InsertProposals(reportDocumentId, proposals, tx);
        tx.Commit();
        return ids;
    }

    public IReadOnlyList<ProposalRecord> ReportProposals(long reportDocumentId) =>
        LoadProposals("report_document_id = @d", null, ("@d", reportDocumentId));

    private List<long> InsertProposals(long reportDocumentId, IReadOnlyList<ProposalInput> proposals, DbTransaction tx)
    {
        var ids = new List<long>(proposals.Count);
        foreach (var p in proposals)
        {
            using var cmd = Command("""
                INSERT INTO report_proposals (report_document_id, task_id, claim, completed_on, confidence, evidence, reported_on, agency_key, created_at)
                VALUES (@d, @t, @c, @co, @conf, @ev, @r, @ak, @now) RETURNING id
                """, tx, ("@d", reportDocumentId), ("@t", p.TaskId), ("@c", ClaimName(p.Claim)), ("@co", p.CompletedOn),
                ("@conf", p.Confidence), ("@ev", JsonSerializer.Serialize(p.Evidence, ContractJson.Options)), ("@r", p.ReportedOn),
                ("@ak", p.AgencyKey), ("@now", Now));
            ids.Add((long)cmd.ExecuteScalar()!);
        }
        return ids;
    }

    public ProposalRecord? Proposal(long proposalId) => LoadProposals("id = @id", null, ("@id", proposalId)).FirstOrDefault();

    public IReadOnlyList<ProposalRecord> PendingProposals(long? reportDocumentId = null) => reportDocumentId is { } d
        ? LoadProposals("state = 'pending' AND report_document_id = @d", null, ("@d", d))
        : LoadProposals("state = 'pending'", null);

    public long AcceptProposal(long proposalId, string decidedBy, DateOnly today)
    {
        using var tx = db.BeginTransaction();
        var p = Decide(proposalId, ProposalState.Accepted, decidedBy, tx);
        long update = AddUpdate(new ProgressUpdateInput(p.TaskId, p.Claim, p.ReportedOn, decidedBy, UpdateChannel.Report, p.CompletedOn,
            string.Join("\n", p.Evidence), p.AgencyKey, SourceDocumentId: p.ReportDocumentId, ProposalId: p.Id), tx);
        Exec("UPDATE report_proposals SET update_id = @u WHERE id = @id", tx, ("@u", update), ("@id", proposalId));
        tx.Commit();
        return update;
    }

    public void RejectProposal(long proposalId, string decidedBy)
    {
        using var tx = db.BeginTransaction();
        Decide(proposalId, ProposalState.Rejected, decidedBy, tx);
        tx.Commit();
    }

    /// <summary>
    /// Marks a pending proposal decided. The state is tested in the UPDATE itself, so of two instances deciding the same
    /// proposal at once only one succeeds (PostgreSQL re-checks the row once the other's lock is released).
    /// </summary>
    private ProposalRecord Decide(long proposalId, ProposalState state, string decidedBy, DbTransaction tx)
    {
        int changed = Exec("UPDATE report_proposals SET state = @s, decided_by = @by, decided_at = @now WHERE id = @id AND state = 'pending'", tx,
            ("@s", state.ToString().ToLowerInvariant()), ("@by", decidedBy), ("@now", Now), ("@id", proposalId));
        var p = LoadProposals("id = @id", tx, ("@id", proposalId)).FirstOrDefault() ?? throw new KeyNotFoundException($"No proposal {proposalId}.");
        return changed == 1 ? p : throw new InvalidOperationException($"Proposal {proposalId} is already {p.State}.");
    }

    private List<ProposalRecord> LoadProposals(string where, DbTransaction? tx, params (string, object?)[] parameters)
    {
        using var cmd = Command($"""
            SELECT id, report_document_id, task_id, claim, completed_on, confidence, evidence, reported_on, agency_key, state, decided_by, update_id
            FROM report_proposals WHERE {where} ORDER BY id
            """, tx, parameters);
        using var r = cmd.ExecuteReader();
        var result = new List<ProposalRecord>();
        while (r.Read())
        {
            result.Add(new ProposalRecord(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), ParseClaim(r.GetString(3)), Date(r, 4),
                Convert.ToDouble(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture), JsonSerializer.Deserialize<List<string>>(r.GetString(6), ContractJson.Options) ?? [],
                Date(r, 7)!.Value, Str(r, 8), Enum.Parse<ProposalState>(r.GetString(9), ignoreCase: true), Str(r, 10),
                r.IsDBNull(11) ? null : r.GetInt64(11)));
        }
        return result;
    }

    public void KeepWaitingReport(long reportDocumentId, IEnumerable<string> planNumbers)
    {
        using var tx = db.BeginTransaction();
        foreach (var n in planNumbers)
            Exec("INSERT INTO waiting_reports (report_document_id, plan_number_key) VALUES (@d, @k) ON CONFLICT DO NOTHING", tx, ("@d", reportDocumentId), ("@k", DocumentNumberKey.Of(n)));
        tx.Commit();
    }

    public void StopWaiting(long reportDocumentId, string planNumber) =>
        Exec("DELETE FROM waiting_reports WHERE report_document_id = @d AND plan_number_key = @k", null,
            ("@d", reportDocumentId), ("@k", DocumentNumberKey.Of(planNumber)));

    public IReadOnlyList<long> ReportsWaitingFor(string planNumber)
    {
        using var cmd = Command("SELECT report_document_id FROM waiting_reports WHERE plan_number_key = @k ORDER BY 1", null, ("@k", DocumentNumberKey.Of(planNumber)));
        using var r = cmd.ExecuteReader();
        var ids = new List<long>();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    // ---------------------------------------------------------------- gap reports

    public PlanGaps PlanGaps(long documentId, DateOnly today)
    {
        using var cmd = Command("SELECT id, number, title, issuer, issued_on FROM documents WHERE id = @d", null, ("@d", documentId));
        StoredPlan plan;
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) throw new KeyNotFoundException($"No document {documentId}.");
            plan = new StoredPlan(r.GetInt64(0), Str(r, 1), Str(r, 2), Str(r, 3), Date(r, 4));
        }
        return Gaps(plan, DocumentTasks(documentId, today));
    }

    private static PlanGaps Gaps(StoredPlan plan, IReadOnlyList<TrackedTask> tasks) => new(plan, StatusCounts.Of(tasks),
        tasks.Where(t => t.Reported is null).ToList(), tasks.Where(t => t.State.Status == TaskStatus.Overdue).ToList());

    public AgencyGaps AgencyGaps(string agencyName, DateOnly today)
    {
        var key = agencyKey(agencyName);
        string? display = null;
        using (var cmd = Command("SELECT display_name FROM agencies WHERE key = @k", null, ("@k", key)))
            display = cmd.ExecuteScalar() as string;
        var owed = LoadTracked("t.id IN (SELECT task_id FROM task_owners WHERE agency_key = @k AND role = 'lead')", today, ("@k", key));
        return new AgencyGaps(key, display, StatusCounts.Of(owed), owed, owed.Where(t => t.Reported is null).ToList());
    }

    public DirectiveGaps DirectiveGaps(string directiveNumber, DateOnly today)
    {
        // The citation graph: plans that implement the directive, plans that implement those plans, and so on.
        using var cmd = Command("""
            WITH RECURSIVE impl(id, depth) AS (
                SELECT document_id, 1 FROM document_references WHERE number_key = @k AND relation = 'implements'
                UNION
                SELECT r.document_id, impl.depth + 1 FROM impl
                JOIN documents d ON d.id = impl.id
                JOIN document_references r ON r.number_key = d.number_key AND r.relation = 'implements'
                WHERE d.number_key IS NOT NULL AND impl.depth < 8
            )
            SELECT DISTINCT d.id, d.number, d.title, d.issuer, d.issued_on FROM impl JOIN documents d ON d.id = impl.id
            WHERE EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id) ORDER BY d.issued_on, d.id
            """, null, ("@k", DocumentNumberKey.Of(directiveNumber)));
        var plans = new List<StoredPlan>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) plans.Add(new StoredPlan(r.GetInt64(0), Str(r, 1), Str(r, 2), Str(r, 3), Date(r, 4)));
        var tasks = plans.Select(p => DocumentTasks(p.DocumentId, today)).ToList();
        var gaps = plans.Select((p, i) => Gaps(p, tasks[i])).ToList();
        return new DirectiveGaps(directiveNumber, gaps, StatusCounts.Of(tasks.SelectMany(t => t)));
    }

    // ---------------------------------------------------------------- the one status of every task list

    /// <summary>The computed state of each of these tasks, as <see cref="Task"/> computes it (occurrences, inherited deadlines).</summary>
    public IReadOnlyDictionary<long, TaskState> StatesOf(IReadOnlyCollection<long> taskIds, DateOnly today, DbTransaction? tx = null) => taskIds.Count == 0
        ? new Dictionary<long, TaskState>()
        : LoadTracked($"t.id IN ({StoreSql.IdList(taskIds)})", today, tx).ToDictionary(t => t.TaskId, t => t.State);

    /// <summary>
    /// Each task's status and effective due today, read lean: only what they are computed from (no owners, texts or
    /// history), so a status-filtered or due-ordered list does not build every task (it did: ≈1 s CPU per list at
    /// 100,000 tasks). <paramref name="from"/> names the tasks <c>e</c> joined with their documents <c>d</c>.
    /// </summary>
    public List<(long Id, TaskStatus Status, DateOnly? Due)> Current(DateOnly today, string from, string where, params (string, object?)[] parameters)
    {
        var done = new Dictionary<long, Dictionary<DateOnly, DateOnly>>();
        using (var cmd = Command("SELECT task_id, due, completed_on FROM occurrences WHERE completed_on IS NOT NULL", null))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (!done.TryGetValue(r.GetInt64(0), out var map)) done[r.GetInt64(0)] = map = [];
                map[Date(r, 1)!.Value] = Date(r, 2)!.Value;
            }
        }
        var result = new List<(long, TaskStatus, DateOnly?)>();
        var periods = new Dictionary<long, PlanPeriod?>();
        using (var cmd = Command($"""
            SELECT e.id, e.document_id, e.deadline_kind, e.deadline_due, e.deadline_every, e.completed_on, d.issued_on, d.title
            FROM {from} WHERE {where}
            """, null, parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                long id = r.GetInt64(0), doc = r.GetInt64(1);
                var issued = Date(r, 6);
                if (!periods.TryGetValue(doc, out var period)) periods[doc] = period = PlanPeriod.FromTitle(Str(r, 7), issued);
                var timeline = new TaskTimeline(FromJsonName<DeadlineKind>(Str(r, 2)), Date(r, 3), FromJsonName<Recurrence>(Str(r, 4)),
                    null, issued, period, Date(r, 5), done.GetValueOrDefault(id));
                var (status, due) = States.Current(timeline, today);
                result.Add((id, status, due));
            }
        }
        return result;
    }

    /// <summary>Tasks each agency leads, by computed status; agencies by display name, then key (ordinal).</summary>
    public IReadOnlyList<AgencyStatusCount> CountTasksByAgency(DateOnly today)
    {
        var statuses = Current(today, "tasks e JOIN documents d ON d.id = e.document_id", "e.id IN (SELECT task_id FROM task_owners WHERE role = 'lead')")
            .ToDictionary(t => t.Id, t => t.Status);
        var leads = new List<(string Key, string Name, long Task)>();
        using (var cmd = Command("SELECT o.agency_key, a.display_name, o.task_id FROM task_owners o JOIN agencies a ON a.key = o.agency_key WHERE o.role = 'lead'", null))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) leads.Add((r.GetString(0), r.GetString(1), r.GetInt64(2)));
        return [.. leads.Where(l => statuses.ContainsKey(l.Task))
            .GroupBy(l => (l.Key, l.Name, Status: statuses[l.Task]))
            .Select(g => new AgencyStatusCount(g.Key.Key, g.Key.Name, g.Key.Status, g.Count()))
            .OrderBy(c => c.AgencyName, StringComparer.Ordinal).ThenBy(c => c.AgencyKey, StringComparer.Ordinal).ThenBy(c => c.Status)];
    }

    // ---------------------------------------------------------------- reading tasks

    private IReadOnlyList<TrackedTask> LoadTracked(string where, DateOnly today, params (string, object?)[] parameters) =>
        LoadTracked(where, today, null, parameters);

    private List<TrackedTask> LoadTracked(string where, DateOnly today, DbTransaction? tx, params (string, object?)[] parameters)
    {
        var rows = new List<(long Id, long Doc, string? Number, string Path, string Text, TaskTimeline Timeline, ProgressClaim? Reported, DateOnly? Last)>();
        var periods = new Dictionary<long, PlanPeriod?>();
        using (var cmd = Command($"SELECT {TrackedColumns} FROM tasks t JOIN documents d ON d.id = t.document_id WHERE {where} ORDER BY t.document_id, t.id", tx, parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                long doc = r.GetInt64(1);
                var issued = Date(r, 11);
                if (!periods.TryGetValue(doc, out var period)) periods[doc] = period = PlanPeriod.FromTitle(Str(r, 12), issued);
                var timeline = new TaskTimeline(FromJsonName<DeadlineKind>(Str(r, 5)), Date(r, 6), FromJsonName<Recurrence>(Str(r, 7)),
                    Str(r, 8), issued, period, Date(r, 10));
                rows.Add((r.GetInt64(0), doc, Str(r, 2), r.GetString(3), r.GetString(4), timeline,
                    Str(r, 9) is { } s ? ParseClaim(s) : null, Date(r, 13)));
            }
        }
        if (rows.Count == 0) return [];
        var owners = new Dictionary<long, (List<string> Leads, List<string> LeadKeys, List<string> SupportKeys)>();
        var done = new Dictionary<long, Dictionary<DateOnly, DateOnly>>();
        var occurrenceClaims = new Dictionary<long, ProgressClaim>();
        var sub = $"SELECT t.id FROM tasks t JOIN documents d ON d.id = t.document_id WHERE {where}";
        using (var cmd = Command($"SELECT task_id, agency_key, name, role FROM task_owners WHERE task_id IN ({sub})", tx, parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (!owners.TryGetValue(r.GetInt64(0), out var o)) owners[r.GetInt64(0)] = o = ([], [], []);
                if (r.GetString(3) == "lead") { o.Leads.Add(r.GetString(2)); o.LeadKeys.Add(r.GetString(1)); }
                else o.SupportKeys.Add(r.GetString(1));
            }
        }
        using (var cmd = Command($"SELECT task_id, due, completed_on, status FROM occurrences WHERE task_id IN ({sub}) ORDER BY due", tx, parameters))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                long task = r.GetInt64(0);
                if (Str(r, 3) is { } s) occurrenceClaims[task] = ParseClaim(s);
                if (Date(r, 2) is not { } c) continue;
                if (!done.TryGetValue(task, out var map)) done[task] = map = [];
                map[Date(r, 1)!.Value] = c;
            }
        }
        var result = new List<TrackedTask>(rows.Count);
        foreach (var row in rows)
        {
            var timeline = done.TryGetValue(row.Id, out var map) ? row.Timeline with { OccurrenceCompletions = map } : row.Timeline;
            var o = owners.TryGetValue(row.Id, out var x) ? x : ([], [], []);
            var reported = row.Reported ?? (occurrenceClaims.TryGetValue(row.Id, out var oc) ? oc : null);
            result.Add(new TrackedTask(row.Id, row.Doc, row.Number, row.Path, row.Text, o.Leads, o.LeadKeys, o.SupportKeys,
                States.Compute(timeline, today), reported, row.Last));
        }
        return result;
    }

    private static string ClaimName(ProgressClaim c) => ProgressClaimCodes.Code(c);

    private static ProgressClaim ParseClaim(string s) =>
        ProgressClaimCodes.Parse(s) ?? throw new FormatException($"Unknown claim '{s}' in the store.");

    private object Now => dialect.Time(DateTimeOffset.UtcNow);

    private DbCommand Command(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Command(db, sql, tx, parameters);

    private int Exec(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Exec(db, sql, tx, parameters);
}
