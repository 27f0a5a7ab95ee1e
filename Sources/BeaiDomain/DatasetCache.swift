import Foundation

/// Data directories already decoded and validated, kept in binary form in the user's cache
/// directory, so that a large dataset that has not changed since it was last read loads without
/// JSON decoding or validation (100,000 programmes: seconds become a fraction of one).
///
/// One file per data directory (`$XDG_CACHE_HOME/beai/data-HASH.bin`, else `~/.cache/beai/`),
/// starting with the directory's fingerprint: every JSON file's path, size, modification time
/// and inode. Any change to the files, a different beai cache format, or a damaged cache file
/// means the files are read again; the cache is only ever an accelerator, and failing to write it
/// is not an error.
public struct DatasetCache: Sendable {
    /// The cache directory.
    public let directory: URL

    /// Bumped whenever the binary form changes.
    static let format = "beai-dataset-cache 4\n"

    public init(directory: URL) {
        self.directory = directory
    }

    /// The cache directory the environment names (`XDG_CACHE_HOME`, else `HOME/.cache`), if any.
    public init?(environment: [String: String]) {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            self.init(directory: URL(fileURLWithPath: cache).appending(path: "beai"))
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            self.init(directory: URL(fileURLWithPath: home).appending(path: ".cache/beai"))
        } else {
            return nil
        }
    }

    /// The dataset in `dataDirectory`: from the cache when the files are unchanged, otherwise read,
    /// validated (every problem thrown) and then stored in the cache. `reading` is told the size of
    /// the files in bytes before they are read (not when the cache serves them).
    public func load(directory dataDirectory: String, reading: (Int) -> Void = { _ in }) throws(DataError) -> Dataset {
        let root = URL(fileURLWithPath: dataDirectory).standardizedFileURL.path
        let file = cacheFile(for: root)
        let fingerprint = Self.fingerprint(of: root)
        if let fingerprint, let dataset = read(file, fingerprint: fingerprint.text) { return dataset }
        reading(fingerprint?.bytes ?? 0)
        let dataset = try Dataset.load(directory: dataDirectory)
        // Only a fingerprint taken before reading may vouch for what was read.
        if let fingerprint, fingerprint.text == Self.fingerprint(of: root)?.text {
            write(dataset, to: file, fingerprint: fingerprint.text)
        }
        return dataset
    }

    func cacheFile(for root: String) -> URL {
        // FNV-1a of the path: stable across runs, unlike `Hasher`.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in root.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return directory.appending(path: "data-\(String(hash, radix: 16)).bin")
    }

    /// Every JSON file under `root` with its size, modification time and inode, one per line, and
    /// their total size; nil when the directory cannot be listed.
    static func fingerprint(of root: String) -> (text: String, bytes: Int)? {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return nil }
        var lines = [root]
        var bytes = 0
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".json") else { continue }
            var info = stat()
            guard stat(root + "/" + relative, &info) == 0 else { return nil }
            lines.append("\(relative)\t\(info.st_size)\t\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)\t\(info.st_ino)")
            bytes += Int(info.st_size)
        }
        return (lines.sorted().joined(separator: "\n") + "\n", bytes)
    }

    private func read(_ file: URL, fingerprint: String) -> Dataset? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let header = Array((Self.format + fingerprint).utf8)
        guard data.count > header.count, data.prefix(header.count).elementsEqual(header) else { return nil }
        return data.withUnsafeBytes { raw in
            Dataset(binary: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[header.count...]))
        }
    }

    private func write(_ dataset: Dataset, to file: URL, fingerprint: String) {
        var writer = BinaryWriter(header: Array((Self.format + fingerprint).utf8))
        dataset.write(to: &writer)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Written from the writer's own bytes: at 100,000 programmes a copy is 77 MB more at the peak.
        writer.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let view = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
            try? view.write(to: file, options: .atomic)
        }
    }
}
