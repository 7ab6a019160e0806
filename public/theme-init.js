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
// 4. The language switcher names the same page in the other language, with the reader's query string and
//    fragment. The header is shared by every page, so its server-rendered link names the other edition's home
//    page; this sets the page itself as soon as the header exists, and again when it is followed (the fragment may
//    have changed since). English pages live at /path, Chinese ones at /zh/path (lib/i18n/locales.ts).
(function () {
  var counterpart = function () {
    var p = location.pathname;
    var zh = p === '/zh' || p.indexOf('/zh/') === 0;
    var target = zh ? p.slice(3) || '/' : p === '/' ? '/zh' : '/zh' + p;
    return target + location.search + location.hash;
  };
  var update = function (e) {
    var links = e && e.target && e.target.closest ? [e.target.closest('a[data-lang-switch]')] : document.querySelectorAll('a[data-lang-switch]');
    for (var i = 0; i < links.length; i++) if (links[i]) links[i].setAttribute('href', counterpart());
  };
  document.addEventListener('DOMContentLoaded', function () {
    update();
  });
  document.addEventListener('click', update, true);
  window.addEventListener('hashchange', function () {
    update();
  });
})();
