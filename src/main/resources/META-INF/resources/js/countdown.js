// The time left in a timed quiz attempt, counted down on the page. The server stays the authority: it refuses
// answers after the deadline and submits the attempt itself. The count starts from the server's clock (data-now), so
// a wrong clock on the learner's device does not matter. Screen readers hear it at five minutes and at one minute.
(function () {
  var box = document.getElementById("countdown");
  if (!box) {
    return;
  }
  var deadline = Date.parse(box.getAttribute("data-deadline"));
  var offset = Date.parse(box.getAttribute("data-now")) - Date.now();
  var shown = box.querySelector("[role=timer]");
  var said = box.querySelector("[aria-live=polite]");
  var announced = {};
  var first = null;
  if (isNaN(deadline) || isNaN(offset) || !shown || !said) {
    return;
  }
  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }
  function tick() {
    var left = Math.max(0, Math.floor((deadline - (Date.now() + offset)) / 1000));
    var h = Math.floor(left / 3600);
    var m = Math.floor((left % 3600) / 60);
    var s = left % 60;
    shown.textContent = (h > 0 ? h + ":" + two(m) : m) + ":" + two(s);
    if (first === null) {
      first = left;
    }
    // Each threshold is announced once, when the count crosses it while the page is open.
    [["five", 300], ["one", 60], ["up", 0]].forEach(function (w) {
      if (first > w[1] && left <= w[1] && !announced[w[0]]) {
        announced[w[0]] = true;
        said.textContent = box.getAttribute("data-" + w[0]);
      }
    });
    if (left > 0) {
      window.setTimeout(tick, 1000 - ((Date.now() + offset) % 1000));
    }
  }
  box.hidden = false;
  tick();
})();
