// ASP.NET Core: [Authorize(Roles = ...)] is a role check.
[ApiController]
[Route("api/moderation")]
public class ModerationController : ControllerBase
{
    // ok: unauthenticated-moderation-endpoint
    [HttpPost("disconnect")]
    [Authorize(Roles = "Host")]
    public IActionResult Disconnect(string sessionId, string connectionId)
    {
        _opentok.ForceDisconnect(sessionId, connectionId);
        return Ok();
    }

    // ruleid: unauthenticated-moderation-endpoint
    [HttpPost("archive")]
    public IActionResult Archive(string sessionId)
    {
        return Ok(_opentok.StartArchive(sessionId));
    }
}
