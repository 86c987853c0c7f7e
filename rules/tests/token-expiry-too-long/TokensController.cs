using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenTokSDK;

namespace Meetings.Controllers;

[ApiController]
[Authorize]
[Route("api/tokens")]
public class TokensController : ControllerBase
{
    private readonly OpenTok _openTok;

    public TokensController(OpenTok openTok) => _openTok = openTok;

    [HttpPost("{sessionId}")]
    public IActionResult Create(string sessionId)
    {
        // ruleid: token-expiry-too-long
        var token = _openTok.GenerateToken(sessionId, Role.PUBLISHER, DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds());
        return Ok(new { token });
    }

    [HttpPost("{sessionId}/short")]
    public IActionResult Short(string sessionId)
    {
        // ok: token-expiry-too-long
        var token = _openTok.GenerateToken(sessionId, Role.SUBSCRIBER, expireTime: DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds());
        return Ok(new { token });
    }
}
