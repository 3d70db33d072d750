// The ask page's chat button: shown only while a librarian on duty is online, so nobody starts a chat that cannot
// be answered. The page asks the server every 15 seconds (and when it becomes visible again); the form is the same
// either way, so what the asker typed stays.
(function () {
  // FAQ entries that may already answer the question, offered while it is typed (a pause of half a second).
  var box = document.getElementById("faq-suggestions");
  var body = document.getElementById("body");
  var subject = document.getElementById("subject");
  if (box && body && window.fetch) {
    var timer = null;
    var last = "";
    var suggest = function () {
      var text = ((subject ? subject.value : "") + " " + body.value).trim();
      if (text.length < 4 || text === last) {
        return;
      }
      last = text;
      fetch(box.getAttribute("data-suggest") + "?text=" + encodeURIComponent(text.slice(0, 2000)),
        { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .catch(function () { return []; })
        .then(function (found) {
          var list = box.querySelector("ul");
          list.textContent = "";
          found.forEach(function (s) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = s.url;
            a.target = "_blank";
            a.rel = "noopener";
            a.textContent = s.question;
            li.appendChild(a);
            list.appendChild(li);
          });
          box.hidden = found.length === 0;
        });
    };
    var later = function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 500);
    };
    body.addEventListener("input", later);
    if (subject) {
      subject.addEventListener("input", later);
    }
  }
})();

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
