import Foundation
import OpenTok

final class MeetingLinks {
    func shareURL(sessionId: String, token: String) -> URL? {
        var components = URLComponents(string: "https://meet.example.com/join")
        components?.queryItems = [
            // ok: secret-in-url
            URLQueryItem(name: "sessionId", value: sessionId),
            // ruleid: secret-in-url
            URLQueryItem(name: "token", value: token),
        ]
        return components?.url
    }

    func legacyURL(sessionId: String, token: String) -> URL? {
        // ruleid: secret-in-url
        return URL(string: "https://meet.example.com/join?sessionId=\(sessionId)&token=\(token)")
    }

    func tokenRequest(meetingId: String, userToken: String) -> URLRequest {
        // ok: secret-in-url
        var request = URLRequest(url: URL(string: "https://api.example.com/meetings/\(meetingId)/token")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(userToken)", forHTTPHeaderField: "Authorization")
        return request
    }
}
