import BeaiDomain

/// Governments and pillars as the command line names them.
extension Dataset {
    /// The id of the government `text` names (an id, or a name in any language); an unknown one
    /// fails with the nearest ids.
    func governmentID(named text: String) throws(CommandFailure) -> String {
        guard let government = governmentMatching(text) else {
            throw .unknownID(kind: "government", value: text,
                             suggestions: Suggestions.nearest(to: text, among: governments.map(\.id)))
        }
        return government.id
    }

    /// The ids of the governments `texts` name, in that order; a government named twice fails.
    func governmentIDs(named texts: [String]) throws(CommandFailure) -> [String] {
        var ids: [String] = []
        for text in texts {
            let id = try governmentID(named: text)
            guard !ids.contains(id) else { throw .message("\(id) is named twice; name each government once.") }
            ids.append(id)
        }
        return ids
    }

    /// The id of the pillar `text` names (an id or a name); an unknown one fails with the nearest.
    func pillarID(named text: String) throws(CommandFailure) -> String {
        guard let pillar = pillarMatching(text) else {
            throw .unknownID(kind: "pillar", value: text, suggestions: Suggestions.nearest(to: text, among: pillars.map(\.id)))
        }
        return pillar.id
    }
}
