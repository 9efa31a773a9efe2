import {readFileSync} from 'node:fs'
const paths = readFileSync('/tmp/b/c10.list', 'utf8').split('\n').filter(Boolean)
const texts = paths.map((p) => readFileSync(p, 'utf8'))
const mode = process.argv[2]
const {unified} = await import('/work/main/node_modules/unified/index.js')
const ep = await import('/work/main/dist/src/text/english-parser.js')
const {parseInChunks} = await import('/work/main/dist/src/text/parse-in-chunks.js')
const {VFile} = await import('/work/main/node_modules/vfile/index.js')
const {findMasks} = await import('/work/main/dist/src/mask.js')
const {detectLanguage} = await import('/work/main/dist/src/zh/detect.js')
const processor = unified().use(ep.default).freeze()
const parse = ep.englishParser(processor)
const {lint} = await import('/work/main/dist/src/index.js')
const s = performance.now()
for (const t of texts) {
  if (mode === 'parse') parseInChunks(t, parse)
  else if (mode === 'vfile') { new VFile({path: 'x.txt', value: t}); new VFile({path: 'x.txt', value: t}) }
  else if (mode === 'masks') findMasks(t)
  else if (mode === 'detect') detectLanguage(t)
  else if (mode === 'lint') await lint(t, {path: 'x.txt', rules: Object.fromEntries(['polite-forms','positive-framing','jargon','brevity','empathy','sincere-apology','no-blame','condescension','over-promise','vague-time','next-step','shouting','casual-register','placeholder','sensitive-data'].map((id) => [id, 'off']))})
  else if (mode === 'await') await Promise.resolve(parseInChunks(t, parse))
}
console.error(mode, (performance.now() - s).toFixed(0), 'ms')
