import BeaiBuiltinData
import BeaiDomain
import Testing

/// The data compiled into beai: it must always validate and stay complete.
@Suite struct BuiltinDataTests {
    private var files: [DataFile] { BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) } }

    @Test func builtInDataValidates() {
        let problems = Dataset.problems(in: files)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func treeHasTheSixGovernmentsAndNinePillars() throws {
        let dataset = try Dataset.load(files)
        #expect(dataset.governments.map(\.id) == ["federal", "flanders", "wallonia", "brussels", "fwb", "eu"])
        #expect(dataset.pillars.map(\.id)
            == ["strategy", "skills", "research", "adoption", "ecosystem", "ethics", "data", "public", "society"])
        #expect(dataset.documents.count == 4)
    }

    @Test func everyGovernmentHasAHeadlineStrategyWithACitedFigure() throws {
        let dataset = try Dataset.load(files)
        for government in ["federal", "flanders", "wallonia", "brussels"] {
            let strategies = dataset.programmes.filter {
                $0.government == government && ["strategy", "plan"].contains($0.kind.rawValue)
            }
            #expect(!strategies.isEmpty, "\(government) has no strategy or plan")
            #expect(strategies.contains { !$0.figures.isEmpty }, "\(government): no strategy figure")
        }
    }

    @Test func everyRecordHasASourceAndEveryFigureACitation() throws {
        let dataset = try Dataset.load(files)
        for programme in dataset.programmes {
            #expect(!programme.sources.isEmpty, "\(programme.id) has no source")
            #expect(programme.figures.allSatisfy { $0.source != nil && !$0.text.isEmpty }, "\(programme.id)")
        }
    }
}

/// The built-in data compiled as code must be exactly what its JSON decodes to.
@Suite struct CompiledDataTests {
    @Test func compiledDatasetEqualsTheDecodedFiles() throws {
        let compiled = try #require(BuiltinData.dataset, "the built-in data did not compile as code")
        let decoded = try Dataset.load(BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) })
        #expect(compiled.programmes == decoded.programmes)
        #expect(compiled.governments == decoded.governments)
        #expect(compiled.pillars == decoded.pillars)
        #expect(compiled.documents == decoded.documents)
        #expect(compiled.organisations == decoded.organisations)
        #expect(compiled.synonyms == decoded.synonyms)
        #expect(compiled.competences == decoded.competences)
        #expect(!compiled.competences.isEmpty)
    }
}

/// The tree works out each government's headline facts once; they must be the dataset's.
@Suite struct TreeHeadlineTests {
    @Test func treeHeadlinesAndLeadsAreTheDatasets() throws {
        let dataset = try #require(BuiltinData.dataset)
        let tree = PolicyTree(dataset)
        for node in tree.governments {
            let id = node.government.id
            #expect(node.headline?.id == dataset.headlineStrategy(of: id)?.id, "\(id)")
            #expect(node.leadAgencies.map(\.organisation) == dataset.leadAgencies(of: id, limit: 6).map(\.organisation), "\(id)")
            #expect(node.leadAgencies.map(\.programmes) == dataset.leadAgencies(of: id, limit: 6).map(\.programmes), "\(id)")
            #expect(node.count == dataset.programmes.count { $0.government == id }, "\(id)")
        }
    }
}
