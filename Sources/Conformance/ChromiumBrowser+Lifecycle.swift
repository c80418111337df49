import Foundation

/// Tabs, restarts, clearing and page visibility.
extension ChromiumBrowser {
    /// Opens a new tab, makes it current and returns its handle; it has its own `sessionStorage`.
    @discardableResult
    public func newTab() throws -> String {
        drainConsole()
        let handle = try client.newWindow(.tab)
        try client.switchToWindow(handle)
        try prepareCurrentTab()
        return handle
    }

    /// Makes an open tab current.
    public func switchToTab(_ handle: String) throws {
        drainConsole()
        try client.switchToWindow(handle)
    }

    /// Quits Chromium and starts it again on the same profile, as a user closing and reopening the browser.
    ///
    /// Checked with Chromium 156: persistent cookies and `localStorage` survive (chromedriver
    /// quits Chromium gracefully, so the cookie store is flushed even for cookies set just
    /// before); session cookies and `sessionStorage` are gone. The new session has one blank tab.
    public func closeAndReopen() throws {
        drainConsole()
        try client.deleteSession()
        try startSession()
    }

    /// Forgets everything a site could have stored: cookies of all sites, storage of every origin
    /// visited, and `sessionStorage` (by replacing all tabs with one blank tab). The console log is cleared too.
    public func clearAll() throws {
        try client.devTools("Network.clearBrowserCookies")
        for origin in visitedOrigins.sorted() {
            try client.devTools("Storage.clearDataForOrigin", ["origin": .string(origin), "storageTypes": "all"])
        }
        visitedOrigins.removeAll()
        let old = try client.windowHandles()
        let fresh = try client.newWindow(.tab)
        for handle in old {
            try client.switchToWindow(handle)
            try client.closeWindow()
        }
        try client.switchToWindow(fresh)
        try prepareCurrentTab()
        consoleLog.removeAll()
    }

    /// Makes the current page report itself hidden or visible and fires `visibilitychange` on a change.
    ///
    /// Headless Chromium keeps pages visible whatever DevTools is asked (`Page.setWebLifecycleState`
    /// and minimizing were tried: unreliable), so this overrides `document.visibilityState`,
    /// `document.hidden` and `document.hasFocus()` in the page, like the harness does. It lasts
    /// until the page navigates.
    public func setVisibility(hidden: Bool) throws {
        let script = """
            const hidden = arguments[0];
            const now = document.visibilityState === 'hidden';
            const state = { configurable: true, get: () => (hidden ? 'hidden' : 'visible') };
            Object.defineProperty(document, 'visibilityState', state);
            Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
            document.hasFocus = () => !hidden;
            if (now !== hidden) document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
            """
        try client.executeScript(script, args: [.bool(hidden)])
        try client.devTools("Emulation.setFocusEmulationEnabled", ["enabled": .bool(!hidden)])
    }
}
