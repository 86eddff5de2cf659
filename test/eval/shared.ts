// Access to the team's shared gold annotations and a gold → prediction
// converter, so tests exercise the scorer on real annotation quirks.

import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { GOLD } from '../helpers.js';
import { loadGold, type GoldDoc, type PredEntity, type PredEvent, type PredRef } from '../../src/eval/index.js';

// The shared folder every other test reads (test/helpers.ts: NEWSKG_SHARED, else a sibling of the repository), unless overridden.
export const SHARED_EVAL = process.env.NEWSKG_SHARED_EVAL ?? GOLD;
const present = existsSync(SHARED_EVAL);

/** Runs `body` against the shared gold; skips loudly when absent, fails instead under NEWSKG_REQUIRE_SHARED=1. */
export function describeWithGold(name: string, body: (gold: () => GoldDoc[]) => void): void {
  if (!present) {
    if (process.env.NEWSKG_REQUIRE_SHARED === '1') {
      describe(name, () => {
        it('needs the shared gold', () => {
          throw new Error(`${SHARED_EVAL} is missing and NEWSKG_REQUIRE_SHARED=1`);
        });
      });
      return;
    }
    console.warn(`[newskg eval tests] skipping "${name}": ${SHARED_EVAL} not found (set NEWSKG_REQUIRE_SHARED=1 to fail instead)`);
  }
  // Loaded fresh per call so tests can mutate their copy.
  describe.skipIf(!present)(name, () => body(() => loadGold(SHARED_EVAL)));
}

export const iri = (id: string): string => `urn:gold:${id}`;

export function goldToPredictions(gold: GoldDoc[]): { entities: Map<string, PredEntity[]>; events: PredEvent[] } {
  const entities = new Map<string, PredEntity[]>();
  const events: PredEvent[] = [];
  for (const doc of gold) {
    entities.set(
      doc.doc,
      doc.entities.map((e) => ({ iri: iri(e.id), type: e.type, label: e.name, aliases: [], surfaces: e.aliases })),
    );
    const ref = (id: string | null): PredRef | null => {
      if (id === null) return null;
      return { iri: iri(id), label: doc.entities.find((e) => e.id === id)!.name };
    };
    doc.events.forEach((ev, i) =>
      events.push({
        iri: `urn:gold-event:${doc.doc}/${i}`,
        type: ev.type,
        agent: ref(ev.agent),
        target: ref(ev.target),
        participants: ev.participants.map((p) => ref(p)!),
        topic: ev.topic,
        place: ref(ev.place),
        date: doc.date,
        source: doc.doc,
        evidence: ev.evidence,
        span: [0, ev.evidence.length],
      }),
    );
  }
  return { entities, events };
}
