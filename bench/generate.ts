// Deterministic news-like articles for benchmarks: same seed, same corpus, on every machine.

const WORDS = (
  'the minister said talks would resume in geneva after officials met on tuesday while analysts warned ' +
  'that troops near the border numbered about 100,000 and sanctions could follow if diplomacy failed ' +
  'a spokesman for the ministry told reporters the call lasted 50 minutes and both sides agreed to meet ' +
  'again in january the alliance rejected demands for guarantees but left room for further negotiation'
).split(' ')

/** A small fast PRNG (mulberry32), so generated corpora are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One article of about `words` words as a scraped page: furniture lines, a headline, paragraphs. */
export function generateArticle(index: number, words = 600): string {
  const random = prng(index + 1)
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]
  const paragraphs: string[] = []
  let count = 0
  while (count < words) {
    const sentences: string[] = []
    for (let s = 0; s < 4; s++) {
      const length = 10 + Math.floor(random() * 14)
      const sentence = Array.from({ length }, pick).join(' ')
      sentences.push(`${sentence[0].toUpperCase()}${sentence.slice(1)}${random() < 0.2 ? ' “quoted” 🇺🇦' : ''}.`)
      count += length
    }
    paragraphs.push(sentences.join(' '))
  }
  const day = 1 + (index % 28)
  return [
    'Skip to main content',
    '',
    `Report ${index}: talks on border tensions continue`,
    '',
    `December ${day}, 2021`,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Share to or',
    'Leave a Comment'
  ].join('\n')
}
