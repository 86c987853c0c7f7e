using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenTokSDK;

namespace Meetings.Controllers;

[ApiController]
[Route("api/meetings")]
public class MeetingController : ControllerBase
{
    private readonly OpenTok _openTok;

    public MeetingController(OpenTok openTok) { _openTok = openTok; }

    // ok: unauthenticated-token-endpoint
    [HttpPost("{sessionId}/token")]
    public IActionResult Token(string sessionId)
    {
        return Ok(new { token = _openTok.GenerateToken(sessionId) });
    }

    // ruleid: unauthenticated-token-endpoint
    [AllowAnonymous]
    [HttpPost("{sessionId}/guest-token")]
    public IActionResult GuestToken(string sessionId)
    {
        return Ok(new { token = _openTok.GenerateToken(sessionId, Role.SUBSCRIBER) });
    }
}
