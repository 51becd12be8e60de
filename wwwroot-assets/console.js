// The console's own page script: what the browser does by itself, so that live pages keep less in their circuits.

// The menu button opens and closes the drawer here: the layout keeps no state for it in the circuit. Blazor leaves the
// classes alone (the layout's markup never changes them). Below the drawer's breakpoint (960px) the drawer starts
// hidden (MudBlazor's "initial" class) and the first press shows it.
document.addEventListener('click', event => {
    const toggle = event.target.closest('[data-drawer-toggle]');
    const layout = toggle?.closest('.mud-layout');
    const drawer = layout?.querySelector('.mud-drawer');
    if (!drawer) {
        return;
    }

    const narrow = window.matchMedia('(max-width: 959.98px)').matches;
    const shown = drawer.classList.contains('mud-drawer--open') && !(narrow && drawer.classList.contains('mud-drawer--initial'));
    const open = !shown;
    drawer.classList.remove('mud-drawer--initial');
    drawer.classList.toggle('mud-drawer--open', open);
    drawer.classList.toggle('mud-drawer--closed', !open);
    layout.classList.toggle('mud-drawer-open-responsive-md-left', open);
    layout.classList.toggle('mud-drawer-close-responsive-md-left', !open);
    toggle.setAttribute('aria-expanded', String(open));
});

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
