// Progressive enhancement shared by every page; the pages work without it. No inline script anywhere,
// so a strict Content-Security-Policy can forbid it.
(function () {
    'use strict';
    document.documentElement.classList.add('js');

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target.closest('[data-print]') : null;
        if (target) {
            window.print();
        }
    });

    // Move focus to the error summary so the errors are read out first.
    document.addEventListener('DOMContentLoaded', function () {
        var summary = document.getElementById('error-summary');
        if (summary) {
            summary.focus();
        }
    });
})();
