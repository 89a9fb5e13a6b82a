// While an article opens, lines far off screen are neither laid out nor painted (content-visibility):
// a 20,000-word article is drawn in the time of its first screenful. They keep their text, so
// selection, find and highlights still reach them. Left on, content-visibility would cost every later
// frame a visibility check of each line (the editor bench measured it in the latency of tagging), so
// once the browser is idle the skipped lines are laid out, a batch per idle task: a key pressed
// meanwhile waits for one batch, not for the layout of the whole article.
import { useEffect, useState } from 'react'

/** Lines laid out per idle task: a few milliseconds of layout each on the bench's 20,000 words. */
const BATCH = 150

/** The rule that skips the lines from `from` (0-based) on, in the article with this class. */
const skipFrom = (scope: string, from: number): string =>
  `.${scope} .article-line:nth-child(n + ${from + 1}) { content-visibility: auto; contain-intrinsic-block-size: auto 5lh; }`

/**
 * A style sheet that skips the layout of the article's lines while it opens and then brings them in
 * batch by batch when the browser is idle; nothing once all `lines` are laid out. `scope` is a class
 * of the article's text container.
 */
export function OpeningLines({ scope, lines }: { scope: string; lines: number }) {
  const [from, setFrom] = useState(0)
  const done = from >= lines
  useEffect(() => {
    if (done) return
    let idle = 0
    // The first batch waits for the first frame: until then, every line but the first screenful waits.
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(() => setFrom((current) => current + BATCH), { timeout: 1000 })
    })
    return () => {
      cancelAnimationFrame(frame)
      cancelIdleCallback(idle)
    }
  }, [from, done])
  return done ? null : <style>{skipFrom(scope, from)}</style>
}
