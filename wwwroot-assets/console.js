// The console's own page script: what the browser does by itself, so that live pages keep less in their circuits.

// The drawer, shown or hidden by the browser at once (the circuit only learns it, for aria-expanded): an attribute on
// <html> (see drawer.js). Without one the drawer follows the width: shown from 960px, hidden below. The reader's choice
// on a wide screen is remembered; on a narrow one the drawer opens over the page for this page only.
const narrowScreen = window.matchMedia('(max-width: 959.98px)');

window.rcDrawer = {
    shown: () => {
        const drawer = document.getElementById('rc-drawer');
        return !!drawer && getComputedStyle(drawer).display !== 'none';
    },
};

document.addEventListener('click', event => {
    if (!event.target.closest('[data-drawer-toggle]')) {
        return;
    }

    const shown = window.rcDrawer.shown();
    if (narrowScreen.matches) {
        if (shown) {
            delete document.documentElement.dataset.drawer;
        } else {
            document.documentElement.dataset.drawer = 'narrow-open';
        }

        return;
    }

    const state = shown ? 'closed' : 'open';
    document.documentElement.dataset.drawer = state;
    try {
        localStorage.setItem('rc-drawer', state);
    } catch {
        // Storage blocked: remembered for this page only.
    }
});

// A narrow screen's drawer covers the page: following a link in it closes it again.
document.addEventListener('click', event => {
    if (narrowScreen.matches && event.target.closest('#rc-drawer a')) {
        delete document.documentElement.dataset.drawer;
    }
});

// The skip link (WCAG 2.4.1) moves focus to the page's main content. Handled here, in the capture phase, because a
// bare "#main-content" would resolve against <base href="/"> and Blazor's router would take it to the dashboard.
document.addEventListener('click', event => {
    const skip = event.target.closest('[data-skip-link]');
    const main = document.getElementById('main-content');
    if (skip && main) {
        event.preventDefault();
        event.stopPropagation();
        main.focus();
    }
}, true);

// After a page opened inside the circuit (Components/FocusOnPageChange), focus goes to its heading in the main content: a
// heading is not a control, so it takes focus only from script (tabindex -1, no outline: app.css).
window.rcFocusHeading = () => {
    const heading = document.querySelector('#main-content h1');
    if (heading) {
        if (!heading.hasAttribute('tabindex')) {
            heading.tabIndex = -1;
        }

        heading.focus({ preventScroll: true });
    }
};

// Queue rows are HTML rendered outside the circuit: a press on a row's checkbox or button becomes one "queueaction"
// event (QueueActionEventArgs) that bubbles to the table body's single handler. Other clicks (links) stay in the browser.
document.addEventListener('click', event => {
    const target = event.target.closest('[data-queue-action]');
    if (target && !target.disabled) {
        target.dispatchEvent(new CustomEvent('queueaction', {
            bubbles: true,
            detail: { action: target.dataset.queueAction, id: Number(target.dataset.id) },
        }));
    }
});

// The DOM event has the custom event's own name, so no browserEventName (an alias of itself would dispatch twice).
Blazor.registerCustomEventType('queueaction', { createEventArgs: event => event.detail });
