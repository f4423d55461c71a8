using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Tasks;
using DirectiveTracker.Extract.Tests.Grammar;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>The classifiers' direct feature vector scores exactly as the whole ML.NET pipeline does.</summary>
public class TextClassifierTests
{
    [Fact]
    public async Task Every_shipped_model_predicts_directly_with_the_whole_pipelines_scores_on_real_documents()
    {
        var category = CategoryModel.Embedded!.Classifier;
        var task = TaskModel.Embedded!.Classifier;
        var owner = OwnerRoleModel.Embedded!.Classifier;
        Assert.True(category.PredictsDirectly && task.PredictsDirectly && owner.PredictsDirectly);

        var root = GoldAgreementTests.RepoRoot();
        var extractor = new DocumentExtractor();
        var recognizer = new AgencyRecognizer();
        var ingestor = IngestServices.CreateDefault();
        int rows = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "corpus", "realdocs"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var t in extractor.Extract(await ingestor.IngestAsync(file)).Tasks)
            {
                var action = ActionText.Of(t.Text);
                Assert.True(category.DirectMatchesWhole(ModelText.Opening(t.Text), CategoryFeatures.Tokens(action, new CategoryRules().Read(action))), t.Text);
                var row = TaskModel.Row(t);
                Assert.True(task.DirectMatchesWhole(row.Text, row.Pattern), row.Text);
                foreach (var candidate in OwnerRoleModel.Candidates(t, recognizer.FindAll(t.Text)))
                {
                    var ownerRow = OwnerRoleModel.Row(t, candidate);
                    Assert.True(owner.DirectMatchesWhole(ownerRow.Text, ownerRow.Pattern), ownerRow.Text);
                    rows++;
                }
                rows += 2;
            }
        }
        Assert.True(rows > 1000, $"{rows} rows");
    }

    [Fact]
    public void A_model_trained_here_predicts_directly_and_the_same_after_saving()
    {
        var model = TextClassifier.Train(
        [
            new ClassifierRow { Label = "a", Text = "Tổ chức tuyên truyền, phổ biến sâu rộng", Pattern = "rule:a depth:2" },
            new ClassifierRow { Label = "b", Text = "Báo cáo kết quả thực hiện (định kỳ) trước 31/12", Pattern = "rule:b depth:1" },
        ], 0.1f);
        Assert.True(model.PredictsDirectly);
        foreach (var (text, pattern) in new[] { ("TUYÊN TRUYỀN: phổ biến; báo cáo", "rule:a rule:a"), ("chưa từng thấy", "khác:x"), ("", "") })
            Assert.True(model.DirectMatchesWhole(text, pattern), text);
    }

    [Fact]
    public void A_model_with_char_ngrams_predicts_directly_with_the_whole_pipelines_scores()
    {
        var model = TextClassifier.Train(
        [
            new ClassifierRow { Label = "a", Text = "Tổ chức tuyên truyền, phổ biến sâu rộng", Pattern = "rule:a depth:2" },
            new ClassifierRow { Label = "b", Text = "Báo cáo kết quả thực hiện (định kỳ) trước 31/12", Pattern = "rule:b depth:1" },
            new ClassifierRow { Label = "a", Text = "Đẩy mạnh  tuyên  truyền\tvề | chuyển đổi số", Pattern = "rule:a" },
        ], 0.1f, charGrams: 4);
        Assert.True(model.PredictsDirectly);
        foreach (var (text, pattern) in new[]
        {
            ("TUYÊN TRUYỀN: phổ biến; báo cáo", "rule:a rule:a"), ("tuyen truyen, bao cao dinh ky", "rule:b"), ("báo", ""),
            ("bá", ""), ("b", ""), ("", ""), ("  đẩy   mạnh | tuyên\ttruyền\n", "rule:a"),
        })
            Assert.True(model.DirectMatchesWhole(text, pattern), text);
        var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;
        var loaded = TextClassifier.Load(saved);
        Assert.True(loaded.PredictsDirectly);
        Assert.Equal(model.Predict("tuyên truyền sâu rộng", "rule:a"), loaded.Predict("tuyên truyền sâu rộng", "rule:a"));
    }
}
