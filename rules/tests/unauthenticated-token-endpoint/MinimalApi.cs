// ASP.NET Core minimal APIs: RequireAuthorization on an endpoint or a group.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// ruleid: unauthenticated-token-endpoint
app.MapPost("/token", (TokenRequest req, OpenTok ot) => ot.GenerateToken(req.SessionId));

// ok: unauthenticated-token-endpoint
app.MapPost("/member/token", (TokenRequest req, OpenTok ot) => ot.GenerateToken(req.SessionId))
   .RequireAuthorization();

var secure = app.MapGroup("/secure").RequireAuthorization();
// ok: unauthenticated-token-endpoint
secure.MapPost("/token", (TokenRequest req, OpenTok ot) => ot.GenerateToken(req.SessionId));

// ok: unauthenticated-token-endpoint
app.MapGet("/health", () => "ok");

app.Run();
