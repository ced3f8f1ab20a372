using Microsoft.Playwright;

namespace MedInsure.Browser.Tests;

/// <summary>
/// Measurements taken in the page from computed styles and bounding boxes: text sizes, the
/// timeline's drawn text, target sizes, the focus ring's contrast, horizontal scroll. Each returns
/// what falls short, one line per element, so a failure names what to fix.
/// </summary>
public static class PageMeasures
{
    // Shared helpers, defined once per evaluation: what a person can see, and how to name an element.
    private const string Helpers = """
        const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
        const seen = el => {
            if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
            const r = el.getBoundingClientRect();
            if (r.width < 2 || r.height < 2 || r.right <= 0 || r.bottom <= 0) return false;
            for (let e = el; e; e = e.parentElement) {
                const s = getComputedStyle(e);
                if (s.position === 'absolute' && s.clip !== 'auto' && s.clip !== '') return false;
            }
            return true;
        };
        """;

    /// <summary>Visible text outside drawings smaller than <paramref name="minPx"/>; the timeline's drawn text smaller than 12 px as drawn.</summary>
    public static async Task<IEnumerable<string>> SmallTextAsync(IPage page, double minPx) =>
        await page.EvaluateAsync<string[]>("min => {" + Helpers + """
            const problems = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const text = node.textContent.trim();
                const el = node.parentElement;
                if (!text || !el || el.closest('svg, script, template, noscript, option') || !seen(el)) continue;
                const size = parseFloat(getComputedStyle(el).fontSize);
                if (size < min - 0.01) problems.push(`${describe(el)} "${text.slice(0, 24)}" is ${size}px, under ${min}px`);
            }
            for (const t of document.querySelectorAll('svg text')) {
                if (!seen(t)) continue;
                const drawn = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
                if (drawn < 11.99) problems.push(`timeline text "${t.textContent.trim().slice(0, 24)}" is drawn at ${drawn.toFixed(1)}px, under 12px`);
            }
            return problems;
        }
        """, minPx);

    /// <summary>
    /// Controls smaller than 44 × 44 px. A radio or checkbox counts with its label (clicking either
    /// ticks it); a link inside a sentence is exempt, as WCAG 2.5.5 exempts inline targets.
    /// </summary>
    public static async Task<IEnumerable<string>> SmallTargetsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => {" + Helpers + """
            const problems = [];
            for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
                if (!seen(el) || (el.matches('a') && el.closest('p'))) continue;
                let { left, top, right, bottom } = el.getBoundingClientRect();
                if (el.matches('input[type=radio], input[type=checkbox]')) {
                    for (const label of el.labels) {
                        const r = label.getBoundingClientRect();
                        left = Math.min(left, r.left); top = Math.min(top, r.top); right = Math.max(right, r.right); bottom = Math.max(bottom, r.bottom);
                    }
                }
                const w = right - left, h = bottom - top;
                if (w < 43.99 || h < 43.99) problems.push(`${describe(el)} "${(el.textContent || el.value || '').trim().slice(0, 20)}" is ${w.toFixed(1)} x ${h.toFixed(1)}px`);
            }
            return problems;
        }
        """);

    /// <summary>
    /// Tabs through the page as a keyboard user does and, on each element that takes focus, checks
    /// that a ring shows (an outline of at least 2 px) at 3:1 or more against the background behind it.
    /// </summary>
    public static async Task<IEnumerable<string>> WeakFocusRingsAsync(IPage page)
    {
        var problems = new List<string>();
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var found = await page.EvaluateAsync<string?>("() => {" + Helpers + """
                const el = document.activeElement;
                if (!el || el === document.body) return 'done';
                if (el.dataset.focusChecked) return 'done';
                el.dataset.focusChecked = '1';
                const s = getComputedStyle(el);
                const rgb = c => { const m = c.match(/rgba?\(([^)]+)\)/); const v = m ? m[1].split(/[ ,\/]+/).map(Number) : [0, 0, 0, 0]; return { r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1 }; };
                const lum = ({ r, g, b }) => { const f = x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
                let behind = { r: 255, g: 255, b: 255, a: 1 };
                for (let e = el.parentElement; e; e = e.parentElement) {
                    const c = rgb(getComputedStyle(e).backgroundColor);
                    if (c.a > 0) { behind = c; break; }
                }
                const ring = rgb(s.outlineColor);
                const [hi, lo] = [lum(ring), lum(behind)].sort((a, b) => b - a);
                const ratio = (hi + 0.05) / (lo + 0.05);
                const width = parseFloat(s.outlineWidth);
                if (s.outlineStyle === 'none' || width < 2) return `${describe(el)}: no focus ring (outline ${s.outlineStyle} ${s.outlineWidth})`;
                if (ratio < 3) return `${describe(el)}: focus ring ${s.outlineColor} on ${getComputedStyle(el.parentElement).backgroundColor} is ${ratio.toFixed(2)}:1`;
                return null;
            }
            """);
            if (found == "done")
                break;
            if (found is not null)
                problems.Add(found);
        }
        return problems;
    }

    /// <summary>A page wider than its viewport, which a person would have to scroll sideways, with the elements that stick out.</summary>
    public static async Task<IEnumerable<string>> HorizontalScrollAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth <= width)
            return [];
        var outside = await page.EvaluateAsync<string[]>("w => {" + Helpers + """
            const out = [];
            for (const el of document.body.querySelectorAll('*')) {
                if (!seen(el)) continue;
                const r = el.getBoundingClientRect();
                if (r.right > w + 0.5 && ![...el.children].some(c => c.getBoundingClientRect().right > w + 0.5))
                    out.push(`${describe(el)} "${(el.textContent || '').trim().slice(0, 24)}" reaches ${Math.round(r.right)}px`);
            }
            return out.slice(0, 8);
        }
        """, width);
        return [$"the page is {scrollWidth}px wide in a {width}px viewport: {string.Join("; ", outside)}"];
    }
}
