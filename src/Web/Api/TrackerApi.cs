using TaskStatus = DirectiveTracker.Index.TaskStatus;
using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Web.Accounts;
using DirectiveTracker.Web.Hosting;
using DirectiveTracker.Web.Progress;
using DirectiveTracker.Web.Review;
using DirectiveTracker.Web.Store;
using DirectiveTracker.Web.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Api;

/// <summary>
/// The JSON API for machine clients (token authentication): documents, tasks, search, agencies, upload. It applies
/// the pages' rules through the same services (<see cref="Viewer"/>, <see cref="TaskCorrections"/>, <see cref="DocumentUploads"/>).
/// </summary>
public static class TrackerApi
{
    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(TrackerPolicies.Api).DisableAntiforgery().WithTags("DirectiveTracker");
        api.MapGet("/documents", ListDocuments);
        api.MapGet("/documents/{id:long}", GetDocument);
        api.MapPost("/documents", Upload);
        api.MapPost("/documents/{id:long}/confirm", Confirm);
        api.MapDelete("/documents/{id:long}", Delete);
        api.MapGet("/tasks", ListTasks);
        api.MapGet("/tasks/{id:long}", GetTask);
        api.MapPatch("/tasks/{id:long}", UpdateTask);
        api.MapPost("/tasks/{id:long}/progress", RecordProgress);
        api.MapGet("/tasks/{id:long}/history", History);
        api.MapGet("/tasks/{id:long}/updates/{update:long}/attachments/{sha}", Attachment);
        api.MapGet("/search", Search);
        api.MapGet("/agencies", ListAgencies);
        return app;
    }

    /// <summary>What every handler needs: the store of the request, who asks and the day statuses are computed for.</summary>
    public sealed class ApiContext(StoreLease lease, IHttpContextAccessor http, IOptions<TrackerWebOptions> options)
    {
        public ITrackerStore Store => lease.Store;
        public Viewer Viewer { get; } = Viewer.From(http.HttpContext!.User);
        public DateOnly Today => options.Value.TodayOrNow;
    }

    private static Results<Ok<IReadOnlyList<DocumentSummary>>, ForbidHttpResult> ListDocuments(ApiContext c, int offset = 0, int limit = 50)
    {
        if (c.Viewer.IsAgencyOnly) return TypedResults.Forbid();
        return TypedResults.Ok(c.Store.ListDocuments(offset, Math.Clamp(limit, 1, 200)));
    }

    private static Results<Ok<StoredDocument>, NotFound> GetDocument(long id, ApiContext c) =>
        c.Viewer.Visible(c.Store.GetDocument(id, c.Today)) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<UploadOutcome>>, ForbidHttpResult, BadRequest<ProblemDetails>>> Upload(
        HttpRequest request, ApiContext c, DocumentUploads uploads, CancellationToken ct)
    {
        if (!c.Viewer.CanEdit) return TypedResults.Forbid();
        if (!request.HasFormContentType) return TypedResults.BadRequest(Problem("Gửi tệp dạng multipart/form-data (trường files)."));
        var form = await request.ReadFormAsync(ct);
        return TypedResults.Ok(await uploads.AddAsync(c.Store, [.. form.Files], ct));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> Confirm(long id, ApiContext c, TaskCorrections corrections)
    {
        if (!c.Viewer.CanEdit) return TypedResults.Forbid();
        return await corrections.ConfirmAsync(c.Store, c.Viewer, id) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> Delete(long id, ApiContext c, TaskCorrections corrections)
    {
        if (!c.Viewer.IsAdmin) return TypedResults.Forbid();
        return await corrections.DeleteAsync(c.Store, c.Viewer, id) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static Results<Ok<TaskPage>, BadRequest<ProblemDetails>> ListTasks(
        ApiContext c, string? agency = null, string? status = null, string? role = null, int offset = 0, int limit = 50)
    {
        var v = c.Viewer;
        TaskStatus? parsed = null;
        if (status is not null)
        {
            if (!Enum.TryParse<TaskStatus>(status, out var st)) return TypedResults.BadRequest(Problem("Trạng thái không hợp lệ."));
            parsed = st;
        }
        if (role is not null and not ("lead" or "support")) return TypedResults.BadRequest(Problem("Vai trò phải là lead hoặc support."));
        // Agency staff always list their own agency, whatever they ask for.
        var key = v.IsAgencyOnly ? v.AgencyKey ?? "" : agency;
        return TypedResults.Ok(c.Store.ListTasks(new TaskQuery(c.Today)
        {
            AgencyKey = key, Status = parsed, Role = role, Offset = offset, Limit = Math.Clamp(limit, 1, 500),
        }));
    }

    private static Results<Ok<StoredTask>, NotFound> GetTask(long id, ApiContext c) =>
        c.Store.GetTask(id, c.Today) is { } t && c.Viewer.CanSee(t) ? TypedResults.Ok(t) : TypedResults.NotFound();

    /// <summary>Corrects a task; its <c>completion</c> (done / open) is recorded as a progress update, kept in the task's history.</summary>
    private static async Task<Results<Ok<StoredTask>, NotFound, ForbidHttpResult, ValidationProblem>> UpdateTask(
        long id, TaskEditInput input, ApiContext c, TaskCorrections corrections, TaskProgress progress)
    {
        var completion = input.Completion;
        input.Completion = null;
        // A bad completion refuses the whole request before any correction is applied.
        if (completion is not null && !TaskProgress.IsCompletion(completion)) return Invalid(TaskProgress.CompletionError);
        bool changesContent = input.Text is not null || input.Lead is not null || input.Support is not null || input.Due is not null
                              || input.DeadlineText is not null || input.Category is not null;
        if (changesContent || completion is null)
        {
            var r = await corrections.CorrectAsync(c.Store, c.Viewer, id, input);
            if (r.NotFound) return TypedResults.NotFound();
            if (r.Forbidden) return TypedResults.Forbid();
            if (!r.Succeeded) return Invalid(r.Errors);
        }
        if (completion is not null)
        {
            var p = progress.Toggle(c.Store, c.Viewer, id, completion, UpdateChannel.Api);
            if (p.NotFound) return TypedResults.NotFound();
            if (p.Forbidden) return TypedResults.Forbid();
            if (!p.Succeeded) return Invalid(p.Errors);
        }
        return c.Store.GetTask(id, c.Today) is { } after ? TypedResults.Ok(after) : TypedResults.NotFound();
    }

    /// <summary>Records a progress update: JSON (status, completedOn, note, occurrence) or multipart with the same fields and files.</summary>
    private static async Task<Results<Ok<TrackedTask>, NotFound, ForbidHttpResult, ValidationProblem>> RecordProgress(
        long id, HttpRequest request, ApiContext c, TaskProgress progress, CancellationToken ct)
    {
        ProgressForm? form;
        IReadOnlyList<IFormFile> files = [];
        if (request.HasFormContentType)
        {
            var fields = await request.ReadFormAsync(ct);
            form = new ProgressForm { Status = fields["status"], CompletedOn = fields["completedOn"], Note = fields["note"], Occurrence = fields["occurrence"] };
            files = [.. fields.Files];
        }
        else
        {
            try { form = await request.ReadFromJsonAsync<ProgressForm>(ct); }
            catch (System.Text.Json.JsonException) { form = null; }
            if (form is null) return Invalid(new() { [""] = "Gửi JSON {status, completedOn, note, occurrence} hoặc multipart/form-data có tệp." });
        }
        var r = progress.Record(c.Store, c.Viewer, id, form, files, UpdateChannel.Api);
        if (r.NotFound) return TypedResults.NotFound();
        if (r.Forbidden) return TypedResults.Forbid();
        return r.Succeeded ? TypedResults.Ok(r.Task!) : Invalid(r.Errors);
    }

    private static Results<Ok<IReadOnlyList<ProgressUpdateRecord>>, NotFound> History(long id, ApiContext c, TaskProgress progress) =>
        progress.Find(c.Store, c.Viewer, id) is { } view ? TypedResults.Ok(view.History) : TypedResults.NotFound();

    private static Results<PhysicalFileHttpResult, NotFound> Attachment(long id, long update, string sha, ApiContext c, TaskProgress progress) =>
        progress.Attachment(c.Store, c.Viewer, id, update, sha) is { } a
            ? TypedResults.PhysicalFile(a.Path, AttachmentTypes.ContentType(a.Attachment.Name), a.Attachment.Name)
            : TypedResults.NotFound();

    private static ValidationProblem Invalid(Dictionary<string, string> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Dữ liệu không hợp lệ.");

    private static Results<Ok<SearchResults>, BadRequest<ProblemDetails>> Search(ApiContext c, string q = "", int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(q)) return TypedResults.BadRequest(Problem("Nhập truy vấn (tham số q)."));
        if (q.Length > 1000) return TypedResults.BadRequest(Problem("Truy vấn dài quá 1000 ký tự."));
        try
        {
            var query = c.Viewer.ScopeQuery(q, c.Store);
            return TypedResults.Ok(c.Store.Search(new SearchRequest(query, Math.Clamp(limit, 1, 100), c.Today)) with { Query = q });
        }
        catch (QuerySyntaxException e) { return TypedResults.BadRequest(Problem("Lỗi truy vấn: " + e.Describe(q))); }
    }

    private static Ok<IReadOnlyList<AgencySummary>> ListAgencies(ApiContext c)
    {
        var v = c.Viewer;
        var all = c.Store.ListAgencies();
        return TypedResults.Ok<IReadOnlyList<AgencySummary>>(v.CanReadAll ? all : [.. all.Where(a => v.CanSeeAgency(a.Key))]);
    }

    private static ProblemDetails Problem(string detail) => new() { Title = "Yêu cầu không hợp lệ.", Detail = detail, Status = 400 };
}
