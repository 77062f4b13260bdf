// Colours derived from the channel's accent (W1). The accent comes from an editor, so it is checked
// before it reaches a stylesheet: anything but a hex colour falls back to the default.

const FALLBACK = '#0f766e';
const DARK = '#111827';
const LIGHT = '#ffffff';

function channels(hex) {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex.slice(0, 7);
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
}

function luminance(hex) {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The accent, the text colour readable on it, and a focus ring colour visible on white. */
export function palette(accent) {
  const bg = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(accent || '') ? accent : FALLBACK;
  const text = contrast(bg, LIGHT) >= contrast(bg, DARK) ? LIGHT : DARK;
  // A pale accent would make an invisible focus ring on the white panel (WCAG 2.4.7).
  const focus = contrast(bg, LIGHT) >= 3 ? bg : DARK;
  return { bg, text, focus };
}

/** The `--cf-*` custom properties for a palette, as a `:host` rule. */
export function paletteRule(accent) {
  const p = palette(accent);
  return `:host{--cf-accent:${p.bg};--cf-accent-text:${p.text};--cf-focus:${p.focus}}`;
}
