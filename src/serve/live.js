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

  // The overlay lives in a shadow root so that no theme's CSS can restyle or hide it.
  var STYLE =
    ":host{all:initial}" +
    ".box{position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;" +
    "padding:2rem;background:rgba(20,20,20,.94);color:#f4f4f4;" +
    "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}" +
    "h2{margin:0 0 1rem;font-size:1rem;color:#ff8a8a}" +
    "pre{margin:0 0 1rem;white-space:pre-wrap;font:inherit}" +
    "p{margin:0;opacity:.8}";

  function show(escapedText) {
    var host = document.getElementById("__dossier-error");
    if (!host) {
      host = document.createElement("div");
      host.id = "__dossier-error";
      host.attachShadow({ mode: "open" });
      // Clicking hides it until the next failed build; the page underneath is the last good one.
      host.addEventListener("click", function () {
        host.remove();
      });
      document.body.appendChild(host);
    }
    host.shadowRoot.innerHTML =
      "<style>" + STYLE + "</style>" +
      '<div class="box" role="alert" title="Click to hide">' +
      "<h2>dossier: the build failed</h2>" +
      "<pre>" + escapedText + "</pre>" +
      "<p>This is the last good build underneath. " +
      "Fix the file and save: the page reloads when the build succeeds.</p></div>";
  }
})();
