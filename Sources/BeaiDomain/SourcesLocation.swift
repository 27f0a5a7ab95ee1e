import Foundation

/// Where beai reads the source documents' text files at run time, and which setting chose it:
/// `--sources DIR`, else `BEAI_SOURCES`, else `$XDG_DATA_HOME/beai/sources`, else
/// `~/.local/share/beai/sources`. The documents are never shipped with beai.
public struct SourcesLocation: Sendable, Hashable {
    /// The setting that named the directory.
    public enum Origin: Sendable, Hashable {
        case option, environment, dataHome, home
    }

    /// The directory, as given or worked out.
    public let directory: String
    public let origin: Origin

    public init(directory: String, origin: Origin) {
        self.directory = directory
        self.origin = origin
    }

    /// The directory the option or the environment names; nil only when neither names one and
    /// neither `XDG_DATA_HOME` nor `HOME` is an absolute path.
    public static func resolve(option: String?, environment: [String: String]) -> SourcesLocation? {
        if let option, !option.isEmpty { return SourcesLocation(directory: option, origin: .option) }
        if let named = environment["BEAI_SOURCES"], !named.isEmpty {
            return SourcesLocation(directory: named, origin: .environment)
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return SourcesLocation(directory: URL(fileURLWithPath: data).appending(path: "beai/sources").path, origin: .dataHome)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return SourcesLocation(directory: URL(fileURLWithPath: home).appending(path: ".local/share/beai/sources").path,
                                   origin: .home)
        }
        return nil
    }

    /// Which setting chose the directory, for messages: "from --sources".
    public var reason: String {
        switch origin {
        case .option: return "from --sources"
        case .environment: return "from BEAI_SOURCES"
        case .dataHome: return "$XDG_DATA_HOME/beai/sources"
        case .home: return "the default, ~/.local/share/beai/sources"
        }
    }

    /// The path of `document`'s text file in the directory.
    public func path(of document: SourceDocument) -> String {
        URL(fileURLWithPath: directory).appending(path: document.file).path
    }
}
