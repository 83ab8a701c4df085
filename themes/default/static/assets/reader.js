// dossier reader enhancements. Pages work without this script: the actors index is grouped by
// kind and sorted by name, and the citation text is selectable. With it, the actors index can
// be filtered and sorted (state kept in ?kind=…&sort=… so a link can share it), and citations
// get a copy button that adds today's access date.
(function () {
  "use strict";

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  function compare(sort) {
    return function (a, b) {
      var byName = a.dataset.name < b.dataset.name ? -1 : a.dataset.name > b.dataset.name ? 1 : 0;
      if (sort === "count") {
        return (Number(b.dataset.count) - Number(a.dataset.count)) || byName;
      }
      if (sort === "recent") {
        var x = a.dataset.last || "", y = b.dataset.last || "";
        return (x < y ? 1 : x > y ? -1 : 0) || byName;
      }
      return byName;
    };
  }

  function applyActors(form) {
    var kind = form.elements.kind.value;
    var sort = form.elements.sort.value;
    var shown = 0;
    document.querySelectorAll(".actor-group").forEach(function (group) {
      var visible = !kind || group.dataset.kind === kind;
      group.hidden = !visible;
      var list = group.querySelector(".term-list");
      var items = Array.prototype.slice.call(list.children);
      items.sort(compare(sort)).forEach(function (li) { list.appendChild(li); });
      if (visible) { shown += items.length; }
    });
    var status = document.getElementById("actor-status");
    if (status) { status.textContent = shown + " shown"; }
  }

  function setupActors() {
    var form = document.getElementById("actor-controls");
    if (!form) { return; }
    var params = new URLSearchParams(window.location.search);
    ["kind", "sort"].forEach(function (name) {
      var value = params.get(name);
      var select = form.elements[name];
      if (value && select.querySelector('option[value="' + CSS.escape(value) + '"]')) {
        select.value = value;
      }
    });
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("change", function () {
      applyActors(form);
      var next = new URLSearchParams();
      if (form.elements.kind.value) { next.set("kind", form.elements.kind.value); }
      if (form.elements.sort.value !== "name") { next.set("sort", form.elements.sort.value); }
      var query = next.toString();
      history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
    });
    applyActors(form);
  }

  function today() {
    var d = new Date();
    return d.getDate() + " " + MONTHS[d.getMonth()] + " " + d.getFullYear();
  }

  function setupCopy() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var field = document.getElementById(button.dataset.copy);
      if (!field) { return; }
      var status = button.parentNode.querySelector(".copy-status");
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = field.value;
        if (field.dataset.accessed === "add") { text += " Accessed " + today() + "."; }
        var done = function () { if (status) { status.textContent = "Copied."; } };
        var fallback = function () {
          field.select();
          if (status) { status.textContent = "Selected: press Ctrl+C (⌘C) to copy."; }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  setupActors();
  setupCopy();
})();
