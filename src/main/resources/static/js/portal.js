// The customer portal's behaviour: the CSRF header for htmx requests, refusals shown in place, and the height of an
// embedded form told to the page that frames it.
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var body = document.body;
    if (body.dataset.csrfHeader && body.dataset.csrfToken) {
      event.detail.headers[body.dataset.csrfHeader] = body.dataset.csrfToken;
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 400 || status === 409 || status === 413 || status === 429) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  if (window.parent !== window && document.body.classList.contains('portal-embed')) {
    var tell = function () {
      window.parent.postMessage({ tessera: 'height', height: document.documentElement.scrollHeight }, '*');
    };
    window.addEventListener('load', tell);
    new ResizeObserver(tell).observe(document.body);
  }
})();
