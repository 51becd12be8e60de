// Keyboard shortcuts of the review screen (SPEC §6). Keys typed into a field are text, not commands;
// Escape leaves the field so the next key is a command again.
const keys = new Set(['a', 'r', 'x', 'j', 'k', 'n']);

export function listen(dotnet) {
    const handler = (e) => {
        // A confirmation (不通過, a roster's hours) is open: its keys are Enter (confirm) and Esc (cancel), not the page's commands.
        // The newest dialog is the last one (a cancelled one may still be leaving the page).
        const last = (selector) => [...document.querySelectorAll(selector)].pop() ?? null;
        const confirm = last('[data-testid=confirm-decision]');
        if (confirm || document.querySelector('.mud-dialog-container')) {
            const button = e.key === 'Enter' ? confirm : e.key === 'Escape' ? last('[data-testid=confirm-decision-cancel]') : null;
            if (button && !e.repeat) {
                e.preventDefault();
                button.click();
            }
            return;
        }
        const target = e.target;
        const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
        if (typing) {
            if (e.key === 'Escape') {
                target.blur();
            }
            return;
        }
        if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) {
            return;
        }
        const key = e.key.toLowerCase();
        if (keys.has(key)) {
            e.preventDefault();
            dotnet.invokeMethodAsync('OnShortcut', key);
        }
    };
    document.addEventListener('keydown', handler);
    // A mark for whoever drives the page by keyboard from a script (the browser tests): keys pressed before it are text.
    document.documentElement.dataset.rcShortcuts = 'on';
    return {
        dispose: () => {
            document.removeEventListener('keydown', handler);
            delete document.documentElement.dataset.rcShortcuts;
        },
    };
}
