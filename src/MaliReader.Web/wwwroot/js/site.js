// Conveniences only: every feature here also works without JavaScript.
"use strict";

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
