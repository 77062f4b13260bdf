// extras.js, next to the widget under its fingerprinted name (build.mjs), imported on first use.
/* global __CF_EXTRAS__ */
let extrasModule = null;

export const extras = () => (extrasModule ||= import(/* webpackIgnore: true */ new URL(__CF_EXTRAS__, import.meta.url).href));
