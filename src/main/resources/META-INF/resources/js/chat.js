// A live chat on the asker's page and on the librarian's: messages arrive over server-sent events (the browser
// reconnects by itself and the server resumes after the last message it sent), and are sent with the page's own
// form, so the chat still works, page by page, without this script. Text is set with textContent, never as HTML.
(function () {
  var box = document.getElementById("chat-box");
  if (!box || !window.EventSource) {
    return;
  }
  var me = box.getAttribute("data-me");
  var list = document.getElementById("transcript");
  var status = document.getElementById("chat-status");
  var who = document.getElementById("chat-librarian");
  var after = document.getElementById("chat-after");
  var form = document.getElementById("chat-form");
  var text = document.getElementById("chat-body");
  var seen = {};
  Array.prototype.forEach.call(list.querySelectorAll("li[data-id]"), function (li) {
    seen[li.getAttribute("data-id")] = true;
  });

  function time(iso) {
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function add(m) {
    if (seen[m.id]) {
      return;
    }
    seen[m.id] = true;
    var mine = (me === "asker") === m.fromAsker;
    var li = document.createElement("li");
    li.className = "card" + (m.fromAsker ? "" : " reply");
    li.setAttribute("data-id", m.id);
    var head = document.createElement("p");
    head.className = "hint";
    var label = mine ? box.getAttribute("data-you") : m.fromAsker ? box.getAttribute("data-asker")
      : box.getAttribute("data-librarian") + " " + (m.author || "");
    head.textContent = label + " · " + time(m.at);
    var body = document.createElement("p");
    body.className = "pre";
    body.textContent = m.body;
    li.appendChild(head);
    li.appendChild(body);
    list.appendChild(li);
    li.scrollIntoView({ block: "nearest" });
  }

  function show(s) {
    var going = s.chat === "waiting" || s.chat === "active";
    status.textContent = box.getAttribute("data-" + (s.chat === "waiting" ? "waiting" : s.chat === "active"
      ? "active" : "ended"));
    if (s.librarian && s.chat === "active") {
      who.hidden = false;
      who.querySelector("span").textContent = s.librarian;
    }
    // The asker writes while the chat goes on; the librarian's page is drawn anew when they accept it.
    if (me === "asker" || !going) {
      form.hidden = !going;
    }
    after.hidden = going;
  }

  var events = new EventSource(box.getAttribute("data-events"));
  events.addEventListener("message", function (e) {
    add(JSON.parse(e.data));
  });
  events.addEventListener("state", function (e) {
    show(JSON.parse(e.data));
  });

  form.addEventListener("submit", function (e) {
    if (!window.fetch || !text.value.trim()) {
      return;
    }
    e.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (r) {
      if (r.ok) {
        text.value = "";
        text.focus();
      } else {
        status.textContent = box.getAttribute("data-lost");
      }
    }).catch(function () {
      status.textContent = box.getAttribute("data-lost");
    });
  });
})();
