using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenTokSDK;

namespace Meetings.Controllers;

[ApiController]
[Route("api/sessions/{sessionId}")]
public class ModerationController : ControllerBase
{
    private readonly OpenTok _openTok;

    public ModerationController(OpenTok openTok) { _openTok = openTok; }

    // Signed in through the fallback policy, but no role: the note.
    // ruleid: unauthenticated-moderation-endpoint
    [HttpPost("archive")]
    public IActionResult StartArchive(string sessionId)
    {
        return Ok(_openTok.StartArchive(sessionId));
    }

    // ok: unauthenticated-moderation-endpoint
    [Authorize(Roles = "Host")]
    [HttpDelete("archive/{archiveId}")]
    public IActionResult StopArchive(string archiveId)
    {
        return Ok(_openTok.StopArchive(archiveId));
    }

    // ruleid: unauthenticated-moderation-endpoint
    [AllowAnonymous]
    [HttpPost("connections/{connectionId}/disconnect")]
    public IActionResult Kick(string sessionId, string connectionId)
    {
        _openTok.ForceDisconnect(sessionId, connectionId);
        return NoContent();
    }

    // ok: unauthenticated-moderation-endpoint
    [AllowAnonymous]
    [HttpGet("status")]
    public IActionResult Status(string sessionId) => Ok(new { sessionId });
}
