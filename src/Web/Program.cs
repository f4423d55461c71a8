// The web application's host. Its pages and API come with the web issue; until then it only answers /health,
// so that deployments can already check the process is up. It will share the store of src/Index with dtrack.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Text("ok"));
app.Run();
