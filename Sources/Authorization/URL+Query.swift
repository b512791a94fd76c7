import Foundation

extension URL {
    /// This URL with its query replaced (nil or empty removes it); the fragment is kept.
    func replacingPercentEncodedQuery(_ query: String?) -> URL {
        guard var components = URLComponents(url: self, resolvingAgainstBaseURL: false) else { return self }
        components.percentEncodedQuery = (query?.isEmpty ?? true) ? nil : query
        return components.url ?? self
    }
}
