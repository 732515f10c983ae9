// Conveniences only: every feature here also works without JavaScript.
"use strict";

// Each convenience stands alone: one that fails on an unforeseen page or address leaves the others working.
const enhance = (feature) => {
    try {
        feature();
    } catch (error) {
        console.error(error);
    }
};

// The element an address's fragment names (a paragraph, a row, an account's heading), or null. A fragment that is not
// valid percent-encoding (a mistyped or hostile address, "#%E0") names nothing.
const elementNamedBy = (hash) => {
    try {
        return hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    } catch {
        return null;
    }
};

// Paragraph links: a click copies the paragraph's stable link instead of following it, and says so.
enhance(() => {
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
});

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
enhance(() => {
    const target = document.querySelector(".permalink-context .paragraph.is-target");
    if (target && !window.location.hash) {
        target.scrollIntoView({ block: "center" });
    }
});

// Comparison: a paragraph hovered or focused lights up its counterparts in the other accounts, and
// so does the paragraph a link or the address points at.
enhance(() => {
    const lit = new Set();
    const clear = () => {
        lit.forEach((element) => element.classList.remove("is-counterpart"));
        lit.clear();
    };
    const light = (paragraph) => {
        clear();
        const ids = paragraph && paragraph.dataset.counterparts;
        if (!ids) {
            return;
        }
        ids.split(" ").forEach((id) => {
            const other = document.getElementById(id);
            if (other) {
                other.classList.add("is-counterpart");
                lit.add(other);
            }
        });
    };
    // A paragraph's counterpart links stand just after it, in a line of their own that names it.
    const paragraphOf = (target) => {
        if (!(target instanceof Element)) {
            return null;
        }
        const line = target.closest(".counterparts[data-for]");
        const paragraph = line ? document.getElementById(line.dataset.for) : target.closest(".paragraph");
        return paragraph && paragraph.matches("[data-counterparts]") ? paragraph : null;
    };

    // Where the keyboard is, the reader is: the page scrolling a focused link into view moves content
    // under a resting pointer, which must not take the highlight away.
    const keyboardIsIn = () => {
        const active = document.activeElement;
        return active instanceof Element && active.matches(":focus-visible") && paragraphOf(active) !== null;
    };
    document.addEventListener("mouseover", (event) => {
        const paragraph = paragraphOf(event.target);
        if (paragraph && !keyboardIsIn()) {
            light(paragraph);
        }
    });
    document.addEventListener("mouseout", (event) => {
        const paragraph = paragraphOf(event.target);
        if (paragraph && !paragraph.contains(event.relatedTarget) && !keyboardIsIn()) {
            clear();
        }
    });
    document.addEventListener("focusin", (event) => light(paragraphOf(event.target)));
    document.addEventListener("focusout", (event) => {
        if (!paragraphOf(event.relatedTarget)) {
            clear();
        }
    });
    const fromAddress = () => {
        const target = elementNamedBy(window.location.hash);
        light(target && target.matches(".paragraph") ? target : null);
    };
    window.addEventListener("hashchange", fromAddress);
    fromAddress();
});

// On a narrow screen, the account switch shows one account at a time and keeps the reader's place:
// the paragraph at the top of the screen gives way to its counterpart in the chosen account.
enhance(() => {
    const switcher = document.querySelector(".account-switch");
    if (!switcher) {
        return;
    }
    const narrow = window.matchMedia("(max-width: 59.99rem)");
    const buttons = [...switcher.querySelectorAll("a[data-account]")];
    const accountOf = (element) => element.closest("[data-account]")?.dataset.account;

    const show = (account) => {
        document.querySelectorAll("main [data-account]").forEach((element) => {
            if (element.closest(".account-switch")) {
                return;
            }
            element.classList.toggle("is-switched-away", element.dataset.account !== account);
        });
        buttons.forEach((button) => button.setAttribute("aria-current", String(button.dataset.account === account)));
    };
    const reset = () => {
        document.querySelectorAll(".is-switched-away").forEach((element) => element.classList.remove("is-switched-away"));
        buttons.forEach((button) => button.removeAttribute("aria-current"));
    };

    // The first paragraph whose bottom is below the sticky switch: where the reader is.
    const placeOf = () => {
        const top = switcher.getBoundingClientRect().bottom;
        return [...document.querySelectorAll("main .paragraph")]
            .find((paragraph) => paragraph.offsetParent !== null && paragraph.getBoundingClientRect().bottom > top);
    };

    // What an address or a link names, hidden with an account not shown, is shown by showing its account: the one it
    // sits in or, for an aligned row, the first with a paragraph in it. Says whether it had to.
    const reveal = (target) => {
        if (!target || !narrow.matches || target.getClientRects().length > 0) {
            return false;
        }
        const account = accountOf(target) ?? target.querySelector("[data-account]:not(.is-empty)")?.dataset.account;
        if (!buttons.some((button) => button.dataset.account === account)) {
            return false;
        }
        show(account);
        return true;
    };
    // The browser does not scroll to an element that was hidden when the address named it.
    const revealAddressed = () => {
        const target = elementNamedBy(window.location.hash);
        if (reveal(target)) {
            target.scrollIntoView({ block: "start" });
        }
    };

    // A link into this page (a counterpart, a difference, a mark of the overview): show the account it leads to, then
    // let the browser follow it.
    document.addEventListener("click", (event) => {
        const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
        if (link && !event.defaultPrevented && link.hash && link.href.split("#")[0] === window.location.href.split("#")[0]) {
            reveal(elementNamedBy(link.hash));
        }
    });

    switcher.addEventListener("click", (event) => {
        const button = event.target instanceof Element ? event.target.closest("a[data-account]") : null;
        if (!button || !narrow.matches) {
            return; // a plain jump to the account's heading
        }
        event.preventDefault();
        const account = button.dataset.account;
        const here = placeOf();
        let destination = null;
        if (here && accountOf(here) !== account) {
            // Its counterpart in the chosen account, else the nearest paragraph of that account that has one.
            const ids = (here.dataset.counterparts || "").split(" ").filter(Boolean);
            destination = ids.map((id) => document.getElementById(id)).find((other) => other && accountOf(other) === account) || null;
        }
        show(account);
        if (destination) {
            destination.scrollIntoView({ block: "start" });
        } else if (!here) {
            document.getElementById(`${account}-title`)?.scrollIntoView({ block: "start" });
        }
    });

    // Paragraphs scroll to just below the switch, which takes more than one line when its accounts do not fit in one.
    const measure = () => document.documentElement.style.setProperty("--account-switch-height", `${switcher.offsetHeight}px`);
    window.addEventListener("resize", measure);

    const apply = () => {
        measure();
        if (narrow.matches && buttons.length > 1) {
            const current = buttons.find((button) => button.getAttribute("aria-current") === "true") || buttons[0];
            show(current.dataset.account);
        } else {
            reset();
        }
    };
    narrow.addEventListener("change", apply);
    apply();
    // A search hit, a paragraph page's "Compare them side by side" or a shared link may point into any account.
    revealAddressed();
    window.addEventListener("hashchange", revealAddressed);
});
