using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("join")]
public class JoinController : ControllerBase
{
    [HttpGet]
    // ruleid: secret-in-url
    public IActionResult Join([FromQuery] string sessionId, [FromQuery] string token)
    {
        return Ok(new { sessionId, token });
    }

    [HttpGet("legacy")]
    public IActionResult Legacy()
    {
        // ruleid: secret-in-url
        var token = Request.Query["token"];
        // ok: secret-in-url
        var sessionId = Request.Query["sessionId"];
        return Ok(new { sessionId, token = token.ToString() });
    }

    [HttpPost]
    // ok: secret-in-url
    public IActionResult JoinPost([FromBody] JoinRequest body)
    {
        return Ok(new { body.SessionId, body.Token });
    }

    private static string Invite(string sessionId, string token) =>
        // ruleid: secret-in-url
        $"https://meet.example.com/join?sessionId={sessionId}&token={token}";
}
