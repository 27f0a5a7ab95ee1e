import BeaiDomain

/// A cited fact of a programme: one of its figures, or one of the places a document mentions it.
/// What a figure or a Sources line of the detail pane links to.
public enum CitedFact: Hashable, Sendable {
    /// `programme.figures[index]`.
    case figure(programme: String, index: Int)
    /// `programme.sources[index]`.
    case source(programme: String, index: Int)

    /// The programme's id.
    public var programme: String {
        switch self {
        case let .figure(programme, _), let .source(programme, _): return programme
        }
    }

    /// The figure, when the fact is one.
    func figure(in dataset: Dataset) -> Figure? {
        guard case let .figure(id, index) = self, let figures = dataset.programme(id)?.figures,
              figures.indices.contains(index)
        else { return nil }
        return figures[index]
    }

    /// The fact's citation, nil when the data has no such figure, source or citation.
    func citation(in dataset: Dataset) -> Citation? {
        switch self {
        case .figure: return figure(in: dataset)?.source
        case let .source(id, index):
            guard let sources = dataset.programme(id)?.sources, sources.indices.contains(index) else { return nil }
            return sources[index]
        }
    }

    /// The citation as `y` copies it: the figure's text first when it is a figure.
    func reference(in dataset: Dataset) -> String? {
        citation(in: dataset).map { dataset.reference($0, figureText: figure(in: dataset)?.text) }
    }
}
