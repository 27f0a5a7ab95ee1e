/// The export prompt: a file name to write the view to, prefilled with a suggestion.
public struct ExportState: Sendable {
    /// The file name being typed.
    public var editor: LineEditor
    /// What is written.
    public let content: ExportContent
    /// What the prompt says it exports: "the tree: 73 programmes", "Flanders › Research".
    public let subject: String
    /// What selected and ordered it, for the report.
    let notes: [String]
    /// A hint on exporting something else instead (the selection rather than the tree).
    let hint: String?
    /// The file that exists, while the prompt asks whether to replace it.
    public var confirming: String?
    /// Why the last attempt wrote nothing.
    public var problem: String?

    init(name: String, content: ExportContent, subject: String, notes: [String], hint: String?) {
        editor = LineEditor(name)
        self.content = content
        self.subject = subject
        self.notes = notes
        self.hint = hint
    }
}
