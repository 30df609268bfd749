// Behaviour shared by every page: the CSRF header for htmx requests, and keyboard shortcuts.
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var body = document.body;
    if (body.dataset.csrfHeader && body.dataset.csrfToken) {
      event.detail.headers[body.dataset.csrfHeader] = body.dataset.csrfToken;
    }
  });

  // Show error answers (4xx with a fragment) instead of silently ignoring them.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 400 || status === 409 || status === 413) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  function typing(target) {
    return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('tr[data-href]'));
  }

  function select(delta) {
    var all = rows();
    if (all.length === 0) return;
    var current = all.findIndex(function (row) { return row.classList.contains('selected'); });
    var next = Math.max(0, Math.min(all.length - 1, current + delta));
    if (current >= 0) all[current].classList.remove('selected');
    all[next].classList.add('selected');
    all[next].scrollIntoView({ block: 'nearest' });
  }

  function chooseComposer(kind) {
    var radio = document.getElementById(kind === 'note' ? 'visibility-internal' : 'visibility-public');
    var text = document.getElementById('composer-body');
    if (radio && text) {
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
      text.focus();
    }
  }

  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      var form = event.target.closest && event.target.closest('form');
      if (form) {
        event.preventDefault();
        form.requestSubmit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    switch (event.key) {
      case '/': {
        var search = document.getElementById('list-search') || document.getElementById('global-search');
        if (search) { event.preventDefault(); search.focus(); }
        break;
      }
      case 'c': window.location.href = '/tickets/new'; break;
      case 'j': select(1); break;
      case 'k': select(-1); break;
      case 'Enter': {
        var selected = document.querySelector('tr.selected[data-href]');
        if (selected) window.location.href = selected.dataset.href;
        break;
      }
      case 'r': event.preventDefault(); chooseComposer('reply'); break;
      case 'n': event.preventDefault(); chooseComposer('note'); break;
      case '?': {
        var help = document.getElementById('shortcuts');
        if (help && window.bootstrap) window.bootstrap.Modal.getOrCreateInstance(help).show();
        break;
      }
    }
  });

  // Clicking anywhere on a list row opens the ticket (links inside keep working on their own).
  document.addEventListener('click', function (event) {
    var row = event.target.closest('tr[data-href]');
    if (row && !event.target.closest('a, button, input, label')) {
      window.location.href = row.dataset.href;
    }
  });

  // The composer's look follows its mode, so nobody sends a note as a reply by mistake.
  function showComposerMode(composer) {
    var checked = composer.querySelector('input[name="visibility"]:checked');
    var internal = checked !== null && checked.value === 'INTERNAL';
    composer.classList.toggle('internal', internal);
    var send = composer.querySelector('[data-send-label]');
    if (send) send.textContent = internal ? send.dataset.noteLabel : send.dataset.sendLabel;
  }

  document.addEventListener('change', function (event) {
    var composer = event.target.name === 'visibility' && event.target.closest('.composer');
    if (composer) showComposerMode(composer);
  });

  document.addEventListener('reset', function (event) {
    if (event.target.classList.contains('composer')) {
      setTimeout(function () { showComposerMode(event.target); }, 0);
    }
  });
})();
