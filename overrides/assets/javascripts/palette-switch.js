/* The colour scheme control, announced as what it is: a switch "Tumšais režīms" / "Dark mode",
   on in the dark scheme, off in the light one (issue 39).

   Material's control is a visually hidden radio button per scheme, named for what it will do
   ("Ieslēgt tumšo režīmu", mkdocs.yml) and checked for the scheme shown, followed by a label with
   the icon that switches to the next scheme: a screen reader heard "Ieslēgt tumšo režīmu, radio,
   checked" in the light scheme. Here one <button role="switch"> takes the labels' place, with the
   icon of the label Material shows; Material's radio buttons stay, out of the tab order and the
   accessibility tree, and still do the switching.

   theme contract: the form [data-md-component=palette] holds input.md-option radio buttons, each
   followed by its <label>; Material switches the scheme on an input's "change" (click()), sets
   body[data-md-color-scheme] and shows only the label after the current scheme's input (hidden). */
(function () {
  var script = document.currentScript;
  var form = document.querySelector(".md-header form[data-md-component='palette']");
  var dark = form && form.querySelector("input.md-option[data-md-color-media*='dark']");
  if (!form || !dark) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input.md-option"));
  var name = script.getAttribute("data-name");

  var button = document.createElement("button");
  button.type = "button";
  button.className = "md-header__button md-icon lv-palette-switch";
  button.setAttribute("role", "switch");
  button.setAttribute("aria-label", name);
  button.title = name;
  inputs.forEach(function (input) {
    input.tabIndex = -1;
    input.setAttribute("aria-hidden", "true");
  });
  form.classList.add("lv-palette--switch");
  form.appendChild(button);

  function shownLabel() {
    return inputs
      .map(function (input) { return input.nextElementSibling; })
      .filter(function (label) { return label && label.tagName === "LABEL" && !label.hidden; })[0];
  }
  function sync() {
    var isDark = document.body.getAttribute("data-md-color-scheme") === dark.getAttribute("data-md-color-scheme");
    button.setAttribute("aria-checked", isDark ? "true" : "false");
    var label = shownLabel();
    if (label) button.innerHTML = label.innerHTML;
  }
  button.addEventListener("click", function () {
    /* The label Material shows is for the input of the next scheme: clicking it switches. */
    var label = shownLabel();
    var next = label && document.getElementById(label.htmlFor);
    if (next) next.click();
  });
  /* Material's form switches on Enter too (and moves focus to its radio button): the button's own
     Enter must not reach it, or the scheme would switch twice. */
  button.addEventListener("keydown", function (event) {
    if (event.key === "Enter") event.stopPropagation();
  });
  new MutationObserver(sync).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
  inputs.forEach(function (input) {
    var label = input.nextElementSibling;
    if (label) new MutationObserver(sync).observe(label, { attributes: true, attributeFilter: ["hidden"] });
  });
  sync();
})();
