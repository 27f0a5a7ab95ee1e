import BeaiDomain
import BeaiTUI

/// The evidence screen: the passage behind a cited fact, in its document, with the other
/// passages that mention the programme a key away.
public struct EvidenceState: Sendable {
    /// The fact whose citation opened the screen.
    public let fact: CitedFact
    /// What the screen shows now: the cited paragraph first, then the passages `n` and `N` reach.
    public internal(set) var shown: Shown
    /// The passages of every document that mention the programme, found on the first `n` or `N`.
    var passages: [Passage]?
    /// Where the screen is scrolled to.
    var top = EvidencePosition(block: 0, line: 0)
    /// The document as drawn, for the width it was laid out at.
    var layout: EvidenceLayout

    /// A paragraph of a document: the cited one (with the problem, when it cannot be shown), or a
    /// passage reached with `n` or `N`.
    public enum Shown: Sendable {
        case cited(Evidence)
        case passage(Passage, number: Int, of: Int)

        /// The document shown, nil when the citation names none in the data.
        var document: SourceDocument? {
            switch self {
            case let .cited(evidence): return evidence.document
            case let .passage(passage, _, _): return passage.document
            }
        }

        /// The paragraph shown, nil when it cannot be.
        public var paragraph: SourceText.Paragraph? {
            switch self {
            case let .cited(evidence): return evidence.paragraph
            case let .passage(passage, _, _): return passage.paragraph
            }
        }

        var marks: [Range<Int>] {
            switch self {
            case let .cited(evidence): return evidence.marks
            case let .passage(passage, _, _): return passage.marks
            }
        }
    }
}
