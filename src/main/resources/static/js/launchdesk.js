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
// Upload forms (data-upload) send their file with a progress bar, then show the page the server answers with.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.matches('form[data-upload]') || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  event.preventDefault();
  var box = form.querySelector('.upload-progress');
  var bar = box && box.querySelector('progress');
  var text = box && box.querySelector('[data-progress-text]');
  var button = form.querySelector('button[type="submit"]');
  if (box) { box.hidden = false; }
  if (button) { button.disabled = true; }
  var xhr = new XMLHttpRequest();
  xhr.open('POST', form.action);
  xhr.upload.addEventListener('progress', function (e) {
    if (!e.lengthComputable || !bar) { return; }
    var percent = Math.round(e.loaded * 100 / e.total);
    bar.value = percent;
    text.textContent = percent < 100 ? 'Uploading… ' + percent + ' %' : 'Uploaded; checking and importing the rows…';
  });
  xhr.addEventListener('load', function () {
    if (xhr.status < 400 && xhr.responseURL) {
      window.location.assign(xhr.responseURL);
    } else {
      document.open();
      document.write(xhr.responseText);
      document.close();
    }
  });
  xhr.addEventListener('error', function () {
    if (text) { text.textContent = 'The upload broke off; nothing was imported. Try again.'; }
    if (button) { button.disabled = false; }
  });
  xhr.send(new FormData(form));
});
// A quiz's time limit counted down (the server enforces it either way and refuses a late submission).
(function () {
  var clock = document.querySelector('[data-seconds-left]');
  if (!clock) {
    return;
  }
  var end = Date.now() + parseInt(clock.getAttribute('data-seconds-left'), 10) * 1000;
  var timer;
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left === 0) {
      var up = document.querySelector('[data-time-up]');
      if (up) { up.hidden = false; }
      clearInterval(timer);
    }
  }
  tick();
  timer = setInterval(tick, 1000);
})();
