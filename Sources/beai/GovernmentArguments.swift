import BeaiDomain

extension Dataset {
    /// The ids of the governments `texts` name (ids or names in any language), in that order;
    /// an unknown name fails with the nearest ids, a government named twice fails too.
    func governmentIDs(named texts: [String]) throws(CommandFailure) -> [String] {
        var ids: [String] = []
        for text in texts {
            guard let government = governmentMatching(text) else {
                throw .unknownID(kind: "government", value: text,
                                 suggestions: Suggestions.nearest(to: text, among: governments.map(\.id)))
            }
            guard !ids.contains(government.id) else {
                throw .message("\(government.id) is named twice; name each government once.")
            }
            ids.append(government.id)
        }
        return ids
    }
}
