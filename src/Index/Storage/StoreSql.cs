using System.Data.Common;

namespace DirectiveTracker.Index.Storage;

/// <summary>Commands over any ADO.NET connection (SQLite, PostgreSQL), for the SQL both backends share.</summary>
internal static class StoreSql
{
    /// <summary>A command on <paramref name="db"/> with its parameters bound (null as DBNull).</summary>
    public static DbCommand Command(DbConnection db, string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        Bind(cmd, parameters);
        return cmd;
    }

    public static void Bind(DbCommand cmd, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
    }

    /// <summary>Rebinds a parameter of a prepared command (null as DBNull); found by its name as bound, whatever the provider's lookup rules.</summary>
    public static void Set(DbCommand cmd, string name, object? value)
    {
        foreach (DbParameter p in cmd.Parameters)
            if (p.ParameterName == name) { p.Value = value ?? DBNull.Value; return; }
        throw new ArgumentException($"no parameter {name}", nameof(name));
    }

    public static int Exec(DbConnection db, string sql, DbTransaction? tx, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(db, sql, tx, parameters);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Ids as a literal list for <c>IN (…)</c>: numbers only, so nothing from a user reaches the SQL text.</summary>
    public static string IdList(IEnumerable<long> ids) =>
        string.Join(",", ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
