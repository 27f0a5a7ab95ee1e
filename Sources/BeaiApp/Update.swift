import BeaiDomain
import BeaiTUI

/// The explorer's pure state transition: the next state after `action`.
public func update(_ state: State, _ action: Action) -> State {
    var next = state
    next.apply(action)
    return next
}

extension State {
    mutating func apply(_ action: Action) {
        switch action {
        case let .resize(width, height):
            self.width = max(0, width)
            self.height = max(0, height)
            clampScroll()
        case let .key(key):
            handle(key)
        case let .text(text):
            if case var .search(current) = topScreen, !isTooSmall {
                current.editor.insert(text)
                rerun(&current, index: searchIndex)
                replaceTop(.search(current))
            } else if case var .export(current) = topScreen, current.confirming == nil, !isTooSmall {
                current.editor.insert(text)
                current.problem = nil
                replaceTop(.export(current))
            } else {
                for character in text { handle(.character(character)) }
            }
        case let .click(column, row):
            guard showsTree, !isTooSmall else { return }
            click(column: column, row: row)
        case let .scroll(up, column, row):
            guard showsTree, !isTooSmall else { return }
            scroll(up: up, column: column, row: row)
        }
    }

    /// Keys every screen shares (quit, help), then the top screen's own.
    private mutating func handle(_ pressed: Key) {
        message = nil
        let typing = topScreen?.isTextPrompt ?? false
        // A key the config file bound to a command becomes that command's default key, which
        // the screens match; a default key its command no longer has does nothing.
        guard let key = typing ? pressed : keymap.translate(pressed, on: topScreen) else { return }
        if pressed == .control("c") || (key == .character("q") && !typing) {
            shouldQuit = true
            return
        }
        if isTooSmall { return }
        if key == .character("?"), !typing {
            if case .help = topScreen { pop() } else { push(.help(HelpState())) }
            return
        }
        if (key == .character("x") && !typing) || (pressed == .control("x") && topScreen?.search != nil) {
            openExport()
            return
        }
        if key == .character("F"), !typing {
            clearFilters()
            return
        }
        switch topScreen {
        case let .help(help)?: helpKey(key, help)
        case let .search(search)?: searchKey(key, search)
        case let .compare(compare)?: compareKey(key, compare)
        case .pair?: pairKey(key)
        case let .bookmarks(bookmarks)?: bookmarksKey(key, bookmarks)
        case let .filter(panel)?: filterKey(key, panel)
        case let .export(prompt)?: exportKey(key, prompt)
        case let .timeline(timeline)?: timelineKey(key, timeline)
        case .browse?, nil: explorerKey(key)
        }
    }
}
