/**
 * The renderer's Content Security Policy, the same in Electron and browser mode: no remote content,
 * no inline or eval'd script. Inline styles are allowed for React's style props (highlights are CSS
 * Custom Highlights, not elements). connect-src 'self' lets browser mode reach its own host.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
