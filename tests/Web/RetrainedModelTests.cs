using DirectiveTracker.Extract;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace DirectiveTracker.Web.Tests;

/// <summary>The running web application extracts with the model a retraining publishes into its data folder, without a restart.</summary>
public sealed class RetrainedModelTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task A_model_published_into_the_data_folder_is_used_from_the_next_document_on()
    {
        var extractor = web.Services.GetRequiredService<IDocumentExtractor>();
        var ingestor = web.Services.GetRequiredService<IDocumentIngestor>();
        await using var plan = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            "KẾ HOẠCH\nThực hiện công tác năm 2025\n\nI. NHIỆM VỤ\n\n1. Sở Nội vụ chủ trì đẩy mạnh công tác tuyên truyền, phổ biến sâu rộng nội dung Kế hoạch.\n"));
        var document = await ingestor.IngestAsync(plan, "ke-hoach.txt");
        Assert.Equal(TaskCategory.TuyenTruyen, extractor.Extract(document).Tasks.Single().Category);   // the shipped model

        // What a retraining publishes, here a tiny model that reads this wording as KhenThuong.
        var model = TextClassifier.Train(
        [
            new ClassifierRow { Label = nameof(TaskCategory.KhenThuong), Text = "chủ trì đẩy mạnh công tác tuyên truyền phổ biến", Pattern = "rule:a" },
            new ClassifierRow { Label = nameof(TaskCategory.BaoCao), Text = "định kỳ báo cáo kết quả thực hiện", Pattern = "rule:b" },
        ], 0.1f);
        ModelFolder.ForDataFolder(web.DataFolder).Publish(ModelNames.Category, model,
            new ModelProvenance(ModelNames.Category, "test", 2, 2, 0.1f, 2, 1, 1, []) { TrainedAt = DateTimeOffset.UtcNow });

        Assert.Same(extractor, web.Services.GetRequiredService<IDocumentExtractor>());
        Assert.Equal(TaskCategory.KhenThuong, extractor.Extract(document).Tasks.Single().Category);
    }
}
