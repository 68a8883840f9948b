// banmian web reader: small progressive enhancements; every page works without JavaScript.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Copy citation.
  for (const btn of document.querySelectorAll("button[data-copy]")) {
    btn.addEventListener("click", async () => {
      const text = document.getElementById(btn.dataset.copy).textContent.trim();
      const status = btn.parentElement.querySelector("[role=status]");
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = "已复制";
      } catch (e) {
        // Clipboard API needs a secure context; fall back to selecting the text for Ctrl+C.
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(btn.dataset.copy));
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        if (status) status.textContent = "已选中，按 Ctrl+C 复制";
      }
    });
  }

  // Page view: hovering or focusing an article (region, list entry or raw line) highlights its other views.
  const byArt = new Map();
  for (const el of document.querySelectorAll("[data-art]")) {
    const k = el.dataset.art;
    if (!byArt.has(k)) byArt.set(k, []);
    byArt.get(k).push(el);
  }
  const mark = (k, on) => { for (const el of byArt.get(k) || []) el.classList.toggle("hl", on); };
  for (const [k, els] of byArt) {
    for (const el of els) {
      el.addEventListener("mouseenter", () => mark(k, true));
      el.addEventListener("mouseleave", () => mark(k, false));
      el.addEventListener("focusin", () => mark(k, true));
      el.addEventListener("focusout", () => mark(k, false));
    }
  }
  if (location.hash.startsWith("#t-")) mark(location.hash.slice(3), true);

  // Upload: drag and drop onto the file box, and a progress bar while the files are sent.
  for (const drop of document.querySelectorAll("[data-drop]")) {
    const input = document.getElementById(drop.dataset.drop);
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      input.files = e.dataTransfer.files;
    });
  }
  const form = document.getElementById("upload");
  const bar = document.getElementById("upload-progress");
  if (form && bar && window.XMLHttpRequest) {
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      xhr.upload.addEventListener("progress", (ev) => {
        if (ev.lengthComputable) bar.value = Math.round((100 * ev.loaded) / ev.total);
      });
      xhr.addEventListener("load", () => {
        // The server answers with the full result page; show it as a normal navigation would.
        document.open();
        document.write(xhr.responseText);
        document.close();
      });
      xhr.addEventListener("error", () => { bar.hidden = true; form.submit(); });
      xhr.send(new FormData(form));
    });
  }
});
