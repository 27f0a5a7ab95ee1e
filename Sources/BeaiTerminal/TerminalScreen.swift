import BeaiApp
import BeaiDomain
import BeaiTUI
import CNcursesw
import Foundation

/// Runs the explorer on the terminal: the only code that calls ncurses. It decides what the
/// terminal can show, turns keys, mouse and resizes into actions, and flushes each frame.
public enum TerminalScreen {
    /// Runs the event loop until the user quits or a signal arrives; restores the terminal in
    /// every case, hands the last state to `onExit`, and returns the exit code (0, or 128 + the
    /// signal number).
    ///
    /// `afterFirstFrame` runs on a thread of its own once the first frame is on screen: work the
    /// first frame does not need (building the search index) goes there, so that beai paints as
    /// early as it can and reads keys while it runs. The change it returns is applied to the state
    /// between two events, and a frame drawn.
    /// `afterUpdate` runs after the events of a frame are applied, before it is drawn: effects at
    /// the edge (saving bookmarks that changed) go there, and may leave a notice in the state.
    /// With `BEAI_FRAME_LOG=FILE` set, each frame's time from its event to the end of drawing is
    /// appended to FILE as `key|resize|mouse MILLISECONDS`, for the benchmarks; the frame that
    /// shows a deferred search's results as `results MILLISECONDS`, timed from the key that asked.
    public static func run(
        appearance: Appearance = Appearance(),
        makeState: (Display, _ width: Int, _ height: Int) -> State,
        afterFirstFrame: @escaping @Sendable () -> StateChange = { { _ in } },
        afterUpdate: (inout State) -> Void = { _ in },
        onExit: (State) -> Void = { _ in }
    ) -> Int32 {
        setlocale(LC_ALL, "")
        let utf8 = String(cString: beai_codeset()).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        Signals.install()
        guard initscr() != nil else { return 1 }
        defer { endwin() }
        raw()
        noecho()
        nonl()
        keypad(beai_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(beai_stdscr(), 100)
        mousemask(beai_all_mouse_events(), nil)
        mouseinterval(0)

        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let colour = has_colors() && !noColor && !appearance.noColor
        if colour {
            start_color()
            use_default_colors()
        }
        let display = Display(glyphs: utf8 && !appearance.ascii ? .unicode : .ascii,
                              theme: colour ? appearance.theme : .monochrome)
        var painter = Painter(colour: colour, utf8: utf8, colours: Int(beai_colors()))
        var state = makeState(display, Int(beai_cols()), Int(beai_lines()))
        defer { onExit(state) }
        painter.paint(view(state))
        let background = BackgroundWork(afterFirstFrame)
        let frameLog = FrameLog(environment: ProcessInfo.processInfo.environment)
        let searches = state.defersSearch ? SearchWorker() : nil
        var asked: (query: String, filter: ProgrammeFilter)?
        var timelines = TimelineJobs()
        var lastKey = DispatchTime.now().uptimeNanoseconds

        while true {
            if let change = background.take() {
                change(&state)
                painter.paint(view(state))
            }
            if let found = searches?.take() {
                state.searchArrived(found.results, filter: found.filter)
                painter.paint(view(state))
                frameLog?.record("results", nanoseconds: DispatchTime.now().uptimeNanoseconds - found.asked)
            }
            let pending = state.topScreen?.search?.pendingQuery
            if let pending, pending != asked?.query || state.filter != asked?.filter, let index = state.searchIndex {
                searches?.ask(pending, filter: state.filter, index: index, asked: lastKey)
            }
            asked = pending.map { ($0, state.filter) }
            if timelines.take(into: &state) {
                painter.paint(view(state))
                frameLog?.record("timeline", nanoseconds: DispatchTime.now().uptimeNanoseconds - lastKey)
            }
            timelines.start(state.pendingTimelines, in: state.dataset)
            wtimeout(beai_stdscr(), pending != nil || timelines.isRunning ? 2 : background.isRunning ? 10 : 100)
            guard let first = nextAction() else {
                if pendingSignal != 0 { return 128 + pendingSignal }
                if terminalIsGone() { return 128 + SIGHUP }
                continue
            }
            let started = DispatchTime.now().uptimeNanoseconds
            lastKey = started
            // Everything already waiting is applied before the next frame, so that a held key,
            // a paste or a burst of resizes costs one frame, not one per event.
            for action in coalesce(first, with: pendingActions()) {
                if case .resize = action { painter.invalidate() }
                state = update(state, action)
                if state.shouldQuit { return 0 }
            }
            afterUpdate(&state)
            if pendingSignal != 0 { return 128 + pendingSignal }
            painter.paint(view(state))
            frameLog?.record(FrameLog.kind(of: first), nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
        }
    }

    /// True when the terminal has hung up (its window closed): input then fails at once, forever,
    /// and the loop must end rather than spin.
    private static func terminalIsGone() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// The events already waiting, read without blocking. While input keeps coming in bulk (a
    /// paste arrives in pieces), it waits a few milliseconds for the rest, up to 20,000 events.
    private static func pendingActions() -> [Action] {
        wtimeout(beai_stdscr(), 0)
        var actions: [Action] = []
        while actions.count < 20_000 {
            if let action = nextAction() {
                actions.append(action)
                continue
            }
            guard actions.count >= 32 else { break }
            wtimeout(beai_stdscr(), 5)
            guard let action = nextAction() else { break }
            wtimeout(beai_stdscr(), 0)
            actions.append(action)
        }
        return actions
    }

    /// Runs of typed characters become one `.text` action; everything else keeps its order.
    static func coalesce(_ first: Action, with rest: [Action]) -> [Action] {
        var result: [Action] = []
        var run = ""
        func flush() {
            if run.count == 1, let character = run.first { result.append(.key(.character(character))) }
            if run.count > 1 { result.append(.text(run)) }
            run = ""
        }
        for action in [first] + rest {
            if case let .key(.character(character)) = action {
                run.append(character)
            } else {
                flush()
                result.append(action)
            }
        }
        flush()
        return result
    }

    /// Waits up to the input timeout for one event and decodes it.
    private static func nextAction() -> Action? {
        var value: wint_t = 0
        let kind = wget_wch(beai_stdscr(), &value)
        switch kind {
        case KEY_CODE_YES:
            let code = Int32(value)
            if code == KEY_RESIZE { return .resize(width: Int(beai_cols()), height: Int(beai_lines())) }
            if code == KEY_MOUSE { return mouseAction() }
            return KeyDecoder.functionKey(code).map(Action.key)
        case OK:
            return KeyDecoder.character(UInt32(value)).map(Action.key)
        default:
            return nil
        }
    }

    private static func mouseAction() -> Action? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let column = Int(event.x)
        let row = Int(event.y)
        if event.bstate & beai_button4_pressed() != 0 { return .scroll(up: true, column: column, row: row) }
        if event.bstate & beai_button5_pressed() != 0 { return .scroll(up: false, column: column, row: row) }
        if event.bstate & beai_button1_pressed() != 0 { return .click(column: column, row: row) }
        return nil
    }
}

/// Per-frame timings for the benchmarks, appended to the file `BEAI_FRAME_LOG` names.
final class FrameLog {
    private let handle: FileHandle

    init?(environment: [String: String]) {
        guard let path = environment["BEAI_FRAME_LOG"], !path.isEmpty,
              FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { return nil }
        self.handle = handle
    }

    /// What a frame answered: `key`, `resize`, `mouse`, or `results` (a deferred search's).
    static func kind(of action: Action) -> String {
        switch action {
        case .key, .text: "key"
        case .resize: "resize"
        case .click, .scroll: "mouse"
        }
    }

    func record(_ kind: String, nanoseconds: UInt64) {
        handle.write(Data(String(format: "%@ %.3f\n", kind, Double(nanoseconds) / 1e6).utf8))
    }
}

/// Flushes buffers to ncurses, redrawing only the rows that changed since the last frame.
struct Painter {
    let colour: Bool
    let utf8: Bool
    /// Colours the terminal has (8, 16, 256): finer colours are drawn as the nearest it has.
    let colours: Int
    private var previous: Buffer?
    private var pairs: [Int: Int16] = [:]

    init(colour: Bool, utf8: Bool, colours: Int) {
        self.colour = colour
        self.utf8 = utf8
        self.colours = max(8, colours)
    }

    /// Forgets the last frame, so that the next one is drawn in full (after a resize).
    mutating func invalidate() {
        previous = nil
        wclear(beai_stdscr())
    }

    mutating func paint(_ buffer: Buffer) {
        let full = previous == nil || previous?.width != buffer.width || previous?.height != buffer.height
        for row in 0..<buffer.height {
            if !full, let previous, (0..<buffer.width).allSatisfy({ previous[$0, row] == buffer[$0, row] }) { continue }
            for column in 0..<buffer.width {
                let cell = buffer[column, row]
                if cell.isContinuation { continue }
                put(cell, column: column, row: row)
            }
        }
        previous = buffer
        wnoutrefresh(beai_stdscr())
        doupdate()
    }

    private mutating func put(_ cell: Cell, column: Int, row: Int) {
        var attributes = beai_a_normal()
        if cell.style.bold { attributes |= beai_a_bold() }
        if cell.style.reverse { attributes |= beai_a_reverse() }
        if cell.style.underline { attributes |= beai_a_underline() }
        if cell.style.dim { attributes |= beai_a_dim() }
        let pair = colour ? self.pair(cell.style.foreground, cell.style.background) : 0
        var scalars = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        if !utf8, scalars.contains(where: { $0 > 127 }) { scalars = [wchar_t(63)] }
        if scalars.isEmpty { scalars = [32] }
        scalars.append(0)
        // A grapheme ncurses cannot represent is drawn as "?"; an error from the bottom-right
        // cell (where the cursor cannot advance) is expected and ignored.
        if beai_put_cell(Int32(row), Int32(column), scalars, attributes, pair) == -2 {
            _ = beai_put_cell(Int32(row), Int32(column), [63, 0], attributes, pair)
        }
    }

    /// The colour pair for a foreground/background, created on first use while pairs last.
    private mutating func pair(_ foreground: Color?, _ background: Color?) -> Int16 {
        if foreground == nil && background == nil { return 0 }
        let foreground = foreground?.degraded(to: colours), background = background?.degraded(to: colours)
        let key = (foreground.map { $0.rawValue + 1 } ?? 0) * 257 + (background.map { $0.rawValue + 1 } ?? 0)
        if let known = pairs[key] { return known }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < beai_color_pairs() else { return 0 }
        init_pair(number, Int16(foreground?.rawValue ?? -1), Int16(background?.rawValue ?? -1))
        pairs[key] = number
        return number
    }
}
