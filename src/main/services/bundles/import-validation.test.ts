// Every way a bundle can be wrong is refused with a UserError naming the file and the problem, and
// leaves the receiving corpus exactly as it was. The receiving corpus already holds an article and
// an annotation, so "unchanged" is a real claim and not an empty table staying empty.
import { describe, expect, it } from 'vitest'
import type { WebAnnotationJson } from './bundle-schema'
import { expectRefused, fixture } from './refused-import'
import { editBundle, replaceBundleEntry } from './test-corpus'

function positionOf(item: WebAnnotationJson): { start: number; end: number } {
  return (item.target.selector as { start: number; end: number }[])[1]
}

describe('importBundle refuses a damaged bundle and changes nothing', () => {
  it('refuses bytes that are not a zip file', () => {
    expectRefused(new TextEncoder().encode('just some text'), 'is not a zip file')
  })

  it('refuses an empty file', () => {
    expectRefused(new Uint8Array(0), 'is not a zip file')
  })

  it('refuses a zip without manifest.json', () => {
    expectRefused(replaceBundleEntry(fixture().bytes, 'manifest.json', null), 'manifest.json is missing')
  })

  it('refuses a manifest of another format', () => {
    const bytes = editBundle(fixture().bytes, { manifest: (manifest) => (manifest.format = 'label-studio-export') })
    expectRefused(bytes, 'is not a news workbench bundle')
  })

  it('refuses a newer format version and says which versions it reads', () => {
    const bytes = editBundle(fixture().bytes, { manifest: (manifest) => (manifest.version = 3) })
    const message = expectRefused(bytes)
    expect(message).toBe(
      'my.wbundle uses bundle format version 3; this workbench reads versions 1 and 2. Update the workbench to open it.'
    )
  })

  it('refuses a file that is not valid JSON', () => {
    expectRefused(
      replaceBundleEntry(fixture().bytes, 'articles.json', '[{"sha256": '),
      'articles.json is not valid JSON'
    )
  })

  it('refuses an article field of the wrong type, naming the article and the field', () => {
    const bytes = editBundle(fixture().bytes, {
      articles: (articles) => (articles[1].publishedDate = 'last Tuesday')
    })
    expectRefused(bytes, 'article 2 in articles.json: publishedDate: a date must be written YYYY-MM-DD')
  })

  it('refuses an article whose sha256 does not match its text', () => {
    const bytes = editBundle(fixture().bytes, { articles: (articles) => (articles[0].text += ' ') })
    expectRefused(bytes, 'article 1 in articles.json ("Officials say the line will hold")', 'does not match its text')
  })

  it('refuses the same article twice', () => {
    const bytes = editBundle(fixture().bytes, {
      manifest: (manifest) => (manifest.articles = 3),
      articles: (articles) => articles.push(articles[0])
    })
    expectRefused(bytes, 'article 3 in articles.json', 'appears twice')
  })

  it('refuses a manifest whose counts disagree with the files', () => {
    const bytes = editBundle(fixture().bytes, { manifest: (manifest) => (manifest.annotations = 5) })
    expectRefused(bytes, 'manifest.json counts 5 annotations but the bundle holds 4')
  })

  it('refuses the same annotation id twice', () => {
    const { bytes, source } = fixture()
    const edited = editBundle(bytes, {
      manifest: (manifest) => (manifest.annotations = 5),
      annotations: (items, collection) => {
        items.push(items[3])
        collection.total = 5
      }
    })
    expectRefused(edited, `annotation urn:uuid:${source.annotations[3].id} appears twice`)
  })

  it('refuses an annotation whose article is neither in the bundle nor in the corpus', () => {
    const { bytes, source } = fixture()
    const edited = editBundle(bytes, {
      manifest: (manifest) => (manifest.articles = 1),
      articles: (articles) => articles.splice(0, 1)
    })
    expectRefused(
      edited,
      `annotation urn:uuid:${source.annotations[0].id}`,
      'is neither in the bundle nor in this corpus'
    )
  })

  it('refuses a TextPositionSelector beyond the end of the text', () => {
    const { bytes, source } = fixture()
    const edited = editBundle(bytes, {
      annotations: (items) => Object.assign(positionOf(items[3]), { start: 80, end: 200 })
    })
    expectRefused(
      edited,
      `annotation urn:uuid:${source.annotations[3].id} — its position 80–200 lies outside the article text (92 code points)`
    )
  })

  it('refuses a quote that differs from the text at its position, counted in code points', () => {
    const { bytes, source } = fixture()
    const edited = editBundle(bytes, {
      annotations: (items) => Object.assign(positionOf(items[0]), { start: 40, end: 70 })
    })
    expectRefused(
      edited,
      `my.wbundle: annotation urn:uuid:${source.annotations[0].id} — the quoted text "“the 𝔘nion will hold its line”" does not match the article text at 40–70`
    )
  })

  it('refuses a quote prefix that differs from the text before the span', () => {
    const edited = editBundle(fixture().bytes, {
      annotations: (items) =>
        Object.assign((items[1].target.selector as { prefix: string }[])[0], { prefix: 'rumour ' })
    })
    expectRefused(edited, `the quote's prefix "rumour " does not match the article text before 76–90`)
  })

  it('refuses an annotation with two tags', () => {
    const edited = editBundle(fixture().bytes, {
      annotations: (items) => {
        items[1].body = [
          { type: 'TextualBody', purpose: 'tagging', value: 'figure' },
          { type: 'TextualBody', purpose: 'tagging', value: 'claim' }
        ]
      }
    })
    expectRefused(edited, 'has 2 tagging bodies')
  })

  it('refuses a tag that neither the manifest nor the corpus knows', () => {
    const edited = editBundle(fixture().bytes, {
      annotations: (items) => (items[1].body = { type: 'TextualBody', purpose: 'tagging', value: 'rumour' })
    })
    expectRefused(edited, `its tag "rumour" is neither in the bundle's manifest nor in this corpus`)
  })

  it('refuses a selector it cannot keep rather than dropping it', () => {
    const edited = editBundle(fixture().bytes, {
      annotations: (items) => (items[0].target.selector as unknown[]).push({ type: 'XPathSelector', value: '/p[1]' })
    })
    expectRefused(
      edited,
      'target.selector[2].type: this workbench reads only TextQuoteSelector and TextPositionSelector'
    )
  })

  it('refuses a collection whose total promises annotations on further pages', () => {
    const edited = editBundle(fixture().bytes, { annotations: (_items, collection) => (collection.total = 40) })
    expectRefused(edited, 'annotations.jsonld says it holds 40 annotations but its first page has 4')
  })

  it('refuses an annotation id that is not a urn:uuid, naming the field', () => {
    const edited = editBundle(fixture().bytes, { annotations: (items) => (items[2].id = 'annotation-3') })
    expectRefused(edited, 'annotation annotation-3 — id: must be urn:uuid: and a lowercase UUID')
  })
})
