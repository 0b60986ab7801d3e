// Untrusted JSON (an imported definition, an editor's autosave) is checked for depth before the recursive
// schema sees it: a definition nested thousands of levels deep would otherwise exhaust the call stack.

/** Far deeper than any real definition (pages → elements → groups → nested AND/OR conditions). */
export const MAX_DEFINITION_DEPTH = 64;

/** Whether arrays and objects in `value` nest more than `maxDepth` levels; iterative, so any depth is safe. */
export function isNestedDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node))
      stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}
