using System.Globalization;
using System.Text.Json;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// The little SQL that the backends write differently, for the code they share (documents, review, progress, alerts): how a time is bound,
/// how a list parameter is matched, how a JSON parameter is written and how a JSON array parameter becomes rows. Everything else is portable SQL
/// (<c>ON CONFLICT</c>, <c>RETURNING</c>, <c>WITH RECURSIVE</c>) run by both.
/// </summary>
internal abstract class StoreDialect
{
    public static readonly StoreDialect Sqlite = new SqliteDialect(), Postgres = new PostgresDialect();

    /// <summary>A time as a parameter: round-trip UTC text in SQLite (times compare as text there), a timestamptz in PostgreSQL.</summary>
    public abstract object Time(DateTimeOffset t);

    /// <summary>The condition "<paramref name="column"/> is one of the list bound to <paramref name="parameter"/>" (see <see cref="List{T}"/>).</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>A list as one parameter's value, for <see cref="InList"/>.</summary>
    public abstract object List<T>(IEnumerable<T> values);

    /// <summary>A row source over the JSON array bound to <paramref name="parameter"/>: columns <c>value</c> (an element) and <c>key</c> (its position).</summary>
    public abstract string JsonRows(string parameter);

    /// <summary>A JSON text parameter as a JSON column's value (PostgreSQL's jsonb needs the cast; SQLite keeps JSON as text).</summary>
    public abstract string Json(string parameter);

    /// <summary>A JSON element's field <paramref name="index"/> (<c>value -&gt;&gt; i</c>) as a column of <paramref name="type"/> (bigint, integer, date, text).</summary>
    public abstract string Field(int index, string type);

    /// <summary>A JSON array of the one text bound to <paramref name="parameter"/>.</summary>
    public abstract string JsonArray(string parameter);

    /// <summary>The JSON text array <paramref name="column"/> with the text bound to <paramref name="parameter"/> added, in ordinal order.</summary>
    public abstract string JsonArrayWith(string column, string parameter);

    /// <summary>The condition "the JSON text array <paramref name="column"/> holds the text bound to <paramref name="parameter"/>".</summary>
    public abstract string JsonArrayHas(string column, string parameter);

    /// <summary>The column that orders a table's rows as they were inserted (<paramref name="alias"/>: the table's alias).</summary>
    public abstract string InsertionOrder(string alias);

    private sealed class SqliteDialect : StoreDialect
    {
        public override object Time(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";
        public override object List<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);
        public override string JsonRows(string parameter) => $"json_each({parameter})";
        public override string Json(string parameter) => parameter;
        // SQLite's ->> gives the JSON value's own SQL type; dates stay ISO text, as SQLite keeps them.
        public override string Field(int index, string type) => $"value ->> {index}";
        public override string JsonArray(string parameter) => $"json_array({parameter})";
        public override string JsonArrayWith(string column, string parameter) =>
            $"(SELECT json_group_array(value) FROM (SELECT value FROM json_each({column}) UNION SELECT {parameter} ORDER BY 1))";
        public override string JsonArrayHas(string column, string parameter) => $"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = {parameter})";
        public override string InsertionOrder(string alias) => $"{alias}.rowid";
    }

    private sealed class PostgresDialect : StoreDialect
    {
        public override object Time(DateTimeOffset t) => t.ToUniversalTime();
        public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";
        public override object List<T>(IEnumerable<T> values) => values.ToArray();
        public override string JsonRows(string parameter) => $"jsonb_array_elements({parameter}::jsonb) WITH ORDINALITY AS j(value, key)";
        public override string Json(string parameter) => $"{parameter}::jsonb";
        public override string Field(int index, string type) => $"(value ->> {index})::{type}";
        public override string JsonArray(string parameter) => $"jsonb_build_array({parameter}::text)";
        public override string JsonArrayWith(string column, string parameter) =>
            $"(SELECT jsonb_agg(v ORDER BY v COLLATE \"C\") FROM (SELECT jsonb_array_elements_text({column}) AS v UNION SELECT {parameter}::text) u)";
        public override string JsonArrayHas(string column, string parameter) => $"{column} @> jsonb_build_array({parameter}::text)";
        public override string InsertionOrder(string alias) => $"{alias}.seq";
    }
}
