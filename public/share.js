// "Copy the link" on release pages. An external file (not inline) so that a strict
// Content-Security-Policy (script-src 'self') can be used.
document.querySelectorAll('[data-copy-url]').forEach(function (button) {
  var status = button.closest('section').querySelector('[data-copy-status]');
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(button.dataset.copyUrl).then(function () {
      status.textContent = button.dataset.copied;
    });
  });
});
