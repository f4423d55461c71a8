namespace DirectiveTracker.Web.Alerts;

/// <summary>
/// The worker host: the same program started with <c>worker</c> as its first argument runs only the job server (no pages),
/// for installations that keep jobs out of the web process (which then sets Alerts:Jobs:RunServer to false).
/// </summary>
public static class AlertsWorker
{
    public static bool Requested(string[] args) => args.Length > 0 && args[0] == "worker";

    public static IHost Build(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args.Skip(1).ToArray());
        builder.Configuration["Alerts:Jobs:RunServer"] = "true";
        builder.Services.AddAlertJobs(builder.Configuration);
        return builder.Build();
    }

    public static Task RunAsync(string[] args) => Build(args).RunAsync();
}
