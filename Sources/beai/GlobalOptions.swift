import ArgumentParser
import BeaiBuiltinData
import BeaiDomain
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp(
            "Explore the dataset in DIR (same layout as Resources/) instead of the built-in one; also BEAI_DATA.",
            valueName: "DIR"))
    var data: String?

    /// Directories of this size (in bytes) and more are announced by `loadDataset(announce:)`.
    static let announcedSize = 8_000_000

    /// The data directory asked for, if any: `--data`, else `BEAI_DATA`.
    var dataDirectory: String? {
        if let data { return data }
        if let environment = ProcessInfo.processInfo.environment["BEAI_DATA"], !environment.isEmpty {
            return environment
        }
        return nil
    }

    /// The files of the dataset to use: the directory asked for, or the built-in data.
    func dataFiles() throws(CommandFailure) -> [DataFile] {
        guard let directory = dataDirectory else {
            return BuiltinData.files.map { DataFile(path: $0.path, contents: $0.contents) }
        }
        do {
            return try DataFile.read(directory: directory)
        } catch {
            throw .data(error)
        }
    }

    /// Loads the dataset: the built-in data as compiled (validated when it was built), or the
    /// directory asked for, validated, or from the cache of it when its files are unchanged
    /// (`DatasetCache`); every problem becomes one clear failure.
    ///
    /// With `announce`, reading a large directory that the cache cannot serve is announced on
    /// standard error first, so that a terminal does not sit blank for seconds.
    func loadDataset(announce: Bool = false) throws(CommandFailure) -> Dataset {
        do {
            if dataDirectory == nil, let compiled = BuiltinData.dataset { return compiled }
            if let directory = dataDirectory,
               let cache = DatasetCache(environment: ProcessInfo.processInfo.environment) {
                return try cache.load(directory: directory) { bytes in
                    guard announce, bytes >= Self.announcedSize else { return }
                    FileHandle.standardError.write(Data(
                        "beai: reading \(bytes / 1_000_000) MB of data in \(directory): a few seconds the first time, less once it is cached\n".utf8))
                }
            }
            return try Dataset.load(try dataFiles())
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as DataError {
            throw .data(error)
        } catch {
            throw .message("\(error)")
        }
    }
}
