using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DirectiveTracker.Web.Accounts;

/// <summary>A person who signs in; agency staff carry the key of their agency.</summary>
public sealed class TrackerUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>For agency staff (Đơn vị): the agency key whose tasks they see and update.</summary>
    public string? AgencyKey { get; set; }
}

/// <summary>One correction: who changed what on which task, when, before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public long DocumentId { get; set; }
    public long? TaskId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

/// <summary>A document a clerk has confirmed as reviewed.</summary>
public sealed class DocumentConfirmation
{
    public long DocumentId { get; set; }
    public string UserName { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>An API token of a machine client: only its SHA-256 is kept.</summary>
public sealed class ApiToken
{
    public long Id { get; set; }
    public string TokenHash { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A calendar subscription: calendar programs fetch an agency's deadlines by a secret in the URL (they cannot sign in);
/// only the secret's SHA-256 is kept, and deleting the row revokes it.
/// </summary>
public sealed class CalendarFeed
{
    public long Id { get; set; }
    public string TokenHash { get; set; } = "";
    public string UserId { get; set; } = "";
    public string AgencyKey { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>The web application's own database (users.db in the data folder): accounts, audit log, confirmations, API tokens.</summary>
public sealed class WebDb(DbContextOptions<WebDb> options) : IdentityDbContext<TrackerUser>(options)
{
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<DocumentConfirmation> Confirmations => Set<DocumentConfirmation>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    /// <summary>
    /// Tables added after the first release, created in an existing users.db (EnsureCreated only creates a new database);
    /// the same shape EF Core gives them in a new one.
    /// </summary>
    public const string AddedTables = """
        CREATE TABLE IF NOT EXISTS "CalendarFeeds" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY AUTOINCREMENT,
            "TokenHash" TEXT NOT NULL, "UserId" TEXT NOT NULL, "AgencyKey" TEXT NOT NULL, "CreatedAt" TEXT NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS "IX_CalendarFeeds_TokenHash" ON "CalendarFeeds" ("TokenHash");
        CREATE INDEX IF NOT EXISTS "IX_CalendarFeeds_UserId" ON "CalendarFeeds" ("UserId");
        """;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AuditEntry>().HasIndex(a => a.DocumentId);
        builder.Entity<DocumentConfirmation>().HasKey(c => c.DocumentId);
        builder.Entity<ApiToken>().HasIndex(t => t.TokenHash).IsUnique();
        builder.Entity<CalendarFeed>().HasIndex(t => t.TokenHash).IsUnique();
        builder.Entity<CalendarFeed>().HasIndex(t => t.UserId);
    }
}
