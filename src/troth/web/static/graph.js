// The data map's reference graph: fit to the box at first; zoom with the buttons (or the
// wheel with Ctrl), pan by dragging or with the scroll bars. No other script on the page.
(function () {
  "use strict";
  var box = document.getElementById("graph-view");
  var img = box && box.querySelector("img");
  if (!img) { return; }
  var scale = 1;
  function natural() { return img.naturalWidth || img.width; }
  function naturalHeight() { return img.naturalHeight || img.height; }
  function fitScale() {
    var tall = parseFloat(getComputedStyle(box).maxHeight) || window.innerHeight * 0.7;
    return Math.min(1, (box.clientWidth - 2) / natural(), (tall - 2) / naturalHeight());
  }
  function apply(next, cx, cy) {
    var before = scale;
    scale = Math.max(0.2, Math.min(4, next));
    var fx = (box.scrollLeft + (cx === undefined ? box.clientWidth / 2 : cx)) / before;
    var fy = (box.scrollTop + (cy === undefined ? box.clientHeight / 2 : cy)) / before;
    img.style.width = Math.round(natural() * scale) + "px";
    box.scrollLeft = fx * scale - (cx === undefined ? box.clientWidth / 2 : cx);
    box.scrollTop = fy * scale - (cy === undefined ? box.clientHeight / 2 : cy);
    document.getElementById("graph-zoom").textContent = Math.round(scale * 100) + "%";
  }
  function fit() { apply(fitScale()); box.scrollLeft = 0; box.scrollTop = 0; }
  document.getElementById("graph-in").addEventListener("click", function () { apply(scale * 1.25); });
  document.getElementById("graph-out").addEventListener("click", function () { apply(scale / 1.25); });
  document.getElementById("graph-fit").addEventListener("click", fit);
  box.addEventListener("wheel", function (e) {
    if (!e.ctrlKey) { return; }
    e.preventDefault();
    var r = box.getBoundingClientRect();
    apply(scale * (e.deltaY < 0 ? 1.15 : 1 / 1.15), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });
  var drag = null;
  box.addEventListener("pointerdown", function (e) {
    drag = { x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop };
    box.setPointerCapture(e.pointerId);
  });
  box.addEventListener("pointermove", function (e) {
    if (!drag) { return; }
    box.scrollLeft = drag.left - (e.clientX - drag.x);
    box.scrollTop = drag.top - (e.clientY - drag.y);
  });
  box.addEventListener("pointerup", function () { drag = null; });
  img.addEventListener("dragstart", function (e) { e.preventDefault(); });
  if (img.complete) { fit(); } else { img.addEventListener("load", fit); }
})();
