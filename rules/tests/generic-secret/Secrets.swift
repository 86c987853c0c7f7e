import Foundation

enum Secrets {
    // ruleid: generic-secret
    static let analyticsApiKey = "MMFkg-BfumrhQF3RnqK7z7zQLXe7"

    // ruleid: generic-secret
    static let pushAuthToken = "q1nTFa6R6wkECm9FKU46P_PItQth"

    // ok: generic-secret
    static let apiKeyPlaceholder = "<#apikey#>"

    // ok: generic-secret
    static let tokenStorageKeyName = "com.example.clinic.authToken"

    // ok: generic-secret
    static let passwordPrompt = "Enter the password for your clinic account"

    // ok: generic-secret
    static let secretFromPlist = Bundle.main.object(forInfoDictionaryKey: "ClinicSecret") as? String ?? ""
}
