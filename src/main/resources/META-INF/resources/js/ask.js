// The ask page's chat button: shown only while a librarian on duty is online, so nobody starts a chat that cannot
// be answered. The page asks the server every 15 seconds (and when it becomes visible again); the form is the same
// either way, so what the asker typed stays.
(function () {
  var hint = document.getElementById("chat-open");
  var button = document.getElementById("chat-start");
  if (!hint || !button || !window.fetch) {
    return;
  }
  var url = hint.getAttribute("data-availability");
  function check() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : { chat: false }; })
      .catch(function () { return { chat: false }; })
      .then(function (a) {
        hint.hidden = !a.chat;
        button.hidden = !a.chat;
      });
  }
  setInterval(check, 15000);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) {
      check();
    }
  });
})();
