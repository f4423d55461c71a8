// The web application's host. Its pages and API come with the web issue; until then it only answers /health,
// so that deployments can already check the process is up. It will share the store of src/Index with dtrack.
using DirectiveTracker.Web.Alerts;

if (AlertsWorker.Requested(args)) { await AlertsWorker.RunAsync(args); return; }
var builder = WebApplication.CreateBuilder(args);
builder.AddAlerts();
var app = builder.Build();
app.MapGet("/health", () => Results.Text("ok"));
app.MapAlerts();
app.Run();
