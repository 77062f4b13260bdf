// The launcher bubble's styles. `all: initial` on the host keeps a hostile page's CSS out of the
// inherited properties; the shadow root keeps it out of everything else. The host's rules are
// !important because a page's own rules (even `* { all: unset }`) beat a shadow root's normal ones.
export const launcherCss = `
:host{all:initial!important;position:fixed!important;inset-inline-end:20px!important;bottom:20px!important;z-index:2147483000!important;display:block!important}
.cf-launcher{display:grid;place-items:center;width:56px;height:56px;border:0;border-radius:50%;cursor:pointer;
background:var(--cf-accent);color:var(--cf-accent-text);box-shadow:0 4px 16px rgba(0,0,0,.25);transition:transform .15s}
.cf-launcher:hover{transform:scale(1.06)}
.cf-launcher:focus-visible{outline:3px solid var(--cf-focus);outline-offset:3px}
.cf-launcher svg{width:28px;height:28px;fill:currentColor}
:host([dir=rtl]) .cf-launcher svg{transform:scaleX(-1)}
.cf-welcome{position:absolute;inset-inline-end:0;bottom:68px;display:flex;flex-direction:column;align-items:flex-end;gap:6px;width:max-content;max-width:280px;font:14px/1.4 system-ui,sans-serif}
.cf-welcome button{border:0;cursor:pointer;font:inherit;text-align:start;box-shadow:0 2px 10px rgba(0,0,0,.18)}
.cf-welcome-text{padding:10px 14px;border-radius:14px;background:#fff;color:#1a1a1a}
.cf-reply{padding:6px 12px;border-radius:16px;background:var(--cf-accent);color:var(--cf-accent-text)}
.cf-welcome button:focus-visible{outline:3px solid var(--cf-focus);outline-offset:2px}
@media (prefers-reduced-motion:reduce){.cf-launcher{transition:none}.cf-launcher:hover{transform:none}}
`;
