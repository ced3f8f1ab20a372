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

    for (const section of document.querySelectorAll("[data-impact-status]")) followImpact(section);
});

// An impact preview running in the background (_ImpactProgress): polls its status, moves the bar and
// its live text, and puts the result in the bar's place when done. Without JavaScript the page
// reloads instead (a noscript refresh), so this only has to keep the form as typed: it never reloads.
function followImpact(section) {
    const bar = section.querySelector("progress");
    const text = section.querySelector("#impact-progress-text");
    const poll = async () => {
        let status;
        try {
            const response = await fetch(section.dataset.impactStatus, { headers: { Accept: "application/json" }, credentials: "same-origin" });
            if (!(response.headers.get("Content-Type") || "").includes("json")) return; // signed out: the next action asks to sign in
            status = await response.json();
            if (!response.ok) {
                if (text) text.textContent = status.title || String(response.status);
                return;
            }
        } catch {
            setTimeout(poll, 3000);
            return;
        }
        if (bar && status.total !== null) {
            bar.max = Math.max(status.total, 1);
            bar.value = status.checked;
            bar.textContent = status.checked + " / " + status.total;
        }
        if (text) text.textContent = status.text;
        if (!status.done) {
            setTimeout(poll, 1000);
            return;
        }
        const result = await fetch(section.dataset.impactResult, { credentials: "same-origin" });
        if (result.ok) section.outerHTML = await result.text();
    };
    setTimeout(poll, 500);
}
