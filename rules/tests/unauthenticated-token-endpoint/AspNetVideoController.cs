// ASP.NET Core controllers: [Authorize] on the class, [AllowAnonymous] on an action.
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/[controller]")]
[Authorize]
public class VideoController : ControllerBase
{
    private readonly OpenTok _opentok;

    // ok: unauthenticated-token-endpoint
    [HttpPost("token")]
    public IActionResult Token([FromBody] TokenRequest req)
    {
        return Ok(new { token = _opentok.GenerateToken(req.SessionId) });
    }

    // ruleid: unauthenticated-token-endpoint
    [HttpPost("guest-token")]
    [AllowAnonymous]
    public IActionResult GuestToken([FromBody] TokenRequest req)
    {
        return Ok(new { token = _opentok.GenerateToken(req.SessionId) });
    }
}

[ApiController]
[Route("api/open")]
public class OpenController : ControllerBase
{
    // ruleid: unauthenticated-token-endpoint
    [HttpPost("session")]
    public IActionResult Session()
    {
        return Ok(_opentok.CreateSession().Id);
    }

    // ok: unauthenticated-token-endpoint
    [HttpPost("checked-session")]
    public IActionResult CheckedSession()
    {
        if (!User.Identity.IsAuthenticated) return Unauthorized();
        return Ok(_opentok.CreateSession().Id);
    }
}
