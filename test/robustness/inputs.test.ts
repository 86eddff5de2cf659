// Every class of bad (or merely unusual) input, fed in the middle of a good corpus through the
// real CLI: the good articles are all built, an input that cannot be read is named in exactly one
// clear stderr line (exit 1), and an unusual but readable one is built with its text intact.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers.js';
import { AS_NOBODY, GOOD, GOOD_IDS, STACK, asNobodyUnavailable, cleanup, events, goodCorpus, isRoot, linesNaming, newskg, pool, tempDir, type EventRow, type Run } from './corpus.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const ZIP = Buffer.from(
  'UEsDBBQAAAAAAFcEeF1TtAR7IQAAACEAAAALAAAAYXJ0aWNsZS50eHRTZXJndWXDryBMYXZyb3YgYSBhY2N1c8OpIGwgT1RBTi5QSwECFAMUAAAAAABXBHhdU7QEeyEAAAAhAAAACwAAAAAAAAAAAAAAgAEAAAAAYXJ0aWNsZS50eHRQSwUGAAAAAAEAAQA5AAAASgAAAAAA',
  'base64',
);


interface Built {
  run: Run;
  events: EventRow[];
  graph: string;
  quads: Quad[];
}

interface Case {
  /** Writes the case's inputs into the corpus folder. */
  write: (corpus: string) => void;
  /** Inputs that must be skipped, each named in exactly one stderr line. */
  skipped?: string[];
  /** Article ids that must be built, with checks on what came out. */
  built?: Record<string, (b: Built) => void>;
  /** Run the CLI through this (e.g. as another user). */
  prefix?: string[];
  /** Why the case cannot run here (printed, and the case is skipped). */
  unavailable?: string;
}

const literals = (b: Built, local: string) => b.quads.filter((q) => q.predicate.value.endsWith(local)).map((q) => q.object.value);
const evidenceOf = (b: Built, id: string) => b.events.filter((e) => e.source === id).map((e) => e.evidence).join(' | ');
/** Text decoded wrongly shows up as mojibake ("Ã©"), replacement characters, BOMs or CRs. */
function noMojibake(b: Built): void {
  expect(b.graph).not.toMatch(/Ã.|Â|\ufffd|\ufeff|\\uFEFF|\\r/);
  for (const q of b.quads) if (q.object.termType === 'Literal') expect(q.object.value).not.toMatch(/\r|\ufeff|\ufffd|Ã[\u0080-\u00bf]/);
}

const CASES: Record<string, Case> = {
  'empty file': {
    write: (c) => writeFileSync(join(c, 'b-empty.txt'), ''),
    skipped: ['b-empty.txt'],
  },
  'whitespace only': {
    write: (c) => writeFileSync(join(c, 'b-blank.txt'), '  \n\t\r\n\u00a0\u3000 \n\n'),
    skipped: ['b-blank.txt'],
  },
  'binary: PNG and zip with article extensions': {
    write: (c) => {
      writeFileSync(join(c, 'b-image.txt'), PNG);
      writeFileSync(join(c, 'b-archive.html'), ZIP);
    },
    skipped: ['b-image.txt', 'b-archive.html'],
  },
  'invalid UTF-8 that is not Latin-1 either': {
    write: (c) => writeFileSync(join(c, 'b-garbled.txt'), Buffer.from([0x52, 0xc3, 0x28, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0x28, 0x81, 0x8d, 0x20, 0x8f, 0x90])),
    skipped: ['b-garbled.txt'],
  },
  'UTF-8 with BOM': {
    write: (c) => writeFileSync(join(c, 'b-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Réunion à Paris\n\nLa ministre française, Catherine Colonna, a rencontré Sergueï Lavrov à Paris.\n')])),
    built: {
      'b-bom.txt': (b) => {
        expect(literals(b, '/title')).toContain('Réunion à Paris');
        expect(evidenceOf(b, 'b-bom.txt')).toMatch(/Catherine Colonna, a rencontré Sergueï Lavrov/);
        noMojibake(b);
      },
    },
  },
  'Windows-1252 and Latin-1 French': {
    write: (c) => {
      writeFileSync(join(c, 'b-cp1252.txt'), iconv.encode('Sécurité européenne\n\nSergueï Lavrov a accusé l’OTAN de menacer la sécurité de la Russie. « C’est inacceptable », a-t-il déclaré.\n', 'win1252'));
      writeFileSync(join(c, 'b-latin1.txt'), iconv.encode('Sécurité en Europe\n\nSergueï Lavrov a accusé la France de menacer la sécurité régionale.\n', 'latin1'));
    },
    built: {
      'b-cp1252.txt': (b) => {
        expect(literals(b, '/title')).toContain('Sécurité européenne');
        expect(evidenceOf(b, 'b-cp1252.txt')).toMatch(/Sergueï Lavrov a accusé l’OTAN de menacer la sécurité/);
        noMojibake(b);
      },
      'b-latin1.txt': (b) => {
        expect(literals(b, '/title')).toContain('Sécurité en Europe');
        expect(evidenceOf(b, 'b-latin1.txt')).toMatch(/Sergueï Lavrov a accusé la France de menacer la sécurité régionale/);
      },
    },
  },
  'UTF-16 (little- and big-endian, with BOM)': {
    write: (c) => {
      const le = 'Tension à Varsovie\n\nLe président Andrzej Duda a accusé la Biélorussie de provoquer la crise.\n';
      writeFileSync(join(c, 'b-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(le, 'utf16le')]));
      writeFileSync(join(c, 'b-utf16be.txt'), iconv.encode('Sommet à Rome\n\nGiorgia Meloni a rencontré Pedro Sánchez à Rome.\n', 'utf16-be', { addBOM: true }));
    },
    built: {
      'b-utf16le.txt': (b) => {
        expect(literals(b, '/title')).toContain('Tension à Varsovie');
        expect(literals(b, '#text').join('\n')).toContain('Le président Andrzej Duda a accusé la Biélorussie de provoquer la crise.');
        noMojibake(b);
      },
      'b-utf16be.txt': (b) => expect(literals(b, '#text').join('\n')).toContain('Giorgia Meloni a rencontré Pedro Sánchez à Rome.'),
    },
  },
  'CRLF line ends': {
    write: (c) => writeFileSync(join(c, 'b-crlf.txt'), 'Sommet à Madrid\r\n\r\nPedro Sánchez a rencontré Emmanuel Macron à Madrid.\r\nLe Premier ministre espagnol a accusé la Russie de désinformation.\r\n'),
    built: {
      'b-crlf.txt': (b) => {
        expect(literals(b, '/title')).toContain('Sommet à Madrid');
        expect(literals(b, '#text')).toContain('Pedro Sánchez a rencontré Emmanuel Macron à Madrid.');
        noMojibake(b);
      },
    },
  },
  'HTML with scripts, styles and comments': {
    write: (c) =>
      writeFileSync(
        join(c, 'b-page.html'),
        `<!DOCTYPE html><html><head><title>Menaces à Kiev</title>
<style>body { color: red } .x::after { content: "STYLESECRET M. Poutine a accusé l'OTAN" }</style>
<script>var s = "SCRIPTSECRET M. Poutine a accusé l'OTAN de mentir."; if (a < b && c > d) {}</script>
<script type="application/ld+json">{"headline": "JSONLDSECRET"}</script></head>
<body><!-- COMMENTSECRET M. Poutine a accusé l'OTAN --><nav>Accueil | NAVSECRET</nav>
<h1>Menaces à Kiev</h1><p>Volodymyr Zelensky a accusé la Russie de bombarder Kiev.</p>
<script>document.write("SCRIPTSECRET2 <p>fausse phrase</p>")</script><noscript>NOSCRIPTSECRET</noscript>
<p>Il a demandé à l&#39;OTAN de livrer des d&eacute;fenses a&eacute;riennes.</p></body></html>`,
      ),
    built: {
      'b-page.html': (b) => {
        expect(b.graph).not.toMatch(/SECRET|document\.write|color: red/);
        expect(evidenceOf(b, 'b-page.html')).toMatch(/Volodymyr Zelensky a accusé la Russie de bombarder Kiev/);
        expect(literals(b, '#text').join('\n')).toContain("Il a demandé à l'OTAN de livrer des défenses aériennes.");
      },
    },
  },
  'truncated HTML': {
    write: (c) => writeFileSync(join(c, 'b-cut.html'), "<html><head><title>Vote à Bruxelles</title></head><body><h1>Vote à Bruxelles</h1><p>Ursula von der Leyen a demandé aux États membres de soutenir l'Ukraine.<p>La Hongrie a refusé de <b>signer le tex"),
    built: {
      'b-cut.html': (b) => {
        expect(evidenceOf(b, 'b-cut.html')).toMatch(/Leyen a demandé aux États membres de soutenir l'Ukraine/);
        expect(b.graph).not.toMatch(/<b>|<p>/);
      },
    },
  },
  'JSONL with one malformed line among good ones': {
    write: (c) =>
      writeFileSync(
        join(c, 'b-lot.jsonl'),
        [
          JSON.stringify({ id: 'lot-1', title: 'Berlin', date: '2024-02-01', text: 'Emmanuel Macron a rencontré Olaf Scholz à Berlin.' }),
          '{"id": "lot-2", "title": "Cassé", "text": "Le texte ne finit',
          JSON.stringify({ id: 'lot-3', title: 'Pékin', text: 'Antony Blinken a averti la Chine à Pékin.' }),
        ].join('\n') + '\n',
      ),
    skipped: ['b-lot.jsonl:2'],
    built: {
      'lot-1': (b) => expect(evidenceOf(b, 'lot-1')).toMatch(/Macron a rencontré Olaf Scholz/),
      'lot-3': (b) => expect(evidenceOf(b, 'lot-3')).toMatch(/Blinken a averti la Chine/),
    },
  },
  'symlink loops (a file link to itself, a folder link to its parent)': {
    write: (c) => {
      symlinkSync('b-loop.txt', join(c, 'b-loop.txt'));
      mkdirSync(join(c, 'b-dir'));
      writeFileSync(join(c, 'b-dir', 'inside.txt'), 'Réunion à Oslo\n\nJonas Gahr Støre a rencontré Ulf Kristersson à Oslo.\n');
      symlinkSync('..', join(c, 'b-dir', 'up'));
    },
    skipped: ['b-loop.txt', join('b-dir', 'up')],
    built: { 'inside.txt': (b) => expect(literals(b, '#text')).toContain('Jonas Gahr Støre a rencontré Ulf Kristersson à Oslo.') },
  },
  'unreadable file and folder (permissions)': {
    write: (c) => {
      writeFileSync(join(c, 'b-secret.txt'), 'Secret\n\nEmmanuel Macron a rencontré Olaf Scholz.\n');
      chmodSync(join(c, 'b-secret.txt'), 0o000);
      mkdirSync(join(c, 'b-closed'));
      writeFileSync(join(c, 'b-closed', 'x.txt'), 'Fermé\n\nEmmanuel Macron a rencontré Olaf Scholz.\n');
      chmodSync(join(c, 'b-closed'), 0o000);
    },
    skipped: ['b-secret.txt', 'b-closed'],
    // Root reads anything: run as `nobody` when we are root.
    prefix: isRoot ? AS_NOBODY : undefined,
    unavailable: asNobodyUnavailable() ?? undefined,
  },
};

const results = new Map<string, Built | Error>();

beforeAll(async () => {
  const jobs = Object.entries(CASES)
    .filter(([, c]) => !c.unavailable)
    .map(([name, c]) => async () => {
      try {
        const dir = tempDir();
        const corpus = goodCorpus(dir);
        c.write(corpus);
        const out = join(dir, 'out');
        mkdirSync(out);
        chmodSync(out, 0o777);
        const run = await newskg(['build', corpus, '-o', out, '--workers', '1', '--no-cache'], { prefix: c.prefix });
        const file = join(out, 'graph.ttl');
        let graph = '';
        try {
          graph = readFileSync(file, 'utf8');
        } catch {
          throw new Error(`no graph written (exit ${run.code}): ${run.err}`);
        }
        results.set(name, { run, graph, quads: new Parser().parse(graph), events: await events(file) });
      } catch (err) {
        results.set(name, err as Error);
      }
    });
  await pool(jobs, 2);
}, 600_000);

afterAll(() => {
  // Give permissions back so the temporary folders can be removed.
  cleanup();
});

describe('bad inputs in the middle of a good corpus (real CLI)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    if (c.unavailable) {
      console.warn(`skipping "${name}": ${c.unavailable}`);
      it.skip(name, () => {});
      continue;
    }
    it(name, () => {
      const r = results.get(name);
      if (r instanceof Error || r === undefined) throw r ?? new Error('not run');
      const { run } = r;
      const skipped = c.skipped ?? [];
      expect(run.err, 'no stack trace').not.toMatch(STACK);
      expect(run.code, run.err).toBe(skipped.length ? 1 : 0);
      // The good articles are all there.
      const sources = new Set(r.events.map((e) => e.source));
      for (const id of GOOD_IDS) {
        expect(sources, `${id} built`).toContain(id);
        expect(r.events.filter((e) => e.source === id).map((e) => e.evidence).join(' ')).toMatch(GOOD[id].expect);
      }
      // Each skipped input in exactly one clear line; nothing else on stderr.
      for (const bad of skipped) {
        const lines = linesNaming(run.err, bad);
        expect(lines, `stderr lines naming ${bad}:\n${run.err}`).toHaveLength(1);
        expect(lines[0]).toMatch(/^newskg: skipped \S.*: \S.{3,}$/);
        expect(lines[0].length).toBeLessThan(400);
      }
      const errLines = run.err.split('\n').filter((l) => l.trim() !== '');
      expect(errLines, run.err).toHaveLength(skipped.length);
      // The summary lists them too, and counts what was built.
      const built = Object.keys(c.built ?? {});
      expect(run.out).toMatch(new RegExp(`articles\\s+${GOOD_IDS.length + built.length}\\b`));
      for (const bad of skipped) expect(run.out).toContain(bad);
      for (const [id, check] of Object.entries(c.built ?? {})) {
        expect(literals(r, '/identifier'), `${id} built`).toContain(id);
        check(r);
      }
    });
  }
});
