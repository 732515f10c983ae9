// Conveniences only: every feature here also works without JavaScript.
"use strict";

// Paragraph links: a click copies the paragraph's stable link instead of following it, and says so.
(() => {
    if (!navigator.clipboard || !window.isSecureContext) {
        return; // the link is simply followed
    }
    const status = document.createElement("p");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    document.body.append(status);
    let clearTimer = 0;

    const announce = (message) => {
        status.textContent = message;
        clearTimeout(clearTimer);
        clearTimer = setTimeout(() => { status.textContent = ""; }, 2500);
    };

    document.addEventListener("click", async (event) => {
        const link = event.target instanceof Element ? event.target.closest("a.paragraph-link") : null;
        // Modified clicks keep their usual meaning (new tab, new window, download).
        if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
            return;
        }
        event.preventDefault();
        try {
            await navigator.clipboard.writeText(link.href);
            announce("Link copied");
        } catch {
            window.location.assign(link.href);
        }
    });
})();

// Search: "/" puts the cursor in the search box, unless the reader is already typing somewhere.
document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
        return;
    }
    const active = document.activeElement;
    if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) {
        return;
    }
    const box = document.getElementById("site-search");
    if (box) {
        event.preventDefault();
        box.focus();
        box.select();
    }
});

// A paragraph page opens at its paragraph in the article, highlighted among its neighbours. Without
// JavaScript the quote at the top shows it, and a link leads down to it.
(() => {
    const target = document.querySelector(".permalink-context .paragraph.is-target");
    if (target && !window.location.hash) {
        target.scrollIntoView({ block: "center" });
    }
})();
