extension Dataset {
    /// A citation as a reader quotes it: "Belgium AI Strategy Report (European Commission, AI
    /// Watch, 2021-09-01) § Human capital ¶ 14", the figure's text first when one is cited
    /// ("“EUR 32 million”, Belgium AI …").
    public func reference(_ citation: Citation, figureText: String? = nil) -> String {
        let document = document(citation.document)
        let details = [document?.publisher, document?.date].compactMap { $0 }.joined(separator: ", ")
        let title = (document?.title ?? citation.document) + (details.isEmpty ? "" : " (\(details))")
        let quoted = figureText.map { "\u{201C}\($0)\u{201D}, " } ?? ""
        return "\(quoted)\(title) § \(citation.locator)"
    }
}
