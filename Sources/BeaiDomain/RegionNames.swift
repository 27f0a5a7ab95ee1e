/// The names by which a text refers to the regions and communities (names, native names and
/// aliases such as "Walloon"): tells which governments a heading is about.
public struct RegionNames: Sendable {
    /// Lowercased names with their government's id, longest first, so that "Wallonia-Brussels
    /// Federation" is read as one name and not as Wallonia and Brussels.
    private let names: [(text: [Character], government: String)]

    public init(_ governments: [Government]) {
        var names: [(text: [Character], government: String)] = []
        for government in governments where government.isRegional {
            for name in government.allNames + government.aliases where !name.isBlank {
                names.append((Array(name.lowercased()), government.id))
            }
        }
        self.names = names.sorted { $0.text.count > $1.text.count }
    }

    /// The ids of the regional governments that `text` names as whole words (case ignored), in
    /// the order the text names them, without repeats.
    public func governments(namedIn text: String) -> [String] {
        var characters = Array(text.lowercased())
        var found: [(position: Int, government: String)] = []
        for name in names where !name.text.isEmpty {
            var start = 0
            while start + name.text.count <= characters.count {
                let end = start + name.text.count
                if characters[start] == name.text[0], characters[start..<end].elementsEqual(name.text),
                   Self.isBoundary(characters, start - 1),
                   Self.isBoundary(characters, end) {
                    found.append((start, name.government))
                    // A matched name is spent: a shorter name inside it names nothing more.
                    for index in start..<end { characters[index] = " " }
                    start = end
                } else {
                    start += 1
                }
            }
        }
        var seen: Set<String> = []
        return found.sorted { $0.position < $1.position }.map(\.government).filter { seen.insert($0).inserted }
    }

    /// True when `index` is outside `characters` or holds neither a letter, a digit nor a hyphen.
    private static func isBoundary(_ characters: [Character], _ index: Int) -> Bool {
        guard characters.indices.contains(index) else { return true }
        let character = characters[index]
        return !(character.isLetter || character.isNumber || character == "-")
    }
}
