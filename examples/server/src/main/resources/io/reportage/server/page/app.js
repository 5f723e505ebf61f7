// Reportage page: sends the article to POST /v1/analyze and draws the reportage/1 answer.
// Plain JavaScript, no libraries; everything it shows comes from the public JSON API.
"use strict";

(function () {
  const PALETTE_SIZE = 10;
  const $ = (id) => document.getElementById(id);

  const state = {
    text: "",          // the exact string analysed: offsets index into it
    result: null,      // the parsed reportage/1 object
    raw: "",           // the service's answer as received, for the download
    entities: new Map(),
    quotes: new Map(),
    events: new Map(),
    colours: new Map(), // speaker id -> palette index
    speaker: null,     // the chosen speaker id, or null for all
  };

  // ---------------------------------------------------------------- helpers

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function words(constant) {
    const text = String(constant).toLowerCase().replace(/_/g, " ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function setStatus(message, isError) {
    const status = $("status");
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
  }

  // ------------------------------------------------------------ entities

  /** The name to show: the entity's name, else how the article refers to it ("a senior official"). */
  function displayName(entity) {
    if (!entity) return "unknown speaker";
    if (entity.name) return entity.name;
    const role = entity.mentions.find((m) => m.kind === "ROLE") || entity.mentions[0];
    if (role) return role.text;
    if (entity.roles.length) return entity.roles[0].title;
    return entity.id;
  }

  /** "spokesman, Kremlin; former minister" */
  function rolesText(entity) {
    if (!entity) return "";
    const seen = new Set();
    const parts = [];
    for (const role of entity.roles) {
      const organisation = role.organization ? state.entities.get(role.organization) : null;
      const text = (role.former ? "former " : "") + role.title + (organisation ? ", " + displayName(organisation) : "");
      if (!seen.has(text)) {
        seen.add(text);
        parts.push(text);
      }
    }
    return parts.join("; ");
  }

  function colourClass(speakerId) {
    return speakerId && state.colours.has(speakerId) ? "spk-" + state.colours.get(speakerId) : "spk-none";
  }

  // -------------------------------------------------------------- layout

  /**
   * Builds a tree of non-crossing spans. Items are inserted level by level (structure, then quotes,
   * then entity mentions and event triggers); an item that would cross an item already placed is
   * not drawn in the text (it is still listed in the panels).
   */
  function buildTree(length, items) {
    const root = { start: 0, end: length, children: [] };
    items
      .filter((item) => item.start < item.end && item.start >= 0 && item.end <= length)
      .sort((a, b) => a.level - b.level || a.start - b.start || b.end - a.end)
      .forEach((item) => insert(root, Object.assign({ children: [] }, item)));
    return root;
  }

  function insert(node, item) {
    const overlapping = node.children.filter((c) => c.start < item.end && item.start < c.end);
    if (overlapping.length === 1 && overlapping[0].start <= item.start && item.end <= overlapping[0].end) {
      return insert(overlapping[0], item);
    }
    if (overlapping.every((c) => item.start <= c.start && c.end <= item.end)) {
      item.children = overlapping;
      node.children = node.children.filter((c) => !overlapping.includes(c));
      node.children.push(item);
      node.children.sort((a, b) => a.start - b.start);
      return true;
    }
    return false;
  }

  function render(node, parent) {
    let position = node.start;
    for (const child of node.children) {
      if (child.start > position) parent.append(state.text.slice(position, child.start));
      const element = child.make();
      render(child, element);
      parent.append(element);
      position = child.end;
    }
    if (position < node.end) parent.append(state.text.slice(position, node.end));
  }

  function spanItems(result) {
    const items = [];
    const text = state.text;
    if (result.body.start > 0) {
      items.push({ level: 0, start: 0, end: result.body.start, make: () => el("span", { class: "headline-block" }) });
    }
    items.push({ level: 0, start: result.body.start, end: result.body.end, make: () => el("span", { class: "body" }) });
    for (const part of result.boilerplate) {
      items.push({
        level: 0, start: part.start, end: part.end,
        make: () => el("span", { class: "boilerplate boilerplate-block", "data-kind": part.kind, "data-kind-label": words(part.kind) }),
      });
    }
    if (result.headline) items.push({ level: 1, start: result.headline.start, end: result.headline.end, make: () => el("span", { class: "headline" }) });
    if (result.source) items.push({ level: 1, start: result.source.start, end: result.source.end, make: () => el("span", { class: "source" }) });
    for (const quote of result.quotes) {
      items.push({ level: 2, start: quote.start, end: quote.end, make: () => quoteElement(quote) });
    }
    for (const entity of result.entities) {
      for (const mention of entity.mentions) {
        items.push({
          level: 3, start: mention.start, end: mention.end,
          make: () => el("span", { class: "ent ent-" + entity.type.toLowerCase(), "data-entity-id": entity.id }),
        });
      }
    }
    for (const event of result.events) {
      items.push({
        level: 3, start: event.trigger.start, end: event.trigger.end,
        make: () => el("span", { class: "trigger", id: "trigger-" + event.id, "data-trigger-of": event.id, tabindex: "-1" }),
      });
    }
    return items.filter((item) => item.end <= text.length);
  }

  function quoteElement(quote) {
    return el("span", {
      class: "quote kind-" + quote.kind.toLowerCase() + " " + colourClass(quote.speaker),
      "data-quote-id": quote.id,
      "data-speaker-id": quote.speaker,
      tabindex: "0",
      "aria-describedby": "tooltip",
    });
  }

  // -------------------------------------------------------------- panels

  function speakerList(result) {
    const counts = new Map();
    for (const quote of result.quotes) {
      if (quote.speaker) counts.set(quote.speaker, (counts.get(quote.speaker) || 0) + 1);
    }
    // Colours in order of first quote, so the article reads top-down in a stable palette.
    for (const quote of result.quotes) {
      if (quote.speaker && !state.colours.has(quote.speaker)) {
        state.colours.set(quote.speaker, state.colours.size % PALETTE_SIZE);
      }
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || state.colours.get(a[0]) - state.colours.get(b[0]));
  }

  function renderSpeakers(result) {
    const panel = $("speakers");
    panel.replaceChildren();
    const speakers = speakerList(result);
    const unattributed = result.quotes.filter((q) => !q.speaker).length;
    panel.append(speakerButton(null, "All speakers", result.quotes.length + " quotes", ""));
    for (const [id, count] of speakers) {
      const entity = state.entities.get(id);
      panel.append(speakerButton(id, displayName(entity), count + (count === 1 ? " quote" : " quotes"), rolesText(entity)));
    }
    if (unattributed) {
      panel.append(el("p", { class: "help", text: unattributed + (unattributed === 1 ? " quote has" : " quotes have") + " no speaker." }));
    }
    if (!speakers.length) panel.append(el("p", { class: "help", text: "No quote has a speaker." }));
  }

  function speakerButton(id, name, count, roles) {
    const button = el("button", {
      type: "button",
      class: "speaker " + (id ? colourClass(id) : "all"),
      "data-speaker-id": id,
      "aria-pressed": String(state.speaker === id),
    },
    el("span", { class: "swatch", "aria-hidden": "true" }),
    el("span", { class: "name", text: name }),
    el("span", { class: "quotes-of", text: count }),
    roles ? el("span", { class: "roles", text: roles }) : null);
    button.addEventListener("click", () => chooseSpeaker(id));
    return button;
  }

  function chooseSpeaker(id) {
    state.speaker = id;
    for (const button of document.querySelectorAll("#speakers .speaker")) {
      button.setAttribute("aria-pressed", String((button.getAttribute("data-speaker-id") || null) === id));
    }
    $("text").classList.toggle("filtering", id !== null);
    for (const node of document.querySelectorAll("#text [data-quote-id]")) {
      node.classList.toggle("muted", id !== null && node.getAttribute("data-speaker-id") !== id);
    }
    let shown = 0;
    for (const item of document.querySelectorAll("#quotes li")) {
      const visible = id === null || item.getAttribute("data-speaker-id") === id;
      item.hidden = !visible;
      if (visible) shown++;
    }
    $("quote-count").textContent = id === null ? "(" + state.result.quotes.length + ")"
      : "(" + shown + " of " + state.result.quotes.length + ", " + displayName(state.entities.get(id)) + ")";
  }

  function renderQuotes(result) {
    const list = $("quotes");
    list.replaceChildren();
    for (const quote of result.quotes) {
      const speaker = quote.speaker ? state.entities.get(quote.speaker) : null;
      const meta = [words(quote.kind)];
      if (quote.cue) meta.push("cue “" + quote.cue.text + "”");
      if (quote.via) meta.push("via " + displayName(state.entities.get(quote.via)));
      meta.push("confidence " + quote.confidence.toFixed(2));
      const link = el("a", { href: "#", class: "who", text: speaker ? displayName(speaker) : "No speaker" });
      link.addEventListener("click", (event) => {
        event.preventDefault();
        reveal(document.querySelector('#text [data-quote-id="' + quote.id + '"]'));
      });
      list.append(el("li", { "data-quote-id": quote.id, "data-speaker-id": quote.speaker, class: colourClass(quote.speaker) },
        link,
        el("span", { class: "qtext", text: quote.text }),
        el("span", { class: "meta", text: meta.join(" · ") })));
    }
    $("quote-count").textContent = "(" + result.quotes.length + ")";
  }

  function renderEvents(result) {
    const list = $("events");
    list.replaceChildren();
    for (const event of result.events) {
      const participants = event.arguments.map((a) => a.role + ": " + (a.entity ? displayName(state.entities.get(a.entity)) : a.text));
      const details = [];
      if (participants.length) details.push(participants.join("; "));
      if (event.time) details.push("time: " + event.time.text + (event.time.value ? " (" + event.time.value + ")" : ""));
      const link = el("a", { href: "#trigger-" + event.id, class: "type", text: words(event.type) });
      link.addEventListener("click", (click) => {
        click.preventDefault();
        reveal($("trigger-" + event.id));
      });
      list.append(el("li", { "data-event-id": event.id },
        link,
        el("span", { class: "status", text: words(event.status) }),
        " “" + event.trigger.text + "”",
        details.length ? el("span", { class: "meta", text: details.join(" · ") }) : null));
    }
    $("event-count").textContent = "(" + result.events.length + ")";
  }

  function renderEntities(result) {
    const panel = $("entities");
    panel.replaceChildren();
    const groups = [["PERSON", "People"], ["ORGANIZATION", "Organisations"], ["LOCATION", "Places"], ["DOCUMENT", "Documents"]];
    for (const [type, title] of groups) {
      const members = result.entities.filter((e) => e.type === type);
      if (!members.length) continue;
      panel.append(el("h3", { text: title }),
        el("ul", {}, ...members.map((e) => el("li", { "data-entity-id": e.id, title: rolesText(e) || null },
          el("span", { class: "ent ent-" + type.toLowerCase(), text: displayName(e) })))));
    }
    $("entity-count").textContent = "(" + result.entities.length + ")";
  }

  /** Scrolls an element of the text into view, focuses it and flashes it. */
  function reveal(node) {
    if (!node) {
      setStatus("That passage overlaps another highlight and is not marked in the text.", false);
      return;
    }
    node.scrollIntoView({ behavior: "smooth", block: "center" });
    node.focus({ preventScroll: true });
    node.classList.add("flash");
    setTimeout(() => node.classList.remove("flash"), 1600);
  }

  // ------------------------------------------------------------- tooltip

  function describe(target) {
    const sections = [];
    const mention = target.closest(".ent");
    const trigger = target.closest(".trigger");
    const quoteNode = target.closest("[data-quote-id]");
    if (trigger) {
      const event = state.events.get(trigger.getAttribute("data-trigger-of"));
      if (event) sections.push([["Event", words(event.type)], ["Status", words(event.status)]]);
    }
    if (mention && $("text").classList.contains("entities")) {
      const entity = state.entities.get(mention.getAttribute("data-entity-id"));
      if (entity) sections.push([[words(entity.type), displayName(entity)], ["Roles", rolesText(entity) || null]]);
    }
    if (quoteNode) {
      const quote = state.quotes.get(quoteNode.getAttribute("data-quote-id"));
      if (quote) {
        const speaker = quote.speaker ? state.entities.get(quote.speaker) : null;
        sections.push([
          ["Speaker", speaker ? displayName(speaker) : "none found"],
          ["Roles", speaker ? rolesText(speaker) || null : null],
          ["Quote", words(quote.kind)],
          ["Cue", quote.cue ? "“" + quote.cue.text + "”" : "none"],
          ["Via", quote.via ? displayName(state.entities.get(quote.via)) : null],
          ["Rule", quote.rule],
          ["Confidence", quote.confidence.toFixed(2)],
        ]);
      }
    }
    return sections;
  }

  function showTooltip(target) {
    const tooltip = $("tooltip");
    const sections = describe(target);
    if (!sections.length) {
      hideTooltip();
      return;
    }
    tooltip.replaceChildren(...sections.map((rows) => el("div", { class: "section" },
      el("dl", {}, ...rows.filter(([, value]) => value).flatMap(([name, value]) => [el("dt", { text: name }), el("dd", { text: value })])))));
    tooltip.hidden = false;
    const box = target.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 8));
    tooltip.style.left = left + "px";
    tooltip.style.top = (window.scrollY + box.bottom + 6) + "px";
  }

  function hideTooltip() {
    $("tooltip").hidden = true;
  }

  // ------------------------------------------------------------ analysis

  function show(result, raw) {
    state.result = result;
    state.raw = raw;
    state.entities = new Map(result.entities.map((e) => [e.id, e]));
    state.quotes = new Map(result.quotes.map((q) => [q.id, q]));
    state.events = new Map(result.events.map((e) => [e.id, e]));
    state.colours = new Map();
    state.speaker = null;
    renderSpeakers(result);
    const view = $("text");
    view.replaceChildren();
    view.classList.toggle("entities", $("show-entities").checked);
    render(buildTree(state.text.length, spanItems(result)), view);
    renderQuotes(result);
    renderEvents(result);
    renderEntities(result);
    chooseSpeaker(null);
    $("result").hidden = false;
    $("download").disabled = false;
  }

  async function analyze() {
    const text = $("article").value;
    if (!text.trim()) {
      setStatus("Paste an article, or choose an example, before pressing Analyze.", true);
      $("article").focus();
      return;
    }
    const request = { text };
    if ($("published").value) request.published = $("published").value;
    if ($("example").value && text === exampleText) request.doc = $("example").value + ".txt";
    const button = $("analyze");
    button.disabled = true;
    setStatus("Analysing…", false);
    try {
      const response = await fetch("/v1/analyze", {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8" },
        body: JSON.stringify(request),
      });
      const raw = await response.text();
      if (!response.ok) {
        setStatus(errorMessage(response.status, raw), true);
        return;
      }
      state.text = text;
      const result = JSON.parse(raw);
      show(result, raw);
      setStatus("Found " + result.entities.length + " entities, " + result.quotes.length + " quotes and "
        + result.events.length + " events.", false);
    } catch (failure) {
      setStatus("The service could not be reached (" + failure.message + "). Is the server still running?", true);
    } finally {
      button.disabled = false;
    }
  }

  function errorMessage(status, raw) {
    try {
      const error = JSON.parse(raw).error;
      if (error && error.message) return "The service refused the article (" + status + "): " + error.message + ".";
    } catch (ignored) {
      // not the service's JSON error: fall through
    }
    return "The service answered with status " + status + ".";
  }

  function download() {
    if (!state.raw) return;
    const blob = new Blob([state.raw], { type: "application/json" });
    const link = el("a", { href: URL.createObjectURL(blob), download: (state.result.doc || "article").replace(/\.txt$/, "") + ".reportage.json" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  // ------------------------------------------------------------ examples

  let exampleText = null;

  async function loadExampleList() {
    try {
      const response = await fetch("/v1/examples");
      if (!response.ok) return;
      const list = await response.json();
      for (const example of list.examples) {
        $("example").append(el("option", { value: example.name, text: example.title }));
      }
    } catch (ignored) {
      // the page works without examples
    }
  }

  async function chooseExample() {
    const name = $("example").value;
    if (!name) return;
    setStatus("Loading the example…", false);
    try {
      const response = await fetch("/v1/examples/" + encodeURIComponent(name));
      if (!response.ok) {
        setStatus("The example could not be loaded (" + response.status + ").", true);
        return;
      }
      exampleText = await response.text();
      $("article").value = exampleText;
      setStatus("Example loaded: press Analyze.", false);
    } catch (failure) {
      setStatus("The service could not be reached (" + failure.message + ").", true);
    }
  }

  // --------------------------------------------------------------- start

  document.addEventListener("DOMContentLoaded", () => {
    $("analyze").addEventListener("click", analyze);
    $("download").addEventListener("click", download);
    $("example").addEventListener("change", chooseExample);
    $("article").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) analyze();
    });
    $("show-entities").addEventListener("change", (event) => $("text").classList.toggle("entities", event.target.checked));
    const view = $("text");
    view.addEventListener("mouseover", (event) => showTooltip(event.target));
    view.addEventListener("mouseleave", hideTooltip);
    view.addEventListener("focusin", (event) => showTooltip(event.target));
    view.addEventListener("focusout", hideTooltip);
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") hideTooltip();
    });
    loadExampleList();
  });
})();
