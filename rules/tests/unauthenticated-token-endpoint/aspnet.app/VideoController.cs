using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenTokSDK;

[ApiController]
[Route("api/video")]
public class VideoController : ControllerBase
{
    private readonly OpenTok _openTok;

    public VideoController(OpenTok openTok) { _openTok = openTok; }

    // ok: unauthenticated-token-endpoint
    [HttpPost("token")]
    public IActionResult Token(string sessionId)
    {
        return Ok(new { token = _openTok.GenerateToken(sessionId) });
    }

    // ruleid: unauthenticated-token-endpoint
    [AllowAnonymous]
    [HttpPost("guest-token")]
    public IActionResult GuestToken(string sessionId)
    {
        return Ok(new { token = _openTok.GenerateToken(sessionId) });
    }
}
