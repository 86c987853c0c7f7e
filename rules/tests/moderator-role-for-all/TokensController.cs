using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenTokSDK;

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
        // ruleid: moderator-role-for-all
        return Ok(new { token = _openTok.GenerateToken(sessionId, Role.MODERATOR) });
    }

    [HttpPost("{sessionId}/host")]
    public IActionResult Host(string sessionId)
    {
        var role = User.IsInRole("host") ? Role.MODERATOR : Role.SUBSCRIBER;
        // ok: moderator-role-for-all
        return Ok(new { token = _openTok.GenerateToken(sessionId, role) });
    }
}
