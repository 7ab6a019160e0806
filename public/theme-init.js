// Runs before first paint (loaded synchronously in <head>): applies the stored theme, or the system one.
(function () {
  try {
    var stored = localStorage.getItem('atlas-theme');
    var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
  } catch (e) {
    /* storage blocked: the CSS media query decides */
  }
})();
