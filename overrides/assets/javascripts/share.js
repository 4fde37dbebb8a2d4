/*
  Share links (partials/share.html): two buttons that only work with a script.
  - "Copy link" writes the page's address to the clipboard and says so in the status line.
  - On phones (coarse pointer) whose browser has the Web Share API, "Share…" opens the
    phone's own share sheet.
  Without this script the plain links to X, Facebook, LinkedIn and e-mail still work.
*/
(function () {
  "use strict";
  document.querySelectorAll("[data-lv-share]").forEach(function (box) {
    var url = box.getAttribute("data-url");
    var status = box.querySelector("[data-lv-share-status]");

    var copy = box.querySelector("[data-lv-share-copy]");
    if (copy && navigator.clipboard && window.isSecureContext) {
      copy.parentElement.hidden = false;
      copy.addEventListener("click", function () {
        status.textContent = "";
        navigator.clipboard.writeText(url).then(
          function () { status.textContent = copy.getAttribute("data-done"); },
          function () { status.textContent = copy.getAttribute("data-failed"); }
        );
      });
    }

    var native = box.querySelector("[data-lv-share-native]");
    var phone = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;
    if (native && navigator.share && phone) {
      native.parentElement.hidden = false;
      native.addEventListener("click", function () {
        navigator.share({
          title: box.getAttribute("data-title"),
          text: box.getAttribute("data-text"),
          url: url
        }).catch(function () { /* the reader closed the share sheet */ });
      });
    }
  });
})();
