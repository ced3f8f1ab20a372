// Staff and admin pages. Loaded as a file (no inline script: a Content-Security-Policy will forbid it).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
    // Filters that apply as soon as they change.
    for (const field of document.querySelectorAll("[data-autosubmit]")) {
        field.addEventListener("change", () => field.form?.requestSubmit());
    }

    // Print buttons (a staff case page); a printed case shows the rows behind its results unfolded.
    for (const button of document.querySelectorAll("[data-print]")) {
        button.addEventListener("click", () => window.print());
    }
    window.addEventListener("beforeprint", () => {
        for (const details of document.querySelectorAll("details.rules")) details.open = true;
    });

    // The unit shown beside a row's value follows the chosen key.
    for (const select of document.querySelectorAll("select[data-unit-target]")) {
        const target = document.getElementById(select.dataset.unitTarget);
        if (!target) continue;
        select.addEventListener("change", () => {
            target.textContent = select.selectedOptions[0]?.dataset.unit || "—";
        });
    }
});
