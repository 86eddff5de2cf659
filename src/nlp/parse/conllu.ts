// Reads CoNLL-U treebanks (Universal Dependencies) for training and scoring the parser.
// Only what alignment needs is kept: surface tokens with their spans in `# text`, and the
// syntactic words with tag, head and relation.

/** One syntactic word of a UD sentence. `head` is 1-based (0 = root), as in the file. */
export interface UdWord {
  form: string;
  upos: string;
  head: number;
  deprel: string;
}

/** A surface token: one word, or a multiword token ("du" = "de" + "le") covering words first..last (1-based). */
export interface UdSurface {
  form: string;
  first: number;
  last: number;
}

export interface UdSentence {
  id: string;
  text: string;
  words: UdWord[];
  surfaces: UdSurface[];
}

export function readConllu(content: string): UdSentence[] {
  const out: UdSentence[] = [];
  let cur: UdSentence = blank();
  let coveredTo = 0;
  const flush = () => {
    if (cur.words.length > 0) out.push(cur);
    cur = blank();
    coveredTo = 0;
  };
  for (const line of content.split('\n')) {
    if (line === '' || line === '\r') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^# (sent_id|text) = (.*)$/.exec(line);
      if (m && m[1] === 'sent_id') cur.id = m[2];
      if (m && m[1] === 'text') cur.text = m[2];
      continue;
    }
    const cols = line.split('\t');
    const id = cols[0];
    if (id.includes('.')) continue; // empty nodes of enhanced dependencies
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      cur.surfaces.push({ form: cols[1], first: +range[1], last: +range[2] });
      coveredTo = +range[2];
      continue;
    }
    const n = +id;
    cur.words.push({ form: cols[1], upos: cols[3], head: +cols[6], deprel: cols[7] });
    if (n > coveredTo) cur.surfaces.push({ form: cols[1], first: n, last: n });
  }
  flush();
  return out;
}

function blank(): UdSentence {
  return { id: '', text: '', words: [], surfaces: [] };
}
