using OpenTokSDK;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddControllers();
builder.Services.AddSingleton(new OpenTok(12345, builder.Configuration["OpenTok:Secret"]));
var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers().RequireAuthorization();

// Minimal APIs are not controllers: the policy above does not cover them.
// ruleid: unauthenticated-token-endpoint
app.MapPost("/lobby/token", (OpenTok ot, string sessionId) => ot.GenerateToken(sessionId));

// ok: unauthenticated-token-endpoint
app.MapGet("/healthz", () => "ok");
app.Run();
