import Foundation

// Values the app connects with. The API key is public; the secret is not.
enum Config {
    static let apiKey = "46281953"
    static let apiSecret = "a4c123b1612dd272d1371c17149d439536b3216f"
    static let tokenServer = URL(string: "http://videoapp-demo.com/token")!
}
