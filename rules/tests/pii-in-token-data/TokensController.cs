using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenTokSDK;
using System.Security.Claims;
using System.Text.Json;

namespace Meetings.Controllers;

[ApiController]
[Authorize]
[Route("api/meetings")]
public class TokensController : ControllerBase
{
    private readonly OpenTok _openTok;
    private readonly MeetingStore _meetings;

    public TokensController(OpenTok openTok, MeetingStore meetings)
    {
        _openTok = openTok;
        _meetings = meetings;
    }

    [HttpPost("{id}/token")]
    public IActionResult Token(string id)
    {
        var meeting = _meetings.Find(id);
        var email = User.FindFirstValue(ClaimTypes.Email);
        var data = JsonSerializer.Serialize(new { email, color = "#0a0" });
        double expires = DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds();
        // ruleid: pii-in-token-data
        var token = _openTok.GenerateToken(meeting.SessionId, Role.PUBLISHER, expires, data);
        return Ok(new { token });
    }

    [HttpPost("{id}/viewer-token")]
    public IActionResult ViewerToken(string id)
    {
        var meeting = _meetings.Find(id);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        // ok: pii-in-token-data
        var token = _openTok.GenerateToken(meeting.SessionId, role: Role.SUBSCRIBER, data: $"user={userId}");
        return Ok(new { token });
    }
}
