using Microsoft.Data.Sqlite;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// The store's schema as numbered migrations. Each runs in its own transaction together with its version bump
/// (miniflux style), so a failed migration leaves the database at the previous version. Append only: never edit
/// a migration that has shipped.
/// </summary>
internal static class Migrations
{
    public static readonly string[] Steps =
    [
        // 1: documents, references, tasks, owners, agencies; empty tables later issues fill.
        """
        CREATE TABLE agencies (
            key          TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            aliases      TEXT NOT NULL DEFAULT '[]'   -- JSON array of names as written
        );
        CREATE TABLE documents (
            id              INTEGER PRIMARY KEY,
            sha256          TEXT NOT NULL UNIQUE,
            source_name     TEXT NOT NULL,
            format          TEXT NOT NULL,
            kind            TEXT NOT NULL,
            number          TEXT,
            number_key      TEXT,
            issuer          TEXT,
            issuer_key      TEXT,
            place           TEXT,
            issued_on       TEXT,
            title           TEXT,
            signer_name     TEXT,
            signer_position TEXT,
            signer_capacity TEXT,
            text            TEXT NOT NULL,
            blocks_json     TEXT NOT NULL,
            extraction_json TEXT NOT NULL,
            added_at        TEXT NOT NULL
        );
        CREATE INDEX documents_number_key ON documents(number_key);
        CREATE TABLE document_references (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind        TEXT NOT NULL,
            number      TEXT NOT NULL,
            number_key  TEXT NOT NULL,
            issued_on   TEXT,
            issuer      TEXT,
            relation    TEXT NOT NULL
        );
        CREATE INDEX document_references_number ON document_references(number_key, relation);
        CREATE INDEX document_references_document ON document_references(document_id);
        CREATE TABLE tasks (
            id                INTEGER PRIMARY KEY,
            document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            path              TEXT NOT NULL,
            text              TEXT NOT NULL,
            mode              TEXT,
            deadline_kind     TEXT,
            deadline_due      TEXT,
            deadline_every    TEXT,
            deadline_text     TEXT,
            category          TEXT NOT NULL,
            status            TEXT,             -- set by people (done); NULL: computed from deadline and today
            completed_on      TEXT,
            status_updated_at TEXT
        );
        CREATE INDEX tasks_document ON tasks(document_id);
        CREATE INDEX tasks_due ON tasks(deadline_due);
        CREATE TABLE task_owners (
            task_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            agency_key TEXT NOT NULL,
            name       TEXT NOT NULL,           -- as written in the document
            role       TEXT NOT NULL CHECK (role IN ('lead', 'support')),
            PRIMARY KEY (task_id, agency_key, role)
        ) WITHOUT ROWID;
        CREATE INDEX task_owners_agency ON task_owners(agency_key);
        CREATE TABLE occurrences (
            id           INTEGER PRIMARY KEY,
            task_id      INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            period_start TEXT,
            due          TEXT NOT NULL,
            status       TEXT,
            completed_on TEXT,
            UNIQUE (task_id, due)
        );
        CREATE TABLE users (
            id           INTEGER PRIMARY KEY,
            email        TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            agency_key   TEXT REFERENCES agencies(key),
            created_at   TEXT NOT NULL
        );
        CREATE TABLE user_roles (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            role    TEXT NOT NULL CHECK (role IN ('Clerk', 'Leader', 'AgencyStaff', 'Admin')),
            PRIMARY KEY (user_id, role)
        ) WITHOUT ROWID;
        CREATE TABLE progress_updates (
            id                 INTEGER PRIMARY KEY,
            task_id            INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            occurrence_id      INTEGER REFERENCES occurrences(id) ON DELETE CASCADE,
            reported_on        TEXT NOT NULL,
            author_user_id     INTEGER REFERENCES users(id),
            source_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            text               TEXT NOT NULL,
            percent            INTEGER CHECK (percent BETWEEN 0 AND 100),
            created_at         TEXT NOT NULL
        );
        CREATE TABLE reminder_rules (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            days_before INTEGER NOT NULL,
            status      TEXT,
            agency_key  TEXT,
            enabled     INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE alert_outbox (
            id            INTEGER PRIMARY KEY,
            rule_id       INTEGER REFERENCES reminder_rules(id) ON DELETE SET NULL,
            task_id       INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            occurrence_id INTEGER REFERENCES occurrences(id) ON DELETE CASCADE,
            recipient     TEXT NOT NULL,
            channel       TEXT NOT NULL,
            payload       TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            sent_at       TEXT,
            attempts      INTEGER NOT NULL DEFAULT 0,
            last_error    TEXT,
            UNIQUE (rule_id, task_id, occurrence_id, recipient)
        );
        """,
        // 2: the search index. One entry per document and per task, numbered in the order they were stored
        // (so rowid order is recency of adding); filter and facet attributes are copied onto the entry so
        // that filtering and faceting never join the large tables. FTS5 is contentless: text lives in
        // documents/tasks and snippets are computed from it.
        $"""
        CREATE TABLE search_entries (
            id            INTEGER PRIMARY KEY,
            document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            task_id       INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
            kind          TEXT NOT NULL,
            year          INTEGER,
            issued_on     TEXT,
            category      TEXT,
            due           TEXT,
            deadline_kind TEXT
        );
        CREATE INDEX search_entries_document ON search_entries(document_id);
        CREATE TABLE entry_agencies (
            entry_id   INTEGER NOT NULL REFERENCES search_entries(id) ON DELETE CASCADE,
            agency_key TEXT NOT NULL,
            PRIMARY KEY (agency_key, entry_id)
        ) WITHOUT ROWID;
        CREATE INDEX entry_agencies_entry ON entry_agencies(entry_id);
        CREATE VIRTUAL TABLE search_fts USING fts5(
            head_exact, head_folded, body_exact, body_folded, bigrams,
            content = '', contentless_delete = 1,
            tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
        );
        """,
        // 3: filter columns indexed (each index ends in the entry id, so a filter value's entries come in id order
        // and a newest-first id range of them is one index range).
        """
        CREATE INDEX search_entries_year ON search_entries(year);
        CREATE INDEX search_entries_kind ON search_entries(kind);
        CREATE INDEX search_entries_category ON search_entries(category);
        CREATE INDEX search_entries_due ON search_entries(due);
        """,
        // 4: filter attributes as FTS5 terms (column attrs, see AttributeTerms), so that FTS5 intersects filters with words;
        // and term vectors: each entry's distinct terms per FTS5 column as ids of a term dictionary, written with its FTS5
        // row, so that ranking reads a candidate once instead of seeking FTS5 once per phrase and column. FTS5 cannot add
        // a column: the index is recreated, and a store that had entries is reindexed when it is next opened.
        $"""
        DROP TABLE search_fts;
        CREATE VIRTUAL TABLE search_fts USING fts5(
            head_exact, head_folded, body_exact, body_folded, bigrams, attrs,
            content = '', contentless_delete = 1,
            tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
        );
        CREATE TABLE index_terms (
            id      INTEGER PRIMARY KEY,
            term    TEXT NOT NULL UNIQUE,
            columns INTEGER NOT NULL DEFAULT 0   -- bit i: the term has occurred in FTS5 column i (prefix expansion)
        );
        CREATE TABLE entry_terms (
            entry_id INTEGER PRIMARY KEY REFERENCES search_entries(id) ON DELETE CASCADE,
            vector   BLOB NOT NULL
        );
        -- 'index' = 'complete': every entry has its FTS5 row and vector and every indexed term is in index_terms (a new
        -- store, and after reindex); until then the store reindexes when opened.
        CREATE TABLE index_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO index_state (key, value) SELECT 'index', 'complete' WHERE NOT EXISTS (SELECT 1 FROM search_entries);
        """,
        // 5: progress. Updates from people and reports keep what was claimed, the completion date, who, for which agency,
        // through which channel and attachments; proposals read from reports wait for a clerk; reports whose plan is not
        // stored yet wait for it (by the plan's number key).
        """
        ALTER TABLE progress_updates ADD COLUMN claim TEXT NOT NULL DEFAULT 'in_progress' CHECK (claim IN ('done', 'in_progress', 'not_done'));
        ALTER TABLE progress_updates ADD COLUMN completed_on TEXT;
        ALTER TABLE progress_updates ADD COLUMN author TEXT NOT NULL DEFAULT '';
        ALTER TABLE progress_updates ADD COLUMN agency_key TEXT;
        ALTER TABLE progress_updates ADD COLUMN channel TEXT NOT NULL DEFAULT 'cli';
        ALTER TABLE progress_updates ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE progress_updates ADD COLUMN occurrence_due TEXT;
        ALTER TABLE progress_updates ADD COLUMN proposal_id INTEGER;
        CREATE INDEX progress_updates_task ON progress_updates(task_id, id);
        CREATE TABLE report_proposals (
            id                 INTEGER PRIMARY KEY,
            report_document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            task_id            INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            claim              TEXT NOT NULL CHECK (claim IN ('done', 'in_progress', 'not_done')),
            completed_on       TEXT,
            confidence         REAL NOT NULL,
            evidence           TEXT NOT NULL,          -- JSON array of passages as written
            reported_on        TEXT NOT NULL,
            agency_key         TEXT,
            state              TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
            decided_by         TEXT,
            decided_at         TEXT,
            update_id          INTEGER REFERENCES progress_updates(id) ON DELETE SET NULL,
            created_at         TEXT NOT NULL
        );
        CREATE INDEX report_proposals_report ON report_proposals(report_document_id, state);
        CREATE TABLE waiting_reports (
            report_document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            plan_number_key    TEXT NOT NULL,
            PRIMARY KEY (plan_number_key, report_document_id)
        ) WITHOUT ROWID;
        """,
        // 6: reminders (issue 14). Alerts are identified by document, task path, occurrence, rule, round and due date
        // (task ids change when a document is re-saved); the outbox holds whole messages (a digest covers many alerts)
        // and their delivery state; the placeholder tables of migration 1 are replaced.
        """
        DROP TABLE alert_outbox;
        DROP TABLE reminder_rules;
        CREATE TABLE alert_scans (day TEXT PRIMARY KEY, ran_at TEXT NOT NULL, alerts INTEGER NOT NULL);
        CREATE TABLE alerts (
            id             INTEGER PRIMARY KEY,
            identity       TEXT NOT NULL UNIQUE,
            document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            task_id        INTEGER NOT NULL,   -- at decision time
            task_path      TEXT NOT NULL,
            occurrence_due TEXT,
            rule           TEXT NOT NULL,
            round          INTEGER NOT NULL,
            due            TEXT NOT NULL,
            inherited      INTEGER NOT NULL,
            send_on        TEXT NOT NULL,
            decided_at     TEXT NOT NULL
        );
        CREATE TABLE alert_recipients (
            alert_id    INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            agency_key  TEXT NOT NULL,           -- '' when the task names no owner
            agency_name TEXT NOT NULL,
            role        TEXT NOT NULL CHECK (role IN ('lead', 'support')),
            PRIMARY KEY (alert_id, agency_key, role)
        ) WITHOUT ROWID;
        CREATE INDEX alert_recipients_agency ON alert_recipients(agency_key, alert_id);
        CREATE TABLE alert_outbox (
            id              INTEGER PRIMARY KEY,
            scan_day        TEXT NOT NULL,
            channel         TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
            recipient       TEXT NOT NULL,       -- agency key or '@leaders' (email), URL (webhook)
            subject         TEXT NOT NULL,
            body            TEXT NOT NULL,
            html            TEXT,
            state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'unmapped')),
            attempts        INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            lease_until     TEXT,
            last_error      TEXT,
            created_at      TEXT NOT NULL,
            sent_at         TEXT
        );
        CREATE INDEX alert_outbox_due ON alert_outbox(state, next_attempt_at);
        CREATE TABLE agency_emails (
            agency_key TEXT NOT NULL,
            email      TEXT NOT NULL,
            PRIMARY KEY (agency_key, email)
        ) WITHOUT ROWID;
        -- In-app notifications are an agency's alert_recipients rows (newest = highest alert id); a user has read up to an alert id.
        CREATE TABLE notification_reads (
            user_id      TEXT PRIMARY KEY,       -- the web's user id (accounts live in the web's own database)
            last_read_id INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS occurrences_due ON occurrences(due);
        CREATE INDEX IF NOT EXISTS documents_added ON documents(added_at);
        """,
        // 7: search moves to a Lucene index beside the database, which follows the store through a change log: one row per
        // change, written in the same transaction as the data, applied in order by the index writer (which commits the last
        // sequence it applied). FTS5's tables go; every stored document is queued, so the index is built from the log
        // the first time the store is used (not here: a migration stays short).
        """
        DROP TABLE IF EXISTS entry_terms;
        DROP TABLE IF EXISTS index_terms;
        DROP TABLE IF EXISTS index_state;
        DROP TABLE IF EXISTS search_fts;
        DROP TABLE IF EXISTS entry_agencies;
        DROP TABLE IF EXISTS search_entries;
        CREATE TABLE index_changes (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id INTEGER NOT NULL,
            op          TEXT NOT NULL CHECK (op IN ('upsert', 'delete'))
        );
        INSERT INTO index_changes (document_id, op) SELECT id, 'upsert' FROM documents ORDER BY id;
        """,
        // 8: document identity and versions (issue 12). A document is its number + issuer + date (identity_key; null without
        // a number): every file of it is a row of document_files, the current one also in documents.sha256. Documents
        // stored twice before (the same plan as TXT, PDF and DOCX) are merged into the newest, their files kept as its
        // versions and the others' index entries deleted. Tasks get the extraction's confidence (read back from the stored
        // extraction, whose tasks were inserted in order), a mark for a person's review and an order of their own (split
        // parts stand after their task). The agency directory: entries admins manage, their parents and the keys of
        // their aliases.
        """
        CREATE TABLE document_files (
            sha256      TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source_name TEXT NOT NULL,
            format      TEXT NOT NULL,
            added_at    TEXT NOT NULL
        );
        CREATE INDEX document_files_document ON document_files(document_id);
        INSERT INTO document_files (sha256, document_id, source_name, format, added_at)
            SELECT sha256, id, source_name, format, added_at FROM documents;
        ALTER TABLE documents ADD COLUMN identity_key TEXT;
        UPDATE documents SET identity_key = number_key || '|' || coalesce(issuer_key, '') || '|' || coalesce(issued_on, '')
            WHERE number_key IS NOT NULL;
        CREATE TEMP TABLE merged_documents AS
            SELECT d.id AS old_id, (SELECT max(k.id) FROM documents k WHERE k.identity_key = d.identity_key) AS keep_id
            FROM documents d WHERE d.identity_key IS NOT NULL
              AND d.id < (SELECT max(k.id) FROM documents k WHERE k.identity_key = d.identity_key);
        UPDATE document_files SET document_id = (SELECT keep_id FROM merged_documents WHERE old_id = document_files.document_id)
            WHERE document_id IN (SELECT old_id FROM merged_documents);
        INSERT INTO index_changes (document_id, op) SELECT old_id, 'delete' FROM merged_documents ORDER BY old_id;
        DELETE FROM documents WHERE id IN (SELECT old_id FROM merged_documents);
        DROP TABLE merged_documents;
        CREATE UNIQUE INDEX documents_identity ON documents(identity_key);
        ALTER TABLE tasks ADD COLUMN confidence REAL;
        ALTER TABLE tasks ADD COLUMN reviewed_at TEXT;
        ALTER TABLE tasks ADD COLUMN ordinal REAL;
        UPDATE tasks SET ordinal = (SELECT count(*) FROM tasks p WHERE p.document_id = tasks.document_id AND p.id < tasks.id);
        UPDATE tasks SET confidence = (SELECT json_extract(d.extraction_json, '$.tasks[' || CAST(tasks.ordinal AS INTEGER) || '].confidence')
            FROM documents d WHERE d.id = tasks.document_id);
        ALTER TABLE agencies ADD COLUMN in_directory INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE agencies ADD COLUMN parent_key TEXT;
        CREATE TABLE agency_aliases (
            alias_key  TEXT PRIMARY KEY,       -- the grammar's key of a spelling
            agency_key TEXT NOT NULL           -- the directory entry it is filed under
        ) WITHOUT ROWID;
        """,
        // 9: proposal ids are never reused (AUTOINCREMENT). A new version of a report replaces its pending proposals;
        // without it the new ones could take the deleted ones' ids, and an id a clerk's screen still shows would name
        // another proposal. Nothing references report_proposals, so the table is rebuilt in place.
        """
        CREATE TABLE report_proposals_v9 (
            id                 INTEGER PRIMARY KEY AUTOINCREMENT,
            report_document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            task_id            INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            claim              TEXT NOT NULL CHECK (claim IN ('done', 'in_progress', 'not_done')),
            completed_on       TEXT,
            confidence         REAL NOT NULL,
            evidence           TEXT NOT NULL,          -- JSON array of passages as written
            reported_on        TEXT NOT NULL,
            agency_key         TEXT,
            state              TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
            decided_by         TEXT,
            decided_at         TEXT,
            update_id          INTEGER REFERENCES progress_updates(id) ON DELETE SET NULL,
            created_at         TEXT NOT NULL
        );
        INSERT INTO report_proposals_v9 SELECT id, report_document_id, task_id, claim, completed_on, confidence, evidence, reported_on,
            agency_key, state, decided_by, decided_at, update_id, created_at FROM report_proposals;
        DROP TABLE report_proposals;
        ALTER TABLE report_proposals_v9 RENAME TO report_proposals;
        CREATE INDEX report_proposals_report ON report_proposals(report_document_id, state);
        """,
        // 10: the search index's tasks carry what their status is computed from (completion, recurrence, the plan's
        // period, occurrences done), so `status:` agrees with the task lists: every document is queued to be indexed again
        // on first use (an index format change; no table changes).
        """
        INSERT INTO index_changes (document_id, op) SELECT id, 'upsert' FROM documents ORDER BY id;
        """,
    ];

    /// <summary>
    /// Brings the database to the latest version; returns the number of migrations applied. Safe to race: the version
    /// is read again inside each migration's write transaction (BEGIN IMMEDIATE), so of several processes opening a
    /// new store at once one migrates and the others find the work done.
    /// </summary>
    public static int Apply(SqliteConnection db, int? upTo = null)
    {
        int last = upTo ?? Steps.Length;
        if (CurrentVersion(db, null) >= last) return 0;
        int applied = 0;
        while (true)
        {
            using var tx = db.BeginTransaction();
            Exec(db, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            long version = CurrentVersion(db, tx) + 1;
            if (version > last)
            {
                tx.Commit();
                return applied;
            }
            Exec(db, tx, Steps[version - 1]);
            Exec(db, tx, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({version})");
            tx.Commit();
            applied++;
        }
    }

    /// <summary>The schema version, 0 for a new database.</summary>
    public static long CurrentVersion(SqliteConnection db, SqliteTransaction? tx)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if ((long)cmd.ExecuteScalar()! == 0) return 0;
        cmd.CommandText = "SELECT max(version) FROM schema_version";
        return cmd.ExecuteScalar() is long v ? v : 0;
    }

    private static void Exec(SqliteConnection db, SqliteTransaction? tx, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
