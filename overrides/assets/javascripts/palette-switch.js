/* The colour scheme toggle works with Space as well as Enter. Material's toggle is a visually
   hidden radio button for the current scheme, named for what it does ("Ieslēgt tumšo režīmu" /
   "Switch to dark mode", mkdocs.yml), followed by the label that switches to the other scheme.
   Material switches on Enter; Space on a radio button that is already checked does nothing,
   although a control that reads as a button should answer it. Space now does what Enter does. */
document.addEventListener("keydown", function (event) {
  var radio = event.target;
  if (event.key !== " " || !(radio instanceof HTMLInputElement) || !radio.matches(".md-header input.md-option")) return;
  var label = radio.nextElementSibling;
  if (!label || label.tagName !== "LABEL") return;
  event.preventDefault();
  label.click();
});
