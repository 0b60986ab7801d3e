// Turns the Suomi.fi design tokens (suomifi-design-tokens) into a Tailwind v4 @theme block, so every colour and
// type size in the UI comes from the national design system rather than hand-picked values.
import { suomifiDesignTokens } from "suomifi-design-tokens";

function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([a-z])([0-9])/g, "$1-$2")
    .toLowerCase();
}

export function buildSuomifiThemeCss(): string {
  const lines: string[] = [
    "/* Generated from suomifi-design-tokens by `npm run theme`. Do not edit by hand. */",
    "@theme {",
    `  --font-sans: ${/font-family: ([^;]+);/.exec(suomifiDesignTokens.typography.bodyText)?.[1] ?? "sans-serif"};`,
  ];
  for (const [name, color] of Object.entries(suomifiDesignTokens.colors)) {
    lines.push(`  --color-fi-${kebab(name)}: ${color};`);
  }
  for (const [name, value] of Object.entries(suomifiDesignTokens.spacing)) {
    lines.push(`  --spacing-fi-${kebab(name)}: ${value};`);
  }
  for (const [name, radius] of Object.entries(suomifiDesignTokens.radiuses)) {
    lines.push(`  --radius-fi-${kebab(name)}: ${String(radius)};`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
