// Small progressive enhancements; every page works without them.
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-toggle="sidebar"]');
  if (toggle) {
    document.getElementById('sidebar').classList.toggle('open');
  }
});
// htmx requests carry the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
