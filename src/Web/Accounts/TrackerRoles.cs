namespace DirectiveTracker.Web.Accounts;

/// <summary>The roles of the application and their Vietnamese names.</summary>
public static class TrackerRoles
{
    public const string Admin = "Admin";
    public const string Clerk = "Clerk";
    public const string Leader = "Leader";
    public const string AgencyStaff = "AgencyStaff";

    public static readonly IReadOnlyList<string> All = [Admin, Clerk, Leader, AgencyStaff];

    /// <summary>Quản trị, Văn thư, Lãnh đạo, Đơn vị.</summary>
    public static string Label(string role) => role switch
    {
        Admin => "Quản trị", Clerk => "Văn thư", Leader => "Lãnh đạo", AgencyStaff => "Đơn vị", _ => role,
    };

    /// <summary>Reads a role from its code or Vietnamese name, any case ("admin", "Văn thư"); null when unknown.</summary>
    public static string? Parse(string text) =>
        All.FirstOrDefault(r => string.Equals(r, text.Trim(), StringComparison.OrdinalIgnoreCase)
                                || string.Equals(Label(r), text.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Authorization policies by what a user may do.</summary>
public static class TrackerPolicies
{
    /// <summary>Upload, review and correct documents: clerks and admins.</summary>
    public const string Edit = "Edit";

    /// <summary>See every agency's tasks and the dashboard: leaders, clerks and admins.</summary>
    public const string ReadAll = "ReadAll";

    /// <summary>Manage users and delete documents.</summary>
    public const string Admin = "Admin";

    /// <summary>The machine clients' API (token authentication).</summary>
    public const string Api = "Api";
}

/// <summary>Claim types the application adds to a user's principal.</summary>
public static class TrackerClaims
{
    /// <summary>The agency key an agency staff member belongs to.</summary>
    public const string Agency = "dtrack:agency";

    public const string DisplayName = "dtrack:name";
}
