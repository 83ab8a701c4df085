// Live reload for `dossier serve`. The server adds this script to the HTML pages it serves; it is
// never written into the output folder. It listens to the server's events:
//   hello        on every (re)connection, with the current build number;
//   reload       a good build finished: fetch the page again (which also clears any error);
//   build-error  the last build failed: show its text over the last good page. The server has
//                already HTML-escaped that text, since it can quote article content.
(function () {
  "use strict";
  var seen = null;
  var source = new EventSource("/__dossier/events");

  source.addEventListener("hello", function (event) {
    // After a reconnection a different build number means builds happened while we were away.
    if (seen !== null && seen !== event.data) {
      location.reload();
    }
    seen = event.data;
  });
  source.addEventListener("reload", function () {
    location.reload();
  });
  source.addEventListener("build-error", function (event) {
    show(event.data);
  });

  function show(escapedText) {
    var box = document.getElementById("__dossier-error");
    if (!box) {
      box = document.createElement("div");
      box.id = "__dossier-error";
      box.setAttribute("role", "alert");
      box.style.cssText =
        "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
        "background:rgba(20,20,20,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;";
      box.title = "Click to hide; it comes back with the next failed build";
      box.addEventListener("click", function () {
        box.remove();
      });
      document.body.appendChild(box);
    }
    box.innerHTML =
      '<p style="color:#ff8080;font-weight:bold;margin:0 0 1rem">dossier: the build failed</p>' +
      '<pre style="white-space:pre-wrap;margin:0 0 1rem">' + escapedText + "</pre>" +
      "<p style=\"margin:0;opacity:.8\">This is the last good build underneath. " +
      "Fix the file and save: the page reloads when the build succeeds.</p>";
  }
})();
