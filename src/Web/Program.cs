var b = WebApplication.CreateBuilder(args); var app = b.Build(); app.MapGet("/health", () => "ok"); app.Run();
