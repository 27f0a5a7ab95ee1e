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

    /// The column ids of `texts`: each a government, or a union of governments joined by `+`
    /// (`wallonia+fwb`); a government named twice, even in two unions, fails.
    func columnIDs(named texts: [String]) throws(CommandFailure) -> [String] {
        var named: Set<String> = []
        var columns: [String] = []
        for text in texts {
            var members: [String] = []
            for part in text.split(separator: "+", omittingEmptySubsequences: false).map(String.init) {
                let id = try governmentID(named: part)
                guard named.insert(id).inserted else { throw .message("\(id) is named twice; name each government once.") }
                members.append(id)
            }
            columns.append(members.joined(separator: "+"))
        }
        return columns
    }

    /// The id of the pillar `text` names (an id or a name); an unknown one fails with the nearest.
    func pillarID(named text: String) throws(CommandFailure) -> String {
        guard let pillar = pillarMatching(text) else {
            throw .unknownID(kind: "pillar", value: text, suggestions: Suggestions.nearest(to: text, among: pillars.map(\.id)))
        }
        return pillar.id
    }
}
