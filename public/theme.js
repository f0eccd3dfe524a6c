// Theme: the reader's saved choice, else the system's (CSS handles that case).
// Loaded as a blocking external script in <head> so the first paint already has the
// right theme (no flash) while staying compatible with a strict CSP (script-src 'self').
(function () {
  var root = document.documentElement;
  var media = matchMedia('(prefers-color-scheme: dark)');
  var saved = null;
  try {
    saved = localStorage.getItem('theme');
  } catch {
    // Storage blocked: follow the system.
  }
  if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  function isDark() {
    return root.dataset.theme ? root.dataset.theme === 'dark' : media.matches;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    // Its name follows the theme through the stylesheet (src/components/ThemeToggle.astro).
    button.classList.remove('invisible');
    button.addEventListener('click', function () {
      root.dataset.theme = isDark() ? 'light' : 'dark';
      try {
        localStorage.setItem('theme', root.dataset.theme);
      } catch {
        // Not saved: the choice lasts for this page only.
      }
    });
  });
})();
