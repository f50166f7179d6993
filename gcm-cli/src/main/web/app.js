// The validation page of gcm serve. No library and nothing from elsewhere: the server sends the
// report in the chosen language, this script lays it out.
"use strict";
(function () {
  const M = window.GCM_MESSAGES;
  const $ = (id) => document.getElementById(id);
  const state = { language: "en", files: null, body: null, name: null, answer: null };

  function t(key, values) {
    let text = (M[state.language] || M.en)[key] || M.en[key] || key;
    for (const [k, v] of Object.entries(values || {})) {
      text = text.split("{" + k + "}").join(String(v));
    }
    return text;
  }

  function el(tag, attributes, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes || {})) {
      if (k === "class") e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  function setLanguage(tag) {
    state.language = M[tag] ? tag : "en";
    document.documentElement.lang = state.language;
    document.documentElement.dir = state.language === "ar" ? "rtl" : "ltr";
    $("language").value = state.language;
    for (const e of document.querySelectorAll("[data-text]")) e.textContent = t(e.dataset.text);
    document.title = "gcm: " + t("title");
  }

  function browserLanguage() {
    for (const tag of navigator.languages || [navigator.language || "en"]) {
      const primary = tag.toLowerCase().split("-")[0];
      if (M[primary]) return primary;
    }
    return "en";
  }

  // A zip archive of the chosen CSV files and their datapackage.json, stored without compression:
  // the server reads a package from one archive.
  const CRC = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return (bytes) => {
      let c = 0xffffffff;
      for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
      return (c ^ 0xffffffff) >>> 0;
    };
  })();

  async function zip(files) {
    const parts = [];
    const central = [];
    let offset = 0;
    for (const file of files) {
      const name = new TextEncoder().encode(file.name);
      const data = new Uint8Array(await file.arrayBuffer());
      const crc = CRC(data);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x0800, true);
      local.setUint16(12, 0x21, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, data.length, true);
      local.setUint16(26, name.length, true);
      parts.push(local, name, data);
      const entry = new DataView(new ArrayBuffer(46));
      entry.setUint32(0, 0x02014b50, true);
      entry.setUint16(4, 20, true);
      entry.setUint16(6, 20, true);
      entry.setUint16(8, 0x0800, true);
      entry.setUint16(14, 0x21, true);
      entry.setUint32(16, crc, true);
      entry.setUint32(20, data.length, true);
      entry.setUint32(24, data.length, true);
      entry.setUint16(28, name.length, true);
      entry.setUint32(42, offset, true);
      central.push(entry, name);
      offset += 30 + name.length + data.length;
    }
    const size = central.reduce((s, p) => s + p.byteLength, 0);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, files.length, true);
    end.setUint16(10, files.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return new Blob([...parts, ...central, end], { type: "application/zip" });
  }

  async function upload() {
    const files = state.files || Array.from($("file").files);
    if (!files.length) {
      fail(t("noFile"));
      return;
    }
    const single = files.length === 1 && /\.(json|jsonl|ndjson|zip)$/i.test(files[0].name);
    state.name = single ? files[0].name : "package.zip";
    state.body = single ? files[0] : await zip(files);
    await check();
  }

  // onAnswer hears the answer's text as it arrives: the check sends events while it goes on.
  function post(path, responseType, onUpload, onAnswer) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", path);
      xhr.responseType = responseType;
      if (onAnswer) {
        xhr.setRequestHeader("Accept", "application/x-ndjson");
        xhr.onprogress = () => xhr.status === 200 && onAnswer(xhr.responseText);
      }
      if (onUpload) {
        xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(e.loaded / e.total);
        xhr.upload.onload = () => onUpload(null);
      }
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new Error("network"));
      xhr.send(state.body);
    });
  }

  // Reads the events of an answer, one JSON object per line, as its text grows: each whole line
  // once, in order.
  function eventReader(onEvent) {
    let done = 0;
    return (text) => {
      for (let end = text.indexOf("\n", done); end >= 0; end = text.indexOf("\n", done)) {
        const line = text.slice(done, end);
        done = end + 1;
        if (line.trim()) onEvent(JSON.parse(line));
      }
    };
  }

  async function problemText(xhr) {
    let body = xhr.response;
    if (body instanceof Blob) body = await body.text();
    if (typeof body === "string") {
      try { body = JSON.parse(body); } catch (e) { return body; }
    }
    return (body && body.detail) || xhr.status + " " + xhr.statusText;
  }

  async function check() {
    $("failure").hidden = true;
    $("results").hidden = true;
    const progress = $("progress");
    $("progress-area").hidden = false;
    $("progress-label").textContent = t("uploading");
    $("progress-detail").textContent = "";
    const first = $("first-problems");
    first.hidden = true;
    first.querySelector("ul").replaceChildren();
    progress.value = 0;
    let last = null;
    const read = eventReader((event) => {
      if (event.progress) {
        const p = event.progress;
        const percent = p.bytesTotal > 0 ? Math.floor((100 * p.bytesRead) / p.bytesTotal) : 0;
        progress.value = percent;
        $("progress-detail").textContent =
          t("checked", { percent: percent, records: p.records.toLocaleString(state.language) });
      } else if (event.problem) {
        const v = event.problem;
        first.querySelector("ul").append(el("li", { class: "problem " + v.severity },
          el("p", { class: "message" }, el("code", { dir: "ltr" }, v.code), " ", v.message), place(v)));
        first.hidden = false;
      } else {
        last = event;
      }
    });
    const query = "?name=" + encodeURIComponent(state.name) + "&lang=" + state.language;
    try {
      const xhr = await post("/api/validate" + query, "text", (fraction) => {
        if (fraction === null) {
          $("progress-label").textContent = t("checking");
          progress.removeAttribute("value");
        } else {
          progress.value = Math.round(fraction * 100);
        }
      }, read);
      if (xhr.status !== 200) {
        $("progress-area").hidden = true;
        fail(t("failed", { detail: await problemText(xhr) }));
        return;
      }
      read(xhr.responseText);
      $("progress-area").hidden = true;
      if (!last || last.failure) {
        fail(t("failed", { detail: last ? last.failure.detail : xhr.statusText }));
        return;
      }
      // The whole report replaces the first problems; after a failure they stay, all there is.
      first.hidden = true;
      state.answer = last.result;
      show(state.answer);
    } catch (e) {
      $("progress-area").hidden = true;
      fail(t("failed", { detail: e.message }));
    }
  }

  function fail(text) {
    const box = $("failure");
    box.textContent = text;
    box.hidden = false;
  }

  // Each label in the page's language and direction, each value (a file name, a number, a
  // pointer) isolated left to right, so an Arabic line keeps its order.
  function place(v) {
    const at = v.location || {};
    const parts = [["file", at.file], ["line", at.line], ["column", at.column], ["pointer", v.pointer]]
      .filter(([, value]) => value);
    const p = el("p", { class: "place" });
    parts.forEach(([label, value], i) => {
      if (i > 0) p.append(t("separator"));
      p.append(t(label) + " ", el("bdi", { dir: "ltr" }, String(value)));
    });
    return p;
  }

  function lines(context) {
    const pre = el("pre", { class: "lines" });
    for (const line of context.lines) {
      const number = el("span", { class: "number" }, String(line.number).padStart(6) + "  ");
      const text = line.text;
      if (line.number === context.line && context.column > 0) {
        const at = Math.max(0, context.column - line.from);
        const rest = text.slice(at);
        const token = rest.match(/^("(?:[^"\\]|\\.)*"|[^,}\]\s]+|.)/);
        const length = token ? token[0].length : 1;
        // A block of its own, so the line after it starts below it (a newline inside an inline
        // block would put that line beside it, out of sight).
        const here = el("span", { class: "here" }, number, text.slice(0, at),
          el("mark", {}, text.slice(at, at + length)), text.slice(at + length));
        pre.append(here);
      } else {
        pre.append(number, text + (line.cut ? "…" : "") + "\n");
      }
    }
    return pre;
  }

  function row(context) {
    const table = el("table", { class: "row" });
    table.append(el("caption", { class: "visually-hidden" }, context.file + ", " + t("line") + " " + context.line));
    const head = el("tr", {}, el("th", { scope: "col" }, t("line")));
    for (const h of context.header) head.append(el("th", { scope: "col" }, h));
    const body = el("tr", {}, el("th", { scope: "row" }, String(context.line)));
    context.cells.forEach((cell, i) => {
      const td = el("td", i === context.cell ? { class: "bad" } : {}, cell);
      if (i === context.cell) td.append(el("span", { class: "visually-hidden" }, " (" + t("badCell") + ")"));
      body.append(td);
    });
    table.append(el("thead", {}, head), el("tbody", {}, body));
    return table;
  }

  function groups(section, items, answer) {
    const container = section.querySelector(".groups");
    container.replaceChildren();
    const byCode = new Map();
    for (const item of items) {
      if (!byCode.has(item.v.code)) byCode.set(item.v.code, []);
      byCode.get(item.v.code).push(item);
    }
    const counts = answer.report.countsByCode || {};
    for (const [code, list] of byCode) {
      const group = el("section", { class: "group" });
      group.append(el("h4", {}, el("code", { dir: "ltr" }, code), " (" + t("times", { count: counts[code] || list.length }) + ")"));
      if (answer.rules[code]) group.append(el("p", { class: "explanation" }, answer.rules[code]));
      for (const { v, context } of list) {
        const problem = el("div", { class: "problem" });
        problem.append(el("p", { class: "message" }, v.message), place(v));
        if (context && context.type === "lines") problem.append(lines(context));
        if (context && context.type === "row") problem.append(row(context));
        group.append(problem);
      }
      container.append(group);
    }
    section.hidden = items.length === 0;
  }

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function button(key, id, action) {
    const b = el("button", { type: "button", class: "secondary", id: id }, t(key));
    b.addEventListener("click", action);
    return b;
  }

  async function convert(to) {
    const query = "?name=" + encodeURIComponent(state.name) + "&to=" + to + "&lang=" + state.language;
    const xhr = await post("/api/convert" + query, "blob", null, null);
    if (xhr.status !== 200) {
      fail(t("failed", { detail: await problemText(xhr) }));
      return;
    }
    const disposition = xhr.getResponseHeader("Content-Disposition") || "";
    const match = disposition.match(/filename="([^"]+)"/);
    download(xhr.response, match ? match[1] : "converted." + to);
  }

  function show(answer) {
    const report = answer.report;
    const banner = $("banner");
    banner.textContent = t(report.valid ? "valid" : "invalid", { name: answer.name });
    banner.className = report.valid ? "valid" : "invalid";
    $("counts").textContent = t("counts", { errors: report.errorCount, warnings: report.warningCount });
    const items = report.violations.map((v, i) => ({ v, context: answer.contexts[i] }));
    groups($("errors"), items.filter((i) => i.v.severity === "error"), answer);
    groups($("warnings"), items.filter((i) => i.v.severity === "warning"), answer);
    const listed = report.violations.length;
    const total = report.errorCount + report.warningCount;
    const downloads = $("downloads");
    downloads.replaceChildren();
    if (total > listed) downloads.append(el("p", { class: "more" }, t("more", { count: total - listed })));
    const base = answer.name.replace(/\.[^.]+$/, "");
    downloads.append(button("downloadReport", "download-report", () =>
      download(new Blob([JSON.stringify(report, null, 2) + "\n"], { type: "application/json" }), base + ".report.json")));
    if (report.valid) {
      downloads.append(button("downloadJson", "download-json", () => convert("json")));
      downloads.append(button("downloadJsonl", "download-jsonl", () => convert("jsonl")));
      downloads.append(button("downloadCsv", "download-zip", () => convert("zip")));
    }
    $("results").hidden = false;
    banner.focus();
  }

  function init() {
    setLanguage(browserLanguage());
    $("language").addEventListener("change", () => {
      setLanguage($("language").value);
      if (state.body) check();
    });
    $("file").addEventListener("change", () => { state.files = null; });
    $("upload").addEventListener("submit", (e) => { e.preventDefault(); upload(); });
    const drop = $("drop");
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      state.files = Array.from(e.dataTransfer.files);
      upload();
    });
  }

  init();
})();
