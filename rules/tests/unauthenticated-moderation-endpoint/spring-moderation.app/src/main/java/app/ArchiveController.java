package app;

import com.opentok.Archive;
import com.opentok.OpenTok;
import org.springframework.web.bind.annotation.*;

@RestController
public class ArchiveController {
    private final OpenTok opentok;

    ArchiveController(OpenTok opentok) { this.opentok = opentok; }

    // ok: unauthenticated-moderation-endpoint
    @PostMapping("/archives/{sessionId}")
    public String start(@PathVariable String sessionId) throws Exception {
        return opentok.startArchive(sessionId).getId();
    }

    // The host-only matcher is for POST: a DELETE falls through to permitAll.
    // ruleid: unauthenticated-moderation-endpoint
    @DeleteMapping("/archives/{archiveId}")
    public void stop(@PathVariable String archiveId) throws Exception {
        opentok.stopArchive(archiveId);
    }

    // Authenticated, no role: the note.
    // ruleid: unauthenticated-moderation-endpoint
    @PostMapping("/moderation/{sessionId}/{connectionId}/disconnect")
    public void kick(@PathVariable String sessionId, @PathVariable String connectionId)
            throws Exception {
        opentok.forceDisconnect(sessionId, connectionId);
    }

    // ok: unauthenticated-moderation-endpoint
    @GetMapping("/archives/{archiveId}")
    public Archive get(@PathVariable String archiveId) throws Exception {
        return opentok.getArchive(archiveId);
    }
}
