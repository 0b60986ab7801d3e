import MarkdownIt from "markdown-it";

/**
 * Safe Markdown for info texts and instructions: paragraphs, emphasis, lists and links only.
 * Raw HTML is escaped (never rendered); links are limited to https, http, mailto and tel and open normally.
 * markdown-it is large: import this module only where info texts are rendered, not in client validators.
 */
const markdown = new MarkdownIt("zero", { html: false, linkify: true, breaks: true }).enable([
  "paragraph",
  "newline",
  "emphasis",
  "list",
  "link",
  "linkify",
  "escape",
  "backticks",
  "entity",
  "text_join",
]);

const ALLOWED_PROTOCOL = /^(https?:|mailto:|tel:)/i;
markdown.validateLink = (url) => ALLOWED_PROTOCOL.test(url.trim());

export function renderSafeMarkdown(text: string): string {
  return markdown.render(text);
}

/** Plain text of safe Markdown, for places that cannot show HTML (link targets kept in parentheses). */
export function safeMarkdownToText(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2")
    .trim();
}
