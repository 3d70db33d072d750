// A saved reply starts the reply being written (added after whatever is typed already).
(function () {
  var body = document.getElementById("body");
  Array.prototype.forEach.call(document.querySelectorAll("[data-saved-reply]"), function (button) {
    button.addEventListener("click", function () {
      if (!body) {
        return;
      }
      body.value = (body.value.trim() ? body.value.replace(/\s+$/, "") + "\n\n" : "")
        + button.getAttribute("data-saved-reply");
      body.focus();
    });
  });
})();

// Keeps the librarian online while a desk page is open: the desk's stream marks them present (chat opens for
// visitors while someone on duty is online) and says how many chats wait; the chats page redraws its list at each
// change. Closing the last desk page takes the librarian offline, and their open chats go back to the queue.
(function () {
  if (!window.EventSource) {
    return;
  }
  var list = document.getElementById("chat-list");
  var events = new EventSource("/desk/chats/events");
  function update(e) {
    var n = JSON.parse(e.data).waiting;
    Array.prototype.forEach.call(document.querySelectorAll("[data-chats-waiting]"), function (el) {
      el.textContent = String(n);
    });
    if (list && e.type === "chats" && window.fetch && window.DOMParser) {
      fetch(list.getAttribute("data-refresh"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html) {
            var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("chat-list");
            if (fresh) {
              list.innerHTML = fresh.innerHTML;
            }
          }
        });
    }
  }
  events.addEventListener("chats", update);
  events.addEventListener("ping", update);
})();
