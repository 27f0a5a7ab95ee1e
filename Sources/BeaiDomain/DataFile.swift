import Foundation

/// One JSON file of a dataset: its path relative to the data directory, and its text.
public struct DataFile: Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }

    /// Reads every `.json` file under `directory`, sorted by path; bytes that are not UTF-8 read as U+FFFD.
    public static func read(directory: String) throws(DataError) -> [DataFile] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw .unreadableDirectory(path: directory, reason: "no such directory")
        }
        guard isDirectory.boolValue else {
            throw .unreadableDirectory(path: directory, reason: "not a directory")
        }
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw .unreadableDirectory(path: directory, reason: "cannot list it")
        }
        var files: [DataFile] = []
        while let url = walker.nextObject() as? URL {
            guard url.pathExtension == "json" else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let data = (try? Data(contentsOf: url)) ?? Data()
            files.append(DataFile(path: relative, contents: String(decoding: data, as: UTF8.self)))
        }
        return files.sorted { $0.path < $1.path }
    }
}
