/* Filters that combine, where JavaScript runs (partials/data/statements-filters.html, votes.html).

   Without this script the filter links lead to plain pages (one type, priority, year, outcome or
   vote each), which is all a reader needs. With it, the list page gets a small form, one select
   per group of links, whose choices combine:
   - the statements list (paginated) asks the open data it already publishes
     (dati/pazinojumi.json, same origin) for every statement and shows those that match;
   - the votes table has every vote already: rows that do not match are hidden.
   A status line says how many were found (role="status", read by screen readers). No inline
   script or style: the site's Content-Security-Policy can forbid both. */
(function () {
  "use strict";

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* One <select> per [data-lv-group]: its label, "all", and one option per link. */
  function buildForm(nav, number) {
    var form = element("form", "lv-filter-form");
    var selects = [];
    nav.querySelectorAll("[data-lv-group]").forEach(function (group) {
      var name = group.getAttribute("data-lv-group");
      var id = "lv-filter-" + number + "-" + name;
      var label = element("label", "lv-filter-form__label",
        group.querySelector(".lv-filters__label").textContent.replace(/:\s*$/, ""));
      label.htmlFor = id;
      var select = element("select", "lv-filter-form__select");
      select.id = id;
      select.name = name;
      select.add(new Option(nav.getAttribute("data-lv-any"), ""));
      group.querySelectorAll("a[data-lv-value]").forEach(function (link) {
        select.add(new Option(link.textContent, link.getAttribute("data-lv-value")));
      });
      var field = element("div", "lv-filter-form__field");
      field.append(label, select);
      form.append(field);
      selects.push(select);
    });
    var status = element("p", "lv-filter-form__status");
    status.setAttribute("role", "status");
    nav.after(form, status);
    return { form: form, selects: selects, status: status };
  }

  function chosen(selects) {
    var values = {};
    selects.forEach(function (select) { if (select.value) values[select.name] = select.value; });
    return values;
  }

  function say(nav, status, count) {
    status.textContent = count === 0 ? nav.getAttribute("data-lv-none")
      : nav.getAttribute("data-lv-count").replace("{count}", String(count));
  }

  function enhanceVotes(nav, number) {
    var table = document.querySelector("[data-lv-rows]");
    if (!table) return;
    var ui = buildForm(nav, number);
    function apply() {
      var values = chosen(ui.selects), shown = 0;
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var match = Object.keys(values).every(function (name) {
          return row.getAttribute("data-lv-" + name) === values[name];
        });
        row.hidden = !match;
        if (match) shown += 1;
      });
      if (Object.keys(values).length) say(nav, ui.status, shown); else ui.status.textContent = "";
    }
    ui.form.addEventListener("change", apply);
    ui.form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  }

  function statementItem(record, lang) {
    var item = element("li", "lv-news-list__item");
    var title = element("h2", "lv-news-list__title");
    var link = element("a", null, record.title);
    link.href = record.url;
    title.append(link);
    var kind = element("p", "lv-statement-kind");
    kind.append(element("span", "lv-statement-kind__type", record.type_text));
    var when = element("p", "lv-news-list__date");
    var time = element("time", null, new Date(record.date + "T12:00:00Z").toLocaleDateString(lang, {
      year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }));
    time.dateTime = record.date;
    when.append(time);
    if (record.meeting) when.append(" · " + record.meeting);
    item.append(title, kind, when, element("p", "lv-news-list__text", record.description));
    return item;
  }

  function enhanceStatements(nav, number) {
    var list = document.querySelector("[data-lv-statements]");
    var pagination = document.querySelector(".lv-pagination");
    var ui = buildForm(nav, number);
    var results = element("ul", "lv-news-list lv-statements");
    results.hidden = true;
    ui.status.after(results);
    // Dates as the site writes them (Babel's lv and en_GB: "2026. gada 12. marts", "12 March 2026").
    var lang = { lv: "lv", en: "en-GB" }[document.documentElement.lang] || "lv";
    var records = null;
    function load() {
      if (!records) {
        records = fetch(nav.getAttribute("data-lv-source"), { credentials: "same-origin" })
          .then(function (response) {
            if (!response.ok) throw new Error(response.status);
            return response.json();
          });
      }
      return records;
    }
    function original(shown) {
      if (list) list.hidden = !shown;
      if (pagination) pagination.hidden = !shown;
      results.hidden = shown;
    }
    function apply() {
      var values = chosen(ui.selects);
      if (!Object.keys(values).length) {
        original(true);
        ui.status.textContent = "";
        return;
      }
      load().then(function (all) {
        var found = all.filter(function (record) {
          return (!values.type || record.type === values.type)
            && (!values.priority || record.priorities.indexOf(values.priority) >= 0)
            && (!values.year || record.date.slice(0, 4) === values.year);
        });
        results.replaceChildren.apply(results, found.map(function (record) { return statementItem(record, lang); }));
        original(false);
        say(nav, ui.status, found.length);
      }).catch(function () {
        /* The data could not be read: the plain filter links above still work. */
        original(true);
        ui.form.hidden = true;
      });
    }
    ui.form.addEventListener("change", apply);
    ui.form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  }

  document.querySelectorAll("[data-lv-filter][data-lv-enhance]").forEach(function (nav, number) {
    if (nav.getAttribute("data-lv-filter") === "votes") enhanceVotes(nav, number);
    else enhanceStatements(nav, number);
  });
})();
