using System.Data.Common;
using System.Globalization;
using DirectiveTracker.Index.Alerts;
using static DirectiveTracker.Index.Storage.StoredValues;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// Reminders in either backend's store: due tasks for the scan, alerts and their outbox in one transaction, delivery
/// state, addresses, notifications. Portable SQL; what differs is in <see cref="StoreDialect"/>. Two instances on one
/// PostgreSQL database decide each alert once (its identity is unique: the second insert waits for the first's commit,
/// then does nothing) and lease each outbox message to one sender.
/// </summary>
internal sealed class AlertRecords(DbConnection db, StoreDialect dialect) : IAlertStore
{
    private const string OpenTask = "t.completed_on IS NULL AND (t.deadline_kind IS NULL OR t.deadline_kind <> 'ongoing')";

    public AlertScanMark? LastAlertScan()
    {
        using var cmd = Command("SELECT day, ran_at FROM alert_scans ORDER BY day DESC LIMIT 1", null);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new AlertScanMark(Date(r, 0)!.Value, Moment(r, 1)) : null;
    }

    public DateOnly? OldestOpenDue()
    {
        using var cmd = Command($"""
            SELECT min(d) FROM (
              SELECT min(t.deadline_due) AS d FROM tasks t WHERE t.deadline_due IS NOT NULL AND {OpenTask}
              UNION ALL SELECT min(o.due) FROM occurrences o WHERE o.completed_on IS NULL) AS open_due
            """, null);
        using var r = cmd.ExecuteReader();
        return r.Read() ? Date(r, 0) : null;
    }

    public IReadOnlyList<DueItem> DueItems(IReadOnlyList<DueRange> ranges, DateTimeOffset? addedAfter)
    {
        var items = new List<DueItem>();
        var seen = new HashSet<(long, DateOnly?)>();
        void Add(DueItem item) { if (seen.Add((item.TaskId, item.OccurrenceDue))) items.Add(item); }

        // Tasks by their stated due date (recurring tasks with occurrences are reminded per occurrence).
        using (var tasks = Command($"""
            SELECT t.id, t.document_id, t.path, t.deadline_due, t.deadline_kind FROM tasks t
            WHERE t.deadline_due BETWEEN @from AND @to AND {OpenTask}
              AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.task_id = t.id)
            """, null, ("@from", null), ("@to", null)))
        using (var occurrences = Command("""
            SELECT o.task_id, t.document_id, t.path, o.due, t.deadline_kind FROM occurrences o JOIN tasks t ON t.id = o.task_id
            WHERE o.due BETWEEN @from AND @to AND o.completed_on IS NULL AND t.completed_on IS NULL
            """, null, ("@from", null), ("@to", null)))
        {
            foreach (var range in ranges)
            {
                foreach (var cmd in new[] { tasks, occurrences })
                {
                    Set(cmd, "@from", range.From); Set(cmd, "@to", range.To);
                    ReadItems(cmd, occurrence: ReferenceEquals(cmd, occurrences), Add);
                }
            }
        }

        // Everything open in documents added since the last scan: their rungs may lie before its window.
        if (addedAfter is { } since)
        {
            using var fresh = Command($"""
                SELECT t.id, t.document_id, t.path, t.deadline_due, t.deadline_kind FROM documents d JOIN tasks t ON t.document_id = d.id
                WHERE d.added_at > @since AND t.deadline_due IS NOT NULL AND {OpenTask}
                  AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.task_id = t.id)
                """, null, ("@since", Time(since)));
            ReadItems(fresh, occurrence: false, Add);
            using var freshOccurrences = Command("""
                SELECT o.task_id, t.document_id, t.path, o.due, t.deadline_kind FROM documents d JOIN tasks t ON t.document_id = d.id
                JOIN occurrences o ON o.task_id = t.id WHERE d.added_at > @since AND o.completed_on IS NULL AND t.completed_on IS NULL
                """, null, ("@since", Time(since)));
            ReadItems(freshOccurrences, occurrence: true, Add);
        }

        // Tasks without a deadline of their own inherit their plan's period, when its title names one.
        var inRange = ranges.Count == 0 ? (Func<DateOnly, bool>)(_ => false) : d => ranges.Any(r => d >= r.From && d <= r.To);
        using (var plans = Command("""
            SELECT id, title, CASE WHEN added_at > @since THEN 1 ELSE 0 END FROM documents
            WHERE kind = 'KeHoach' AND (title LIKE '%năm%' OR title LIKE '%giai đoạn%')
            """, null, ("@since", Time(addedAfter ?? DateTimeOffset.MaxValue))))
        using (var planTasks = Command($"""
            SELECT t.id, t.path FROM tasks t WHERE t.document_id = @d AND t.deadline_due IS NULL AND t.deadline_kind IS NULL
              AND {OpenTask} AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.task_id = t.id)
            """, null, ("@d", null)))
        {
            var periods = new List<(long Document, DateOnly End)>();
            using (var r = plans.ExecuteReader())
            {
                while (r.Read())
                {
                    if (PlanPeriod.End(r.GetString(1)) is { } end && (Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture) == 1 || inRange(end))) periods.Add((r.GetInt64(0), end));
                }
            }
            foreach (var (document, end) in periods)
            {
                Set(planTasks, "@d", document);
                using var r = planTasks.ExecuteReader();
                while (r.Read()) Add(new DueItem(r.GetInt64(0), document, r.GetString(1), null, end, Inherited: true, null));
            }
        }
        return items;
    }

    private static void ReadItems(DbCommand cmd, bool occurrence, Action<DueItem> add)
    {
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var due = Date(r, 3)!.Value;
            add(new DueItem(r.GetInt64(0), r.GetInt64(1), r.GetString(2), occurrence ? due : null, due, Inherited: false,
                r.IsDBNull(4) ? null : r.GetString(4)));
        }
    }

    public IReadOnlyList<Alert> Describe(IReadOnlyList<(DueItem Item, Rung Rung)> reached)
    {
        // Documents and tasks are read a chunk of ids per statement: one statement per task cost more than its reading.
        var documents = new Dictionary<long, (string? Number, string? Title)>();
        using (var doc = Command($"SELECT id, number, title FROM documents WHERE {dialect.InList("id", "@ids")}", null, ("@ids", null)))
        {
            foreach (var chunk in reached.Select(r => r.Item.DocumentId).Distinct().Chunk(IdsPerStatement))
            {
                Set(doc, "@ids", dialect.List(chunk));
                using var r = doc.ExecuteReader();
                while (r.Read()) documents[r.GetInt64(0)] = (r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2));
            }
        }
        var tasks = new Dictionary<long, (string Text, List<AlertRecipient> Owners)>();
        // A task without owners gives one row of NULLs.
        using (var task = Command($"""
            SELECT t.id, t.text, o.agency_key, o.name, o.role FROM tasks t LEFT JOIN task_owners o ON o.task_id = t.id
            WHERE {dialect.InList("t.id", "@ids")}
            """, null, ("@ids", null)))
        {
            foreach (var chunk in reached.Select(r => r.Item.TaskId).Distinct().Chunk(IdsPerStatement))
            {
                Set(task, "@ids", dialect.List(chunk));
                using var r = task.ExecuteReader();
                while (r.Read())
                {
                    long id = r.GetInt64(0);
                    if (!tasks.TryGetValue(id, out var t)) tasks[id] = t = (r.GetString(1), []);
                    if (!r.IsDBNull(2)) t.Owners.Add(new AlertRecipient(r.GetString(2), r.GetString(3), r.GetString(4)));
                }
            }
        }
        var alerts = new List<Alert>(reached.Count);
        foreach (var (item, rung) in reached)
        {
            if (!tasks.TryGetValue(item.TaskId, out var t)) continue;   // deleted since it was found
            var d = documents.GetValueOrDefault(item.DocumentId);
            // Lead first; a task that names no owner still yields an alert, for an unmapped recipient the admins see.
            var recipients = t.Owners.Order(RecipientOrder.Instance).ToList();
            if (recipients.Count == 0) recipients.Add(new AlertRecipient("", "", "lead"));
            alerts.Add(new Alert(item.DocumentId, d.Number, d.Title, item.TaskId, item.TaskPath, t.Text, item.OccurrenceDue,
                rung.Rule.Name, rung.Round, item.Due, item.Inherited, rung.SendOn, recipients));
        }
        return alerts;
    }

    private const int IdsPerStatement = 5000;

    /// <summary>Role (lead before support), then agency key, ordinal.</summary>
    private sealed class RecipientOrder : IComparer<AlertRecipient>
    {
        public static readonly RecipientOrder Instance = new();

        public int Compare(AlertRecipient? a, AlertRecipient? b) =>
            string.CompareOrdinal(a!.Role, b!.Role) is var c and not 0 ? c : string.CompareOrdinal(a.AgencyKey, b.AgencyKey);
    }

    public IReadOnlySet<string> DecidedAlerts(IReadOnlyCollection<string> identities)
    {
        var decided = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command($"SELECT identity FROM alerts WHERE {dialect.InList("identity", "@ids")}", null, ("@ids", null));
        foreach (var chunk in identities.Chunk(IdsPerStatement))
        {
            Set(cmd, "@ids", dialect.List(chunk));
            using var r = cmd.ExecuteReader();
            while (r.Read()) decided.Add(r.GetString(0));
        }
        return decided;
    }

    public IReadOnlyList<Alert> CommitAlerts(AlertScanMark scan, IReadOnlyList<Alert> alerts,
        Func<IReadOnlyList<Alert>, IReadOnlyList<OutboxMessage>> compose)
    {
        var at = Time(scan.At);
        using var tx = db.BeginTransaction();
        var fresh = new List<Alert>();
        // A chunk of alerts per statement (rows as JSON): one statement per alert and recipient cost more than the writing.
        // WHERE true: SQLite's grammar needs it between a SELECT and ON CONFLICT.
        using (var insert = Command($"""
            INSERT INTO alerts (identity, document_id, task_id, task_path, occurrence_due, rule, round, due, inherited, send_on, decided_at)
            SELECT {Fields(("text", 0), ("bigint", 1), ("bigint", 2), ("text", 3), ("date", 4), ("text", 5), ("integer", 6), ("date", 7), ("integer", 8), ("date", 9))}, @at
            FROM {dialect.JsonRows("@rows")} WHERE true ORDER BY key
            ON CONFLICT (identity) DO NOTHING
            RETURNING id, identity
            """, tx, ("@rows", null), ("@at", at)))
        using (var recipient = Command($"""
            INSERT INTO alert_recipients (alert_id, agency_key, agency_name, role)
            SELECT {Fields(("bigint", 0), ("text", 1), ("text", 2), ("text", 3))} FROM {dialect.JsonRows("@rows")} WHERE true
            ON CONFLICT DO NOTHING
            """, tx, ("@rows", null)))
        {
            foreach (var chunk in alerts.Chunk(IdsPerStatement))
            {
                Set(insert, "@rows", AlertRows(chunk));
                var ids = new Dictionary<string, long>(StringComparer.Ordinal);
                using (var r = insert.ExecuteReader())
                {
                    while (r.Read()) ids[r.GetString(1)] = r.GetInt64(0);   // only the rows inserted: not decided before
                }
                // Each identity is taken once: a chunk naming an alert twice records it once.
                var added = new List<(Alert Alert, long Id)>();
                foreach (var a in chunk) if (ids.Remove(a.Identity, out long id)) added.Add((a, id));
                fresh.AddRange(added.Select(x => x.Alert));
                Set(recipient, "@rows", RecipientRows(added));
                recipient.ExecuteNonQuery();   // also the agencies' in-app notifications
            }
        }
        using (var outbox = Command("""
            INSERT INTO alert_outbox (scan_day, channel, recipient, subject, body, html, next_attempt_at, created_at)
            VALUES (@day, @c, @to, @s, @b, @h, @at, @at)
            """, tx, ("@day", scan.Day), ("@c", null), ("@to", null), ("@s", null), ("@b", null), ("@h", null), ("@at", at)))
        {
            foreach (var m in fresh.Count == 0 ? [] : compose(fresh))
            {
                Set(outbox, "@c", m.Channel); Set(outbox, "@to", m.Recipient); Set(outbox, "@s", m.Subject); Set(outbox, "@b", m.Body); Set(outbox, "@h", m.Html);
                outbox.ExecuteNonQuery();
            }
        }
        Exec("""
            INSERT INTO alert_scans (day, ran_at, alerts) VALUES (@d, @at, @n)
            ON CONFLICT (day) DO UPDATE SET ran_at = excluded.ran_at, alerts = excluded.alerts
            """, tx, ("@d", scan.Day), ("@at", at), ("@n", fresh.Count));
        tx.Commit();
        return fresh;
    }

    /// <summary>JSON row fields as typed columns, in order.</summary>
    private string Fields(params (string Type, int Index)[] fields) => string.Join(", ", fields.Select(f => dialect.Field(f.Index, f.Type)));

    /// <summary>Alerts as JSON rows in the order of the alerts table's columns (identity … send_on).</summary>
    private static string AlertRows(Alert[] alerts) => JsonRows(w =>
    {
        foreach (var a in alerts)
        {
            w.WriteStartArray();
            w.WriteStringValue(a.Identity); w.WriteNumberValue(a.DocumentId); w.WriteNumberValue(a.TaskId); w.WriteStringValue(a.TaskPath);
            if (a.OccurrenceDue is { } o) w.WriteStringValue(Iso(o)); else w.WriteNullValue();
            w.WriteStringValue(a.Rule); w.WriteNumberValue(a.Round); w.WriteStringValue(Iso(a.Due)); w.WriteNumberValue(a.Inherited ? 1 : 0);
            w.WriteStringValue(Iso(a.SendOn));
            w.WriteEndArray();
        }
    });

    private static string RecipientRows(List<(Alert Alert, long Id)> alerts) => JsonRows(w =>
    {
        foreach (var (a, id) in alerts)
        {
            foreach (var to in a.Recipients)
            {
                w.WriteStartArray();
                w.WriteNumberValue(id); w.WriteStringValue(to.AgencyKey); w.WriteStringValue(to.AgencyName); w.WriteStringValue(to.Role);
                w.WriteEndArray();
            }
        }
    });

    private static string JsonRows(Action<System.Text.Json.Utf8JsonWriter> rows)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            rows(w);
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // ---------------------------------------------------------------- outbox

    private const string OutboxColumns = "id, channel, recipient, subject, body, html, state, attempts, last_error, created_at, sent_at";

    public IReadOnlyList<OutboxEntry> ClaimOutbox(DateTimeOffset now, int limit, TimeSpan lease)
    {
        // One statement: two senders sharing the store never lease the same message. The lease test is repeated outside
        // the subquery because PostgreSQL re-checks only those conditions on a row another sender has just leased.
        const string Due = "state IN ('pending', 'unmapped') AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)";
        using var cmd = Command($"""
            UPDATE alert_outbox SET lease_until = @until
            WHERE {Due} AND id IN (SELECT id FROM alert_outbox WHERE {Due} ORDER BY id LIMIT @n)
            RETURNING {OutboxColumns}
            """, null, ("@until", Time(now + lease)), ("@now", Time(now)), ("@n", limit));
        return ReadOutbox(cmd).OrderBy(e => e.Id).ToList();
    }

    public void MarkOutboxSent(long id, DateTimeOffset at) =>
        Exec("UPDATE alert_outbox SET state = 'sent', sent_at = @at, attempts = attempts + 1, lease_until = NULL, last_error = NULL WHERE id = @id",
            null, ("@at", Time(at)), ("@id", id));

    public void MarkOutboxFailed(long id, string error, DateTimeOffset? retryAt)
    {
        if (retryAt is { } retry)
            Exec("UPDATE alert_outbox SET attempts = attempts + 1, last_error = @e, lease_until = NULL, state = 'pending', next_attempt_at = @retry WHERE id = @id",
                null, ("@e", error), ("@retry", Time(retry)), ("@id", id));
        else
            Exec("UPDATE alert_outbox SET attempts = attempts + 1, last_error = @e, lease_until = NULL, state = 'failed' WHERE id = @id",
                null, ("@e", error), ("@id", id));
    }

    public void MarkOutboxUnmapped(long id, DateTimeOffset retryAt) =>
        Exec("UPDATE alert_outbox SET state = 'unmapped', next_attempt_at = @retry, lease_until = NULL WHERE id = @id",
            null, ("@retry", Time(retryAt)), ("@id", id));

    public IReadOnlyList<OutboxEntry> Outbox(string state, int limit = 200)
    {
        using var cmd = Command($"SELECT {OutboxColumns} FROM alert_outbox WHERE state = @s ORDER BY id DESC LIMIT @n", null, ("@s", state), ("@n", limit));
        return ReadOutbox(cmd);
    }

    private static List<OutboxEntry> ReadOutbox(DbCommand cmd)
    {
        var list = new List<OutboxEntry>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new OutboxEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                Str(r, 5), r.GetString(6), Number(r, 7), Str(r, 8), Moment(r, 9), r.IsDBNull(10) ? null : Moment(r, 10)));
        }
        return list;
    }

    // ---------------------------------------------------------------- directory

    public IReadOnlyList<string> AgencyEmails(string agencyKey)
    {
        using var cmd = Command("SELECT email FROM agency_emails WHERE agency_key = @k ORDER BY email", null, ("@k", agencyKey));
        return ReadStrings(cmd);
    }

    public void SetAgencyEmails(string agencyKey, IReadOnlyList<string> emails)
    {
        using var tx = db.BeginTransaction();
        Exec("DELETE FROM agency_emails WHERE agency_key = @k", tx, ("@k", agencyKey));
        foreach (var e in emails) Exec("INSERT INTO agency_emails (agency_key, email) VALUES (@k, @e) ON CONFLICT DO NOTHING", tx, ("@k", agencyKey), ("@e", e.Trim()));
        tx.Commit();
    }

    public IReadOnlyList<UnmappedOwner> UnmappedOwners()
    {
        using var cmd = Command("""
            SELECT r.agency_key, min(r.agency_name), count(DISTINCT r.alert_id),
                   (SELECT count(*) FROM alert_outbox o WHERE o.channel = 'email' AND o.recipient = r.agency_key AND o.state IN ('pending', 'unmapped'))
            FROM alert_recipients r
            WHERE NOT EXISTS (SELECT 1 FROM agency_emails e WHERE e.agency_key = r.agency_key)
            GROUP BY r.agency_key ORDER BY count(DISTINCT r.alert_id) DESC, r.agency_key
            """, null);
        var list = new List<UnmappedOwner>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new UnmappedOwner(r.GetString(0), r.GetString(1), Number(r, 2), Number(r, 3)));
        return list;
    }

    // ---------------------------------------------------------------- in-app notifications

    public int UnreadNotifications(string agencyKey, string userId)
    {
        using var cmd = Command("""
            SELECT count(*) FROM alert_recipients n
            WHERE n.agency_key = @k AND n.alert_id > coalesce((SELECT last_read_id FROM notification_reads WHERE user_id = @u), 0)
            """, null, ("@k", agencyKey), ("@u", userId));
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<AlertNotification> Notifications(string agencyKey, int limit = 50)
    {
        using var cmd = Command("""
            SELECT a.id, n.agency_key, n.role, d.number, a.document_id, a.task_path, a.rule, a.due, a.inherited, a.decided_at
            FROM alert_recipients n JOIN alerts a ON a.id = n.alert_id JOIN documents d ON d.id = a.document_id
            WHERE n.agency_key = @k ORDER BY n.alert_id DESC LIMIT @n
            """, null, ("@k", agencyKey), ("@n", limit));
        var list = new List<AlertNotification>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new AlertNotification(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt64(4),
                r.GetString(5), r.GetString(6), Date(r, 7)!.Value, Number(r, 8) == 1, Moment(r, 9)));
        }
        return list;
    }

    public void MarkNotificationsRead(string userId, long upToId) =>
        Exec("""
            INSERT INTO notification_reads (user_id, last_read_id) VALUES (@u, @n)
            ON CONFLICT (user_id) DO UPDATE SET last_read_id = excluded.last_read_id
            WHERE notification_reads.last_read_id < excluded.last_read_id
            """, null, ("@u", userId), ("@n", upToId));

    // ---------------------------------------------------------------- helpers

    private object Time(DateTimeOffset t) => dialect.Time(t);

    /// <summary>A count or integer column (SQLite gives long, PostgreSQL int or bigint).</summary>
    private static int Number(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private DbCommand Command(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Command(db, sql, tx, parameters);

    private void Exec(string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters) =>
        StoreSql.Exec(db, sql, tx, parameters);

    private static void Set(DbCommand cmd, string name, object? value) => StoreSql.Set(cmd, name, value);

    private static List<string> ReadStrings(DbCommand cmd)
    {
        var list = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }
}
