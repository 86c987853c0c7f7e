using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenTokSDK;

namespace Meetings.Controllers;

[ApiController]
[Authorize]
[Route("api")]
public class MeetingController : ControllerBase
{
    private static readonly OpenTok OpenTok = new OpenTok(int.Parse(Environment.GetEnvironmentVariable("OT_KEY")!), Environment.GetEnvironmentVariable("OT_SECRET"));
    private static readonly string StandupSessionId = OpenTok.CreateSession(mediaMode: MediaMode.ROUTED).Id;
    private readonly IMeetingStore _store;

    public MeetingController(IMeetingStore store) => _store = store;

    [HttpGet("standup/token")]
    public IActionResult Standup()
    {
        // ruleid: session-id-reuse
        return Ok(new { token = OpenTok.GenerateToken(StandupSessionId) });
    }

    [HttpGet("meetings/{id}/token")]
    public IActionResult Meeting(string id)
    {
        var meeting = _store.Get(id);
        // ok: session-id-reuse
        return Ok(new { token = OpenTok.GenerateToken(meeting.SessionId) });
    }
}
