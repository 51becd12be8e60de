// Runs in the page head, before the body is drawn: the drawer the reader closed stays closed on the next page, with no
// flash of it open. The attribute is on <html>, which Blazor never renders, so a circuit attaching cannot undo it.
(() => {
    try {
        const state = localStorage.getItem('rc-drawer');
        if (state === 'closed' || state === 'open') {
            document.documentElement.dataset.drawer = state;
        }
    } catch {
        // Storage blocked: the drawer follows the screen width.
    }
})();
