// The web application: pages for clerks, leaders and agencies, the JSON API and the alert jobs, over the same store
// as dtrack. `worker` as the first argument runs only the alert jobs (a worker host for installations that want one).
using DirectiveTracker.Web.Alerts;
using DirectiveTracker.Web.Hosting;

if (AlertsWorker.Requested(args)) { await AlertsWorker.RunAsync(args); return; }
var builder = WebApplication.CreateBuilder(args);
builder.AddTracker();
builder.AddAlerts();
var app = builder.Build();
await app.InitializeTrackerAsync();
app.UseTracker();
app.MapAlerts();
app.Run();
