// The analyst's query syntax, translated to a safe FTS5 MATCH expression.
//
//   troops                 a word            troop*          words starting with "troop"
//   "serious and sub…"     a phrase          a b             both (AND is implied)
//   a OR b, a AND b        either / both     a NOT b, a -b   a without b
//   ( … )                  grouping
//
// Every word and phrase reaches FTS5 as a double-quoted string, so no character the analyst types
// (":", "^", "-", "NEAR", a column name) can become FTS5 syntax; only the operators above can.
import { UserError } from '../../../shared/errors'

type Token =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'and' | 'or' | 'not' | 'open' | 'close' | 'minus' }

/** A parsed query: words and phrases joined by AND, OR and NOT. */
export type QueryNode =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'and' | 'or'; items: QueryNode[] }
  | { kind: 'not'; keep: QueryNode; drop: QueryNode }

const OPERATORS: Record<string, 'and' | 'or' | 'not'> = { AND: 'and', OR: 'or', NOT: 'not' }
/** Characters that FTS5's unicode61 tokenizer keeps as parts of words. */
const WORD_CHAR = /[\p{L}\p{N}\p{Co}]/u

function tokenize(query: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < query.length) {
    const c = query[i]
    if (/\s/.test(c)) i++
    else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close' })
      i++
    } else if (c === '"') {
      const close = query.indexOf('"', i + 1)
      if (close < 0) throw new UserError(`The quotation mark at character ${i + 1} is never closed.`)
      tokens.push({ kind: 'phrase', text: query.slice(i + 1, close) })
      i = close + 1
    } else if (c === '-' && i + 1 < query.length && /[^\s)]/.test(query[i + 1])) {
      tokens.push({ kind: 'minus' })
      i++
    } else {
      let end = i
      while (end < query.length && !/[\s()"]/.test(query[end])) end++
      const raw = query.slice(i, end)
      if (Object.hasOwn(OPERATORS, raw)) tokens.push({ kind: OPERATORS[raw] })
      else tokens.push({ kind: 'word', text: raw.replace(/\*+$/, ''), prefix: raw.endsWith('*') })
      i = end
    }
  }
  return tokens
}

/** Recursive descent over: or := and (OR and)* ; and := unary ((AND)? unary | (NOT|-) unary)* */
class Parser {
  private at = 0
  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) throw new UserError('Type something to search for.')
    const node = this.or()
    const rest = this.tokens[this.at]
    if (rest?.kind === 'close') throw new UserError('There is a “)” without a “(” before it.')
    return node
  }

  private peek(): Token | undefined {
    return this.tokens[this.at]
  }

  private or(): QueryNode {
    const items = [this.and()]
    while (this.peek()?.kind === 'or') {
      this.at++
      items.push(this.and('OR'))
    }
    return items.length === 1 ? items[0] : { kind: 'or', items }
  }

  private and(after?: string): QueryNode {
    let node = this.unary(after)
    const items: QueryNode[] = []
    for (;;) {
      const next = this.peek()
      if (!next || next.kind === 'or' || next.kind === 'close') break
      if (next.kind === 'not' || next.kind === 'minus') {
        this.at++
        const drop = this.unary(next.kind === 'not' ? 'NOT' : '-')
        node = { kind: 'not', keep: items.length ? { kind: 'and', items: [...items.splice(0), node] } : node, drop }
        continue
      }
      if (next.kind === 'and') this.at++
      items.push(node)
      node = this.unary(next.kind === 'and' ? 'AND' : undefined)
    }
    return items.length ? { kind: 'and', items: [...items, node] } : node
  }

  private unary(after?: string): QueryNode {
    const token = this.peek()
    const needs = after ? `“${after}” needs something to search for after it.` : 'Type something to search for.'
    if (!token) throw new UserError(needs)
    this.at++
    switch (token.kind) {
      case 'word':
      case 'phrase':
        return checkTerm(token)
      case 'open': {
        if (this.peek()?.kind === 'close') throw new UserError('The brackets “()” are empty.')
        const inner = this.or()
        if (this.peek()?.kind !== 'close') throw new UserError('A “(” is never closed with “)”.')
        this.at++
        return inner
      }
      case 'close':
        throw new UserError(after ? needs : 'There is a “)” without a “(” before it.')
      case 'not':
      case 'minus':
        throw new UserError(
          after
            ? needs
            : `“${token.kind === 'not' ? 'NOT' : '-'}” needs something before it: write troops NOT russia, or troops -russia.`
        )
      default:
        throw new UserError(after ? needs : `“${token.kind.toUpperCase()}” needs something on both sides.`)
    }
  }
}

function checkTerm(term: Extract<Token, { kind: 'word' | 'phrase' }>): QueryNode {
  if (!WORD_CHAR.test(term.text)) {
    const shown = term.kind === 'phrase' ? `"${term.text}"` : term.text || '*'
    throw new UserError(`“${shown}” has no letters or digits to search for.`)
  }
  return term
}

/** Parses the analyst's query, or throws a UserError saying what is wrong with it. */
export function parseQuery(query: string): QueryNode {
  return new Parser(tokenize(query)).parse()
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`

/** The FTS5 MATCH expression of a parsed query, fully bracketed. */
export function toFtsMatch(node: QueryNode): string {
  switch (node.kind) {
    case 'word':
      return node.prefix ? `${quoted(node.text)}*` : quoted(node.text)
    case 'phrase':
      return quoted(node.text)
    case 'and':
    case 'or':
      return `(${node.items.map(toFtsMatch).join(node.kind === 'and' ? ' AND ' : ' OR ')})`
    case 'not':
      return `(${toFtsMatch(node.keep)} NOT ${toFtsMatch(node.drop)})`
  }
}
