using Npgsql;

namespace DirectiveTracker.Index.Storage.Postgres;

/// <summary>
/// The PostgreSQL store's schema as numbered migrations, each in its own transaction with its version bump. Several
/// instances starting at once on a new database are safe: migrating holds a session advisory lock, and the version is
/// read again under it. Append only: never edit a migration that has shipped.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>Advisory lock key of migrations ("dtrkmigr").</summary>
    public const long LockKey = 0x6474726B_6D696772;

    public static readonly string[] Steps =
    [
        // 1: documents, references, tasks, owners, agencies, and the change log the Lucene replicas follow. Dates are
        // dates, times are timestamptz; enum values are the contract's JSON names, as in the SQLite store.
        """
        CREATE TABLE agencies (
            key          text PRIMARY KEY,
            display_name text NOT NULL,
            aliases      jsonb NOT NULL DEFAULT '[]'   -- names as written, ordinal order
        );
        CREATE TABLE documents (
            id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            sha256          text NOT NULL UNIQUE,
            source_name     text NOT NULL,
            format          text NOT NULL,
            kind            text NOT NULL,
            number          text,
            number_key      text,
            issuer          text,
            issuer_key      text,
            place           text,
            issued_on       date,
            title           text,
            signer_name     text,
            signer_position text,
            signer_capacity text,
            text            text NOT NULL,
            blocks_json     jsonb NOT NULL,
            extraction_json text NOT NULL,          -- text, not jsonb: compared as written to detect an unchanged re-save
            added_at        timestamptz NOT NULL
        );
        CREATE INDEX documents_number_key ON documents(number_key);
        CREATE INDEX documents_added ON documents(added_at);
        CREATE TABLE document_references (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind        text NOT NULL,
            number      text NOT NULL,
            number_key  text NOT NULL,
            issued_on   date,
            issuer      text,
            relation    text NOT NULL
        );
        CREATE INDEX document_references_number ON document_references(number_key, relation);
        CREATE INDEX document_references_document ON document_references(document_id);
        CREATE TABLE tasks (
            id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id       bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            path              text NOT NULL,
            text              text NOT NULL,
            mode              text,
            deadline_kind     text,
            deadline_due      date,
            deadline_every    text,
            deadline_text     text,
            category          text NOT NULL,
            completed_on      date,
            status_updated_at timestamptz
        );
        CREATE INDEX tasks_document ON tasks(document_id);
        CREATE INDEX tasks_due ON tasks(deadline_due);
        CREATE TABLE task_owners (
            task_id    bigint NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            agency_key text NOT NULL,
            name       text NOT NULL,
            role       text NOT NULL CHECK (role IN ('lead', 'support')),
            PRIMARY KEY (task_id, agency_key, role)
        );
        CREATE INDEX task_owners_agency ON task_owners(agency_key);
        CREATE TABLE index_changes (
            seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            document_id bigint NOT NULL,
            op          text NOT NULL CHECK (op IN ('upsert', 'delete'))
        );
        """,
        // 2: document identity and versions, task review marks and order, the agency directory (the SQLite store's
        // migration 8, for a database that never held duplicates: nothing to merge). document_files.seq orders versions.
        """
        CREATE TABLE document_files (
            sha256      text PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source_name text NOT NULL,
            format      text NOT NULL,
            added_at    timestamptz NOT NULL,
            seq         bigint GENERATED ALWAYS AS IDENTITY
        );
        CREATE INDEX document_files_document ON document_files(document_id);
        INSERT INTO document_files (sha256, document_id, source_name, format, added_at)
            SELECT sha256, id, source_name, format, added_at FROM documents ORDER BY id;
        ALTER TABLE documents ADD COLUMN identity_key text;
        UPDATE documents SET identity_key = number_key || '|' || coalesce(issuer_key, '') || '|' || coalesce(to_char(issued_on, 'YYYY-MM-DD'), '')
            WHERE number_key IS NOT NULL;
        CREATE UNIQUE INDEX documents_identity ON documents(identity_key);
        ALTER TABLE tasks ADD COLUMN confidence double precision;
        ALTER TABLE tasks ADD COLUMN reviewed_at timestamptz;
        ALTER TABLE tasks ADD COLUMN ordinal double precision;
        UPDATE tasks SET ordinal = (SELECT count(*) FROM tasks p WHERE p.document_id = tasks.document_id AND p.id < tasks.id);
        ALTER TABLE agencies ADD COLUMN in_directory integer NOT NULL DEFAULT 0;
        ALTER TABLE agencies ADD COLUMN parent_key text;
        CREATE TABLE agency_aliases (
            alias_key  text PRIMARY KEY,          -- the grammar's key of a spelling
            agency_key text NOT NULL              -- the directory entry it is filed under
        );
        CREATE TABLE agency_emails (
            agency_key text NOT NULL,
            email      text NOT NULL,
            PRIMARY KEY (agency_key, email)
        );
        """,
        // 3: progress and reminders (the SQLite store's migrations 5 and 6, without the columns no code reads): updates
        // with their history, occurrences of recurring tasks, proposals from reports, reports waiting for their plan;
        // alerts identified by their identity, their recipients (the in-app notifications), the outbox and scan marks.
        """
        ALTER TABLE tasks ADD COLUMN status text;   -- the last claim (done, in_progress, not_done); NULL: none yet
        CREATE TABLE occurrences (
            id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            task_id      bigint NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            period_start date,
            due          date NOT NULL,
            status       text,
            completed_on date,
            UNIQUE (task_id, due)
        );
        CREATE INDEX occurrences_due ON occurrences(due);
        CREATE TABLE progress_updates (
            id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            task_id            bigint NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            reported_on        date NOT NULL,
            source_document_id bigint REFERENCES documents(id) ON DELETE SET NULL,
            text               text NOT NULL,
            created_at         timestamptz NOT NULL,
            claim              text NOT NULL CHECK (claim IN ('done', 'in_progress', 'not_done')),
            completed_on       date,
            author             text NOT NULL,
            agency_key         text,
            channel            text NOT NULL,
            attachments        text NOT NULL,         -- JSON array
            occurrence_due     date,
            proposal_id        bigint
        );
        CREATE INDEX progress_updates_task ON progress_updates(task_id, id);
        CREATE TABLE report_proposals (
            id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            report_document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            task_id            bigint NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            claim              text NOT NULL CHECK (claim IN ('done', 'in_progress', 'not_done')),
            completed_on       date,
            confidence         double precision NOT NULL,
            evidence           text NOT NULL,         -- JSON array of passages as written
            reported_on        date NOT NULL,
            agency_key         text,
            state              text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
            decided_by         text,
            decided_at         timestamptz,
            update_id          bigint REFERENCES progress_updates(id) ON DELETE SET NULL,
            created_at         timestamptz NOT NULL
        );
        CREATE INDEX report_proposals_report ON report_proposals(report_document_id, state);
        CREATE TABLE waiting_reports (
            report_document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            plan_number_key    text NOT NULL,
            PRIMARY KEY (plan_number_key, report_document_id)
        );
        CREATE TABLE alert_scans (day date PRIMARY KEY, ran_at timestamptz NOT NULL, alerts integer NOT NULL);
        CREATE TABLE alerts (
            id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            identity       text NOT NULL UNIQUE,
            document_id    bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            task_id        bigint NOT NULL,       -- at decision time
            task_path      text NOT NULL,
            occurrence_due date,
            rule           text NOT NULL,
            round          integer NOT NULL,
            due            date NOT NULL,
            inherited      integer NOT NULL,
            send_on        date NOT NULL,
            decided_at     timestamptz NOT NULL
        );
        CREATE TABLE alert_recipients (
            alert_id    bigint NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            agency_key  text NOT NULL,            -- '' when the task names no owner
            agency_name text NOT NULL,
            role        text NOT NULL CHECK (role IN ('lead', 'support')),
            PRIMARY KEY (alert_id, agency_key, role)
        );
        CREATE INDEX alert_recipients_agency ON alert_recipients(agency_key, alert_id);
        CREATE TABLE alert_outbox (
            id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            scan_day        date NOT NULL,
            channel         text NOT NULL CHECK (channel IN ('email', 'webhook')),
            recipient       text NOT NULL,        -- agency key or '@leaders' (email), URL (webhook)
            subject         text NOT NULL,
            body            text NOT NULL,
            html            text,
            state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'unmapped')),
            attempts        integer NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL,
            lease_until     timestamptz,
            last_error      text,
            created_at      timestamptz NOT NULL,
            sent_at         timestamptz
        );
        CREATE INDEX alert_outbox_due ON alert_outbox(state, next_attempt_at);
        CREATE TABLE notification_reads (
            user_id      text PRIMARY KEY,        -- the web's user id
            last_read_id bigint NOT NULL
        );
        """,
        // 4: the search index's tasks carry what their status is computed from (the SQLite store's migration 10): every
        // document is queued, so each instance's replica indexes it again.
        """
        INSERT INTO index_changes (document_id, op) SELECT id, 'upsert' FROM documents ORDER BY id;
        """,
    ];

    /// <summary>Brings the database to the latest version under the migration lock; returns the number of migrations applied.</summary>
    public static int Apply(NpgsqlConnection db)
    {
        if (CurrentVersion(db) >= Steps.Length) return 0;
        Exec(db, null, $"SELECT pg_advisory_lock({LockKey})");
        try
        {
            Exec(db, null, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
            int applied = 0;
            for (long version = CurrentVersion(db) + 1; version <= Steps.Length; version++)
            {
                using var tx = db.BeginTransaction();
                Exec(db, tx, Steps[version - 1]);
                Exec(db, tx, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({version})");
                tx.Commit();
                applied++;
            }
            return applied;
        }
        finally
        {
            Exec(db, null, $"SELECT pg_advisory_unlock({LockKey})");
        }
    }

    /// <summary>The schema version, 0 for a new database.</summary>
    public static long CurrentVersion(NpgsqlConnection db)
    {
        using var cmd = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", db);
        if (cmd.ExecuteScalar() is not true) return 0;
        cmd.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Exec(NpgsqlConnection db, NpgsqlTransaction? tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, db, tx);
        cmd.ExecuteNonQuery();
    }
}
