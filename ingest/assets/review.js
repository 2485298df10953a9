// The review page's behaviour: select a row or a box and see the other; j/k rows, n/p problems.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-row]"));
  var problems = rows.filter(function (r) { return r.dataset.state !== "ok"; });
  var current = null;

  function boxesOf(id) {
    return document.querySelectorAll('rect[data-row="' + CSS.escape(id) + '"]');
  }

  function select(id, from) {
    document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
    var row = document.getElementById(id);
    if (!row) { return; }
    current = row;
    row.classList.add("selected");
    var boxes = boxesOf(id);
    boxes.forEach(function (b) { b.classList.add("selected"); });
    if (from !== "row") { row.scrollIntoView({ block: "nearest" }); }
    if (from !== "box" && boxes.length) {
      boxes[0].closest("figure").scrollIntoView({ block: "nearest" });
      boxes[0].scrollIntoView({ block: "center" });
    }
  }

  function step(list, direction) {
    if (!list.length) { return; }
    var at = current ? list.indexOf(current) : -1;
    if (at < 0 && current) {
      // From a row that is not in the list, go to the nearest one in reading order.
      var index = rows.indexOf(current);
      at = direction > 0 ? -1 : list.length;
      list.forEach(function (r, i) {
        var k = rows.indexOf(r);
        if (direction > 0 && k < index) { at = i; }
        if (direction < 0 && k > index && at === list.length) { at = i; }
      });
    }
    var next = Math.min(list.length - 1, Math.max(0, at + direction));
    select(list[next].id, "key");
  }

  rows.forEach(function (r) {
    r.addEventListener("click", function () { select(r.id, "row"); });
  });
  document.querySelectorAll("rect[data-row]").forEach(function (b) {
    b.addEventListener("click", function () { select(b.dataset.row, "box"); });
  });
  document.querySelectorAll("a[data-goto]").forEach(function (a) {
    a.addEventListener("click", function (event) {
      var target = a.dataset.goto;
      if (document.getElementById(target) && document.getElementById(target).dataset.row) {
        event.preventDefault();
        select(target, "link");
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var keys = { j: [rows, 1], k: [rows, -1], n: [problems, 1], p: [problems, -1] };
    var move = keys[event.key];
    if (move) { event.preventDefault(); step(move[0], move[1]); }
    if (event.key === "Escape") { current = null; select("", "key"); }
  });
  document.body.dataset.ready = "true";
})();
