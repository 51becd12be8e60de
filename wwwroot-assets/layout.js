// The menu button opens and closes the drawer here, in the browser: the layout keeps no state for it in the circuit.
// Blazor leaves the classes alone (the layout's markup never changes them). Below the drawer's breakpoint (960px) the
// drawer starts hidden (MudBlazor's "initial" class) and the first press shows it.
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
