/**
 * The mobile menu is a <details>, so it opens without JavaScript. With it, Escape and a click
 * outside close the menu, and focus returns to its button.
 */
const menu = document.querySelector<HTMLDetailsElement>('details.dk-menu');
const button = menu?.querySelector('summary');

if (menu && button) {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      button.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}
