// The panel's styles, adopted as a constructable stylesheet so a strict CSP (no 'unsafe-inline')
// allows them. Colours come from --cf-* properties set per channel accent (W1).
import { paletteRule } from './colour.js';

const css = `
:host{all:initial!important;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;color:#111827!important}
*{box-sizing:border-box}
[hidden]{display:none!important}
.cf-sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
:focus-visible{outline:3px solid var(--cf-focus);outline-offset:2px}
.cf-panel{position:fixed;inset-inline-end:20px;bottom:88px;z-index:2147483001;display:flex;flex-direction:column;width:370px;
height:min(600px,calc(100vh - 110px));background:#fff;border-radius:16px;box-shadow:0 12px 40px rgba(0,0,0,.25);
overflow:hidden;animation:cf-in .18s ease-out}
@keyframes cf-in{from{opacity:0;transform:translateY(12px)}}
.cf-header{display:flex;align-items:center;gap:10px;padding-block:12px;padding-inline:16px 12px;background:var(--cf-accent);color:var(--cf-accent-text)}
.cf-avatar{width:36px;height:36px;border-radius:50%;background:#fff;object-fit:contain}
.cf-title{flex:1;margin:0;font-size:17px;font-weight:600}
.cf-icon{display:grid;place-items:center;width:40px;height:40px;border:0;border-radius:50%;background:transparent;color:inherit;cursor:pointer}
.cf-icon:hover{background:rgba(127,127,127,.2)}
.cf-icon svg{width:22px;height:22px;fill:currentColor}
.cf-header .cf-icon:focus-visible{outline-color:var(--cf-accent-text)}
.cf-log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:8px;background:#f9fafb}
.cf-log:focus-visible{outline:3px solid var(--cf-focus);outline-offset:-3px}
.cf-msg{max-width:85%;padding:9px 13px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.cf-bot{align-self:flex-start;background:#fff;border:1px solid #e5e7eb;border-end-start-radius:4px}
.cf-visitor{align-self:flex-end;background:var(--cf-accent);color:var(--cf-accent-text);border-end-end-radius:4px}
.cf-status{margin:0;padding:6px 16px;background:#f3f4f6;color:#374151;font-size:13px}
.cf-notices{display:flex;flex-direction:column;gap:8px;padding:0 12px}
.cf-consent{display:flex;flex-direction:column;align-items:flex-start;gap:6px;padding:10px 12px;border:1px solid #d1d5db;border-radius:10px;background:#fff;font-size:13px;color:#1f2937}
.cf-consent p{margin:0}
.cf-consent a{color:inherit}
.cf-consent-actions{display:flex;gap:8px}
.cf-note{align-self:center;max-width:100%;color:#374151;font-size:14px;text-align:center}
.cf-problem{color:#991b1b}
.cf-cards{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px;align-self:stretch}
.cf-card a{display:block;padding:10px 12px;border:1px solid #e5e7eb;border-radius:10px;background:#fff;color:inherit;text-decoration:none}
.cf-card a:hover{border-color:var(--cf-focus)}
.cf-card strong{display:block;color:var(--cf-focus)}
.cf-card span{display:block;font-size:13px;color:#4b5563}
.cf-replies{display:flex;flex-wrap:wrap;gap:6px;justify-content:flex-end}
.cf-btn{padding:8px 14px;border:1.5px solid var(--cf-focus);border-radius:999px;background:#fff;color:#111827;font:inherit;cursor:pointer}
.cf-btn:not(.cf-btn-primary):hover{background:#f3f4f6}
.cf-btn-primary{background:var(--cf-accent);color:var(--cf-accent-text);border-color:var(--cf-accent)}
.cf-typing{align-self:flex-start;display:flex;gap:4px;padding:12px 14px;background:#fff;border:1px solid #e5e7eb;border-radius:14px}
.cf-typing i{width:7px;height:7px;border-radius:50%;background:#6b7280;animation:cf-dot 1s infinite}
.cf-typing i:nth-child(2){animation-delay:.15s}.cf-typing i:nth-child(3){animation-delay:.3s}
@keyframes cf-dot{50%{opacity:.3;transform:translateY(-3px)}}
.cf-composer{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e7eb;background:#fff}
.cf-input{flex:1;min-width:0;padding:10px 12px;border:1px solid #9ca3af;border-radius:10px;font:inherit;color:#111827;background:#fff}
.cf-send{background:var(--cf-accent);color:var(--cf-accent-text)}
.cf-send:hover{background:var(--cf-accent);filter:brightness(.92)}
:host([dir=rtl]) .cf-send svg{transform:scaleX(-1)}
:host([dir=rtl]) .cf-input:placeholder-shown{direction:rtl}
@media (max-width:640px){.cf-panel{inset:0;width:100%;height:100%;border-radius:0}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}
`;

export function panelSheet(accent) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(paletteRule(accent) + css);
  return sheet;
}

// The Help tab's tabs, search, lists and articles (K2), added only when the chatflow has a knowledge base.
const helpCss = `
.cf-tabs{display:flex;background:#fff;border-bottom:1px solid #e5e7eb}
.cf-tab{flex:1;padding:10px;border:0;border-bottom:3px solid transparent;background:none;font:inherit;font-weight:600;color:#4b5563;cursor:pointer}
.cf-tab[aria-selected=true]{color:#111827;border-bottom-color:var(--cf-focus)}
.cf-tabpanel{flex:1;min-height:0;display:flex;flex-direction:column}
.cf-help{overflow-y:auto;padding:12px 16px 16px;background:#f9fafb;gap:12px}
.cf-help-body{display:flex;flex-direction:column;gap:8px}
.cf-help h3{margin:8px 0 4px;font-size:15px}
.cf-help-search{width:100%;padding:10px 12px;border:1px solid #9ca3af;border-radius:10px;font:inherit;color:#111827;background:#fff}
.cf-help-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.cf-help-item{display:block;width:100%;text-align:start;padding:9px 12px;border:1px solid #e5e7eb;border-radius:10px;background:#fff;font:inherit;color:inherit;cursor:pointer}
.cf-help-item:hover{border-color:var(--cf-focus)}
.cf-help-item strong{display:block;color:var(--cf-focus)}
.cf-help-item span{display:block;font-size:13px;color:#4b5563}
.cf-help-item mark{background:#fef08a;color:inherit}
.cf-help-note{margin:0;color:#374151;font-size:14px}
.cf-help-article{line-height:1.55;overflow-wrap:anywhere}
.cf-help-article h2{font-size:18px;margin:4px 0 8px}
.cf-help-article img{max-width:100%}
.cf-help-article table{border-collapse:collapse}.cf-help-article td,.cf-help-article th{border:1px solid #e5e7eb;padding:4px 6px}
.cf-help-article a,.cf-help a{color:var(--cf-focus)}
.cf-help-back{align-self:flex-start}
.cf-help-more{margin-top:auto;padding-top:12px;border-top:1px solid #e5e7eb;display:flex;align-items:center;justify-content:space-between;gap:8px;font-size:14px}
`;

export function helpSheet() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(helpCss);
  return sheet;
}
