using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Index.Storage;

namespace DirectiveTracker.Index.Tests;

public sealed class TermVectorTests
{
    [Fact]
    public void Columns_hold_exactly_their_terms()
    {
        var blob = TermVector.Encode([[5, 3, 3, 900_000], [], [1], [70, 2, 128]]);
        var reader = new TermVectorReader(4);
        Assert.True(reader.Load(blob));
        Assert.True(reader.ContainsAny(0, [3]));
        Assert.True(reader.ContainsAny(0, [900_000]));
        Assert.False(reader.ContainsAny(0, [4, 1]));
        Assert.False(reader.ContainsAny(1, [5, 3, 1]));
        Assert.True(reader.ContainsAny(2, [9, 1]));
        Assert.True(reader.ContainsAny(3, [128]));
        Assert.False(reader.ContainsAny(3, [5]));
        // A reader is reused: the next vector replaces the last.
        Assert.True(reader.Load(TermVector.Encode([[], [3], [], []])));
        Assert.False(reader.ContainsAny(0, [3]));
        Assert.True(reader.ContainsAny(1, [3]));
    }

    [Fact]
    public void A_truncated_vector_is_refused_not_misread()
    {
        var reader = new TermVectorReader(2);
        Assert.False(reader.Load([0xff, 0xff, 0x7f]));
        Assert.False(reader.ContainsAny(0, [0]));
    }
}

public sealed class StoreTermVectorTests : IDisposable
{
    private readonly TestStore _t = new();
    private SqliteTrackerStore Store => _t.Store;
    public void Dispose() => _t.Dispose();

    private SearchResults Find(string q) => Store.Search(new SearchRequest(q, 20, new DateOnly(2025, 5, 1)));

    private static readonly string[] Queries =
        ["tuyên truyền", "tuyen truyen", "so noi vu", "thi đua khen thưởng", "\"thi đua, khen thưởng\"", "tuyen*", "t*", "hanh chinh -kỷ",
         "báo cáo agency:\"Sở Nội vụ\"", "41-CT/TW", "(giá dầu) OR (cải cách)", "kiểm tra year:2025", "xyzzy OR tuyên"];

    private void Seed()
    {
        Docs.Add(Store, Docs.Extraction("Kế hoạch thực hiện Chỉ thị số 41-CT/TW về công tác tuyên truyền", "29/KH-UBND", DocumentKind.KeHoach,
            new DateOnly(2025, 2, 17), "Ủy ban nhân dân tỉnh Thái Bình",
            [new Reference(DocumentKind.ChiThi, "41-CT/TW", null, null, ReferenceRelation.Implements)],
            Docs.Task("II.1", "Đẩy mạnh tuyên truyền về thi đua, khen thưởng trên các phương tiện thông tin đại chúng.",
                ["Sở Nội vụ"], ["Sở Văn hóa, Thể thao và Du lịch"], new DateOnly(2025, 4, 30), TaskCategory.TuyenTruyen),
            Docs.Task("II.2", "Tổ chức kiểm tra việc thực hiện tại các huyện; báo cáo kết quả.", ["Sở Tư pháp"], null, new DateOnly(2025, 9, 30), TaskCategory.KiemTraGiamSat)));
        Docs.Add(Store, Docs.Extraction("Kế hoạch cải cách hành chính năm 2024", "12/KH-UBND", DocumentKind.KeHoach,
            new DateOnly(2024, 1, 5), "Ủy ban nhân dân tỉnh Thái Bình", null,
            Docs.Task("1", "Rà soát thủ tục hành chính và báo cáo Đảng ủy tỉnh.", ["Sở Nội vụ"], null, new DateOnly(2024, 6, 30), TaskCategory.BaoCao),
            Docs.Task("2", "Tuyên truyền, thi đua khen thưởng trong cải cách hành chính.", ["Sở Nội vụ"], null, null, TaskCategory.TuyenTruyen)));
        Docs.Add(Store, Docs.Extraction("Chỉ thị về tăng cường kỷ luật hành chính", "05/CT-UBND", DocumentKind.ChiThi,
            new DateOnly(2025, 3, 1), "Ủy ban nhân dân tỉnh Thái Bình", null,
            Docs.Task("3", "Các sở, ngành tăng cường tuyên truyền về kỷ luật hành chính.", ["Sở Thông tin và Truyền thông"], null, null, TaskCategory.TuyenTruyen)));
        Docs.Add(Store, Docs.Extraction("Báo cáo về giá dầu", issuedOn: new DateOnly(2025, 1, 1)));
        Docs.Add(Store, Docs.Extraction("Báo cáo về gia đầu tư tuyển dụng", issuedOn: new DateOnly(2024, 1, 1)));
    }

    private List<string> RenderAll() => Queries.Select(q => Render(Find(q))).ToList();

    private static string Render(SearchResults r) =>
        $"{r.Total}|" + string.Join("|", r.Hits.Select(h => $"{h.DocumentId}/{h.TaskId}/{h.Score:F9}"));

    private long Scalar(string sql)
    {
        using var cmd = Store.Connection.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    [Fact]
    public void Scores_from_vectors_equal_scores_from_fts_lookups()
    {
        Seed();
        Store.RankFromVectors = false;
        Store.SeekCostInRows = double.PositiveInfinity;
        var scanned = RenderAll();
        Store.SeekCostInRows = 0;
        var sought = RenderAll();
        Store.RankFromVectors = true;
        var fromVectors = RenderAll();
        Assert.Equal(scanned, sought);
        Assert.Equal(scanned, fromVectors);
        Assert.Contains(fromVectors, r => r.Split('|').Length > 3);
    }

    [Fact]
    public void Every_entry_has_one_vector_of_known_terms_also_after_replacing_and_deleting()
    {
        Seed();
        AssertVectorsMatchEntries();
        var text = "Kế hoạch một\nTuyên truyền sâu rộng";
        Store.Save(Docs.Ingested(text), Docs.Extraction("Kế hoạch một", tasks: [Docs.Task("1", "Tuyên truyền sâu rộng"), Docs.Task("2", "Khen thưởng")]));
        Store.Save(Docs.Ingested(text), Docs.Extraction("Kế hoạch một sửa đổi", tasks: [Docs.Task("1", "Tuyên truyền sâu rộng")]));
        AssertVectorsMatchEntries();
        Assert.Equal(0, Scalar("SELECT count(*) FROM entry_terms WHERE entry_id NOT IN (SELECT id FROM search_entries)"));
    }

    [Fact]
    public void A_rolled_back_write_takes_back_its_new_term_ids()
    {
        Seed();
        long terms = Scalar("SELECT count(*) FROM index_terms");
        int calls = 0;
        // The second document fails after the first one's new terms were given ids.
        Store.OnWrite = step => { if (step == "document" && ++calls == 2) throw new IOException("test"); };
        Assert.Throws<IOException>(() => Store.SaveMany([
            (Docs.Ingested("Phòng chống thiên tai"), Docs.Extraction("Phòng chống thiên tai bão lũ")),
            (Docs.Ingested("Hai"), Docs.Extraction("Hai"))]));
        Store.OnWrite = null;
        Assert.Equal(terms, Scalar("SELECT count(*) FROM index_terms"));
        // The same new terms again: the ids the rollback took back must not be reused from memory.
        Docs.Add(Store, Docs.Extraction("Kế hoạch phòng chống thiên tai"));
        Docs.Add(Store, Docs.Extraction("Bão lũ và thiên tai miền Trung"));
        AssertVectorsMatchEntries();
        Store.RankFromVectors = false;
        var lookedUp = Render(Find("thien tai"));
        Store.RankFromVectors = true;
        Assert.Equal(lookedUp, Render(Find("thien tai")));
        Assert.Equal(2, Find("thien tai").Total);
    }

    [Fact]
    public void Reindex_rebuilds_the_vectors_and_a_store_without_them_ranks_the_same()
    {
        Seed();
        var before = RenderAll();
        using (var cmd = Store.Connection.CreateCommand())
        {
            // A store indexed before vectors existed: ranking falls back to FTS5 lookups.
            cmd.CommandText = "DELETE FROM entry_terms WHERE entry_id = (SELECT max(entry_id) FROM entry_terms)";
            cmd.ExecuteNonQuery();
        }
        Assert.Equal(before, RenderAll());
        Store.Reindex();
        _t.Reopen();
        AssertVectorsMatchEntries();
        Assert.Equal(before, RenderAll());
    }

    /// <summary>One vector per entry, and every id in it names a term of the dictionary that occurs in the entry's FTS5 row.</summary>
    private void AssertVectorsMatchEntries()
    {
        Assert.Equal(Scalar("SELECT count(*) FROM search_entries"), Scalar("SELECT count(*) FROM entry_terms"));
        var ids = new Dictionary<long, string>();
        using (var cmd = Store.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT id, term FROM index_terms";
            using var r = cmd.ExecuteReader();
            while (r.Read()) ids[r.GetInt64(0)] = r.GetString(1);
        }
        using (var cmd = Store.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT entry_id, vector FROM entry_terms";
            using var r = cmd.ExecuteReader();
            var reader = new TermVectorReader(5);
            var all = ids.Keys.ToArray();
            while (r.Read())
            {
                Assert.True(reader.Load((byte[])r.GetValue(1)));
                long entry = r.GetInt64(0);
                // Each column's terms are found by FTS5 in that column of this entry, and no term outside the dictionary is.
                string[] columns = ["head_exact", "head_folded", "body_exact", "body_folded", "bigrams"];
                for (int c = 0; c < columns.Length; c++)
                {
                    foreach (var (id, term) in ids)
                    {
                        if (!reader.ContainsAny(c, [id])) continue;
                        using var fts = Store.Connection.CreateCommand();
                        fts.CommandText = "SELECT count(*) FROM search_fts WHERE search_fts MATCH @m AND rowid = @e";
                        fts.Parameters.AddWithValue("@m", $"{{{columns[c]}}} : \"{term}\"");
                        fts.Parameters.AddWithValue("@e", entry);
                        Assert.Equal(1L, (long)fts.ExecuteScalar()!);
                    }
                }
            }
        }
    }
}
