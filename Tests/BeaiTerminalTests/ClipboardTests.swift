import Foundation
import Testing
@testable import BeaiTerminal

/// The OSC 52 copy: the bytes beai writes to the terminal, and the terminals it does not try.
@Suite struct ClipboardTests {
    @Test func theEscapeCarriesTheTextInBase64() {
        let citation = "“EUR 32 million”, AI Watch § Fixture ¶ 3"
        let encoded = Data(citation.utf8).base64EncodedString()
        #expect(Clipboard.sequence(citation) == "\u{1B}]52;c;\(encoded)\u{07}")
        #expect(Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) } == citation)
    }

    @Test func sendWritesExactlyTheEscape() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let citation = String(repeating: "Belgium AI Strategy Report § Human capital ¶ 14; ", count: 200)
        // A long citation, written whole: the pipe holds 64 KiB, more than its escape.
        Clipboard.send(citation, to: ends[1])
        close(ends[1])
        let written = FileHandle(fileDescriptor: ends[0]).readDataToEndOfFile()
        #expect(written == Data(Clipboard.sequence(citation).utf8))
    }

    @Test func terminalsWithoutOSC52AreNotTried() {
        #expect(Clipboard.isSupported(environment: ["TERM": "xterm-256color"]))
        #expect(Clipboard.isSupported(environment: ["TERM": "tmux-256color"]))
        #expect(!Clipboard.isSupported(environment: ["TERM": "linux"]))
        #expect(!Clipboard.isSupported(environment: ["TERM": "vt100"]))
        #expect(!Clipboard.isSupported(environment: [:]), "no TERM: nothing known to take it")
    }
}
