// Suggestions under every search box: titles that start with what is typed (from 2 characters on).
// Progressive enhancement only: without this file the box is a plain GET form to /tim-kiem.
(function () {
  "use strict";
  var counter = 0;

  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var endpoint = input.getAttribute("data-suggest");
    var list = document.createElement("ul");
    var id = "goi-y-" + (++counter);
    var timer = null;
    var lastQuery = "";
    var active = -1;
    list.id = id;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Gợi ý tìm kiếm");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);

    function close() {
      list.hidden = true;
      list.textContent = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function links() { return list.querySelectorAll("a"); }

    function highlight(index) {
      var items = links();
      if (items.length === 0) { return; }
      active = (index + items.length) % items.length;
      items.forEach(function (a, i) { a.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(suggestions) {
      list.textContent = "";
      active = -1;
      if (!suggestions.length) { close(); return; }
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        li.setAttribute("role", "presentation");
        a.id = id + "-" + i;
        a.href = s.url;
        a.textContent = s.title;
        a.setAttribute("role", "option");
        a.setAttribute("tabindex", "-1");
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < 2) { close(); lastQuery = q; return; }
      if (q === lastQuery) { return; }
      lastQuery = q;
      fetch(endpoint + "?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (data) { if (input.value.trim() === q) { show(data); } })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { e.preventDefault(); highlight(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active - 1); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); window.location.href = links()[active].href; }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  });
})();
