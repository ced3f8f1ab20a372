// The check form, enhanced: period rows are added and removed in the page instead of by a round-trip.
// Without this file the same buttons submit to the page's AddRow/RemoveRow handlers. Which questions
// show (tier, gap reason, the rows under "never insured") is the stylesheet's work, script or not.
(function () {
    'use strict';
    var form = document.getElementById('check-form');
    if (!form) {
        return;
    }
    var list = document.getElementById('period-rows');
    var template = document.getElementById('period-row-template');
    var live = document.getElementById('periods-live');
    var addButton = document.getElementById('add-row');
    var maxRows = parseInt(form.getAttribute('data-max-rows') || '60', 10);

    function rows() {
        return Array.prototype.slice.call(list.children).filter(function (el) {
            return el.classList.contains('period-row');
        });
    }

    // Field names must stay periods[0..n-1] for the server to bind the list, and ids, labels and
    // error references must follow them, so every row is renumbered after each change.
    function renumber() {
        rows().forEach(function (row, i) {
            var n = String(i + 1);
            row.querySelectorAll('[name^="periods["]').forEach(function (el) {
                el.name = el.name.replace(/^periods\[[^\]]*\]/, 'periods[' + i + ']');
            });
            row.querySelectorAll('[id^="periods-"]').forEach(function (el) {
                el.id = el.id.replace(/^periods-[^-]+(?=-|$)/, 'periods-' + i);
            });
            row.querySelectorAll('label[for^="periods-"]').forEach(function (el) {
                el.htmlFor = el.htmlFor.replace(/^periods-[^-]+-/, 'periods-' + i + '-');
            });
            row.querySelectorAll('[aria-describedby]').forEach(function (el) {
                el.setAttribute('aria-describedby', el.getAttribute('aria-describedby').replace(/periods-[^-\s]+(?=-)/g, 'periods-' + i));
            });
            row.querySelectorAll('[data-template]').forEach(function (el) {
                el.textContent = el.getAttribute('data-template').replace('__n__', n);
            });
            row.querySelectorAll('button[name="row"]').forEach(function (el) {
                el.value = String(i);
            });
        });
        addButton.hidden = rows().length >= maxRows;
    }

    function announce(message, n) {
        if (live && message) {
            live.textContent = message.replace('__n__', String(n));
        }
    }

    addButton.addEventListener('click', function (event) {
        event.preventDefault();
        if (rows().length >= maxRows) {
            return;
        }
        list.appendChild(template.content.cloneNode(true));
        renumber();
        var all = rows();
        all[all.length - 1].querySelector('input').focus();
        announce(form.getAttribute('data-msg-added'), all.length);
    });

    list.addEventListener('click', function (event) {
        var button = event.target instanceof Element ? event.target.closest('button[name="row"]') : null;
        if (!button) {
            return;
        }
        event.preventDefault();
        var row = button.closest('.period-row');
        var index = rows().indexOf(row);
        row.remove();
        renumber();
        var remaining = rows();
        var next = remaining[Math.min(index, remaining.length - 1)];
        (next ? next.querySelector('input') : addButton).focus();
        announce(form.getAttribute('data-msg-removed'), remaining.length);
    });
})();
