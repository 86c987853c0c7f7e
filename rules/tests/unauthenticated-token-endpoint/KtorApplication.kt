// Ktor: routes inside authenticate { } blocks.
fun Application.module() {
    routing {
        // ok: unauthenticated-token-endpoint
        get("/health") { call.respondText("ok") }
        // ruleid: unauthenticated-token-endpoint
        post("/token") {
            call.respond(opentok.generateToken(call.receive<TokenRequest>().sessionId))
        }
        authenticate("auth-jwt") {
            // ok: unauthenticated-token-endpoint
            post("/member/token") {
                call.respond(opentok.generateToken(call.receive<TokenRequest>().sessionId))
            }
        }
    }
}
