/* Troth's first-party cookie banner. No third-party code; works under a strict CSP
 * (no inline script or style: the banner is built with DOM calls and styled through
 * CSSOM properties).
 *
 * Scripts that need consent are written as
 *   <script type="text/plain" data-cookie-category="analytics" data-src="/static/a.js"></script>
 * and run only once the visitor allows that category. Choices are recorded by
 * POST /api/v1/consent/banner and read back from GET /api/v1/consent/banner.
 */
(function () {
  "use strict";
  var ENDPOINT = "/api/v1/consent/banner";

  function enable(allowed) {
    var waiting = document.querySelectorAll('script[type="text/plain"][data-cookie-category]');
    Array.prototype.forEach.call(waiting, function (old) {
      if (allowed.indexOf(old.getAttribute("data-cookie-category")) < 0) return;
      var src = old.getAttribute("data-src") || old.getAttribute("src");
      if (!src) return; /* inline code could not run under the CSP anyway */
      var script = document.createElement("script");
      script.src = src;
      script.setAttribute("data-cookie-category", old.getAttribute("data-cookie-category"));
      script.setAttribute("data-consented", "true");
      old.parentNode.replaceChild(script, old);
    });
    document.documentElement.setAttribute("data-cookie-consent", allowed.join(" "));
  }

  function send(categories) {
    return fetch(ENDPOINT, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ categories: categories })
    }).then(function (r) { return r.json(); });
  }

  function button(label, name, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.name = name;
    b.style.marginRight = "0.5em";
    b.addEventListener("click", onClick);
    return b;
  }

  function show(state) {
    var optional = state.categories.filter(function (c) { return !c.required; });
    var box = document.createElement("section");
    box.id = "troth-cookie-banner";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", "Cookie choices");
    box.style.position = "fixed";
    box.style.bottom = "0";
    box.style.left = "0";
    box.style.right = "0";
    box.style.padding = "1em";
    box.style.background = "#fff";
    box.style.borderTop = "1px solid #888";
    box.style.zIndex = "1000";
    var text = document.createElement("p");
    text.textContent = "We use essential cookies to run this site. May we also use: " +
      optional.map(function (c) { return c.key; }).join(", ") + "?";
    var more = document.createElement("a");
    more.href = "/privacy/cookies";
    more.textContent = "Cookie settings, one kind at a time";
    text.appendChild(document.createTextNode(" "));
    text.appendChild(more);
    box.appendChild(text);
    var boxes = {};
    optional.forEach(function (c) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "checkbox";
      input.name = c.key;
      boxes[c.key] = input;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + c.key + " "));
      box.appendChild(label);
    });
    function decide(all, none) {
      var choice = {};
      optional.forEach(function (c) { choice[c.key] = all ? true : none ? false : boxes[c.key].checked; });
      send(choice).then(function (next) {
        box.parentNode.removeChild(box);
        enable(next.allowed);
      });
    }
    var actions = document.createElement("p");
    actions.appendChild(button("Allow all", "allow-all", function () { decide(true, false); }));
    actions.appendChild(button("Only essential", "reject-all", function () { decide(false, true); }));
    actions.appendChild(button("Save choice", "save", function () { decide(false, false); }));
    box.appendChild(actions);
    document.body.appendChild(box);
  }

  function start() {
    fetch(ENDPOINT, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        if (state.decided) enable(state.allowed); else show(state);
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
