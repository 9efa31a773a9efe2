/**
 * What a rule builds from its options (a team's extra phrases, its
 * glossary), built once per distinct value rather than once per reply: a
 * configuration's options are the same for every reply it covers, and
 * compiling a phrase list per reply was the most a long run spent on them.
 * Keyed by the value's JSON, so equal settings from different objects (an
 * editor's merged settings) share one entry; bounded, so a long-running
 * language server whose settings change keeps only recent ones.
 */
export function optionCache<Value, Built>(build: (value: Value) => Built, limit = 32): (value: Value) => Built {
  const built = new Map<string, Built>()
  return (value) => {
    const key = JSON.stringify(value)
    let found = built.get(key)
    if (found === undefined) {
      if (built.size >= limit) built.delete(built.keys().next().value!)
      found = build(value)
      built.set(key, found)
    }
    return found
  }
}
