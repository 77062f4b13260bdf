// When the loader may start its work (issue 16, docs/benchmarks.md "Lighthouse"): after the page's load
// event and its first contentful paint, so the widget never competes with what the page itself draws first.
// The page's own first paint is the browser's 'paint' entry, reported once the frame is on screen; a
// browser without paint timing goes by the load event alone, as does a tab that holds a chat (`now`),
// which carries on at once. A page that never paints content (a blank page, a canvas) or a tab opened in the
// background and never shown still gets the chat five seconds on.
export function afterFirstPaint(fn, now) {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    if (document.readyState === 'complete') idle(fn);
    else addEventListener('load', () => idle(fn), { once: true });
  };
  const Observer = window.PerformanceObserver;
  // Fetched by the injected bootstrap, which waited for the same, the loader goes on without another wait.
  if (now || !Observer?.supportedEntryTypes?.includes('paint') || performance.getEntriesByName('first-contentful-paint').length) return go();
  const observer = new Observer((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    go();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(go, 5000);
}

// The page's own work after its load event (its scripts, its images' decoding) comes first: ours waits for
// an idle moment of the main thread, and at most two seconds.
function idle(fn) {
  if (window.requestIdleCallback) requestIdleCallback(() => fn(), { timeout: 2000 });
  else setTimeout(fn);
}

// Yields the main thread between two steps of ours, so none of them is a long task on a slow phone
// (Lighthouse counts any task over 50 ms, its simulated phone being about four times slower than this one).
export const nextTask = () => new Promise((go) => setTimeout(go));
