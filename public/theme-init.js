// Runs before first paint (loaded synchronously in <head>).
(function () {
  // 1. Apply the stored theme, or the system one.
  try {
    var stored = localStorage.getItem('atlas-theme');
    var dark = stored ? stored === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
  } catch (e) {
    /* storage blocked: the CSS media query decides */
  }
  // 2. Remember a search shortcut pressed before the page is interactive; the search launcher honours it once it
  //    mounts (it sets __atlasSearchReady), so an early "/" or Ctrl/Cmd+K is never lost.
  window.addEventListener(
    'keydown',
    function (e) {
      if (window.__atlasSearchReady) return;
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      var shortcut = ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey);
      if (shortcut) {
        e.preventDefault();
        window.__atlasSearchPending = '';
      } else if (typeof window.__atlasSearchPending === 'string' && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        window.__atlasSearchPending += e.key;
      }
    },
    true,
  );
  // 3. Term definitions show on hover and focus (CSS); Esc hides the open ones without moving focus (WCAG 1.4.13),
  //    until the pointer or focus leaves the term.
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    var open = document.querySelectorAll('.term:hover, .term:focus-within');
    for (var i = 0; i < open.length; i++) open[i].setAttribute('data-dismissed', '');
  });
  var reset = function (e) {
    var term = e.target && e.target.closest && e.target.closest('.term');
    if (term && !term.contains(e.relatedTarget)) term.removeAttribute('data-dismissed');
  };
  document.addEventListener('mouseout', reset);
  document.addEventListener('focusout', reset);
})();
