// closeknit's only script besides htmx. No inline script anywhere (the CSP forbids it).
(function () {
  "use strict";

  // Quick exit: leave at once for a neutral page, replacing this page in the history.
  function quickExit(event) {
    var link = document.querySelector("[data-quick-exit]");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.style.display = "none";
    window.location.replace(link.getAttribute("href"));
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-quick-exit]");
    if (target) quickExit(event);
  });
  // Pressing Escape three times quickly also leaves.
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1500; });
    presses.push(now);
    if (presses.length >= 3) quickExit(null);
  });

  // Copy buttons: <button data-copy="#input-id">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.querySelector(button.getAttribute("data-copy"));
    if (!field) return;
    field.select();
    var done = function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 2000);
    };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(field.value).then(done, function () {});
    } else {
      document.execCommand("copy");
      done();
    }
  });

  // The coach's "Use this wording": put the suggested rewrite in the draft, unless the
  // draft has changed since the coach read it (fresh notes are then on their way).
  // insertText keeps the browser's own undo (Ctrl+Z) working.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-coach-use]");
    if (!button) return;
    var field = document.getElementById(button.getAttribute("data-coach-use"));
    if (!field) return;
    if (field.value !== button.getAttribute("data-original")) {
      button.textContent = "Your draft changed; new notes are coming";
      return;
    }
    field.focus();
    field.select();
    var rewrite = button.getAttribute("data-rewrite");
    if (!document.execCommand || !document.execCommand("insertText", false, rewrite)) {
      field.value = rewrite;
    }
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });

  // After fresh coach notes arrive, say in the form's status line (a polite live
  // region) what they are, in one sentence, and only when it changed: a screen reader
  // then hears "2 things to look at" once, not the whole list after every pause.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var slot = event.target;
    if (!slot.classList || !slot.classList.contains("coach")) return;
    var status = document.getElementById(slot.id + "-status");
    var notes = slot.querySelector("[data-coach-summary]");
    var text = notes ? notes.getAttribute("data-coach-summary") : "";
    if (status && status.textContent !== text) status.textContent = text;
  });

  // Sign-up: send the browser's own time zone, so times show on the person's clock
  // from the first page. Without JavaScript the field stays empty and UTC is used.
  var zoneField = document.querySelector("input[data-browser-zone]");
  if (zoneField && !zoneField.value && window.Intl && Intl.DateTimeFormat) {
    zoneField.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  }
})();
