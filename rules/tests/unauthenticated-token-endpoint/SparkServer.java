// Spark Java: a before filter guards the paths after it.
import static spark.Spark.*;

public class SparkServer {
    public static void main(String[] args) {
        // ruleid: unauthenticated-token-endpoint
        get("/token", (req, res) -> opentok.generateToken(req.queryParams("sessionId")));

        // ok: unauthenticated-token-endpoint
        get("/health", (req, res) -> "ok");

        // ok: unauthenticated-token-endpoint
        post("/member/token", (req, res) -> {
            if (req.session().attribute("user") == null) halt(401, "sign in first");
            return opentok.generateToken(req.queryParams("sessionId"));
        });
    }
}
