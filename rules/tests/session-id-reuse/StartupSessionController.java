package com.example.video;

import com.opentok.OpenTok;
import com.opentok.TokenOptions;
import javax.annotation.PostConstruct;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StartupSessionController {
    private final OpenTok opentok;
    private final RoomRepository rooms;
    private String lobbySessionId;

    public StartupSessionController(OpenTok opentok, RoomRepository rooms) {
        this.opentok = opentok;
        this.rooms = rooms;
    }

    @PostConstruct
    void createLobby() throws Exception {
        lobbySessionId = opentok.createSession().getSessionId();
    }

    @GetMapping("/lobby/token")
    public String lobbyToken() throws Exception {
        // ruleid: session-id-reuse
        return opentok.generateToken(lobbySessionId, new TokenOptions.Builder().build());
    }

    @GetMapping("/rooms/{id}/token")
    public String roomToken(@PathVariable String id) throws Exception {
        // ok: session-id-reuse
        return opentok.generateToken(rooms.find(id).getSessionId(), new TokenOptions.Builder().build());
    }
}
