// Stored and reflected XSS payloads for the attack tests. Each, if it ever ran, would set window.__xss, and each
// leaves a recognisable marker element or attribute, so a test can both watch for execution and look for markup.
export const XSS_PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `"><img src=x onerror=window.__xss=1>`,
  `'><svg onload=window.__xss=1>`,
  `</textarea><script>window.__xss=1</script>`,
  `</title><script>window.__xss=1</script>`,
  `</script><script>window.__xss=1</script>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<a href="javascript:window.__xss=1">linkki</a>`,
  `[linkki](javascript:window.__xss=1)`,
  `[linkki](JaVaScRiPt:window.__xss=1)`,
  `[linkki](data:text/html,<script>window.__xss=1</script>)`,
  `<details open ontoggle=window.__xss=1>`,
  `<body onload=window.__xss=1>`,
  `<math><mi xlink:href="javascript:window.__xss=1">x</mi></math>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `\${window.__xss=1}`,
  `<style>@import "javascript:window.__xss=1";</style>`,
  `&lt;script&gt;window.__xss=1&lt;/script&gt;`,
  `\u003cscript\u003ewindow.__xss=1\u003c/script\u003e`,
  `<scr<script>ipt>window.__xss=1</script>`,
  `ÅÄÖ åäö <b onmouseover=window.__xss=1>ruotsi</b>`,
] as const;

const DANGEROUS_ELEMENTS = /^(script|img|svg|iframe|details|body|style|math|object|embed|base|meta|link)$/i;

/**
 * The real tags of an HTML string (escaped text such as "&lt;img" is not a tag) that could run script: dangerous
 * elements (except JSON data blocks), event-handler attributes, and javascript:/data: URLs. Empty when safe.
 */
export function findDangerousMarkup(html: string, options: { allowElements?: string[] } = {}): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const [tag, name, attributes] = match as unknown as [string, string, string];
    const isJsonData = name.toLowerCase() === "script" && /type="application\/json"/.test(attributes);
    const isAllowed = options.allowElements?.includes(name.toLowerCase()) ?? false;
    if (DANGEROUS_ELEMENTS.test(name) && !isJsonData && !isAllowed) found.push(tag);
    if (/\son[a-z]+\s*=/i.test(attributes)) found.push(tag);
    if (
      /\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(attributes)
    )
      found.push(tag);
  }
  return found;
}
