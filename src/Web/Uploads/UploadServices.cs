using DirectiveTracker.Extract;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Ingest;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Uploads;

/// <summary>Registrations of the ways documents come in (pages, API, import folder) and the stages after storing them.</summary>
public static class UploadServices
{
    /// <summary>
    /// Uploads staged under the data folder, the import folder's watcher, and report intake after storing with its
    /// options from the "Progress" section (<c>Progress:AutoApplyConfidence</c>).
    /// </summary>
    public static IServiceCollection AddDocumentUploads(this IServiceCollection services, string dataFolder)
    {
        services.AddOptions<ReportIntakeOptions>().BindConfiguration("Progress");
        services.AddSingleton(new UploadStaging(dataFolder));
        services.AddSingleton<IStoredDocumentStage>(sp => new ReportIntake(sp.GetRequiredService<IDocumentIngestor>(), sp.GetRequiredService<IDocumentExtractor>(),
            sp.GetRequiredService<IOptions<ReportIntakeOptions>>().Value, new TrackerClock(sp.GetService<TimeProvider>() ?? TimeProvider.System)));
        services.AddScoped<DocumentUploads>();
        services.AddHostedService<ImportFolderWatcher>();
        return services;
    }
}
