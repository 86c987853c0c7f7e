using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using OpenTokSDK;

[ApiController]
[Authorize]
[Route("api/meetings")]
public class TokensController : ControllerBase
{
    private readonly OpenTok _openTok;
    private readonly ILogger<TokensController> _logger;
    private readonly IMeetingStore _meetings;

    public TokensController(OpenTok openTok, ILogger<TokensController> logger, IMeetingStore meetings)
    {
        _openTok = openTok;
        _logger = logger;
        _meetings = meetings;
    }

    [HttpPost("{id}/token")]
    public IActionResult Token(string id)
    {
        var meeting = _meetings.Find(id);
        var token = _openTok.GenerateToken(meeting.SessionId, Role.PUBLISHER);
        // ruleid: credential-logged
        _logger.LogInformation($"Token {token} issued to {User.Identity.Name}");
        // ruleid: credential-logged
        Console.WriteLine("token: " + token);
        // ok: credential-logged
        _logger.LogInformation("Token issued for session {SessionId}", meeting.SessionId);
        return Ok(new { token, sessionId = meeting.SessionId });
    }
}
