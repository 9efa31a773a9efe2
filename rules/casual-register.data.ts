/**
 * Data for `casual-register`: chat slang in a professional reply, with the
 * formal word. `fix` marks replacements that fit every sentence.
 * Seeds: 002 語言規範 避免口語化、隨意化或不恰當表達; 002 得體 友善而不過度熟絡.
 */

export interface Slang {
  words: string[]
  formal: string
  fix: boolean
}

export const slang: Slang[] = [
  {words: ['gonna'], formal: 'going to', fix: true},
  {words: ['wanna'], formal: 'want to', fix: true},
  {words: ['gotta'], formal: 'have to', fix: true},
  {words: ['dunno'], formal: "don't know", fix: true},
  {words: ['lemme'], formal: 'let me', fix: true},
  {words: ['gimme'], formal: 'give me', fix: true},
  {words: ['u'], formal: 'you', fix: true},
  {words: ['ur'], formal: 'your', fix: false},
  {words: ['r'], formal: 'are', fix: false},
  {words: ['thx', 'thnx', 'thanx', 'tnx', 'ty'], formal: 'thanks', fix: true},
  {words: ['pls', 'plz', 'plse'], formal: 'please', fix: true},
  {words: ['np', 'no prob', 'no probs'], formal: 'no problem', fix: true},
  {words: ['lol', 'lmao', 'rofl', 'haha', 'hehe'], formal: '', fix: false},
  {words: ['idk'], formal: "I don't know", fix: true},
  {words: ['btw'], formal: 'by the way', fix: true},
  {words: ['cuz', 'coz', 'cos', "'cause"], formal: 'because', fix: true},
  {words: ['tbh'], formal: 'to be honest', fix: true},
  {words: ['imo', 'imho'], formal: 'in our view', fix: false},
  {words: ['fyi'], formal: 'for your information', fix: true},
  {words: ['omg'], formal: '', fix: false},
  {words: ['yep', 'yup', 'yeah'], formal: 'yes', fix: false},
  {words: ['nope', 'nah'], formal: 'no', fix: false},
  {words: ['kinda'], formal: 'kind of', fix: true},
  {words: ['sorta'], formal: 'sort of', fix: true},
  {words: ['ya'], formal: 'you', fix: false},
  {words: ["y'all", 'yall'], formal: 'you', fix: false},
  {words: ['bc', 'b/c'], formal: 'because', fix: true},
  {words: ['w/'], formal: 'with', fix: false},
  {words: ['awesomesauce', 'dude', 'bro', 'mate'], formal: '', fix: false}
]
