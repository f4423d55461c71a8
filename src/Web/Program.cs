// The web application: pages for clerks, leaders and agencies, and the JSON API, over the same store as dtrack.
using DirectiveTracker.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTracker();
var app = builder.Build();
await app.InitializeTrackerAsync();
app.UseTracker();
app.Run();
