// The "Cymraeg" button on examples/intranet.html switches the main content between English and
// Welsh, to show that the elements follow the page's language as it changes. It listens on the
// document, so the Storybook story made from the page (which imports this file) behaves the same.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('#language') : null;
  const main = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!main) return;
  const welsh = main.lang !== 'cy';
  main.lang = welsh ? 'cy' : 'en-GB';
  button.setAttribute('aria-pressed', String(welsh));
});
