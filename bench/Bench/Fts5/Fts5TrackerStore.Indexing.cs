// The FTS5 store as it was before search moved to Lucene (issue 9), kept to compare the two in one run.
using DirectiveTracker.Index;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Index.Search;
using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Bench.Fts5;

/// <summary>Index maintenance: the entries and FTS5 rows of one document, always rebuilt from the stored rows.</summary>
public sealed partial class Fts5TrackerStore
{
    /// <summary>
    /// Indexes a stored document and its tasks from the database rows (inside the caller's transaction), so that
    /// saving and <see cref="Reindex"/> produce the same index by construction.
    /// </summary>
    private void IndexDocument(long documentId, SqliteTransaction tx)
    {
        string kind; string? number, numberKey, issuerKey, issuedOn, title; string text;
        using (var cmd = Command("SELECT kind, number, number_key, issuer_key, issued_on, title, text FROM documents WHERE id = @d", tx, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) throw new InvalidOperationException($"document {documentId} is not stored");
            kind = r.GetString(0); number = Str(r, 1); numberKey = Str(r, 2); issuerKey = Str(r, 3); issuedOn = Str(r, 4); title = Str(r, 5); text = r.GetString(6);
        }
        int? year = ParseIso(issuedOn)?.Year;
        // Attributes every entry of the document shares (AttributeTerms): its kind, year, number and what it implements.
        var shared = new List<string> { AttributeTerms.Kind(kind) };
        if (year is { } y) shared.Add(AttributeTerms.Year(y));
        if (numberKey is not null) shared.Add(AttributeTerms.Number(numberKey));
        using (var cmd = Command("SELECT DISTINCT number_key FROM document_references WHERE document_id = @d AND relation = 'implements'", tx, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) shared.Add(AttributeTerms.Implements(r.GetString(0)));

        using var entry = Command("""
            INSERT INTO search_entries (document_id, task_id, kind, year, issued_on, category, due, deadline_kind)
            VALUES (@d, @t, @k, @y, @i, @c, @due, @dk) RETURNING id
            """, tx, ("@d", documentId), ("@t", null), ("@k", kind), ("@y", year), ("@i", issuedOn), ("@c", null), ("@due", null), ("@dk", null));
        using var agency = Command("INSERT OR IGNORE INTO entry_agencies (entry_id, agency_key) VALUES (@e, @a)", tx, ("@e", null), ("@a", null));
        using var fts = Command("""
            INSERT INTO search_fts (rowid, head_exact, head_folded, body_exact, body_folded, bigrams, attrs)
            VALUES (@e, @he, @hf, @be, @bf, @bg, @at)
            """, tx, ("@e", null), ("@he", null), ("@hf", null), ("@be", null), ("@bf", null), ("@bg", null), ("@at", null));
        using var vector = Command("INSERT INTO entry_terms (entry_id, vector) VALUES (@e, @v)", tx, ("@e", null), ("@v", null));

        long docEntry = (long)entry.ExecuteScalar()!;
        if (issuerKey is not null) { Set(agency, "@e", docEntry); Set(agency, "@a", issuerKey); agency.ExecuteNonQuery(); }
        WriteFts(fts, vector, tx, docEntry, (title ?? "") + "\n" + (number ?? ""), text,
            shared.Concat(issuerKey is null ? [] : AttributeTerms.AgencyAndLeadingWords(issuerKey)));

        var tasks = new List<(long Id, string Text, string? Category, string? Due, string? DeadlineKind, string? DeadlineText)>();
        using (var cmd = Command("SELECT id, text, category, deadline_due, deadline_kind, deadline_text FROM tasks WHERE document_id = @d ORDER BY id", tx, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) tasks.Add((r.GetInt64(0), r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), Str(r, 5)));
        var owners = new Dictionary<long, List<(string Key, string Name)>>();
        using (var cmd = Command("SELECT o.task_id, o.agency_key, o.name FROM task_owners o JOIN tasks t ON t.id = o.task_id WHERE t.document_id = @d ORDER BY o.task_id, o.role, o.name", tx, ("@d", documentId)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (!owners.TryGetValue(r.GetInt64(0), out var list)) owners[r.GetInt64(0)] = list = [];
                list.Add((r.GetString(1), r.GetString(2)));
            }
        }

        foreach (var t in tasks)
        {
            Set(entry, "@t", t.Id); Set(entry, "@c", t.Category); Set(entry, "@due", t.Due); Set(entry, "@dk", t.DeadlineKind);
            long e = (long)entry.ExecuteScalar()!;
            var taskOwners = owners.GetValueOrDefault(t.Id) ?? [];
            foreach (var o in taskOwners) { Set(agency, "@e", e); Set(agency, "@a", o.Key); agency.ExecuteNonQuery(); }
            // Body of a task: who owns it and the deadline as written, so "Sở Nội vụ tuyên truyền" finds its tasks.
            WriteFts(fts, vector, tx, e, t.Text, string.Join("; ", taskOwners.Select(o => o.Name)) + "\n" + (t.DeadlineText ?? ""),
                shared.Concat(t.Category is null ? [] : [AttributeTerms.Category(t.Category)]).Concat(taskOwners.SelectMany(o => AttributeTerms.AgencyAndLeadingWords(o.Key))));
        }
    }

    /// <summary>The entry's FTS5 row and its term vector (the same terms, column by column, as dictionary ids).</summary>
    private void WriteFts(SqliteCommand fts, SqliteCommand vector, SqliteTransaction tx, long entryId, string head, string body, IEnumerable<string> attributes)
    {
        // The three chains one after the other, as the store ran them (frozen; the Lucene store analyses in one pass).
        var h = new AnalyzedText(_analyzer.Exact(head), _analyzer.Folded(head), _analyzer.Bigrams(head));
        var b = new AnalyzedText(_analyzer.Exact(body), _analyzer.Folded(body), _analyzer.Bigrams(body));
        Set(fts, "@e", entryId);
        Set(fts, "@he", IndexTerms.Join(h.Exact)); Set(fts, "@hf", IndexTerms.Join(h.Folded));
        Set(fts, "@be", IndexTerms.Join(b.Exact)); Set(fts, "@bf", IndexTerms.Join(b.Folded));
        Set(fts, "@bg", IndexTerms.Join(h.Bigrams) + "\n" + IndexTerms.Join(b.Bigrams));
        Set(fts, "@at", string.Join(" ", attributes.Distinct()));
        fts.ExecuteNonQuery();
        // In FtsColumns order.
        long[] Ids(IReadOnlyList<Token> tokens, int column)
        {
            var ids = new long[tokens.Count];
            for (int i = 0; i < ids.Length; i++) ids[i] = _terms.Id(IndexTerms.Encode(tokens[i].Text), column, tx);
            return ids;
        }
        Set(vector, "@e", entryId);
        Set(vector, "@v", TermVector.Encode([Ids(h.Exact, 0), Ids(h.Folded, 1), Ids(b.Exact, 2), Ids(b.Folded, 3), Ids([.. h.Bigrams, .. b.Bigrams], 4)]));
        vector.ExecuteNonQuery();
    }

    private void DeleteIndex(long documentId, SqliteTransaction tx)
    {
        Exec("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entries WHERE document_id = @d)", tx, ("@d", documentId));
        Exec("DELETE FROM entry_terms WHERE entry_id IN (SELECT id FROM search_entries WHERE document_id = @d)", tx, ("@d", documentId));
        Exec("DELETE FROM search_entries WHERE document_id = @d", tx, ("@d", documentId));
    }

    public int Reindex(IProgress<ReindexProgress>? progress = null)
    {
        using (var tx = _db.BeginTransaction())
        {
            try
            {
                Exec("INSERT INTO search_fts (search_fts) VALUES ('delete-all'); DELETE FROM entry_terms; DELETE FROM entry_agencies; DELETE FROM search_entries;", tx);
                var ids = new List<long>();
                using (var cmd = Command("SELECT id FROM documents ORDER BY id", tx))
                using (var r = cmd.ExecuteReader())
                    while (r.Read()) ids.Add(r.GetInt64(0));
                for (int i = 0; i < ids.Count; i++)
                {
                    IndexDocument(ids[i], tx);
                    progress?.Report(new ReindexProgress(i + 1, ids.Count));
                }
                TermDictionary.MarkComplete(_db, tx);
                tx.Commit();
                _terms.Committed();
            }
            finally { _terms.RolledBack(); }
        }
        Exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
        using var count = Command("SELECT count(*) FROM search_entries", null);
        return Convert.ToInt32(count.ExecuteScalar());
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
