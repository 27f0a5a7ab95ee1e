import BeaiDomain

/// A small valid dataset as data files, with the programme and organisation files replaceable,
/// so each test breaks one thing.
enum Fixture {
    static let governments = """
        [
          {"id": "federal", "name": "Federal / national", "names": {"fr": "Fédéral"}, "kind": "federal-state"},
          {"id": "wallonia", "name": "Wallonia", "names": {"fr": "Wallonie", "nl": "Wallonië"}, "kind": "region"}
        ]
        """
    static let pillars = """
        [
          {"id": "strategy", "name": "Strategy & governance", "description": "Plans."},
          {"id": "skills", "name": "Skills & education", "description": "Training."}
        ]
        """
    static let documents = """
        [
          {"id": "doc-a", "title": "Document A", "publisher": "Someone", "date": "2021-09-01", "file": "a.txt"},
          {"id": "doc-b", "title": "Document B", "date": "2019", "file": "b.txt"}
        ]
        """
    static let organisations = """
        [
          {"id": "agency", "name": "An Agency", "aliases": ["AA"], "government": "wallonia"}
        ]
        """

    /// A programme object with every field valid; `overrides` replaces top-level fields by raw JSON.
    static func programme(_ id: String = "plan-a", overrides: [String: String] = [:]) -> String {
        var fields: [(String, String)] = [
            ("id", "\"\(id)\""),
            ("name", "\"Plan A\""),
            ("aliases", "[\"Plan Alpha\"]"),
            ("government", "\"wallonia\""),
            ("pillar", "\"strategy\""),
            ("pillars", "[\"skills\"]"),
            ("role", "\"initiative\""),
            ("kind", "\"plan\""),
            ("status", "\"active\""),
            ("statusAsOf", "\"2021-09-01\""),
            ("lead", "[\"agency\"]"),
            ("years", "{\"start\": 2019, \"end\": 2024}"),
            ("targets", "[\"smes\"]"),
            ("tags", "[\"industry\"]"),
            ("summary", "\"A plan.\""),
            ("figures", """
                [{"label": "annual budget", "value": 2000000, "unit": "EUR", "period": "per-year",
                  "budget": true, "text": "EUR 2 million", "source": {"document": "doc-a", "section": "Wallonia"}}]
                """),
            ("sources", "[{\"document\": \"doc-a\", \"section\": \"Wallonia\"}]"),
            ("related", "[]"),
        ]
        for (key, value) in overrides {
            if let index = fields.firstIndex(where: { $0.0 == key }) {
                fields[index].1 = value
            } else {
                fields.append((key, value))
            }
        }
        return "{\n" + fields.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}"
    }

    /// The data files, with `programmes` as the one programme file's array elements, and a
    /// competences file when `competences` is given.
    static func files(
        programmes: [String] = [programme()], organisations: String = organisations, competences: String? = nil
    ) -> [DataFile] {
        let extra = competences.map { [DataFile(path: "competences.json", contents: $0)] } ?? []
        return extra + [
            DataFile(path: "governments.json", contents: governments),
            DataFile(path: "pillars.json", contents: pillars),
            DataFile(path: "documents.json", contents: documents),
            DataFile(path: "organisations/all.json", contents: organisations),
            DataFile(path: "programmes/all.json", contents: "[\n" + programmes.joined(separator: ",\n") + "\n]\n"),
        ]
    }
}
