// The page's view of the widget: handlers registered with Chatflows.on(name, fn), and the same events
// as `chatflows:<name>` DOM events on window for sites that prefer addEventListener.

export function createEvents() {
  const handlers = new Map();
  return {
    on(name, fn) {
      if (typeof fn !== 'function') return () => {};
      const list = handlers.get(name) || [];
      handlers.set(name, [...list, fn]);
      return () => handlers.set(name, (handlers.get(name) || []).filter((f) => f !== fn));
    },
    emit(name, detail) {
      for (const fn of handlers.get(name) || []) {
        // A broken page handler must not break the chat.
        try { fn(detail); } catch (e) { setTimeout(() => { throw e; }); }
      }
      window.dispatchEvent(new CustomEvent(`chatflows:${name}`, { detail }));
    },
  };
}
