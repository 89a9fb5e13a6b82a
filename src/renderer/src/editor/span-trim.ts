/**
 * Shrinks [start, end) so it neither begins nor ends with white space, as a double-click or a drag
 * past a word often selects. Returns null when nothing but white space was selected.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  return start < end ? { start, end } : null
}
