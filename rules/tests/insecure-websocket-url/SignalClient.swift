import Foundation

final class SignalClient {
    // ruleid: insecure-websocket-url
    static let signalURL = URL(string: "ws://signal.acme-corp.io/rooms")!
    // ok: insecure-websocket-url
    static let signalURLTLS = URL(string: "wss://signal.acme-corp.io/rooms")!
    // ok: insecure-websocket-url
    static let simulatorURL = URL(string: "ws://localhost:8080/rooms")!

    func connect(room: String) -> URLSessionWebSocketTask {
        // ruleid: insecure-websocket-url
        let url = URL(string: "ws://chat.acme-corp.io/rooms/\(room)")!
        return URLSession.shared.webSocketTask(with: url)
    }

    func url(host: String) -> String {
        // ok: insecure-websocket-url
        return "ws://\(host)/rooms"
    }
}
