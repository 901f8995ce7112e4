// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Mobile menu: without JavaScript the toggle is a link to #menu-chinh (opened by :target);
  // with it, the link behaves as a disclosure button.
  var toggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("menu-chinh");
  if (toggle && menu) {
    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-expanded", "false");
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      var open = menu.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.classList.contains("open")) {
        menu.classList.remove("open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }

  // Print view: a button that opens the browser's print dialogue.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
