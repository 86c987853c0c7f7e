// Spring: role checks in @PreAuthorize.
@RestController
public class SpringArchiveController {
    // ruleid: unauthenticated-moderation-endpoint
    @PostMapping("/archive/start")
    public Archive start(@RequestParam String sessionId) throws OpenTokException {
        return opentok.startArchive(sessionId);
    }

    // ok: unauthenticated-moderation-endpoint
    @PostMapping("/archive/{id}/stop")
    @PreAuthorize("hasRole('HOST')")
    public Archive stop(@PathVariable String id) throws OpenTokException {
        return opentok.stopArchive(id);
    }
}
