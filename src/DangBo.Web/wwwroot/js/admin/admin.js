// Small conveniences of the back office; every page also works without them.
(function () {
  'use strict';
  // Buttons with data-confirm ask before a destructive action is sent.
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    if (button && button.hasAttribute('data-confirm') && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();
