// The web application: pages for clerks, leaders and agencies, and the JSON API, over the same store as dtrack.
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
