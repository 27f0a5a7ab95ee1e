import Foundation
import PackagePlugin

/// Compiles the JSON files under the package's `Resources/` directory into Swift source, so that the
/// `beai` binary carries its data and runs from any directory, even copied alone elsewhere.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let resources = context.package.directoryURL.appending(path: "Resources")
        let inputs = Self.jsonFiles(under: resources)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files from Resources/",
                executable: try context.tool(named: "beai-embed").url,
                arguments: [resources.path, output.path],
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    static func jsonFiles(under directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "json" }
            .sorted { $0.path < $1.path }
    }
}
