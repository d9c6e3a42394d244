// StageSeconde: small progressive enhancements; every page works without them.
document.addEventListener('submit', function (event) {
  // Forms marked data-confirm ask before a destructive action.
  var form = event.target;
  var message = form && form.getAttribute && form.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
