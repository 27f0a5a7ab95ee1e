import ArgumentParser
import BeaiDomain

/// `beai list`: programmes, optionally of one government and/or pillar.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List programmes, in tree order.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this government: an id (flanders) or a name (Vlaanderen).", valueName: "G"))
    var government: String?

    @Option(help: ArgumentHelp("Only this primary pillar: an id (skills) or a name.", valueName: "P"))
    var pillar: String?

    @Flag(help: "Print a JSON array of programme objects (see the README).")
    var json = false

    func run() throws {
        let dataset = try global.loadDataset()
        let governmentID = try government.map { text throws(CommandFailure) in
            guard let match = dataset.governmentMatching(text) else {
                throw .unknownID(kind: "government", value: text,
                                 suggestions: Suggestions.nearest(to: text, among: dataset.governments.map(\.id)))
            }
            return match.id
        }
        let pillarID = try pillar.map { text throws(CommandFailure) in
            guard let match = dataset.pillarMatching(text) else {
                throw .unknownID(kind: "pillar", value: text,
                                 suggestions: Suggestions.nearest(to: text, among: dataset.pillars.map(\.id)))
            }
            return match.id
        }
        let tree = PolicyTree(dataset)
        let programmes = tree.governments
            .filter { governmentID == nil || $0.government.id == governmentID }
            .flatMap(\.pillars)
            .filter { pillarID == nil || $0.pillar.id == pillarID }
            .flatMap(\.programmes)
        if json {
            print(try JSONOutput.string(programmes.map(ProgrammeJSON.init)))
        } else {
            print(TextTable.render(
                header: ["ID", "GOVERNMENT", "PILLAR", "KIND", "STATUS", "NAME"],
                rows: programmes.map {
                    [$0.id, $0.government, $0.pillar, $0.kind.rawValue, $0.status.rawValue, $0.name]
                }))
        }
    }
}
