// lawcomment web: the live redline preview of a proposed wording, made on the server by the
// core's CJK-aware diff (without JavaScript the form's Preview button does the same), and a
// comment form's wording box shown for 修改 only.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // a page answering a form (a comment refused, its words given back): the address is the form's page, so that
  // a reload reads it rather than sending the form again
  var own = document.querySelector("meta[name=lawcomment-page]");
  if (own && window.history && history.replaceState) history.replaceState(null, "", own.getAttribute("content"));
  function wire(form) {
    var url = form.getAttribute("data-preview");
    var area = form.querySelector("textarea[name=proposal]");
    var out = form.querySelector(".preview");
    if (!url || !area || !out) return;
    var timer = null;
    function update() {
      var body = new FormData();
      body.append("csrf", form.querySelector("input[name=csrf]").value);
      body.append("at", form.querySelector("input[name=at]").value);
      var lang = form.querySelector("input[name=lang]");
      if (lang) body.append("lang", lang.value);
      body.append("proposal", area.value);
      fetch(url, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : ""; })
        .then(function (html) {
          // the server escapes every character of the text; the fragment holds only <del>/<ins>
          var doc = new DOMParser().parseFromString(html, "text/html");
          out.replaceChildren.apply(out, Array.prototype.slice.call(doc.body.childNodes));
        });
    }
    // only once the member types: a page of many forms asks nothing on load
    area.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(update, 250); });
  }
  // a comment form's kind: the wording box is 修改's only, hidden and not sent (a disabled field is not)
  // for the others, and the text's label says what it holds (理由, 问题, 意见). Without script the box
  // says it is for 修改 only, and the server keeps no wording of another kind.
  function kinds(form) {
    var select = form.querySelector("select[name=stance]");
    if (!select) return;
    var area = form.querySelector("textarea[name=proposal]");
    var label = form.querySelector(".body-label");
    form.querySelectorAll(".wording [data-js]").forEach(function (span) {
      span.textContent = span.getAttribute("data-js");
    });
    function show() {
      var amend = select.value === "amend";
      form.querySelectorAll(".wording").forEach(function (el) { el.classList.toggle("unused", !amend); });
      if (area) area.disabled = !amend;
      var said = label && label.getAttribute("data-" + select.value);
      if (said) label.textContent = said;
    }
    select.addEventListener("change", show);
    show();
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-preview]").forEach(wire);
    document.querySelectorAll("form").forEach(kinds);
    // a form that asks first (withdrawing a comment); without script it goes straight through,
    // and the comment can be restored
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
      });
    });
    // a deadline set to today or a day past closes the consultation at once: asked first (a web trial's did so
    // unasked, the notice that members were locked out coming only after)
    document.querySelectorAll("form[data-confirm-past]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        var day = form.querySelector("input[type=date]");
        var now = new Date();
        var today = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0") + "-" +
          String(now.getDate()).padStart(2, "0");
        var removing = event.submitter && event.submitter.name === "remove";
        if (!removing && day && day.value && day.value < today && !window.confirm(form.getAttribute("data-confirm-past"))) {
          event.preventDefault();
        }
      });
    });
    // a notice said once: its ?done= taken out of the address, so a reload does not say it again (a web trial)
    if (window.location.search.indexOf("done=") !== -1 && window.history && window.history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.delete("done");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }
    // a page that answers a POST with its result (an upload's): its address made the page's own, so a reload
    // shows the page, never the browser's "send the form again?" (a web trial reloaded and re-sent its file)
    var main = document.querySelector("main[data-page]");
    if (main && window.history && window.history.replaceState) {
      window.history.replaceState(null, "", main.getAttribute("data-page"));
    }
  });
})();
